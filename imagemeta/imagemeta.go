// Package imagemeta reads the editorial metadata of news photos without
// decoding their pixels: EXIF (through goexif), IPTC IIM and XMP, from
// JPEG, TIFF, PNG, WebP and HEIF (HEIC, AVIF) files, plus a .xmp sidecar
// beside the image.
//
// One reader per container feeds plain directories of tags named as
// ExifTool names them (EXIF, IPTC, XMP); Fields then reconciles the
// editorial fields across those sources.
//
// A JPEG's segments are walked in the first 64 KiB, read at once; only
// what lies beyond is read further. XMP is read by a scanner of its own,
// tolerant as ExifTool is (non-standard APP1 headers, NULs and garbage
// between elements, Latin-1 bytes, several packets merged) and bounded
// (size, depth, element count). EXIF goes through one mending walk that
// hands goexif only the editorial IFDs. Whatever a reader could not read
// is a Note with Incomplete set, never a silent loss.
package imagemeta

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/wirecap/wirecap/internal/safefile"
)

// Limits that keep a hostile file from costing more than a few megabytes.
const (
	MaxXMPSize     = 8 << 20  // one XMP packet, standard or reassembled extended
	MaxIPTCSize    = 4 << 20  // the IIM block
	MaxEXIFSize    = 4 << 20  // the EXIF TIFF block
	MaxChunkSize   = 16 << 20 // a PNG or WebP metadata chunk
	MaxXMPDepth    = 64       // element nesting in XMP
	MaxXMPElements = 200000   // elements in one XMP packet
)

// Metadata is what Read finds in one image.
type Metadata struct {
	Format      string // jpeg, tiff, png, webp, heic, heif, avif
	Width       int
	Height      int
	Orientation int // EXIF orientation 1-8; 0 when absent

	// Raw tags per source, keyed by ExifTool's tag names ("Caption-Abstract",
	// "DateTimeOriginal", "photoshop:Credit").
	EXIF map[string]any
	IPTC map[string]any
	XMP  map[string]any
	// XMPSidecar holds the tags of photo.xmp or photo.jpg.xmp, if present.
	XMPSidecar map[string]any

	// IPTCDigest: "match", "mismatch" or "" (no digest stored).
	IPTCDigest string
	Notes      []Note

	// BytesRead counts the bytes taken from the file.
	BytesRead int64

	iimInEXIF map[string]any
	budget    budget
	dropped   []droppedNotes
}

// Note reports something a reader noticed and worked around.
type Note struct {
	// Kind: charset, iptc_digest, xmp_packets, xmp_extended, xmp_sidecar,
	// exif, iptc, xmp, or the container (jpeg, png, webp, tiff).
	Kind    string `json:"kind"`
	Message string `json:"message"`
	// Incomplete is set when the reader lost data it could not read (an XMP
	// packet cut short, a size, count or depth limit, the photo's memory
	// budget, a broken .xmp sidecar, a JPEG without its end marker, a failed
	// EXIF block): check turns such notes into a metadata.incomplete
	// finding.
	Incomplete bool `json:"incomplete,omitempty"`
	// Truncated is set when the file ends before the data it declares (a
	// JPEG without its end marker, TIFF strips past the end, a WebP shorter
	// than its RIFF size): the picture itself is cut short. check gives it
	// a file.truncated finding.
	Truncated bool `json:"truncated,omitempty"`
}

func (m *Metadata) note(kind, format string, args ...any) {
	m.addNote(Note{Kind: kind, Message: fmt.Sprintf(format, args...)})
}

// incomplete notes data the reader lost.
func (m *Metadata) incomplete(kind, format string, args ...any) {
	m.addNote(Note{Kind: kind, Message: fmt.Sprintf(format, args...), Incomplete: true})
}

// truncated notes a file that ends before the data it declares.
func (m *Metadata) truncated(kind, format string, args ...any) {
	m.Notes = append(m.Notes, Note{Kind: kind, Message: fmt.Sprintf(format, args...), Incomplete: true, Truncated: true})
}

