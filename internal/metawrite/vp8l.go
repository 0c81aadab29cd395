package metawrite

import (
	"container/heap"
	"image"
)

// A small lossless WebP (VP8L) encoder: the subtract-green transform, a
// predictor transform choosing left or top per 32×32 tile, and one set of
// canonical prefix codes built from the histograms. No colour cache and no
// backward references: simple, valid per the WebP lossless bitstream
// specification, and decodable by golang.org/x/image/webp and browsers.

type bitWriter struct {
	buf   []byte
	acc   uint64
	nbits uint
}

// write puts the n low bits of v, least significant first (VP8L bit order).
func (b *bitWriter) write(v uint32, n uint) {
	b.acc |= uint64(v) << b.nbits
	b.nbits += n
	for b.nbits >= 8 {
		b.buf = append(b.buf, byte(b.acc))
		b.acc >>= 8
		b.nbits -= 8
	}
}

// code writes a prefix code: its bits go most significant first.
func (b *bitWriter) code(c uint32, n uint) {
	var r uint32
	for i := uint(0); i < n; i++ {
		r = r<<1 | c>>i&1
	}
	b.write(r, n)
}

func (b *bitWriter) bytes() []byte {
	if b.nbits > 0 {
		b.buf = append(b.buf, byte(b.acc))
		b.acc, b.nbits = 0, 0
	}
	return b.buf
}

// huffLengths returns code lengths (≤ limit) for the symbol counts.
func huffLengths(counts []int, limit int) []int {
	lens := make([]int, len(counts))
	for {
		var h nodeHeap
		for s, c := range counts {
			if c > 0 {
				h = append(h, &node{count: c, syms: []int{s}})
			}
		}
		if len(h) <= 1 {
			return lens // one symbol or none: written as a simple code
		}
		heap.Init(&h)
		for h.Len() > 1 {
			a, b := heap.Pop(&h).(*node), heap.Pop(&h).(*node)
			for _, s := range a.syms {
				lens[s]++
			}
			for _, s := range b.syms {
				lens[s]++
			}
			heap.Push(&h, &node{count: a.count + b.count, syms: append(append([]int{}, a.syms...), b.syms...)})
		}
		over := false
		for _, l := range lens {
			over = over || l > limit
		}
		if !over {
			return lens
		}
		// Flatten the histogram and try again: lengths shrink towards the limit.
		for s := range counts {
			lens[s] = 0
			if counts[s] > 0 {
				counts[s] = counts[s]/2 + 1
			}
		}
	}
}

type node struct {
	count int
	syms  []int
}

type nodeHeap []*node

