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
		if foldCredit(c.Credit) == foldCredit(wantCredit) {
			credit++
		} else {
			t.Logf("#%d credit %q, want %q", i, c.Credit, wantCredit)
		}
		if foldedSet(c.Photographers) == foldedSet(wantPeople) {
			people++
		} else {
			t.Logf("#%d photographers %q, want %q", i, c.Photographers, wantPeople)
		}
		// The agency as written may keep a desk word around the invented
		// name ("PA Wire" renamed gives "Northwind Press Wire").
		if agencyMatches(wantAgency, c.Agency) || c.Agency != "" && strings.Contains(geo.Fold(c.Agency), geo.Fold(wantAgency)) {
			agency++
		} else {
			t.Logf("#%d agency %q, want %q (credit %q)", i, c.Agency, wantAgency, c.Credit)
		}
	}
	pct := func(k int) float64 { return 100 * float64(k) / float64(max(n, 1)) }
	t.Logf("renamed credits (%d captions): credit %d (%.1f%%), photographers %d (%.1f%%), agency %d (%.1f%%)",
		n, credit, pct(credit), people, pct(people), agency, pct(agency))
	if pct(credit) < 85 || pct(people) < 85 {
		t.Errorf("after renaming, credit %.1f%% and photographers %.1f%%: want at least 85%% each", pct(credit), pct(people))
	}
}
