package c2pa

import (
	"bytes"
	"encoding/binary"
	"io"
	"slices"
	"strings"
)

// The BMFF hash (C2PA 2.1, 15.10.3: c2pa.hash.bmff, .v2, .v3) binds a
// claim to an ISO BMFF file (HEIC, AVIF, MP4) by box: its exclusions name
// boxes by path ("/uuid", "/ftyp", "/meta/iloc"), narrowed by length,
// version, flags, bytes at an offset and subsets; everything else is
// hashed in file order. From v2 on, each top-level box that is not
// excluded whole is preceded in the hash by its file offset (8 bytes, big
// endian), so that a box moved inside the file breaks the hash. The box
// tree, the filters and the offset markers follow c2pa-rs, the reference
// implementation (bmff_io.rs, hash_utils.rs).

// bmffContainers are the boxes whose children the BMFF hash's paths can
// name (c2pa-rs descends into these only).
var bmffContainers = []string{"moov", "trak", "mdia", "minf", "stbl", "moof", "traf", "edts", "udta", "dinf",
	"tref", "treg", "mvex", "mfra", "meta", "schi"}

// bmffFullBoxes carry a version and flags after their header (ISO/IEC
// 14496-12:2022 FullBoxes), which exclusions may filter on.
var bmffFullBoxes = []string{"pdin", "mvhd", "tkhd", "mdhd", "hdlr", "nmhd", "elng", "stsd", "stdp", "stts", "ctts",
	"cslg", "stss", "stsh", "elst", "dref", "stsz", "stz2", "stsc", "stco", "co64", "padb", "subs", "saiz", "saio",
	"mehd", "trex", "mfhd", "tfhd", "trun", "tfra", "mfro", "tfdt", "leva", "trep", "assp", "sbgp", "sgpd", "csgp",
	"cprt", "tsel", "kind", "meta", "xml ", "bxml", "iloc", "pitm", "ipro", "infe", "iinf", "iref", "ipma", "schm",
	"fiin", "fpar", "fecr", "gitn", "fire", "stri", "stsg", "stvi", "csch", "sidx", "ssix", "prft", "srpp", "vmhd",
	"smhd", "srat", "chnl", "dmix", "txtC", "mime", "uri ", "uriI", "hmhd", "sthd", "vvhd", "medc"}

// Bounds of the box walk: nesting and boxes in all.
const (
	maxBoxDepth  = 32
	maxBMFFBoxes = 1 << 16
)

// bmffBox is one box of the tree: its path ("/meta/iloc"), where it
// starts, its whole size, and version and flags for a FullBox (-1 else).
type bmffBox struct {
	path           string
	offset, size   int64
	version, flags int64
}

// bmffWalk lists the boxes between start and end, depth first in file
// order. A box of size 0 ends the walk of its level, as in c2pa-rs.
func bmffWalk(r io.ReaderAt, start, end int64, parent string, depth int, out *[]bmffBox) error {
	if depth > maxBoxDepth {
		return &FormatError{Offset: start, Msg: "ISO BMFF boxes nested too deep"}
	}
	for pos := start; pos < end; {
		if len(*out) >= maxBMFFBoxes {
			return &FormatError{Offset: pos, Msg: "too many ISO BMFF boxes"}
		}
		h, err := readAt(r, pos, min(16, end-pos))
		if err != nil || len(h) < 8 {
			return &FormatError{Offset: pos, Msg: "ISO BMFF box header cut short"}
		}
		n, hdr := int64(binary.BigEndian.Uint32(h)), int64(8)
		if n == 1 && len(h) == 16 {
			n, hdr = int64(binary.BigEndian.Uint64(h[8:])), 16
		}
		if n == 0 {
			break
		}
		if n < hdr || n > end-pos {
			return &FormatError{Offset: pos, Msg: "ISO BMFF box overruns its parent"}
		}
		b := bmffBox{path: parent + "/" + string(h[4:8]), offset: pos, size: n, version: -1, flags: -1}
		body, err := b.readHeaderExt(r, hdr)
		if err != nil {
			return err
		}
		*out = append(*out, b)
		if slices.Contains(bmffContainers, string(h[4:8])) {
			if err := bmffWalk(r, pos+body, pos+n, b.path, depth+1, out); err != nil {
				return err
			}
		}
		pos += n
	}
	return nil
}

