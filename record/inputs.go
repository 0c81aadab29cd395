package record

import (
	"encoding/json"
	"unicode/utf8"

	"github.com/wirecap/wirecap/imagemeta/feed"
)

// Inputs is what a record was computed from. A sidecar whose Inputs equal
// the current ones, and whose verdict window holds the new as-of time,
// would be computed again byte for byte but for the as-of time: a batch
// reuses it.
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
	return json.Marshal(stampJSON{Path: s.Path, PathBytes: pathBytes(s.Path), Size: s.Size, Modified: s.Modified,
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

// pathBytes is path's bytes when path is not UTF-8, else nil.
func pathBytes(path string) []byte {
	if utf8.ValidString(path) {
		return nil
	}
	return []byte(path)
}

// Feed is the agency feed item paired with the photo (record field
// "feed"): where it was found, how it was matched, and what the desk acts
// on. The item's own field names are those of `wirecap feed`.
type Feed struct {
	Path string `json:"path"`
	// MatchedBy is how the item was paired: "base_name" (photo.xml,
	// photo.ninjs.json or photo.json beside photo.jpg),
	// "rendition_file_name" or "rendition_href" (a rendition of an item
	// under --feed names the photo's file).
	MatchedBy  string          `json:"matched_by"`
	GUID       string          `json:"guid"`
	Version    string          `json:"version"`
	ItemClass  string          `json:"item_class"`
	PubStatus  string          `json:"pub_status"` // usable when the item does not say
	Embargoed  feed.Stamp      `json:"embargoed"`
	Expires    feed.Stamp      `json:"expires"`
	EdNotes    []feed.EdNote   `json:"ed_notes"`
	UsageTerms []feed.Terms    `json:"usage_terms"`
	Copyright  string          `json:"copyright,omitempty"`
	Creditline string          `json:"creditline"`
	By         []string        `json:"by"`
	Signals    []string        `json:"signals"`
	SourceType feed.SourceType `json:"digital_source_type"`
	AltIDs     []feed.AltID    `json:"alt_ids"`
	Correction bool            `json:"correction"`
	FilePhoto  bool            `json:"file_photo"`
}
