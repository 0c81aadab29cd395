// Package sidecar defines the per-photo JSON record wirecap writes, its
// JSON Schema, its file naming and its atomic writing.
package sidecar

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/imagemeta/c2pa"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/reconcile"
)

// SchemaVersion is the version of the record's shape.
const SchemaVersion = 1

// Schema is the JSON Schema (draft 2020-12) of a record.
//
//go:embed schema.json
var Schema []byte

// Record is one photo's sidecar.
type Record struct {
	SchemaVersion int              `json:"schema_version"`
	Generator     string           `json:"generator"`
	SourceFile    string           `json:"source_file"`
	File          *FileInfo        `json:"file"`
	Image         *Image           `json:"image"`
	Metadata      *Metadata        `json:"metadata"`
	Caption       *caption.Caption `json:"caption"`
	Summary       *Summary         `json:"summary"`
	Article       any              `json:"article,omitempty"`
	Findings      []Finding        `json:"findings,omitzero"` // [] when checked and clean; absent for inspect
	Verdict       *Verdict         `json:"verdict,omitempty"`
	Provenance    *c2pa.Result     `json:"provenance,omitempty"` // C2PA Content Credentials, verified offline
	Inputs        *Inputs          `json:"inputs,omitempty"`
	Feed          *Feed            `json:"feed,omitempty"` // the paired agency feed item, when one was found
	Error         *string          `json:"error"`
}

// FileInfo describes the original file.
type FileInfo struct {
	Size     int64  `json:"size"`
	Modified string `json:"modified"`
}

// Image is the picture's format, size and EXIF orientation.
type Image struct {
	Format      string `json:"format"`
	Width       int    `json:"width"`
	Height      int    `json:"height"`
	Orientation int    `json:"orientation"`
}

// Metadata holds the reconciled fields and the raw tags per source.
type Metadata struct {
	Fields     map[string]*imagemeta.Field `json:"fields"`
	EXIF       map[string]any              `json:"exif"`
	IPTC       map[string]any              `json:"iptc"`
	XMP        map[string]any              `json:"xmp"`
	XMPSidecar map[string]any              `json:"xmp_sidecar,omitempty"`
	IPTCDigest string                      `json:"iptc_digest,omitempty"`
	Notes      []imagemeta.Note            `json:"notes,omitempty"`
}

// Summary is the one answer an editorial script wants; the reconcile stage
// owns it.
type Summary = reconcile.Summary

// Finding is one rule's result; the check stage owns it.
type Finding = check.Finding

// Verdict answers whether the planned use may go ahead; the check stage
// owns it.
type Verdict = check.Verdict

// Naming of sidecars.
const (
	NameFull = "full" // photo.jpg.json
	NameBase = "base" // photo.json
)

// Path returns where the sidecar of photo goes. With outDir set, the
// photo's path relative to root is mirrored under outDir; a path that
// would leave outDir is refused.
func Path(photo, root, outDir, naming string) (string, error) {
	name := filepath.Base(photo) + ".json"
	if naming == NameBase {
		name = strings.TrimSuffix(filepath.Base(photo), filepath.Ext(photo)) + ".json"
	}
	if outDir == "" {
		return filepath.Join(filepath.Dir(photo), name), nil
	}
	rel, err := filepath.Rel(root, filepath.Dir(photo))
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		rel = "."
	}
	out := filepath.Join(outDir, rel, name)
	absOut, _ := filepath.Abs(outDir)
	absPath, _ := filepath.Abs(out)
	if absPath != absOut && !strings.HasPrefix(absPath, absOut+string(filepath.Separator)) {
		return "", fmt.Errorf("sidecar: %s would leave %s", out, outDir)
	}
	return out, nil
}

// ErrSameFile guards against overwriting the photo itself.
var ErrSameFile = errors.New("sidecar: refusing to write over the original")

// Write writes rec to path atomically: a temporary file in the same folder,
// then a rename, so that a reader (or a crash) never sees half a sidecar.
// The sidecar is created 0644 minus the umask, as any file a tool writes.
// With sync, the file is fsynced before the rename; batches sync once at
// the end instead (see SyncDir).
func Write(path string, rec *Record, sync bool) error {
	// Only a sidecar named as its photo could be its photo: resolve paths
	// (a system call each) only then.
	if rec.SourceFile != "" && filepath.Base(path) == filepath.Base(rec.SourceFile) && abs(path) == abs(rec.SourceFile) {
		return ErrSameFile
	}
	b, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return fmt.Errorf("sidecar: encoding %s: %w", path, err)
	}
	b = append(b, '\n')
	tmp, err := createTemp(path)
	if err != nil {
		return fmt.Errorf("sidecar: %w", err)
	}
	renamed := false
	defer func() {
		if !renamed {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(b); err != nil {
		return fmt.Errorf("sidecar: writing %s: %w", path, err)
	}
	if sync {
		if err := tmp.Sync(); err != nil {
			return fmt.Errorf("sidecar: syncing %s: %w", path, err)
		}
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("sidecar: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("sidecar: %w", err)
	}
	renamed = true
	return nil
}

// tempSeq numbers this process's temporary files.
var tempSeq atomic.Uint64

// createTemp creates a new hidden file beside path (".wirecap-PID-N.tmp",
// which the walker ignores) with the mode a plain create gives, 0644 minus
// the umask. Its folder is made only when missing (--out-dir mirrors a
// tree), so the common case costs one open.
func createTemp(path string) (*os.File, error) {
	dir := filepath.Dir(path)
	for try := 0; ; try++ {
		name := filepath.Join(dir, fmt.Sprintf(".wirecap-%d-%d.tmp", os.Getpid(), tempSeq.Add(1)))
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		switch {
		case err == nil:
			return f, nil
		case errors.Is(err, fs.ErrNotExist) && try == 0:
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, err
			}
		case errors.Is(err, fs.ErrExist) && try < 100: // left by an earlier process of the same PID
		default:
			return nil, err
		}
	}
}

func abs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}
