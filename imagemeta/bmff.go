package imagemeta

// HEIC and AVIF: the HEIF image format (ISO/IEC 23008-12) on the ISO base
// media file format (ISO/IEC 14496-12). Metadata lives in "items" described
// by the file-level meta box: iinf names each item's type (Exif, or mime
// with content type application/rdf+xml for XMP), iloc says where its bytes
// are (extents in the file, or in the meta box's idat), iref/cdsc links a
// metadata item to the image it describes, and iprp associates properties
// (ispe size, irot/imir transforms) with items. Items are read as ExifTool
// reads them (QuickTime.pm, HandleItemInfo): in ascending item ID, EXIF
// after the 4-byte offset to its TIFF header, every XMP item, and metadata
// that describes another image than the primary one kept apart.

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// Limits on what an ISO BMFF file may make the reader do.
const (
	maxBoxDepth    = 8        // nesting of boxes (HEIF metadata needs 4: meta/iprp/ipco/ispe)
	maxBoxes       = 1 << 16  // box headers walked in one file
	maxMetaBoxSize = 16 << 20 // the meta box, read whole
	maxFtypSize    = 4 << 10  // the ftyp box (brands)
	maxItems       = 1 << 16  // items in iinf/iloc
	maxExtents     = 1 << 16  // extents over all iloc items

	maxMetadataItems = 64       // EXIF and XMP items looked at
	maxItemBytes     = 32 << 20 // bytes read for them all
)

// heifBrands gives the format a brand of the ftyp box stands for
// (ISO/IEC 23008-12 Annex B and the AV1 Image File Format); a brand not
// listed is not HEIF.
var heifBrands = map[string]string{
	"heic": "heic", "heix": "heic", "heim": "heic", "heis": "heic", "hevc": "heic", "hevx": "heic", "hevm": "heic", "hevs": "heic",
	"avif": "avif", "avis": "avif",
	"mif1": "heif", "mif2": "heif", "msf1": "heif", "miaf": "heif",
}

// heifFormat names the format of a file from its major and compatible
// brands: a coding brand (heic, avif) wins over the structural ones (mif1,
// miaf), which give "heif"; "" when no brand is HEIF.
func heifFormat(major string, compatible []string) string {
	brands := append([]string{major}, compatible...)
	for _, b := range brands {
		if f := heifBrands[b]; f == "heic" || f == "avif" {
			return f
		}
	}
	for _, b := range brands {
		if heifBrands[b] != "" {
			return heifBrands[b]
		}
	}
	return ""
}

// bmffBox is one box: its 4-character type and where its header, payload
// and end lie in the reader it was found in.
type bmffBox struct {
	Type  string
	Start int64 // offset of the header
	Data  int64 // offset of the payload
	End   int64 // offset just past the box
	Depth int   // 0 for top-level boxes
}

// boxWalker reads box headers within bounds, counting them against maxBoxes.
type boxWalker struct {
	r     io.ReaderAt
	boxes int
	h     [24]byte // header scratch
}

// boxTypes interns the box types this reader meets, so that naming a box
// does not allocate.
var boxTypes = map[string]string{}

func init() {
	for _, t := range strings.Fields("ftyp meta mdat free skip wide moov uuid hdlr pitm iinf infe iloc iref cdsc dimg thmb auxl " +
		"iprp ipco ipma ispe irot imir pixi colr hvcC av1C clap auxC idat dinf dref grpl") {
		boxTypes[t] = t
	}
	boxTypes["url "], boxTypes["urn "] = "url ", "urn " // types with a space
}

func boxType(b []byte) string {
	if t, ok := boxTypes[string(b)]; ok {
		return t
	}
	return string(b)
}

