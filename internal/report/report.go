// Package report renders a self-contained HTML contact sheet of photos:
// a card per photo with its thumbnail, credit, restrictions (coloured by
// what they mean for the planned use), findings and verdict, with filters
// that work without a server.
//
// The page is streamed: each card is written as soon as it and the cards
// before it are ready, so memory does not grow with the number of photos.
// The header (counts, filters, the as-of time) is written last and shown
// first by the page's layout.
package report

import (
	"bytes"
	"context"
	"crypto/sha1"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"html/template"
	"image"
	"image/jpeg"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/disintegration/imaging"
	_ "golang.org/x/image/webp" // WebP thumbnails

	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/safefile"
	"github.com/wirecap/wirecap/internal/sidecar"
)

//go:embed sheet.html.tmpl
var templates embed.FS

var sheet = template.Must(template.New("sheet.html.tmpl").Funcs(template.FuncMap{
	"join": strings.Join,
}).ParseFS(templates, "sheet.html.tmpl"))

// ThumbSize is the longest side of a thumbnail, in pixels.
const ThumbSize = 320

// Item is one photo of the sheet.
type Item struct {
	Path   string
	Record *sidecar.Record
}

// Options of a sheet.
type Options struct {
	Title     string
	Use       string
	Territory string
	AsOf      time.Time
	CacheDir  func(photo string) string // where thumbnails are cached; nil: no cache
	Jobs      int                       // photos built and thumbnailed at once; < 1 means 1
	// Progress, when set, is called after each card is written, from one goroutine.
	Progress func(done, total int)
	// MaxPixels is the largest photo decoded for a preview; 0 means
	// DefaultMaxPixels. Larger ones get a card that says so.
	MaxPixels int
}

func (o Options) maxPixels() int {
	if o.MaxPixels > 0 {
		return o.MaxPixels
	}
	return DefaultMaxPixels
}

type badge struct {
	Code, Label, Text, Effect string
}

type finding struct {
	Rule, Severity, Message string
}

type card struct {
	Thumb                                                      template.URL
	ID, Name, Alt, Credit, Agency, Date, Place, Verdict, Error string
	Folder, Caption, NoPreview                                 string
	Badges                                                     []badge
	Findings                                                   []finding
	Codes, Rules                                               string
	Reasons                                                    []string
	// Prov and AI are the Content Credentials and AI badges (nil: none);
	// ProvTokens and AIKind what the sheet's filters match ("" for a
	// photo without: the filters read it as "absent" and "none").
	Prov, AI           *Mark
	ProvTokens, AIKind string
}

// header is what the page's header shows once every card is written.
type header struct {
	Title, Use, Territory                   string
	AsOf                                    time.Time
	Photos, Allowed, Denied, Review, Errors int
	Agencies, Codes, RuleIDs                []string
	// Marks: some photo has Content Credentials or AI data, so the
	// credentials and AI filters are shown (never on a sheet without).
	Marks bool
}

// Stats counts how thumbnails were made, for the caller's report.
type Stats struct {
	Embedded int // from the EXIF thumbnail
	Made     int // by decoding the photo
	Cached   int // from .wirecap-thumbs
	Failed   int // no preview
}

func (st *Stats) count(how string) {
	counters := map[string]*int{"embedded": &st.Embedded, "made": &st.Made, "cached": &st.Cached}
	if c := counters[how]; c != nil {
		*c++
		return
	}
	st.Failed++
}

// Write renders the sheet of items to w.
func Write(w io.Writer, items []Item, o Options) (Stats, error) {
	return Stream(context.Background(), w, len(items), func(i int) Item { return items[i] }, o)
}

// cardResult is one photo's card, made by a worker, with how its preview
// was made.
type cardResult struct {
	c   card
	how string
}

// Stream renders the sheet of n photos to w. build(i) gives photo i; it is
// called from o.Jobs goroutines at once (batch.Map), a bounded window
// ahead of the card being written, so that only a few records and
// thumbnails are ever held. Cards are written in index order. When ctx is
// done no further photo is started, the page is left unfinished and the
// error is ctx.Err(); a write error stops the run the same way.
func Stream(ctx context.Context, w io.Writer, n int, build func(i int) Item, o Options) (Stats, error) {
	var st Stats
	h := header{Title: o.Title, Use: o.Use, Territory: o.Territory, AsOf: o.AsOf.UTC(), RuleIDs: check.RuleIDs()}
	if err := sheet.ExecuteTemplate(w, "head", h); err != nil {
		return st, err
	}
	agencies, codes := map[string]bool{}, map[string]bool{}
	folder, written := "", 0
	photos := make([]int, n)
	for i := range photos {
		photos[i] = i
	}
	_, err := batch.Map(ctx, max(1, o.Jobs), photos, func(i int) cardResult {
		it, uri, how, why := safely(i, build, o)
		c := makeCard(i, it, uri, o)
		c.NoPreview = why
		return cardResult{c, how}
	}, func(_ int, r cardResult) error {
		if err := writeCard(w, r.c, &folder); err != nil {
			return err
		}
		st.count(r.how)
		h.tally(r.c, agencies, codes)
		written++
		if o.Progress != nil {
			o.Progress(written, n)
		}
		return nil
	})
	if err != nil {
		return st, err
	}
	if folder != "" {
		if err := sheet.ExecuteTemplate(w, "folder-end", nil); err != nil {
			return st, err
		}
	}
	h.Agencies, h.Codes = keys(agencies), keys(codes)
	return st, sheet.ExecuteTemplate(w, "tail", h)
}

