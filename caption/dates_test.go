package caption

import (
	"strings"
	"testing"
	"time"
)

func TestNumericDateOrder(t *testing.T) {
	for _, tc := range []struct {
		text  string
		order DateOrder
		want  string
	}{
		{"People queue for fuel in Lagos, Nigeria on 5/1/2024.", MonthFirst, "2024-05-01"},
		{"People queue for fuel in Lagos, Nigeria on 5/1/2024.", DayFirst, "2024-01-05"},
		{"Handout photo dated 29/08/2021 provided by the council.", DayFirst, "2021-08-29"},
		{"Handout photo dated 29/08/2021 provided by the council.", MonthFirst, "2021-08-29"}, // only one reading is a date
		{"Taken 12/25/2023 in Ohio.", DayFirst, "2023-12-25"},                                 // likewise
		{"MADRID, 01/05/2020.- Vista de la Gran Vía.", DayFirst, "2020-05-01"},
		{"Kyiv (Ukraine), 28/03/2022.- Smoke rises.", MonthFirst, "2022-03-28"},
		{"Polizisten am 21.10.2018 in Berlin.", DayFirst, "2018-10-21"},
		{"POLAND - 2020/06/15: A protest.", MonthFirst, "2020-06-15"},
		{"Dated 31/02/2024.", DayFirst, ""}, // no such day in either reading
	} {
		var got []string
		for _, d := range ScanDatesOrder(tc.text, time.Time{}, tc.order) {
			got = append(got, d.String())
		}
		if strings.Join(got, ",") != tc.want {
			t.Errorf("ScanDatesOrder(%q, %d) = %v, want %q", tc.text, tc.order, got, tc.want)
		}
	}
}

func TestDateOrderFor(t *testing.T) {
	for agency, want := range map[string]DateOrder{"AP": MonthFirst, "UPI": MonthFirst, "Getty Images": MonthFirst,
		"AFP": DayFirst, "Reuters": DayFirst, "EFE": DayFirst, "PA": DayFirst, "": DayFirst, "Unknown Wire": DayFirst} {
		if got := DateOrderFor(agency); got != want {
			t.Errorf("DateOrderFor(%q) = %d, want %d", agency, got, want)
		}
	}
}

// TestParseNumericDateByAgency: Parse reads a numeric date in the order of
// the agency its credit names.
func TestParseNumericDateByAgency(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"People queue for fuel in Lagos, Nigeria on 5/1/2024. (AP Photo/Sunday Alamba)", "2024-05-01"},
		{"People queue for fuel in Lagos, Nigeria on 5/1/2024. (Photo by Pius Utomi Ekpei / AFP)", "2024-01-05"},
		{"People queue for fuel in Lagos, Nigeria on 5/1/2024.", "2024-01-05"},
	} {
		c, err := Parse(tc.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if c.Date == nil || c.Date.String() != tc.want {
			t.Errorf("Parse(%q).Date = %+v, want %s", tc.text, c.Date, tc.want)
		}
	}
}
