package imagemeta

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// box is an ISO BMFF box of the given type around payload.
func box(typ string, payload ...byte) []byte {
	b := binary.BigEndian.AppendUint32(nil, uint32(8+len(payload)))
	return append(append(b, typ...), payload...)
}

// TestErrorKinds: over crafted broken files, a caller tells a cut file
// (ErrTruncated) from a file it cannot read (ErrUnsupported) from a damaged
// one (neither), and finds where it broke with errors.As.
func TestErrorKinds(t *testing.T) {
	const corrupt = "corrupt"
	ihdr := append(binary.BigEndian.AppendUint32(nil, 13), "IHDR"...)
	ihdr = append(ihdr, make([]byte, 13+4)...)
	cases := []struct {
		name, kind, format string
		offset             int64
		file               []byte
	}{
		{"jpeg segment past the end", "truncated", "jpeg", 2, []byte{0xFF, 0xD8, 0xFF, 0xE1, 0x10, 0x00, 'E', 'x'}},
		{"jpeg without start of scan", "truncated", "jpeg", 2, []byte{0xFF, 0xD8}},
		{"jpeg without marker", corrupt, "jpeg", 2, []byte{0xFF, 0xD8, 0x00, 0x00, 0x00, 0x00}},
		{"jpeg marker length 1", corrupt, "jpeg", 2, []byte{0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x01, 0, 0}},
		{"png chunk past the end", "truncated", "png", 8, append([]byte("\x89PNG\r\n\x1a\n"), ihdr[:12]...)},
		{"png without IEND", "truncated", "png", 33, append([]byte("\x89PNG\r\n\x1a\n"), ihdr...)},
		{"webp chunk past the end", "truncated", "webp", 12, append([]byte("RIFF\x20\x00\x00\x00WEBP"), "VP8X\xff\x00\x00\x00\x00\x00"...)},
		{"tiff IFD past the end", "truncated", "tiff", 4, []byte("II*\x00\x64\x00\x00\x00")},
		{"tiff IFD in the header", corrupt, "tiff", 4, []byte("II*\x00\x02\x00\x00\x00")},
		{"tiff IFD entries past the end", "truncated", "tiff", 8, []byte("II*\x00\x08\x00\x00\x00\x09\x00")},
		{"heic box past the end", "truncated", "heic", 16, append(box("ftyp", []byte("heic\x00\x00\x00\x00")...), 0, 0, 1, 0, 'm', 'd', 'a', 't')},
		{"heic without meta", "unsupported", "heic", -1, box("ftyp", []byte("heic\x00\x00\x00\x00")...)},
		{"mp4", "unsupported", "", 0, box("ftyp", []byte("isom\x00\x00\x00\x00")...)},
		{"text", "unsupported", "", 0, []byte("hello, not a photo")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read(bytes.NewReader(c.file), int64(len(c.file)))
			if err == nil {
				t.Fatal("no error")
			}
			kind := corrupt
			switch {
			case errors.Is(err, ErrTruncated) && errors.Is(err, ErrUnsupported):
				t.Fatalf("%v: both truncated and unsupported", err)
			case errors.Is(err, ErrTruncated):
				kind = "truncated"
			case errors.Is(err, ErrUnsupported):
				kind = "unsupported"
			}
			if kind != c.kind {
				t.Errorf("%v: %s, want %s", err, kind, c.kind)
			}
			var fe *FormatError
			if errors.As(err, &fe) != (c.format != "") {
				t.Fatalf("%v: FormatError %v, want one for %q", err, fe, c.format)
			}
			if fe != nil && (fe.Format != c.format || fe.Offset != c.offset || fe.Error() != err.Error()) {
				t.Errorf("%v: FormatError %q at %d, want %q at %d", err, fe.Format, fe.Offset, c.format, c.offset)
			}
		})
	}
}

// TestErrorKindsThroughReadFile: the file name ReadFile adds keeps the
// kind and the FormatError reachable.
func TestErrorKindsThroughReadFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "cut.jpg")
	os.WriteFile(p, []byte{0xFF, 0xD8, 0xFF, 0xE1, 0x10, 0x00}, 0o644)
	_, err := ReadFile(p)
	var fe *FormatError
	if !errors.Is(err, ErrTruncated) || !errors.As(err, &fe) || fe.Format != "jpeg" {
		t.Errorf("%v: kind or FormatError lost", err)
	}
	if want := "cut.jpg: jpeg: marker 0xe1 at 2 runs past the end of the file"; err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
}

// TestBlockErrorKinds: the exported block parsers type their errors too.
func TestBlockErrorKinds(t *testing.T) {
	_, _, err := ParseIIM([]byte{0x1C, 0x02, 0x05, 0x00})
	var fe *FormatError
	if !errors.Is(err, ErrTruncated) || !errors.As(err, &fe) || fe.Format != "iptc" || fe.Offset != 0 {
		t.Errorf("IIM cut in a dataset header: %v", err)
	}
	_, _, err = ParseIIM([]byte{0x1C, 0x02, 0x05, 0x00, 0x10, 'a'})
	if !errors.Is(err, ErrTruncated) || err.Error() != "iptc: dataset 2:5: length 16 runs past the block" {
		t.Errorf("IIM dataset past the block: %v", err)
	}
	_, err = ParseXMP([]byte("plain text, no packet"))
	if !errors.As(err, &fe) || fe.Format != "xmp" || errors.Is(err, ErrTruncated) || errors.Is(err, ErrUnsupported) {
		t.Errorf("XMP without rdf:RDF: %v", err)
	}
	if !errors.Is(ErrUnknownFormat, ErrUnsupported) || ErrUnknownFormat.Error() != "imagemeta: not a JPEG, TIFF, PNG, WebP, HEIC or AVIF file" {
		t.Error("ErrUnknownFormat is not ErrUnsupported")
	}
}
