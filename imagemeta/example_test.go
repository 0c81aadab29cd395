package imagemeta_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

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

// The editorial fields are typed: text, lists, dates with their precision,
// each source's value beside the one chosen.
func ExampleMetadata_Fields() {
	photo := metawrite.JPEG(metawrite.Photo{IIM: metawrite.IIM(true,
		metawrite.Set(80, "Ana Lima"), metawrite.Set(80, "Jo Park"), metawrite.Set(110, "Example Agency"),
		metawrite.Set(55, "20240305"), metawrite.Set(60, "093000+0100"))})
	m, _ := imagemeta.Read(bytes.NewReader(photo), int64(len(photo)))
	f := m.Fields()
	fmt.Println("credit:", f.Credit.Value, "from IIM:", f.Credit.Sources[imagemeta.SourceIPTC])
	fmt.Println("by-line:", strings.Join(f.Byline.Value, " and "))
	d := f.DateCreated.Value
	fmt.Println("created:", d, "to the", d.Precision, "UTC", d.Time.UTC().Format("15:04"))
	// Output:
	// credit: Example Agency from IIM: Example Agency
	// by-line: Ana Lima and Jo Park
	// created: 2024-03-05T09:30:00+01:00 to the second UTC 08:30
}

// A desk tells a photo cut short in transfer (fetch it again) from one it
// cannot read (convert it) from a damaged one.
func ExampleFormatError() {
	cut := []byte{0xFF, 0xD8, 0xFF, 0xE1, 0x10, 0x00, 'E', 'x', 'i', 'f'}
	_, err := imagemeta.Read(bytes.NewReader(cut), int64(len(cut)))
	var fe *imagemeta.FormatError
	switch {
	case errors.Is(err, imagemeta.ErrTruncated) && errors.As(err, &fe):
		fmt.Printf("cut short: the %s breaks at byte %d\n", fe.Format, fe.Offset)
	case errors.Is(err, imagemeta.ErrUnsupported):
		fmt.Println("not a format wirecap reads")
	case err != nil:
		fmt.Println("damaged:", err)
	}
	// Output:
	// cut short: the jpeg breaks at byte 2
}
