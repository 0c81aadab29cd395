package pipeline

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"time"

	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/article"
	"github.com/wirecap/wirecap/internal/sidecar"
	"github.com/wirecap/wirecap/internal/store"
)

// Photos in object storage (s3://bucket/key) are read through the store:
// the same stages, with the photo's bytes, article and companions fetched
// by ranged GETs instead of read from disk.

// objectStore returns the store of an s3:// URL (one per bucket per
// batch) and the key.
func (o *Options) objectStore(url string) (store.Store, string, error) {
	bucket, key, err := store.SplitS3(url)
	if err != nil {
		return nil, "", err
	}
	s, err := load(&o.stores, bucket, func() (store.Store, error) {
		s, _, err := store.For(context.Background(), "s3://"+bucket+"/")
		return s, err
	})
	return s, key, err
}

// objectInfo is an object's size and time as an fs.FileInfo, for the
// stages that date a photo by its file.
type objectInfo struct {
	name string
	size int64
	mod  time.Time
}

func (i objectInfo) Name() string       { return i.name }
func (i objectInfo) Size() int64        { return i.size }
func (i objectInfo) Mode() fs.FileMode  { return 0o444 }
func (i objectInfo) ModTime() time.Time { return i.mod }
func (i objectInfo) IsDir() bool        { return false }
func (i objectInfo) Sys() any           { return nil }

// readObject is the read stage for an s3:// photo. The object stays open
// for the provenance stage (a data hash reads the whole of it).
func (b *build) readObject() {
	s, key, err := b.o.objectStore(b.path)
	if err == nil {
		b.object, err = s.Open(context.Background(), key)
	}
	if err != nil {
		b.readErr = err
		return
	}
	f := b.object
	b.st = objectInfo{name: path.Base(key), size: f.Size(), mod: f.ModTime()}
	b.rec.File = &sidecar.FileInfo{Size: f.Size(), Modified: f.ModTime().UTC().Format(time.RFC3339)}
	b.meta, b.readErr = imagemeta.ReadWith(f, f.Size(), imagemeta.ReadOptions{})
	if b.meta != nil {
		b.objectSidecar() // a damaged photo's sidecar is read all the same, as on disk
	}
	if b.readErr != nil {
		b.readErr = fmt.Errorf("%s: %w", path.Base(key), b.readErr) // as imagemeta.ReadFile names a file
	}
}

// objectArticle is the nearest article.txt, .md or .html in the photo's
// prefix or the prefixes above it, up to root, as on disk; "" when none.
func (o *Options) objectArticle(photo, root string) string {
	dir := photo[:strings.LastIndexByte(photo, '/')]
	p, _ := load(&o.found, dir+"\x00"+root, func() (string, error) {
		for d := dir; ; d = d[:strings.LastIndexByte(d, '/')] {
			for _, name := range article.Names {
				if _, err := o.objectBytes(d + "/" + name); err == nil {
					return d + "/" + name, nil
				}
			}
			if d == strings.TrimSuffix(root, "/") || strings.Count(d, "/") <= 2 { // s3://bucket is the top
				return "", nil
			}
		}
	})
	return p
}

// objectBytes reads a small object (an article), cached per batch.
func (o *Options) objectBytes(url string) ([]byte, error) {
	return load(&o.objects, url, func() ([]byte, error) { return o.objectRead(url, article.MaxSize) })
}

// objectRead reads a small object, at most max bytes, through the batch's
// one client for its bucket, whose connections stay open for the next
// photo (store.ReadFile would set up a client, and connections, per call).
func (o *Options) objectRead(url string, max int64) ([]byte, error) {
	s, key, err := o.objectStore(url)
	if err != nil {
		return nil, err
	}
	return s.ReadSmall(context.Background(), key, max)
}

// objectArticleRead analyses an article kept in object storage.
func (o *Options) objectArticleRead(url string) (*article.Article, error) {
	b, err := o.objectBytes(url)
	if err != nil {
		return nil, err
	}
	a := article.Analyze(b, article.IsHTML(url, b), o.AsOf)
	a.Path, a.Found = url, true
	return a, nil
}