// next reads the header of the box at off, which must lie within [off, end).
// Size 0 means "to the end of the enclosing box", size 1 a 64-bit size.
func (w *boxWalker) next(off, end int64, depth int) (bmffBox, error) {
	if depth > maxBoxDepth {
		return bmffBox{}, fmt.Errorf("boxes nested deeper than %d", maxBoxDepth)
	}
	if w.boxes++; w.boxes > maxBoxes {
		return bmffBox{}, fmt.Errorf("more than %d boxes", maxBoxes)
	}
	left := end - off
	if left < 8 {
		return bmffBox{}, fmt.Errorf("%d stray bytes at %d, too few for a box header", left, off)
	}
	h := w.h[:]
	n := int(min(left, 24))
	if k, _ := w.r.ReadAt(h[:n], off); k < n {
		return bmffBox{}, kindErrorf(ErrTruncated, "box header at %d: unexpected end of file", off)
	}
	b := bmffBox{Type: boxType(h[4:8]), Start: off, Data: off + 8, Depth: depth}
	size := int64(binary.BigEndian.Uint32(h[:4]))
	switch size {
	case 0:
		size = left
	case 1:
		if n < 16 {
			return b, kindErrorf(ErrTruncated, "box %q at %d: 64-bit size cut short", b.Type, off)
		}
		large := binary.BigEndian.Uint64(h[8:16])
		if large > uint64(left) {
			return b, kindErrorf(ErrTruncated, "box %q at %d claims %d bytes, %d left", b.Type, off, large, left)
		}
		size = int64(large)
		b.Data += 8
	}
	if b.Type == "uuid" {
		b.Data += 16
	}
	if size < b.Data-off {
		return b, fmt.Errorf("box %q at %d: size %d is smaller than its header", b.Type, off, size)
	}
	if size > left {
		return b, kindErrorf(ErrTruncated, "box %q at %d claims %d bytes, %d left", b.Type, off, size, left)
	}
	b.End = off + size
	return b, nil
}

// children lists the boxes that fill [from, to) at the given depth; on
// damage it returns those before it with the error.
func (w *boxWalker) children(from, to int64, depth int) ([]bmffBox, error) {
	var out []bmffBox
	for off := from; off < to; {
		b, err := w.next(off, to, depth)
		if err != nil {
			return out, err
		}
		out = append(out, b)
		off = b.End
	}
	return out, nil
}

// cursor reads big-endian fields from a payload; reading past its end sets
// bad and yields zeros, so parsers check once at the end instead of at
// every field.
type cursor struct {
	b   []byte
	off int
	bad bool
}

func (c *cursor) take(n int) []byte {
	if n < 0 || c.off+n > len(c.b) || c.off+n < c.off {
		c.bad = true
		c.off = len(c.b)
		return make([]byte, min(max(n, 0), 8)) // callers take at most 8
	}
	p := c.b[c.off : c.off+n]
	c.off += n
	return p
}

func (c *cursor) u8() uint8   { return c.take(1)[0] }
func (c *cursor) u16() uint16 { return binary.BigEndian.Uint16(c.take(2)) }
func (c *cursor) u32() uint32 { return binary.BigEndian.Uint32(c.take(4)) }

// uint reads an unsigned field of n bytes (0, 4 or 8 in iloc; 0 reads 0).
func (c *cursor) uint(n int) uint64 {
	var v uint64
	for _, x := range c.take(n) {
		v = v<<8 | uint64(x)
	}
	return v
}

// id reads an item ID: 16 bits in version 0 boxes, 32 bits otherwise.
func (c *cursor) id(wide bool) uint32 {
	if wide {
		return c.u32()
	}
	return uint32(c.u16())
}

// str reads a NUL-terminated string (or the rest of the payload).
func (c *cursor) str() string {
	rest := c.b[min(c.off, len(c.b)):]
	i := bytes.IndexByte(rest, 0)
	if i < 0 {
		c.off = len(c.b)
		return string(rest)
	}
	c.off += i + 1
	return string(rest[:i])
}

// fullBox reads the version and flags that open a FullBox.
func (c *cursor) fullBox() (version uint8, flags uint32) {
	v := c.u32()
	return uint8(v >> 24), v & 0xFFFFFF
}

func (c *cursor) err(box string) error {
	if c.bad {
		return fmt.Errorf("%s box cut short", box)
	}
	return nil
}

// heifItem is what iinf, iloc and iref say about one item.
type heifItem struct {
	ID              uint32
	Type            string // infe item_type: hvc1, av01, grid, Exif, mime…
	ContentType     string // for mime items
	ContentEncoding string
	Protected       bool
	Method          uint16 // iloc construction method: 0 file, 1 idat, 2 item
	DataRef         uint16
	Base            uint64
	Extents         [][2]uint64 // offset, length (0: to the end)
	Describes       []uint32    // cdsc references
}

// heifProp is one property of ipco, with its payload.
type heifProp struct {
	Type string
	Data []byte
}

