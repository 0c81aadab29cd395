package imagemeta

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/rwcarlsen/goexif/exif"
	"github.com/rwcarlsen/goexif/tiff"
)

// The IFDs that hold editorial tags.
const (
	ifd0 = iota
	ifdExif
	ifdGPS
	numIFDs
)

// exifTag is one tag wirecap keeps, with the IFD it lives in and its
// ExifTool name. field is goexif's name for it; tags goexif does not know
// (OffsetTime…) are read from the mending walk itself.
type exifTag struct {
	ifd   int
	id    uint16
	field exif.FieldName
	name  string
}

var exifTags = []exifTag{
	{ifd0, 0x010E, exif.ImageDescription, "ImageDescription"}, {ifd0, 0x010F, exif.Make, "Make"},
	{ifd0, 0x0110, exif.Model, "Model"}, {ifd0, 0x0112, exif.Orientation, "Orientation"},
	{ifd0, 0x0131, exif.Software, "Software"}, {ifd0, 0x0132, exif.DateTime, "ModifyDate"},
	{ifd0, 0x013B, exif.Artist, "Artist"}, {ifd0, 0x8298, exif.Copyright, "Copyright"},
	{ifdExif, 0x9003, exif.DateTimeOriginal, "DateTimeOriginal"}, {ifdExif, 0x9004, exif.DateTimeDigitized, "CreateDate"},
	{ifdExif, 0x9010, "", "OffsetTime"}, {ifdExif, 0x9011, "", "OffsetTimeOriginal"}, {ifdExif, 0x9012, "", "OffsetTimeDigitized"},
	{ifdExif, 0xA002, exif.PixelXDimension, "ExifImageWidth"}, {ifdExif, 0xA003, exif.PixelYDimension, "ExifImageHeight"},
	{ifdGPS, 1, exif.GPSLatitudeRef, ""}, {ifdGPS, 2, exif.GPSLatitude, ""},
	{ifdGPS, 3, exif.GPSLongitudeRef, ""}, {ifdGPS, 4, exif.GPSLongitude, ""},
}

// Pointer tags from IFD0 to the sub-IFDs, and blocks hiding in IFD0.
const (
	tagExifIFD = 0x8769
	tagGPSIFD  = 0x8825
	tagIPTC    = 33723 // IIM (TIFF files, some wire cameras)
	tagXMP     = 700
)

var subIFDPointers = map[uint16]int{tagExifIFD: ifdExif, tagGPSIFD: ifdGPS}

// tiffEntry is an IFD entry whose value lies inside the block.
type tiffEntry struct {
	id, typ uint16
	count   uint32
	val     []byte
}

// decodeEXIF reads a TIFF-structured EXIF block in one walk: IFD0 and its
// EXIF and GPS sub-IFDs are checked (a loop, an entry of unknown type or a
// value outside the block is left out, and noted when it held an editorial
// tag), the editorial entries are copied into a small well-formed TIFF
// block, and goexif decodes only that. Thumbnails, maker notes and the
// other IFDs are never walked twice or handed on.
func decodeEXIF(b []byte, m *Metadata) (err error) {
	if len(b) > MaxEXIFSize {
		return formatErr("exif", -1, nil, "block of %d bytes is over the limit", len(b))
	}
	return decodeEXIFFrom(blockSource(b), m)
}

// exifSource gives the bytes of a TIFF structure: an EXIF block in memory,
// or a TIFF file read where the walk leads.
type exifSource interface {
	size() int64
	// at returns n bytes at off, or nil when they are outside or unreadable.
	at(off int64, n int) []byte
}

type blockSource []byte

func (b blockSource) size() int64 { return int64(len(b)) }
func (b blockSource) at(off int64, n int) []byte {
	if off < 0 || off+int64(n) > int64(len(b)) {
		return nil
	}
	return b[off : off+int64(n)]
}

// fileSource reads a TIFF file's IFDs from the head bytes or the file.
type fileSource struct{ raw *rawBlocks }

