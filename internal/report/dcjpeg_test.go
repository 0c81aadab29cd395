package report

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// source is the gradient the fixtures of testdata/dc were encoded from
// (see its README): 203×157.
func source() image.Image {
	img := image.NewRGBA(image.Rect(0, 0, 203, 157))
	for y := range 157 {
		for x := range 203 {
			r := 128 + 100*math.Sin(float64(x)/17)
			g := float64(y) * 255 / 157
			b := 128 + 100*math.Cos(float64(x+y)/23)
			img.SetRGBA(x, y, color.RGBA{byte(r), byte(g), byte(b), 255})
		}
	}
	return img
}

// blockMeans is the reference 1/8 image: each 8×8 block averaged (edge
// blocks over the pixels they have).
func blockMeans(img image.Image) [][3]float64 {
	b := img.Bounds()
	w, h := (b.Dx()+7)/8, (b.Dy()+7)/8
	out := make([][3]float64, w*h)
	for by := range h {
		for bx := range w {
			var s [3]float64
			n := 0.0
			for y := by * 8; y < min(by*8+8, b.Dy()); y++ {
				for x := bx * 8; x < min(bx*8+8, b.Dx()); x++ {
					r, g, bl, _ := img.At(b.Min.X+x, b.Min.Y+y).RGBA()
					s[0], s[1], s[2] = s[0]+float64(r>>8), s[1]+float64(g>>8), s[2]+float64(bl>>8)
					n++
				}
			}
			out[by*w+bx] = [3]float64{s[0] / n, s[1] / n, s[2] / n}
		}
	}
	return out
}

// TestDecodeDC: every form in testdata/dc decodes to the photo at 1/8
// scale, within a few levels of the source averaged per block: JPEG's loss,
// and chroma subsampling on a gradient that turns fast, account for them.
func TestDecodeDC(t *testing.T) {
	files, _ := filepath.Glob("testdata/dc/*.jpg")
	if len(files) < 10 {
		t.Fatalf("fixtures: %v", files)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			got, err := decodeDC(bytes.NewReader(b), DefaultMaxPixels)
			if strings.HasPrefix(filepath.Base(f), "arithmetic") {
				if !errors.Is(err, errUnsupportedJPEG) {
					t.Fatalf("arithmetic coding: %v, want errUnsupportedJPEG", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.Bounds() != image.Rect(0, 0, 26, 20) {
				t.Fatalf("bounds %v, want 26×20 for 203×157", got.Bounds())
			}
			want := blockMeans(source())
			if _, grey := got.(*image.Gray); grey { // compare with the luma (JFIF's weights)
				for i, c := range want {
					y := 0.299*c[0] + 0.587*c[1] + 0.114*c[2]
					want[i] = [3]float64{y, y, y}
				}
			}
			sum, worst := 0.0, 0.0
			for y := range 20 {
				for x := range 26 {
					r, g, bl, _ := color.RGBAModel.Convert(got.At(x, y)).RGBA()
					c := [3]float64{float64(r >> 8), float64(g >> 8), float64(bl >> 8)}
					for k := range 3 {
						d := math.Abs(c[k] - want[y*26+x][k])
						sum += d
						worst = max(worst, d)
					}
				}
			}
			if mean := sum / (26 * 20 * 3); mean > 6 || worst > 40 {
				t.Errorf("mean difference %.2f levels, worst %.0f (want ≤ 6, ≤ 40)", mean, worst)
			}
		})
	}
}

// TestDecodeDCRefuses: a frame past the pixel limit is refused before any
// block is allocated; broken streams are errors, never panics.
func TestDecodeDCRefuses(t *testing.T) {
	b, _ := os.ReadFile("testdata/dc/baseline-420.jpg")
	_, err := decodeDC(bytes.NewReader(b), 100*100)
	var tl *tooLarge
	if !errors.As(err, &tl) || tl.w != 203 || tl.h != 157 {
		t.Errorf("limit: %v", err)
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"not jpeg", []byte("GIF89a")},
		{"cut in header", b[:200]},
		{"cut in data", b[:len(b)/2]},
		{"no frame", []byte{0xFF, 0xD8, 0xFF, 0xD9}},
	} {
		if img, err := decodeDC(bytes.NewReader(tc.data), DefaultMaxPixels); err == nil {
			t.Errorf("%s: decoded %v", tc.name, img.Bounds())
		}
	}
}

func FuzzDecodeDC(f *testing.F) {
	files, _ := filepath.Glob("testdata/dc/*.jpg")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		img, err := decodeDC(bytes.NewReader(b), 1<<22)
		if err == nil && (img.Bounds().Dx() == 0 || img.Bounds().Dy() == 0) {
			t.Fatalf("empty image without an error")
		}
	})
}
