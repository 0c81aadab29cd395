package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/sidecar"
)

// fakeCards: three cards in two folders.
const fakeCards = `
var cards = [
  {dataset: {verdict: 'deny', codes: 'OUT', agency: 'AFP', rules: 'use.denied'}, hidden: false},
  {dataset: {verdict: 'allow', codes: '', agency: 'AFP', rules: ''}, hidden: false},
  {dataset: {verdict: 'deny', codes: '', agency: 'AP', rules: 'use.denied'}, hidden: false}];
var sections = [{cards: [cards[0], cards[1]]}, {cards: [cards[2]]}];
`

// fakeDOM is just enough of a browser for the sheet's script, around the
// cards and sections of cardsJS: the elements ids, the address in hash.
func fakeDOM(cardsJS, hash string, ids ...string) string {
	return "var HASH = " + jsString(hash) + ";\n" + cardsJS + `
sections.forEach(function (s) { s.querySelector = function () { return s.cards.filter(function (c) { return !c.hidden; })[0] || null; }; });
var els = {};
` + jsString(strings.Join(append(ids, "f-reset", "count-shown"), " ")) + `.split(' ').forEach(function (id) {
  els[id] = {value: '', textContent: '', addEventListener: function () {}};
});
var document = {
  getElementById: function (id) { return els[id]; },
  querySelectorAll: function (q) { return q === 'article.card' ? cards : q === 'section.folder' ? sections : []; }
};
var location = {hash: HASH, pathname: '/sheet.html', search: ''};
var history = {replaceState: function () {}};
`
}

// runSheetScript runs the script of page under node after dom, then tail
// (which prints what the test compares).
func runSheetScript(t *testing.T, node string, page []byte, dom, tail string) (string, error) {
	t.Helper()
	m := regexp.MustCompile(`(?s)<script>(.*)</script>`).FindSubmatch(page)
	if m == nil {
		t.Fatal("no script in the sheet")
	}
	file := filepath.Join(t.TempDir(), "sheet.js")
	os.WriteFile(file, []byte(dom+string(m[1])+"\n"+tail+"\n"), 0o644)
	out, err := exec.Command(node, file).CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

// TestAddressFilters runs the sheet's script under Node: a filter given
// in the address applies, and a bad % escape in one value costs only that
// value, never the other filters (issue 16).
func TestAddressFilters(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not installed: the sheet's script is not run")
	}
	var page bytes.Buffer
	rec := &sidecar.Record{Verdict: &check.Verdict{Decision: "allow"}}
	if _, err := Write(&page, []Item{{Path: "a/x.jpg", Record: rec}}, Options{AsOf: time.Unix(0, 0)}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ hash, shown string }{
		{"", "3 shown"},
		{"#verdict=deny", "2 shown"},
		{"#verdict=deny&agency=AP", "1 shown"},
		{"#verdict=deny&agency=%E0%A4%A", "2 shown"}, // the bad escape drops agency only
		{"#agency=%&verdict=deny", "2 shown"},
		{"#rule=use.denied", "2 shown"}, // the 0.1 name
	} {
		dom := fakeDOM(fakeCards, tc.hash, "f-verdict", "f-restriction", "f-agency", "f-finding")
		got, err := runSheetScript(t, node, page.Bytes(), dom,
			"console.log(els['count-shown'].textContent + '|' + sections.map(function (s) { return !!s.hidden; }).join(','));")
		if err != nil || !strings.HasPrefix(got, tc.shown+"|") {
			t.Errorf("%q: %s (%v), want %q", tc.hash, got, err, tc.shown)
		}
		if tc.hash == "#verdict=deny&agency=AP" && got != "1 shown|true,false" {
			t.Errorf("a folder with every card filtered out is shown: %s", got)
		}
	}
}

func jsString(s string) string {
	return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) + "'"
}
