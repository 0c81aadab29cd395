package caption

import "math/bits"

// keyTable numbers a set of keys from 1 and finds a key's number with one
// hash of the key and, most often, one probe: open addressing with linear
// probing, each slot the number in its low 16 bits and the hash's top 16
// bits above, so that a probe compares keys only when the hashes agree.
// The lexer asks the lexicon's for every word of a caption and the
// restriction trie its own for every word it walks, where a map lookup
// cost a tenth of Parse. A table holds at most 65,535 keys.
type keyTable struct {
	slots []uint32 // a power of two long, at most a third full
	keys  []string // by number; keys[0] is no key
}

// keyHash is FNV-1a over a key's bytes.
func keyHash[K ~string | ~[]byte](key K) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(key); i++ {
		h = (h ^ uint32(key[i])) * 16777619
	}
	return h
}

// find returns key's number, or 0.
func (t *keyTable) find(key string) int { return findKey(t, key) }

// findBytes is find(string(key)), without the copy.
func (t *keyTable) findBytes(key []byte) int { return findKey(t, key) }

func findKey[K ~string | ~[]byte](t *keyTable, key K) int {
	if len(t.slots) == 0 {
		return 0
	}
	h := keyHash(key)
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		x := t.slots[i]
		if x == 0 {
			return 0
		}
		if x>>16 == h>>16 && t.keys[uint16(x)] == string(key) {
			return int(uint16(x))
		}
	}
}

// add numbers a key the table does not hold and returns its number,
// growing the table to keep it at most a third full.
func (t *keyTable) add(key string) int {
	if len(t.keys) == 0 {
		t.keys = []string{""}
	}
	if len(t.keys) > 0xffff {
		panic("caption: a key table holds at most 65,535 keys")
	}
	t.keys = append(t.keys, key)
	if n := 3 * len(t.keys); len(t.slots) < n {
		t.slots = make([]uint32, 1<<bits.Len(uint(n)))
		for i := 1; i < len(t.keys); i++ {
			t.put(t.keys[i], i)
		}
	} else {
		t.put(key, len(t.keys)-1)
	}
	return len(t.keys) - 1
}

// put stores number i for key.
func (t *keyTable) put(key string, i int) {
	h := keyHash(key)
	mask := uint32(len(t.slots) - 1)
	k := h & mask
	for t.slots[k] != 0 {
		k = (k + 1) & mask
	}
	t.slots[k] = h&^0xffff | uint32(i)
}
