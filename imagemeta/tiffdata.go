package imagemeta

import "encoding/binary"

// TIFF tags that locate the image data of IFD0: strips or tiles.
const (
	tagStripOffsets    = 273
	tagStripByteCounts = 279
	tagTileOffsets     = 324
	tagTileByteCounts  = 325
)

// maxDataRefs bounds the strip or tile table read to find where the image
// data ends (16,384 entries of 4 bytes): past it the check is not made.
const maxDataRefs = 1 << 14

// tiffData remembers IFD0's offset and byte-count entries so that, once
// the IFD is read, the end of the image data can be compared with the
// file's size: a TIFF cut short keeps a whole header.
type tiffData struct {
	offsets, counts  [12]byte // the raw IFD entries
	haveOff, haveCnt bool
}

// add keeps an IFD0 entry if it locates image data.
func (d *tiffData) add(tag uint16, e []byte) {
	switch tag {
	case tagStripOffsets, tagTileOffsets:
		copy(d.offsets[:], e)
		d.haveOff = true
	case tagStripByteCounts, tagTileByteCounts:
		copy(d.counts[:], e)
		d.haveCnt = true
	}
}

// check notes the file as truncated when a strip or tile ends past size.
func (d *tiffData) check(raw *rawBlocks, order binary.ByteOrder, size int64, m *Metadata) {
	if !d.haveOff || !d.haveCnt {
		return
	}
	offs, ok1 := tiffValues(raw, order, d.offsets[:], size)
	cnts, ok2 := tiffValues(raw, order, d.counts[:], size)
	if !ok1 || !ok2 || len(offs) != len(cnts) {
		return
	}
	for i := range offs {
		if end := offs[i] + cnts[i]; end > size {
			m.truncated("tiff", "image data runs to byte %d, past the end of the file (%d bytes): the file is truncated", end, size)
			return
		}
	}
}

// tiffValues reads the SHORT or LONG values of an IFD entry, inline or at
// its offset, at most maxDataRefs of them.
func tiffValues(raw *rawBlocks, order binary.ByteOrder, e []byte, size int64) ([]int64, bool) {
	typ, count := order.Uint16(e[2:4]), int64(order.Uint32(e[4:8]))
	width := map[uint16]int64{3: 2, 4: 4}[typ]
	if width == 0 || count == 0 || count > maxDataRefs {
		return nil, false
	}
	b := e[8:12]
	if count*width > 4 {
		at := int64(order.Uint32(e[8:12]))
		if at+count*width > size {
			return nil, false
		}
		var err error
		if b, err = raw.at(at, int(count*width), nil); err != nil {
			return nil, false
		}
	}
	out := make([]int64, count)
	for i := range out {
		if width == 2 {
			out[i] = int64(order.Uint16(b[2*i:]))
		} else {
			out[i] = int64(order.Uint32(b[4*i:]))
		}
	}
	return out, true
}
