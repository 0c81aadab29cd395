package caption

import (
	"strings"
	"testing"
	"time"
)

// TestWeekdayNeedsStatedDate: a weekday is resolved only against a stated
// date; without one it stays unresolved (precision weekday, no value).
func TestWeekdayNeedsStatedDate(t *testing.T) {
	hint := time.Date(2024, 3, 8, 0, 0, 0, 0, time.UTC) // a Friday
	cases := []struct {
		text      string
		hint      time.Time
		value     string
		precision string
	}{
		{"Firefighters work on Tuesday in Velmora. REUTERS/Jane Roe", hint, "2024-03-05", "day"},
		{"Firefighters work on Tuesday in Velmora. REUTERS/Jane Roe", time.Time{}, "", "weekday"},
		{"Firefighters work on March 5 in Velmora. REUTERS/Jane Roe", hint, "2024-03-05", "day"},
	}
	for _, tc := range cases {
		c, _ := Parse(tc.text, Options{DateHint: tc.hint})
		if c.Date == nil || c.Date.Value != tc.value || c.Date.Precision != tc.precision {
			t.Errorf("%q (hint %v): date %+v, want %q %q", tc.text, !tc.hint.IsZero(), c.Date, tc.value, tc.precision)
		}
	}
	c, _ := Parse("Firefighters work on March 5 in Velmora. REUTERS/Jane Roe", Options{})
	if c.Date != nil {
		t.Errorf("a day without a year and no stated date: %+v, want none", c.Date)
	}
	c, _ = Parse("Firefighters work on Tuesday in Velmora.", Options{})
	if j, _ := c.MarshalJSON(); !strings.Contains(string(j), `"date":{"value":null,"text":"Tuesday","precision":"weekday"}`) {
		t.Errorf("unresolved weekday JSON: %s", j)
	}
}

// TestTruncated: a caption past MaxLen is read up to it and says how much
// was left unread; a shorter one is read whole.
func TestTruncated(t *testing.T) {
	long := "Firefighters work in Velmora. " + strings.Repeat("é", MaxLen) + " REUTERS/Jane Roe"
	c, err := Parse(long, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Truncated <= 0 || c.Truncated > len(long)-MaxLen+1 || c.Text != long {
		t.Errorf("Truncated = %d of %d bytes", c.Truncated, len(long))
	}
	if c, _ := Parse("Firefighters work in Velmora. REUTERS/Jane Roe", Options{}); c.Truncated != 0 {
		t.Errorf("short caption: Truncated = %d", c.Truncated)
	}
}
