package geo

import "testing"

func TestCountry(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Russia", "RU"}, {"Russie", "RU"}, {"Russland", "RU"}, {"Rusia", "RU"},
		{"U.S.", "US"}, {"the United States", "US"}, {"UK", "GB"}, {"Biélorussie", "BY"},
		{"Allemagne", "DE"}, {"Deutschland", "DE"}, {"Alemania", "DE"}, {"Czech Republic", "CZ"},
		{"Democratic Republic of Congo", "CD"}, {"South Korea", "KR"}, {"Ukraine", "UA"},
	} {
		got, ok := Country(tc.name)
		if !ok || got != tc.want {
			t.Errorf("Country(%q) = %q, %v; want %q", tc.name, got, ok, tc.want)
		}
	}
	if c, ok := Country("Paris"); ok {
		t.Errorf("Country(Paris) = %q, want none", c)
	}
}

func TestCity(t *testing.T) {
	for _, tc := range []struct{ name, want, en string }{
		{"Moscou", "RU", "Moscow"}, {"Kiew", "UA", "Kyiv"}, {"Kiev", "UA", "Kyiv"}, {"KYIV", "UA", "Kyiv"},
		{"Xi'an", "CN", "Xi'an"}, {"Pékin", "CN", "Beijing"}, {"Washington, DC", "US", "Washington"},
	} {
		c, ok := LookupCity(tc.name)
		if !ok || c.Country != tc.want || c.Name != tc.en {
			t.Errorf("LookupCity(%q) = %+v, %v; want %s in %s", tc.name, c, ok, tc.en, tc.want)
		}
	}
	if c, ok := LookupCity("Jerusalem"); !ok || c.Country != "" {
		t.Errorf("Jerusalem should be known with no stated country, got %+v", c)
	}
}

func TestRegion(t *testing.T) {
	for _, tc := range []struct{ name, want string }{{"Hainan Province", "CN"}, {"California", "US"}, {"Kumamoto Prefecture", "JP"}} {
		if got, ok := Region(tc.name); !ok || got != tc.want {
			t.Errorf("Region(%q) = %q, %v", tc.name, got, ok)
		}
	}
}

func TestFold(t *testing.T) {
	if Fold("  Kyïv , UKRAINE ") != "kyiv ukraine" {
		t.Errorf("Fold = %q", Fold("  Kyïv , UKRAINE "))
	}
}
