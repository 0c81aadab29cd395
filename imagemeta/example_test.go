package imagemeta_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/metawrite"
)

// A folder walker lists each folder once and hands every photo its
// sidecar, instead of letting ReadFile probe for one with an open per name.
func ExampleReadFileWith() {
	dir, _ := os.MkdirTemp("", "wirecap-example")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "IMG_1.JPG"), metawrite.JPEG(metawrite.Photo{
		IIM: metawrite.IIM(true, metawrite.Set(90, "Lyon"), metawrite.Set(110, "AFP"))}), 0o644)
	os.WriteFile(filepath.Join(dir, "IMG_1.XMP"), metawrite.XMP(map[string]any{"photoshop:City": "Villeurbanne"}), 0o644)

	entries, _ := os.ReadDir(dir)
	listed := map[string]bool{}
	for _, e := range entries {
		listed[e.Name()] = true
	}
	for _, e := range entries {
		if filepath.Ext(e.Name()) != ".JPG" {
			continue
		}
		sidecar := imagemeta.SidecarFor(e.Name(), func(n string) bool { return listed[n] })
		m, err := imagemeta.ReadFileWith(filepath.Join(dir, e.Name()), imagemeta.ReadOptions{Sidecar: sidecar})
		if err != nil {
			fmt.Println(err)
			continue
		}
		city := m.Fields().City
		fmt.Println(e.Name(), "sidecar", sidecar, "city", city.Value, "in sync", city.InSync)
		for _, n := range m.Notes {
			if n.Incomplete {
				fmt.Println("incomplete:", n.Message)
			}
		}
	}
	// Output:
	// IMG_1.JPG sidecar IMG_1.XMP city Villeurbanne in sync false
}
