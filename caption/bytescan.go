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

// lastIndexByte is strings.LastIndexByte, which reads one byte at a time
// from the end: the vectorised IndexByte first finds the first c, so a
// text without c (a caption without a line break, a credit without a
// slash) is read at IndexByte's speed, and a text with one is read back
// only to its first c.
func lastIndexByte(s string, c byte) int {
	i := strings.IndexByte(s, c)
	if i < 0 {
		return -1
	}
	return i + strings.LastIndexByte(s[i:], c)
}
