package metawrite

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/photos")

// TestDeskFixtures keeps testdata/photos equal to what DeskFixtures writes.
func TestDeskFixtures(t *testing.T) {
	root := filepath.Join("..", "..", "testdata", "photos")
	for name, data := range DeskFixtures() {
		p := filepath.Join(root, name)
		if *update {
			os.MkdirAll(filepath.Dir(p), 0o755)
			if err := os.WriteFile(p, data, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("%v (go test ./internal/metawrite -update)", err)
		}
		if !bytes.Equal(got, data) {
			t.Errorf("%s differs from the generator (go test ./internal/metawrite -update)", p)
		}
	}
}
