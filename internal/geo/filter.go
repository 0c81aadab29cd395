package geo

import (
	"encoding/binary"

	"github.com/wirecap/wirecap/internal/geo/internal/index"
)

// keyFilter is a Bloom filter over the folded names of an index. Most
// names a caption asks about (people, organisations, ordinary capitalised
// words) are in no index; the filter tells most of them so from one word
// of its bits, where a map lookup touches memory all over a table of
// megabytes (the 72,000 city names). The two bits of a name lie in one
// 64-bit word: one memory access per question (index.FilterAt).
type keyFilter struct {
	words []uint64
}

// newKeyFilter sizes a filter for n names (index.FilterWords).
func newKeyFilter(n int) *keyFilter {
	return &keyFilter{words: make([]uint64, index.FilterWords(n))}
}

// keyFilterOf copies a filter the generator wrote (gazindex.bin): 128 KB,
// where hashing the 120,000 names it holds took milliseconds.
func keyFilterOf(b []byte) *keyFilter {
	f := &keyFilter{words: make([]uint64, len(b)/8)}
	for i := range f.words {
		f.words[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return f
}

// filterHash is the index's hash (index.Hash).
func filterHash[T string | []byte](k T) uint64 { return index.Hash(k) }

// at returns the word of the filter and the two bits of hash h.
func (f *keyFilter) at(h uint64) (*uint64, uint64) {
	i, bits := index.FilterAt(h, len(f.words))
	return &f.words[i], bits
}

func (f *keyFilter) add(k string) {
	w, bits := f.at(filterHash(k))
	*w |= bits
}

// mayHold reports whether k may be a name that was added; false is sure.
func (f *keyFilter) mayHold(k []byte) bool { return f.mayHoldHash(filterHash(k)) }

// mayHoldHash is mayHold for a key's filterHash.
func (f *keyFilter) mayHoldHash(h uint64) bool {
	w, bits := f.at(h)
	return *w&bits == bits
}
