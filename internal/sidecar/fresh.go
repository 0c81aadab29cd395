package sidecar

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"time"
)

// Inputs is what a record was computed from. A sidecar whose Inputs equal
// the current ones, and whose verdict window holds the new as-of time
// (Reusable), would be computed again byte for byte but for the as-of time.
type Inputs struct {
	Tool      string `json:"tool"`      // generator, e.g. "wirecap 0.2.0"
	Use       string `json:"use"`       // planned use
	Territory string `json:"territory"` // ISO alpha-2 or ""
	// Policy and KillList are content hashes ("sha256:…"), independent of
	// the as-of time; KillList is "" without one.
	Policy   string `json:"policy"`
	KillList string `json:"kill_list"`
	// Photo is the photo's size and modification time; Article the article
	// found for it (path and content hash), XMPSidecars the .xmp files
	// beside it that exist.
	Photo       Stamp   `json:"photo"`
	Article     *Stamp  `json:"article"`
	XMPSidecars []Stamp `json:"xmp_sidecars"`
	// Feed is the paired feed file (path, size and content hash), when
	// one was found.
	Feed *Stamp `json:"feed,omitempty"`
	// Leases is the content hash of the desk's leases file, "" without one.
	Leases string `json:"leases,omitempty"`
}

// Stamp identifies one input file: its path, size and modification time
// (nanoseconds, UTC), or its content hash where that is what counts.
type Stamp struct {
	Path     string `json:"path"`
	Size     int64  `json:"size"`
	Modified string `json:"modified,omitempty"`
	SHA256   string `json:"sha256,omitempty"`
}

// StampFile stats path; ok is false when it does not exist or is no file.
func StampFile(path string) (Stamp, bool) {
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() {
		return Stamp{Path: path}, false
	}
	return Stamp{Path: path, Size: st.Size(), Modified: st.ModTime().UTC().Format(time.RFC3339Nano)}, true
}

// Reusable reports whether old may stand for a record computed now from
// cur at asOf: same inputs, no error, and asOf inside the window in which
// its findings and verdict hold (Verdict.ValidFrom ≤ asOf < ValidUntil:
// no embargo lifting, expiry, release date or date turning future in
// between). A record without inputs or verdict is never reused.
func Reusable(old *Record, cur Inputs, asOf time.Time) bool {
	if old == nil || old.Inputs == nil || old.Verdict == nil || old.Error != nil || old.SchemaVersion != SchemaVersion {
		return false
	}
	if !reflect.DeepEqual(normal(*old.Inputs), normal(cur)) {
		return false
	}
	inWindow := []struct {
		bound *string
		ok    func(time.Time) bool
	}{
		{old.Verdict.ValidFrom, func(t time.Time) bool { return !asOf.Before(t) }},
		{old.Verdict.ValidUntil, func(t time.Time) bool { return asOf.Before(t) }},
	}
	for _, w := range inWindow {
		if w.bound == nil {
			continue
		}
		t, err := time.Parse(time.RFC3339Nano, *w.bound)
		if err != nil || !w.ok(t) {
			return false
		}
	}
	return true
}

// normal makes empty and absent lists compare equal (JSON round trips).
func normal(in Inputs) Inputs {
	if len(in.XMPSidecars) == 0 {
		in.XMPSidecars = nil
	}
	return in
}

// Read reads the sidecar at path, to decide with Reusable whether it is
// still fresh. A process run that reuses it can print the file's bytes as
// they are.
func Read(path string) (*Record, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rec Record
	if err := json.Unmarshal(b, &rec); err != nil {
		return nil, fmt.Errorf("sidecar %s: %w", path, err)
	}
	return &rec, nil
}
