package pipeline

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/wirecap/wirecap/internal/article"
)

// TestReprintReadOncePerCaption: an article that reprints a caption is
// read without it once per batch and caption, however many photos share
// that caption; a caption it does not reprint costs no second reading;
// the places the reprint alone names are left out.
func TestReprintReadOncePerCaption(t *testing.T) {
	dir := t.TempDir()
	shared := "Firefighters at work in Lyon, France, March 3, 2024. (Photo by Jean Dupont / AFP)"
	other := "A market in Marseille, France, March 3, 2024. (Photo by Jean Dupont / AFP)"
	a := photo(t, dir, "a.jpg", shared, "")
	b := photo(t, dir, "b.jpg", shared, "")
	c := photo(t, dir, "c.jpg", other, "")
	story := "Paris, le 3 mars 2024. Un incendie a eu lieu hier.\n\n" + shared + "\n"
	if err := os.WriteFile(filepath.Join(dir, "article.txt"), []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	o := options()
	for _, p := range []string{a, b, c} {
		rec := BuildUnder(p, dir, o)
		if rec.Article == nil || !rec.Article.Read() {
			t.Fatalf("%s: article %+v", p, rec.Article)
		}
	}
	n := 0
	o.reprints.Range(func(k, v any) bool {
		n++
		art := v.(*cached[*article.Article]).v
		for _, pl := range art.Places {
			if pl.Name == "Lyon" {
				t.Errorf("the article without the reprint still names Lyon: %+v", art.Places)
			}
		}
		return true
	})
	if n != 1 {
		t.Errorf("%d readings without a reprint, want 1", n)
	}
}
