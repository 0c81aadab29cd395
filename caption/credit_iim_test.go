package caption

import "testing"

// TestIIMCut: a value that fills the IIM dataset (32 bytes) is read with
// its cut tail completed or dropped; a shorter one, or one whose last part
// is whole, is read as it is.
func TestIIMCut(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Jane Roe/NurPhoto via Getty Imag", "Jane Roe/NurPhoto via Getty Images"},
		{"Jana Roeder/Anadolu via Getty Im", "Jana Roeder/Anadolu via Getty Images"},
		{"Jane Roe/ZUMA Press Wire/Shutter", "Jane Roe/ZUMA Press Wire/Shutterstock"},
		{"Tomas Kveldsen/Ritzau Scanpix vi", "Tomas Kveldsen/Ritzau Scanpix"},
		{"Tomas Kveld/Velmora Times via   ", "Tomas Kveld/Velmora Times"},
		{"Jane Roe/picture alliance via Ge", "Jane Roe/picture alliance"},
		{"Marta Lopez/Europa Press vía Ge", "Marta Lopez/Europa Press"}, // the Spanish desks' "vía" (chain_via)
		{"Janet Roe/Velmora Posts via Ge t", "Janet Roe/Velmora Posts"}, // "Ge t" runs together to a name's start, but is not one
		{"Alexandra Marsk-Wrenfield/Reuter", "Alexandra Marsk-Wrenfield/Reuters"},
		{"Jane Roe/Middle East Images/AFP ", "Jane Roe/Middle East Images/AFP "},   // whole
		{"REUTERS/Alexandra Marsk-Wrenfiel", "REUTERS/Alexandra Marsk-Wrenfiel"},   // a cut name: nothing to complete
		{"Jane Roe/NurPhoto via Getty Imag ", "Jane Roe/NurPhoto via Getty Imag "}, // 33 bytes: not an IIM cut
		{"Jane Roe/Velmora Press via Getty", "Jane Roe/Velmora Press via Getty"},   // a whole registry name
		{"Jane Roe/Velmora Star/Velmora Ne", "Jane Roe/Velmora Star/Velmora Ne"},   // no registry name
	} {
		if got := iimCut(tc.in); got != tc.want {
			t.Errorf("iimCut(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	checkFieldCases(t, []fieldCase{
		{"Jane Roe/NurPhoto via Getty Imag", "NurPhoto (via Getty Images)", "Jane Roe", "NurPhoto"},
		{"Tomas Kveldsen/Ritzau Scanpix vi", "Ritzau Scanpix", "Tomas Kveldsen", ""},
	})
}
