package sidecar

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"time"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/safefile"
	"github.com/wirecap/wirecap/record"
)

// Inputs is what a record was computed from; Stamp one input file.
type (
	Inputs = record.Inputs
	Stamp  = record.Stamp
)

// PathBytes is path's bytes when path is not UTF-8, else nil: what
// source_file_bytes and path_bytes hold.
func PathBytes(path string) []byte {
	if utf8.ValidString(path) {
		return nil
	}
	return []byte(path)
}

// StampFile stats path; ok is false when it does not exist or is no file.
func StampFile(path string) (Stamp, bool) {
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() {
		return Stamp{Path: path}, false
	}
	return StampOf(path, st), true
}

// StampOf is the stamp of the file at path whose FileInfo is st.
func StampOf(path string, st os.FileInfo) Stamp {
	s := Stamp{Path: path, Size: st.Size(), Modified: st.ModTime().UTC().Format(time.RFC3339Nano)}
	if ino, ctime, ok := identity(st); ok {
		s.Inode, s.Changed = ino, ctime.UTC().Format(time.RFC3339Nano)
	}
	return s
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
	b, err := safefile.ReadFile(path, safefile.MaxSidecar)
	if err != nil {
		return nil, err
	}
	var rec Record
	if err := json.Unmarshal(b, &rec); err != nil {
		return nil, fmt.Errorf("sidecar %s: %w", path, err)
	}
	return &rec, nil
}
