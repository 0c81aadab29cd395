package caption

import "testing"

// Table tests of the national agencies' credit and dateline rules, on
// invented captions.
func TestAgencyBeforeLabel(t *testing.T) {
	for _, c := range []struct{ text, credit, agency, photographer string }{
		{"Farmers in Velmora. (PNA photo by Jana Velmo)", "PNA photo by Jana Velmo", "PNA", "Jana Velmo"},
		{"Farmers in Velmora. APP photo by Imran Velmo", "APP photo by Imran Velmo", "APP", "Imran Velmo"},
		{"Velmora: Farmers at work. PTI Photo by Ravi Velmo", "PTI Photo by Ravi Velmo", "PTI", "Ravi Velmo"},
		// Not an agency before the label: the label's credit only.
		{"Farmers in Velmora. Photo by Jana Velmo", "Photo by Jana Velmo", "", "Jana Velmo"},
		{"A festival in Velmora. Festival photo by Jana Velmo", "photo by Jana Velmo", "", "Jana Velmo"},
	} {
		got, err := Parse(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got.Credit != c.credit || got.Agency != c.agency || foldedSet(got.Photographers) != foldedSet([]string{c.photographer}) {
			t.Errorf("%q: credit %q agency %q photographers %v; want %q %q %q", c.text, got.Credit, got.Agency, got.Photographers, c.credit, c.agency, c.photographer)
		}
	}
}

func TestBernamaSignOff(t *testing.T) {
	for _, c := range []struct{ text, credit string }{
		{"VELMORA, Jan 5 -- Traders at a market here today. --fotoBERNAMA (2026) COPYRIGHT RESERVED", "fotoBERNAMA"},
		{"VELMORA, Jan 5 -- Traders at a market here today. --fotoBERNAMA (2026) HAK CIPTA TERPELIHARA", "fotoBERNAMA"},
		{"VELMORA, Jan 5 (Bernama) -- Traders at a market. --BERNAMA", "BERNAMA"},
	} {
		got, err := Parse(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got.Credit != c.credit || got.Agency != "Bernama" {
			t.Errorf("%q: credit %q agency %q; want %q Bernama", c.text, got.Credit, got.Agency, c.credit)
		}
	}
	for _, c := range []struct {
		s    string
		want int
	}{
		{"Name (2026)", 5}, {"Name(2026)", -1}, {"Name (20261)", -1}, {"Name (abcd)", -1}, {"(2026)", -1},
	} {
		if got := yearGroupBefore(c.s, len(c.s)); got != c.want {
			t.Errorf("yearGroupBefore(%q) = %d, want %d", c.s, got, c.want)
		}
	}
	for _, c := range []struct {
		s    string
		want int
	}{{"--BERNAMA", 2}, {"-- BERNAMA", 0}, {"-BERNAMA", 0}, {"--", 0}} {
		if got := wireDashes(c.s); got != c.want {
			t.Errorf("wireDashes(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}

// TestStoryDateline: a national agency's tagged story dateline is the
// filing city; the body's place is the photo's, and a body place without
// a country takes the dateline's.
func TestStoryDateline(t *testing.T) {
	checkNatPlaceCases(t, []natPlaceCase{
		{"AMMAN, Jan 9 (Petra) -- Ministers visit a school in Irbid. (Petra)", "Irbid", "*", "JO"},
		{"MANAMA, Jan 11 (BNA) -- Officials visit a police station in Riffa. (BNA)", "Ar Rifā‘", "*", "BH"},
		{"DOHA, Jan 8 (QNA) -- Ministers meet in Doha. (QNA)", "Doha", "*", "QA"},
		// No place in the body: the dateline's.
		{"CAIRO, Jan 10 (MENA) -- The foreign minister meets his counterpart. (MENA)", "Cairo", "*", "EG"},
		// An unknown site in the body: its country from the dateline.
		{"RIYADH, Jan 13 (SPA) -- An exhibition opens in Velmorabad. SPA photo", "*", "*", "SA"},
		// A city in title case, and Antara's dateline without a date.
		{"Dhaka, Jan 7 (BSS) - Refugees wait at a camp in Chittagong. BSS Photo", "Chattogram", "*", "BD"},
		{"Jakarta (ANTARA) - Residents attend a ceremony in Bandung on Friday (Jan 9, 2026). ANTARA FOTO/Jana Roe", "Bandung", "*", "ID"},
		// A venue without a town: the dateline's city.
		{"DOHA, Jan 8 (QNA) -- Visitors at the Velmora Light Festival. (QNA)", "Doha", "*", "QA"},
		// A tag the class does not hold: the dateline stays the place.
		{"AMMAN, Jan 9 (Foo) -- Ministers visit a school in Irbid.", "Amman", "*", "JO"},
	})
}

// TestNationalRegistryRows: the rows and aliases national added to
// agencies.tsv, and the "Pic by" label, on invented captions.
func TestNationalRegistryRows(t *testing.T) {
	for _, c := range []struct{ text, credit, agency string }{
		{"A ceremony in Velmora. (Pic by Lankapuvath)", "Lankapuvath", "Lankapuvath"},
		{"Lanterns in Velmora. (Photo: Thai PBS)", "Thai PBS", "Thai PBS"},
		{"Flood victims in Velmora. (Photo: NNT)", "NNT", "NNT"},
		{"A square in Velmora. (Photo by Press TV)", "Photo by Press TV", "Press TV"},
		{"Workers build a bridge in Velmora. [Photo/CGTN]", "Photo/CGTN", "CGTN"},
		{"A minister speaks in Velmora. Photo: GCIS", "GCIS", "GCIS"},
		{"Classic cars in Velmora. (Photo: PL)", "PL", "Prensa Latina"},
		{"Skiers in Velmora. [Photo/IC]", "Photo/IC", "IC Photo"},
	} {
		got, err := Parse(c.text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got.Credit != c.credit || got.Agency != c.agency {
			t.Errorf("%q: credit %q agency %q; want %q %q", c.text, got.Credit, got.Agency, c.credit, c.agency)
		}
	}
}

func TestTitleCityEnd(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"Dhaka, Jan 7 (BSS)", 7},
		{"Ho Chi Minh City, Jan 7 (VNA)", 18},
		{"Jakarta (ANTARA) -", 8},
		{"Jakarta is big", -1},
		{"residents of Jakarta, Jan", -1},
		{"One Two Three Four Five, Jan", -1},
	} {
		if got := titleCityEnd(c.s, 0); got != c.want {
			t.Errorf("titleCityEnd(%q) = %d, want %d", c.s, got, c.want)
		}
	}
}
