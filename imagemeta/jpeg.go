package imagemeta

import (
	"bytes"
	"encoding/binary"
	"errors"
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

// ScanJPEG lists the marker segments of a JPEG up to the start of scan. It
// reads only the markers and length fields.
func ScanJPEG(r io.ReaderAt, size int64) ([]Segment, error) {
	var segs []Segment
	off := int64(2)
	var b [4]byte
	for len(segs) < maxSegments {
		if off+2 > size {
			return segs, errors.New("jpeg: truncated before start of scan")
		}
		if _, err := r.ReadAt(b[:2], off); err != nil {
			return segs, fmt.Errorf("jpeg: reading marker at %d: %w", off, err)
		}
		if b[0] != 0xFF {
			return segs, fmt.Errorf("jpeg: no marker at offset %d", off)
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
			return segs, nil
		}
		if _, err := r.ReadAt(b[2:4], off+2); err != nil {
			return segs, fmt.Errorf("jpeg: reading length of marker %#x at %d: %w", marker, off, err)
		}
		n := int(binary.BigEndian.Uint16(b[2:4]))
		if n < 2 {
			return segs, fmt.Errorf("jpeg: marker %#x at %d has length %d", marker, off, n)
		}
		if off+2+int64(n) > size {
			return segs, fmt.Errorf("jpeg: marker %#x at %d runs past the end of the file", marker, off)
		}
		segs = append(segs, Segment{Marker: marker, Offset: off, Length: n - 2})
		if marker == 0xDA {
			return segs, nil
		}
		off += 2 + int64(n)
	}
	return segs, errors.New("jpeg: too many segments")
}

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

func readJPEG(r io.ReaderAt, size int64, m *Metadata, raw *rawBlocks) error {
	segs, scanErr := ScanJPEG(r, size)
	for _, s := range segs {
		payload := s.Offset + 4
		switch {
		case s.Marker >= 0xC0 && s.Marker <= 0xCF && s.Marker != 0xC4 && s.Marker != 0xC8 && s.Marker != 0xCC:
			if s.Length >= 5 && m.Width == 0 {
				b, err := readAt(r, payload, 5)
				if err == nil {
					m.Height = int(binary.BigEndian.Uint16(b[1:3]))
					m.Width = int(binary.BigEndian.Uint16(b[3:5]))
				}
			}
		case s.Marker == 0xE1 || s.Marker == 0xED:
			b, err := readAt(r, payload, s.Length)
			if err != nil {
				return fmt.Errorf("jpeg: APP%d at %d: %w", s.Marker-0xE0, s.Offset, err)
			}
			addAppSegment(s.Marker, b, m, raw)
		}
	}
	return scanErr
}

// addAppSegment files an APP1 or APP13 payload under the block it carries.
func addAppSegment(marker byte, b []byte, m *Metadata, raw *rawBlocks) {
	switch {
	case marker == 0xE1 && bytes.HasPrefix(b, sigExif):
		raw.exif = append(raw.exif, b[len(sigExif):])
	case marker == 0xE1 && bytes.HasPrefix(b, sigXMP):
		raw.xmp = append(raw.xmp, b[len(sigXMP):])
	case marker == 0xE1 && bytes.HasPrefix(b, sigExtendedXMP):
		addExtendedXMP(b[len(sigExtendedXMP):], m, raw)
	case marker == 0xED && bytes.HasPrefix(b, sigPhotoshop):
		if len(raw.irb)+len(b) <= MaxIPTCSize {
			raw.irb = append(raw.irb, b[len(sigPhotoshop):]...)
		}
	}
}

// extendedXMP collects the chunks of one extended XMP packet.
type extendedXMP struct {
	full   uint32
	chunks map[uint32][]byte
}

func addExtendedXMP(b []byte, m *Metadata, raw *rawBlocks) {
	if len(b) < 40 {
		m.note("xmp_extended", "extended XMP chunk too short")
		return
	}
	guid := string(b[:32])
	full := binary.BigEndian.Uint32(b[32:36])
	off := binary.BigEndian.Uint32(b[36:40])
	if full > MaxXMPSize {
		m.note("xmp_extended", "extended XMP %s of %d bytes is over the limit", guid, full)
		return
	}
	if raw.extended == nil {
		raw.extended = map[string]*extendedXMP{}
	}
	e := raw.extended[guid]
	if e == nil {
		e = &extendedXMP{full: full, chunks: map[uint32][]byte{}}
		raw.extended[guid] = e
	}
	e.chunks[off] = b[40:]
}

func (e *extendedXMP) assemble() ([]byte, error) {
	buf := make([]byte, 0, e.full)
	for uint32(len(buf)) < e.full {
		c, ok := e.chunks[uint32(len(buf))]
		if !ok || len(c) == 0 {
			return nil, fmt.Errorf("chunk at offset %d missing", len(buf))
		}
		buf = append(buf, c...)
	}
	if uint32(len(buf)) != e.full {
		return nil, fmt.Errorf("chunks add up to %d bytes, not %d", len(buf), e.full)
	}
	return buf, nil
}
