package caption

import "strings"

// byteScan visits the bytes of a text that are one of a few (set), in
// order, finding each by strings.IndexByte, which reads many bytes at a
// time, rather than testing every byte: the passes that act on a few
// punctuation marks (brackets, sentence ends) find them in a caption
// that is mostly letters and spaces.
type byteScan struct {
	s    string
	set  string
	next [maxScanBytes]int // where each byte of set occurs next, or len(s)
}

// maxScanBytes bounds the bytes of a byteScan's set.
const maxScanBytes = 8

// newByteScan returns a byteScan of s for the bytes of set (at most
// maxScanBytes), before its first byte.
func newByteScan(s, set string) byteScan {
	b := byteScan{s: s, set: set}
	for k := 0; k < len(set); k++ {
		b.next[k] = indexByteFrom(s, 0, set[k])
	}
	return b
}

// advance returns the offset of the next byte of the set, or len(s) when
// there is none left.
func (b *byteScan) advance() int {
	k := 0
	for j := 1; j < len(b.set); j++ {
		if b.next[j] < b.next[k] {
			k = j
		}
	}
	i := b.next[k]
	if i < len(b.s) {
		b.next[k] = indexByteFrom(b.s, i+1, b.set[k])
	}
	return i
}

// indexByteFrom is the index of the first b in s at or after from, or
// len(s).
func indexByteFrom(s string, from int, b byte) int {
	if k := strings.IndexByte(s[from:], b); k >= 0 {
		return from + k
	}
	return len(s)
}
