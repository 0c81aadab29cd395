// Package imagemeta reads the editorial metadata of news photos without
// decoding their pixels: EXIF (through goexif), IPTC IIM and XMP, from
// JPEG, TIFF, PNG and WebP files, plus a .xmp sidecar beside the image.
//
// One reader per container feeds plain directories of tags named as
// ExifTool names them (EXIF, IPTC, XMP); Fields then reconciles the
// editorial fields across those sources.
package imagemeta

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
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
	Format      string // jpeg, tiff, png, webp
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
}

// Note reports something a reader noticed and worked around.
type Note struct {
	Kind    string `json:"kind"` // charset, iptc_digest, xmp_packets, xmp_extended, exif, iptc, xmp
	Message string `json:"message"`
	// Incomplete is set when the reader lost data it could not read (an XMP
	// packet cut short, a size or depth limit, a broken .xmp sidecar, a JPEG
	// without its end marker, a failed EXIF block): check turns such notes
	// into a metadata.incomplete finding.
	Incomplete bool `json:"incomplete,omitempty"`
}

func (m *Metadata) note(kind, format string, args ...any) {
	m.Notes = append(m.Notes, Note{Kind: kind, Message: fmt.Sprintf(format, args...)})
}

// ErrUnknownFormat is returned for a file that is none of the supported formats.
var ErrUnknownFormat = errors.New("imagemeta: not a JPEG, TIFF, PNG or WebP file")

// ReadFile reads the metadata of the image at path, and of its XMP sidecar
// (photo.xmp or photo.jpg.xmp) when one exists. The file is opened read-only.
func ReadFile(path string) (*Metadata, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	m, err := Read(f, st.Size())
	if err != nil {
		return m, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	for _, side := range sidecarPaths(path) {
		b, err := readLimited(side, MaxXMPSize)
		if err != nil {
			continue
		}
		props, err := ParseXMP(b)
		if err != nil {
			m.note("xmp", "sidecar %s: %v", filepath.Base(side), err)
			continue
		}
		m.XMPSidecar = props
		break
	}
	return m, nil
}

func sidecarPaths(path string) []string {
	ext := filepath.Ext(path)
	return []string{path + ".xmp", strings.TrimSuffix(path, ext) + ".xmp"}
}

func readLimited(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("larger than %d bytes", limit)
	}
	return b, nil
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
func Read(r io.ReaderAt, size int64) (m *Metadata, err error) {
	m = &Metadata{EXIF: map[string]any{}, IPTC: map[string]any{}, XMP: map[string]any{}}
	cr := &countingReader{r: r}
	defer func() {
		m.BytesRead = cr.n
		if p := recover(); p != nil {
			err = fmt.Errorf("imagemeta: internal error on damaged data: %v", p)
		}
	}()
	var head [16]byte
	n, _ := cr.ReadAt(head[:], 0)
	h := head[:n]
	var raw rawBlocks
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
		return m, readBMFF(cr, size, m)
	default:
		return m, ErrUnknownFormat
	}
	m.decode(&raw)
	return m, err
}

// rawBlocks are the metadata blocks a container reader extracted.
type rawBlocks struct {
	exif     [][]byte // TIFF-structured EXIF blocks, "Exif\0\0" stripped
	irb      []byte   // Photoshop image resource blocks (APP13 joined)
	iim      [][]byte // bare IIM blocks (TIFF tag 33723, PNG raw profile)
	xmp      [][]byte // standard XMP packets in file order
	extended map[string]*extendedXMP
}

// decode turns the raw blocks into tag directories.
func (m *Metadata) decode(raw *rawBlocks) {
	for i, b := range raw.exif {
		if i > 0 {
			break
		}
		if err := decodeEXIF(b, m); err != nil {
			m.note("exif", "%v", err)
		}
	}
	var iim []byte
	var digest []byte
	if raw.irb != nil {
		var err error
		iim, digest, err = parseIRB(raw.irb)
		if err != nil {
			m.note("iptc", "%v", err)
		}
	}
	if iim == nil && len(raw.iim) > 0 {
		iim = raw.iim[0]
	}
	if iim == nil && m.iimInEXIF != nil {
		m.IPTC = m.iimInEXIF
	}
	if iim != nil {
		tags, notes, err := ParseIIM(iim)
		m.IPTC = tags
		m.Notes = append(m.Notes, notes...)
		if err != nil {
			m.note("iptc", "%v", err)
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
	for i, pkt := range raw.xmp {
		props, err := ParseXMP(pkt)
		if err != nil {
			m.note("xmp", "packet %d: %v", i+1, err)
			continue
		}
		if len(m.XMP) == 0 {
			m.XMP = props
			continue
		}
		m.note("xmp_packets", "%d more XMP packet(s) ignored: the first standard packet wins", len(raw.xmp)-i)
		break
	}
	if guid, ok := m.XMP["xmpNote:HasExtendedXMP"].(string); ok && guid != "" {
		ext := raw.extended[guid]
		if ext == nil {
			m.note("xmp_extended", "extended XMP %s announced but not found", guid)
		} else if b, err := ext.assemble(); err != nil {
			m.note("xmp_extended", "extended XMP %s: %v", guid, err)
		} else if props, err := ParseXMP(b); err != nil {
			m.note("xmp_extended", "extended XMP %s: %v", guid, err)
		} else {
			for k, v := range props {
				if _, ok := m.XMP[k]; !ok {
					m.XMP[k] = v
				}
			}
		}
	}
	for guid := range raw.extended {
		if g, _ := m.XMP["xmpNote:HasExtendedXMP"].(string); g != guid {
			m.note("xmp_extended", "extended XMP %s does not match xmpNote:HasExtendedXMP: ignored", guid)
		}
	}
}
