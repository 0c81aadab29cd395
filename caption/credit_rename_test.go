package caption

import (
	"regexp"
	"strings"
	"testing"

	"github.com/wirecap/wirecap/internal/geo"
)

// Invented names: no registry holds them, so a credit found after the
// renaming was found by its shape.
var (
	inventedPeople = []string{"Jane Quillfeather", "Tomas Vendrell", "Ines Marwood", "Olek Dabrovny", "Mara Ostwick",
		"Kenji Harrowgate", "Lucia Fennimore", "Pavel Orsk", "Ada Wrenfield", "Samir Caldane"}
	inventedOrgs = []string{"Northwind Press", "Larkspur", "Bellhaven Wire", "Corvidia", "Tidewater Images", "Quarrylane"}
)

// shapeLike writes repl in the case shape of orig: "SERGEY DOLZHENKO" →
// "JANE QUILLFEATHER", "Rizwan TABASSUM" → "Jane QUILLFEATHER", IMAGO's
// "xKirbyxLeex" → "xJanexQuillfeatherx".
func shapeLike(orig, repl string) string {
	if isImagoName(orig) {
		return "x" + strings.ReplaceAll(repl, " ", "x") + "x"
	}
	if strings.ToUpper(orig) == orig {
		return strings.ToUpper(repl)
	}
	ow, rw := strings.Fields(orig), strings.Fields(repl)
	for i := range rw {
		if i < len(ow) && strings.ToUpper(ow[i]) == ow[i] && len(ow[i]) > 1 {
			rw[i] = strings.ToUpper(rw[i])
		}
	}
	return strings.Join(rw, " ")
}

type renaming struct{ from, to string }

// replaceAll replaces every case-insensitive whole-word occurrence of
// r.from in s with r.to in the occurrence's own case shape.
func (r renaming) replaceAll(s string) string {
	re := regexp.MustCompile(`(?i)(^|[^\pL])(` + regexp.QuoteMeta(r.from) + `)([^\pL]|$)`)
	for i := 0; i < 4; i++ {
		s = re.ReplaceAllStringFunc(s, func(m string) string {
			sub := re.FindStringSubmatch(m)
			return sub[1] + shapeLike(sub[2], r.to) + sub[3]
		})
	}
	return s
}

// TestCreditRename replaces every labelled photographer and every
// organisation a dev credit names with invented names, and requires the
// credit and the photographers still to be found (at least 85%).
func TestCreditRename(t *testing.T) {
	entries := loadCorpus(t)
	credit, people, agency, n := 0, 0, 0, 0
	for i, e := range entries {
		if e.Labels.Credit == nil || !strings.Contains(foldCredit(e.Caption), strings.TrimPrefix(foldCredit(*e.Labels.Credit), "photo by ")) {
			// No credit, or one the caption does not carry (it lived
			// outside the text): renaming tests nothing there.
			continue
		}
		var rs []renaming
		var wantPeople []string
		for k, p := range e.Labels.Photographer {
			to := inventedPeople[(i+k)%len(inventedPeople)]
			rs = append(rs, renaming{p, to})
			if isImagoName(strings.Fields(strings.TrimPrefix(*e.Labels.Credit, "Copyright: "))[0]) {
				rs = append(rs, renaming{"x" + strings.ReplaceAll(p, " ", "x") + "x", to})
			}
			wantPeople = append(wantPeople, to)
		}
		wantAgency := e.Agency
		orgs := strings.Split(strings.NewReplacer(" (via ", "|", " (", "|", ")", "").Replace(e.Agency), "|")
		for k, o := range orgs {
			to := inventedOrgs[(i+k)%len(inventedOrgs)]
			if o == "" || !regexp.MustCompile(`(?i)(^|[^\pL])`+regexp.QuoteMeta(o)+`([^\pL]|$)`).MatchString(*e.Labels.Credit) {
				continue
			}
			rs = append(rs, renaming{o, to})
			if k == 0 || !strings.Contains(wantAgency, "(") {
				wantAgency = to
			}
		}
		if len(rs) == 0 {
			continue
		}
		text, wantCredit := e.Caption, *e.Labels.Credit
		for _, r := range rs {
			text, wantCredit = r.replaceAll(text), r.replaceAll(wantCredit)
		}
		c, err := Parse(text, Options{})
		if err != nil {
			t.Fatal(err)
		}
		n++
		// Misses of held-out captions are counted, never printed.
		logf := t.Logf
		if e.HeldOut {
			logf = func(string, ...any) {}
		}
		if foldCredit(c.Credit) == foldCredit(wantCredit) {
			credit++
		} else {
			logf("#%d credit %q, want %q", i, c.Credit, wantCredit)
		}
		if foldedSet(c.Photographers) == foldedSet(wantPeople) {
			people++
		} else {
			logf("#%d photographers %q, want %q", i, c.Photographers, wantPeople)
		}
		// The agency as written may keep a desk word around the invented
		// name ("PA Wire" renamed gives "Northwind Press Wire").
		if agencyMatches(wantAgency, c.Agency) || c.Agency != "" && strings.Contains(geo.Fold(c.Agency), geo.Fold(wantAgency)) {
			agency++
		} else {
			logf("#%d agency %q, want %q (credit %q)", i, c.Agency, wantAgency, c.Credit)
		}
	}
	pct := func(k int) float64 { return 100 * float64(k) / float64(max(n, 1)) }
	t.Logf("renamed credits (%d captions): credit %d (%.1f%%), photographers %d (%.1f%%), agency %d (%.1f%%)",
		n, credit, pct(credit), people, pct(people), agency, pct(agency))
	if pct(credit) < 85 || pct(people) < 85 {
		t.Errorf("after renaming, credit %.1f%% and photographers %.1f%%: want at least 85%% each", pct(credit), pct(people))
	}
}

