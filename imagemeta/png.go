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

const maxChunks = 10000

// readPNG walks the chunks of a PNG, reading only IHDR and the metadata
// chunks (eXIf, iTXt XMP, zTXt/tEXt raw profiles); image data is skipped.
func readPNG(r io.ReaderAt, size int64, m *Metadata, raw *rawBlocks) error {
	off := int64(8)
	var h [8]byte
	for i := 0; i < maxChunks; i++ {
		if off+8 > size {
			return errors.New("png: truncated: no IEND chunk")
		}
		hdr, err := raw.at(off, 8, h[:])
		if err != nil {
			return fmt.Errorf("png: chunk header at %d: %w", off, err)
		}
		n := int64(binary.BigEndian.Uint32(hdr[:4]))
		typ := string(hdr[4:8])
		data := off + 8
		if n > size-data-4 {
			return fmt.Errorf("png: chunk %q at %d claims %d bytes, past the end of the file", typ, off, n)
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
			b, err := raw.at(data, int(n), nil)
			if err != nil {
				return fmt.Errorf("png: chunk %q at %d: %w", typ, off, err)
			}
			if err := pngMetaChunk(typ, b, raw); err != nil {
				m.incomplete("png", "%v: not read", err)
			}
		case "IEND":
			return nil
		}
		off = data + n + 4
	}
	return errors.New("png: too many chunks")
}

func pngMetaChunk(typ string, b []byte, raw *rawBlocks) error {
	switch typ {
	case "eXIf":
		raw.exif = append(raw.exif, bytes.TrimPrefix(b, sigExif))
		return nil
	case "iTXt":
		kw, rest, ok := bytes.Cut(b, []byte{0})
		if !ok || len(rest) < 2 {
			return errors.New("png: bad iTXt chunk")
		}
		compressed := rest[0] == 1
		rest = rest[2:]
		_, rest, _ = bytes.Cut(rest, []byte{0})  // language tag
		_, text, _ := bytes.Cut(rest, []byte{0}) // translated keyword
		if compressed {
			var err error
			if text, err = inflate(text); err != nil {
				return fmt.Errorf("png: iTXt %q: %w", kw, err)
			}
		}
		return pngText(string(kw), text, raw)
	case "zTXt":
		kw, rest, ok := bytes.Cut(b, []byte{0})
		if !ok || len(rest) < 1 {
			return errors.New("png: bad zTXt chunk")
		}
		text, err := inflate(rest[1:])
		if err != nil {
			return fmt.Errorf("png: zTXt %q: %w", kw, err)
		}
		return pngText(string(kw), text, raw)
	case "tEXt":
		kw, text, ok := bytes.Cut(b, []byte{0})
		if !ok {
			return errors.New("png: bad tEXt chunk")
		}
		return pngText(string(kw), text, raw)
	}
	return nil
}

func inflate(b []byte) ([]byte, error) {
	zr, err := zlib.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	out, err := io.ReadAll(io.LimitReader(zr, MaxChunkSize+1))
	if err != nil {
		return nil, err
	}
	if len(out) > MaxChunkSize {
		return nil, errors.New("decompressed data over the limit")
	}
	return out, nil
}

// pngText files a text chunk: XMP, or an ImageMagick "Raw profile type X"
// (a hex dump after a name line and a length line).
func pngText(kw string, text []byte, raw *rawBlocks) error {
	switch {
	case kw == "XML:com.adobe.xmp":
		raw.xmp = append(raw.xmp, text)
		return nil
	case strings.HasPrefix(kw, "Raw profile type "):
		data, err := rawProfile(text)
		if err != nil {
			return fmt.Errorf("png: %s: %w", kw, err)
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
