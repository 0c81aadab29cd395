package imagemeta

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

const (
	nsRDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsXML = "http://www.w3.org/XML/1998/namespace"
)

// xmpPrefixes are the usual prefixes of the namespaces ExifTool groups by,
// so that keys do not depend on the prefix a writer chose.
var xmpPrefixes = map[string]string{
	"http://purl.org/dc/elements/1.1/":                       "dc",
	"http://ns.adobe.com/photoshop/1.0/":                     "photoshop",
	"http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/":            "Iptc4xmpCore",
	"http://iptc.org/std/Iptc4xmpExt/2008-02-29/":            "Iptc4xmpExt",
	"http://ns.adobe.com/xap/1.0/rights/":                    "xmpRights",
	"http://ns.adobe.com/xap/1.0/":                           "xmp",
	"http://ns.adobe.com/xap/1.0/mm/":                        "xmpMM",
	"http://ns.adobe.com/exif/1.0/":                          "exif",
	"http://ns.adobe.com/exif/1.0/aux/":                      "aux",
	"http://cipa.jp/exif/1.0/":                               "exifEX",
	"http://ns.adobe.com/tiff/1.0/":                          "tiff",
	"http://ns.adobe.com/xmp/note/":                          "xmpNote",
	"http://ns.useplus.org/ldf/xmp/1.0/":                     "plus",
	"http://ns.adobe.com/photoshop/1.0/camera-raw-settings/": "crs",
	"http://ns.adobe.com/lightroom/1.0/":                     "lr",
	"http://ns.photomechanic.com/xmp/1.0/":                   "photomech",
	"http://ns.adobe.com/xap/1.0/sType/ResourceRef#":         "stRef",
}

// ErrXMPTooDeep and ErrXMPTooLarge report a packet cut at a limit; what
// was read before the limit is kept.
var (
	ErrXMPTooDeep  = errors.New("xmp: nesting too deep")
	ErrXMPTooLarge = errors.New("xmp: too many elements")
)

// ParseXMP reads an XMP packet into tags keyed "prefix:Name" as ExifTool
// names them: language alternatives give "dc:Description" (x-default) and
// "dc:Description-fr"; bags and sequences give arrays; structures give maps.
// Entities other than XML's five and character references are never
// expanded, DTDs are skipped, and size, depth and element count are
// bounded. On damage it returns what it read along with the error.
func ParseXMP(b []byte) (map[string]any, error) {
	props, notes, err := parseXMPPacket(b)
	if err == nil {
		for _, n := range notes {
			if n.Incomplete {
				return props, &FormatError{Format: "xmp", Offset: -1, Msg: n.Message}
			}
		}
	}
	return props, err
}

// parseXMPPacket reads one packet and says, in notes, what it had to work
// around (Latin-1 bytes, garbage) and what it lost (Incomplete notes). The
// error is set only when nothing usable was found or a limit was hit.
func parseXMPPacket(b []byte) (map[string]any, []Note, error) {
	props, notes, cost, err := parseXMPCost(b, MaxMetadataMemory)
	if cost > MaxMetadataMemory {
		notes = append(notes, Note{Kind: "xmp", Incomplete: true,
			Message: fmt.Sprintf("properties over the %d MiB metadata memory budget: the packet is not read whole", MaxMetadataMemory>>20)})
		if err == nil {
			err = &FormatError{Format: "xmp", Offset: -1, Err: errOverBudget}
		}
	}
	return props, notes, err
}

// parseXMPCost is parseXMPPacket that also says what the properties it
// returns cost in memory (their values and keys, and an entry for each).
// With a limit (>= 0), it stops interpreting the packet once the cost is
// over it: the caller, whose budget that is, drops the result.
func parseXMPCost(b []byte, limit int64) (map[string]any, []Note, int64, error) {
	if len(b) > MaxXMPSize {
		return nil, []Note{{Kind: "xmp", Incomplete: true, Message: fmt.Sprintf("packet of %d bytes over the %d-byte limit: not read", len(b), MaxXMPSize)}},
			0, formatErr("xmp", -1, nil, "packet of %d bytes is over the limit", len(b))
	}
	p := parserPool.Get().(*xmpParser)
	defer p.release()
	p.limit = limit
	p.scan(b)
	out, found := p.interpret()
	if p.more > 0 {
		p.notes = append(p.notes, Note{Kind: "xmp", Incomplete: true, Message: fmt.Sprintf("%d more problems like these in the packet, each losing data", p.more)})
	}
	notes, cost := p.notes, p.cost
	p.notes = nil
	switch {
	case p.err != nil:
		return out, notes, cost, p.err
	case !found && len(strings.Trim(p.src, " \t\r\n\x00")) > 0:
		return out, append(notes, Note{Kind: "xmp", Incomplete: true, Message: "no rdf:RDF element: not an XMP packet, nothing read"}),
			cost, formatErr("xmp", -1, nil, "no rdf:RDF element")
	}
	return out, notes, cost, nil
}

