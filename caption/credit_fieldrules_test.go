package caption

import "testing"

// TestAgencyStaff: a registry agency and a staff word in one part is the
// agency's unnamed photographer; a registry name or a marker is not cut.
func TestAgencyStaff(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"Reuters Staff", "Reuters", "", ""},
		{"AFP Stringer", "AFP", "", ""},
		{"dpa staff/Velmora Zeitung", "dpa", "", "Velmora Zeitung"},
		{"Jane Roe/Magnum Photos", "Magnum Photos", "Jane Roe", ""},
		{"AFP PHOTO/JANE ROE", "AFP", "Jane Roe", ""},
		{"Velmora Staff", "Velmora Staff", "", ""},
	})
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"Reuters Staff", 7},
		{"Magnum Photos", -1},
		{"AFP PHOTO", -1},
		{"Velmora Staff", -1},
		{"Reuters", -1},
		{"Reuters ", -1},
	} {
		if got, _ := agencyStaff(tc.in, lexed(tc.in)); got != tc.want {
			t.Errorf("agencyStaff(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestOfficialPhotoBy: the armed services' "<Service> photo by <rank>
// Name" (DVIDS) names the service and the person, less the rank and the
// "/Released" mark; an unknown organisation or no name leaves it alone.
func TestOfficialPhotoBy(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"U.S. Army photo by Sgt. Jane Roe", "U.S. Army", "Jane Roe", ""},
		{"U.S. Navy photo by Mass Communication Specialist 3rd Class Tomas Kveld/Released", "U.S. Navy", "Tomas Kveld", ""},
		{"U.S. Air Force photo by Senior Airman Lina Marsk", "U.S. Air Force", "Lina Marsk", ""},
		{"U.S. Marine Corps photo by Lance Cpl. Piet Vandorn", "U.S. Marine Corps", "Piet Vandorn", ""},
		{"U.S. Coast Guard photo illustration by Petty Officer 2nd Class Mika Halvo", "U.S. Coast Guard", "Mika Halvo", ""},
		{"U.S. Army photo by Jane Roe", "U.S. Army", "Jane Roe", ""},
	})
	for _, tc := range []struct{ in, src, name string }{
		{"U.S. Army photo by Staff Sgt. Jane Roe", "U.S. Army", "Jane Roe"},
		{"Velmora Club photo by Jane Roe", "", ""}, // not a registry official source
		{"AFP photo by Jane Roe", "", ""},          // a wire, not an official source
		{"U.S. Army photo by Sgt.", "", ""},        // no name
		{"U.S. Army photo", "", ""},
	} {
		i, n := officialPhotoBy(tc.in, lexed(tc.in))
		src, name := "", ""
		if i > 0 {
			src, name = tc.in[:i], tc.in[i+n:]
		}
		if src != tc.src || name != tc.name {
			t.Errorf("officialPhotoBy(%q) = %q, %q, want %q, %q", tc.in, src, name, tc.src, tc.name)
		}
	}
}

// TestProviderSlot: of two names read as people before a distributor
// whose print template puts the provider there, the second is the
// provider; two photographers joined by a word stay two photographers,
// and a distributor without that slot leaves both.
func TestProviderSlot(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"Jane Roe/Velmora Star via Getty Images", "Getty Images", "Jane Roe", "Velmora Star"},
		{"Jane Roe/Velmora Star/AFP", "AFP", "Jane Roe", "Velmora Star"},
		{"Jane Roe and Tomas Kveld/AFP", "AFP", "Jane Roe;Tomas Kveld", ""},
		{"Jane Roe & Tomas Kveld via Getty Images", "Getty Images", "Jane Roe;Tomas Kveld", ""},
		{"Jane Roe/Velmora Star", "", "Jane Roe;Velmora Star", ""},
		{"Velmora Star/Jane Roe via REUTERS", "Reuters", "Jane Roe", "Velmora Star"},
		{"Jane Roe/Velmora Star via AP", "AP", "Jane Roe", "Velmora Star"},
		{"Jane Roe/Velmora Star via REUTERS", "Reuters", "Velmora Star", "Jane Roe"},
	})
	for _, tc := range []struct {
		agency string
		via    bool
		want   int
	}{
		{"Getty Images", true, slotLast},
		{"Getty Images", false, slotNone},
		{"AFP", false, slotLast},
		{"AP", true, slotLast},
		{"Reuters", true, slotFirst}, // "{intermediary}/{photographers} via REUTERS"
		{"Reuters", false, slotNone},
		{"dpa", false, slotNone}, // no template
	} {
		if got := intermediarySlot(lookupAgency(tc.agency), tc.via); got != tc.want {
			t.Errorf("intermediarySlot(%s, via %v) = %d, want %d", tc.agency, tc.via, got, tc.want)
		}
	}
}

