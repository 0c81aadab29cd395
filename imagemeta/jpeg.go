package imagemeta

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
)

var (
	sigExif        = []byte("Exif\x00\x00")
	sigXMP         = []byte("http://ns.adobe.com/xap/1.0/\x00")
	sigExtendedXMP = []byte("http://ns.adobe.com/xmp/extension/\x00")
	sigPhotoshop   = []byte("Photoshop 3.0\x00")
)

// Segment is one JPEG marker segment before the image data.
type Segment struct {
	Marker byte
	Offset int64 // of the marker
	Length int   // of the payload, after the two length bytes
}

const maxSegments = 4096

// jpegWalk walks the marker segments of a JPEG in the bytes already read
// (head), reading from the file only what lies beyond them.
type jpegWalk struct {
	r    io.ReaderAt
	size int64
	head []byte
	buf  [4]byte
}

// at returns the n bytes at off, from head when they lie in it.
func (w *jpegWalk) at(off int64, n int, small []byte) ([]byte, error) {
	raw := rawBlocks{r: w.r, head: w.head}
	return raw.at(off, n, small)
}

// walk calls seg for each marker segment up to the start of scan. The
// error says where the structure broke.
func (w *jpegWalk) walk(seg func(Segment) error) error {
	off := int64(2)
	for n := 0; n < maxSegments; {
		if off+2 > w.size {
			return formatErr("jpeg", off, ErrTruncated, "truncated before start of scan")
		}
		b, err := w.at(off, 2, w.buf[:])
		if err != nil {
			return formatErr("jpeg", off, err, "reading marker at %d", off)
		}
		if b[0] != 0xFF {
			return formatErr("jpeg", off, nil, "no marker at offset %d", off)
		}
		marker := b[1]
		switch {
		case marker == 0xFF: // fill byte
			off++
			continue
		case marker == 0x01 || marker >= 0xD0 && marker <= 0xD8:
			off += 2
			continue
		case marker == 0xD9:
			return nil
		}
		if off+4 > w.size {
			return formatErr("jpeg", off, ErrTruncated, "truncated before start of scan")
		}
		b, err = w.at(off+2, 2, w.buf[:])
		if err != nil {
			return formatErr("jpeg", off, err, "reading length of marker %#x at %d", marker, off)
		}
		length := int(binary.BigEndian.Uint16(b))
		if length < 2 {
			return formatErr("jpeg", off, nil, "marker %#x at %d has length %d", marker, off, length)
		}
		if off+2+int64(length) > w.size {
			return formatErr("jpeg", off, ErrTruncated, "marker %#x at %d runs past the end of the file", marker, off)
		}
		n++
		if err := seg(Segment{Marker: marker, Offset: off, Length: length - 2}); err != nil {
			return err
		}
		if marker == 0xDA {
			return nil
		}
		off += 2 + int64(length)
	}
	return formatErr("jpeg", off, nil, "too many segments")
}

// ScanJPEG lists the marker segments of a JPEG up to the start of scan. It
// reads only the markers and length fields.
func ScanJPEG(r io.ReaderAt, size int64) ([]Segment, error) {
	w := jpegWalk{r: r, size: size}
	var segs []Segment
	err := w.walk(func(s Segment) error {
		segs = append(segs, s)
		return nil
	})
	return segs, err
}

// isSOF: the start-of-frame markers that carry the image size.
func isSOF(marker byte) bool {
	return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
}

func readJPEG(r io.ReaderAt, size int64, m *Metadata, raw *rawBlocks) error {
	w := jpegWalk{r: r, size: size, head: raw.head}
	sawSOS := false
	err := w.walk(func(s Segment) error {
		payload := s.Offset + 4
		switch {
		case isSOF(s.Marker):
			if s.Length >= 5 && m.Width == 0 {
				var small [5]byte
				if b, err := w.at(payload, 5, small[:]); err == nil {
					m.Height = int(binary.BigEndian.Uint16(b[1:3]))
					m.Width = int(binary.BigEndian.Uint16(b[3:5]))
				}
			}
		case s.Marker == 0xE1 && s.Length >= len(sigExtendedXMP)+40 && payload+int64(s.Length) > int64(len(w.head)):
			// Beyond head: an extended XMP chunk is read only if it is used.
			var small [128]byte
			b, err := w.at(payload, min(s.Length, len(small)), small[:])
			if err != nil {
				return formatErr("jpeg", s.Offset, err, "APP1 at %d", s.Offset)
			}
			if bytes.HasPrefix(b, sigExtendedXMP) {
				addExtendedXMP(b[len(sigExtendedXMP):], payload+int64(len(sigExtendedXMP)), s.Length-len(sigExtendedXMP), m, raw)
				return nil
			}
			fallthrough
		case s.Marker == 0xE1 || s.Marker == 0xED:
			if !m.budget.spend(true, int64(s.Length)) {
				m.overBudget("jpeg", fmt.Sprintf("APP%d segment at offset %d", s.Marker-0xE0, s.Offset))
				return nil
			}
			b, err := w.at(payload, s.Length, nil)
			if err != nil {
				return formatErr("jpeg", s.Offset, err, "APP%d at %d", s.Marker-0xE0, s.Offset)
			}
			addAppSegment(s.Marker, b, payload, m, raw)
		case s.Marker == 0xDA:
			sawSOS = true
		}
		return nil
	})
	if err != nil {
		// Returned to the caller (a file.unreadable finding), not noted twice.
		return err
	}
	if sawSOS && !w.hasEOI() {
		m.truncated("jpeg", "JPEG has no end-of-image marker: the file is truncated")
	}
	return nil
}