// span is a part of the packet source: offsets, not strings, so that the
// element arena holds no pointers (no write barriers, nothing for the
// garbage collector to scan).
type span struct{ off, n int32 }

// xname is a resolved element or attribute name: the qualified name as
// written, its local part, and its namespace (an index into the parser's
// URIs, -1 for none).
type xname struct {
	q, local span
	ns       int32
}

type xattr struct {
	name  xname
	value span // raw, entities not yet decoded
}

// xelem is one element of the packet, in an arena of indexes.
type xelem struct {
	name           xname
	attrLo, attrHi int32
	kid, last      int32 // first and last child, -1 when none
	next           int32 // next sibling, -1
	text           span
	joined         int32 // index in joined when the text came in pieces, else -1
}

type nsBinding struct {
	prefix span
	uri    int32
	depth  int
}

type xmpParser struct {
	src      string
	nodes    []xelem
	attrs    []xattr
	raw      []xattr // the current tag's attributes before resolution
	ns       []nsBinding
	uris     []string // namespace URIs met, indexed by xname.ns
	joined   [][]byte // texts made of several pieces
	stack    []int32
	notes    []Note
	more     int   // Incomplete notes past maxNotesPerKind, counted only
	cost     int64 // what the properties read so far cost in memory
	limit    int64 // the cost at which interpretation stops; < 0: none
	err      error
	first    map[string]string // namespace URI → first prefix declared for it
	uriIndex map[string]int32
	// arena holds the text of the values read, which outlive b; scratch
	// is where a value's entities are expanded on its way there.
	arena   strings.Builder
	scratch []byte
	// keys mirrors the part of keyCache this parser has used, so that its
	// lookups take no lock; it stays with the pooled parser (it holds only
	// the cache's own strings, never the packet's).
	keys map[[2]string]string
}

func (p *xmpParser) cachedKey(prefix, local string) string {
	p.cost += int64(len(prefix)+len(local)) + valueCost
	if v, ok := p.keys[[2]string{prefix, local}]; ok {
		return v
	}
	v, name, cached := cachedKey(prefix, local)
	if cached {
		if p.keys == nil {
			p.keys = map[[2]string]string{}
		}
		p.keys[name] = v
	}
	return v
}

// keep copies a value out of the packet, expanding its entities, into the
// packet's value arena: one allocation per few kilobytes of values instead
// of one per value, and nothing left pointing into the packet. The arena
// is a strings.Builder: a chunk is only appended to, within its capacity
// (an expanded value is never longer than its text), so the strings cut
// from it never change; a full chunk is left to the strings cut from it.
func (p *xmpParser) keep(s string) string {
	if s == "" {
		return ""
	}
	if p.arena.Cap()-p.arena.Len() < len(s) {
		p.arena = strings.Builder{}
		p.arena.Grow(max(2048, len(s)))
	}
	start := p.arena.Len()
	p.cost += int64(len(s))
	if strings.IndexByte(s, '&') < 0 {
		p.arena.WriteString(s)
	} else {
		p.scratch = appendDecoded(p.scratch[:0], s)
		p.arena.Write(p.scratch)
	}
	return p.arena.String()[start:]
}

// val is a value of the result: kept, boxed and counted.
func (p *xmpParser) val(s string) any {
	p.cost += valueCost
	return p.keep(s)
}

func (p *xmpParser) str(sp span) string { return p.src[sp.off : sp.off+sp.n] }

func spanOf(off, end int) span { return span{int32(off), int32(end - off)} }

func (p *xmpParser) qname(n xname) string { return p.str(n.q) }
func (p *xmpParser) local(n xname) string { return p.str(n.local) }
func (p *xmpParser) space(n xname) string {
	if n.ns < 0 {
		return ""
	}
	return p.uris[n.ns]
}

// uri interns a namespace URI: a short list searched in order, indexed
// by a map once a packet declares many.
func (p *xmpParser) uri(u string) int32 {
	if p.uriIndex != nil {
		if i, ok := p.uriIndex[u]; ok {
			return i
		}
	} else {
		for i, v := range p.uris {
			if v == u {
				return int32(i)
			}
		}
	}
	p.uris = append(p.uris, u)
	i := int32(len(p.uris) - 1)
	switch {
	case p.uriIndex != nil:
		p.uriIndex[u] = i
	case len(p.uris) > 32:
		p.uriIndex = make(map[string]int32, 64)
		for k, v := range p.uris {
			p.uriIndex[v] = int32(k)
		}
	}
	return i
}

