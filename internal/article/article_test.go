package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestAnalyzeHTML(t *testing.T) {
	src := `<html><head><style>p{}</style><script>var Moscou=1</script></head><body><h1>Parachutistes</h1>
<p>Des soldats ont été envoyés en Biélorussie le 24 février 2022, puis à Pskov le 5 mars.</p></body></html>`
	a := Analyze([]byte(src), true, time.Time{})
	if a.Language != "fr" {
		t.Errorf("language = %q", a.Language)
	}
	if strings.Join(a.Dates, ",") != "2022-02-24,2022-03-05" {
		t.Errorf("dates = %v", a.Dates)
	}
	var names []string
	for _, p := range a.Places {
		names = append(names, p.Name)
	}
	if strings.Join(names, ",") != "Belarus,Pskov" {
		t.Errorf("places = %v (script text must not count)", names)
	}
	if n, ok := a.Newest(); !ok || n.Format("2006-01-02") != "2022-03-05" {
		t.Errorf("newest = %v", n)
	}
}

func TestFindNearest(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "a", "b")
	os.MkdirAll(sub, 0o755)
	os.WriteFile(filepath.Join(root, "a", "article.md"), []byte("x"), 0o644)
	if got := Find(filepath.Join(sub, "p.jpg"), root); got != filepath.Join(root, "a", "article.md") {
		t.Errorf("Find = %q", got)
	}
	if got := Find(filepath.Join(root, "p.jpg"), root); got != "" {
		t.Errorf("Find above root = %q", got)
	}
}
