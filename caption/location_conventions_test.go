package caption

import (
	"testing"

	"github.com/wirecap/wirecap/internal/geo"
)

// wantLoc is an invented caption and the location expected of it; "*"
// leaves a field unchecked.
type wantLoc struct{ text, city, region, country string }

// checkLocations parses each case and compares city (folded), region and
// country code.
func checkLocations(t *testing.T, cases []wantLoc) {
	t.Helper()
	for _, tc := range cases {
		got := parseLoc(t, tc.text)
		if tc.city != "*" && geo.Fold(got.City) != geo.Fold(tc.city) ||
			tc.region != "*" && got.Region != tc.region || tc.country != "*" && got.CountryCode != tc.country {
			t.Errorf("%q\n got city %q region %q country %q (place %q, text %q)\nwant city %q region %q country %q",
				tc.text, got.City, got.Region, got.CountryCode, got.Place, got.Text, tc.city, tc.region, tc.country)
		}
	}
}

// TestAbbreviatedStateRule: AP writes a US state, The Canadian Press a
// province, abbreviated after the city ("Velmora, Ore.", "Velmora,
// Sask."); Getty and NHLI datelines use the postal code ("VELMORA, QC").
// The abbreviation names the region's country, and the city is looked up
// in that state even where a namesake elsewhere (a Jamaican parish called
// Portland) is better known.
func TestAbbreviatedStateRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"PORTLAND, Ore. (AP) — Volunteers fill sandbags on Tuesday.", "Portland", "Ore.", "US"},
		{"Volunteers fill sandbags in Portland, Ore., Tuesday, Jan. 9, 2024. (AP Photo/Jane Roe)", "Portland", "Ore.", "US"},
		{"A bear walks in a yard in Asheville, N.C., on May 3, 2024. (AP Photo/Jane Roe)", "Asheville", "N.C.", "US"},
		{"Smoke fills the sky over Moose Jaw, Sask., on May 3, 2024. THE CANADIAN PRESS/Jane Roe", "Moose Jaw", "Sask.", "CA"},
		{"Fans cheer in Halifax, N.S., on May 3, 2024. THE CANADIAN PRESS/Jane Roe", "Halifax", "N.S.", "CA"},
		{"GATINEAU, QC - MAY 3: Jane Roe speaks. (Photo by John Doe/Getty Images)", "Gatineau", "QC", "CA"},
		{"People wait in line in Athens, Ga., on May 3, 2024.", "Athens", "Ga.", "US"},
	})
	for abbr, want := range map[string]string{"Ore.": "US-OR", "sask.": "CA-SK", "Velmora": ""} {
		if got := placeValue(abbr); got != want {
			t.Errorf("placeValue(%q) = %q, want %q", abbr, got, want)
		}
	}
}

// TestSharedRegionRule: a first-level region that two countries share by
// name (Punjab in India and in Pakistan) lies in the country the phrase
// names, or its city's; alone it has no country, never a guessed one.
func TestSharedRegionRule(t *testing.T) {
	checkLocations(t, []wantLoc{
		{"Farmers protest in Amritsar, Punjab, India, February 14, 2024. REUTERS/Jane Roe", "Amritsar", "Punjab", "IN"},
		{"Farmers protest in Lahore, Punjab, Pakistan, February 14, 2024. REUTERS/Jane Roe", "Lahore", "Punjab", "PK"},
		{"Farmers protest in Lahore, Punjab, February 14, 2024. REUTERS/Jane Roe", "Lahore", "Punjab", "PK"},
		{"Farmers gather in Punjab on May 3, 2024.", "", "Punjab", ""},
	})
}