// maxBindings bounds the namespace declarations in scope, so that a
// hostile packet cannot make every name lookup long.
const maxBindings = 1024

func (p *xmpParser) bind(b nsBinding) {
	if len(p.ns) >= maxBindings {
		if len(p.ns) == maxBindings {
			p.incomplete("more than %d namespace declarations in scope: the others are ignored", maxBindings)
			p.ns = append(p.ns, nsBinding{uri: -1, depth: b.depth})
		}
		return
	}
	p.ns = append(p.ns, b)
}

func (p *xmpParser) textOf(n int32) string {
	if e := &p.nodes[n]; e.joined >= 0 {
		return string(p.joined[e.joined])
	}
	return p.str(p.nodes[n].text)
}

var parserPool = sync.Pool{New: func() any { return &xmpParser{} }}

func (p *xmpParser) release() {
	p.src, p.err, p.notes, p.first, p.uriIndex, p.arena = "", nil, nil, nil, nil, strings.Builder{}
	if cap(p.scratch) > 64<<10 {
		p.scratch = nil
	}
	p.more, p.cost, p.limit = 0, 0, 0
	clear(p.uris)
	clear(p.joined)
	p.nodes, p.attrs, p.raw, p.ns, p.stack = p.nodes[:0], p.attrs[:0], p.raw[:0], p.ns[:0], p.stack[:0]
	p.uris, p.joined = p.uris[:0], p.joined[:0]
	if cap(p.nodes) > 4096 {
		p.nodes, p.attrs = nil, nil
	}
	parserPool.Put(p)
}

func (p *xmpParser) incomplete(format string, args ...any) {
	if len(p.notes) >= maxNotesPerKind {
		p.more++
		return
	}
	p.notes = append(p.notes, Note{Kind: "xmp", Message: fmt.Sprintf(format, args...), Incomplete: true})
}

// source makes the one string every value is cut from: the packet without
// its NUL padding, with bytes that are not UTF-8 read as Latin-1 (Windows
// 1252, as ExifTool's "Latin" charset).
func (p *xmpParser) source(b []byte) {
	lead := 0 // NUL padding, skipped in pairs so that UTF-16 stays aligned
	for lead+1 < len(b) && b[lead] == 0 && b[lead+1] == 0 {
		lead += 2
	}
	if order := utf16Order(b[lead:]); order != nil {
		// XMP may be UTF-16 (TIFF and PSD writers); ExifTool reads it.
		b = utf16ToUTF8(b[lead:], order)
		p.notes = append(p.notes, Note{Kind: "charset", Message: "XMP packet in UTF-16: converted to UTF-8"})
	}
	start, end := 0, len(b)
	for start < end && b[start] == 0 {
		start++
	}
	for end > start && b[end-1] == 0 {
		end--
	}
	b = b[start:end]
	if utf8.Valid(b) {
		// One copy of the packet, scanned in place; values are copied out
		// of it (keep), so it is dropped with the parser.
		p.src = string(b)
		return
	}
	var out strings.Builder
	out.Grow(len(b) + len(b)/8)
	bad := 0
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			out.WriteRune(charmap.Windows1252.DecodeByte(b[i]))
			bad++
			i++
			continue
		}
		out.Write(b[i : i+n])
		i += n
	}
	p.src = out.String()
	p.notes = append(p.notes, Note{Kind: "charset", Message: fmt.Sprintf("XMP packet is not valid UTF-8: %d byte(s) read as Latin-1", bad)})
}

// scan builds the element tree. It is tolerant as ExifTool is: text, NULs
// and stray markup between elements are skipped, unclosed elements are
// closed by their parent's end tag, and a packet cut short keeps what came
// before the cut (with an Incomplete note).
func (p *xmpParser) scan(b []byte) {
	p.begin(b)
	s := p.src
	var st scanState
	for i := 0; i < len(s); {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			st.garbage = st.garbage || strings.Trim(s[i:], " \t\r\n\x00") != ""
			break
		}
		if lt > 0 && st.skip == 0 {
			p.text(spanOf(i, i+lt))
		}
		var stop bool
		if i, stop = p.markup(i+lt, &st); stop {
			return
		}
	}
	if st.garbage {
		p.notes = append(p.notes, Note{Kind: "xmp", Message: "text or stray markup between XMP elements skipped"})
	}
	if len(p.stack) > 1 {
		top := p.qname(p.nodes[p.stack[len(p.stack)-1]].name)
		p.incomplete("packet cut short: it ends inside <%s>, what followed is lost", top)
	}
}

// scanState is what scan carries from one piece of markup to the next.
type scanState struct {
	count   int  // elements and attributes read
	skip    int  // open elements below the depth limit, discarded
	garbage bool // text or stray markup found between elements
}

