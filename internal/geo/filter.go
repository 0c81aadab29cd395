package geo

// keyFilter is a Bloom filter over the folded names of an index. Most
// names a caption asks about (people, organisations, ordinary capitalised
// words) are in no index; the filter tells most of them so from one word
// of its bits, where a map lookup touches memory all over a table of
// megabytes (the 72,000 city names). The two bits of a name lie in one
// 64-bit word: one memory access per question.
type keyFilter struct {
	words []uint64
}

// newKeyFilter sizes a filter for n names: one to two bytes per name, so
// that a word holds four to eight names and a few per cent of the names
// it does not hold pass.
func newKeyFilter(n int) *keyFilter {
	size := 64
	for size < n {
		size *= 2
	}
	return &keyFilter{words: make([]uint64, size/8)}
}

// filterHash is FNV-1a, its bits mixed at the end (FNV's low bits depend
// on the keys' low bits only): short keys, hashed without a call or a
// seed.
func filterHash[T string | []byte](k T) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(k); i++ {
		h ^= uint64(k[i])
		h *= 1099511628211
	}
	h ^= h >> 32
	h *= 0x9E3779B97F4A7C15
	return h ^ h>>29
}

// at returns the word of the filter and the two bits of hash h.
func (f *keyFilter) at(h uint64) (*uint64, uint64) {
	w := &f.words[(h>>12)&uint64(len(f.words)-1)]
	return w, 1<<(h&63) | 1<<((h>>6)&63)
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
