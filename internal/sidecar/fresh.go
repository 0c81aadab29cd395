package sidecar

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"time"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/safefile"
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
	// Trust is the content hash of the --trust anchor files, "" without;
	// C2PA the manifest store kept beside the photo (photo.c2pa: path,
	// size, content hash), when there is one. Content Credentials are
	// judged against both.
	Trust string `json:"trust,omitempty"`
	C2PA  *Stamp `json:"c2pa,omitempty"`
}

// Stamp identifies one input file: its real path (symbolic links resolved,
// absolute, so that `process .` and `process /abs/path` agree), size,
// modification time (nanoseconds, UTC), inode and status-change time, or
// its content hash where that is what counts.
//
// Size and mtime alone miss a photo replaced by another of the same size
// whose mtime was kept (cp -p, rsync -t, a restored backup): the inode and
// ctime cannot be set by a user, and a replacement changes at least one —
// a rename over the file brings another inode, a copy into it moves the
// ctime — for no extra system call (one stat gives all four).
type Stamp struct {
	Path     string `json:"path"`
	Size     int64  `json:"size"`
	Modified string `json:"modified,omitempty"`
	Inode    uint64 `json:"inode,omitempty"`
	Changed  string `json:"changed,omitempty"` // ctime, RFC 3339 nanoseconds UTC
	SHA256   string `json:"sha256,omitempty"`
	ETag     string `json:"etag,omitempty"` // an object's entity tag (S3): its content's identity
}

// stampJSON is Stamp as stored: a path that is not UTF-8 also goes in
// path_bytes (base64), since JSON would replace its bytes by U+FFFD and
// the stamp would never match again.
type stampJSON struct {
	Path      string `json:"path"`
	PathBytes []byte `json:"path_bytes,omitempty"`
	Size      int64  `json:"size"`
	Modified  string `json:"modified,omitempty"`
	Inode     uint64 `json:"inode,omitempty"`
	Changed   string `json:"changed,omitempty"`
	SHA256    string `json:"sha256,omitempty"`
	ETag      string `json:"etag,omitempty"`
}

// MarshalJSON adds path_bytes to a path that is not UTF-8.
func (s Stamp) MarshalJSON() ([]byte, error) {
	return json.Marshal(stampJSON{Path: s.Path, PathBytes: PathBytes(s.Path), Size: s.Size, Modified: s.Modified,
		Inode: s.Inode, Changed: s.Changed, SHA256: s.SHA256, ETag: s.ETag})
}

// UnmarshalJSON takes the path from path_bytes when present.
func (s *Stamp) UnmarshalJSON(b []byte) error {
	var j stampJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	if j.PathBytes != nil {
		j.Path = string(j.PathBytes)
	}
	*s = Stamp{Path: j.Path, Size: j.Size, Modified: j.Modified, Inode: j.Inode, Changed: j.Changed, SHA256: j.SHA256, ETag: j.ETag}
	return nil
}

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