// begin takes the packet and opens the root: a big packet gets its
// elements in one allocation, not a doubling series that costs twice as
// much.
func (p *xmpParser) begin(b []byte) {
	p.source(b)
	if s := p.src; len(s) > 16<<10 {
		if n := strings.Count(s, "<") + 1; n > cap(p.nodes) && n > 4096 {
			p.nodes = make([]xelem, 0, min(n, MaxXMPElements+1))
		}
	}
	p.nodes = append(p.nodes, xelem{kid: -1, last: -1, next: -1, joined: -1, name: xname{ns: -1}}) // root
	p.stack = append(p.stack, 0)
}

// markup reads the construct starting with the '<' at i and returns where
// the next one may start; stop is true when the packet is not read further.
func (p *xmpParser) markup(i int, st *scanState) (next int, stop bool) {
	s := p.src
	rest := s[i:]
	switch {
	case strings.HasPrefix(rest, "<?"):
		return p.skipPast(i, "?>", "processing instruction"), false
	case strings.HasPrefix(rest, "<!--"):
		return p.skipPast(i, "-->", "comment"), false
	case strings.HasPrefix(rest, "<![CDATA["):
		end := strings.Index(rest, "]]>")
		if end < 0 {
			p.incomplete("packet cut short inside a CDATA section at byte %d", i)
			return len(s), false
		}
		if st.skip == 0 {
			p.cdata(i+9, i+end)
		}
		return i + end + 3, false
	case strings.HasPrefix(rest, "<!"):
		return skipDoctype(s, i), false
	case strings.HasPrefix(rest, "</"):
		end := strings.IndexByte(rest, '>')
		if end < 0 {
			return len(s), false
		}
		if st.skip > 0 {
			st.skip--
		} else {
			p.end(strings.TrimRight(rest[2:end], " \t\r\n"))
		}
		return i + end + 1, false
	}
	return p.element(i, st)
}

// element reads a start tag at i, within the depth and element limits.
func (p *xmpParser) element(i int, st *scanState) (next int, stop bool) {
	next, kind := p.start(i, st.skip > 0 || len(p.stack) > MaxXMPDepth)
	switch kind {
	case tagNone:
		// Not a tag: a stray '<', text as writers that do not escape it
		// meant (dropped with the rest between elements).
		if st.skip == 0 {
			p.text(spanOf(i, i+1))
		}
		return i + 1, false
	case tagDiscarded, tagDiscardedClosed:
		if p.err == nil {
			p.err = ErrXMPTooDeep
			p.incomplete("elements nested deeper than %d levels not read", MaxXMPDepth)
		}
		if kind == tagDiscarded {
			st.skip++
		}
	}
	st.count += 1 + len(p.raw)
	if st.count > MaxXMPElements {
		p.err = ErrXMPTooLarge
		p.incomplete("more than %d elements and attributes: the rest of the packet (from byte %d) not read", MaxXMPElements, next)
		return next, true
	}
	return next, false
}

// skipPast moves past the terminator of a construct starting at i.
func (p *xmpParser) skipPast(i int, term, what string) int {
	end := strings.Index(p.src[i:], term)
	if end < 0 {
		if what != "processing instruction" {
			p.incomplete("packet cut short inside a %s at byte %d", what, i)
		}
		return len(p.src)
	}
	return i + end + len(term)
}

// skipDoctype skips <!DOCTYPE …> with its internal subset: entities it
// declares are never expanded.
func skipDoctype(s string, i int) int {
	depth := 0
	for j := i + 2; j < len(s); j++ {
		switch s[j] {
		case '[':
			depth++
		case ']':
			depth--
		case '>':
			if depth <= 0 {
				return j + 1
			}
		}
	}
	return len(s)
}

// text keeps the character data of a leaf element; around and between
// child elements it is layout (or garbage) and dropped.
func (p *xmpParser) text(t span) {
	top := &p.nodes[p.stack[len(p.stack)-1]]
	switch {
	case top.kid >= 0:
	case top.text.n == 0 && top.joined < 0:
		top.text = t
	default:
		p.joinText(p.str(t))
	}
}

// joinText appends text that is not one piece of the source, in place
// (a value in a million pieces costs linear time).
func (p *xmpParser) joinText(t string) {
	top := &p.nodes[p.stack[len(p.stack)-1]]
	if top.kid >= 0 {
		return
	}
	if top.joined < 0 {
		p.joined = append(p.joined, []byte(p.str(top.text)))
		top.joined = int32(len(p.joined) - 1)
	}
	j := &p.joined[top.joined]
	if len(*j)+len(t) > MaxXMPSize {
		p.incomplete("the text of <%s> runs over %d bytes: the rest is not read", p.qname(top.name), MaxXMPSize)
		return
	}
	*j = append(*j, t...)
}