// creditTemplates are credit styles as the agencies document them; {P} is
// a photographer, {O} an organisation (both invented), {PC} the
// photographer in capitals.
var creditTemplates = []struct{ tmpl, agency string }{
	{"(AP Photo/{P})", "AP"},
	{"(AP Photo/{P}, File)", "AP"},
	{"REUTERS/{P}", "Reuters"},
	{"REUTERS/{P}/File Photo", "Reuters"},
	{"(Photo by {PC} / AFP)", "AFP"},
	{"(AFP PHOTO / {PC})", "AFP"},
	{"(Photo by {P}/{O} via Getty Images)", "Getty Images"},
	{"(Photo by {P}/Getty Images)", "Getty Images"},
	{"EPA-EFE/{PC}", "EPA"},
	{"EFE/{P}", "EFE"},
	{"(Xinhua/{P})", "Xinhua"},
	{"Foto: {P}/dpa", "dpa"},
	{"Photo credit should read: {P}/PA Wire", "PA"},
	{"( {P} - Anadolu Agency )", "Anadolu"},
	{"© {P}/TASS", "TASS"},
	{"THE CANADIAN PRESS/{P}", "The Canadian Press"},
	{"AAP Image/{P}", "AAP"},
	{"KEYSTONE/{P}", "Keystone"},
	{"Photo by {P} / CNP/ABACAPRESS.COM", "ABACA"},
	{"Fot. {P} / Reporter / East News", "East News"},
	{"(CTK Photo/{P})", "CTK"},
	{"({P}/{O})", "{O}"},
	{"{P}/{O}", "{O}"},
	{"Photograph: {P}/{O}", "{O}"},
	{"({P} via AP)", "AP"},
	{"{P}/{O}/Handout via REUTERS", "Reuters"},
	{"Mandatory Credit: {P}-USA TODAY Sports", "USA TODAY Sports"},
}

// creditContexts are caption bodies the credits close: with a date, with
// a restriction block after the credit, on a line of their own.
var creditContexts = []string{
	"Rescuers search the rubble in Velmora, Northland, on May 3, 2024. %s",
	"Farmers bring in the harvest near the river %s",
	"Delegates arrive for the summit in Velmora, March 20, 2023. The talks are expected to last two days.\n%s",
	"Supporters wave flags outside parliament. %s NO RESALES. NO ARCHIVES.",
	"VELMORA, NORTHLAND - MAY 3: Fans queue outside the stadium on May 3, 2024 in Velmora, Northland.  %s",
	"Des manifestants défilent à Velmora le 3 mai 2024. %s",
	"Demonstranten ziehen am 3. Mai 2024 durch die Innenstadt (Archivbild). %s",
	"FILE - A ferry leaves the port of Velmora, Aug. 14, 2019. %s",
}

var templatePeople = []string{"Jane Quillfeather", "Tomas de la Vendrell", "Ines Marwood-Hale", "Olek Dabrovny", "Kenji Harrowgate"}

// TestCreditTemplates crosses documented credit styles with invented names
// and caption bodies: every combination must give the credit as written,
// the photographer and the agency.
func TestCreditTemplates(t *testing.T) {
	ok, n := 0, 0
	for ti, tc := range creditTemplates {
		for ci, ctx := range creditContexts {
			person := templatePeople[(ti+ci)%len(templatePeople)]
			org := inventedOrgs[(ti+ci)%len(inventedOrgs)]
			r := strings.NewReplacer("{PC}", strings.ToUpper(person), "{P}", person, "{O}", org)
			credit := r.Replace(tc.tmpl)
			text := strings.Replace(ctx, "%s", credit, 1)
			wantCredit := strings.Trim(credit, "() ")
			for _, cut := range []string{"/File Photo"} {
				wantCredit = strings.TrimSuffix(wantCredit, cut)
			}
			// The Guardian's "Photograph:" and the Polish "Fot." are
			// printed with the credit (the corpus labels keep them).
			for _, label := range []string{"Foto: ", "Photo credit should read: ", "© ", "Mandatory Credit: "} {
				wantCredit = strings.TrimPrefix(wantCredit, label)
			}
			c, err := Parse(text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			n++
			good := foldCredit(c.Credit) == foldCredit(wantCredit) &&
				foldedSet(c.Photographers) == foldedSet([]string{person}) &&
				geo.Fold(c.Agency) == geo.Fold(r.Replace(tc.agency))
			if good {
				ok++
			} else {
				t.Logf("%q\n    got credit %q agency %q photographers %q", text, c.Credit, c.Agency, c.Photographers)
			}
		}
	}
	pct := 100 * float64(ok) / float64(n)
	t.Logf("credit templates: %d/%d (%.1f%%)", ok, n, pct)
	if pct < 95 {
		t.Errorf("credit templates %.1f%%, want at least 95%%", pct)
	}
}
