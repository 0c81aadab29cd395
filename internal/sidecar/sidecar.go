// Package sidecar defines the per-photo JSON record wirecap writes, its
// JSON Schema, its file naming and its atomic writing.
package sidecar

import (
	_ "embed"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/wirecap/wirecap/internal/store"
	"github.com/wirecap/wirecap/record"
)

// SchemaVersion is the version of the record's shape.
const SchemaVersion = record.SchemaVersion

// Schema is the JSON Schema (draft 2020-12) of a record.
//
//go:embed schema.json
var Schema []byte

// The record's types are package record's; the names here keep the
// internal packages' code short.
type (
	Record   = record.Record
	FileInfo = record.FileInfo
	Image    = record.Image
	Metadata = record.Metadata
	Summary  = record.Summary
	Finding  = record.Finding
	Evidence = record.Evidence
	Verdict  = record.Verdict
)

// SetSource names the photo r is of, as it was given.
func SetSource(r *Record, path string) {
	r.SourceFile, r.SourceFileBytes = path, PathBytes(path)
}

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
