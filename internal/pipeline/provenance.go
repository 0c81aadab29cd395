package pipeline

import (
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/wirecap/wirecap/imagemeta/c2pa"
	"github.com/wirecap/wirecap/internal/sidecar"
)

// StageProvenance reads and verifies the photo's Content Credentials.
const StageProvenance = "provenance"

// maxSidecarStore bounds a .c2pa file read beside a photo.
const maxSidecarStore = 16 << 20

// provenance verifies the C2PA manifest store embedded in the photo, else
// one in a .c2pa file beside it (photo.c2pa), offline, against the trust
// anchors of the batch. It runs on every readable photo: a photo without
// Content Credentials is recorded as such ("absent"), which says nothing
// for or against it.
func (b *build) provenance() {
	if b.st == nil || b.readErr != nil && b.meta == nil {
		return
	}
	var f io.ReaderAt = b.object
	if b.object == nil {
		if b.file == nil {
			return
		}
		f = b.file
	}
	o := c2pa.Options{Trust: b.o.Trust, AsOf: b.o.AsOf.Unix()}
	if f := b.fields.ProvenanceReference; f != nil {
		o.Reference = f.Value
	}
	res := c2pa.Verify(f, b.st.Size(), o)
	// A store beside the photo stands in for none embedded, and for a
	// remote one the desk has fetched itself (wirecap never fetches).
	if (res.State == c2pa.Absent || res.Remote != "") && b.object == nil {
		if store := sidecarStore(b.path); store != nil {
			res = c2pa.VerifySidecar(f, b.st.Size(), store, o)
		}
	}
	b.prov, b.rec.Provenance = res, res
}

// sidecarStore reads photo.c2pa (the photo's name with its extension
// replaced), when it is a regular file of a bounded size.
func sidecarStore(photo string) []byte {
	p := c2paPath(photo)
	st, err := os.Lstat(p)
	if err != nil || !st.Mode().IsRegular() || st.Size() > maxSidecarStore {
		return nil
	}
	f, err := os.Open(p)
	if err != nil {
		return nil
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, maxSidecarStore))
	if err != nil {
		return nil
	}
	return b
}

// c2paPath is where a photo's sidecar manifest store is looked for.
func c2paPath(photo string) string {
	return strings.TrimSuffix(photo, filepath.Ext(photo)) + ".c2pa"
}

// c2paStamp stamps the photo's .c2pa store (path, size, content hash) for
// the record's inputs, nil when there is none: names is the folder's
// listing (nil with listErr: stat the file instead), so that a photo
// without one costs no failed stat.
func (o *Options) c2paStamp(photo string, names map[string]string, listErr error) *sidecar.Stamp {
	p := c2paPath(photo)
	if _, listed := names[strings.ToLower(filepath.Base(p))]; listErr == nil && !listed {
		return nil
	}
	st, err := os.Lstat(p)
	if err != nil || !st.Mode().IsRegular() || st.Size() > maxSidecarStore {
		return nil // never read as a store (sidecarStore), so no input
	}
	s := sidecar.StampOf(o.Real(p), st)
	s.Modified, s.Inode, s.Changed = "", 0, "" // the content decides
	s.SHA256, _ = load(&o.hashes, p, func() (string, error) { return fileHash(p) })
	return &s
}
