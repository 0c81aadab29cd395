// Package index is the layout of the gazetteer's name index
// (gazindex.bin): the generator (../gen) writes it from the names of
// gazetteer.txt, package geo reads it in place. At start-up nothing is
// hashed or allocated per name: a `wirecap parse` of one caption used to
// spend most of its CPU building this table and filter from the text.
//
// Layout, little-endian: the magic "GZX1"; five uint32: the number of
// slots (a power of two), of filter words (a power of two) and of cities,
// and the offsets of the gazetteer's sections 2 and 3; then the slots,
// uint32 each (0 for an empty slot, else 1 + the offset of a name's line
// in section 2); then the filter's words, uint64 each; then the offset of
// each city's line in the gazetteer, uint32 each, and the end of the last
// (its newline).
package index

import (
	"encoding/binary"
	"errors"
)

// Magic opens the file.
const Magic = "GZX1"

// HeaderLen is the length of the magic and the five numbers.
const HeaderLen = 24

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
}

// Build encodes the index of g.
func Build(g Gazetteer) []byte {
	text := g.Text[g.Sec2:]
	bits := SlotBits(len(g.Keys))
	slots := make([]uint32, 1<<bits)
	for _, off := range g.Keys {
		k := NameAt(text, off)
		for i := Hash(k) >> (64 - bits); ; i = (i + 1) & uint64(len(slots)-1) {
			if s := slots[i]; s == 0 || NameAt(text, s-1) == k {
				slots[i] = off + 1
				break
			}
		}
	}
	words := make([]uint64, FilterWords(len(g.Keys)+len(g.Extra)))
	add := func(k string) {
		w, b := FilterAt(Hash(k), len(words))
		words[w] |= b
	}
	for _, off := range g.Keys {
		add(NameAt(text, off))
	}
	for _, k := range g.Extra {
		add(k)
	}
	out := []byte(Magic)
	for _, n := range []uint32{uint32(len(slots)), uint32(len(words)), uint32(len(g.Cities) - 1), g.Sec2, g.Sec3} {
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
	return out
}

// Index is an encoded index, its parts slices of the encoding (read in
// place).
type Index struct {
	Slots      []byte // uint32 each
	SlotBits   uint   // log2 of the number of slots
	Words      []byte // the filter, uint64 each
	Cities     []byte // uint32 each: the cities' lines, and the end of the last
	Sec2, Sec3 uint32
}

// Parse reads an encoded index, checking its sizes.
func Parse(b []byte) (Index, error) {
	if len(b) < HeaderLen || string(b[:4]) != Magic {
		return Index{}, errors.New("no name index")
	}
	u := func(i int) uint64 { return uint64(binary.LittleEndian.Uint32(b[4+4*i:])) }
	ns, nw, nc := u(0), u(1), u(2)
	if ns == 0 || ns&(ns-1) != 0 || nw == 0 || nw&(nw-1) != 0 || uint64(len(b)) != HeaderLen+4*ns+8*nw+4*(nc+1) {
		return Index{}, errors.New("name index of a bad size")
	}
	ix := Index{Sec2: uint32(u(3)), Sec3: uint32(u(4))}
	for n := ns; n > 1; n >>= 1 {
		ix.SlotBits++
	}
	rest := b[HeaderLen:]
	ix.Slots, rest = rest[:4*ns], rest[4*ns:]
	ix.Words, ix.Cities = rest[:8*nw], rest[8*nw:]
	return ix, nil
}