func (f fileSource) size() int64 { return f.raw.size }
func (f fileSource) at(off int64, n int) []byte {
	if off < 0 || off+int64(n) > f.raw.size {
		return nil
	}
	b, err := f.raw.at(off, n, nil)
	if err != nil {
		return nil
	}
	return b
}

func decodeEXIFFrom(src exifSource, m *Metadata) (err error) {
	b := src.at(0, 8)
	if b == nil {
		return formatErr("exif", 0, ErrTruncated, "block too short for a TIFF header")
	}
	var order binary.ByteOrder
	switch string(b[:4]) {
	case "II*\x00":
		order = binary.LittleEndian
	case "MM\x00*":
		order = binary.BigEndian
	default:
		return formatErr("exif", 0, nil, "bad TIFF header")
	}
	w := exifWalk{src: src, order: order, m: m}
	copy(w.header[:], b)
	var ifds [numIFDs][]tiffEntry
	ifds[ifd0] = w.ifd(order.Uint32(b[4:]), "IFD0")
	for _, e := range ifds[ifd0] {
		if sub, ok := subIFDPointers[e.id]; ok {
			if len(e.val) != 4 {
				m.incomplete("exif", "%s pointer of %d bytes is not an offset: its tags are lost", subIFDNames[sub], len(e.val))
				continue
			}
			ifds[sub] = w.ifd(order.Uint32(e.val), subIFDNames[sub])
		}
		if e.id == tagIPTC {
			// IIM inside EXIF (some wire cameras and old Getty files) is read
			// when no Photoshop block carries it.
			tags, notes, err := m.readIIM(e.val)
			if errors.Is(err, errOverBudget) {
				m.incomplete("iptc", "IIM in EXIF not fully read: %v", err)
			}
			if err == nil && len(tags) > 0 {
				m.iimInEXIF = tags
				for _, n := range notes {
					m.addNote(n)
				}
			}
		}
	}
	block := w.compact(&ifds)
	if block == nil {
		return nil
	}
	defer func() {
		if p := recover(); p != nil {
			err = formatErr("exif", -1, nil, "damaged data: %v", p)
		}
	}()
	x, derr := exif.Decode(bytes.NewReader(block))
	if x == nil {
		return &FormatError{Format: "exif", Offset: -1, Err: derr}
	}
	m.exifValues(x)
	if derr != nil {
		return &FormatError{Format: "exif", Offset: -1, Err: derr}
	}
	return nil
}

var subIFDNames = [numIFDs]string{"IFD0", "EXIF IFD", "GPS IFD"}

type exifWalk struct {
	src    exifSource
	header [4]byte
	order  binary.ByteOrder
	m      *Metadata
	seen   [numIFDs]uint32
	nseen  int
	kept   uint64 // bytes of the values kept, each entry counted
	full   bool   // kept reached its limit: no value over 4 bytes is read
}

