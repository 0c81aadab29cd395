package geo

// nameTable finds a folded name of the gazetteer's section 2 (keyText):
// a hash table of the lines' offsets, with linear probing. It holds no
// pointers, so the garbage collector never scans its 72,000 entries,
// where a map[string]uint32 made every collection walk them while a
// caption batch runs.
type nameTable struct {
	text  string   // keyText
	slots []uint32 // 1 + the offset of a name's line in text; 0 is empty
	shift uint     // 64 - log2(len(slots)): a hash's top bits pick its slot
	n     int
}

// newNameTable sizes a table for n names at most half full.
func newNameTable(text string, n int) *nameTable {
	size, bits := 1, uint(0)
	for size < 2*n {
		size *= 2
		bits++
	}
	return &nameTable{text: text, slots: make([]uint32, size), shift: 64 - bits}
}

// len returns the number of names held.
func (t *nameTable) len() int {
	if t == nil {
		return 0
	}
	return t.n
}

// name returns the name of the line at offset off.
func (t *nameTable) name(off uint32) string {
	line := t.text[off:]
	for i := 0; i < len(line); i++ {
		if line[i] == '\t' || line[i] == '\n' {
			return line[:i]
		}
	}
	return line
}

// put records the line at offset off under its name (a later line of the
// same name replaces an earlier one, as a map assignment did).
func (t *nameTable) put(off uint32) {
	k := t.name(off)
	for i := filterHash(k) >> t.shift; ; i = (i + 1) & uint64(len(t.slots)-1) {
		switch s := t.slots[i]; {
		case s == 0:
			t.slots[i] = off + 1
			t.n++
			return
		case t.name(s-1) == k:
			t.slots[i] = off + 1
			return
		}
	}
}

// find returns the offset of the flag after name k (its line's offset,
// the name and a tab), as keyIdx's values were.
func (t *nameTable) find(k []byte) (uint32, bool) { return t.findHash(k, filterHash(k)) }

// findHash is find for a name whose filterHash is h.
func (t *nameTable) findHash(k []byte, h uint64) (uint32, bool) {
	for i := h >> t.shift; ; i = (i + 1) & uint64(len(t.slots)-1) {
		s := t.slots[i]
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
	for _, s := range t.slots {
		if s != 0 && !yield(t.name(s-1)) {
			return
		}
	}
}
