package c2pa

import (
	"bytes"
	"encoding/binary"
	"errors"
	"io"
)

// Where a manifest store sits in its container.
const (
	InJPEG    = "jpeg-app11"
	InPNG     = "png-caBX"
	InWebP    = "webp-C2PA-chunk"
	InBMFF    = "bmff-uuid"
	InRaw     = "raw-jumbf" // a store read on its own
	InSidecar = "sidecar"   // a .c2pa file beside the asset
)

// store is a manifest store found in a file: its JUMBF bytes and, for the
// data hash, the byte ranges of the file it occupies.
type store struct {
	where string
	jumbf []byte
	// imageStart is where the picture's own data begins (a JPEG's start of
	// scan, a PNG's first IDAT, a WebP's image chunk), 0 when not known:
	// a data hash may leave out metadata before it, never the picture.
	imageStart int64
}

// errNoStore: the file holds no manifest store.
var errNoStore = errors.New("no C2PA manifest store")

// locate finds the manifest store in a photo of the given size.
func locate(r io.ReaderAt, size int64) (*store, error) {
	head := make([]byte, 16)
	if _, err := r.ReadAt(head, 0); err != nil && !errors.Is(err, io.EOF) {
		return nil, err
	}
	switch {
	case head[0] == 0xFF && head[1] == 0xD8:
		return locateJPEG(r, size)
	case bytes.HasPrefix(head, []byte("\x89PNG\r\n\x1a\n")):
		return locateChunks(r, size, 8, pngChunk, InPNG)
	case bytes.HasPrefix(head, []byte("RIFF")) && string(head[8:12]) == "WEBP":
		return locateChunks(r, size, 12, riffChunk, InWebP)
	case string(head[4:8]) == "ftyp":
		return locateBMFF(r, size)
	case string(head[4:8]) == "jumb":
		return readRaw(r, size)
	}
	return nil, errNoStore
}

func readAt(r io.ReaderAt, off, n int64) ([]byte, error) {
	if n < 0 || n > maxStore {
		return nil, &FormatError{Offset: off, Msg: "manifest data larger than the reader's limit"}
	}
	b := make([]byte, n)
	if _, err := r.ReadAt(b, off); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &FormatError{Offset: off, Msg: "file cut short inside the manifest store"}
		}
		return nil, err
	}
	return b, nil
}

func readRaw(r io.ReaderAt, size int64) (*store, error) {
	b, err := readAt(r, 0, size)
	if err != nil {
		return nil, err
	}
	return &store{where: InRaw, jumbf: b}, nil
}

// locateJPEG gathers the APP11 JUMBF packets (ISO/IEC 19566-5 Annex B):
// each segment is "JP", a box instance number, a packet sequence number,
// then the box; continuation packets repeat the box header, which is cut.
func locateJPEG(r io.ReaderAt, size int64) (*store, error) {
	var st *store
	for off := int64(2); off+4 <= size; {
		h, err := readAt(r, off, 4)
		if err != nil || h[0] != 0xFF {
			break
		}
		marker, n := h[1], int64(binary.BigEndian.Uint16(h[2:]))
		if marker == 0xDA || marker == 0xD9 {
			if st != nil {
				st.imageStart = off
			}
			break
		}
		if marker == 0xEB && n > 18 {
			seg, err := readAt(r, off+4, n-2)
			if err != nil {
				return nil, err
			}
			if string(seg[:2]) == "JP" {
				if st == nil {
					st = &store{where: InJPEG}
					st.jumbf = append(st.jumbf, seg[8:]...)
				} else {
					st.jumbf = append(st.jumbf, seg[8+boxHeaderLen(seg[8:]):]...)
				}
				if len(st.jumbf) > maxStore {
					return nil, &FormatError{Offset: off, Msg: "manifest store larger than the reader's limit"}
				}
			}
		}
		off += 2 + n
	}
	if st == nil {
		return nil, errNoStore
	}
	return st, nil
}

func boxHeaderLen(b []byte) int {
	if len(b) >= 8 && binary.BigEndian.Uint32(b) == 1 {
		return 16
	}
	return 8
}

// chunk reads one chunk header at off: its type, payload offset and size,
// and where the next chunk starts.
type chunkFunc func(r io.ReaderAt, off int64) (typ string, data, n, next int64, err error)

func pngChunk(r io.ReaderAt, off int64) (string, int64, int64, int64, error) {
	h, err := readAt(r, off, 8)
	if err != nil {
		return "", 0, 0, 0, err
	}
	n := int64(binary.BigEndian.Uint32(h))
	return string(h[4:8]), off + 8, n, off + 12 + n, nil
}

