package imagemeta

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"strings"

	"github.com/rwcarlsen/goexif/exif"
	"github.com/rwcarlsen/goexif/tiff"
)

// exifTags are the IFD0 and EXIF tags wirecap keeps, under ExifTool's names.
var exifTags = []struct {
	field exif.FieldName
	name  string
}{
	{exif.ImageDescription, "ImageDescription"}, {exif.Make, "Make"}, {exif.Model, "Model"},
	{exif.Artist, "Artist"}, {exif.Copyright, "Copyright"}, {exif.DateTime, "ModifyDate"},
	{exif.Software, "Software"}, {exif.DateTimeOriginal, "DateTimeOriginal"},
	{exif.DateTimeDigitized, "CreateDate"}, {exif.PixelXDimension, "ExifImageWidth"},
	{exif.PixelYDimension, "ExifImageHeight"},
}

// exifOffsetTags are EXIF 2.31 tags goexif does not know; they are read
// from the EXIF IFD goexif located.
var exifOffsetTags = map[uint16]string{0x9010: "OffsetTime", 0x9011: "OffsetTimeOriginal", 0x9012: "OffsetTimeDigitized"}

// IPTC and XMP blocks can also hide in IFD0 (TIFF files, some cameras).
const (
	tagIPTC = 33723
	tagXMP  = 700
)

// decodeEXIF decodes a TIFF-structured EXIF block with goexif. goexif loops
// on IFD cycles and trusts offsets, so the chain of IFDs is checked and
// mended on a copy first, and any panic becomes an error.
func decodeEXIF(b []byte, m *Metadata) (err error) {
	if len(b) > MaxEXIFSize {
		return fmt.Errorf("exif: block of %d bytes is over the limit", len(b))
	}
	b, err = mendIFDChain(b)
	if err != nil {
		return err
	}
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("exif: damaged data: %v", p)
		}
	}()
	x, derr := exif.Decode(bytes.NewReader(b))
	if x == nil {
		if derr == nil {
			derr = errors.New("no data")
		}
		return fmt.Errorf("exif: %w", derr)
	}
	for _, t := range exifTags {
		tag, err := x.Get(t.field)
		if err != nil {
			continue
		}
		if tag.Format() == tiff.StringVal {
			if s, err := tag.StringVal(); err == nil {
				m.EXIF[t.name] = cleanEXIFString(s)
			}
		} else if v, err := tag.Int(0); err == nil {
			m.EXIF[t.name] = v
		}
	}
	if tag, err := x.Get(exif.Orientation); err == nil {
		if v, err := tag.Int(0); err == nil && v >= 1 && v <= 8 {
			m.EXIF["Orientation"] = v
			m.Orientation = v
		}
	}
	if lat, lon, err := x.LatLong(); err == nil && !math.IsNaN(lat) && !math.IsNaN(lon) && math.Abs(lat) <= 90 && math.Abs(lon) <= 180 {
		m.EXIF["GPSLatitude"] = round6(lat)
		m.EXIF["GPSLongitude"] = round6(lon)
	}
	if tag, err := x.Get(exif.ExifIFDPointer); err == nil {
		if off, err := tag.Int64(0); err == nil && off > 0 && off < int64(len(x.Raw)) {
			r := bytes.NewReader(x.Raw)
			r.Seek(off, 0)
			if dir, _, err := tiff.DecodeDir(r, x.Tiff.Order); err == nil {
				for _, t := range dir.Tags {
					if name, ok := exifOffsetTags[t.Id]; ok && t.Format() == tiff.StringVal {
						if s, err := t.StringVal(); err == nil && cleanEXIFString(s) != "" {
							m.EXIF[name] = cleanEXIFString(s)
						}
					}
				}
			}
		}
	}
	if len(x.Tiff.Dirs) > 0 {
		for _, t := range x.Tiff.Dirs[0].Tags {
			if t.Id == tagIPTC {
				// IIM inside EXIF (some wire cameras and old Getty files) is read
				// when no Photoshop block carries it.
				if tags, notes, err := ParseIIM(t.Val); err == nil && len(tags) > 0 {
					m.iimInEXIF = tags
					m.Notes = append(m.Notes, notes...)
				}
			}
		}
	}
	if derr != nil && !isMinorEXIFError(derr) {
		return fmt.Errorf("exif: %w", derr)
	}
	return nil
}