// readHeaderExt reads a FullBox's version and flags (a C2PA uuid box is
// one) into the last box of out, and returns where its children start.
func (b *bmffBox) readHeaderExt(r io.ReaderAt, hdr int64) (int64, error) {
	typ := b.path[len(b.path)-4:]
	full, at := slices.Contains(bmffFullBoxes, typ), hdr
	switch typ {
	case "uuid":
		ext, err := readAt(r, b.offset+hdr, min(16, b.size-hdr))
		full, at = err == nil && bytes.Equal(ext, bmffUUID), hdr+16
	case "meta":
		// QuickTime's meta is a plain box whose first child (hdlr) follows
		// the header; ISO's is a FullBox.
		peek, err := readAt(r, b.offset+hdr, min(8, b.size-hdr))
		full = err != nil || len(peek) < 8 || string(peek[4:8]) != "hdlr"
	}
	if !full {
		return hdr, nil
	}
	vf, err := readAt(r, b.offset+at, min(4, b.size-at))
	if err != nil || len(vf) < 4 {
		return 0, &FormatError{Offset: b.offset, Msg: "ISO BMFF full box cut short"}
	}
	b.version, b.flags = int64(vf[0]), int64(binary.BigEndian.Uint32(vf)&0xffffff)
	return at + 4, nil
}

// span is a byte range [start, end], both inclusive, as c2pa-rs counts.
type span struct{ start, end int64 }

// bmffExclusion is one entry of the assertion's exclusions.
type bmffExclusion struct {
	xpath     string
	length    *int64
	version   *int64
	flags     []byte
	exact     bool
	data      []bmffData
	subsets   [][2]int64 // offset, length (0: to the box's end)
	hasSubset bool
}

type bmffData struct {
	offset int64
	value  []byte
}

// matches applies the exclusion's filters to box b.
func (e *bmffExclusion) matches(r io.ReaderAt, b bmffBox) bool {
	if e.length != nil && *e.length != b.size {
		return false
	}
	if e.version != nil && b.version >= 0 && *e.version != b.version {
		return false
	}
	if e.flags != nil && b.flags >= 0 {
		var want int64
		if len(e.flags) >= 3 {
			want = int64(e.flags[0])<<16 | int64(e.flags[1])<<8 | int64(e.flags[2])
		}
		if e.exact && want != b.flags || !e.exact && want|b.flags != want {
			return false
		}
	}
	for _, d := range e.data {
		got, err := readAt(r, b.offset+d.offset, int64(len(d.value)))
		if err != nil || !bytes.Equal(got, d.value) {
			return false
		}
	}
	return true
}

// bmffRanges turns the exclusions into byte spans to leave out, and the
// offsets of the top-level boxes whose position v2 and later hash (those
// not excluded whole).
func bmffRanges(r io.ReaderAt, boxes []bmffBox, excl []bmffExclusion, v2 bool) (out []span, markers []int64) {
	whole := map[int64]bool{} // top-level boxes excluded whole: no offset hashed
	for _, e := range excl {
		for _, b := range boxes {
			if b.path != e.xpath || !e.matches(r, b) {
				continue
			}
			if !e.hasSubset {
				out = append(out, span{b.offset, b.offset + b.size - 1})
				whole[b.offset] = true
				continue
			}
			for _, s := range e.subsets {
				if s[0] > b.size {
					continue
				}
				n := b.size - s[0]
				if s[1] != 0 {
					n = min(s[1], n)
				}
				if n > 0 {
					out = append(out, span{b.offset + s[0], b.offset + s[0] + n - 1})
				}
			}
		}
	}
	for _, b := range boxes {
		if v2 && strings.Count(b.path, "/") == 1 && !whole[b.offset] {
			markers = append(markers, b.offset)
		}
	}
	slices.Sort(markers)
	return out, markers
}

