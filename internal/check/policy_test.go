package check

import (
	"github.com/wirecap/wirecap/record"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writePolicy(t *testing.T, body string) string {
	t.Helper()
	dir := t.TempDir()
	p := filepath.Join(dir, "desk.toml")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadPolicyErrors(t *testing.T) {
	for _, tc := range []struct{ body, word string }{
		{"archive_dayz = 3", `"archive_dayz"`},
		{"[severity]\n\"date.archiv\" = \"info\"", `"date.archiv"`},
		{"[severity]\n\"date.archive\" = \"fatal\"", `"fatal"`},
		{"archive_days = -1", "archive_days"},
		{"min_width = -5", "min_width"},
		{"default_territory = \"Narnia\"", "default_territory"},
		{"default_territory = \"XX\"", "default_territory"},
		{"default_use = \"billboards\"", "default_use"},
		{"[licences]\nAFP = [\"editorial\", \"billboards\"]", `"billboards"`},
		{"[licenses]\nAFP = [\"editorial\"]", `"licenses"`},
		{"[required_credit]\nAFP = 3", "required_credit"},
		// The rules the verdict is built from keep their severity.
		{"[severity]\n\"embargo.active\" = \"off\"", `"embargo.active" cannot be lowered`},
		{"[severity]\n\"use.killed\" = \"warning\"", `"use.killed" cannot be lowered`},
		{"[severity]\n\"metadata.incomplete\" = \"info\"", `"metadata.incomplete" cannot be lowered`},
	} {
		_, err := LoadPolicy(writePolicy(t, tc.body))
		if err == nil || !strings.Contains(err.Error(), tc.word) {
			t.Errorf("%q: err = %v, want one naming %s", tc.body, err, tc.word)
		}
	}
}

func TestLoadPolicy(t *testing.T) {
	path := writePolicy(t, `archive_days = 0
default_territory = "Germany"
kill_list = "lists/withdrawn.txt"
[severity]
"metadata.incomplete" = "error"
"internal.error" = "error"
[licences]
AFP = ["editorial", "online"]
`)
	p, err := LoadPolicy(path)
	if err != nil {
		t.Fatal(err)
	}
	if p.DefaultTerritory != "DE" || p.ArchiveDays != 0 || p.DefaultUse != Editorial {
		t.Errorf("territory %q, archive_days %d, use %q", p.DefaultTerritory, p.ArchiveDays, p.DefaultUse)
	}
	if p.Severity[record.MetadataIncomplete] != Error || p.Severity[record.InternalError] != Error || len(p.Severity) != 2 {
		t.Errorf("severity table %v, want the two rules raised to error", p.Severity)
	}
	if want := filepath.Join(filepath.Dir(path), "lists", "withdrawn.txt"); p.KillList != want {
		t.Errorf("kill_list %q, want %q (relative to the policy's folder)", p.KillList, want)
	}
	if uses, ok := p.licence("afp"); !ok || strings.Join(uses, ",") != "editorial,online" {
		t.Errorf("licence(afp) = %v %v", uses, ok)
	}
	q := p
	q.Licences = map[string][]string{"AFP": {"editorial"}}
	if p.Hash() == q.Hash() || p.Hash() != p.Hash() || !strings.HasPrefix(p.Hash(), "sha256:") {
		t.Errorf("hashes %s %s", p.Hash(), q.Hash())
	}
}

func TestKillListHash(t *testing.T) {
	a, b := KillList{"x.jpg": true, "ref1": true}, KillList{"ref1": true, "x.jpg": true}
	if a.Hash() != b.Hash() || a.Hash() == (KillList{"x.jpg": true}).Hash() || (KillList{}).Hash() != "" {
		t.Errorf("kill list hashes: %s %s", a.Hash(), b.Hash())
	}
}
