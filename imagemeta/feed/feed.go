// Package feed reads what an agency delivers beside a photo: a NewsML-G2
// newsItem or packageItem, a ninjs item (1.x to 3.x), an AP Media API item
// or feed page, or a dpa digitalwires entry. It extracts what a desk acts
// on: identity (guid, version, alternative ids), status (usable, withheld,
// canceled), embargo and expiry, editorial notes, rights, credit, byline,
// signals, digital source type and renditions.
//
// The reader is bounded (MaxSize, MaxDepth, MaxNodes) and uses only
// encoding/xml and encoding/json.
package feed

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Formats an Item may come from.
const (
	FormatNewsML = "newsml-g2"
	FormatNinjs  = "ninjs"
	FormatAP     = "ap-media-api"
	FormatDPA    = "dpa-digitalwires"
)

// Publication statuses, as NewsML-G2 (stat:) and ninjs name them.
const (
	Usable   = "usable"
	Withheld = "withheld"
	Canceled = "canceled"
)

// ErrUnsupported is returned (wrapped) for a well-formed file that is not
// a feed item this package reads: a wirecap sidecar, another JSON or XML.
var ErrUnsupported = errors.New("feed: not a NewsML-G2, ninjs, AP Media API or dpa digitalwires item")

// ErrNoItem is returned by Read for a feed file that holds no item (an
// empty feed page).
var ErrNoItem = errors.New("feed: no item in the file")

// FormatError is a file that could not be read: malformed XML or JSON, or
// beyond a limit (Err wraps ErrLimit).
type FormatError struct {
	Format string // "xml" or "json"
	Offset int64  // byte offset where reading stopped
	Err    error
}

func (e *FormatError) Error() string {
	return fmt.Sprintf("feed: malformed %s at byte %d: %v", e.Format, e.Offset, e.Err)
}

func (e *FormatError) Unwrap() error { return e.Err }

// Item is one feed item. Strings are whitespace-normalised; a field the
// file does not carry is empty.
type Item struct {
	Format       string `json:"format"`
	GUID         string `json:"guid"`
	URI          string `json:"uri,omitempty"`
	Version      string `json:"version"`
	ItemClass    string `json:"item_class"`
	ItemClassRaw string `json:"item_class_raw,omitempty"`
	// PubStatus is usable, withheld or canceled ("cancelled" is read as
	// canceled; another value is kept as written), or "" when the file
	// does not say, which NewsML-G2 and ninjs define as usable.
	PubStatus string     `json:"pub_status"`
	Embargoed Stamp      `json:"embargoed"`
	Expires   Stamp      `json:"expires"`
	EdNotes   []EdNote   `json:"ed_notes"`
	Usage     []Terms    `json:"usage_terms"`
	Linked    string     `json:"linked_rights,omitempty"`
	Copyright string     `json:"copyright"`
	Holder    string     `json:"copyright_holder"`
	Credit    string     `json:"creditline"`
	By        string     `json:"by"`
	Creators  []string   `json:"creators"`
	Photog    string     `json:"photographer,omitempty"`
	Signals   []string   `json:"signals"`
	Source    SourceType `json:"digital_source_type"`
	// PartSources are the digital source types of the item's parts
	// (NewsML-G2 partMeta), when they state one.
	PartSources []SourceType  `json:"part_digital_source_types,omitempty"`
	AltIDs      []AltID       `json:"alt_ids"`
	Renditions  []Rendition   `json:"renditions"`
	Headline    string        `json:"headline"`
	Slugline    string        `json:"slugline,omitempty"`
	Caption     string        `json:"caption,omitempty"`
	Genres      []string      `json:"genres,omitempty"`
	FilePhoto   bool          `json:"file_photo"`
	Created     string        `json:"version_created,omitempty"`
	First       string        `json:"first_created,omitempty"`
	Content     string        `json:"content_created,omitempty"`
	FileName    string        `json:"file_name,omitempty"`
	SuppliedAs  string        `json:"supplied_as,omitempty"`
	EntryID     string        `json:"entry_id,omitempty"`
	Urgency     int           `json:"urgency,omitempty"`
	Refs        []Ref         `json:"refs,omitempty"`
	Assoc       []Association `json:"associations,omitempty"`
}

// Stamp is a date-time as the feed writes it, and parsed when it can be:
// Time is zero for free text ("Next Monday") or a missing value.
type Stamp struct {
	Text string
	Time time.Time
}

// Set reports whether the feed gave a value at all.
func (s Stamp) Set() bool { return s.Text != "" }

