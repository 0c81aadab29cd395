// Command gen writes a folder of wire photos for the benchmark: realistic
// JPEG sizes with EXIF, IIM and XMP, a few per story with an article.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/wirecap/wirecap/internal/metawrite"
)

func main() {
	n := flag.Int("n", 1200, "photos")
	out := flag.String("out", "bench/photos", "folder")
	w := flag.Int("width", 1600, "pixels")
	flag.Parse()
	caps := []string{
		"Firefighters battle a blaze in a warehouse in Lyon, France, on March 3, 2024. - Nobody was hurt. (Photo by Jean DUPONT / AFP)",
		"Rescuers search the rubble of a collapsed house in Gaziantep, Turkey February 7, 2023. REUTERS/Mehmet Kaya",
		"A man walks past a damaged building in Kharkiv, Ukraine, Wednesday, April 13, 2022. (AP Photo/Anna Smith)",
		"epa10523456 Firefighters work at the scene of a fire in Madrid, Spain, 07 March 2023. EPA-EFE/JUAN GARCIA",
	}
	// One encoded template per caption: the pixels are not what is measured.
	var tpl [][]byte
	for i, c := range caps {
		tpl = append(tpl, metawrite.JPEG(metawrite.Photo{
			EXIF:   &metawrite.EXIF{ImageDescription: c, Artist: "Staff", Make: "Canon", Model: "EOS R5", DateTimeOriginal: "2024:03:03 10:00:00", Orientation: 1, GPS: &[2]float64{45.76, 4.83}},
			IIM:    metawrite.IIM(true, metawrite.Set(120, c), metawrite.Set(110, "AGENCY"), metawrite.Set(55, "20240303"), metawrite.Set(25, "news"), metawrite.Set(90, "City")),
			Digest: "match",
			XMP:    metawrite.XMP(map[string]any{"dc:description": map[string]string{"x-default": c}, "photoshop:Credit": "AGENCY", "photoshop:DateCreated": "2024-03-03"}),
			Width:  *w + 8*i, Height: *w * 2 / 3,
		}))
	}
	for i := 0; i < *n; i++ {
		dir := filepath.Join(*out, fmt.Sprintf("story%03d", i/50))
		os.MkdirAll(dir, 0o755)
		if i%50 == 0 {
			os.WriteFile(filepath.Join(dir, "article.txt"), []byte("Un incendie a touché Lyon le 3 mars 2024. Les pompiers de Lyon sont intervenus.\n"), 0o644)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("photo%05d.jpg", i)), tpl[i%len(tpl)], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	fmt.Printf("wrote %d photos under %s\n", *n, *out)
}
