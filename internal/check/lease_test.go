package check

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wirecap/wirecap/imagemeta"
)

func lease(t *testing.T, l Lease) Lease {
	t.Helper()
	l.Source = "test"
	if err := l.validate(); err != nil {
		t.Fatal(err)
	}
	return l
}

// TestLeases: one case per lease rule; deny always wins over allow.
func TestLeases(t *testing.T) {
	const clean = "A street in Lyon, France, March 3, 2024. (Photo by Jean Dupont / AFP)"
	const noSales = "A street in Lyon, France, March 3, 2024. EDITORIAL USE ONLY (Photo by Jean Dupont / AFP)"
	cases := []struct {
		name, caption, use, territory string
		leases                        []Lease
		decision                      Decision
		applied                       int
	}{
		{"deny by file name", clean, "editorial", "", []Lease{{Match: "photo.jpg", Action: "deny"}}, Deny, 1},
		{"deny by path glob", clean, "editorial", "", []Lease{{Match: "desk/*.jpg", Action: "deny"}}, Deny, 1},
		{"glob that does not match", clean, "editorial", "", []Lease{{Match: "other/*.jpg", Action: "deny"}}, Allow, 0},
		{"deny wins over allow", clean, "editorial", "", []Lease{{Match: "photo.jpg", Action: "allow"}, {Match: "*.jpg", Action: "deny"}}, Deny, 2},
		{"allow lifts a restriction", noSales, "marketing", "", []Lease{{Match: "photo.jpg", Action: "allow", Uses: []string{"marketing"}}}, Allow, 1},
		{"allow for another use changes nothing", noSales, "marketing", "", []Lease{{Match: "photo.jpg", Action: "allow", Uses: []string{"book"}}}, Deny, 0},
		{"expired lease ignored", clean, "editorial", "", []Lease{{Match: "photo.jpg", Action: "deny", Until: "2024-03-01"}}, Allow, 0},
		{"future lease ignored", clean, "editorial", "", []Lease{{Match: "photo.jpg", Action: "deny", From: "2024-03-06T00:00:00Z"}}, Allow, 0},
		{"date-only until lasts the day", clean, "editorial", "", []Lease{{Match: "photo.jpg", Action: "deny", Until: "2024-03-05"}}, Deny, 1},
		{"deny in a territory", clean, "editorial", "GB", []Lease{{Match: "photo.jpg", Action: "deny", Territories: []string{"United Kingdom"}}}, Deny, 1},
		{"deny elsewhere", clean, "editorial", "FR", []Lease{{Match: "photo.jpg", Action: "deny", Territories: []string{"GB"}}}, Allow, 0},
		{"territorial deny without a territory", clean, "editorial", "", []Lease{{Match: "photo.jpg", Action: "deny", Territories: []string{"GB"}}}, Deny, 1},
		{"by transmission reference", clean, "editorial", "", []Lease{{Match: " qa707 ", Action: "deny"}}, Deny, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := withMeta(input(t, c.caption, nil), &imagemeta.Metadata{IPTC: map[string]any{"OriginalTransmissionReference": "QA707"}})
			in.File = "desk/photo.jpg"
			in.Use, in.Territory = c.use, c.territory
			for _, l := range c.leases {
				in.Leases = append(in.Leases, lease(t, l))
			}
			_, v := Run(in)
			if v.Decision != c.decision || len(v.Leases) != c.applied {
				t.Errorf("decision %s with %d leases, want %s with %d (%v)", v.Decision, len(v.Leases), c.decision, c.applied, v.Reasons)
			}
		})
	}
}

// TestAllowLeaseKeepsKills: no allow lease clears a killed photo.
func TestAllowLeaseKeepsKills(t *testing.T) {
	in := input(t, "A street in Lyon, France, March 3, 2024. (Photo by Jean Dupont / AFP)", nil)
	in.Kill = KillList{"photo.jpg": true}
	in.Leases = Leases{lease(t, Lease{Match: "photo.jpg", Action: "allow"})}
	if _, v := Run(in); v.Decision != Deny {
		t.Errorf("killed photo %s under an allow lease", v.Decision)
	}
}

// TestLoadLeases reads both formats and names the bad value.
func TestLoadLeases(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"ok.toml":        "[[lease]]\nmatch = \"XY1\"\naction = \"deny\"\nuses = [\"book\"]\nuntil = \"2030-01-01\"\nwho = \"desk\"\n",
		"ok.csv":         "\ufeffmatch,action,uses,territories,from,until,note,who\r\nXY1,allow,online;print,FR,2024-01-01,,licensed,jdoe\r\n# a comment\r\n",
		"bad-action.csv": "match,action\nXY1,maybe\n",
		"bad-use.toml":   "[[lease]]\nmatch = \"a\"\naction = \"deny\"\nuses = [\"billboards\"]\n",
		"bad-key.toml":   "[[lease]]\nmatch = \"a\"\naction = \"deny\"\nuntill = \"2024-01-01\"\n",
		"bad-order.csv":  "match,action,from,until\na,deny,2024-02-01,2024-01-01\n",
		"bad-col.csv":    "match,verdict\na,deny\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for name, want := range map[string]string{"bad-action.csv": "bad-action.csv:2: action must be allow or deny",
		"bad-use.toml": "unknown use \"billboards\"", "bad-key.toml": "unknown key", "bad-order.csv": "not after",
		"bad-col.csv": "unknown column \"verdict\""} {
		if _, err := LoadLeases(filepath.Join(dir, name)); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v, want %q", name, err, want)
		}
	}
	for _, name := range []string{"ok.toml", "ok.csv"} {
		ls, err := LoadLeases(filepath.Join(dir, name))
		if err != nil || len(ls) != 1 || ls[0].Match != "XY1" {
			t.Errorf("%s: %v %+v", name, err, ls)
		}
	}
	if ls, _ := LoadLeases(filepath.Join(dir, "ok.csv")); len(ls) == 1 && (strings.Join(ls[0].Uses, ",") != "online,print" || ls[0].Territories[0] != "FR") {
		t.Errorf("csv lists %+v", ls[0])
	}
}