// MarshalJSON writes the value as the feed wrote it, null when unset.
func (s Stamp) MarshalJSON() ([]byte, error) {
	if s.Text == "" {
		return []byte("null"), nil
	}
	return json.Marshal(s.Text)
}

// UnmarshalJSON reads the text MarshalJSON writes (a sidecar read back).
func (s *Stamp) UnmarshalJSON(b []byte) error {
	var text *string
	if err := json.Unmarshal(b, &text); err != nil {
		return err
	}
	*s = Stamp{}
	if text != nil {
		*s = stamp(*text)
	}
	return nil
}

// EdNote is an editorial note: for the desk, not for readers.
type EdNote struct {
	Text string `json:"text"`
	Role string `json:"role,omitempty"`
	// Public is false when the feed marks the note non-publishable (dpa
	// is_publishable:false, NewsML-G2 pubconstraint), nil when silent.
	Public *bool `json:"public,omitempty"`
}

// Terms is one usage-terms statement with the scope and validity the
// feed gives it.
type Terms struct {
	Text  string `json:"text"`
	Lang  string `json:"lang,omitempty"`
	Scope string `json:"scope,omitempty"`
	From  Stamp  `json:"valid_from,omitzero"`
	To    Stamp  `json:"valid_to,omitzero"`
}

// SourceType is an IPTC digital source type as written (QCode or URI)
// and its full URI when the QCode's scheme is known.
type SourceType struct {
	Value string `json:"value,omitempty"`
	URI   string `json:"uri,omitempty"`
}

// MarshalJSON writes null for an item that states no source type.
func (st SourceType) MarshalJSON() ([]byte, error) {
	if st == (SourceType{}) {
		return []byte("null"), nil
	}
	type plain SourceType
	return json.Marshal(plain(st))
}

// AltID is an alternative identifier of the item: a Reuters IID, an AP
// friendly key or transmission reference, a Getty master id.
type AltID struct {
	Type  string `json:"type"`
	Value string `json:"value"`
}

// Rendition is one delivered file of the item.
type Rendition struct {
	Name        string `json:"name,omitempty"`
	Href        string `json:"href,omitempty"`
	FileName    string `json:"file_name,omitempty"`
	ContentType string `json:"content_type,omitempty"`
	// Size is in bytes; 0 when the feed does not say (dpa's size is the
	// longest edge in pixels: it is LongEdge).
	Size     int64 `json:"size,omitempty"`
	LongEdge int   `json:"long_edge,omitempty"`
	Width    int   `json:"width,omitempty"`
	Height   int   `json:"height,omitempty"`
}

// Ref is a package's reference to another item.
type Ref struct {
	GUID      string `json:"residref"`
	Version   string `json:"version,omitempty"`
	ItemClass string `json:"item_class,omitempty"`
	PubStatus string `json:"pub_status,omitempty"`
}

// Association is an item nested in another (ninjs associations, dpa
// images of an entry).
type Association struct {
	Name string `json:"name"`
	Item *Item  `json:"item"`
}

// Status is the publication status with the default applied: an item
// that does not state one is usable.
func (it *Item) Status() string {
	if it.PubStatus == "" {
		return Usable
	}
	return it.PubStatus
}

// Pictures returns the item and its nested items, the item first: a
// photo may be described by an association of a text item.
func (it *Item) Pictures() []*Item {
	out := []*Item{it}
	for _, a := range it.Assoc {
		out = append(out, a.Item.Pictures()...)
	}
	return out
}

// ReadFile reads the feed file at name. Only a regular file is opened
// (a FIFO or device would block or never end).
func ReadFile(name string) ([]*Item, error) {
	st, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", name)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadAll(f)
}

// Read reads the first item of a feed file.
func Read(r io.Reader) (*Item, error) {
	items, err := ReadAll(r)
	if err != nil {
		return nil, err
	}
	if len(items) == 0 {
		return nil, ErrNoItem
	}
	return items[0], nil
}

