package geo

import "testing"

func TestSeat(t *testing.T) {
	for _, tc := range []struct{ division, country, want string }{
		{"Saxony", "", "Dresden"}, {"Sachsen", "DE", "Dresden"}, {"Saxe", "", "Dresden"},
		{"Catalonia", "", "Barcelona"}, {"Cataluña", "ES", "Barcelona"}, {"Bavaria", "", "Munich"},
		{"Bayern", "", "Munich"}, {"Texas", "US", "Austin"}, {"Baden-Württemberg", "", "Stuttgart"},
		{"Ontario", "", "Toronto"}, {"Queensland", "AU", "Brisbane"},
	} {
		c, ok := Seat(tc.division, tc.country)
		if !ok || c.Name != tc.want {
			t.Errorf("Seat(%q, %q) = %v, %v; want %s", tc.division, tc.country, c, ok, tc.want)
		}
	}
	for _, tc := range []struct{ division, country string }{
		{"Saxony", "FR"}, // no French division so named
		{"Velmora", ""},  // invented
		{"", ""},
	} {
		if c, ok := Seat(tc.division, tc.country); ok {
			t.Errorf("Seat(%q, %q) = %s, want none", tc.division, tc.country, c.Name)
		}
	}
}

func TestCapital(t *testing.T) {
	for cc, want := range map[string]string{"PL": "Warsaw", "DE": "Berlin", "UA": "Kyiv", "KP": "Pyongyang", "GB": "London"} {
		if c, ok := Capital(cc); !ok || c.Name != want {
			t.Errorf("Capital(%s) = %v, %v; want %s", cc, c, ok, want)
		}
	}
	for cc, want := range map[string]string{"NL": "The Hague", "BO": "La Paz", "PL": "Warsaw", "FR": "Paris"} {
		if c, ok := GovernmentSeat(cc); !ok || c.Name != want {
			t.Errorf("GovernmentSeat(%s) = %v, %v; want %s", cc, c, ok, want)
		}
	}
	if c, ok := Capital("XX"); ok {
		t.Errorf("Capital(XX) = %s, want none", c.Name)
	}
}

func TestAirport(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Heathrow", "London"}, {"London Heathrow Airport", "London"}, {"Stansted Airport", "London"},
		{"Aéroport Charles de Gaulle", "Paris"}, {"Sheremetyevo International", "Moscow"},
		{"Malpensa", "Milan"}, {"Linate", "Milan"}, {"Schiphol", "Amsterdam"}, {"Aeropuerto de El Prat", "Barcelona"},
	} {
		if c, ok := Airport(tc.name); !ok || c.Name != tc.want {
			t.Errorf("Airport(%q) = %v, %v; want %s", tc.name, c, ok, tc.want)
		}
	}
	// Invented, a city's own name, a code.
	for _, name := range []string{"Velmora", "Frankfurt", "LHR", ""} {
		if c, ok := Airport(name); ok {
			t.Errorf("Airport(%q) = %s, want none", name, c.Name)
		}
	}
}
