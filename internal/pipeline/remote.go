package pipeline

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/imagemeta/c2pa"
	"github.com/wirecap/wirecap/imagemeta/feed"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/safefile"
	"github.com/wirecap/wirecap/internal/sidecar"
	"github.com/wirecap/wirecap/internal/store"
)

// The desk's files may live in object storage beside the photos: each
// loader reads a local path as its package does, and an s3:// URL through
// the store's bounded small-file read, with the same size limit.

// maxTrustFiles bounds the objects read under a --trust prefix.
const maxTrustFiles = 1000

// LoadPolicy is check.LoadPolicy for a path or an s3:// URL.
func LoadPolicy(p string) (check.Policy, error) {
	if !store.IsS3(p) {
		return check.LoadPolicy(p)
	}
	b, err := store.ReadFile(context.Background(), p, safefile.MaxPolicy)
	if err != nil {
		return check.DefaultPolicy(), fmt.Errorf("policy: %w", err)
	}
	return check.ParsePolicy(b, p)
}

// LoadKillList is check.LoadKillList for a path or an s3:// URL.
func LoadKillList(p string) (check.KillList, error) {
	if !store.IsS3(p) {
		return check.LoadKillList(p)
	}
	b, err := store.ReadFile(context.Background(), p, check.MaxKillList)
	if err != nil {
		return nil, fmt.Errorf("kill list: %w", err)
	}
	return check.ParseKillList(b), nil
}

// LoadLeases is check.LoadLeases for a path or an s3:// URL.
func LoadLeases(p string) (check.Leases, error) {
	if !store.IsS3(p) {
		return check.LoadLeases(p)
	}
	b, err := store.ReadFile(context.Background(), p, check.MaxLeases)
	if err != nil {
		return nil, fmt.Errorf("leases: %w", err)
	}
	ls, err := check.ParseLeases(b, path.Base(p), strings.EqualFold(path.Ext(p), ".toml"))
	if err != nil {
		return nil, fmt.Errorf("leases %w", err)
	}
	return ls, nil
}

// LoadTrust is c2pa.LoadTrust for a path or an s3:// URL: one object, or
// every object under a prefix as under a folder.
func LoadTrust(p string) (*c2pa.TrustStore, error) {
	if !store.IsS3(p) {
		return c2pa.LoadTrust(p)
	}
	ctx := context.Background()
	urls, err := store.Files(ctx, p, maxTrustFiles)
	if err != nil {
		return nil, err
	}
	ts := c2pa.NewTrustStore()
	for _, u := range urls {
		b, err := store.ReadFile(ctx, u, maxTrustFile)
		if err == nil {
			err = ts.AddData(u, b)
		}
		if err != nil {
			return nil, err
		}
	}
	return ts, nil
}

// maxTrustFile is c2pa's limit on one trust file.
const maxTrustFile = 16 << 20

// CheckArticle reports whether --article can be read: a local regular
// file, or an object (read now, and kept for the batch).
func (o *Options) CheckArticle(p string) error {
	if store.IsS3(p) {
		_, err := o.objectBytes(p)
		return err
	}
	return nil
}

// splitPath is a photo's folder and name, for paths and s3:// URLs alike
// (filepath.Dir would fold s3:// into s3:/).
func splitPath(p string) (dir, name string) {
	if store.IsS3(p) {
		i := strings.LastIndexByte(p, '/')
		return p[:i], p[i+1:]
	}
	return filepath.Dir(p), filepath.Base(p)
}

// joinPath is a folder and a name joined as splitPath split them.
func joinPath(dir, name string) string {
	if store.IsS3(dir) {
		return dir + "/" + name
	}
	return filepath.Join(dir, name)
}

// maxFolderListing bounds the objects of one folder listed (and kept for
// the batch) to find companions: past it, each photo lists the objects
// that start with its own base name instead.
var maxFolderListing = 100_000 // a variable for tests

// objectListing lists the objects directly in an s3:// folder, once per
// batch, by lower-cased name (as names lists a folder on disk): their
// names, sizes, times and entity tags are what freshness compares. A
// folder over maxFolderListing objects gives store.ErrTooMany.
func (o *Options) objectListing(dir string) (map[string]store.Entry, error) {
	return load(&o.listings, dir+"/", func() (map[string]store.Entry, error) { return o.listObjects(dir+"/", maxFolderListing) })
}

// listObjects lists the objects whose keys start with the s3:// prefix,
// not below its last '/', by lower-cased name.
func (o *Options) listObjects(prefix string, max int) (map[string]store.Entry, error) {
	s, key, err := o.objectStore(prefix)
	if err != nil {
		return nil, err
	}
	bucket, ok := s.(*store.S3)
	if !ok {
		return nil, fmt.Errorf("%s: not a bucket", prefix)
	}
	entries, err := bucket.Entries(context.Background(), key, max)
	m := make(map[string]store.Entry, len(entries))
	for _, e := range entries {
		m[strings.ToLower(e.Key)] = e
	}
	return m, err
}

// objectNear lists what sits beside an s3:// photo: its folder's
// listing; in a folder too large to list, the objects whose keys start
// with the photo's base name (photo.jpg.xmp, photo.xmp, photo.xml: its
// companions, whose names must then match its case).
func (o *Options) objectNear(url string) (map[string]store.Entry, error) {
	dir, name := splitPath(url)
	listing, err := o.objectListing(dir)
	if !errors.Is(err, store.ErrTooMany) {
		return listing, err
	}
	base := strings.TrimSuffix(name, path.Ext(name))
	return load(&o.listings, url, func() (map[string]store.Entry, error) { return o.listObjects(dir+"/"+base, 1000) })
}