func (h nodeHeap) Len() int { return len(h) }
func (h nodeHeap) Less(i, j int) bool {
	if h[i].count != h[j].count {
		return h[i].count < h[j].count
	}
	return h[i].syms[0] < h[j].syms[0]
}
func (h nodeHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *nodeHeap) Push(x any)   { *h = append(*h, x.(*node)) }
func (h *nodeHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// canonical assigns canonical codes to lengths, as the decoder does.
func canonical(lens []int) []uint32 {
	var count [16]uint32
	for _, l := range lens {
		count[l]++
	}
	count[0] = 0
	var next [16]uint32
	code := uint32(0)
	for l := 1; l < 16; l++ {
		code = (code + count[l-1]) << 1
		next[l] = code
	}
	codes := make([]uint32, len(lens))
	for s, l := range lens {
		if l > 0 {
			codes[s] = next[l]
			next[l]++
		}
	}
	return codes
}

// prefixCode is one alphabet's code ready to write symbols with.
type prefixCode struct {
	lens  []int
	codes []uint32
}

func (p prefixCode) put(b *bitWriter, s int) {
	if p.lens != nil {
		b.code(p.codes[s], uint(p.lens[s]))
	}
}

var codeLengthOrder = [19]int{17, 18, 0, 1, 2, 3, 4, 5, 16, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15}

// writeCode writes the prefix code for the histogram and returns it.
func writeCode(b *bitWriter, counts []int) prefixCode {
	var used []int
	for s, c := range counts {
		if c > 0 {
			used = append(used, s)
		}
	}
	if len(used) == 0 {
		used = []int{0}
	}
	if len(used) == 1 && used[0] < 256 {
		// Simple code, one symbol: reading it takes no bits.
		b.write(1, 1)
		b.write(0, 1)
		if used[0] < 2 {
			b.write(0, 1)
			b.write(uint32(used[0]), 1)
		} else {
			b.write(1, 1)
			b.write(uint32(used[0]), 8)
		}
		return prefixCode{}
	}
	lens := huffLengths(append([]int{}, counts...), 15)
	// The code lengths themselves are coded with a code of lengths ≤ 7.
	var clCounts [19]int
	for _, l := range lens {
		clCounts[l]++
	}
	clLens := huffLengths(append([]int{}, clCounts[:]...), 7)
	if countNonZero(clCounts[:]) == 1 {
		// Every symbol has the same length: a two-symbol code keeps it simple.
		for s, c := range clCounts {
			if c > 0 {
				clLens[s], clLens[(s+1)%19] = 1, 1
			}
		}
	}
	clCodes := canonical(clLens)
	last := 4
	for i := 18; i >= 4; i-- {
		if clLens[codeLengthOrder[i]] > 0 {
			last = i + 1
			break
		}
	}
	b.write(0, 1) // normal code
	b.write(uint32(last-4), 4)
	for i := 0; i < last; i++ {
		b.write(uint32(clLens[codeLengthOrder[i]]), 3)
	}
	b.write(0, 1) // lengths for every symbol follow
	for _, l := range lens {
		b.code(clCodes[l], uint(clLens[l]))
	}
	return prefixCode{lens, canonical(lens)}
}

func countNonZero(xs []int) int {
	n := 0
	for _, x := range xs {
		if x > 0 {
			n++
		}
	}
	return n
}

// writeImage entropy-codes ARGB pixels (no colour cache, no backward
// references); main says whether the meta prefix code bit is present.
func writeImage(b *bitWriter, argb []uint32, main bool) {
	b.write(0, 1) // no colour cache
	if main {
		b.write(0, 1) // one prefix code group
	}
	hist := [4][]int{make([]int, 256+24), make([]int, 256), make([]int, 256), make([]int, 256)}
	for _, p := range argb {
		hist[0][p>>8&0xff]++
		hist[1][p>>16&0xff]++
		hist[2][p&0xff]++
		hist[3][p>>24]++
	}
	var codes [4]prefixCode
	for i := range hist {
		codes[i] = writeCode(b, hist[i])
	}
	writeCode(b, make([]int, 40)) // distances: none used
	for _, p := range argb {
		codes[0].put(b, int(p>>8&0xff))
		codes[1].put(b, int(p>>16&0xff))
		codes[2].put(b, int(p&0xff))
		codes[3].put(b, int(p>>24))
	}
}

func sub(a, b uint32) uint32 {
	var out uint32
	for sh := 0; sh < 32; sh += 8 {
		out |= ((a>>sh - b>>sh) & 0xff) << sh
	}
	return out
}

func cost(r uint32) int {
	c := 0
	for sh := 0; sh < 24; sh += 8 {
		v := int8(r >> sh)
		c += max(int(v), -int(v))
	}
	return c
}

// VP8L encodes img as a lossless WebP bitstream (without the RIFF chunk header).
func VP8L(img image.Image) []byte {
	rgba := toRGBA(img) // fixtures are opaque: RGBA is NRGBA
	w, h := rgba.Bounds().Dx(), rgba.Bounds().Dy()
	px := make([]uint32, w*h)
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			c := rgba.RGBAAt(x, y)
			g := uint32(c.G)
			// Subtract green from red and blue.
			px[y*w+x] = uint32(c.A)<<24 | uint32(c.R-c.G)<<16 | g<<8 | uint32(c.B-c.G)
		}
	}
	const bits = 5 // 32×32 tiles
	tw, th := (w+31)>>bits, (h+31)>>bits
	modes := make([]uint32, tw*th)
	res := make([]uint32, w*h)
	pred := func(x, y, mode int) uint32 {
		switch {
		case x == 0 && y == 0:
			return 0xff000000
		case y == 0:
			return px[x-1]
		case x == 0:
			return px[(y-1)*w]
		case mode == 1:
			return px[y*w+x-1]
		}
		return px[(y-1)*w+x]
	}
	for ty := 0; ty < th; ty++ {
		for tx := 0; tx < tw; tx++ {
			best, bestCost := 1, -1
			for _, m := range []int{1, 2} {
				c := 0
				for y := ty << bits; y < min(h, (ty+1)<<bits); y++ {
					for x := tx << bits; x < min(w, (tx+1)<<bits); x++ {
						c += cost(sub(px[y*w+x], pred(x, y, m)))
					}
				}
				if bestCost < 0 || c < bestCost {
					best, bestCost = m, c
				}
			}
			modes[ty*tw+tx] = 0xff000000 | uint32(best)<<8
		}
	}
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			res[y*w+x] = sub(px[y*w+x], pred(x, y, int(modes[(y>>bits)*tw+x>>bits]>>8&0xf)))
		}
	}
	var b bitWriter
	b.write(0x2f, 8)
	b.write(uint32(w-1), 14)
	b.write(uint32(h-1), 14)
	b.write(0, 1) // alpha not used
	b.write(0, 3) // version 0
	b.write(1, 1) // transform: subtract green
	b.write(2, 2)
	b.write(1, 1) // transform: predictor
	b.write(0, 2)
	b.write(bits-2, 3)
	writeImage(&b, modes, false)
	b.write(0, 1) // no more transforms
	writeImage(&b, res, true)
	return b.bytes()
}