// heifMeta is the parsed file-level meta box.
type heifMeta struct {
	Handler    string
	Primary    uint32
	HasPrimary bool
	Items      map[uint32]*heifItem
	Props      []heifProp
	Assoc      map[uint32][]uint16 // item → 1-based property indices, in order
	Idat       []byte
	SelfRefs   map[uint16]bool // data reference indices that point to this file
	extents    int
}

func newHeifMeta() *heifMeta {
	return &heifMeta{Items: map[uint32]*heifItem{}, Assoc: map[uint32][]uint16{}, SelfRefs: map[uint16]bool{}}
}

func (h *heifMeta) item(id uint32) (*heifItem, error) {
	if it := h.Items[id]; it != nil {
		return it, nil
	}
	if len(h.Items) >= maxItems {
		return nil, fmt.Errorf("more than %d items", maxItems)
	}
	it := &heifItem{ID: id}
	h.Items[id] = it
	return it, nil
}

// metaParsers reads the children of meta that matter here; the others
// (dinf aside, handled for data references) are skipped.
var metaParsers = map[string]func(h *heifMeta, w *boxWalker, b bmffBox, buf []byte) error{
	"hdlr": parseHdlr,
	"pitm": parsePitm,
	"iinf": parseIinf,
	"iloc": parseIloc,
	"iref": parseIref,
	"iprp": parseIprp,
	"idat": func(h *heifMeta, _ *boxWalker, b bmffBox, buf []byte) error { h.Idat = buf[b.Data:b.End]; return nil },
	"dinf": parseDinf,
}

func boxPayload(b bmffBox, buf []byte) *cursor { return &cursor{b: buf[b.Data:b.End]} }

func parseHdlr(h *heifMeta, _ *boxWalker, b bmffBox, buf []byte) error {
	c := boxPayload(b, buf)
	c.fullBox()
	c.u32() // pre_defined
	h.Handler = string(c.take(4))
	return c.err("hdlr")
}

func parsePitm(h *heifMeta, _ *boxWalker, b bmffBox, buf []byte) error {
	c := boxPayload(b, buf)
	v, _ := c.fullBox()
	h.Primary = c.id(v > 0)
	h.HasPrimary = !c.bad
	return c.err("pitm")
}

func parseIinf(h *heifMeta, w *boxWalker, b bmffBox, buf []byte) error {
	c := boxPayload(b, buf)
	v, _ := c.fullBox()
	c.id(v > 0) // entry count: the boxes that follow are what counts
	if c.bad {
		return c.err("iinf")
	}
	entries, err := w.children(b.Data+int64(c.off), b.End, b.Depth+1)
	for _, e := range entries {
		if e.Type != "infe" {
			continue
		}
		if perr := parseInfe(h, boxPayload(e, buf)); perr != nil {
			err = errors.Join(err, perr)
		}
	}
	return err
}

func parseInfe(h *heifMeta, c *cursor) error {
	v, _ := c.fullBox()
	var id uint32
	var typ, contentType, encoding string
	var prot uint16
	switch {
	case v < 2:
		id, prot = uint32(c.u16()), c.u16()
		c.str() // item_name
		contentType, encoding = c.str(), c.str()
	case v <= 3:
		id = c.id(v == 3)
		prot = c.u16()
		typ = string(c.take(4))
		c.str() // item_name
		if typ == "mime" {
			contentType, encoding = c.str(), c.str()
		}
	default:
		return kindErrorf(ErrUnsupported, "infe version %d unknown", v)
	}
	if c.bad {
		return c.err("infe")
	}
	it, err := h.item(id)
	if err != nil {
		return err
	}
	it.Type, it.ContentType, it.ContentEncoding, it.Protected = typ, contentType, encoding, prot != 0
	return nil
}

