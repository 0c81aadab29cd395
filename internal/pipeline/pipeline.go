// Package pipeline builds one photo's sidecar record, one stage after the
// other: read (imagemeta) → parse (caption) → reconcile (the summary and
// the facts the rules read) → article → check (findings and verdict) →
// record (sidecar). Every stage runs under recover: a panic becomes the
// photo's error and an internal.error finding, and the batch goes on.
package pipeline

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/imagemeta/c2pa"
	"github.com/wirecap/wirecap/internal/article"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/reconcile"
	"github.com/wirecap/wirecap/internal/safefile"
	"github.com/wirecap/wirecap/internal/sidecar"
	"github.com/wirecap/wirecap/internal/store"
	"github.com/wirecap/wirecap/record"
)

// Options for Build. One Options serves a whole batch: it caches each
// article, its hash and the policy's hashes.
type Options struct {
	Generator   string
	Root        string // the folder given on the command line: articles are looked for up to it, never above
	ArticlePath string // --article; else the nearest article file
	Inspect     bool   // metadata, caption and summary only
	Use         string
	Territory   string // ISO alpha-2 (check.ParseTerritory)
	AsOf        time.Time
	Policy      check.Policy
	Kill        check.KillList
	Trust       *c2pa.TrustStore // --trust: anchors for Content Credentials; nil: trust unknown
	FeedPath    string           // --feed FILE|DIR: feed items paired with photos by rendition file name
	Leases      check.Leases

	feeds feedCache

	// Roots are every folder named on the command line (a file argument's
	// folder for a file; RootsOf): a photo's article is looked for up to
	// the nearest of them that holds it, whatever the order or spelling of
	// the arguments.
	Roots     []string
	rootsOnce sync.Once
	roots     []article.Root // Roots resolved, once per batch

	articles   sync.Map // path -> *cached[*article.Article]
	reprints   sync.Map // path + "\x00" + caption -> *cached[*article.Article], the article without a caption it reprints
	hashes     sync.Map // path -> *cached[string]
	dirs       sync.Map // folder -> *cached[map[string]string], its file names by lower-cased name
	found      sync.Map // folder and root -> *cached[string], the article found for the folder's photos
	stores     sync.Map // bucket -> *cached[store.Store]
	stamps     sync.Map // s3:// URL of a companion -> *cached[sidecar.Stamp]
	listings   sync.Map // s3:// folder -> *cached[map[string]store.Entry], by lower-cased name
	objects    sync.Map // s3:// URL -> *cached[[]byte], small objects (articles)
	reals      sync.Map // folder, or "\x00"+file, -> *cached[string], its real path
	policyOnce sync.Once
	policyHash string
	killHash   string
}

type cached[T any] struct {
	once sync.Once
	v    T
	err  error
}

func load[T any](m *sync.Map, key string, fn func() (T, error)) (T, error) {
	e, _ := m.LoadOrStore(key, &cached[T]{})
	c := e.(*cached[T])
	c.once.Do(func() { c.v, c.err = fn() })
	return c.v, c.err
}

func (o *Options) article(path string) (*article.Article, error) {
	if store.IsS3(path) {
		return load(&o.articles, path, func() (*article.Article, error) { return o.objectArticleRead(path) })
	}
	return load(&o.articles, path, func() (*article.Article, error) { return article.ReadFile(path, o.AsOf) })
}

// Stages, in order; the names appear in internal.error findings.
const (
	StageRead      = "read"
	StageParse     = "parse"
	StageReconcile = "reconcile"
	StageArticle   = "article"
	StageCheck     = "check"
	StageFeed      = "feed"
)

// stageHook, when set (by tests), runs at the start of every stage of
// every photo.
var stageHook func(stage, path string)