// ReadOptions tune ReadFileWith and ReadWith.
type ReadOptions struct {
	// Sidecar is the photo's .xmp sidecar when the caller already knows it:
	// a path, or a bare file name taken in the photo's folder (what
	// SidecarFor returns to a walker that listed the folder). It is read
	// whatever ProbeSidecar says; one that cannot be read is noted as
	// Incomplete.
	Sidecar string
	// ProbeSidecar looks for a sidecar beside the photo (SidecarNames) when
	// Sidecar is empty. A walker that listed the folder leaves it false.
	ProbeSidecar bool
	// AllExtendedXMP merges every property of an extended XMP packet, and
	// lets it replace the main packet's; by default only the editorial
	// fields the main packet lacks are taken from it.
	AllExtendedXMP bool

	// budget replaces MaxMetadataMemory when set (tests and fuzzing).
	budget int64
}

// ReadFile reads the metadata of the image at path, and of its XMP sidecar
// (photo.jpg.xmp, photo.xmp, in either case) when one exists. The file is
// opened read-only. It is ReadFileWith(path, ReadOptions{ProbeSidecar: true}).
func ReadFile(path string) (*Metadata, error) {
	return ReadFileWith(path, ReadOptions{ProbeSidecar: true})
}

// ReadFileWith reads the image at path as ReadFile does, taking the
// sidecar from opt instead of probing for it when opt.Sidecar is set.
func ReadFileWith(path string, opt ReadOptions) (*Metadata, error) {
	f, st, err := safefile.Open(path) // a FIFO or device is refused, never waited on
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadOpen(f, st.Size(), path, opt)
}

