package geo

import "hash/maphash"

// keyFilter is a Bloom filter over the folded names of the city and region
// indexes. Most names a caption asks about (people, organisations,
// ordinary capitalised words) are in neither; the filter tells most of
// them so from 128 KiB of bits, where a map lookup in the 72,000 city
// names touches memory all over a table of megabytes.
type keyFilter struct {
	seed maphash.Seed
	bits []uint64
}

// filterBits is the filter's size in bits: with two bits per name and
// some 90,000 names, about 3% of the names it does not hold pass.
const filterBits = 1 << 20

func newKeyFilter() *keyFilter {
	return &keyFilter{seed: maphash.MakeSeed(), bits: make([]uint64, filterBits/64)}
}

func (f *keyFilter) add(k string) {
	h := maphash.String(f.seed, k)
	for _, b := range [2]uint32{uint32(h), uint32(h >> 32)} {
		b %= filterBits
		f.bits[b/64] |= 1 << (b % 64)
	}
}

// mayHold reports whether k may be a key that was added; false is sure.
func (f *keyFilter) mayHold(k []byte) bool {
	h := maphash.Bytes(f.seed, k)
	for _, b := range [2]uint32{uint32(h), uint32(h >> 32)} {
		b %= filterBits
		if f.bits[b/64]&(1<<(b%64)) == 0 {
			return false
		}
	}
	return true
}
