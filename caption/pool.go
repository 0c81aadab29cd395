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
