package report

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	"os"
	"path/filepath"
	"testing"

	"github.com/wirecap/wirecap/internal/metawrite"
	"github.com/wirecap/wirecap/internal/sidecar"
)

func solid(w, h int, c color.RGBA) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := 0; i < len(img.Pix); i += 4 {
		copy(img.Pix[i:], []byte{c.R, c.G, c.B, 255})
	}
	return img
}

func jpegOf(img image.Image) []byte {
	var b bytes.Buffer
	jpeg.Encode(&b, img, nil)
	return b.Bytes()
}

// leEXIF is a little-endian EXIF payload by hand: IFD0 empty, IFD1 with the
// thumbnail's offset and length (and compression when given).
func leEXIF(thumb []byte, compression uint16, lengthDelta int) []byte {
	var t bytes.Buffer
	t.WriteString("II*\x00")
	binary.Write(&t, binary.LittleEndian, uint32(8))
	binary.Write(&t, binary.LittleEndian, uint16(0)) // IFD0: no entries
	binary.Write(&t, binary.LittleEndian, uint32(14))
	n := uint16(2)
	if compression != 0 {
		n++
	}
	binary.Write(&t, binary.LittleEndian, n)
	dataOff := uint32(14 + 2 + 12*int(n) + 4)
	entry := func(tag, typ uint16, v uint32) {
		binary.Write(&t, binary.LittleEndian, struct {
			Tag, Typ uint16
			N, V     uint32
		}{tag, typ, 1, v})
	}
	if compression != 0 {
		binary.Write(&t, binary.LittleEndian, uint16(259))
		binary.Write(&t, binary.LittleEndian, uint16(3))
		binary.Write(&t, binary.LittleEndian, uint32(1))
		binary.Write(&t, binary.LittleEndian, []uint16{compression, 0})
	}
	entry(513, 4, dataOff)
	entry(514, 4, uint32(len(thumb)+lengthDelta))
	binary.Write(&t, binary.LittleEndian, uint32(0))
	t.Write(thumb)
	return t.Bytes()
}

func withAPP1(payload []byte) []byte {
	out := []byte{0xFF, 0xD8, 0xFF, 0xE1}
	out = binary.BigEndian.AppendUint16(out, uint16(len(payload)+8))
	out = append(out, "Exif\x00\x00"...)
	out = append(out, payload...)
	return append(out, 0xFF, 0xD9)
}

func TestEmbeddedThumbnail(t *testing.T) {
	thumb := jpegOf(solid(160, 107, color.RGBA{200, 30, 30, 255}))
	main := solid(48, 32, color.RGBA{10, 10, 200, 255})
	withThumb := metawrite.JPEG(metawrite.Photo{EXIF: &metawrite.EXIF{Artist: "A", Thumbnail: thumb}, Image: main})
	cases := []struct {
		name string
		file []byte
		want []byte
	}{
		{"big-endian IFD1", withThumb, thumb},
		{"XMP segment first", metawrite.JPEG(metawrite.Photo{XMPFirst: true, XMP: metawrite.XMP(map[string]any{"photoshop:Credit": "X"}),
			EXIF: &metawrite.EXIF{Artist: "A", Thumbnail: thumb}, Image: main}), thumb},
		{"little-endian IFD1", withAPP1(leEXIF(thumb, 0, 0)), thumb},
		{"JPEG compression stated", withAPP1(leEXIF(thumb, 6, 0)), thumb},
		{"uncompressed thumbnail", withAPP1(leEXIF(thumb, 1, 0)), nil},
		{"length past the block", withAPP1(leEXIF(thumb, 0, 10)), nil},
		{"no IFD1", metawrite.JPEG(metawrite.Photo{EXIF: &metawrite.EXIF{Artist: "A"}, Image: main}), nil},
		{"no EXIF", metawrite.JPEG(metawrite.Photo{Image: main}), nil},
		{"cut inside APP1", withThumb[:200], nil},
		{"not a JPEG", []byte("\x89PNG\r\n\x1a\n"), nil},
		{"empty", nil, nil},
	}
	for _, c := range cases {
		got := embeddedThumbnail(bytes.NewReader(c.file))
		if !bytes.Equal(got, c.want) {
			t.Errorf("%s: got %d bytes, want %d", c.name, len(got), len(c.want))
		}
	}
}