// ifd reads the entries of the IFD at off that imagemeta keeps.
func (w *exifWalk) ifd(off uint32, what string) []tiffEntry {
	size := uint64(w.src.size())
	if off < 8 || uint64(off)+2 > size {
		w.m.incomplete("exif", "%s offset %d is outside the EXIF block: its tags are lost", what, off)
		return nil
	}
	for _, s := range w.seen[:w.nseen] {
		if s == off {
			w.m.incomplete("exif", "%s points back to an IFD already read: ignored", what)
			return nil
		}
	}
	if w.nseen < len(w.seen) {
		w.seen[w.nseen] = off
		w.nseen++
	}
	c := w.src.at(int64(off), 2)
	if c == nil {
		w.m.incomplete("exif", "%s could not be read: its tags are lost", what)
		return nil
	}
	n := int(w.order.Uint16(c))
	if uint64(off)+2+12*uint64(n) > size {
		w.m.incomplete("exif", "%s with %d entries runs past the EXIF block: cut", what, n)
		n = int((size - uint64(off) - 2) / 12)
	}
	entries := w.src.at(int64(off)+2, 12*n)
	if entries == nil {
		w.m.incomplete("exif", "%s could not be read: its tags are lost", what)
		return nil
	}
	var out []tiffEntry
	for i := 0; i < n; i++ {
		e := entries[12*i:]
		id := w.order.Uint16(e)
		name, keep := w.wanted(id)
		if !keep {
			continue
		}
		typ, count := w.order.Uint16(e[2:]), w.order.Uint32(e[4:])
		ts := tiffTypeSize[typ]
		length := uint64(ts) * uint64(count)
		var val []byte
		switch {
		case ts == 0 || length > MaxEXIFSize:
		case length <= 4:
			val = e[8 : 8+length]
		default:
			at := uint64(w.order.Uint32(e[8:]))
			if at+length > size {
				break
			}
			if !w.afford(id, name, length) {
				continue
			}
			val = w.src.at(int64(at), int(length))
		}
		if val == nil && (ts == 0 || length > 0) {
			if name != "" {
				w.m.incomplete("exif", "EXIF %s is damaged (type %d, %d values at an offset outside the block): not read", name, typ, count)
			}
			continue
		}
		out = append(out, tiffEntry{id: id, typ: typ, count: count, val: val})
	}
	return out
}

// afford charges a value of n bytes the walk is about to keep: the values
// kept may not add up to more than MaxEXIFSize (the largest EXIF block),
// however many entries point at the same bytes, nor over the photo's
// budget. The first value refused is noted; the later ones are skipped.
func (w *exifWalk) afford(id uint16, name string, n uint64) bool {
	if w.full {
		return false
	}
	if name == "" {
		name = fmt.Sprintf("tag %#04x", id)
	}
	switch {
	case w.kept+n > MaxEXIFSize:
		w.m.incomplete("exif", "EXIF values add up to more than %d bytes (entries pointing at the same bytes count each time): %s and the values over 4 bytes after it not read",
			MaxEXIFSize, name)
	case !w.m.budget.spend(false, int64(n)):
		w.m.overBudget("exif", "EXIF "+name+" and the values over 4 bytes after it")
	default:
		w.kept += n
		return true
	}
	w.full = true
	return false
}

// wanted says whether an entry is kept, and its name when it is an
// editorial tag or a pointer to one.
func (w *exifWalk) wanted(id uint16) (string, bool) {
	switch id {
	case tagExifIFD:
		return "ExifOffset", true
	case tagGPSIFD:
		return "GPSInfo", true
	case tagIPTC:
		return "IPTC-NAA", true
	}
	for _, t := range exifTags {
		if t.id == id && t.name == "" {
			return gpsTagNames[id], true
		}
		if t.id == id {
			return t.name, true
		}
	}
	return "", false
}

// gpsTagNames name the GPS tags (which goexif turns into GPSLatitude and
// GPSLongitude) in notes.
var gpsTagNames = map[uint16]string{1: "GPSLatitudeRef", 2: "GPSLatitude", 3: "GPSLongitudeRef", 4: "GPSLongitude"}

