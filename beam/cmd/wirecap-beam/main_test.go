package main

import (
	"testing"
	"time"
)

func TestParseAsOf(t *testing.T) {
	now := time.Date(2024, 5, 2, 10, 30, 0, 0, time.UTC)
	for _, tc := range []struct {
		in, want string // want "" = usage error
	}{
		{"", "2024-05-02T10:30:00Z"}, // launch time, fixed once
		{"2022-03-10", "2022-03-10T00:00:00Z"},
		{"2022-03-10T18:00:00+02:00", "2022-03-10T18:00:00+02:00"},
		{"yesterday", ""},
		{"10/03/2022", ""},
	} {
		got, err := parseAsOf(tc.in, now)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("parseAsOf(%q) = %v; want a usage error", tc.in, got)
		case tc.want != "" && (err != nil || got.Format(time.RFC3339) != tc.want):
			t.Errorf("parseAsOf(%q) = %v, %v; want %s", tc.in, got, err, tc.want)
		}
	}
}