// safely builds photo i and its thumbnail. A panic (a bug) while building
// the record becomes that photo's error with a deny verdict; one while
// making the thumbnail only costs the preview: the verdict stands.
func safely(i int, build func(int) Item, o Options) (it Item, uri, how, why string) {
	if !buildSafely(i, build, &it, o) {
		return it, "", "failed", "the photo could not be read"
	}
	defer func() {
		if p := recover(); p != nil {
			uri, how, why = "", "failed", fmt.Sprintf("internal error (a bug to report): %v", p)
		}
	}()
	uri, how, why = thumbnail(it.Path, it.Record, o)
	return it, uri, how, why
}

// writeCard writes a card, opening a folder's section when the card is
// the first of its folder (the walker lists a folder's photos together).
func writeCard(w io.Writer, c card, folder *string) error {
	if c.Folder != *folder || *folder == "" {
		if *folder != "" {
			if err := sheet.ExecuteTemplate(w, "folder-end", nil); err != nil {
				return err
			}
		}
		*folder = c.Folder
		if err := sheet.ExecuteTemplate(w, "folder-start", c.Folder); err != nil {
			return err
		}
	}
	return sheet.ExecuteTemplate(w, "card", c)
}

// buildSafely builds photo i; a panic (a bug) becomes the photo's error,
// internal.error finding and deny verdict, as a stage's panic does in the
// pipeline (check.StageError, check.Failed).
func buildSafely(i int, build func(int) Item, it *Item, o Options) (ok bool) {
	defer func() {
		if p := recover(); p != nil {
			se := check.StageError{Stage: "build", Message: fmt.Sprint(p)}
			msg := se.Error()
			rec := &sidecar.Record{Error: &msg}
			rec.Findings, rec.Verdict = check.Failed([]check.StageError{se}, o.Use, o.Territory, o.AsOf)
			*it = Item{Path: it.Path, Record: rec}
			ok = false
		}
	}()
	*it = build(i)
	return true
}

