package metawrite

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	_ "image/png"
	"strings"
	"testing"

	"golang.org/x/image/tiff"
	"golang.org/x/image/webp"
)

// TestDeskPhotosDecode: every demo photo decodes with the standard decoders
// at a desk's size, and the lossless ones give back exactly the painted pixels.
func TestDeskPhotosDecode(t *testing.T) {
	for name, data := range DeskFixtures() {
		if strings.HasSuffix(name, ".txt") || strings.HasSuffix(name, ".html") || strings.Contains(name, "broken") {
			continue
		}
		var img image.Image
		var err error
		switch {
		case strings.HasSuffix(name, ".webp"):
			img, err = webp.Decode(bytes.NewReader(data))
		case strings.HasSuffix(name, ".tif"):
			img, err = tiff.Decode(bytes.NewReader(data))
		default:
			img, _, err = image.Decode(bytes.NewReader(data))
		}
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if b := img.Bounds(); max(b.Dx(), b.Dy()) < 1000 {
			t.Errorf("%s: %dx%d, want a desk's size", name, b.Dx(), b.Dy())
		}
		if len(data) > 900<<10 {
			t.Errorf("%s: %d KB, keep testdata small", name, len(data)>>10)
		}
	}
}

func TestLosslessRoundTrip(t *testing.T) {
	src := Scene{Seed: 9, Width: 333, Height: 211, Horizon: 0.5, Grain: 6, SkyTop: rgb(0x102030), SkyLow: rgb(0xa0b0c0),
		GroundFar: rgb(0x406020), GroundNear: rgb(0x204010), Boxes: []Box{{X0: 0.1, Y0: 0.1, X1: 0.3, Y1: 0.9, Colour: rgb(0xff0000), Windows: true}}}.Paint()
	decoders := map[string]func([]byte) (image.Image, error){
		"webp": func(b []byte) (image.Image, error) { return webp.Decode(bytes.NewReader(WebP(Photo{Image: src}))) },
		"tiff": func(b []byte) (image.Image, error) { return tiff.Decode(bytes.NewReader(TIFF(Photo{Image: src}))) },
	}
	for name, dec := range decoders {
		img, err := dec(nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for y := 0; y < 211; y++ {
			for x := 0; x < 333; x++ {
				got := color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
				want := src.RGBAAt(x, y)
				if got.R != want.R || got.G != want.G || got.B != want.B || got.A != 255 {
					t.Fatalf("%s: pixel %d,%d = %v, want %v", name, x, y, got, want)
				}
			}
		}
	}
}

// TestEXIFThumbnail: the IFD1 thumbnail is where JPEGInterchangeFormat says.
func TestEXIFThumbnail(t *testing.T) {
	img := Scene{Seed: 1, Width: 400, Height: 300, Horizon: 0.5, SkyTop: rgb(0x0000ff), SkyLow: rgb(0x0000ff), GroundFar: rgb(0x00ff00), GroundNear: rgb(0x00ff00)}.Paint()
	thumb := Thumbnail(img, 160)
	tb := TIFFBlock(EXIF{Orientation: 1, Thumbnail: thumb}, nil, nil, 0, 0)
	ifd1 := binary.BigEndian.Uint32(tb[8+2+12*int(binary.BigEndian.Uint16(tb[8:])):])
	n := int(binary.BigEndian.Uint16(tb[ifd1:]))
	var off, length uint32
	for i := 0; i < n; i++ {
		e := tb[int(ifd1)+2+12*i:]
		switch binary.BigEndian.Uint16(e) {
		case 513:
			off = binary.BigEndian.Uint32(e[8:])
		case 514:
			length = binary.BigEndian.Uint32(e[8:])
		}
	}
	if int(off+length) > len(tb) || !bytes.Equal(tb[off:off+length], thumb) {
		t.Fatalf("thumbnail at %d+%d not found in a %d-byte block", off, length, len(tb))
	}
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(thumb))
	if err != nil || cfg.Width != 160 || cfg.Height != 120 {
		t.Errorf("thumbnail %dx%d, %v; want 160x120", cfg.Width, cfg.Height, err)
	}
}
