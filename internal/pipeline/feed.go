package pipeline

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/wirecap/wirecap/imagemeta/feed"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/reconcile"
	"github.com/wirecap/wirecap/internal/sidecar"
	"github.com/wirecap/wirecap/internal/store"
)

// How a feed item was paired with a photo (sidecar.Feed.MatchedBy).
const (
	MatchedBaseName  = "base_name"
	MatchedFileName  = "rendition_file_name"
	MatchedHref      = "rendition_href"
	maxFeedIndexFile = 100_000 // files read under one --feed folder
)

// companionSuffixes are the names a feed item beside photo.jpg may have,
// in the order they are preferred. photo.json is also the name of a
// wirecap sidecar under --sidecar-name base: a file the feed reader does
// not recognise (feed.ErrUnsupported) is never taken for an item.
var companionSuffixes = []string{".xml", ".ninjs.json", ".json"}

// feedExts are the extensions of feed files under an s3:// --feed prefix:
// NewsML-G2 is XML; ninjs, AP and dpa items are JSON.
var feedExts = map[string]bool{".xml": true, ".json": true}

// feedCache holds the feed files read in a batch and the --feed index.
type feedCache struct {
	files     sync.Map // path -> *cached[[]*feed.Item]
	indexOnce sync.Once
	index     map[string][]indexed // lower-cased file name -> items whose renditions name it
	problems  []string             // --feed files that could not be read
	previous  sync.Map             // photo path -> *sidecar.Feed of the sidecar Fresh read
}

type indexed struct {
	path, matchedBy string
	item            *feed.Item
}

// companion is the feed item paired with a photo.
type companion struct {
	path, matchedBy string
	item            *feed.Item
	err             error // the companion file exists but could not be read
}

func (o *Options) feedItems(p string) ([]*feed.Item, error) {
	if store.IsS3(p) {
		return load(&o.feeds.files, p, func() ([]*feed.Item, error) { return o.objectFeedItems(p) })
	}
	return load(&o.feeds.files, p, func() ([]*feed.Item, error) { return feed.ReadFile(p) })
}

// FeedProblems lists the files under --feed that could not be read (after
// the first photo looked there): a command reports them once.
func (o *Options) FeedProblems() []string {
	o.feedIndex()
	return o.feeds.problems
}

// companionOf finds the photo's feed item: beside it by base name, or
// under --feed by a rendition's file name or href. Beside the photo wins,
// unless --feed holds an item for it that stops it (canceled, withheld)
// while the one beside does not: a kill is never lost to an older copy.
func (o *Options) companionOf(photo string) *companion {
	beside := o.besideOf(photo)
	if o.FeedPath == "" {
		return beside
	}
	name := filepath.Base(photo)
	indexed := best(o.feedIndex()[strings.ToLower(name)])
	if indexed == nil {
		indexed = best(o.feedIndex()[strings.ToLower(strings.TrimSuffix(name, filepath.Ext(name)))])
	}
	switch {
	case beside == nil:
		return indexed
	case indexed != nil && beside.item == nil && stopRank[indexed.item.Status()] > 0:
		// The item beside could not be read: a kill under --feed must not
		// be lost to a broken file (the broken one is still reported).
		return indexed
	case indexed != nil && beside.item != nil && stopRank[indexed.item.Status()] > stopRank[beside.item.Status()]:
		return indexed
	}
	return beside
}

// stopRank orders statuses by how firmly they stop a photo.
var stopRank = map[string]int{feed.Canceled: 2, feed.Withheld: 1}

// besideOf is the feed item beside the photo (photo.xml, photo.ninjs.json,
// photo.json), or nil.
func (o *Options) besideOf(photo string) *companion {
	dir, name := splitPath(photo)
	base := strings.TrimSuffix(name, filepath.Ext(name))
	var names map[string]string
	if store.IsS3(photo) {
		names, _ = o.objectNames(photo)
	} else {
		names, _ = o.names(dir)
	}
	for _, suf := range companionSuffixes {
		listed := names[strings.ToLower(base+suf)]
		if listed == "" {
			continue
		}
		p := joinPath(dir, listed)
		items, err := o.feedItems(p)
		if errors.Is(err, feed.ErrUnsupported) && suf == ".json" {
			continue // a wirecap sidecar or another JSON file
		}
		if err != nil {
			return &companion{path: p, matchedBy: MatchedBaseName, err: err}
		}
		if it := pictureFor(items, name); it != nil {
			return &companion{path: p, matchedBy: MatchedBaseName, item: it}
		}
	}
	return nil
}

// pictureFor picks the item of a feed file that describes the photo
// called name: one whose rendition names the file, else the first
// picture among the items and their associations, else the first item.
func pictureFor(items []*feed.Item, name string) *feed.Item {
	var all []*feed.Item
	for _, it := range items {
		all = append(all, it.Pictures()...)
	}
	for _, it := range all {
		for _, r := range it.Renditions {
			if strings.EqualFold(r.FileName, name) || strings.EqualFold(hrefName(r.Href), name) {
				return it
			}
		}
	}
	for _, it := range all {
		if it.IsPicture() {
			return it
		}
	}
	if len(all) > 0 {
		return all[0]
	}
	return nil
}

// hrefName is the last path segment of an href, without its query.
func hrefName(href string) string {
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	if !strings.Contains(strings.TrimPrefix(strings.TrimPrefix(href, "https://"), "http://"), "/") {
		return ""
	}
	return strings.TrimSpace(path.Base(href))
}

