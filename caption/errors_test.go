package caption

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
)

// TestErrors pins the errors caption returns: the sentinel or type a
// caller branches on, and the context the message carries.
func TestErrors(t *testing.T) {
	parseErr := func(s string) func() error {
		return func() error { _, err := Parse(s, Options{}); return err }
	}
	hintErr := func(s string) func() error {
		return func() error { _, err := ParseDateHint(s); return err }
	}
	dateErr := func(s string) func() error {
		return func() error { var d Date; return json.Unmarshal([]byte(s), &d) }
	}
	var timeErr *time.ParseError
	cases := []struct {
		name     string
		run      func() error
		is       error // nil: no sentinel expected
		asDate   bool  // a *DateError
		asTime   bool  // wraps a *time.ParseError
		contains string
	}{
		{"valid caption", parseErr("Velmora harbour. REUTERS/Jane Roe"), nil, false, false, ""},
		{"Latin-1 byte", parseErr("caf\xe9 au lait"), ErrInvalidUTF8, false, false, "byte 3"},
		{"bad byte first", parseErr("\xff"), ErrInvalidUTF8, false, false, "byte 0"},
		{"hint day", hintErr("2024-03-05"), nil, false, false, ""},
		{"hint RFC 3339", hintErr("2024-03-05T10:00:00+01:00"), nil, false, false, ""},
		{"hint month 13", hintErr("2024-13-05"), nil, true, true, `"2024-13-05" is not a date`},
		{"hint words", hintErr("yesterday"), nil, true, true, "yesterday"},
		{"date day", dateErr(`{"value":"2024-03-05","text":"March 5","precision":"day"}`), nil, false, false, ""},
		{"date weekday", dateErr(`{"value":null,"text":"Monday","precision":"weekday"}`), nil, false, false, ""},
		{"date value at weekday", dateErr(`{"value":"2024","text":"Monday","precision":"weekday"}`), ErrPrecision, true, false, "weekday"},
		{"date unknown precision", dateErr(`{"value":"2024","text":"x","precision":"decade"}`), ErrPrecision, true, false, "decade"},
		{"date wrong layout", dateErr(`{"value":"2024-3","text":"x","precision":"month"}`), nil, true, true, "2024-3"},
		{"date not an object", dateErr(`"2024"`), nil, false, false, "cannot unmarshal"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.run()
			wantErr := tc.is != nil || tc.asDate || tc.asTime || tc.contains != ""
			if (err != nil) != wantErr {
				t.Fatalf("err = %v, want error %v", err, wantErr)
			}
			if err == nil {
				return
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("errors.Is(%v, %v) = false", err, tc.is)
			}
			var de *DateError
			if errors.As(err, &de) != tc.asDate {
				t.Errorf("errors.As(%v, *DateError) = %v", err, !tc.asDate)
			}
			if errors.As(err, &timeErr) != tc.asTime {
				t.Errorf("errors.As(%v, *time.ParseError) = %v", err, !tc.asTime)
			}
			if !strings.Contains(err.Error(), tc.contains) {
				t.Errorf("message %q lacks %q", err, tc.contains)
			}
		})
	}
}

// TestDateValue pins a Date's value at each precision, in String and in
// JSON, and its reading back.
func TestDateValue(t *testing.T) {
	at := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	cases := []struct {
		d    Date
		want string
	}{
		{Date{Time: at, Text: "March 5, 2024", Precision: PrecisionDay}, "2024-03-05"},
		{Date{Time: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), Text: "March 2024", Precision: PrecisionMonth}, "2024-03"},
		{Date{Time: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Text: "2024", Precision: PrecisionYear}, "2024"},
		{Date{Text: "Monday", Precision: PrecisionWeekday}, ""},
		{Date{Time: at, Text: "Monday", Precision: PrecisionWeekday}, ""},
	}
	for _, tc := range cases {
		if got := tc.d.String(); got != tc.want {
			t.Errorf("%+v: String() = %q, want %q", tc.d, got, tc.want)
		}
		b, err := json.Marshal(tc.d)
		if err != nil {
			t.Fatal(err)
		}
		value := `null`
		if tc.want != "" {
			value = `"` + tc.want + `"`
		}
		if want := `{"value":` + value + `,"text":"` + tc.d.Text + `","precision":"` + string(tc.d.Precision) + `"}`; string(b) != want {
			t.Errorf("JSON %s, want %s", b, want)
		}
		var back Date
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back.String() != tc.want || back.Precision != tc.d.Precision || (tc.want != "" && !back.Time.Equal(tc.d.Time)) {
			t.Errorf("read back %+v from %s", back, b)
		}
	}
}