// hasEOI looks for the end-of-image marker at the end of the file, or in
// its last 4 KiB when a writer appended a trailer.
func (w *jpegWalk) hasEOI() bool {
	var small [2]byte
	if b, err := w.at(w.size-2, 2, small[:]); err == nil && b[0] == 0xFF && b[1] == 0xD9 {
		return true
	}
	n := min(w.size, 4096)
	tail, err := w.at(w.size-n, int(n), nil)
	return err == nil && bytes.Contains(tail, []byte{0xFF, 0xD9})
}

// xmpStarts are how an XMP packet begins after its APP1 header.
var xmpStarts = [][]byte{[]byte("<?xpacket"), []byte("<x:xmpmeta"), []byte("<x:xapmeta"), []byte("<rdf:RDF")}

// xmpHeader finds the XMP packet in an APP1 payload whose header is not
// byte-exact ("XMP\0://ns.adobe.com/xap/1.0/\0", a space before the NUL…),
// as ExifTool accepts it: an "http" or "XMP" header naming the XMP
// namespace, or an XMP packet at once.
func xmpHeader(b []byte) (packet []byte, ok bool) {
	limit := min(len(b), 256)
	for _, start := range xmpStarts {
		i := bytes.Index(b[:limit], start)
		if i < 0 {
			continue
		}
		hdr := b[:i]
		if i == 0 || (bytes.HasPrefix(hdr, []byte("http")) || bytes.HasPrefix(hdr, []byte("XMP"))) && bytes.Contains(hdr, []byte("ns.adobe.com/xap/1.0")) {
			return b[i:], true
		}
	}
	return nil, false
}

// addAppSegment files an APP1 or APP13 payload under the block it carries.
func addAppSegment(marker byte, b []byte, at int64, m *Metadata, raw *rawBlocks) {
	switch {
	case marker == 0xE1 && bytes.HasPrefix(b, sigExif):
		raw.exif = append(raw.exif, b[len(sigExif):])
	case marker == 0xE1 && bytes.HasPrefix(b, sigXMP):
		raw.xmp = append(raw.xmp, b[len(sigXMP):])
	case marker == 0xE1 && bytes.HasPrefix(b, sigExtendedXMP):
		addExtendedXMP(b[len(sigExtendedXMP):], at+int64(len(sigExtendedXMP)), len(b)-len(sigExtendedXMP), m, raw)
	case marker == 0xE1:
		if pkt, ok := xmpHeader(b); ok {
			m.note("xmp", "APP1 XMP segment with a non-standard header %q: read as XMP", b[:len(b)-len(pkt)])
			raw.xmp = append(raw.xmp, pkt)
		}
	case marker == 0xED && bytes.HasPrefix(b, sigPhotoshop):
		if len(raw.irb)+len(b) <= MaxIPTCSize {
			raw.irb = append(raw.irb, b[len(sigPhotoshop):]...)
		} else {
			m.incomplete("iptc", "Photoshop APP13 segments over %d bytes: the rest is not read", MaxIPTCSize)
		}
	}
}

// extendedXMP collects the chunks of one extended XMP packet. A chunk
// beyond the bytes read at first is only located (at, n) and read if the
// main packet names this GUID.
type extendedXMP struct {
	full   uint32
	chunks map[uint32]xmpChunk
}

type xmpChunk struct {
	data []byte
	at   int64
	n    int
}

// addExtendedXMP records a chunk: b starts with its 40-byte header (GUID,
// full length, offset); at and n locate the chunk, header included, in the
// file. When b holds the whole chunk it is kept.
func addExtendedXMP(b []byte, at int64, n int, m *Metadata, raw *rawBlocks) {
	if len(b) < 40 {
		m.incomplete("xmp_extended", "extended XMP chunk too short")
		return
	}
	guid := string(b[:32])
	full := binary.BigEndian.Uint32(b[32:36])
	off := binary.BigEndian.Uint32(b[36:40])
	if full > MaxXMPSize {
		m.incomplete("xmp_extended", "extended XMP %s of %d bytes is over the limit: not read", guid, full)
		return
	}
	if raw.extended == nil {
		raw.extended = map[string]*extendedXMP{}
	}
	e := raw.extended[guid]
	if e == nil {
		e = &extendedXMP{full: full, chunks: map[uint32]xmpChunk{}}
		raw.extended[guid] = e
	}
	c := xmpChunk{at: at + 40, n: n - 40}
	if len(b) == n {
		c.data = b[40:]
	}
	e.chunks[off] = c
}

func (e *extendedXMP) assemble(r io.ReaderAt) ([]byte, error) {
	buf := make([]byte, 0, e.full)
	for uint32(len(buf)) < e.full {
		c, ok := e.chunks[uint32(len(buf))]
		if !ok || c.n <= 0 || uint64(len(buf))+uint64(c.n) > uint64(e.full) {
			return nil, fmt.Errorf("chunk at offset %d missing", len(buf))
		}
		if c.data != nil {
			buf = append(buf, c.data...)
			continue
		}
		k, err := r.ReadAt(buf[len(buf):len(buf)+c.n], c.at)
		if k != c.n {
			return nil, fmt.Errorf("chunk at offset %d: %v", len(buf), err)
		}
		buf = buf[:len(buf)+c.n]
	}
	return buf, nil
}

// readAt reads n bytes at off into a new slice (for container readers that
// do not go through rawBlocks.at).
func readAt(r io.ReaderAt, off int64, n int) ([]byte, error) {
	b := make([]byte, n)
	k, err := r.ReadAt(b, off)
	if k == n {
		return b, nil
	}
	if err == nil {
		err = io.ErrUnexpectedEOF
	}
	return b[:k], err
}
