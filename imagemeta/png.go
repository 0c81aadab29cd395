package imagemeta

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Chunks walked in a PNG or WebP. Image data (PNG IDAT, APNG frames, WebP
// frames) is skipped unread, a header each, and counted apart: a long
// animation or a big image split in small chunks is legitimate, and the
// metadata may follow it.
const (
	maxChunks      = 10000   // chunks other than image data
	maxImageChunks = 1 << 20 // image data chunks
)

// pngImageChunks are skipped unread.
var pngImageChunks = map[string]bool{"IDAT": true, "fdAT": true, "fcTL": true}

// chunkCounter counts the chunks of a PNG or WebP walk against the limits.
type chunkCounter struct{ other, image int }

// over counts a chunk and says, in a note, when a limit stops the walk.
func (c *chunkCounter) over(m *Metadata, kind string, image bool, off int64) bool {
	n, limit, what := &c.other, maxChunks, "chunks besides image data"
	if image {
		n, limit, what = &c.image, maxImageChunks, "image data and animation frame chunks"
	}
	if *n++; *n <= limit {
		return false
	}
	m.incomplete(kind, "more than %d %s: the chunks from offset %d on are not read", limit, what, off)
	return true
}

// readPNG walks the chunks of a PNG, reading only IHDR and the metadata
// chunks (eXIf, iTXt XMP, zTXt/tEXt raw profiles); image data is skipped.
func readPNG(r io.ReaderAt, size int64, m *Metadata, raw *rawBlocks) error {
	off := int64(8)
	var h [8]byte
	var count chunkCounter
	for {
		if off+8 > size {
			return formatErr("png", off, ErrTruncated, "truncated: no IEND chunk")
		}
		hdr, err := raw.at(off, 8, h[:])
		if err != nil {
			return formatErr("png", off, err, "chunk header at %d", off)
		}
		n := int64(binary.BigEndian.Uint32(hdr[:4]))
		typ := string(hdr[4:8])
		data := off + 8
		if n > size-data-4 {
			return formatErr("png", off, ErrTruncated, "chunk %q at %d claims %d bytes, past the end of the file", typ, off, n)
		}
		if count.over(m, "png", pngImageChunks[typ], off) {
			return nil
		}
		switch typ {
		case "IHDR":
			b, err := raw.at(data, 8, h[:])
			if err == nil && n >= 8 {
				m.Width = int(binary.BigEndian.Uint32(b[:4]))
				m.Height = int(binary.BigEndian.Uint32(b[4:8]))
			}
		case "eXIf", "iTXt", "zTXt", "tEXt":
			if n > MaxChunkSize {
				m.incomplete("png", "chunk %s of %d bytes skipped: over the %d-byte limit", typ, n, MaxChunkSize)
				break
			}
			if !m.budget.spend(true, n) {
				m.overBudget("png", fmt.Sprintf("chunk %s at offset %d", typ, off))
				break
			}
			b, err := raw.at(data, int(n), nil)
			if err != nil {
				return formatErr("png", off, err, "chunk %q at %d", typ, off)
			}
			if err := pngMetaChunk(typ, b, m, raw); err != nil {
				m.incomplete("png", "%v: not read", err)
			}
		case "IEND":
			return nil
		}
		off = data + n + 4
	}
}

func pngMetaChunk(typ string, b []byte, m *Metadata, raw *rawBlocks) error {
	switch typ {
	case "eXIf":
		raw.exif = append(raw.exif, bytes.TrimPrefix(b, sigExif))
		return nil
	case "iTXt":
		kw, rest, ok := bytes.Cut(b, []byte{0})
		if !ok || len(rest) < 2 {
			return formatErr("png", -1, nil, "bad iTXt chunk")
		}
		compressed := rest[0] == 1
		rest = rest[2:]
		_, rest, _ = bytes.Cut(rest, []byte{0})  // language tag
		_, text, _ := bytes.Cut(rest, []byte{0}) // translated keyword
		if compressed {
			var err error
			if text, err = inflate(text, m, "iTXt", kw); err != nil || text == nil {
				return err
			}
		}
		return pngText(string(kw), text, m, raw)
	case "zTXt":
		kw, rest, ok := bytes.Cut(b, []byte{0})
		if !ok || len(rest) < 1 {
			return formatErr("png", -1, nil, "bad zTXt chunk")
		}
		text, err := inflate(rest[1:], m, "zTXt", kw)
		if err != nil || text == nil {
			return err
		}
		return pngText(string(kw), text, m, raw)
	case "tEXt":
		kw, text, ok := bytes.Cut(b, []byte{0})
		if !ok {
			return formatErr("png", -1, nil, "bad tEXt chunk")
		}
		return pngText(string(kw), text, m, raw)
	}
	return nil
}

// inflate decompresses the text of chunk typ with keyword kw, up to
// MaxChunkSize and what is left of the photo's budget for blocks, which
// pays for it. It returns nil, nil when the budget cannot pay (noted).
func inflate(b []byte, m *Metadata, typ string, kw []byte) ([]byte, error) {
	zr, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, formatErr("png", -1, err, "%s %q", typ, kw)
	}
	defer zr.Close()
	limit := min(MaxChunkSize, m.budget.left(true))
	out, err := io.ReadAll(io.LimitReader(zr, limit+1))
	switch {
	case err != nil:
		return nil, formatErr("png", -1, err, "%s %q", typ, kw)
	case int64(len(out)) <= limit:
		m.budget.spend(true, int64(len(out))) // within what is left
		return out, nil
	case limit < MaxChunkSize:
		m.budget.refuse(true)
		m.overBudget("png", fmt.Sprintf("%s %q, decompressed", typ, kw))
		return nil, nil
	}
	return nil, formatErr("png", -1, nil, "%s %q: decompressed data over the %d-byte limit", typ, kw, MaxChunkSize)
}

// pngText files a text chunk: XMP, or an ImageMagick "Raw profile type X"
// (a hex dump after a name line and a length line).
func pngText(kw string, text []byte, m *Metadata, raw *rawBlocks) error {
	switch {
	case kw == "XML:com.adobe.xmp":
		raw.xmp = append(raw.xmp, text)
		return nil
	case strings.HasPrefix(kw, "Raw profile type "):
		if !m.budget.spend(true, int64(len(text)/2)) {
			m.overBudget("png", kw+", decoded")
			return nil
		}
		data, err := rawProfile(text)
		if err != nil {
			return formatErr("png", -1, err, "%s", kw)
		}
		switch strings.TrimPrefix(kw, "Raw profile type ") {
		case "iptc", "8bim":
			if bytes.HasPrefix(data, []byte("8BIM")) {
				raw.irb = append(raw.irb, data...)
			} else {
				raw.iim = append(raw.iim, data)
			}
		case "exif", "APP1":
			raw.exif = append(raw.exif, bytes.TrimPrefix(data, sigExif))
		case "xmp":
			raw.xmp = append(raw.xmp, data)
		}
	}
	return nil
}

func rawProfile(text []byte) ([]byte, error) {
	// "\nIPTC profile\n     230\n3842494d…": a name line, a length line, hex.
	var lines []string
	for _, l := range strings.Split(string(text), "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, strings.TrimSpace(l))
		}
	}
	if len(lines) < 2 {
		return nil, errors.New("raw profile too short")
	}
	hexdata := strings.Join(lines[2:], "")
	if len(hexdata) > 2*MaxChunkSize {
		return nil, errors.New("raw profile over the limit")
	}
	out, err := hex.DecodeString(hexdata)
	if err != nil {
		return nil, fmt.Errorf("raw profile: %w", err)
	}
	return out, nil
}
