package geo

import "testing"

// TestIslandsAndRenamedScript: islands named alone are regions of their
// country (regions.txt), not a city that GeoNames also calls so; the
// Cyrillic names of Ukraine's renamed cities find them.
func TestIslandsAndRenamedScript(t *testing.T) {
	for name, want := range map[string]string{"Kreta": "GR", "Κρήτη": "GR", "Mallorca": "ES", "Hvar": "HR", "Rügen": "DE", "Girit": "GR"} {
		if _, ok := LookupCity(name); ok {
			t.Errorf("LookupCity(%q) found a city, want the island", name)
		}
		if c, ok := Region(name); !ok || c != want {
			t.Errorf("Region(%q) = %q, %v; want %q", name, c, ok, want)
		}
	}
	for name, want := range map[string]string{"Дніпро": "Dnipro", "Покровськ": "Pokrovsk", "Бахмут": "Bakhmut"} {
		if c, ok := LookupCity(name); !ok || c.Name != want {
			t.Errorf("LookupCity(%q) = %v, %v; want %s", name, c, ok, want)
		}
	}
	if c, ok := LookupCityIn("Sion", "CH"); !ok || c.Name != "Sion" {
		t.Errorf("LookupCityIn(Sion, CH) = %v, %v; want Sion", c, ok)
	}
}