// build is one photo on its way through the stages.
type build struct {
	path, root string
	o          *Options
	rec        *sidecar.Record
	st         os.FileInfo
	meta       *imagemeta.Metadata
	fields     *imagemeta.Fields
	readErr    error
	hint       time.Time // the metadata's date (read stage)
	factsHint  time.Time // hint, else the caption's own date (reconcile stage)
	cp         *caption.Caption
	articleErr error
	credits    reconcile.Credits // read with the metadata: its agency gives the caption its conventions
	facts      *reconcile.Facts
	art        *article.Article
	failed     []check.StageError
	prov       *c2pa.Result // Content Credentials, nil when not read
	object     store.File   // an s3:// photo, open from the read stage on
	file       *os.File     // a local photo, open from the read stage to the provenance stage
	feed       *companion   // the paired feed item, or nil
}

// run calls fn as the named stage; a panic is recorded, not propagated.
func (b *build) run(stage string, fn func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			b.fail(stage, r)
			ok = false
		}
	}()
	if stageHook != nil {
		stageHook(stage, b.path)
	}
	fn()
	return true
}

func (b *build) fail(stage string, r any) {
	se := check.StageError{Stage: stage, Message: fmt.Sprint(r)}
	b.failed = append(b.failed, se)
	e := se.Error()
	if b.rec.Error != nil {
		e = *b.rec.Error + "; " + e
	}
	b.rec.Error = &e
}

// Build makes the record of the photo at path. It never fails and never
// panics: a file that cannot be read gives a record with Error set (and a
// file.unreadable finding unless Inspect); a stage that panics gives Error
// and an internal.error finding.
func Build(path string, o *Options) *sidecar.Record { return BuildUnder(path, o.Root, o) }

// BuildUnder is Build with the article search bounded by root instead of o.Root.
func BuildUnder(path, root string, o *Options) *sidecar.Record {
	b := &build{path: path, root: root, o: o, fields: &imagemeta.Fields{},
		rec: &sidecar.Record{SchemaVersion: sidecar.SchemaVersion, Generator: o.Generator}}
	sidecar.SetSource(b.rec, path)
	b.run(StageRead, b.read)
	b.run(StageProvenance, b.provenance)
	if b.file != nil {
		b.file.Close()
	}
	b.run(StageFeed, b.readFeed)
	b.run(StageParse, b.parse)
	b.run(StageReconcile, b.reconcile)
	if o.Inspect {
		return b.rec
	}
	b.run(StageArticle, b.article)
	if !b.run(StageCheck, b.check) {
		b.checkFailed()
	}
	return b.rec
}

func (b *build) read() {
	if store.IsS3(b.path) {
		// An object's inputs (its folder's listing, its article and feed
		// item) are fetched while its bytes are: round trips side by side,
		// not in a row. A photo replaced meanwhile keeps the listed stamp,
		// so the next run recomputes it.
		var inputs sync.WaitGroup
		if !b.o.Inspect {
			inputs.Go(func() {
				in := b.o.Inputs(b.path, b.root)
				b.rec.Inputs = &in
			})
		}
		b.readObject()
		inputs.Wait()
		b.readDone()
		return
	}
	if !b.o.Inspect {
		in := b.o.Inputs(b.path, b.root)
		b.rec.Inputs = &in
	}
	b.fields = &imagemeta.Fields{}
	st, err := os.Stat(b.path)
	if err != nil {
		b.readErr = err
	} else {
		b.st = st
		b.rec.File = &sidecar.FileInfo{Size: st.Size(), Modified: st.ModTime().UTC().Format(time.RFC3339)}
		// Opened once: the provenance stage reads the same file.
		if f, fst, err := safefile.Open(b.path); err != nil {
			b.readErr = err
		} else {
			b.file = f
			b.meta, b.readErr = imagemeta.ReadOpen(f, fst.Size(), b.path, b.o.readOptions(b.path))
		}
	}
	b.readDone()
}