// ReadOpen is ReadFileWith for a photo the caller opened itself (and may
// read again, as the provenance check does): path names it, for its XMP
// sidecar and the error message.
func ReadOpen(f io.ReaderAt, size int64, path string, opt ReadOptions) (*Metadata, error) {
	m, err := ReadWith(f, size, opt)
	if m != nil {
		// A damaged photo's sidecar is read all the same: it may hold the
		// editorial fields the photo lost.
		m.readSidecar(path, opt)
		m.flushNotes()
	}
	if err != nil {
		return m, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	return m, nil
}

// SidecarNames lists the names a sidecar of the photo called name may
// have, in the order they are preferred: photo.jpg.xmp, photo.jpg.XMP,
// photo.xmp, photo.XMP (digiKam and darktable name the first pair,
// Lightroom, Photo Mechanic and Capture One the second).
func SidecarNames(name string) []string {
	base := strings.TrimSuffix(name, filepath.Ext(name))
	return []string{name + ".xmp", name + ".XMP", base + ".xmp", base + ".XMP"}
}

// SidecarFor returns the sidecar of the photo called name among the file
// names of its folder (has reports whether a name is listed there), or "".
// A folder walker calls it once per photo after one directory listing and
// passes the result as ReadOptions.Sidecar.
func SidecarFor(name string, has func(string) bool) string {
	for _, n := range SidecarNames(name) {
		if has(n) {
			return n
		}
	}
	return ""
}

// readSidecar reads the XMP sidecar opt names, or the first one found
// beside path when opt asks to probe. A sidecar that exists but cannot be
// read is an incomplete reading, noted.
func (m *Metadata) readSidecar(path string, opt ReadOptions) {
	side := opt.Sidecar
	if side != "" && !filepath.IsAbs(side) && filepath.Dir(side) == "." {
		side = filepath.Join(filepath.Dir(path), side)
	}
	var b []byte
	var err error
	if side != "" {
		b, err = readLimited(side, MaxXMPSize)
	} else if opt.ProbeSidecar {
		dir := filepath.Dir(path)
		for _, n := range SidecarNames(filepath.Base(path)) {
			side = filepath.Join(dir, n)
			if b, err = readLimited(side, MaxXMPSize); !errors.Is(err, fs.ErrNotExist) {
				break
			}
		}
		if errors.Is(err, fs.ErrNotExist) {
			return
		}
	} else {
		return
	}
	m.useSidecar(filepath.Base(side), b, err)
}

// AddSidecar reads an XMP sidecar the caller fetched (a photo in object
// storage: its .xmp beside it in the same prefix) as ReadFile reads the
// sidecar beside a photo on disk: name names it in notes, err is why it
// could not be read (noted as incomplete). Call it once, after Read.
func (m *Metadata) AddSidecar(name string, b []byte, err error) {
	m.useSidecar(name, b, err)
	m.flushNotes()
}

// useSidecar parses a sidecar's bytes into XMPSidecar, within the budget.
func (m *Metadata) useSidecar(name string, b []byte, err error) {
	if err != nil {
		m.incomplete("xmp_sidecar", "sidecar %s could not be read: %v", name, err)
		return
	}
	if !m.budget.spend(true, int64(len(b))) {
		m.overBudget("xmp_sidecar", "sidecar "+name)
		return
	}
	props, notes, cost, err := parseXMPCost(b, m.budget.left(false))
	for _, n := range notes {
		n.Message = "sidecar " + name + ": " + n.Message
		m.addNote(n)
	}
	if err != nil {
		m.incomplete("xmp_sidecar", "sidecar %s: %v", name, err)
	}
	switch {
	case len(props) == 0:
	case m.budget.spend(false, cost):
		m.XMPSidecar = props
	default:
		m.overBudget("xmp_sidecar", fmt.Sprintf("sidecar %s (%d properties)", name, len(props)))
	}
}

func readLimited(path string, limit int64) ([]byte, error) {
	b, err := safefile.ReadFile(path, limit) // regular files only: a FIFO .xmp never blocks
	if errors.Is(err, safefile.ErrTooLarge) {
		return nil, fmt.Errorf("larger than %d bytes", limit)
	}
	return b, err
}

// countingReader counts what is read through it.
type countingReader struct {
	r io.ReaderAt
	n int64
}

func (c *countingReader) ReadAt(p []byte, off int64) (int, error) {
	n, err := c.r.ReadAt(p, off)
	c.n += int64(n)
	return n, err
}

// Read reads the metadata of an image of the given size. It returns what it
// could read along with an error when the file is damaged.
func Read(r io.ReaderAt, size int64) (*Metadata, error) {
	return ReadWith(r, size, ReadOptions{})
}

// ReadWith is Read with options (opt.Sidecar and opt.ProbeSidecar concern
// ReadFileWith only).
func ReadWith(r io.ReaderAt, size int64, opt ReadOptions) (m *Metadata, err error) {
	m = &Metadata{EXIF: make(map[string]any, len(exifTags)), IPTC: map[string]any{}, XMP: map[string]any{}}
	m.budget.limit = opt.budget
	cr := &countingReader{r: r}
	defer func() {
		m.BytesRead = cr.n
		if p := recover(); p != nil {
			err = fmt.Errorf("imagemeta: internal error on damaged data: %v", p)
		}
		m.flushNotes()
	}()
	raw := rawBlocks{r: cr, size: size, opt: opt}
	raw.readHead(size)
	defer raw.release()
	h := raw.head[:min(len(raw.head), 16)]
	switch {
	case bytes.HasPrefix(h, []byte{0xFF, 0xD8}):
		m.Format = "jpeg"
		err = readJPEG(cr, size, m, &raw)
	case bytes.HasPrefix(h, []byte("\x89PNG\r\n\x1a\n")):
		m.Format = "png"
		err = readPNG(cr, size, m, &raw)
	case len(h) >= 12 && string(h[:4]) == "RIFF" && string(h[8:12]) == "WEBP":
		m.Format = "webp"
		err = readWebP(cr, size, m, &raw)
	case bytes.HasPrefix(h, []byte("II*\x00")) || bytes.HasPrefix(h, []byte("MM\x00*")):
		m.Format = "tiff"
		err = readTIFF(cr, size, m, &raw)
	case len(h) >= 8 && string(h[4:8]) == "ftyp": // ISO BMFF: HEIC, AVIF (bmff.go decodes itself)
		return m, readBMFF(cr, size, m, opt)
	default:
		return m, ErrUnknownFormat
	}
	m.decode(&raw)
	// A broken container is the error returned (what was read before the
	// damage is kept in m); it is not noted a second time.
	return m, err
}

// rawBlocks are the metadata blocks a container reader extracted.
// Blocks may be slices of head, which goes back to a pool after decode:
// every decoder copies what it keeps.
type rawBlocks struct {
	exif     [][]byte // TIFF-structured EXIF blocks, "Exif\0\0" stripped
	irb      []byte   // Photoshop image resource blocks (APP13 joined)
	iim      [][]byte // bare IIM blocks (TIFF tag 33723, PNG raw profile)
	xmp      [][]byte // standard XMP packets in file order
	extended map[string]*extendedXMP

	exifFile bool // the file is a TIFF structure: EXIF is walked in place
	opt      ReadOptions

	r       io.ReaderAt // the file, for what lies beyond head
	size    int64
	head    []byte // the first headSize bytes of the file, read at once
	headBuf *[]byte
}

// headSize is read in one ReadAt: the metadata of most photos lies within.
const headSize = 64 << 10

var headPool = sync.Pool{New: func() any { b := make([]byte, headSize); return &b }}

func (raw *rawBlocks) readHead(size int64) {
	raw.headBuf = headPool.Get().(*[]byte)
	n, _ := raw.r.ReadAt((*raw.headBuf)[:min(int64(headSize), max(size, 0))], 0)
	raw.head = (*raw.headBuf)[:n]
}

// at returns the n bytes at off: a slice of head when they lie in it
// (valid until release), else read from the file, into small when it is
// big enough (valid until small is reused) or into a new slice.
func (raw *rawBlocks) at(off int64, n int, small []byte) ([]byte, error) {
	if off >= 0 && off+int64(n) <= int64(len(raw.head)) {
		return raw.head[off : off+int64(n)], nil
	}
	b := small
	if len(b) < n {
		b = make([]byte, n)
	}
	b = b[:n]
	k, err := raw.r.ReadAt(b, off)
	if k == n {
		return b, nil
	}
	if err == nil {
		err = io.ErrUnexpectedEOF
	}
	return b[:k], err
}

func (raw *rawBlocks) release() {
	if raw.headBuf != nil {
		headPool.Put(raw.headBuf)
		raw.head, raw.headBuf = nil, nil
	}
}

// decode turns the raw blocks into tag directories.
func (m *Metadata) decode(raw *rawBlocks) {
	if raw.exifFile {
		if err := decodeEXIFFrom(fileSource{raw}, m); err != nil {
			m.incomplete("exif", "EXIF not fully read: %v", err)
		}
	}
	if len(raw.exif) > 0 && !raw.exifFile {
		if err := decodeEXIF(raw.exif[0], m); err != nil {
			m.incomplete("exif", "EXIF block not fully read: %v", err)
		}
		if len(raw.exif) > 1 {
			// ExifTool too reads the first EXIF block of a JPEG.
			m.note("exif", "%d EXIF blocks: the first is read", len(raw.exif))
		}
	}
	var iim []byte
	var digest []byte
	if raw.irb != nil {
		var err error
		iim, digest, err = parseIRB(raw.irb)
		if err != nil {
			m.incomplete("iptc", "Photoshop resources after the damage not read: %v", err)
		}
	}
	if iim == nil && len(raw.iim) > 0 {
		iim = raw.iim[0]
	}
	if iim == nil && m.iimInEXIF != nil {
		m.IPTC = m.iimInEXIF
	}
	if iim != nil {
		tags, notes, err := m.readIIM(iim)
		m.IPTC = tags
		for _, n := range notes {
			m.addNote(n)
		}
		if err != nil {
			m.incomplete("iptc", "IIM not fully read: %v", err)
		}
		if digest != nil {
			if bytes.Equal(digest, md5sum(iim)) {
				m.IPTCDigest = "match"
			} else {
				m.IPTCDigest = "mismatch"
				m.note("iptc_digest", "IPTCDigest is not current: the XMP may be out of sync with the IIM")
			}
		}
	}
	m.decodeXMP(raw)
}

// editorialXMP are the XMP properties Fields reads.
var editorialXMP = func() map[string]bool {
	keys := map[string]bool{"exif:GPSLatitude": true, "exif:GPSLongitude": true}
	for _, f := range fieldSpecs {
		if f.xmp != "" {
			keys[f.xmp] = true
		}
	}
	return keys
}()

// isEditorialXMP: an editorial property or one of its language variants.
func isEditorialXMP(key string) bool {
	if editorialXMP[key] {
		return true
	}
	i := strings.LastIndexByte(key, '-')
	return i > 0 && editorialXMP[key[:i]]
}

// decodeXMP reads the standard packets in file order. XMP allows one; when
// a writer appended another, they are merged as ExifTool merges them: a
// property of a later packet replaces the same property of an earlier one.
// The extended packet the main one announces fills in the editorial
// fields it lacks (extended XMP mostly carries large non-editorial data,
// such as depth maps, that would bloat every sidecar); with
// opt.AllExtendedXMP every property it holds is taken.
func (m *Metadata) decodeXMP(raw *rawBlocks) {
	read := 0
	for i, pkt := range raw.xmp {
		if m.budget.left(false) == 0 {
			m.overBudget("xmp", fmt.Sprintf("XMP packet %d", i+1))
			continue
		}
		props, notes, cost, err := parseXMPCost(pkt, m.budget.left(false))
		for _, n := range notes {
			if len(raw.xmp) > 1 {
				n.Message = fmt.Sprintf("packet %d: %s", i+1, n.Message)
			}
			m.addNote(n)
		}
		if err != nil && len(props) == 0 {
			continue
		}
		if !m.budget.spend(false, cost) {
			m.overBudget("xmp", fmt.Sprintf("XMP packet %d (%d properties)", i+1, len(props)))
			continue
		}
		read++
		if len(m.XMP) == 0 {
			m.XMP = props
			continue
		}
		for k, v := range props {
			m.XMP[k] = v
		}
	}
	if read > 1 {
		m.note("xmp_packets", "%d standard XMP packets (XMP allows one): merged, a later packet's property replacing an earlier one's", read)
	}
	guid, _ := m.XMP["xmpNote:HasExtendedXMP"].(string)
	for _, g := range slices.Sorted(maps.Keys(raw.extended)) {
		if g != guid {
			m.note("xmp_extended", "extended XMP %s does not match xmpNote:HasExtendedXMP: ignored", g)
		}
	}
	if guid == "" {
		return
	}
	ext := raw.extended[guid]
	if ext == nil {
		m.incomplete("xmp_extended", "extended XMP %s announced but not found", guid)
		return
	}
	if !m.budget.spend(true, int64(ext.full)) {
		m.overBudget("xmp_extended", "extended XMP "+guid)
		return
	}
	b, err := ext.assemble(raw.r)
	if err != nil {
		m.incomplete("xmp_extended", "extended XMP %s: %v", guid, err)
		return
	}
	props, notes, cost, err := parseXMPCost(b, m.budget.left(false))
	for _, n := range notes {
		n.Kind, n.Message = "xmp_extended", "extended XMP: "+n.Message
		m.addNote(n)
	}
	if err != nil && len(props) == 0 {
		return
	}
	if !m.budget.spend(false, cost) {
		m.overBudget("xmp_extended", fmt.Sprintf("extended XMP %s (%d properties)", guid, len(props)))
		return
	}
	for k, v := range props {
		if _, ok := m.XMP[k]; raw.opt.AllExtendedXMP || !ok && isEditorialXMP(k) {
			m.XMP[k] = v
		}
	}
}
