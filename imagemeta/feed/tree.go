package feed

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// Limits bound what one feed file may cost. A feed item is a few
// kilobytes; the largest agency files (a package with its item refs, an AP
// feed page) stay far below these.
const (
	// MaxSize is the largest feed file read, in bytes.
	MaxSize = 8 << 20
	// MaxDepth is the deepest element or JSON value nesting accepted.
	MaxDepth = 64
	// MaxNodes is the largest number of elements, attributes and JSON values.
	MaxNodes = 200_000
)

// ErrLimit is wrapped in the FormatError of a file beyond one of the limits.
var ErrLimit = errors.New("feed: limit exceeded")

// node is one XML element: its name, attributes, direct text and children.
type node struct {
	space, name string
	attrs       []xml.Attr
	text        strings.Builder
	kids        []*node
}

// attr returns the value of the attribute with the local name, or "".
func (n *node) attr(local string) string {
	for _, a := range n.attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// child returns the first child with the local name in the NewsML
// namespace (or none), or nil.
func (n *node) child(local string) *node {
	for _, k := range n.kids {
		if k.name == local && isNAR(k.space) {
			return k
		}
	}
	return nil
}

// children returns every child with the local name in the NewsML namespace.
func (n *node) children(local string) []*node {
	var out []*node
	for _, k := range n.kids {
		if k.name == local && isNAR(k.space) {
			out = append(out, k)
		}
	}
	return out
}

// value is the element's whole text (its own and its descendants', as
// an inline <span> or <br/> would hold), whitespace-normalised.
func (n *node) value() string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	n.collect(&b)
	return norm(b.String())
}

func (n *node) collect(b *strings.Builder) {
	b.WriteString(n.text.String())
	for _, k := range n.kids {
		b.WriteByte(' ')
		k.collect(b)
	}
}

// narSpace is the NewsML-G2 namespace. Elements with no namespace are read
// as NewsML too: hand-made files often leave it out.
const narSpace = "http://iptc.org/std/nar/2006-10-01/"

func isNAR(space string) bool { return space == "" || space == narSpace }

// parseXML reads r into an element tree, within the limits. Comments,
// processing instructions and directives are skipped, so an element that
// exists only inside a comment is never read.
func parseXML(data []byte) (*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = charsetReader
	var stack []*node
	var root *node
	count := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, &FormatError{Format: "xml", Offset: d.InputOffset(), Err: err}
		}
		switch t := tok.(type) {
		case xml.StartElement:
			count += 1 + len(t.Attr)
			if len(stack) >= MaxDepth || count > MaxNodes {
				return nil, &FormatError{Format: "xml", Offset: d.InputOffset(),
					Err: fmt.Errorf("%w: more than %d levels or %d elements", ErrLimit, MaxDepth, MaxNodes)}
			}
			n := &node{space: t.Name.Space, name: t.Name.Local, attrs: t.Attr}
			if len(stack) == 0 {
				if root != nil {
					return nil, &FormatError{Format: "xml", Offset: d.InputOffset(), Err: errors.New("more than one root element")}
				}
				root = n
			} else {
				p := stack[len(stack)-1]
				p.kids = append(p.kids, n)
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text.Write(t)
			}
		}
	}
	if root == nil {
		return nil, &FormatError{Format: "xml", Offset: d.InputOffset(), Err: errors.New("no root element")}
	}
	return root, nil
}

// utf8Names are the spellings of UTF-8 (and its ASCII subset) seen in XML
// declarations that Go's decoder does not know by itself: one agency
// writes encoding='utf8'.
var utf8Names = []string{"utf8", "utf-8", "us-ascii", "ascii"}

// latin1Names and cp1252Names are the labels of ISO-8859-1 and of
// Windows-1252 (its superset with printable characters at 0x80-0x9F, which
// older newsroom systems write).
var (
	latin1Names = []string{"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1"}
	cp1252Names = []string{"windows-1252", "cp1252", "x-cp1252"}
)

