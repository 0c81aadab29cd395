package imagemeta

import (
	"bytes"
	"image"
	"image/color"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/tiff"

	"github.com/wirecap/wirecap/internal/metawrite"
)

// TestExifToolWritten has ExifTool write metadata into JPEG, PNG, TIFF (and
// WebP, from the shared corpus) files, the way other desks' tools do, and
// checks that imagemeta reads every editorial value ExifTool reads back.
func TestExifToolWritten(t *testing.T) {
	if _, err := exec.LookPath("exiftool"); err != nil {
		t.Skip("exiftool not installed; .ci/run installs it")
	}
	dir := t.TempDir()
	img := image.NewRGBA(image.Rect(0, 0, 32, 24))
	for i := range img.Pix {
		img.Pix[i] = byte(i)
	}
	img.Set(0, 0, color.White)
	var tb bytes.Buffer
	tiff.Encode(&tb, img, nil)
	bases := map[string][]byte{
		"base.jpg": metawrite.JPEG(metawrite.Photo{Width: 32, Height: 24}),
		"base.png": metawrite.PNG(metawrite.Photo{Width: 32, Height: 24}),
		"base.tif": tb.Bytes(),
	}
	if b, err := os.ReadFile(filepath.Join(imageCorpus, "et_RIFF.webp")); err == nil {
		bases["base.webp"] = b
	}
	long := strings.Repeat("Long caption text for the extended XMP packet. ", 2000)
	cases := []struct {
		name, base string
		args       []string
	}{
		{"utf8.jpg", "base.jpg", []string{"-IPTC:CodedCharacterSet=UTF8", "-charset", "iptc=UTF8", "-IPTC:City=Zürich", "-IPTC:Caption-Abstract=Pompiers à Zürich, 3 mars 2024", "-IPTC:By-line=Jean Dupont", "-IPTC:Keywords=feu", "-IPTC:Keywords=Zürich", "-IPTC:Credit=AFP", "-IPTC:DateCreated=2024:03:03", "-IPTC:TimeCreated=14:05:00+01:00", "-XMP-dc:Description=Firefighters in Zürich", "-XMP-dc:Description-fr=Pompiers à Zürich", "-XMP-dc:Description-de=Feuerwehr in Zürich", "-XMP-photoshop:Credit=AFP", "-XMP-photoshop:City=Zürich", "-XMP-dc:Creator=Jean Dupont", "-EXIF:Artist=Jean Dupont", "-EXIF:ImageDescription=Firefighters in Zurich", "-EXIF:DateTimeOriginal=2024:03:03 14:05:00", "-EXIF:OffsetTimeOriginal=+01:00", "-EXIF:GPSLatitude=45.764", "-EXIF:GPSLatitudeRef=N", "-EXIF:GPSLongitude=4.8357", "-EXIF:GPSLongitudeRef=E", "-EXIF:Orientation#=6"}},
		{"latin1.jpg", "base.jpg", []string{"-charset", "iptc=Latin", "-IPTC:City=Zürich", "-IPTC:Caption-Abstract=Crème brûlée à Genève", "-IPTC:Country-PrimaryLocationName=Suisse", "-IPTC:SpecialInstructions=NUR FÜR REDAKTIONELLE VERWENDUNG"}},
		{"disagree.jpg", "base.jpg", []string{"-IPTC:City=Marseille", "-XMP-photoshop:City=Lyon", "-IPTC:Credit=REUTERS", "-XMP-photoshop:Credit=AFP", "-XMP-photoshop:DateCreated=2024-03-03T10:00:00+01:00", "-IPTC:DateCreated=2024:03:04"}},
		{"extended.jpg", "base.jpg", []string{"-XMP-dc:Description=" + long, "-XMP-photoshop:Credit=AFP", "-XMP-photoshop:Instructions=EDITORIAL USE ONLY"}},
		{"meta.png", "base.png", []string{"-XMP-dc:Description=A PNG caption", "-XMP-photoshop:Credit=Getty Images", "-EXIF:Artist=Sam Taylor", "-IPTC:City=London", "-IPTC:Credit=Getty Images"}},
		{"meta.tif", "base.tif", []string{"-XMP-dc:Description=A TIFF caption", "-IPTC:Caption-Abstract=A TIFF caption", "-IPTC:Credit=Xinhua", "-EXIF:Artist=Wang Hua", "-EXIF:DateTimeOriginal=2023:04:02 10:00:00"}},
		{"meta.webp", "base.webp", []string{"-XMP-dc:Description=A WebP caption", "-XMP-photoshop:Credit=EPA-EFE", "-EXIF:Artist=Juan Garcia"}},
	}
	var files []string
	for _, c := range cases {
		b, ok := bases[c.base]
		if !ok {
			continue
		}
		p := filepath.Join(dir, c.name)
		os.WriteFile(p, b, 0o644)
		out, err := exec.Command("exiftool", append(append([]string{"-q", "-overwrite_original"}, c.args...), p)...).CombinedOutput()
		if err != nil {
			t.Fatalf("exiftool writing %s: %v\n%s", c.name, err, out)
		}
		files = append(files, p)
	}
	agree, total := compareWithExifTool(t, files, t.Errorf)
	t.Logf("ExifTool-written files: %d/%d editorial values agree", agree, total)
}