// TestFromEXIF: the thumbnail is used when large enough and of the photo's
// shape, turned upright; otherwise the caller decodes the photo.
func TestFromEXIF(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, thumb image.Image) string {
		p := filepath.Join(dir, name)
		if thumb == nil {
			return p
		}
		os.WriteFile(p, metawrite.JPEG(metawrite.Photo{EXIF: &metawrite.EXIF{Artist: "A", Thumbnail: jpegOf(thumb)}, Width: 48, Height: 32}), 0o644)
		return p
	}
	red := color.RGBA{220, 20, 20, 255}
	cases := []struct {
		name        string
		thumb       image.Image
		orientation int
		w, h        int // the thumbnail returned; 0: none
	}{
		{"DCF size, same shape", solid(160, 107, red), 1, 160, 107},
		{"larger preview", solid(320, 213, red), 1, 320, 213},
		{"preview beyond ThumbSize, scaled", solid(480, 320, red), 1, 320, 213},
		{"broken thumbnail: decode the photo", nil, 1, 0, 0},
		{"turned for orientation 6", solid(240, 160, red), 6, 160, 240},
		{"turned for orientation 8", solid(240, 160, red), 8, 160, 240},
		{"too small", solid(120, 80, red), 1, 0, 0},
		{"letterboxed 4:3 for a 3:2 photo", solid(160, 120, red), 1, 0, 0},
	}
	for _, c := range cases {
		p := write(c.name+".jpg", c.thumb)
		if c.thumb == nil {
			p = filepath.Join(dir, "broken.jpg")
			good := jpegOf(solid(160, 107, red))
			os.WriteFile(p, metawrite.JPEG(metawrite.Photo{EXIF: &metawrite.EXIF{Artist: "A", Thumbnail: good[:len(good)/2]}, Width: 48, Height: 32}), 0o644)
		}
		b, how := fromEXIF(p, &sidecar.Image{Format: "jpeg", Width: 1620, Height: 1080, Orientation: c.orientation})
		cfg, err := jpeg.DecodeConfig(bytes.NewReader(b))
		switch {
		case c.w == 0 && b != nil:
			t.Errorf("%s: used a %dx%d thumbnail", c.name, cfg.Width, cfg.Height)
		case c.w != 0 && (err != nil || cfg.Width != c.w || cfg.Height != c.h || how != "embedded"):
			t.Errorf("%s: got %dx%d (%s, %v), want %dx%d", c.name, cfg.Width, cfg.Height, how, err, c.w, c.h)
		}
	}
	if b, _ := fromEXIF(write("png.jpg", solid(160, 107, red)), &sidecar.Image{Format: "png", Width: 1620, Height: 1080}); b != nil {
		t.Error("a non-JPEG record must not be read for an EXIF thumbnail")
	}
}

func FuzzEmbeddedThumbnail(f *testing.F) {
	thumb := jpegOf(solid(16, 12, color.RGBA{1, 2, 3, 255}))
	f.Add(metawrite.JPEG(metawrite.Photo{EXIF: &metawrite.EXIF{Artist: "A", Thumbnail: thumb}}))
	f.Add(withAPP1(leEXIF(thumb, 6, 0)))
	f.Add(withAPP1(leEXIF(thumb, 0, 1000)))
	f.Fuzz(func(t *testing.T, b []byte) {
		got := embeddedThumbnail(bytes.NewReader(b))
		if got != nil && (len(got) < 4 || got[0] != 0xFF || got[1] != 0xD8 || !bytes.Contains(b, got)) {
			t.Fatalf("returned %d bytes that are not a JPEG inside the file", len(got))
		}
	})
}
