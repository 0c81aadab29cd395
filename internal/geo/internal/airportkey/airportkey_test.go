package airportkey

import "testing"

func TestKey(t *testing.T) {
	for _, tc := range []struct{ name, want string }{
		{"Velmora International Airport", "velmora"},
		{"Aeropuerto Internacional de Velmora", "velmora"},
		{"Aéroport de Velmora-Drastovo", "velmora drastovo"},
		{"Flughafen Velmora", "velmora"},
		{"Velmora Drastovo Airport", "velmora drastovo"},
		{"Airport", ""},
	} {
		if got := Key(tc.name); got != tc.want {
			t.Errorf("Key(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