// cp1252High maps Windows-1252 bytes 0x80-0x9F to Unicode (0 where the
// code page leaves the byte undefined: kept as the C1 control).
var cp1252High = [32]rune{
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
}

// charsetReader accepts the UTF-8 spellings, Latin-1 and Windows-1252:
// what feeds use or declare (one agency writes encoding='utf8').
func charsetReader(label string, input io.Reader) (io.Reader, error) {
	l := strings.ToLower(strings.TrimSpace(label))
	switch {
	case slices.Contains(utf8Names, l):
		return input, nil
	case slices.Contains(latin1Names, l):
		return latin1Reader{r: input}, nil
	case slices.Contains(cp1252Names, l):
		return latin1Reader{r: input, cp1252: true}, nil
	}
	return nil, fmt.Errorf("%w: XML encoding %q", ErrUnsupported, label)
}

// latin1Reader turns ISO-8859-1 (or Windows-1252) bytes into UTF-8.
type latin1Reader struct {
	r      io.Reader
	cp1252 bool
}

func (l latin1Reader) Read(p []byte) (int, error) {
	// Each byte becomes at most three UTF-8 bytes (a Windows-1252 quote).
	if len(p) < 3 {
		return 0, io.ErrShortBuffer
	}
	buf := make([]byte, len(p)/3)
	n, err := l.r.Read(buf)
	out := p[:0]
	for _, c := range buf[:n] {
		r := rune(c)
		if l.cp1252 && c >= 0x80 && c < 0xa0 && cp1252High[c-0x80] != 0 {
			r = cp1252High[c-0x80]
		}
		out = utf8.AppendRune(out, r)
	}
	return len(out), err
}

// jobj is a JSON object that keeps its keys in the order of the file: a
// rendition map's order is the agency's (largest first, or as listed).
type jobj struct {
	keys []string
	vals []any
}

// get returns the value of the first key equal to one of names ignoring
// case (ninjs 1.x writes pubstatus, 2.x and 3.x pubStatus), or nil.
func (o *jobj) get(names ...string) any {
	if o == nil {
		return nil
	}
	for _, name := range names {
		for i, k := range o.keys {
			if strings.EqualFold(k, name) {
				return o.vals[i]
			}
		}
	}
	return nil
}

// parseJSON reads data into a tree of *jobj, []any, string, json.Number,
// bool and nil, within the limits.
func parseJSON(data []byte) (any, error) {
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	p := jsonParser{d: d}
	v, err := p.value(0)
	if err != nil {
		return nil, &FormatError{Format: "json", Offset: d.InputOffset(), Err: err}
	}
	if _, err := d.Token(); err != io.EOF {
		return nil, &FormatError{Format: "json", Offset: d.InputOffset(), Err: errors.New("data after the top-level value")}
	}
	return v, nil
}

type jsonParser struct {
	d     *json.Decoder
	count int
}

func (p *jsonParser) value(depth int) (any, error) {
	p.count++
	if depth > MaxDepth || p.count > MaxNodes {
		return nil, fmt.Errorf("%w: more than %d levels or %d values", ErrLimit, MaxDepth, MaxNodes)
	}
	tok, err := p.d.Token()
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, err
	}
	switch tok {
	case json.Delim('{'):
		o := &jobj{}
		for p.d.More() {
			kt, err := p.d.Token()
			if err != nil {
				return nil, err
			}
			k, _ := kt.(string)
			v, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			o.keys, o.vals = append(o.keys, k), append(o.vals, v)
		}
		_, err := p.d.Token()
		return o, err
	case json.Delim('['):
		var a []any
		for p.d.More() {
			v, err := p.value(depth + 1)
			if err != nil {
				return nil, err
			}
			a = append(a, v)
		}
		_, err := p.d.Token()
		return a, err
	}
	return tok, nil
}