// cdata is text with its markup escaped, so that decoding entities later
// leaves it as it is.
func (p *xmpParser) cdata(off, end int) {
	t := p.src[off:end]
	if strings.IndexByte(t, '&') < 0 {
		p.text(spanOf(off, end))
		return
	}
	p.joinText(strings.ReplaceAll(t, "&", "&amp;"))
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// isNameByte: XML name characters, plus every non-ASCII byte.
func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == ':' || c == '_' || c == '-' || c == '.' || c >= 0x80
}

// What start found.
const (
	tagNone            = iota // no tag at all
	tagKept                   // an element added to the tree (or a bad tag skipped)
	tagDiscarded              // an element beyond the depth limit, with content
	tagDiscardedClosed        // the same, self-closed
)

// start reads a start tag at i and returns the offset after it. With
// discard the element is not kept (beyond the depth limit).
func (p *xmpParser) start(i int, discard bool) (next, kind int) {
	s := p.src
	j := i + 1
	for j < len(s) && isNameByte(s[j]) {
		j++
	}
	if j == i+1 || j >= len(s) {
		return 0, tagNone
	}
	qname := s[i+1 : j]
	p.raw = p.raw[:0]
	closed := false
	for {
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		if j >= len(s) {
			p.incomplete("packet cut short inside the tag <%s>", qname)
			return len(s), tagKept
		}
		if s[j] == '>' {
			j++
			break
		}
		if s[j] == '/' && j+1 < len(s) && s[j+1] == '>' {
			j += 2
			closed = true
			break
		}
		a := j
		for j < len(s) && isNameByte(s[j]) {
			j++
		}
		an := s[a:j]
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		if an == "" || j >= len(s) || s[j] != '=' {
			return p.badTag(i, qname)
		}
		j++
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		if j >= len(s) || s[j] != '"' && s[j] != '\'' {
			return p.badTag(i, qname)
		}
		q := s[j]
		end := strings.IndexByte(s[j+1:], q)
		if end < 0 {
			p.incomplete("packet cut short inside an attribute of <%s>", qname)
			return len(s), tagKept
		}
		p.raw = append(p.raw, xattr{name: xname{q: spanOf(a, a+len(an))}, value: spanOf(j+1, j+1+end)})
		j += end + 2
		if len(p.raw) > MaxXMPElements {
			// The tag is dropped; scan, counting its attributes, stops
			// there and says so.
			return j, tagKept
		}
	}
	if discard {
		if closed {
			return j, tagDiscardedClosed
		}
		return j, tagDiscarded
	}
	p.push(spanOf(i+1, i+1+len(qname)), closed)
	return j, tagKept
}

// badTag skips a tag it cannot read up to its '>' and says what was lost.
func (p *xmpParser) badTag(i int, qname string) (int, int) {
	p.incomplete("unreadable tag <%s> at byte %d skipped", qname, i)
	end := strings.IndexByte(p.src[i+1:], '>')
	if end < 0 {
		return len(p.src), tagKept
	}
	// The element's end tag, if any, closes nothing and is ignored.
	return i + 1 + end + 1, tagKept
}

// push adds the element whose raw attributes are in p.raw.
func (p *xmpParser) push(qname span, closed bool) {
	depth := len(p.stack)
	for _, a := range p.raw {
		q := p.str(a.name.q)
		switch {
		case q == "xmlns":
			p.bind(nsBinding{span{}, p.uri(p.str(a.value)), depth})
		case strings.HasPrefix(q, "xmlns:"):
			uri := p.str(a.value)
			p.bind(nsBinding{span{a.name.q.off + 6, a.name.q.n - 6}, p.uri(uri), depth})
			if _, known := xmpPrefixes[uri]; !known {
				if p.first == nil {
					p.first = map[string]string{}
				}
				if _, ok := p.first[uri]; !ok {
					p.first[uri] = q[6:]
				}
			}
		}
	}
	lo := int32(len(p.attrs))
	for _, a := range p.raw {
		if q := p.str(a.name.q); q == "xmlns" || strings.HasPrefix(q, "xmlns:") {
			continue
		}
		a.name = p.resolve(a.name.q, false)
		p.attrs = append(p.attrs, a)
	}
	idx := int32(len(p.nodes))
	p.nodes = append(p.nodes, xelem{name: p.resolve(qname, true), attrLo: lo, attrHi: int32(len(p.attrs)), kid: -1, last: -1, next: -1, joined: -1})
	parent := &p.nodes[p.stack[len(p.stack)-1]]
	parent.text, parent.joined = span{}, -1
	if parent.last >= 0 {
		p.nodes[parent.last].next = idx
	} else {
		parent.kid = idx
	}
	parent.last = idx
	if closed {
		p.popNS(depth)
		return
	}
	p.stack = append(p.stack, idx)
}

