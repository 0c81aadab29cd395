package report

import (
	"bufio"
	"errors"
	"fmt"
	"image"
	_ "image/png" // PNG previews
	"io"
	"os"
	"strings"
	"sync"

	"github.com/disintegration/imaging"
	_ "golang.org/x/image/tiff" // TIFF previews
)

// notDecoded are the formats wirecap reads metadata from but has no pixel
// decoder for (HEVC and AV1 have none in Go's standard or x/ libraries):
// their cards say so instead of a bare "no preview".
var notDecoded = map[string]string{"heic": "HEIC", "heif": "HEIF", "avif": "AVIF"}

// noPreview is why a card has no thumbnail, as the card prints it after
// "no preview: ".
type noPreview struct{ why string }

func (n *noPreview) Error() string { return n.why }

func reasonf(format string, args ...any) error { return &noPreview{fmt.Sprintf(format, args...)} }

// fullBudget bounds the pixels decoded in full at once across the jobs of
// a sheet (formats without a reduced-size path: PNG, WebP, TIFF, and the
// rare JPEG the 1/8 decoder does not read). At 4 to 8 bytes a pixel, 100
// megapixels is 400–800 MB: a few photos at a time, whatever --jobs says.
var fullBudget = newBudget(DefaultMaxPixels)

// smallUpright is the photo at path decoded small (see preview) and
// turned upright; a variable so that the benchmark can set the full
// decode beside it.
var smallUpright = func(path, format string, orientation, maxPixels int) (image.Image, error) {
	img, err := preview(path, format, maxPixels)
	if err != nil {
		return nil, err
	}
	if turn := orient[orientation]; turn != nil {
		img = turn(img)
	}
	return img, nil
}

// preview decodes the photo at path small: a JPEG at 1/8 scale from its
// DC coefficients (decodeDC), anything else in full once its header says
// it is within maxPixels. The image is not yet turned upright.
func preview(path, format string, maxPixels int) (image.Image, error) {
	if name, ok := notDecoded[format]; ok {
		return nil, reasonf("%s is not decoded", name)
	}
	f, err := openRegular(path)
	if err != nil {
		return nil, reasonf("the file could not be read")
	}
	defer f.Close()
	if format == "jpeg" {
		img, err := decodeDC(f, maxPixels)
		if !errors.Is(err, errUnsupportedJPEG) {
			return img, describe(err)
		}
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			return nil, reasonf("the file could not be read")
		}
	}
	return decodeFull(f, maxPixels)
}

// decodeFull decodes f in full after checking its dimensions, within the
// shared budget, and scales the result down to ThumbSize.
func decodeFull(f *os.File, maxPixels int) (image.Image, error) {
	cfg, name, err := image.DecodeConfig(bufio.NewReader(f)) // the header only
	if err != nil {
		return nil, describe(err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, reasonf("the %s header gives no size", strings.ToUpper(name))
	}
	if cfg.Width*cfg.Height > maxPixels {
		return nil, &noPreview{(&tooLarge{cfg.Width, cfg.Height, maxPixels}).Error()}
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, reasonf("the file could not be read")
	}
	weight := cfg.Width * cfg.Height
	fullBudget.acquire(weight)
	defer fullBudget.release(weight)
	img, _, err := image.Decode(bufio.NewReader(f))
	if err != nil {
		return nil, describe(err)
	}
	return shrink(img), nil
}

// describe turns a decoding error into the card's reason.
func describe(err error) error {
	var tl *tooLarge
	var np *noPreview
	switch {
	case err == nil:
		return nil
	case errors.As(err, &np):
		return err
	case errors.As(err, &tl):
		return &noPreview{tl.Error()}
	case errors.Is(err, errCutShort), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return reasonf("the file is cut short")
	case errors.Is(err, image.ErrFormat):
		return reasonf("the format is not one wirecap decodes")
	}
	return reasonf("the image data could not be decoded (%v)", err)
}

// shrink scales img to ThumbSize on its long side with a box filter: every
// source pixel counts once, which is what a reduction of 5–20× wants
// (Lanczos' extra taps cost time and show nothing at this size).
func shrink(img image.Image) image.Image {
	if b := img.Bounds(); max(b.Dx(), b.Dy()) > ThumbSize {
		return imaging.Fit(img, ThumbSize, ThumbSize, imaging.Box)
	}
	return img
}

// openRegular opens path for reading only when it is a regular file: a
// FIFO or a device named as a photo would block or never end.
func openRegular(path string) (*os.File, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file", path)
	}
	return os.Open(path)
}

// budget is a counting semaphore of pixels. A request above the whole
// budget waits for it all, so one huge image runs alone.
type budget struct {
	mu    sync.Mutex
	cond  *sync.Cond
	total int
	used  int
}

func newBudget(total int) *budget {
	b := &budget{total: total}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *budget) acquire(n int) {
	n = min(n, b.total)
	b.mu.Lock()
	for b.used+n > b.total {
		b.cond.Wait()
	}
	b.used += n
	b.mu.Unlock()
}

func (b *budget) release(n int) {
	n = min(n, b.total)
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
	b.cond.Broadcast()
}