// compact writes the kept entries as a minimal TIFF block (IFD0, EXIF IFD,
// GPS IFD, then the values) for goexif. Empty strings, which goexif
// rejects, and the tags goexif does not know are read here.
func (w *exifWalk) compact(ifds *[numIFDs][]tiffEntry) []byte {
	var keep [numIFDs][]tiffEntry
	for i := ifdGPS; i >= ifd0; i-- {
		for _, e := range ifds[i] {
			t := findEXIFTag(i, e.id)
			switch {
			case i == ifd0 && (e.id == tagIPTC || e.id == tagXMP):
				continue
			case subIFDPointers[e.id] != 0 && i == ifd0:
				if len(keep[subIFDPointers[e.id]]) == 0 {
					continue
				}
			case t == nil:
				continue
			case t.field == "" || len(e.val) == 0:
				if e.typ == 2 && t.name != "" {
					w.m.EXIF[t.name] = w.m.exifString(t.name, string(e.val))
				}
				continue
			}
			keep[i] = append(keep[i], e)
		}
	}
	if len(keep[ifd0]) == 0 {
		return nil
	}
	size := 8
	var ifdAt [numIFDs]int
	for i := range keep {
		if len(keep[i]) > 0 {
			ifdAt[i] = size
			size += 2 + 12*len(keep[i]) + 4
		}
	}
	dataAt := size
	for i := range keep {
		for _, e := range keep[i] {
			if len(e.val) > 4 {
				size += len(e.val) + len(e.val)%2
			}
		}
	}
	out := make([]byte, size)
	copy(out, w.header[:])
	o := w.order
	o.PutUint32(out[4:], uint32(ifdAt[ifd0]))
	for i := range keep {
		if len(keep[i]) == 0 {
			continue
		}
		slices.SortFunc(keep[i], func(a, b tiffEntry) int { return int(a.id) - int(b.id) })
		p := ifdAt[i]
		o.PutUint16(out[p:], uint16(len(keep[i])))
		for k, e := range keep[i] {
			q := out[p+2+12*k:]
			o.PutUint16(q, e.id)
			o.PutUint16(q[2:], e.typ)
			o.PutUint32(q[4:], e.count)
			switch {
			case subIFDPointers[e.id] != 0 && i == ifd0:
				o.PutUint32(q[8:], uint32(ifdAt[subIFDPointers[e.id]]))
			case len(e.val) <= 4:
				copy(q[8:12], e.val)
			default:
				o.PutUint32(q[8:], uint32(dataAt))
				copy(out[dataAt:], e.val)
				dataAt += len(e.val) + len(e.val)%2
			}
		}
	}
	return out
}

func findEXIFTag(ifd int, id uint16) *exifTag {
	for i := range exifTags {
		if exifTags[i].ifd == ifd && exifTags[i].id == id {
			return &exifTags[i]
		}
	}
	return nil
}

// exifValues takes the editorial values goexif decoded.
func (m *Metadata) exifValues(x *exif.Exif) {
	for _, t := range exifTags {
		if t.field == "" || t.name == "" {
			continue
		}
		tag, err := x.Get(t.field)
		if err != nil {
			continue
		}
		if tag.Format() == tiff.StringVal {
			if s, err := tag.StringVal(); err == nil {
				m.EXIF[t.name] = m.exifString(t.name, s)
			}
		} else if v, err := tag.Int(0); err == nil {
			m.EXIF[t.name] = v
		}
	}
	if v, ok := m.EXIF["Orientation"].(int); ok && v >= 1 && v <= 8 {
		// The raw value stays as stored (ExifTool prints 0 as "Unknown (0)");
		// only 1-8 is an orientation.
		m.Orientation = v
	}
	if lat, lon, err := x.LatLong(); err == nil && !math.IsNaN(lat) && !math.IsNaN(lon) && math.Abs(lat) <= 90 && math.Abs(lon) <= 180 {
		m.EXIF["GPSLatitude"] = round6(lat)
		m.EXIF["GPSLongitude"] = round6(lon)
	}
}

func cleanEXIFString(s string) string {
	return strings.TrimRight(s, "\x00 ")
}

// exifString reads an EXIF ASCII value: UTF-8 when it is valid, else
// Windows-1252 (the charset Windows and Photoshop wrote into EXIF), noted
// as a guess. ExifTool leaves such bytes raw and its JSON shows '?' for
// each; the guessed character is more use to a desk than '?'.
func (m *Metadata) exifString(name, s string) string {
	s = cleanEXIFString(s)
	if utf8.ValidString(s) {
		return s
	}
	m.note("charset", "EXIF %s is not valid UTF-8: read as Latin-1", name)
	return cp1252([]byte(s))
}

func round6(f float64) float64 { return math.Round(f*1e6) / 1e6 }