func (p *xmpParser) popNS(depth int) {
	n := len(p.ns)
	for n > 0 && p.ns[n-1].depth >= depth {
		n--
	}
	p.ns = p.ns[:n]
}

// end closes the innermost open element named qname, and any left open
// inside it; an end tag that matches nothing open is ignored.
func (p *xmpParser) end(qname string) {
	for k := len(p.stack) - 1; k >= 1; k-- {
		if p.qname(p.nodes[p.stack[k]].name) == qname {
			p.stack = p.stack[:k]
			p.popNS(k)
			return
		}
	}
}

// resolve maps a qualified name to its namespace. Unprefixed attributes
// have no namespace; an undeclared prefix stands for itself.
func (p *xmpParser) resolve(q span, elem bool) xname {
	qname := p.str(q)
	colon := strings.IndexByte(qname, ':')
	n := xname{q: q, local: span{q.off + int32(colon) + 1, q.n - int32(colon) - 1}, ns: -1}
	prefix := ""
	if colon >= 0 {
		prefix = qname[:colon]
	} else if !elem {
		return n
	}
	if prefix == "xml" {
		n.ns = p.uri(nsXML)
		return n
	}
	for k := len(p.ns) - 1; k >= 0; k-- {
		if p.str(p.ns[k].prefix) == prefix {
			n.ns = p.ns[k].uri
			return n
		}
	}
	n.ns = p.uri(prefix)
	return n
}

// --- interpretation: RDF forms to ExifTool-named tags ---

func (p *xmpParser) kids(n int32) func(func(int32) bool) {
	return func(yield func(int32) bool) {
		for k := p.nodes[n].kid; k >= 0; k = p.nodes[k].next {
			if !yield(k) {
				return
			}
		}
	}
}

func (p *xmpParser) attrsOf(n int32) []xattr {
	e := &p.nodes[n]
	return p.attrs[e.attrLo:e.attrHi]
}

func (p *xmpParser) attr(n int32, space, local string) (string, bool) {
	for _, a := range p.attrsOf(n) {
		if p.space(a.name) == space && p.local(a.name) == local {
			return p.str(a.value), true
		}
	}
	return "", false
}

func (p *xmpParser) isRDF(n xname, local string) bool {
	return p.local(n) == local && p.space(n) == nsRDF
}

// interpret sets the properties of every rdf:Description of every rdf:RDF
// into out; it reports whether an rdf:RDF was found.
func (p *xmpParser) interpret() (map[string]any, bool) {
	var descs []int32
	var walk func(n int32, depth int)
	found := false
	walk = func(n int32, depth int) {
		for k := range p.kids(n) {
			if p.isRDF(p.nodes[k].name, "RDF") {
				found = true
				for d := range p.kids(k) {
					if p.isRDF(p.nodes[d].name, "Description") {
						descs = append(descs, d)
					}
				}
				continue
			}
			if depth < MaxXMPDepth {
				walk(k, depth+1)
			}
		}
	}
	walk(0, 0)
	// Size the map once: one entry per property, plus language variants.
	n := 0
	for _, d := range descs {
		n += len(p.attrsOf(d))
		for range p.kids(d) {
			n++
		}
	}
	if least := int64(n) * 2 * valueCost; p.limit >= 0 && least > p.limit {
		// Each property costs at least its key and its value: the packet
		// is refused before its properties are built.
		p.cost = least
		return map[string]any{}, found
	}
	out := make(map[string]any, n+n/4)
	for _, d := range descs {
		p.description(d, out)
	}
	return out, found
}

// isMetaAttr: namespace declarations, xml:lang, rdf: syntax and rdf:about's
// unqualified forms are not properties.
func (p *xmpParser) isMetaAttr(n xname) bool {
	space, local := p.space(n), p.local(n)
	return space == nsXML || space == nsRDF || (space == "" && (local == "about" || local == "xmptk"))
}

func (p *xmpParser) description(d int32, out map[string]any) {
	for _, a := range p.attrsOf(d) {
		if !p.isMetaAttr(a.name) {
			setProp(out, p.key(a.name), p.val(p.str(a.value)))
		}
	}
	for k := range p.kids(d) {
		if p.limit >= 0 && p.cost > p.limit {
			return
		}
		setProp(out, p.key(p.nodes[k].name), p.value(k, 0))
	}
}

