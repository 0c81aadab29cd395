// Package sidecar defines the per-photo JSON record wirecap writes, its
// JSON Schema, its file naming and its atomic writing.
package sidecar

import (
	_ "embed"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/imagemeta/c2pa"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/reconcile"
	"github.com/wirecap/wirecap/internal/store"
)

// SchemaVersion is the version of the record's shape.
const SchemaVersion = 1

// Schema is the JSON Schema (draft 2020-12) of a record.
//
//go:embed schema.json
var Schema []byte

// Record is one photo's sidecar.
type Record struct {
	SchemaVersion int    `json:"schema_version"`
	Generator     string `json:"generator"`
	SourceFile    string `json:"source_file"`
	// SourceFileBytes is the photo's path as it was given, base64-encoded,
	// when it is not UTF-8 (JSON strings replace such bytes by U+FFFD, so
	// SourceFile alone could not name the file again).
	SourceFileBytes []byte           `json:"source_file_bytes,omitempty"`
	File            *FileInfo        `json:"file"`
	Image           *Image           `json:"image"`
	Metadata        *Metadata        `json:"metadata"`
	Caption         *caption.Caption `json:"caption"`
	Summary         *Summary         `json:"summary"`
	Article         any              `json:"article,omitempty"`
	Findings        []Finding        `json:"findings,omitzero"` // [] when checked and clean; absent for inspect
	Verdict         *Verdict         `json:"verdict,omitempty"`
	Provenance      *c2pa.Result     `json:"provenance,omitempty"` // C2PA Content Credentials, verified offline
	Inputs          *Inputs          `json:"inputs,omitempty"`
	Feed            *Feed            `json:"feed,omitempty"` // the paired agency feed item, when one was found
	Error           *string          `json:"error"`
	// Skipped says why a path given to a batch was not read as a photo
	// ("unsupported format gif", "not a photo", "unreadable"); "" for a
	// photo. A sidecar never holds it.
	Skipped string `json:"skipped,omitempty"`
	// Reused is set on the record of an up-to-date sidecar a batch took
	// instead of computing it again. A sidecar never holds it.
	Reused bool `json:"reused,omitempty"`
}

// SetSource names the photo the record is of, as it was given.
func (r *Record) SetSource(path string) {
	r.SourceFile, r.SourceFileBytes = path, PathBytes(path)
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
	Fields     *imagemeta.Fields `json:"fields"`
	EXIF       map[string]any    `json:"exif"`
	IPTC       map[string]any    `json:"iptc"`
	XMP        map[string]any    `json:"xmp"`
	XMPSidecar map[string]any    `json:"xmp_sidecar,omitempty"`
	IPTCDigest string            `json:"iptc_digest,omitempty"`
	Notes      []imagemeta.Note  `json:"notes,omitempty"`
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
	if store.IsS3(outDir) || outDir == "" && store.IsS3(photo) {
		return objectPath(photo, root, outDir, name), nil
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

// Write writes rec to path atomically, beside its photo (see Writer).
// With sync, the file is fsynced before the rename and its folder after;
// batches sync once at the end instead (see SyncDir).
func Write(path string, rec *Record, sync bool) error {
	w := &Writer{fsync: sync}
	return w.Write(path, rec)
}