// isMinorEXIFError: goexif reports sub-IFDs it could not load; what it did
// load is kept.
func isMinorEXIFError(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "loader") || strings.Contains(msg, "sub-IFD") || strings.Contains(msg, "exif: parser")
}

func cleanEXIFString(s string) string {
	s = strings.TrimRight(s, "\x00 ")
	return toValidUTF8(s)
}

func round6(f float64) float64 { return math.Round(f*1e6) / 1e6 }

// mendIFDChain checks the TIFF header and the IFDs goexif will read: the
// chain from IFD0 and the EXIF, GPS and interoperability sub-IFDs. On a
// copy, a chain that loops or leaves the block is cut, and an entry goexif
// would choke on (unknown type, no value, value outside the block) is
// turned into a harmless one-byte private tag, so that one bad entry does
// not lose the whole directory.
func mendIFDChain(b []byte) ([]byte, error) {
	if len(b) < 8 {
		return nil, errors.New("exif: block too short for a TIFF header")
	}
	var order binary.ByteOrder
	switch string(b[:4]) {
	case "II*\x00":
		order = binary.LittleEndian
	case "MM\x00*":
		order = binary.BigEndian
	default:
		return nil, errors.New("exif: bad TIFF header")
	}
	b = append([]byte(nil), b...)
	size := int64(len(b))
	seen := map[uint32]bool{}
	var regions [][2]int64
	validIFD := func(off uint32) (int, bool) {
		if seen[off] || off < 8 || int64(off)+2 > size {
			return 0, false
		}
		n := int(order.Uint16(b[off:]))
		end := int64(off) + 2 + 12*int64(n) + 4
		if end > size {
			return 0, false
		}
		for _, r := range regions {
			if int64(off) < r[1] && r[0] < end {
				return 0, false // overlaps another IFD: a crafted loop
			}
		}
		regions = append(regions, [2]int64{int64(off), end})
		return n, true
	}
	mendEntries := func(off uint32, n int) []uint32 {
		var subs []uint32
		for i := 0; i < n; i++ {
			e := b[int(off)+2+12*i:]
			tag, typ, count := order.Uint16(e), order.Uint16(e[2:]), int64(order.Uint32(e[4:]))
			ts := tiffTypeSize[typ]
			length := ts * count
			ok := ts > 0 && count > 0 && count < 1<<28
			if ok && length > 4 {
				at := int64(order.Uint32(e[8:]))
				ok = at+length <= size
			}
			if !ok {
				order.PutUint16(e, 0xFFFE)
				order.PutUint16(e[2:], 1)
				order.PutUint32(e[4:], 1)
				continue
			}
			if tag == 34665 || tag == 34853 || tag == 40965 {
				subs = append(subs, order.Uint32(e[8:]))
			}
		}
		return subs
	}
	var queue []uint32
	ptrAt := 4
	for i := 0; ; i++ {
		off := order.Uint32(b[ptrAt:])
		if off == 0 {
			break
		}
		n, ok := validIFD(off)
		if !ok || i >= 8 {
			order.PutUint32(b[ptrAt:], 0)
			break
		}
		seen[off] = true
		queue = append(queue, mendEntries(off, n)...)
		ptrAt = int(off) + 2 + 12*n
	}
	for len(queue) > 0 && len(seen) < 32 {
		off := queue[0]
		queue = queue[1:]
		if n, ok := validIFD(off); ok {
			seen[off] = true
			queue = append(queue, mendEntries(off, n)...)
		}
	}
	return b, nil
}