func parseIloc(h *heifMeta, _ *boxWalker, b bmffBox, buf []byte) error {
	c := boxPayload(b, buf)
	v, _ := c.fullBox()
	if v > 2 {
		return kindErrorf(ErrUnsupported, "iloc version %d unknown", v)
	}
	sizes := c.u16()
	offSize, lenSize, baseSize, indexSize := int(sizes>>12), int(sizes>>8&15), int(sizes>>4&15), int(sizes&15)
	if v == 0 {
		indexSize = 0
	}
	for _, n := range []int{offSize, lenSize, baseSize, indexSize} {
		if n != 0 && n != 4 && n != 8 {
			return fmt.Errorf("iloc field size %d is not 0, 4 or 8", n)
		}
	}
	count := c.id(v == 2)
	for i := uint32(0); i < count && !c.bad; i++ {
		it, err := h.item(c.id(v == 2))
		if err != nil {
			return err
		}
		if v > 0 {
			it.Method = c.u16() & 15
		}
		it.DataRef = c.u16()
		it.Base = c.uint(baseSize)
		n := int(c.u16())
		it.Extents = it.Extents[:0]
		for j := 0; j < n && !c.bad; j++ {
			if h.extents++; h.extents > maxExtents {
				return fmt.Errorf("more than %d extents", maxExtents)
			}
			c.uint(indexSize) // extent_index: only for construction method 2
			off := c.uint(offSize)
			it.Extents = append(it.Extents, [2]uint64{off, c.uint(lenSize)})
		}
	}
	return c.err("iloc")
}

func parseIref(h *heifMeta, w *boxWalker, b bmffBox, buf []byte) error {
	c := boxPayload(b, buf)
	v, _ := c.fullBox()
	if c.bad {
		return c.err("iref")
	}
	refs, err := w.children(b.Data+4, b.End, b.Depth+1)
	for _, r := range refs {
		if r.Type != "cdsc" {
			continue // dimg, thmb, auxl…: links between images
		}
		rc := boxPayload(r, buf)
		from := rc.id(v > 0)
		n := int(rc.u16())
		var to []uint32
		for j := 0; j < n && !rc.bad; j++ {
			to = append(to, rc.id(v > 0))
		}
		if rc.bad {
			err = errors.Join(err, rc.err("cdsc"))
			continue
		}
		it, ierr := h.item(from)
		if ierr != nil {
			return ierr
		}
		it.Describes = append(it.Describes, to...)
	}
	return err
}

func parseIprp(h *heifMeta, w *boxWalker, b bmffBox, buf []byte) error {
	kids, err := w.children(b.Data, b.End, b.Depth+1)
	for _, k := range kids {
		switch k.Type {
		case "ipco":
			props, perr := w.children(k.Data, k.End, k.Depth+1)
			for _, p := range props {
				h.Props = append(h.Props, heifProp{Type: p.Type, Data: buf[p.Data:p.End]})
			}
			err = errors.Join(err, perr)
		case "ipma":
			err = errors.Join(err, parseIpma(h, boxPayload(k, buf)))
		}
	}
	return err
}

func parseIpma(h *heifMeta, c *cursor) error {
	v, flags := c.fullBox()
	count := c.u32()
	for i := uint32(0); i < count && !c.bad; i++ {
		id := c.id(v > 0)
		n := int(c.u8())
		_, dup := h.Assoc[id]
		if !dup && len(h.Assoc) >= maxItems {
			return fmt.Errorf("more than %d items", maxItems)
		}
		var props []uint16
		for j := 0; j < n && !c.bad; j++ {
			if flags&1 != 0 {
				props = append(props, c.u16()&0x7FFF)
			} else {
				props = append(props, uint16(c.u8()&0x7F))
			}
		}
		if !dup { // an item is associated once (ISO/IEC 23008-12 9.3.3)
			h.Assoc[id] = props
		}
	}
	return c.err("ipma")
}

// parseDinf notes which data references (1-based) are self-contained
// ("url " or "urn " with flag 1): their data lies in this file.
func parseDinf(h *heifMeta, w *boxWalker, b bmffBox, buf []byte) error {
	kids, err := w.children(b.Data, b.End, b.Depth+1)
	for _, k := range kids {
		if k.Type != "dref" {
			continue
		}
		c := boxPayload(k, buf)
		c.fullBox()
		c.u32()
		if c.bad {
			return errors.Join(err, c.err("dref"))
		}
		entries, derr := w.children(k.Data+8, k.End, k.Depth+1)
		for i, e := range entries {
			ec := boxPayload(e, buf)
			_, flags := ec.fullBox()
			if !ec.bad && flags&1 != 0 {
				h.SelfRefs[uint16(i+1)] = true
			}
		}
		err = errors.Join(err, derr)
	}
	return err
}

// heifItemKinds maps an item's content type, or its type when it has none, to
// the block it carries, as ExifTool names them.
var heifItemKinds = map[string]string{"Exif": "exif", "application/rdf+xml": "xmp"}