// key names a property as ExifTool does: the namespace's usual prefix.
func (p *xmpParser) key(n xname) string {
	space := p.space(n)
	prefix, ok := xmpPrefixes[space]
	if !ok {
		prefix = p.first[space]
	}
	if prefix == "" {
		qname := p.qname(n)
		if colon := strings.IndexByte(qname, ':'); colon >= 0 {
			prefix = qname[:colon]
		}
	}
	if prefix == "" {
		prefix = "ns"
	}
	return p.cachedKey(prefix, p.local(n))
}

// keyCache holds the keys of well-known namespaces so that building a key
// costs no allocation; it is bounded so that hostile names cannot grow it.
var keyCache = struct {
	sync.RWMutex
	m map[[2]string]keyEntry
}{m: map[[2]string]keyEntry{}}

// keyEntry is a cached key with the (prefix, local name) it is for, both
// the cache's own copies.
type keyEntry struct {
	key  string
	name [2]string
}

const maxKeyCache = 4096

func cachedKey(prefix, local string) (key string, stored [2]string, cached bool) {
	k := [2]string{prefix, local}
	keyCache.RLock()
	e, ok := keyCache.m[k]
	keyCache.RUnlock()
	if ok {
		return e.key, e.name, true
	}
	v := upperFirst(local)
	if prefix != "" {
		v = prefix + ":" + v
	}
	e = keyEntry{key: strings.Clone(v), name: [2]string{strings.Clone(prefix), strings.Clone(local)}}
	keyCache.Lock()
	if len(keyCache.m) < maxKeyCache {
		keyCache.m[e.name] = e
		cached = true
	}
	keyCache.Unlock()
	return e.key, e.name, cached
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	if c := s[0]; c < utf8.RuneSelf {
		if c >= 'a' && c <= 'z' {
			return string(c-'a'+'A') + s[1:]
		}
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// langAlt is an rdf:Alt of language alternatives, in document order.
type langAlt struct {
	langs  []string
	values []any
}

func (a langAlt) preferred() any {
	for i, l := range a.langs {
		if l == "x-default" {
			return a.values[i]
		}
	}
	if len(a.values) > 0 {
		return a.values[0]
	}
	return ""
}

// setProp sets a property; when a packet repeats one (as an attribute and
// an element, or in two rdf:Description), the later wins, as in ExifTool.
// A language alternative also gives one key per language.
func setProp(out map[string]any, key string, v any) {
	if alt, ok := v.(langAlt); ok {
		out[key] = alt.preferred()
		for i, l := range alt.langs {
			if l != "x-default" {
				out[key+"-"+standardLangCase(l)] = alt.values[i]
			}
		}
		return
	}
	out[key] = v
}

// value interprets a property element.
func (p *xmpParser) value(n int32, depth int) any {
	if depth > MaxXMPDepth {
		return nil
	}
	if res, ok := p.attr(n, nsRDF, "resource"); ok {
		return p.val(res)
	}
	if pt, _ := p.attr(n, nsRDF, "parseType"); pt == "Resource" {
		return p.structure(n, depth)
	}
	for k := range p.kids(n) {
		kn := p.nodes[k].name
		if p.space(kn) != nsRDF {
			continue
		}
		switch p.local(kn) {
		case "Alt", "Bag", "Seq":
			return p.container(k, depth)
		case "Description":
			return p.structure(k, depth)
		}
	}
	fieldAttrs := 0
	for _, a := range p.attrsOf(n) {
		if !p.isMetaAttr(a.name) {
			fieldAttrs++
		}
	}
	if p.nodes[n].kid >= 0 || fieldAttrs > 0 {
		return p.structure(n, depth)
	}
	return p.val(p.textOf(n))
}

func (p *xmpParser) container(c int32, depth int) any {
	if p.local(p.nodes[c].name) == "Alt" {
		var alt langAlt
		var plain []any
		for li := range p.kids(c) {
			lang, ok := p.attr(li, nsXML, "lang")
			v := p.value(li, depth+1)
			if !ok {
				plain = append(plain, v)
				continue
			}
			dup := false
			for _, l := range alt.langs {
				dup = dup || l == lang
			}
			if !dup {
				alt.langs = append(alt.langs, lang)
				alt.values = append(alt.values, v)
			}
		}
		if len(alt.langs) == 0 {
			if len(plain) == 1 {
				return plain[0]
			}
			if plain == nil {
				return []any{}
			}
			return plain
		}
		return alt
	}
	n := 0
	for li := range p.kids(c) {
		if p.isRDF(p.nodes[li].name, "li") {
			n++
		}
	}
	list := make([]any, 0, n)
	p.cost += valueCost
	for li := range p.kids(c) {
		if p.isRDF(p.nodes[li].name, "li") {
			list = append(list, p.value(li, depth+1))
		}
	}
	return list
}

// structure reads fields from attributes and child elements; field names
// drop the namespace, as ExifTool's structures do ("CiAdrCity").
//
// A node with an rdf:value is a value with qualifiers: its value is that
// of rdf:value, and the qualifiers are dropped, as ExifTool reads it.
func (p *xmpParser) structure(n int32, depth int) any {
	if v, ok := p.attr(n, nsRDF, "value"); ok {
		return p.val(v)
	}
	for k := range p.kids(n) {
		if p.isRDF(p.nodes[k].name, "value") {
			return p.value(k, depth+1)
		}
	}
	s := map[string]any{}
	p.cost += valueCost
	for _, a := range p.attrsOf(n) {
		if !p.isMetaAttr(a.name) {
			s[p.cachedKey("", p.local(a.name))] = p.val(p.str(a.value))
		}
	}
	for k := range p.kids(n) {
		kn := p.nodes[k].name
		if p.space(kn) == nsRDF {
			continue
		}
		v := p.value(k, depth+1)
		if alt, ok := v.(langAlt); ok {
			v = alt.preferred()
		}
		s[p.cachedKey("", p.local(kn))] = v
	}
	return s
}

// xmlEntities are the only named entities XMP may use.
var xmlEntities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

// appendDecoded appends s to b with its entities expanded.
func appendDecoded(b []byte, s string) []byte {
	for {
		amp := strings.IndexByte(s, '&')
		if amp < 0 {
			return append(b, s...)
		}
		b = append(b, s[:amp]...)
		s = s[amp:]
		semi := strings.IndexByte(s, ';')
		if semi > 0 && semi <= 12 {
			if r, ok := entity(s[1:semi]); ok {
				b = append(b, r...)
				s = s[semi+1:]
				continue
			}
		}
		b = append(b, '&')
		s = s[1:]
	}
}

func entity(name string) (string, bool) {
	if v, ok := xmlEntities[name]; ok {
		return v, true
	}
	if len(name) < 2 || name[0] != '#' {
		return "", false
	}
	var n uint64
	digits, base := name[1:], uint64(10)
	if digits[0] == 'x' || digits[0] == 'X' {
		digits, base = digits[1:], 16
	}
	if digits == "" {
		return "", false
	}
	for _, c := range []byte(digits) {
		var d uint64
		switch {
		case c >= '0' && c <= '9':
			d = uint64(c - '0')
		case base == 16 && c >= 'a' && c <= 'f':
			d = uint64(c-'a') + 10
		case base == 16 && c >= 'A' && c <= 'F':
			d = uint64(c-'A') + 10
		default:
			return "", false
		}
		n = n*base + d
		if n > unicode.MaxRune {
			return "", false
		}
	}
	return string(rune(n)), true
}

// utf16Order recognises a UTF-16 packet by its byte-order mark, or by the
// NUL beside its first '<'.
func utf16Order(b []byte) binary.ByteOrder {
	switch {
	case len(b) < 4:
		return nil
	case b[0] == 0xFE && b[1] == 0xFF, b[0] == 0 && b[1] == '<' && b[2] == 0:
		return binary.BigEndian
	case b[0] == 0xFF && b[1] == 0xFE, b[0] == '<' && b[1] == 0 && b[3] == 0:
		return binary.LittleEndian
	}
	return nil
}

func utf16ToUTF8(b []byte, order binary.ByteOrder) []byte {
	units := make([]uint16, 0, len(b)/2+1)
	for i := 0; i+1 < len(b); i += 2 {
		units = append(units, order.Uint16(b[i:]))
	}
	if len(b)%2 == 1 {
		// A last odd byte is read as if the NUL padding completed it.
		units = append(units, order.Uint16([]byte{b[len(b)-1], 0}))
	}
	if len(units) > 0 && units[0] == 0xFEFF {
		units = units[1:]
	}
	out := make([]byte, 0, len(units))
	for _, r := range utf16.Decode(units) {
		out = utf8.AppendRune(out, r)
	}
	return out
}

// standardLangCase writes a language tag as ExifTool names its tags: the
// language in lower case, a two-letter region in upper case ("en-US",
// "de-CH", "zh-hant").
func standardLangCase(l string) string {
	lang, rest, ok := strings.Cut(l, "-")
	if !ok {
		return strings.ToLower(l)
	}
	region, more, _ := strings.Cut(rest, "-")
	if (len(lang) >= 2 && len(lang) <= 3 || lang == "x" || lang == "i") && len(region) == 2 && isLetters(region) {
		if more != "" {
			more = "-" + strings.ToLower(more)
		}
		return strings.ToLower(lang) + "-" + strings.ToUpper(region) + more
	}
	return strings.ToLower(l)
}

func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
