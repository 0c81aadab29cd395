package check

import (
	"strings"
	"testing"
)

// FuzzParseKillList: any bytes give a list whose entries are trimmed,
// lower-cased identifiers without white space at their ends.
func FuzzParseKillList(f *testing.F) {
	for _, s := range []string{"QX538\r\n# c\n", "\xef\xbb\xbfADVISORY: PHOTO NUMBER XY123 WITHDRAWN", "pic#2 # note",
		"Kill 0123456789abcdef0123456789abcdef RC2ABC9XYZ12 Pic_1.jpg asset id: 99"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for id := range ParseKillList(b) {
			if id == "" || id != normID(id) {
				t.Fatalf("entry %q not normalised", id)
			}
		}
	})
}

// FuzzParseLeases: any bytes, as TOML or CSV, give leases that passed
// validation (known action, uses and territories) or an error naming
// the file.
func FuzzParseLeases(f *testing.F) {
	f.Add([]byte("[[lease]]\nmatch = \"a\"\naction = \"deny\"\nuses = [\"book\"]\nuntil = \"2030-01-01\"\n"), true)
	f.Add([]byte("match,action,uses,territories,from,until,note,who\na.jpg,allow,online;print,FR,2024-01-01,,n,w\n"), false)
	f.Fuzz(func(t *testing.T, b []byte, isTOML bool) {
		ls, err := ParseLeases(b, "f", isTOML)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f") {
				t.Fatalf("error without the file's name: %v", err)
			}
			return
		}
		for _, l := range ls {
			if l.Action != LeaseAllow && l.Action != LeaseDeny || l.Match == "" {
				t.Fatalf("invalid lease accepted: %+v", l)
			}
		}
	})
}