// heifItemLimits bounds the bytes taken for each kind of item.
var heifItemLimits = map[string]int64{"exif": MaxEXIFSize, "xmp": MaxXMPSize}

func (it *heifItem) kind() string {
	if it.ContentType != "" {
		return heifItemKinds[it.ContentType]
	}
	return heifItemKinds[it.Type]
}

// data reads an item's bytes from the file or from idat, all extents
// joined, or says why it cannot.
func (h *heifMeta) data(r io.ReaderAt, size int64, it *heifItem, limit int64) ([]byte, error) {
	switch {
	case it.Protected:
		return nil, kindErrorf(ErrUnsupported, "protected (encrypted) item")
	case it.ContentEncoding != "":
		return nil, kindErrorf(ErrUnsupported, "encoded as %q, not supported", it.ContentEncoding)
	case it.DataRef != 0 && !h.SelfRefs[it.DataRef]:
		return nil, kindErrorf(ErrUnsupported, "data in another file (data reference %d)", it.DataRef)
	case len(it.Extents) == 0:
		return nil, errors.New("no location (iloc) for the item")
	}
	src, srcSize, where := r, size, "the file"
	switch it.Method {
	case 0:
	case 1:
		src, srcSize, where = bytes.NewReader(h.Idat), int64(len(h.Idat)), "idat"
	default:
		return nil, kindErrorf(ErrUnsupported, "iloc construction method %d not supported", it.Method)
	}
	var out []byte
	for _, e := range it.Extents {
		start, n := it.Base+e[0], e[1]
		if start < it.Base || start > uint64(srcSize) {
			return nil, fmt.Errorf("extent at %d lies beyond the end of %s (%d bytes)", start, where, srcSize)
		}
		if n == 0 {
			n = uint64(srcSize) - start
		}
		if n > uint64(srcSize)-start {
			return nil, fmt.Errorf("extent of %d bytes at %d runs past the end of %s (%d bytes)", n, start, where, srcSize)
		}
		if uint64(len(out))+n > uint64(limit) {
			return nil, fmt.Errorf("%w (%d bytes)", errOverLimit, limit)
		}
		if uint64(len(out))+n > uint64(srcSize) {
			// Extents may not overlap: more bytes than the source holds
			// is a crafted file reading the same bytes again and again.
			return nil, fmt.Errorf("extents add up to more than the %d bytes of %s", srcSize, where)
		}
		b, err := readAt(src, int64(start), int(n))
		if err != nil {
			return nil, fmt.Errorf("extent at %d: %w", start, err)
		}
		out = append(out, b...)
	}
	return out, nil
}

// exifTIFF finds the TIFF header in the payload of an Exif item: after the
// 4-byte offset to it (ISO/IEC 23008-12 A.2.1), tolerating, as ExifTool
// does, a payload that starts with the TIFF header or with "Exif\0\0".
func exifTIFF(b []byte) ([]byte, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte("II*\x00")) || bytes.HasPrefix(b, []byte("MM\x00*")):
		return b, "starts without the 4-byte offset to its TIFF header", nil
	case bytes.HasPrefix(b, sigExif):
		return b[len(sigExif):], "starts with Exif\\0\\0 instead of the 4-byte offset to its TIFF header", nil
	case len(b) < 4:
		return nil, "", errors.New("too short for its TIFF header offset")
	}
	off := uint64(binary.BigEndian.Uint32(b)) + 4
	if off > uint64(len(b)) {
		return nil, "", fmt.Errorf("TIFF header offset %d lies beyond its %d bytes", off-4, len(b))
	}
	return bytes.TrimPrefix(b[off:], sigExif), "", nil
}

// readBMFF reads a HEIF file (HEIC, AVIF): format, size and orientation of
// the primary image, and its EXIF and XMP items, decoded as the other
// formats' blocks are.
func readBMFF(r io.ReaderAt, size int64, m *Metadata, opt ReadOptions) error {
	raw := rawBlocks{r: r, size: size, opt: opt}
	h, err := readHEIF(r, size, m, &raw)
	m.decode(&raw)
	if h != nil {
		h.applyProperties(m)
	}
	return err
}

