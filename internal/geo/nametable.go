package geo

import "github.com/wirecap/wirecap/internal/geo/internal/index"

// nameTable finds a folded name of the gazetteer's section 2 (keyText):
// a hash table of the lines' offsets, with linear probing, that the
// generator wrote (gazindex.bin, see package index) and that is read in
// place: nothing is built at start-up, and the garbage collector never
// scans its entries.
type nameTable struct {
	text  string // keyText
	slots []byte // uint32 each: 1 + the offset of a name's line in text; 0 is empty
	shift uint   // 64 - log2(number of slots): a hash's top bits pick its slot
	mask  uint64 // number of slots - 1
}

// newNameTable reads the slots of an encoded index over text.
func newNameTable(text string, slots []byte, bits uint) *nameTable {
	return &nameTable{text: text, slots: slots, shift: 64 - bits, mask: uint64(len(slots)/4 - 1)}
}

// len returns the number of names held (counted: only tests ask).
func (t *nameTable) len() int {
	n := 0
	for range t.all {
		n++
	}
	return n
}

// slot returns slot i (one bounds check: the four bytes are cut first).
func (t *nameTable) slot(i uint64) uint32 {
	b := t.slots[4*i : 4*i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// find returns the offset of the flag after name k (its line's offset,
// the name and a tab), as keyIdx's values were.
func (t *nameTable) find(k []byte) (uint32, bool) { return t.findHash(k, filterHash(k)) }

// findHash is find for a name whose filterHash is h.
func (t *nameTable) findHash(k []byte, h uint64) (uint32, bool) {
	for i := h >> t.shift; ; i = (i + 1) & t.mask {
		s := t.slot(i)
		if s == 0 {
			return 0, false
		}
		if off := s - 1; t.hasName(off, k) {
			return off + uint32(len(k)) + 1, true
		}
	}
}

// hasName reports whether the line at offset off is named k.
func (t *nameTable) hasName(off uint32, k []byte) bool {
	end := int(off) + len(k)
	return end < len(t.text) && t.text[end] == '\t' && t.text[off:end] == string(k)
}

// all calls yield with each name held.
func (t *nameTable) all(yield func(string) bool) {
	for i := range uint64(len(t.slots) / 4) {
		if s := t.slot(i); s != 0 && !yield(index.NameAt(t.text, s-1)) {
			return
		}
	}
}