// readDone records what the read stage found, wherever the photo is.
func (b *build) readDone() {
	if b.fields == nil {
		b.fields = &imagemeta.Fields{}
	}
	if m := b.meta; m != nil {
		b.fields = m.Fields()
		b.rec.Image = &sidecar.Image{Format: m.Format, Width: m.Width, Height: m.Height, Orientation: m.Orientation}
		b.rec.Metadata = &sidecar.Metadata{Fields: b.fields, EXIF: m.EXIF, IPTC: m.IPTC, XMP: m.XMP, XMPSidecar: m.XMPSidecar,
			IPTCDigest: m.IPTCDigest, Notes: m.Notes}
	}
	if b.readErr != nil {
		msg := b.readErr.Error()
		b.rec.Error = &msg
	}
	b.hint = dateHint(b.fields, nil)
	b.credits = reconcile.ReadCredits(b.fields)
}

func (b *build) parse() {
	f := b.fields.Caption
	if f == nil {
		return
	}
	if text := f.Value; text != "" {
		b.cp, _ = caption.Parse(text, caption.Options{DateHint: b.hint, Agency: b.credits.Agency()})
		b.rec.Caption = b.cp
	}
}

func (b *build) reconcile() {
	// Rights fields (Special Instructions…) are dated like the caption:
	// once it is parsed, its own date completes theirs.
	b.factsHint = b.hint
	if b.factsHint.IsZero() {
		b.factsHint = dateHint(nil, b.cp)
	}
	b.facts = reconcile.ReconcileOpts(b.meta, b.fields, b.credits, b.cp, b.factsHint,
		reconcile.Options{CreditTemplates: b.o.Policy.Credit, FileName: filepath.Base(b.path)})
	b.rec.Summary = b.facts.Summary
	reconcile.SourceType(b.facts, b.prov)
	b.addFeed()
}

func (b *build) article() {
	p := b.o.articlePath(b.path, b.root)
	if p == "" {
		b.rec.Article = &record.Article{SearchedUpTo: b.o.stop(b.path, b.root)}
		return
	}
	a, err := b.o.article(p)
	if err != nil {
		b.articleErr = err
		b.rec.Article = &record.Article{Path: p, Found: true, Error: err.Error()}
		return
	}
	b.rec.Article = a.Record()
	b.art = a
	if b.cp != nil && a.Reprints(b.cp.Text) {
		// The article's places are read once per batch, and once more per
		// caption it reprints (photos of a series share their caption).
		b.art, _ = load(&b.o.reprints, p+"\x00"+b.cp.Text, func() (*article.Article, error) { return a.Excluding(b.cp.Text), nil })
	}
}

func (b *build) check() {
	in := &check.Input{File: b.path, Facts: b.facts, Meta: b.meta, Article: b.art, Use: b.o.Use, Provenance: b.prov,
		Territory: b.o.Territory, AsOf: b.o.AsOf, Policy: b.o.Policy, Kill: b.o.Kill, ReadError: b.readErr, ArticleError: b.articleErr,
		Internal: b.failed, Feed: b.feedInput(), Leases: b.o.Leases}
	if b.art != nil {
		// Yearless article dates took the as-of year.
		y := b.o.AsOf.UTC().Year()
		in.TimeBounds = []time.Time{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)}
	}
	b.rec.Findings, b.rec.Verdict = check.Run(in)
}

// checkFailed gives a photo whose checks panicked the findings and verdict
// that say so: nothing was checked, so nothing is allowed.
func (b *build) checkFailed() {
	b.rec.Findings, b.rec.Verdict = check.Failed(b.failed, b.o.Use, b.o.Territory, b.o.AsOf)
}

// dateHint is the year for dates that give none: the metadata's creation
// date, else the caption's own date (day or month) when cp is given, else
// none. Never the file's modification time: it says when the file was
// copied, not when the photo was taken or sent, and a weekday or a
// yearless date resolved against it is invented (issue 14).
func dateHint(fields *imagemeta.Fields, cp *caption.Caption) time.Time {
	if fields == nil {
		fields = &imagemeta.Fields{}
	}
	for _, f := range []*imagemeta.Field[imagemeta.Date]{fields.DateCreated, fields.DateTimeOriginal} {
		if f != nil {
			if t, ok := f.Value.Day(); ok {
				return t
			}
		}
	}
	if cp != nil && cp.Date != nil && (cp.Date.Precision == caption.PrecisionDay || cp.Date.Precision == caption.PrecisionMonth) {
		return cp.Date.Time
	}
	return time.Time{}
}

