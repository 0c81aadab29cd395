package c2pa

import (
	"encoding/binary"
	"encoding/hex"
	"fmt"
)

// Limits that bound what a manifest store may make the reader do.
const (
	maxStore = 64 << 20 // bytes of JUMBF gathered from one file
	maxDepth = 16       // nested superboxes
	maxBoxes = 1 << 14  // boxes in one store
)

// box is one JUMBF box. A superbox ("jumb") has a description ("jumd")
// and children; a content box has its payload in data.
type box struct {
	typ      string
	label    string // the description's label (superboxes)
	uuid     string // the description's content type, 32 hex digits
	data     []byte // payload after the header (for a superbox: jumd and children)
	children []*box
}

// child returns the first child superbox labelled label.
func (b *box) child(label string) *box {
	for _, c := range b.children {
		if c.label == label {
			return c
		}
	}
	return nil
}

// content returns the first content box of type typ among the children.
func (b *box) content(typ string) []byte {
	for _, c := range b.children {
		if c.typ == typ {
			return c.data
		}
	}
	return nil
}

// parser walks JUMBF with a shared budget of boxes.
type parser struct{ boxes int }

// parseBoxes splits b into boxes (ISO/IEC 19566-5: LBox, TBox, optional
// XLBox), descending into superboxes.
func (p *parser) parseBoxes(b []byte, depth int) ([]*box, error) {
	if depth > maxDepth {
		return nil, &FormatError{Msg: "JUMBF nested too deep"}
	}
	var out []*box
	for len(b) > 0 {
		if p.boxes++; p.boxes > maxBoxes {
			return nil, &FormatError{Msg: "too many JUMBF boxes"}
		}
		if len(b) < 8 {
			return nil, &FormatError{Msg: "JUMBF box header cut short"}
		}
		size, typ, hdr := uint64(binary.BigEndian.Uint32(b)), string(b[4:8]), uint64(8)
		switch size {
		case 0:
			size = uint64(len(b))
		case 1:
			if len(b) < 16 {
				return nil, &FormatError{Msg: "JUMBF extended box header cut short"}
			}
			size, hdr = binary.BigEndian.Uint64(b[8:]), 16
		}
		if size < hdr || size > uint64(len(b)) {
			return nil, &FormatError{Msg: fmt.Sprintf("JUMBF box %q of %d bytes overruns its container (%d)", typ, size, len(b))}
		}
		bx := &box{typ: typ, data: b[hdr:size]}
		if typ == "jumb" {
			if err := p.superbox(bx, depth); err != nil {
				return nil, err
			}
		}
		out = append(out, bx)
		b = b[size:]
	}
	return out, nil
}

// superbox reads a superbox's description and children.
func (p *parser) superbox(bx *box, depth int) error {
	kids, err := p.parseBoxes(bx.data, depth+1)
	if err != nil {
		return err
	}
	if len(kids) == 0 || kids[0].typ != "jumd" {
		return &FormatError{Msg: "JUMBF superbox without a description box"}
	}
	d := kids[0].data
	if len(d) < 17 {
		return &FormatError{Msg: "JUMBF description box cut short"}
	}
	bx.uuid = hex.EncodeToString(d[:16])
	if toggles := d[16]; toggles&0x02 != 0 {
		rest := d[17:]
		end := 0
		for end < len(rest) && rest[end] != 0 {
			end++
		}
		bx.label = string(rest[:end])
	}
	bx.children = kids[1:]
	return nil
}

// Content types of the C2PA superboxes (C2PA 2.1, 11.1).
const (
	uuidStore     = "6332706100110010800000aa00389b71" // c2pa
	uuidManifest  = "63326d6100110010800000aa00389b71" // c2ma
	uuidUpdate    = "6332756d00110010800000aa00389b71" // c2um
	uuidAssertStr = "6332617300110010800000aa00389b71" // c2as
	uuidClaim     = "6332636c00110010800000aa00389b71" // c2cl
	uuidSignature = "6332637300110010800000aa00389b71" // c2cs
)
