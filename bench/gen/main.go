// Command gen writes a folder of rich wire photos for bench/: EXIF, IPTC
// IIM and XMP in each, extended XMP in one JPEG out of four, in the mix of
// formats a desk receives (JPEG mostly, some TIFF, PNG and WebP), a few per
// story folder with an article.
//
//	go run ./bench/gen -n 1100 -out /tmp/photos
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/wirecap/wirecap/internal/metawrite"
)

// story is one wire photo's editorial content; the captions follow the
// agencies' published styles, the names are invented.
type story struct {
	caption, credit, source, byline, city, country, code, date, instructions string
}

var stories = []story{
	{"Firefighters battle a blaze in a warehouse in Lyon, France, on March 3, 2024. - Nobody was hurt. (Photo by Jean Varlin / AFP)", "AFP", "AFP", "Jean Varlin", "Lyon", "France", "FR", "2024-03-03", "RESTRICTED TO EDITORIAL USE"},
	{"Rescuers search the rubble of a collapsed house in Gaziantep, Turkey February 7, 2023. REUTERS/Mira Kallas", "REUTERS", "Reuters", "Mira Kallas", "Gaziantep", "Turkey", "TR", "2023-02-07", ""},
	{"A man walks past a damaged building in Kharkiv, Ukraine, Wednesday, April 13, 2022. (AP Photo/Ana Brill)", "AP", "AP", "Ana Brill", "Kharkiv", "Ukraine", "UA", "2022-04-13", "JAPAN OUT"},
	{"epa10523456 Firefighters work at the scene of a fire in Madrid, Spain, 07 March 2023. EPA-EFE/JUAN VELMORA", "EPA-EFE", "EPA", "Juan Velmora", "Madrid", "Spain", "ES", "2023-03-07", "EDITORIAL USE ONLY"},
	{"LONDON, ENGLAND - MAY 04: Fans arrive at the stadium on May 04, 2024 in London, England. (Photo by Sam Quill/Getty Images)", "Getty Images", "Getty Images Europe", "Sam Quill", "London", "United Kingdom", "GB", "2024-05-04", ""},
	{"Tourists visit a tea garden in Hangzhou, east China's Zhejiang Province, April 2, 2023. (Xinhua/Wang Lin)", "Xinhua", "Xinhua", "Wang Lin", "Hangzhou", "China", "CN", "2023-04-02", ""},
	{"Demonstranten ziehen am 1. Mai 2024 durch Berlin. Foto: Kay Norden/dpa - ACHTUNG: Nur zur redaktionellen Verwendung", "dpa", "dpa", "Kay Norden", "Berlin", "Germany", "DE", "2024-05-01", "ACHTUNG: Nur zur redaktionellen Verwendung"},
	{"Handout photo released by the Defence Ministry shows soldiers at a base near Odesa, Ukraine, June 2, 2023. Defence Ministry/Handout via REUTERS. THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO ARCHIVES", "Defence Ministry/Handout via REUTERS", "Reuters", "Handout", "Odesa", "Ukraine", "UA", "2023-06-02", "THIS IMAGE HAS BEEN SUPPLIED BY A THIRD PARTY. NO RESALES. NO ARCHIVES"},
}

// photo is one story written in one format.
func photo(s story, format string, width int, extended bool) []byte {
	d := strings.ReplaceAll(s.date, "-", "")
	exif := &metawrite.EXIF{ImageDescription: s.caption, Artist: s.byline, Copyright: "© " + s.credit, Make: "Canon", Model: "EOS R5",
		DateTimeOriginal: strings.ReplaceAll(s.date, "-", ":") + " 10:00:00", OffsetTimeOriginal: "+01:00", Orientation: 1, GPS: &[2]float64{45.76, 4.83}}
	iim := metawrite.IIM(true, metawrite.Set(120, s.caption), metawrite.Set(110, s.credit), metawrite.Set(115, s.source),
		metawrite.Set(80, s.byline), metawrite.Set(90, s.city), metawrite.Set(101, s.country), metawrite.Set(100, s.code),
		metawrite.Set(55, d), metawrite.Set(25, "news"), metawrite.Set(25, strings.ToLower(s.city)), metawrite.Set(40, s.instructions),
		metawrite.Set(103, "TX"+d), metawrite.Set(105, "Headline "+s.city))
	props := map[string]any{
		"dc:description": map[string]string{"x-default": s.caption}, "dc:creator": []string{s.byline}, "dc:subject": []string{"news", strings.ToLower(s.city)},
		"dc:rights": map[string]string{"x-default": "© " + s.credit}, "photoshop:Credit": s.credit, "photoshop:Source": s.source,
		"photoshop:City": s.city, "photoshop:Country": s.country, "Iptc4xmpCore:CountryCode": s.code, "photoshop:DateCreated": s.date,
		"photoshop:Instructions": s.instructions, "photoshop:TransmissionReference": "TX" + d, "photoshop:Headline": "Headline " + s.city,
	}
	p := metawrite.Photo{EXIF: exif, IIM: iim, Digest: "match", Width: width, Height: width * 2 / 3}
	if extended {
		// What a long caption history or a thumbnail-bearing XMP spills
		// into the extension: a packet of its own, named by its GUID.
		ext := metawrite.XMP(map[string]any{"photoshop:History": strings.Repeat("Edited caption and crop; ", 2000)})
		props["xmpNote:HasExtendedXMP"] = metawrite.ExtendedGUID(ext)
		p.ExtendedXMP = ext
	}
	p.XMP = metawrite.XMP(props)
	switch format {
	case ".png":
		return metawrite.PNG(p)
	case ".webp":
		return metawrite.WebP(p)
	case ".tif":
		return metawrite.TIFF(p)
	}
	return metawrite.JPEG(p)
}

// formatOf gives the mix: 7 JPEGs, 1 TIFF, 1 PNG, 1 WebP in every 10.
func formatOf(i int) string {
	return [...]string{".jpg", ".jpg", ".tif", ".jpg", ".png", ".jpg", ".jpg", ".webp", ".jpg", ".jpg"}[i%10]
}

func main() {
	n := flag.Int("n", 1100, "photos")
	out := flag.String("out", "bench/photos", "folder")
	w := flag.Int("width", 1600, "JPEG and PNG width in pixels (the height is 2/3 of it)")
	flag.Parse()
	// One encoded file per story, format and extension: the pixels are not
	// what is measured, the metadata is.
	cache := map[string][]byte{}
	for i := 0; i < *n; i++ {
		s := stories[i%len(stories)]
		ext := formatOf(i)
		extended := ext == ".jpg" && i%4 == 0
		k := fmt.Sprint(i%len(stories), ext, extended)
		if cache[k] == nil {
			cache[k] = photo(s, ext, *w, extended)
		}
		dir := filepath.Join(*out, fmt.Sprintf("story%03d", i/50))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		if i%50 == 0 {
			os.WriteFile(filepath.Join(dir, "article.txt"), []byte("Un incendie a touché Lyon le 3 mars 2024. Les pompiers de Lyon sont intervenus.\n"), 0o644)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("photo%05d%s", i, ext)), cache[k], 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	fmt.Printf("wrote %d photos under %s\n", *n, *out)
}
