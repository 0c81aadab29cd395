// Package record defines the record wirecap makes of one photo: what
// `wirecap check --format json` prints, what a sidecar (photo.jpg.json)
// holds and what wirecap.Check returns. Its JSON is a contract (README.md,
// "Sidecar"): field names and shapes only ever grow.
//
// The types are data only. Package wirecap makes records; package record
// lets code that reads them (a sidecar decoded with encoding/json, a
// record passed on) name their types without importing the whole checker.
package record

import (
	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/imagemeta/c2pa"
)

// SchemaVersion is the version of the record's shape.
const SchemaVersion = 1

// Record is one photo's record.
type Record struct {
	SchemaVersion int    `json:"schema_version"`
	Generator     string `json:"generator"` // "wirecap 0.1.0"
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
	Article         *Article         `json:"article,omitempty"`    // nil for inspect
	Findings        []Finding        `json:"findings,omitzero"`    // [] when checked and clean; absent for inspect
	Verdict         *Verdict         `json:"verdict,omitempty"`    // nil for inspect
	Provenance      *c2pa.Result     `json:"provenance,omitempty"` // C2PA Content Credentials, verified offline
	Inputs          *Inputs          `json:"inputs,omitempty"`     // what the record was computed from
	Feed            *Feed            `json:"feed,omitempty"`       // the paired agency feed item, when one was found
	// Error says why the photo could not be read (or a stage failed, or
	// its sidecar could not be written); nil when all went well.
	Error *string `json:"error"`
	// Skipped says why a path given to a batch was not read as a photo
	// ("unsupported format gif", "not a photo", "unreadable"); "" for a
	// photo. A sidecar never holds it.
	Skipped string `json:"skipped,omitempty"`
	// Reused is set on the record of an up-to-date sidecar a batch took
	// instead of computing it again. A sidecar never holds it.
	Reused bool `json:"reused,omitempty"`
}

// FileInfo describes the original file.
type FileInfo struct {
	Size     int64  `json:"size"`
	Modified string `json:"modified"` // RFC 3339
}

// Image is the picture's format, size and EXIF orientation.
type Image struct {
	Format      string `json:"format"` // jpeg, tiff, png, webp, heic, heif, avif
	Width       int    `json:"width"`
	Height      int    `json:"height"`
	Orientation int    `json:"orientation"` // EXIF 1–8; 0 when none is stated
}

// Metadata holds the editorial fields reconciled across EXIF, IPTC and
// XMP, and the raw tags of each source as ExifTool names them.
type Metadata struct {
	Fields     *imagemeta.Fields `json:"fields"`
	EXIF       map[string]any    `json:"exif"`
	IPTC       map[string]any    `json:"iptc"`
	XMP        map[string]any    `json:"xmp"`
	XMPSidecar map[string]any    `json:"xmp_sidecar,omitempty"`
	IPTCDigest string            `json:"iptc_digest,omitempty"`
	Notes      []imagemeta.Note  `json:"notes,omitempty"`
}