// articlePath is the article of a photo: --article, else the nearest one
// up to root (never above it; without a root, the photo's own folder).
func (o *Options) articlePath(photo, root string) string {
	if o.ArticlePath != "" {
		return o.ArticlePath
	}
	if store.IsS3(photo) {
		return o.objectArticle(photo, root)
	}
	// Every photo of a folder has the same article: look once per folder
	// (article.Find resolves paths and stats up the tree).
	stop := o.stop(photo, root)
	p, _ := load(&o.found, filepath.Dir(photo)+"\x00"+stop, func() (string, error) { return article.Find(photo, stop), nil })
	return p
}

// stop is the folder the article search for photo stops at: the nearest
// of o.Roots and root that holds it, else the photo's own folder.
func (o *Options) stop(photo, root string) string {
	if store.IsS3(photo) {
		return root // objectArticle climbs the prefix up to root
	}
	o.rootsOnce.Do(func() { o.roots = article.Roots(o.Roots) })
	s := article.Nearest(photo, o.roots)
	if s == "" || len(o.Roots) == 0 {
		// A caller that names no Roots (BuildUnder, the library) bounds
		// the search by the photo's own root.
		s = article.Nearest(photo, article.Roots([]string{root}))
	}
	if s == "" {
		return filepath.Dir(photo)
	}
	return s
}

// RootsOf are the folders of the paths named on the command line: a
// folder itself, a file's folder (Options.Roots).
func RootsOf(paths []string) []string {
	out := make([]string, 0, len(paths))
	for _, p := range paths {
		if store.IsS3(p) {
			continue // an s3:// prefix bounds its own search (objectArticle)
		}
		if st, err := os.Stat(p); err == nil && st.IsDir() {
			out = append(out, p)
		} else {
			out = append(out, filepath.Dir(p))
		}
	}
	return out
}

// Inputs returns what the record of the photo at path, found under root,
// is computed from — the same value Build stores in Record.Inputs — for
// the price of a few stat calls: policy and kill-list hashes are computed
// once per Options, each article's hash once per path. With
// sidecar.Reusable it tells whether an existing sidecar is still fresh.
func (o *Options) Inputs(path, root string) sidecar.Inputs {
	if store.IsS3(path) {
		return o.objectInputs(path, root)
	}
	o.policyOnce.Do(func() { o.policyHash, o.killHash = o.Policy.Hash(), o.Kill.Hash() })
	in := sidecar.Inputs{Tool: o.Generator, Use: o.Use, Territory: o.Territory, Policy: o.policyHash, KillList: o.killHash,
		XMPSidecars: []sidecar.Stamp{}}
	in.Photo = o.photoStamp(path)
	in.Article = o.articleStamp(o.articlePath(path, root))
	in.Feed = o.feedStamp(o.companionOf(path))
	in.Leases = o.Leases.Hash()
	in.Trust = o.Trust.Hash()
	names, err := o.names(filepath.Dir(path))
	in.C2PA = o.c2paStamp(path, names, err)
	for _, n := range imagemeta.SidecarNames(filepath.Base(path)) {
		if err == nil {
			if n = names[strings.ToLower(n)]; n == "" {
				continue
			}
		}
		p := o.Real(filepath.Join(filepath.Dir(path), n))
		if slices.ContainsFunc(in.XMPSidecars, func(s sidecar.Stamp) bool { return s.Path == p }) {
			continue // listed names fold case: photo.jpg.xmp and photo.jpg.XMP are one file
		}
		if s, ok := sidecar.StampFile(p); ok {
			in.XMPSidecars = append(in.XMPSidecars, s)
		}
	}
	return in
}