// readHEIF walks the top-level boxes to ftyp and meta, parses meta in
// memory and collects the metadata items.
func readHEIF(r io.ReaderAt, size int64, m *Metadata, raw *rawBlocks) (*heifMeta, error) {
	w := &boxWalker{r: r}
	ftyp, err := w.next(0, size, 0)
	if err != nil || ftyp.Type != "ftyp" {
		return nil, fmt.Errorf("%w: ISO BMFF without a readable ftyp box", ErrUnknownFormat)
	}
	fb, err := readAt(r, ftyp.Data, int(min(ftyp.End-ftyp.Data, maxFtypSize)))
	if err != nil || len(fb) < 8 {
		return nil, fmt.Errorf("%w: ISO BMFF ftyp box cut short", ErrUnknownFormat)
	}
	var compatible []string
	for i := 8; i+4 <= len(fb); i += 4 {
		compatible = append(compatible, string(fb[i:i+4]))
	}
	m.Format = heifFormat(string(fb[:4]), compatible)
	if m.Format == "" {
		return nil, fmt.Errorf("%w: ISO BMFF brand %q is not HEIF", ErrUnknownFormat, fb[:4])
	}
	var meta bmffBox
	for off := ftyp.End; off < size && meta.Type != "meta"; {
		b, err := w.next(off, size, 0)
		if err != nil {
			return nil, &FormatError{Format: m.Format, Offset: off, Msg: fmt.Sprintf("%v, before any meta box", err), Err: kindOf(err)}
		}
		meta, off = b, b.End
	}
	if meta.Type != "meta" {
		return nil, formatErr(m.Format, -1, ErrUnsupported, "no meta box: not a HEIF image")
	}
	if meta.End-meta.Data > maxMetaBoxSize {
		return nil, formatErr(m.Format, meta.Start, nil, "meta box of %d bytes is over the %d-byte limit", meta.End-meta.Data, maxMetaBoxSize)
	}
	if !m.budget.spend(true, meta.End-meta.Data) {
		m.overBudget("bmff", fmt.Sprintf("meta box of %d bytes", meta.End-meta.Data))
		return nil, nil
	}
	buf, err := readAt(r, meta.Data, int(meta.End-meta.Data))
	if err != nil {
		return nil, formatErr(m.Format, meta.Data, err, "meta box")
	}
	h := newHeifMeta()
	h.parse(buf, m)
	h.collect(r, size, m, raw)
	return h, nil
}

// parse reads the children of the meta box (its payload in buf). Damage
// inside it costs what it held, named in an incomplete note.
func (h *heifMeta) parse(buf []byte, m *Metadata) {
	// meta is a FullBox in HEIF; QuickTime writes it without version and
	// flags, so that a box header comes first.
	start := int64(4)
	if len(buf) >= 8 && string(buf[4:8]) == "hdlr" {
		start = 0
	}
	w := &boxWalker{r: bytes.NewReader(buf)}
	kids, err := w.children(min(start, int64(len(buf))), int64(len(buf)), 1)
	if err != nil {
		heifLost(m, "bmff", "meta box: %v: the boxes after it are not read", err)
	}
	for _, k := range kids {
		if parse := metaParsers[k.Type]; parse != nil {
			if err := parse(h, w, k, buf); err != nil {
				heifLost(m, "bmff", "%s box: %v: what it describes may be missing", k.Type, err)
			}
		}
	}
	if h.Handler != "" && h.Handler != "pict" {
		m.note("bmff", "meta box handler is %q, not \"pict\": not an image's metadata", h.Handler)
	}
	if !h.HasPrimary {
		m.note("bmff", "no primary item (pitm): image size unknown, every metadata item read")
	}
}

