// Package index is the layout of the gazetteer's name index
// (gazindex.bin): the generator (../gen) writes it from the names of
// gazetteer.txt, package geo reads it in place. At start-up nothing is
// hashed or allocated per name: a `wirecap parse` of one caption used to
// spend most of its CPU building this table and filter from the text.
//
// Layout, little-endian: the magic "GZX1"; seven uint32: the number of
// slots (a power of two), of filter words (a power of two) and of cities,
// the offsets of the gazetteer's sections 2, 3 and 4, and the number of
// region slots (a power of two); then the slots, uint32 each (0 for an
// empty slot, else 1 + the offset of a name's line in section 2); then the
// filter's words, uint64 each; then the offset of each city's line in the
// gazetteer, uint32 each, and the end of the last (its newline); then the
// region slots, as the slots over section 4.
package index

import (
	"encoding/binary"
	"errors"
	"strings"
)

// Magic opens the file.
const Magic = "GZX1"

// HeaderLen is the length of the magic and the seven numbers.
const HeaderLen = 32

// Hash is FNV-1a, its bits mixed at the end (FNV's low bits depend on the
// keys' low bits only): short keys, hashed without a call or a seed.
func Hash[T string | []byte](k T) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(k); i++ {
		h ^= uint64(k[i])
		h *= 1099511628211
	}
	h ^= h >> 32
	h *= 0x9E3779B97F4A7C15
	return h ^ h>>29
}

// FilterWords sizes a Bloom filter for n names: one to two bytes per
// name, so that a 64-bit word holds four to eight names and a few per
// cent of the names it does not hold pass. A power of two.
func FilterWords(n int) int {
	size := 64
	for size < n {
		size *= 2
	}
	return size / 8
}

// FilterAt returns the word (of a filter of n words) and the two bits of
// hash h: both bits lie in one word, one memory access per question.
func FilterAt(h uint64, n int) (int, uint64) {
	return int((h >> 12) & uint64(n-1)), 1<<(h&63) | 1<<((h>>6)&63)
}

// SlotBits sizes the table for n names at most half full: log2 of the
// number of slots. A hash's top SlotBits bits pick its first slot.
func SlotBits(n int) uint {
	size, bits := 1, uint(0)
	for size < 2*n {
		size *= 2
		bits++
	}
	return bits
}

// NameAt returns the name of the line at offset off of text: up to its
// first tab or its end.
func NameAt(text string, off uint32) string {
	line := text[off:]
	for i := 0; i < len(line); i++ {
		if line[i] == '\t' || line[i] == '\n' {
			return line[:i]
		}
	}
	return line
}

// Gazetteer is what the index is built from.
type Gazetteer struct {
	Text       string   // gazetteer.txt
	Keys       []uint32 // the offset of each line of section 2, in section 2; their names distinct
	Extra      []string // more names for the filter (section 3's)
	Cities     []uint32 // the offset of each line of section 1, and the end of the last
	Sec2, Sec3 uint32   // the offsets of sections 2 and 3
	Sec4       uint32   // the offset of section 4, region names ("name\tcountry\tlevel" lines, names distinct), to the end
}

// Build encodes the index of g.
func Build(g Gazetteer) []byte {
	slots := table(g.Text[g.Sec2:], g.Keys)
	regions := g.Text[g.Sec4:]
	var regionOffs []uint32
	for i := 0; i < len(regions); i += strings.IndexByte(regions[i:], '\n') + 1 {
		regionOffs = append(regionOffs, uint32(i))
	}
	regionSlots := table(regions, regionOffs)
	words := make([]uint64, FilterWords(len(g.Keys)+len(g.Extra)))
	add := func(k string) {
		w, b := FilterAt(Hash(k), len(words))
		words[w] |= b
	}
	for _, off := range g.Keys {
		add(NameAt(g.Text[g.Sec2:], off))
	}
	for _, k := range g.Extra {
		add(k)
	}
	out := []byte(Magic)
	for _, n := range []uint32{uint32(len(slots)), uint32(len(words)), uint32(len(g.Cities) - 1), g.Sec2, g.Sec3, g.Sec4,
		uint32(len(regionSlots))} {
		out = binary.LittleEndian.AppendUint32(out, n)
	}
	for _, s := range slots {
		out = binary.LittleEndian.AppendUint32(out, s)
	}
	for _, w := range words {
		out = binary.LittleEndian.AppendUint64(out, w)
	}
	for _, c := range g.Cities {
		out = binary.LittleEndian.AppendUint32(out, c)
	}
	for _, s := range regionSlots {
		out = binary.LittleEndian.AppendUint32(out, s)
	}
	return out
}

// table builds the slots of a hash table of the lines of text at offsets
// offs (a later line of a repeated name replaces an earlier one): linear
// probing from the hash's top SlotBits bits.
func table(text string, offs []uint32) []uint32 {
	bits := SlotBits(len(offs))
	slots := make([]uint32, 1<<bits)
	for _, off := range offs {
		k := NameAt(text, off)
		for i := Hash(k) >> (64 - bits); ; i = (i + 1) & uint64(len(slots)-1) {
			if s := slots[i]; s == 0 || NameAt(text, s-1) == k {
				slots[i] = off + 1
				break
			}
		}
	}
	return slots
}

// Index is an encoded index, its parts slices of the encoding (read in
// place).
type Index struct {
	Slots       []byte // uint32 each
	SlotBits    uint   // log2 of the number of slots
	Words       []byte // the filter, uint64 each
	Cities      []byte // uint32 each: the cities' lines, and the end of the last
	Sec2, Sec3  uint32
	Sec4        uint32
	RegionSlots []byte // uint32 each, over section 4
	RegionBits  uint   // log2 of the number of region slots
}

// Parse reads an encoded index, checking its sizes.
func Parse(b []byte) (Index, error) {
	if len(b) < HeaderLen || string(b[:4]) != Magic {
		return Index{}, errors.New("no name index")
	}
	u := func(i int) uint64 { return uint64(binary.LittleEndian.Uint32(b[4+4*i:])) }
	ns, nw, nc, nrs := u(0), u(1), u(2), u(6)
	pow2 := func(n uint64) bool { return n != 0 && n&(n-1) == 0 }
	if !pow2(ns) || !pow2(nw) || !pow2(nrs) || uint64(len(b)) != HeaderLen+4*ns+8*nw+4*(nc+1)+4*nrs {
		return Index{}, errors.New("name index of a bad size")
	}
	ix := Index{Sec2: uint32(u(3)), Sec3: uint32(u(4)), Sec4: uint32(u(5)), SlotBits: log2(ns), RegionBits: log2(nrs)}
	rest := b[HeaderLen:]
	ix.Slots, rest = rest[:4*ns], rest[4*ns:]
	ix.Words, rest = rest[:8*nw], rest[8*nw:]
	ix.Cities, rest = rest[:4*(nc+1)], rest[4*(nc+1):]
	ix.RegionSlots = rest
	return ix, nil
}

// log2 returns log2 of a power of two.
func log2(n uint64) uint {
	b := uint(0)
	for ; n > 1; n >>= 1 {
		b++
	}
	return b
}
