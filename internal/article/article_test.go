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

// TestFindStopsAtRoot: the search climbs from the photo's folder to the
// folder given on the command line and never above it, wherever the
// current directory is.
func TestFindStopsAtRoot(t *testing.T) {
	top := t.TempDir()
	root := filepath.Join(top, "batch")
	deep := filepath.Join(root, "day1", "wires")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(p string) {
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	photo := filepath.Join(deep, "p.jpg")
	write(filepath.Join(top, "article.txt")) // above the root: never used
	for _, tc := range []struct {
		root, want string
		setup      func()
	}{
		{root, "", nil},
		{"", "", nil},
		{deep, "", nil},
		{filepath.Join(top, "elsewhere"), "", nil}, // a root that does not hold the photo
		{root, filepath.Join(root, "article.md"), func() { write(filepath.Join(root, "article.md")) }},
		{filepath.Join(root, "day1"), "", nil},
		{root, filepath.Join(deep, "article.html"), func() { write(filepath.Join(deep, "article.html")) }},
		{"", filepath.Join(deep, "article.html"), nil},
	} {
		if tc.setup != nil {
			tc.setup()
		}
		if got := Find(photo, tc.root); got != tc.want {
			t.Errorf("Find(photo, %q) = %q, want %q", tc.root, got, tc.want)
		}
	}
	// From inside the tree, with relative paths, the answer is the same.
	wd, _ := os.Getwd()
	defer os.Chdir(wd)
	os.Chdir(filepath.Join(root, "day1"))
	if got := Find(filepath.Join("wires", "p.jpg"), "wires"); got != filepath.Join("wires", "article.html") {
		t.Errorf("relative: %q", got)
	}
	os.Remove(filepath.Join(deep, "article.html"))
	if got := Find(filepath.Join("wires", "p.jpg"), "."); got != "" {
		t.Errorf("relative, root '.': %q (the current folder is the root, article.md is above it)", got)
	}
}

func TestExcluding(t *testing.T) {
	capText := "Firefighters battle a blaze in a warehouse in Lyon, France, on March 3, 2024."
	a := Analyze([]byte("Photo: "+capText+"\nLe conseil municipal de Bordeaux s'est réuni."), false, time.Time{})
	b := a.Excluding(capText)
	if b == a || strings.Contains(b.Text, "Lyon") {
		t.Fatalf("reprint not left out: %q", b.Text)
	}
	for _, p := range b.Places {
		if p.Name == "Lyon" {
			t.Errorf("places still hold Lyon: %v", b.Places)
		}
	}
	if len(a.Places) == 0 || a.Excluding("not in the article at all, forty characters long") != a || a.Excluding("Lyon") != a {
		t.Errorf("Excluding changed an article that does not reprint the text (places %v)", a.Places)
	}
}