// included is [0, size-1] without the excluded spans, in order.
func included(size int64, excl []span) []span {
	slices.SortFunc(excl, func(a, b span) int { return cmpInt(a.start, b.start) })
	var out []span
	pos := int64(0)
	for _, e := range excl {
		if e.start > pos {
			out = append(out, span{pos, e.start - 1})
		}
		pos = max(pos, e.end+1)
	}
	if pos <= size-1 {
		out = append(out, span{pos, size - 1})
	}
	return out
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// withMarkers splits the included spans at each marker offset and puts a
// one-byte span for the marker before its box's bytes; a marker in no
// span (its box's start excluded by a subset) still counts when it lies
// between the first and the last span. A one-byte span at a marker
// offset stands for the offset, not the byte (as in c2pa-rs).
func withMarkers(spans []span, markers []int64, size int64) []span {
	var out []span
	for _, cur := range spans {
		for _, os := range markers {
			if os < cur.start || os > cur.end {
				continue
			}
			if cur.start != os {
				out = append(out, span{cur.start, os - 1})
			}
			out = append(out, span{os, os})
			cur = span{os, cur.end}
		}
		out = append(out, cur)
	}
	first, last := int64(0), size-1
	if len(out) > 0 {
		first, last = out[0].start, out[len(out)-1].end
	}
	for _, os := range markers {
		if !inSpans(spans, os) && os > first && os < last {
			out = append(out, span{os, os})
		}
	}
	slices.SortStableFunc(out, func(a, b span) int { return cmpInt(a.start, b.start) })
	return out
}

// inSpans reports whether x lies in one of spans (sorted, disjoint): the
// marker spans withMarkers adds all lie in one, so these are all it needs.
func inSpans(spans []span, x int64) bool {
	i, _ := slices.BinarySearchFunc(spans, x, func(s span, x int64) int { return cmpInt(s.start, x) })
	if i < len(spans) && spans[i].start == x {
		return true
	}
	return i > 0 && x <= spans[i-1].end
}

// hashSpans feeds the spans to h: a marker as its offset, 8 bytes big
// endian; anything else as the file's bytes.
func hashSpans(h io.Writer, r io.ReaderAt, spans []span, markers []int64) error {
	for _, s := range spans {
		if _, marker := slices.BinarySearch(markers, s.start); marker && s.start == s.end {
			h.Write(binary.BigEndian.AppendUint64(nil, uint64(s.start)))
			continue
		}
		if _, err := io.Copy(h, io.NewSectionReader(r, s.start, s.end-s.start+1)); err != nil {
			return err
		}
	}
	return nil
}

// bmffLabels are the BMFF hash assertions, with whether they hash the
// top-level boxes' offsets (v2 and v3 do).
var bmffLabels = []struct {
	label string
	v2    bool
}{{"c2pa.hash.bmff", false}, {"c2pa.hash.bmff.v2", true}, {"c2pa.hash.bmff.v3", true}}

// codeBMFFUnsupported says a BMFF hash was found but not checked (a
// fragmented file's Merkle tree, a remote hash): the manifest is then not
// called valid. It is wirecap's code; C2PA names none for it.
const codeBMFFUnsupported = "assertion.bmffHash.unsupported"

// verifyBMFFHash checks the manifest's BMFF hash against the file.
func (m *Manifest) verifyBMFFHash(r io.ReaderAt, size int64) []string {
	if r == nil {
		return nil
	}
	for _, l := range bmffLabels {
		a := m.assertionCBOR(l.label)
		if a == nil {
			continue
		}
		if a["merkle"] != nil || a["url"] != nil {
			return []string{codeBMFFUnsupported}
		}
		h := m.hashOf(a)
		if h == nil {
			return []string{"algorithm.unsupported"}
		}
		excl, ok := parseBMFFExclusions(a["exclusions"])
		if !ok {
			return []string{codeBMFFUnsupported}
		}
		var boxes []bmffBox
		if size < 1 || bmffWalk(r, 0, size, "", 0, &boxes) != nil {
			return []string{"assertion.bmffHash.mismatch"}
		}
		out, markers := bmffRanges(r, boxes, excl, l.v2)
		want, _ := a["hash"].([]byte)
		if hashSpans(h, r, withMarkers(included(size, out), markers, size), markers) != nil || !bytes.Equal(h.Sum(nil), want) {
			return []string{"assertion.bmffHash.mismatch"}
		}
		return nil
	}
	return nil
}

// parseBMFFExclusions reads the exclusions list; ok is false for a shape
// it cannot read (then nothing is claimed).
func parseBMFFExclusions(v any) ([]bmffExclusion, bool) {
	list, ok := v.([]any)
	if !ok && v != nil {
		return nil, false
	}
	var out []bmffExclusion
	for _, e := range list {
		em, ok := e.(map[any]any)
		if !ok {
			return nil, false
		}
		x := bmffExclusion{exact: true}
		if x.xpath, ok = em["xpath"].(string); !ok {
			return nil, false
		}
		if n, ok := toInt(em["length"]); ok {
			x.length = &n
		}
		if n, ok := toInt(em["version"]); ok {
			x.version = &n
		}
		x.flags, _ = em["flags"].([]byte)
		if b, ok := em["exact"].(bool); ok {
			x.exact = b
		}
		if !x.readLists(em) {
			return nil, false
		}
		out = append(out, x)
	}
	return out, true
}

// readLists reads an exclusion's data and subset lists.
func (x *bmffExclusion) readLists(em map[any]any) bool {
	data, _ := em["data"].([]any)
	for _, d := range data {
		dm, _ := d.(map[any]any)
		off, ok := toInt(dm["offset"])
		val, ok2 := dm["value"].([]byte)
		if !ok || !ok2 || off < 0 {
			return false
		}
		x.data = append(x.data, bmffData{off, val})
	}
	subsets, has := em["subset"].([]any)
	x.hasSubset = has
	for _, s := range subsets {
		sm, _ := s.(map[any]any)
		off, ok := toInt(sm["offset"])
		n, ok2 := toInt(sm["length"])
		if !ok || !ok2 || off < 0 || n < 0 {
			return false
		}
		x.subsets = append(x.subsets, [2]int64{off, n})
	}
	return true
}
