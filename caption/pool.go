package caption

import "sync"

// slicePool keeps the token slices of the scanners between calls: each
// caption is tokenised by three scanners, and allocating and collecting
// their slices cost as much as a scanner. A slice goes back to the pool
// cleared (it holds strings of the last caption) and only if it is of a
// caption's size, so that one huge caption does not keep its memory.
type slicePool[T any] struct{ p sync.Pool }

// maxPooled bounds the capacity of a slice kept in a pool.
const maxPooled = 2048

func (sp *slicePool[T]) get(n int) *[]T {
	v, _ := sp.p.Get().(*[]T)
	if v == nil {
		v = new([]T)
	}
	if cap(*v) < n {
		*v = make([]T, 0, n)
	}
	*v = (*v)[:0]
	return v
}

// put returns v, whose slice grew to used, to the pool.
func (sp *slicePool[T]) put(v *[]T, used []T) {
	if cap(used) > maxPooled {
		return
	}
	clear(used)
	*v = used[:0]
	sp.p.Put(v)
}

var (
	dtokPool slicePool[dtok]
	rtokPool slicePool[rtok]
)

// locScratch holds findLocation's tokens and name runs between calls.
type locScratch struct {
	toks    []token
	backing []nameRun  // the runs of the last caption, while they fit
	found   []*nameRun // as nameRuns found them
	runs    []*nameRun // with the "of" tails added
}

var locPool = sync.Pool{New: func() any { return new(locScratch) }}

func getLocScratch() *locScratch { return locPool.Get().(*locScratch) }

// put clears what the last caption left (its strings and the gazetteer
// entries they point to) and returns the scratch to the pool, unless a huge
// caption grew it.
func (ls *locScratch) put() {
	if cap(ls.toks) > maxPooled || cap(ls.backing) > maxPooled || cap(ls.runs) > maxPooled || cap(ls.found) > maxPooled {
		return
	}
	clear(ls.toks)
	clear(ls.backing)
	clear(ls.found)
	clear(ls.runs)
	ls.toks, ls.backing, ls.found, ls.runs = ls.toks[:0], ls.backing[:0], ls.found[:0], ls.runs[:0]
	locPool.Put(ls)
}
