package report

import (
	"bytes"
	"encoding/binary"
	"io"
)

// MinEmbedded is the shortest long side, in pixels, of an EXIF thumbnail
// the sheet uses instead of decoding the photo: 160 px is the DCF
// thumbnail size cameras and agency systems write (160×120, 160×107), and
// it fills most of a card. Smaller ones are icons; the photo is decoded.
const MinEmbedded = 160

// maxSegments bounds the walk to the EXIF segment: APP1 comes first in
// JPEGs that carry one, after at most a few other application segments.
const maxSegments = 32

// embeddedThumbnail returns the JPEG that EXIF IFD1 points to
// (JPEGInterchangeFormat, JPEGInterchangeFormatLength) in a JPEG file, or
// nil when there is none or the EXIF block does not hold together. It
// reads the markers up to the image data and the APP1 payload (≤ 64 KB),
// never the pixels.
func embeddedThumbnail(r io.ReaderAt) []byte {
	var hdr [4]byte
	if _, err := r.ReadAt(hdr[:2], 0); err != nil || hdr[0] != 0xFF || hdr[1] != 0xD8 {
		return nil
	}
	off := int64(2)
	for range maxSegments {
		if _, err := r.ReadAt(hdr[:], off); err != nil || hdr[0] != 0xFF {
			return nil
		}
		marker, size := hdr[1], int64(binary.BigEndian.Uint16(hdr[2:]))
		if marker == 0xDA || marker == 0xD9 || size < 2 { // start of scan, end of image
			return nil
		}
		if marker == 0xE1 && size > 8 {
			payload := make([]byte, size-2)
			if _, err := r.ReadAt(payload, off+4); err != nil {
				return nil
			}
			if bytes.HasPrefix(payload, []byte("Exif\x00\x00")) {
				return ifd1Thumbnail(payload[6:])
			}
		}
		off += 2 + size
	}
	return nil
}

// ifd1Thumbnail finds the thumbnail in a TIFF structure (an EXIF payload).
func ifd1Thumbnail(t []byte) []byte {
	if len(t) < 8 {
		return nil
	}
	var bo binary.ByteOrder = binary.BigEndian
	switch string(t[:2]) {
	case "II":
		bo = binary.LittleEndian
	case "MM":
	default:
		return nil
	}
	entries := func(ifd uint32) (uint16, bool) {
		if uint64(ifd)+2 > uint64(len(t)) {
			return 0, false
		}
		n := bo.Uint16(t[ifd:])
		return n, uint64(ifd)+2+12*uint64(n)+4 <= uint64(len(t))
	}
	ifd0 := bo.Uint32(t[4:])
	n, ok := entries(ifd0)
	if !ok {
		return nil
	}
	ifd1 := bo.Uint32(t[ifd0+2+12*uint32(n):])
	if ifd1 == 0 || ifd1 == ifd0 {
		return nil
	}
	if n, ok = entries(ifd1); !ok {
		return nil
	}
	tags := map[uint16]uint32{}
	for i := uint32(0); i < uint32(n); i++ {
		e := t[ifd1+2+12*i:]
		v := bo.Uint32(e[8:])
		if bo.Uint16(e[2:]) == 3 { // SHORT: the value sits in the first two bytes
			v = uint32(bo.Uint16(e[8:]))
		}
		tags[bo.Uint16(e)] = v
	}
	start, length := uint64(tags[513]), uint64(tags[514])
	if c, ok := tags[259]; ok && c != 6 || length < 4 || start+length > uint64(len(t)) {
		return nil // 259 Compression 1 is an uncompressed thumbnail: not handled
	}
	thumb := t[start : start+length]
	if thumb[0] != 0xFF || thumb[1] != 0xD8 {
		return nil
	}
	return thumb
}