func (h *header) tally(c card, agencies, codes map[string]bool) {
	h.Photos++
	switch c.Verdict {
	case "allow":
		h.Allowed++
	case "deny":
		h.Denied++
	case "review":
		h.Review++
	}
	if c.Error != "" {
		h.Errors++
	}
	if c.Agency != "" {
		agencies[c.Agency] = true
	}
	for _, b := range c.Badges {
		codes[b.Code] = true
	}
	h.Marks = h.Marks || c.Prov != nil || c.AI != nil
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func makeCard(i int, it Item, thumb string, o Options) card {
	r := it.Record
	c := card{ID: fmt.Sprintf("photo-%d", i+1), Name: filepath.ToSlash(it.Path), Folder: folderOf(it.Path), Thumb: template.URL(thumb)}
	if r == nil {
		c.Error = "no record"
		return c
	}
	if r.Error != nil {
		c.Error = *r.Error
	}
	if s := r.Summary; s != nil {
		c.Credit, c.Agency = deref(s.Credit), deref(s.Agency)
		if s.Date != nil {
			c.Date = s.Date.String()
		}
		if s.Location != nil {
			var parts []string
			for _, x := range []string{s.Location.Place, s.Location.City, s.Location.Country} {
				if x != "" && !slices.Contains(parts, x) {
					parts = append(parts, x)
				}
			}
			c.Place = strings.Join(parts, ", ")
		}
		var codes []string
		for _, rs := range s.Restrictions {
			c.Badges = append(c.Badges, badge{Code: rs.Code, Label: badgeLabel(rs, o.AsOf), Text: rs.Text, Effect: check.Effect(rs, o.Use, o.Territory, o.AsOf)})
			codes = append(codes, rs.Code)
		}
		c.Codes = strings.Join(codes, " ")
	}
	if r.Caption != nil {
		c.Alt, c.Caption = r.Caption.Description, r.Caption.Text
	}
	if c.Alt == "" {
		c.Alt = "Photo " + filepath.Base(it.Path)
	}
	var rules []string
	for _, f := range r.Findings {
		c.Findings = append(c.Findings, finding{string(f.Rule), string(f.Severity), f.Message})
		rules = append(rules, string(f.Rule))
	}
	c.Rules = strings.Join(rules, " ")
	if r.Verdict != nil {
		c.Verdict = string(r.Verdict.Decision)
		c.Reasons = r.Verdict.Reasons
	}
	c.marks(r)
	return c
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// orient turns stored pixels upright for each EXIF orientation.
var orient = map[int]func(image.Image) *image.NRGBA{
	2: imaging.FlipH, 3: imaging.Rotate180, 4: imaging.FlipV,
	5: imaging.Transpose, 6: imaging.Rotate270, 7: imaging.Transverse, 8: imaging.Rotate90,
}

// thumbnail returns a data: URI of the photo's thumbnail with EXIF
// orientation applied, how it was made, and why there is none when there
// is none: from the cache when the photo's name, size, time, inode and
// ctime match, else
// from the EXIF thumbnail when it is large enough and has the photo's
// shape, else by decoding the photo small (see preview).
func thumbnail(path string, r *sidecar.Record, o Options) (uri, how, why string) {
	if r == nil || r.Error != nil && r.Image == nil {
		return "", "failed", "the file could not be read"
	}
	key := ""
	if r.File != nil && o.CacheDir != nil {
		// The photo's inode and ctime join its name, size and time: a photo
		// replaced by another of the same size and mtime (ctime moves on any
		// write or rename over it) gets a new preview, not the old one.
		ident := ""
		if in := r.Inputs; in != nil {
			ident = fmt.Sprintf("%d|%s", in.Photo.Inode, in.Photo.Changed)
		}
		h := sha1.Sum(fmt.Appendf(nil, "%s|%d|%s|%d|%s", filepath.Base(path), r.File.Size, r.File.Modified, ThumbSize, ident))
		key = filepath.Join(o.CacheDir(path), hex.EncodeToString(h[:8])+".jpg")
		if b, err := safefile.ReadFile(key, safefile.MaxThumbnail); err == nil {
			return dataURI(b), "cached", ""
		}
	}
	b, how := fromEXIF(path, r.Image)
	if b == nil {
		format, orientation := "", 0
		if r.Image != nil {
			format, orientation = r.Image.Format, r.Image.Orientation
		}
		img, err := smallUpright(path, format, orientation, o.maxPixels())
		if err != nil {
			return "", "failed", err.Error()
		}
		if b, err = encode(img); err != nil {
			return "", "failed", "the preview could not be encoded"
		}
		how = "made"
	}
	if key != "" {
		cache(key, b)
	}
	return dataURI(b), how, ""
}

// fromEXIF returns the card's JPEG made from the photo's EXIF thumbnail
// when that is at least MinEmbedded on its long side and has the photo's
// aspect ratio (cameras letterbox a 3:2 photo into a 160×120 thumbnail).
// The thumbnail is decoded (a broken one means decoding the photo); it is
// used as is when already upright and no larger than ThumbSize.
func fromEXIF(path string, im *sidecar.Image) ([]byte, string) {
	if im == nil || im.Format != "jpeg" || im.Width == 0 || im.Height == 0 {
		return nil, ""
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, ""
	}
	defer f.Close()
	thumb := embeddedThumbnail(f)
	if thumb == nil {
		return nil, ""
	}
	img, err := jpeg.Decode(bytes.NewReader(thumb))
	if err != nil {
		return nil, ""
	}
	b := img.Bounds()
	ratio := float64(b.Dx()) / float64(b.Dy()) / (float64(im.Width) / float64(im.Height))
	if max(b.Dx(), b.Dy()) < MinEmbedded || ratio < 0.95 || ratio > 1.05 {
		return nil, ""
	}
	turn := orient[im.Orientation]
	if turn == nil && max(b.Dx(), b.Dy()) <= ThumbSize {
		return thumb, "embedded"
	}
	if turn != nil {
		img = turn(img)
	}
	if out, err := encode(img); err == nil {
		return out, "embedded"
	}
	return nil, ""
}

// cache writes a thumbnail under a unique temporary name and renames it,
// so that neither a concurrent run nor an interrupt leaves a partial file.
// The cache folder is opened once per write and written through (an
// os.Root): a .wirecap-thumbs that is a symbolic link is not written in.
func cache(key string, b []byte) {
	dir, err := safefile.OpenDir(filepath.Dir(key), 0o755)
	if err != nil {
		return
	}
	defer dir.Close()
	tmp := fmt.Sprintf(".thumb-%d-%d.tmp", os.Getpid(), thumbSeq.Add(1))
	f, err := dir.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return
	}
	_, err = f.Write(b)
	if cerr := f.Close(); err == nil && cerr == nil && dir.Rename(tmp, filepath.Base(key)) == nil {
		return
	}
	dir.Remove(tmp)
}

// thumbSeq numbers this process's temporary thumbnails.
var thumbSeq atomic.Uint64

// encode writes the card's JPEG, scaled to ThumbSize when larger.
func encode(img image.Image) ([]byte, error) {
	if b := img.Bounds(); max(b.Dx(), b.Dy()) > ThumbSize {
		img = imaging.Fit(img, ThumbSize, ThumbSize, imaging.Box)
	}
	var buf bytes.Buffer
	err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 72})
	return buf.Bytes(), err
}

func dataURI(b []byte) string {
	return "data:image/jpeg;base64," + base64.StdEncoding.EncodeToString(b)
}