// collect reads the EXIF and XMP items in ascending ID, as ExifTool does.
// An item that describes (cdsc) only other images than the primary one —
// a thumbnail's or a gain map's EXIF — is not the photo's metadata.
func (h *heifMeta) collect(r io.ReaderAt, size int64, m *Metadata, raw *rawBlocks) {
	ids := make([]uint32, 0, len(h.Items))
	for id := range h.Items {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	seen, budget := 0, int64(maxItemBytes)
	for _, id := range ids {
		it := h.Items[id]
		kind := it.kind()
		if kind == "" {
			continue
		}
		if seen++; seen > maxMetadataItems {
			heifLost(m, "bmff", "more than %d EXIF and XMP items: item %d and those after it not read", maxMetadataItems, id)
			return
		}
		if h.HasPrimary && len(it.Describes) > 0 && !slices.Contains(it.Describes, h.Primary) {
			m.note(kind, "%s item %d describes item(s) %v, not the primary image %d: not read", strings.ToUpper(kind), id, it.Describes, h.Primary)
			continue
		}
		if kind == "exif" && len(raw.exif) > 0 {
			m.note(kind, "EXIF item %d not read: the first EXIF item describing the image wins", id)
			continue
		}
		limit := min(heifItemLimits[kind], budget)
		left := m.budget.left(true)
		b, err := h.data(r, size, it, min(limit, left))
		switch {
		case errors.Is(err, errOverLimit) && left < limit:
			m.overBudget(kind, fmt.Sprintf("%s item %d", strings.ToUpper(kind), id))
			continue
		case err != nil:
			heifLost(m, kind, "%s item %d not read: %v", strings.ToUpper(kind), id, err)
			continue
		}
		budget -= int64(len(b))
		m.budget.spent += int64(len(b))
		if kind == "xmp" {
			raw.xmp = append(raw.xmp, b)
			continue
		}
		tiff, oddity, err := exifTIFF(b)
		if err != nil {
			heifLost(m, kind, "EXIF item %d not read: %v", id, err)
			continue
		}
		if oddity != "" {
			m.note(kind, "EXIF item %d %s", id, oddity)
		}
		raw.exif = append(raw.exif, tiff)
	}
}

// exifOrientationOf maps the transform from stored to displayed pixels, as a
// 2x2 matrix on (x, y) with y up, to the EXIF orientation that asks for it.
var exifOrientationOf = map[[4]int]int{
	{1, 0, 0, 1}: 1, {-1, 0, 0, 1}: 2, {-1, 0, 0, -1}: 3, {1, 0, 0, -1}: 4,
	{0, -1, -1, 0}: 5, {0, 1, -1, 0}: 6, {0, 1, 1, 0}: 7, {0, -1, 1, 0}: 8,
}

// irotMatrices: irot turns anti-clockwise by angle×90°.
var irotMatrices = [4][4]int{{1, 0, 0, 1}, {0, -1, 1, 0}, {-1, 0, 0, -1}, {0, 1, -1, 0}}

// imirMatrices: imir mirrors about a vertical axis (0: left and right swap)
// or a horizontal one (1: top and bottom swap).
var imirMatrices = [2][4]int{{-1, 0, 0, 1}, {1, 0, 0, -1}}

func mulTransform(a, b [4]int) [4]int {
	return [4]int{a[0]*b[0] + a[1]*b[2], a[0]*b[1] + a[1]*b[3], a[2]*b[0] + a[3]*b[2], a[2]*b[1] + a[3]*b[3]}
}

// applyProperties sets the image size from the primary item's ispe, as
// ExifTool's ImageWidth/ImageHeight, and the orientation from its irot and
// imir, applied in association order: HEIF viewers apply these and ignore
// the EXIF Orientation tag (which stays in EXIF as written).
func (h *heifMeta) applyProperties(m *Metadata) {
	if !h.HasPrimary {
		return
	}
	t, transformed := [4]int{1, 0, 0, 1}, false
	for _, idx := range h.Assoc[h.Primary] {
		if idx == 0 || int(idx) > len(h.Props) {
			continue
		}
		p := h.Props[idx-1]
		switch {
		case p.Type == "ispe" && len(p.Data) >= 12 && m.Width == 0 && binary.BigEndian.Uint32(p.Data) == 0:
			m.Width, m.Height = int(binary.BigEndian.Uint32(p.Data[4:])), int(binary.BigEndian.Uint32(p.Data[8:]))
		case p.Type == "irot" && len(p.Data) >= 1:
			t, transformed = mulTransform(irotMatrices[p.Data[0]&3], t), true
		case p.Type == "imir" && len(p.Data) >= 1:
			t, transformed = mulTransform(imirMatrices[p.Data[0]&1], t), true
		}
	}
	if !transformed {
		return
	}
	o := exifOrientationOf[t]
	if e, ok := m.EXIF["Orientation"].(int); ok && e != o {
		m.note("bmff", "EXIF Orientation %d differs from the HEIF irot/imir transform (orientation %d) that viewers apply: orientation %d used", e, o, o)
	}
	m.Orientation = o
}

// heifLost adds a note about data the reader lost.
func heifLost(m *Metadata, kind, format string, args ...any) {
	m.incomplete(kind, format, args...)
}

// errOverLimit: an item is larger than what may be read of it.
var errOverLimit = errors.New("over the limit")