func riffChunk(r io.ReaderAt, off int64) (string, int64, int64, int64, error) {
	h, err := readAt(r, off, 8)
	if err != nil {
		return "", 0, 0, 0, err
	}
	n := int64(binary.LittleEndian.Uint32(h[4:]))
	return string(h[:4]), off + 8, n, off + 8 + n + n&1, nil
}

// imageChunks are the chunks that carry a PNG's or WebP's picture.
var imageChunks = map[string]bool{"IDAT": true, "VP8 ": true, "VP8L": true, "ANMF": true}

func locateChunks(r io.ReaderAt, size, off int64, next chunkFunc, where string) (*store, error) {
	want := map[string]string{InPNG: "caBX", InWebP: "C2PA"}[where]
	var found *store
	storeOff, imageStart := int64(-1), int64(0)
	for off+8 <= size && (found == nil || imageStart == 0) {
		typ, data, n, following, err := next(r, off)
		if err != nil {
			return nil, err
		}
		if data+n > size || n < 0 {
			return nil, &FormatError{Offset: off, Msg: typ + " chunk overruns the file"}
		}
		if imageChunks[typ] && imageStart == 0 {
			imageStart = off
		}
		if typ == want && found == nil {
			b, err := readAt(r, data, n)
			if err != nil {
				return nil, err
			}
			found, storeOff = &store{where: where, jumbf: b}, off
		}
		if following <= off {
			break
		}
		off = following
	}
	if found == nil {
		return nil, errNoStore
	}
	if imageStart > storeOff {
		// The store precedes the picture (PNG's caBX): exclusions end
		// before it. A store after the picture (WebP appends it) is bounded
		// by its size instead.
		found.imageStart = imageStart
	}
	return found, nil
}

// bmffUUID is the uuid box type that holds a C2PA manifest store (C2PA
// 2.1, 11.3.4): version and flags, a purpose string, then for "manifest"
// an offset to an auxiliary box and the store.
var bmffUUID = []byte{0xd8, 0xfe, 0xc3, 0xd6, 0x1b, 0x0e, 0x48, 0x3c, 0x92, 0x97, 0x58, 0x28, 0x87, 0x7e, 0xc4, 0x81}

func locateBMFF(r io.ReaderAt, size int64) (*store, error) {
	for off, boxes := int64(0), 0; off+8 <= size && boxes < maxBoxes; boxes++ {
		h, err := readAt(r, off, 16)
		if err != nil {
			h, err = readAt(r, off, 8)
			if err != nil {
				return nil, err
			}
		}
		n, hdr := int64(binary.BigEndian.Uint32(h)), int64(8)
		if n == 1 && len(h) == 16 {
			n, hdr = int64(binary.BigEndian.Uint64(h[8:])), 16
		} else if n == 0 {
			n = size - off
		}
		if n < hdr || off+n > size {
			return nil, &FormatError{Offset: off, Msg: "ISO BMFF box overruns the file"}
		}
		if string(h[4:8]) == "uuid" && n > hdr+16 {
			if st, err := bmffStore(r, off+hdr, n-hdr); st != nil || err != nil {
				return st, err
			}
		}
		off += n
	}
	return nil, errNoStore
}

func bmffStore(r io.ReaderAt, off, n int64) (*store, error) {
	b, err := readAt(r, off, n)
	if err != nil {
		return nil, err
	}
	if !bytes.Equal(b[:16], bmffUUID) || len(b) < 21 {
		return nil, nil
	}
	rest := b[20:] // uuid, version and flags
	end := bytes.IndexByte(rest, 0)
	if end < 0 || string(rest[:end]) != "manifest" {
		return nil, nil
	}
	rest = rest[end+1:]
	if len(rest) < 8 {
		return nil, &FormatError{Offset: off, Msg: "C2PA uuid box cut short"}
	}
	return &store{where: InBMFF, jumbf: rest[8:]}, nil
}

// headSize is how much of a file Verify reads at once: the segments,
// chunks or boxes before a photo's pixel data are small, so most files
// need no second read to find out whether they carry a store.
const headSize = 64 << 10

// headReader serves reads inside the file's head from one read of it.
type headReader struct {
	r    io.ReaderAt
	head []byte
}

func newHeadReader(r io.ReaderAt, size int64) *headReader {
	h := &headReader{r: r, head: make([]byte, min(size, headSize))}
	n, _ := r.ReadAt(h.head, 0)
	h.head = h.head[:n]
	return h
}

func (h *headReader) ReadAt(p []byte, off int64) (int, error) {
	if off >= 0 && off+int64(len(p)) <= int64(len(h.head)) {
		return copy(p, h.head[off:]), nil
	}
	return h.r.ReadAt(p, off)
}
