package batch_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/wirecap/wirecap/internal/batch"
)

// A command walks its path arguments once, runs the work on every core and
// prints the results in the order of the arguments; what is not a photo is
// reported, not passed over.
func Example() {
	dir, _ := os.MkdirTemp("", "batch")
	defer os.RemoveAll(dir)
	for _, name := range []string{"b.jpg", "a.png", "a.png.json", "anim.gif", "sub/c.webp"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755)
		os.WriteFile(filepath.Join(dir, name), []byte("…"), 0o644)
	}
	items, _ := batch.Walk([]string{dir, filepath.Join(dir, "b.jpg")}) // b.jpg only once
	batch.Map(context.Background(), batch.DefaultJobs(), items, func(it batch.Item) string {
		if !it.Photo() {
			return "skipped: " + it.Skip
		}
		return "read " + strings.ToUpper(filepath.Ext(it.Path)[1:])
	}, func(it batch.Item, result string) error {
		rel, _ := filepath.Rel(dir, it.Path)
		fmt.Println(filepath.ToSlash(rel), result)
		return nil
	})
	// Output:
	// a.png read PNG
	// anim.gif skipped: unsupported format gif
	// b.jpg read JPG
	// sub/c.webp read WEBP
}