// best chooses among the items that claim one file name: the one that
// stops the photo first (canceled, then withheld: a kill must never lose to
// an older usable version), then the highest version.
func best(cands []indexed) *companion {
	if len(cands) == 0 {
		return nil
	}
	c := slices.MaxFunc(cands, func(a, b indexed) int {
		if d := stopRank[a.item.Status()] - stopRank[b.item.Status()]; d != 0 {
			return d
		}
		va, _ := strconv.ParseInt(a.item.Version, 10, 64)
		vb, _ := strconv.ParseInt(b.item.Version, 10, 64)
		return int(min(max(va-vb, -1), 1))
	})
	return &companion{path: c.path, matchedBy: c.matchedBy, item: c.item}
}

// feedIndex reads --feed (a file, or every regular file under a folder)
// once per batch and indexes its items by the file names their renditions
// name: the delivered file name, and the href's last segment with and
// without its extension. Byte sizes are never a key: agencies' stated
// sizes do not always match the file delivered.
func (o *Options) feedIndex() map[string][]indexed {
	o.feeds.indexOnce.Do(func() {
		o.feeds.index = map[string][]indexed{}
		if o.FeedPath == "" {
			return
		}
		for _, p := range o.feedFiles() {
			items, err := o.feedItems(p)
			if err != nil {
				if !errors.Is(err, feed.ErrUnsupported) || p == o.FeedPath {
					o.feeds.problems = append(o.feeds.problems, p+": "+err.Error())
				}
				continue
			}
			o.indexItems(p, items)
		}
	})
	return o.feeds.index
}

func (o *Options) indexItems(p string, items []*feed.Item) {
	add := func(key, by string, it *feed.Item) {
		key = strings.ToLower(key)
		if key == "" || slices.ContainsFunc(o.feeds.index[key], func(x indexed) bool { return x.item == it }) {
			return
		}
		o.feeds.index[key] = append(o.feeds.index[key], indexed{path: p, matchedBy: by, item: it})
	}
	for _, top := range items {
		for _, it := range top.Pictures() {
			for _, r := range it.Renditions {
				add(r.FileName, MatchedFileName, it)
				h := hrefName(r.Href)
				add(h, MatchedHref, it)
				add(strings.TrimSuffix(h, path.Ext(h)), MatchedHref, it)
			}
		}
	}
}

// feedFiles lists --feed: the file itself, or the regular files under the
// folder (hidden entries skipped), at most maxFeedIndexFile.
func (o *Options) feedFiles() []string {
	if store.IsS3(o.FeedPath) {
		urls, err := store.Files(context.Background(), o.FeedPath, maxFeedIndexFile)
		if err != nil {
			o.feeds.problems = append(o.feeds.problems, err.Error())
		}
		// Only what may be a feed item is fetched (a photo under the
		// prefix would be downloaded whole to be sniffed).
		return slices.DeleteFunc(urls, func(u string) bool { return !feedExts[strings.ToLower(path.Ext(u))] })
	}
	st, err := os.Stat(o.FeedPath)
	if err != nil {
		o.feeds.problems = append(o.feeds.problems, err.Error())
		return nil
	}
	if !st.IsDir() {
		return []string{o.FeedPath}
	}
	var out []string
	filepath.WalkDir(o.FeedPath, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			o.feeds.problems = append(o.feeds.problems, err.Error())
		case p != o.FeedPath && strings.HasPrefix(d.Name(), "."):
			if d.IsDir() {
				return filepath.SkipDir
			}
		case d.Type().IsRegular() && len(out) < maxFeedIndexFile:
			out = append(out, p)
		}
		return nil
	})
	return out
}

// feedStamp is the paired file as a freshness input: path, size and
// content hash (a new version of the item changes the record).
func (o *Options) feedStamp(c *companion) *sidecar.Stamp {
	if c == nil {
		return nil
	}
	if store.IsS3(c.path) {
		s, _ := o.objectStamp(c.path, feed.MaxSize)
		return &s
	}
	s, ok := sidecar.StampFile(c.path)
	s.Modified = ""
	if !ok {
		return &s // not a regular file: never opened (a FIFO would block)
	}
	s.SHA256, _ = load(&o.hashes, c.path, func() (string, error) { return fileHash(c.path) })
	return &s
}

// readFeed pairs the photo with its feed item (the feed stage).
func (b *build) readFeed() {
	b.feed = b.o.companionOf(b.path)
	if b.feed != nil && b.feed.item != nil {
		b.rec.Feed = sidecar.NewFeed(b.feed.path, b.feed.matchedBy, b.feed.item)
	}
}

// addFeed makes the paired item a source of the reconciled facts.
func (b *build) addFeed() {
	if b.feed != nil && b.feed.item != nil {
		reconcile.AddFeed(b.facts, b.feed.item, b.factsHint)
	}
}

// feedInput is what the feed rules read, or nil without a feed.
func (b *build) feedInput() *check.Feed {
	if b.feed == nil {
		return nil
	}
	f := &check.Feed{Path: b.feed.path, MatchedBy: b.feed.matchedBy, Item: b.feed.item, Err: b.feed.err}
	if prev, ok := b.o.feeds.previous.Load(b.path); ok {
		p := prev.(*sidecar.Feed)
		f.PreviousGUID, f.PreviousVersion = p.GUID, p.Version
	}
	return f
}

// rememberFeed keeps the feed item of a photo's existing sidecar (read by
// Fresh), so that the record built next says when a new version of the
// same item supersedes it (feed.correction).
func (o *Options) rememberFeed(photo string, old *sidecar.Record) {
	if old != nil && old.Feed != nil {
		o.feeds.previous.Store(photo, old.Feed)
	}
}
