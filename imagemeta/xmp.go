package imagemeta

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

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

type xnode struct {
	name  xml.Name
	attrs []xml.Attr
	kids  []*xnode
	text  strings.Builder
}

func (n *xnode) attr(space, local string) (string, bool) {
	for _, a := range n.attrs {
		if a.Name.Space == space && a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// ErrXMPTooDeep and ErrXMPTooLarge stop hostile packets.
var (
	ErrXMPTooDeep  = errors.New("xmp: nesting too deep")
	ErrXMPTooLarge = errors.New("xmp: too many elements")
)

// ParseXMP reads an XMP packet into tags keyed "prefix:Name" as ExifTool
// names them: language alternatives give "dc:Description" (x-default) and
// "dc:Description-fr"; bags and sequences give arrays; structures give maps.
// Entities are never expanded and size and depth are bounded.
func ParseXMP(b []byte) (map[string]any, error) {
	if len(b) > MaxXMPSize {
		return nil, fmt.Errorf("xmp: packet of %d bytes is over the limit", len(b))
	}
	b = bytes.Trim(b, "\x00")
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = false
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		switch strings.ToLower(label) {
		case "iso-8859-1", "latin1", "latin-1", "windows-1252", "cp1252":
			return charmap.Windows1252.NewDecoder().Reader(r), nil
		}
		return r, nil
	}
	prefixes := map[string]string{}
	root := &xnode{}
	stack := []*xnode{root}
	count := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if count == 0 {
				return nil, fmt.Errorf("xmp: %w", err)
			}
			// Keep what was read before the damage.
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			count++
			if count > MaxXMPElements {
				return nil, ErrXMPTooLarge
			}
			if len(stack) > MaxXMPDepth {
				return nil, ErrXMPTooDeep
			}
			for _, a := range t.Attr {
				if a.Name.Space == "xmlns" {
					if _, ok := prefixes[a.Value]; !ok {
						prefixes[a.Value] = a.Name.Local
					}
				}
			}
			n := &xnode{name: t.Name, attrs: t.Attr}
			parent := stack[len(stack)-1]
			parent.kids = append(parent.kids, n)
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			top := stack[len(stack)-1]
			if top.text.Len() < MaxXMPSize {
				top.text.Write(t)
			}
		}
	}
	p := &xmpInterp{prefixes: prefixes, out: map[string]any{}}
	var descs []*xnode
	findDescriptions(root, &descs, 0)
	if len(descs) == 0 {
		return p.out, errors.New("xmp: no rdf:Description")
	}
	for _, desc := range descs {
		p.description(desc)
	}
	return p.out, nil
}

// findDescriptions collects the rdf:Description children of every rdf:RDF.
func findDescriptions(n *xnode, out *[]*xnode, depth int) {
	if depth > MaxXMPDepth {
		return
	}
	for _, k := range n.kids {
		if k.name.Space == nsRDF && k.name.Local == "RDF" {
			for _, d := range k.kids {
				if d.name.Space == nsRDF && d.name.Local == "Description" {
					*out = append(*out, d)
				}
			}
			continue
		}
		findDescriptions(k, out, depth+1)
	}
}

type xmpInterp struct {
	prefixes map[string]string
	out      map[string]any
}

func (p *xmpInterp) key(n xml.Name) string {
	prefix := xmpPrefixes[n.Space]
	if prefix == "" {
		prefix = p.prefixes[n.Space]
	}
	if prefix == "" {
		prefix = "ns"
	}
	return prefix + ":" + upperFirst(n.Local)
}

func upperFirst(s string) string {
	for i, r := range s {
		return string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

func isMetaAttr(a xml.Attr) bool {
	return a.Name.Space == "xmlns" || a.Name.Local == "xmlns" || a.Name.Space == nsXML ||
		a.Name.Space == nsRDF || (a.Name.Space == "" && (a.Name.Local == "about" || a.Name.Local == "xmptk"))
}

func (p *xmpInterp) description(d *xnode) {
	for _, a := range d.attrs {
		if isMetaAttr(a) {
			continue
		}
		p.set(p.key(a.Name), toValidUTF8(a.Value))
	}
	for _, k := range d.kids {
		p.set(p.key(k.name), p.value(k, 0))
	}
}

// langAlt is an rdf:Alt of language alternatives, in document order.
type langAlt struct {
	langs  []string
	values map[string]any
}

func (a langAlt) preferred() any {
	if v, ok := a.values["x-default"]; ok {
		return v
	}
	if len(a.langs) > 0 {
		return a.values[a.langs[0]]
	}
	return ""
}

func (p *xmpInterp) set(key string, v any) {
	if alt, ok := v.(langAlt); ok {
		p.out[key] = alt.preferred()
		for _, l := range alt.langs {
			if l != "x-default" {
				p.out[key+"-"+l] = alt.values[l]
			}
		}
		return
	}
	if _, exists := p.out[key]; !exists {
		p.out[key] = v
	}
}

// value interprets a property element.
func (p *xmpInterp) value(n *xnode, depth int) any {
	if depth > MaxXMPDepth {
		return nil
	}
	if res, ok := n.attr(nsRDF, "resource"); ok {
		return toValidUTF8(res)
	}
	if pt, _ := n.attr(nsRDF, "parseType"); pt == "Resource" {
		return p.structure(n, depth)
	}
	for _, k := range n.kids {
		if k.name.Space != nsRDF {
			continue
		}
		switch k.name.Local {
		case "Alt", "Bag", "Seq":
			return p.container(k, depth)
		case "Description":
			return p.structure(k, depth)
		}
	}
	var fieldAttrs int
	for _, a := range n.attrs {
		if !isMetaAttr(a) {
			fieldAttrs++
		}
	}
	if len(n.kids) > 0 || fieldAttrs > 0 {
		return p.structure(n, depth)
	}
	return toValidUTF8(n.text.String())
}

func (p *xmpInterp) container(c *xnode, depth int) any {
	if c.name.Local == "Alt" {
		alt := langAlt{values: map[string]any{}}
		plain := []any{}
		for _, li := range c.kids {
			lang, ok := li.attr(nsXML, "lang")
			v := p.value(li, depth+1)
			if !ok {
				plain = append(plain, v)
				continue
			}
			if _, dup := alt.values[lang]; !dup {
				alt.langs = append(alt.langs, lang)
				alt.values[lang] = v
			}
		}
		if len(alt.langs) == 0 {
			if len(plain) == 1 {
				return plain[0]
			}
			return plain
		}
		return alt
	}
	list := []any{}
	for _, li := range c.kids {
		if li.name.Space == nsRDF && li.name.Local == "li" {
			list = append(list, p.value(li, depth+1))
		}
	}
	return list
}

// structure reads fields from attributes and child elements; field names
// drop the namespace, as ExifTool's structures do ("CiAdrCity").
func (p *xmpInterp) structure(n *xnode, depth int) map[string]any {
	s := map[string]any{}
	for _, a := range n.attrs {
		if isMetaAttr(a) {
			continue
		}
		s[upperFirst(a.Name.Local)] = toValidUTF8(a.Value)
	}
	for _, k := range n.kids {
		if k.name.Space == nsRDF {
			continue
		}
		v := p.value(k, depth+1)
		if alt, ok := v.(langAlt); ok {
			v = alt.preferred()
		}
		s[upperFirst(k.name.Local)] = v
	}
	return s
}

func parseXMPPacket(b []byte) (map[string]any, []Note, error) {
	props, err := ParseXMP(b)
	return props, nil, err
}
