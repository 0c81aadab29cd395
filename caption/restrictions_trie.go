package caption

import (
	"maps"
	"math"
	"math/bits"
	"slices"
)

// The restriction tries index the expanded phrases word by word: one
// lookup per token of the text, however many phrasings a pattern allows.
// Built from maps (buildNode), they are kept as numbers: every node of
// both tries in one array (trieNodes) of nodes without pointers, every
// word in one table (trieWords), every edge in one hash of (node, word)
// (trieEdges). The collector marks the package's tables at each cycle: a
// trie of a few thousand nodes each with its own maps, slices and strings
// was the largest share of that work, the arrays of numbers are none.

// trieNode is a node of a trie, in trieNodes.
type trieNode struct {
	id               int32 // its index in trieNodes: the node of its edges
	endsFrom, endsTo int32 // the phrases whose words end here: trieEnds[endsFrom:endsTo]
	use              uint8 // for the use-name trie: the use named, by its index in useNames
	inner            bool  // some phrase goes on past the node: it has kids
}

// trie is a root of the tries, with its kids numbered (a token's rkid
// for phraseTrie): the lexer looks a word up once for the lexicon and the
// phrases' first words.
type trie struct {
	*trieNode
	kidKeys keyTable    // the words after the root, numbered
	kids    []*trieNode // their nodes by number; kids[0] is nil
}

var (
	trieNodes      []trieNode // every node of the tries; trieNodes[0] is none
	trieEnds       []*phrase  // the phrases of each node, as its range says
	useNames       = []string{""}
	trieWords      keyTable   // every word of the tries, numbered
	trieWordFilter wordFilter // trieWords as a filter: most words are none
	trieEdges      edgeTable
)

// ends returns the phrases whose words end at the node.
func (n *trieNode) ends() []*phrase { return trieEnds[n.endsFrom:n.endsTo] }

// child returns the node after the word key, or nil.
func (n *trieNode) child(key string) *trieNode {
	if !n.inner || !trieWordFilter.mayHold(key) {
		return nil
	}
	w := trieWords.find(key)
	if w == 0 {
		return nil
	}
	if to := trieEdges.find(n.id, int32(w)); to != 0 {
		return &trieNodes[to]
	}
	return nil
}

// buildNode is a node of a trie being built.
type buildNode struct {
	next map[string]*buildNode
	ends []*phrase
	use  string
}

func (n *buildNode) insert(words []string) *buildNode {
	for _, w := range words {
		if n.next == nil {
			n.next = map[string]*buildNode{}
		}
		c := n.next[w]
		if c == nil {
			c = &buildNode{}
			n.next[w] = c
		}
		n = c
	}
	return n
}

// count returns the nodes of the trie below n, n included.
func (n *buildNode) count() int {
	c := 1
	for _, k := range n.next {
		c += k.count()
	}
	return c
}

// buildTries lays out the tries of roots in trieNodes, the kids of each
// node in the order of their words, and numbers each root's kids.
func buildTries(roots ...*buildNode) []trie {
	n := 1
	for _, r := range roots {
		n += r.count()
	}
	if n > math.MaxInt32 {
		panic("caption: too many nodes in the restriction tries")
	}
	// Laid out in one array never grown, so that a node's address stays.
	trieNodes = make([]trieNode, 1, n)
	trieEdges = newEdgeTable(n)
	out := make([]trie, len(roots))
	for i, r := range roots {
		out[i].trieNode = r.place()
		out[i].kids = []*trieNode{nil}
		for _, k := range slices.Sorted(maps.Keys(r.next)) {
			out[i].kidKeys.add(k)
			out[i].kids = append(out[i].kids, out[i].child(k))
		}
	}
	return out
}

// place appends n and the nodes below it to trieNodes and returns it.
func (n *buildNode) place() *trieNode {
	use := 0
	if n.use != "" {
		if use = slices.Index(useNames, n.use); use < 0 {
			use = len(useNames)
			useNames = append(useNames, n.use)
		}
	}
	if use > math.MaxUint8 {
		panic("caption: more use names than a trie node holds")
	}
	id := int32(len(trieNodes))
	trieNodes = append(trieNodes, trieNode{id: id, use: uint8(use), inner: n.next != nil,
		endsFrom: int32(len(trieEnds)), endsTo: int32(len(trieEnds) + len(n.ends))})
	trieEnds = append(trieEnds, n.ends...)
	for _, k := range slices.Sorted(maps.Keys(n.next)) {
		c := n.next[k].place()
		w := trieWords.find(k)
		if w == 0 {
			w = trieWords.add(k)
			trieWordFilter.add(k)
		}
		trieEdges.add(id, int32(w), c.id)
	}
	return &trieNodes[id]
}

// edgeTable maps a node and a word to the node after it: open addressing
// over keys of both numbers, at most half full.
type edgeTable struct {
	keys  []uint64 // node<<32 | word; 0 is an empty slot
	to    []int32
	shift uint
}

// newEdgeTable sizes a table for up to n edges.
func newEdgeTable(n int) edgeTable {
	b := bits.Len(uint(2 * n))
	return edgeTable{keys: make([]uint64, 1<<b), to: make([]int32, 1<<b), shift: uint(64 - b)}
}

// slot is where the search for key starts: Fibonacci hashing.
func (t *edgeTable) slot(key uint64) int { return int((key * 0x9E3779B97F4A7C15) >> t.shift) }

func (t *edgeTable) add(node, word, to int32) {
	key := uint64(node)<<32 | uint64(word)
	mask := len(t.keys) - 1
	i := t.slot(key)
	for t.keys[i] != 0 {
		i = (i + 1) & mask
	}
	t.keys[i], t.to[i] = key, to
}

// find returns the node after word from node, or 0.
func (t *edgeTable) find(node, word int32) int32 {
	if len(t.keys) == 0 {
		return 0
	}
	key := uint64(node)<<32 | uint64(word)
	mask := len(t.keys) - 1
	for i := t.slot(key); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case key:
			return t.to[i]
		case 0:
			return 0
		}
	}
}