// names lists a folder once per batch, so that looking for .xmp sidecars
// costs no failed stat per photo. Keys are lower-cased (IMG_1.JPG and
// img_1.xmp belong together), values the names as listed.
func (o *Options) names(dir string) (map[string]string, error) {
	return load(&o.dirs, dir, func() (map[string]string, error) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return nil, err
		}
		m := make(map[string]string, len(entries))
		for _, e := range entries {
			m[strings.ToLower(e.Name())] = e.Name()
		}
		return m, nil
	})
}

// sidecarIn returns the listed name of the photo's .xmp sidecar, or "".
func sidecarIn(names map[string]string, photo string) string {
	return names[strings.ToLower(imagemeta.SidecarFor(photo, func(n string) bool { _, ok := names[strings.ToLower(n)]; return ok }))]
}

// readOptions name the photo's .xmp sidecar from the folder's one listing
// per batch, so the reader needs no failed open per photo; when the folder
// cannot be listed the reader probes for itself.
func (o *Options) readOptions(path string) imagemeta.ReadOptions {
	names, err := o.names(filepath.Dir(path))
	if err != nil {
		return imagemeta.ReadOptions{ProbeSidecar: true}
	}
	return imagemeta.ReadOptions{Sidecar: sidecarIn(names, filepath.Base(path))}
}

// Fresh reads the sidecar at sidecarPath and reports whether it may stand
// for the record of photo (found under root) at o.AsOf: same inputs, as-of
// inside its verdict's window (sidecar.Reusable). It returns the record
// read, or nil when there is none or it cannot be read.
func (o *Options) Fresh(photo, root, sidecarPath string) (*sidecar.Record, bool) {
	old, err := sidecar.Read(sidecarPath)
	if err != nil {
		return nil, false
	}
	o.rememberFeed(photo, old)
	return old, sidecar.Reusable(old, o.Inputs(photo, root), o.AsOf)
}

// Real is path with its folder's links resolved, absolute and clean: what
// freshness is keyed by, so that `process .` and `process /abs/path` reuse
// the same sidecars. Each folder is resolved once per batch; a photo that
// is itself a link is resolved by photoStamp.
func (o *Options) Real(path string) string {
	if store.IsS3(path) {
		return path // an object has one name
	}
	dir := filepath.Dir(path)
	real, _ := load(&o.reals, dir, func() (string, error) { return resolve(dir), nil })
	return filepath.Join(real, filepath.Base(path))
}

// realFile is Real for a file that may itself be a link (an article).
func (o *Options) realFile(path string) string {
	real, _ := load(&o.reals, "\x00"+path, func() (string, error) { return resolve(path), nil })
	return real
}

// resolve is EvalSymlinks made absolute, or path made absolute when it
// cannot be resolved (it no longer exists: the stamp will not match).
func resolve(path string) string {
	if r, err := filepath.EvalSymlinks(path); err == nil {
		path = r
	}
	if a, err := filepath.Abs(path); err == nil {
		return a
	}
	return filepath.Clean(path)
}

// photoStamp is the photo's stamp under its real path, for one lstat
// when it is no link.
func (o *Options) photoStamp(path string) sidecar.Stamp {
	st, err := os.Lstat(path)
	if err == nil && st.Mode()&fs.ModeSymlink != 0 {
		s, _ := sidecar.StampFile(resolve(path))
		return s
	}
	real := o.Real(path)
	if err != nil || !st.Mode().IsRegular() {
		return sidecar.Stamp{Path: real}
	}
	return sidecar.StampOf(real, st)
}

// Reusable reports whether old, the sidecar found for the photo at path
// (found under root), may stand for its record at o.AsOf: same inputs, as-of
// inside its verdict's window (sidecar.Reusable).
func (o *Options) Reusable(old *sidecar.Record, path, root string) bool {
	return old != nil && sidecar.Reusable(old, o.Inputs(path, root), o.AsOf)
}
