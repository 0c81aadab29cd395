package imagemeta

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
)

// webpImageChunks are image data, skipped unread: an animation puts its
// frames (ANMF) before EXIF and XMP.
var webpImageChunks = map[string]bool{"ANMF": true, "ALPH": true, "VP8 ": true, "VP8L": true}

// webpFlags are the VP8X flags that announce metadata chunks.
var webpFlags = map[string]byte{"EXIF": 0x08, "XMP ": 0x04}

// readWebP walks the RIFF chunks of a WebP: VP8X/VP8/VP8L for the size,
// EXIF and "XMP " for metadata; image data is skipped.
func readWebP(r io.ReaderAt, size int64, m *Metadata, raw *rawBlocks) error {
	var h [10]byte
	b, err := raw.at(4, 4, h[:])
	if err != nil {
		return formatErr("webp", 4, ErrTruncated, "truncated header")
	}
	end := int64(binary.LittleEndian.Uint32(b)) + 8
	if end > size {
		m.truncated("webp", "RIFF size %d is larger than the file (%d bytes): the file is truncated", end, size)
		end = size
	}
	off := int64(12)
	var count chunkCounter
	var announced, found byte
	for off+8 <= end {
		hdr, err := raw.at(off, 8, h[:])
		if err != nil {
			return formatErr("webp", off, err, "chunk header at %d", off)
		}
		typ := string(hdr[:4])
		n := int64(binary.LittleEndian.Uint32(hdr[4:8]))
		data := off + 8
		if n > end-data {
			return formatErr("webp", off, ErrTruncated, "chunk %q at %d claims %d bytes, past the end of the file", typ, off, n)
		}
		if count.over(m, "webp", webpImageChunks[typ], off) {
			return nil
		}
		switch typ {
		case "VP8X", "VP8 ", "VP8L":
			if c, err := raw.at(data, int(min(n, 10)), h[:]); err == nil {
				announced |= webpSize(typ, c, m)
			}
		case "EXIF", "XMP ":
			found |= webpFlags[typ]
			if n > MaxChunkSize {
				m.incomplete("webp", "chunk %s of %d bytes skipped: over the %d-byte limit", typ, n, MaxChunkSize)
				break
			}
			if !m.budget.spend(true, n) {
				m.overBudget("webp", fmt.Sprintf("chunk %s at offset %d", typ, off))
				break
			}
			c, err := raw.at(data, int(n), nil)
			if err != nil {
				return formatErr("webp", off, err, "chunk %q", typ)
			}
			if typ == "EXIF" {
				raw.exif = append(raw.exif, bytes.TrimPrefix(c, sigExif))
			} else {
				raw.xmp = append(raw.xmp, c)
			}
		}
		off = data + n + n%2
	}
	for _, typ := range []string{"EXIF", "XMP "} {
		if announced&^found&webpFlags[typ] != 0 {
			m.incomplete("webp", "VP8X announces a %s chunk, but the file ends without one: it may be cut short", typ)
		}
	}
	return nil
}

// webpSize takes the image size from the first bytes c of a VP8X, VP8 or
// VP8L chunk, and returns the metadata flags a VP8X announces.
func webpSize(typ string, c []byte, m *Metadata) (flags byte) {
	switch {
	case typ == "VP8X" && len(c) >= 10:
		m.Width = int(uint32(c[4])|uint32(c[5])<<8|uint32(c[6])<<16) + 1
		m.Height = int(uint32(c[7])|uint32(c[8])<<8|uint32(c[9])<<16) + 1
		return c[0] & (webpFlags["EXIF"] | webpFlags["XMP "])
	case typ == "VP8 " && len(c) >= 10 && m.Width == 0 && c[3] == 0x9d && c[4] == 0x01 && c[5] == 0x2a:
		m.Width = int(binary.LittleEndian.Uint16(c[6:8]) & 0x3fff)
		m.Height = int(binary.LittleEndian.Uint16(c[8:10]) & 0x3fff)
	case typ == "VP8L" && len(c) >= 5 && m.Width == 0 && c[0] == 0x2f:
		bits := binary.LittleEndian.Uint32(c[1:5])
		m.Width = int(bits&0x3fff) + 1
		m.Height = int(bits>>14&0x3fff) + 1
	}
	return 0
}