// TestStudioPerson: a person's full name and a trade word is the
// freelancer's business name; an organisation's name is not a person's.
func TestStudioPerson(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"Jane Roe Photography", "", "Jane Roe", ""},
		{"© 2026 Tomas Kveld Photography", "", "Tomas Kveld", ""},
		{"Ana Roe Fotografia", "", "Ana Roe", ""},
		{"Jana Roe Fotografie", "", "Jana Roe", ""},
		{"Velmora Photography", "Velmora Photography", "", ""},
		{"Velmora Press Photography", "Velmora Press Photography", "", ""},
		{"Jane Roe Photography/AFP", "AFP", "Jane Roe", ""},
	})
}

// TestStripContacts: a web or e-mail address or a handle after the
// credit is contact detail; one the registry knows, or the whole value,
// stays.
func TestStripContacts(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Jane Roe @janeroe", "Jane Roe"},
		{"Jane Roe / www.janeroe.example", "Jane Roe"},
		{"Jane Roe - jane@roe.example", "Jane Roe"},
		{"Jane Roe/Velmora Press | https://velmora.example", "Jane Roe/Velmora Press"},
		{"Jane Roe/abacapress.com", "Jane Roe/abacapress.com"},
		{"Jane Roe/www.imago-images.de", "Jane Roe/www.imago-images.de"},
		{"www.janeroe.example", "www.janeroe.example"},
		{"@velmorafire/X", "@velmorafire/X"},
		{"Social media/@velmorafire", "Social media/@velmorafire"},
		{"Photo: @velmorafire", "Photo: @velmorafire"},
		{"Jane Roe ", "Jane Roe "},
		{"Jane Roe", "Jane Roe"},
		{"Jane Roe/AFP", "Jane Roe/AFP"},
	} {
		if got := stripContacts(tc.in); got != tc.want {
			t.Errorf("stripContacts(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	checkFieldCases(t, []fieldCase{
		{"Jane Roe / Velmora Press / www.velmora.example", "Velmora Press", "Jane Roe", ""},
		{"Jane Roe @janeroe", "", "Jane Roe", ""},
	})
}

// TestLibraryOn: the open libraries' "Photo by Name on Library" names
// the library and the person; "on" before anything else is no link.
func TestLibraryOn(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"Photo by Jane Roe on Unsplash", "Unsplash", "Jane Roe", ""},
		{"Jane Roe from Pexels", "Pexels", "Jane Roe", ""},
		{"Photo by Jane Roe on Velmora", "Jane Roe on Velmora", "", ""},
	})
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"Jane Roe on Unsplash", 8},
		{"Jane Roe from Pexels", 8},
		{"Jane Roe on Reuters", -1}, // a wire, not an open library
		{"Velmora on Unsplash", -1}, // no person's full name
	} {
		if got, _ := libraryOn(tc.in, lexed(tc.in)); got != tc.want {
			t.Errorf("libraryOn(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestLicence: a licence names no agency and no photographer.
func TestLicence(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"CC BY-SA 4.0", "", "", ""},
		{"Public Domain", "", "", ""},
		{"Jane Roe/Wikimedia Commons/CC BY 2.0", "Wikimedia Commons", "Jane Roe", ""},
		{"Jane Roe (CC0)", "", "Jane Roe", ""},
	})
}

// TestUnescapeField: HTML character references a CMS leaves in a field
// are read as the characters.
func TestUnescapeField(t *testing.T) {
	checkFieldCases(t, []fieldCase{
		{"&copy; Jane Roe", "", "Jane Roe", ""},
		{"Jane Roe&#47;AFP", "AFP", "Jane Roe", ""},
		{"Jane Roe/Velmora Foto &amp; Film", "Velmora Foto & Film", "Jane Roe", ""},
	})
}