// ReadAll reads every item of a feed file: the items of a NewsML-G2
// newsMessage, the entries of an AP feed page, a ninjs search result.
func ReadAll(r io.Reader) ([]*Item, error) {
	// A file that does not start like XML or JSON (a photo in a --feed
	// folder) is told apart from its first bytes, not read whole.
	br := bufio.NewReaderSize(r, sniffSize)
	head, _ := br.Peek(sniffSize)
	if len(bytes.TrimLeft(head, blank)) > 0 && sniff(head) == "" {
		return nil, ErrUnsupported
	}
	data, err := io.ReadAll(io.LimitReader(br, MaxSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxSize {
		return nil, &FormatError{Format: sniff(data), Offset: MaxSize,
			Err: fmt.Errorf("%w: larger than %d bytes", ErrLimit, MaxSize)}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	switch sniff(data) {
	case "xml":
		root, err := parseXML(data)
		if err != nil {
			return nil, err
		}
		return readNewsML(root)
	case "json":
		v, err := parseJSON(data)
		if err != nil {
			return nil, err
		}
		return readJSON(v)
	}
	return nil, ErrUnsupported
}

// sniffSize is how much of a file tells its kind; blank are the bytes
// skipped before its first sign (white space, a byte-order mark).
const (
	sniffSize = 4096
	blank     = " \t\r\n\xef\xbb\xbf"
)

// sniff tells XML from JSON by the first byte that is not white space.
func sniff(data []byte) string {
	t := bytes.TrimLeft(data, blank)
	switch {
	case len(t) == 0:
		return ""
	case t[0] == '<':
		return "xml"
	case t[0] == '{' || t[0] == '[':
		return "json"
	}
	return ""
}

// norm collapses runs of white space into one space and trims, as a
// reader of the text would; invalid UTF-8 is replaced.
func norm(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.Join(strings.Fields(s), " ")
}

// stampLayouts are the date-time forms feeds write: RFC 3339 with or
// without fraction, Superdesk's +0000 offsets, a date alone.
var stampLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999-0700",
	"2006-01-02T15:04:05.999999999Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02",
}

// stamp keeps the text and parses it when it is a date-time.
func stamp(text string) Stamp {
	s := Stamp{Text: norm(text)}
	for _, l := range stampLayouts {
		if t, err := time.Parse(l, s.Text); err == nil {
			s.Time = t
			break
		}
	}
	return s
}

// pubStatus reads a status QCode, URI or word: the part after the last
// ':' or '/', lower case, "cancelled" as canceled.
func pubStatus(v string) string {
	v = strings.ToLower(codeSuffix(norm(v)))
	if alias, ok := statusAliases[v]; ok {
		return alias
	}
	return v
}

// codeSuffix is a QCode's code or a URI's last segment: the item class
// of "ninat:picture" or "http://cv.iptc.org/newscodes/ninature/picture".
func codeSuffix(v string) string {
	return v[strings.LastIndexAny(v, ":/")+1:]
}

// fileNameOf returns the file name in an href: the last path segment
// when it has an extension, or an AP "ofn~name" tag inside the query.
func fileNameOf(href string) string {
	href = strings.TrimSpace(href)
	if i := strings.Index(href, "ofn~"); i >= 0 {
		name := href[i+4:]
		if j := strings.IndexAny(name, "!&"); j >= 0 {
			name = name[:j]
		}
		return name
	}
	if i := strings.IndexAny(href, "?#"); i >= 0 {
		href = href[:i]
	}
	if i := strings.Index(href, "://"); i >= 0 && !strings.Contains(href[i+3:], "/") {
		return "" // a host alone ("https://x.example") names no file
	}
	base := strings.TrimSpace(path.Base(href))
	if base == "." || base == "/" || path.Ext(base) == "" {
		return ""
	}
	return base
}

// atoi reads a whole number written as a JSON number or a string.
func atoi(s string) int64 {
	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
	if err != nil {
		if f, ferr := strconv.ParseFloat(strings.TrimSpace(s), 64); ferr == nil && f >= 0 && f < 1<<53 {
			return int64(f)
		}
		return 0
	}
	return n
}

// finish completes an item once read: file-photo markers, and the
// caption kept for pictures only (a text item's description is its
// summary, a package's the story's, not a caption).
func (it *Item) finish() {
	it.markFilePhoto()
	if !it.IsPicture() {
		it.Caption = ""
	}
}

// markFilePhoto sets FilePhoto from the genres and notes tables.
func (it *Item) markFilePhoto() {
	for _, g := range it.Genres {
		if containsFold(archiveGenres, g) {
			it.FilePhoto = true
		}
	}
	for _, n := range it.EdNotes {
		up := strings.ToUpper(n.Text)
		if slices.ContainsFunc(filePhotoNotes, func(p string) bool { return strings.Contains(up, p) }) {
			it.FilePhoto = true
		}
	}
}

// containsFold reports whether list holds s, ignoring case.
func containsFold(list []string, s string) bool {
	return slices.ContainsFunc(list, func(x string) bool { return strings.EqualFold(x, s) })
}

// Bylines are the item's byline, photographer and creators, each once.
func (it *Item) Bylines() []string {
	var out []string
	for _, b := range append([]string{it.By, it.Photog}, it.Creators...) {
		if b != "" && !slices.Contains(out, b) {
			out = append(out, b)
		}
	}
	return out
}