// objectNames is objectNear's names, as names gives them (a folder's,
// once per batch).
func (o *Options) objectNames(url string) (map[string]string, error) {
	dir, _ := splitPath(url)
	if _, err := o.objectListing(dir); errors.Is(err, store.ErrTooMany) {
		near, err := o.objectNear(url)
		return namesOf(near), err
	}
	return load(&o.dirs, dir, func() (map[string]string, error) {
		listing, err := o.objectListing(dir)
		return namesOf(listing), err
	})
}

// namesOf is a listing's names by lower-cased name.
func namesOf(listing map[string]store.Entry) map[string]string {
	m := make(map[string]string, len(listing))
	for k, e := range listing {
		m[k] = e.Key
	}
	return m
}

// objectEntryStamp is the freshness stamp of an object in a folder's
// listing: URL, size, time (to the second: a GET's Last-Modified has no
// more) and entity tag; ok is false when the listing does not hold it.
func (o *Options) objectEntryStamp(url string) (sidecar.Stamp, bool) {
	_, name := splitPath(url)
	listing, _ := o.objectNear(url)
	e, ok := listing[strings.ToLower(name)]
	if !ok || e.Key != name {
		return sidecar.Stamp{Path: url}, false
	}
	return sidecar.Stamp{Path: url, Size: e.Size, Modified: e.ModTime.UTC().Truncate(time.Second).Format(time.RFC3339Nano), ETag: e.ETag}, true
}

// objectInputs is Inputs for a photo in object storage: its stamp and
// its .xmp sidecars' from its folder's listing, its article's and feed
// item's by content.
func (o *Options) objectInputs(url, root string) sidecar.Inputs {
	o.policyOnce.Do(func() { o.policyHash, o.killHash = o.Policy.Hash(), o.Kill.Hash() })
	in := sidecar.Inputs{Tool: o.Generator, Use: o.Use, Territory: o.Territory, Policy: o.policyHash, KillList: o.killHash,
		XMPSidecars: []sidecar.Stamp{}, Leases: o.Leases.Hash(), Trust: o.Trust.Hash()}
	in.Photo, _ = o.objectEntryStamp(url)
	in.Article = o.articleStamp(o.articlePath(url, root))
	in.Feed = o.feedStamp(o.companionOf(url))
	dir, name := splitPath(url)
	names, _ := o.objectNames(url)
	if side := sidecarIn(names, name); side != "" {
		if s, ok := o.objectEntryStamp(joinPath(dir, side)); ok {
			in.XMPSidecars = append(in.XMPSidecars, s)
		}
	}
	return in
}

// articleStamp is an article's freshness stamp, by content; nil for none.
func (o *Options) articleStamp(p string) *sidecar.Stamp {
	if p == "" {
		return nil
	}
	if store.IsS3(p) {
		b, err := o.objectBytes(p) // the bytes the article stage reads: one GET
		if err != nil {
			return &sidecar.Stamp{Path: p}
		}
		s := contentStamp(p, b)
		return &s
	}
	s, _ := sidecar.StampFile(o.realFile(p))
	s.Modified, s.Inode, s.Changed = "", 0, "" // the content decides, not the time
	s.SHA256, _ = load(&o.hashes, p, func() (string, error) { return fileHash(p) })
	return &s
}

// objectSidecar reads the .xmp sidecar beside an s3:// photo, found in
// its folder's one listing, into the metadata (a listing that fails is
// noted: the sidecar may hold the caption).
func (b *build) objectSidecar() {
	dir, name := splitPath(b.path)
	names, err := b.o.objectNames(b.path)
	if err != nil {
		b.meta.AddSidecar(name+".xmp", nil, fmt.Errorf("listing %s: %w", dir, err))
		return
	}
	side := sidecarIn(names, name)
	if side == "" {
		return
	}
	data, err := b.o.objectRead(joinPath(dir, side), imagemeta.MaxXMPSize)
	b.meta.AddSidecar(side, data, err)
}

// objectFeedItems reads a feed file kept in object storage, and stamps
// it by the bytes it read: the item's freshness stamp (feedStamp) is then
// the cached one, not a second GET of the same object.
func (o *Options) objectFeedItems(url string) ([]*feed.Item, error) {
	b, err := o.objectRead(url, feed.MaxSize+1)
	load(&o.stamps, url, func() (sidecar.Stamp, error) {
		if err != nil {
			return sidecar.Stamp{Path: url}, err
		}
		if len(b) > feed.MaxSize {
			return sidecar.Stamp{Path: url}, store.ErrTooLarge // as objectStamp's read at feed.MaxSize
		}
		return contentStamp(url, b), nil
	})
	if err != nil {
		return nil, err
	}
	return feed.ReadAll(bytes.NewReader(b))
}

// objectStamp is an object's freshness stamp: its URL, size and content
// hash (objects have no inode; the content decides), read once per batch,
// at most max bytes.
func (o *Options) objectStamp(url string, max int64) (sidecar.Stamp, bool) {
	s, err := load(&o.stamps, url, func() (sidecar.Stamp, error) {
		b, err := o.objectRead(url, max)
		if err != nil {
			return sidecar.Stamp{Path: url}, err
		}
		return contentStamp(url, b), nil
	})
	return s, err == nil
}

// contentStamp is the stamp of an object by its content.
func contentStamp(url string, b []byte) sidecar.Stamp {
	sum := sha256.Sum256(b)
	return sidecar.Stamp{Path: url, Size: int64(len(b)), SHA256: "sha256:" + hex.EncodeToString(sum[:])}
}
