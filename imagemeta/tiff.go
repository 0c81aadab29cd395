package imagemeta

import (
	"encoding/binary"
	"fmt"
	"io"
)

// TIFF IFD0 tags read directly; EXIF itself goes through goexif.
const (
	tagImageWidth  = 256
	tagImageLength = 257
	tagPhotoshop   = 34377
)

// tiffBlockNames are the metadata blocks of IFD0, as ExifTool names them.
var tiffBlockNames = map[uint16]string{tagIPTC: "IPTC-NAA", tagXMP: "XMP", tagPhotoshop: "Photoshop"}

var tiffTypeSize = map[uint16]int64{1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4}

// tiffBlock reads the value of an IFD0 entry that holds a metadata block
// (IIM, XMP, Photoshop): inline when it fits in the entry, else at its
// offset, bounded by the chunk limit, the file and the memory budget (nil
// and no error when the budget refuses it, which is noted).
func tiffBlock(e []byte, tag uint16, length int64, order binary.ByteOrder, size int64, m *Metadata, raw *rawBlocks) ([]byte, error) {
	if length <= 4 {
		return e[8 : 8+length], nil
	}
	at := int64(order.Uint32(e[8:12]))
	switch {
	case length > MaxChunkSize:
		return nil, formatErr("tiff", at, nil, "%s (tag %d) of %d bytes is over the %d-byte limit", tiffBlockNames[tag], tag, length, MaxChunkSize)
	case at+length > size:
		return nil, formatErr("tiff", at, ErrTruncated, "%s (tag %d): %d bytes at %d outside the file", tiffBlockNames[tag], tag, length, at)
	case !m.budget.spend(true, length):
		m.overBudget("tiff", fmt.Sprintf("%s (tag %d) at offset %d", tiffBlockNames[tag], tag, at))
		return nil, nil
	}
	return raw.at(at, int(length), nil)
}

// readTIFF reads IFD0 of a TIFF for the size and the IPTC (33723),
// Photoshop (34377) and XMP (700) blocks; the EXIF tags are read by the
// EXIF walk over the file (decodeEXIFFrom).
func readTIFF(r io.ReaderAt, size int64, m *Metadata, raw *rawBlocks) error {
	h, err := raw.at(0, 8, nil)
	if err != nil {
		return formatErr("tiff", 0, ErrTruncated, "truncated header")
	}
	var order binary.ByteOrder = binary.LittleEndian
	if h[0] == 'M' {
		order = binary.BigEndian
	}
	ifd := int64(order.Uint32(h[4:8]))
	if ifd < 8 || ifd+2 > size {
		var kind error // an offset into the header is damage; one past the end, a cut file
		if ifd >= 8 {
			kind = ErrTruncated
		}
		return formatErr("tiff", 4, kind, "IFD0 offset %d outside the file", ifd)
	}
	c, err := raw.at(ifd, 2, nil)
	if err != nil {
		return formatErr("tiff", ifd, err, "IFD0")
	}
	n := int64(order.Uint16(c))
	if ifd+2+12*n > size {
		return formatErr("tiff", ifd, ErrTruncated, "IFD0 with %d entries runs past the end of the file", n)
	}
	entries, err := raw.at(ifd+2, int(12*n), nil)
	if err != nil {
		return formatErr("tiff", ifd, err, "IFD0")
	}
	var data tiffData
	for i := int64(0); i < n; i++ {
		e := entries[12*i : 12*i+12]
		tag, typ := order.Uint16(e[0:2]), order.Uint16(e[2:4])
		data.add(tag, e)
		count := int64(order.Uint32(e[4:8]))
		ts := tiffTypeSize[typ]
		if ts == 0 {
			if name := tiffBlockNames[tag]; name != "" {
				m.incomplete("tiff", "%s (tag %d) of unknown type %d: not read", name, tag, typ)
			}
			continue
		}
		length := count * ts
		switch tag {
		case tagImageWidth, tagImageLength:
			v := int(order.Uint32(e[8:12]))
			if typ == 3 {
				v = int(order.Uint16(e[8:10]))
			}
			if tag == tagImageWidth {
				m.Width = v
			} else {
				m.Height = v
			}
		case tagIPTC, tagXMP, tagPhotoshop:
			b, err := tiffBlock(e, tag, length, order, size, m, raw)
			if err != nil {
				m.incomplete("tiff", "%v: not read", err)
				continue
			}
			if b == nil {
				continue // over the budget, noted
			}
			switch tag {
			case tagIPTC:
				raw.iim = append(raw.iim, b)
			case tagXMP:
				raw.xmp = append(raw.xmp, b)
			case tagPhotoshop:
				raw.irb = append(raw.irb, b...)
			}
		}
	}
	data.check(raw, order, size, m)
	// EXIF is walked in the file itself, reading only its IFDs and values.
	raw.exifFile = true
	return nil
}
