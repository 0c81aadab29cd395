package batch

import (
	"context"
	"runtime"
	"sync"
)

// MaxJobs bounds a pool: each job holds a photo's metadata (up to the
// readers' limits) and 2×jobs results may wait to be emitted, so a larger
// pool would reserve memory for nothing on any machine there is.
const MaxJobs = 1024

// DefaultJobs is the pool size when none is given: every core Go may use.
func DefaultJobs() int { return min(runtime.GOMAXPROCS(0), MaxJobs) }

// Map runs work on each item on at most jobs goroutines and calls emit with
// each result in the order of items, on the caller's goroutine. At most
// 2×jobs results wait for an earlier one, so memory stays bounded however
// slow one item is.
//
// When ctx is done, or emit returns an error (stdout closed), no further
// item is started; the items already started finish (a sidecar being written
// is completed, never left half done) and are emitted unless emit failed.
// Map returns emit's error, else ctx's error if it stopped the run, and the
// number of items emitted.
func Map[T, R any](ctx context.Context, jobs int, items []T, work func(T) R, emit func(T, R) error) (int, error) {
	jobs = min(max(jobs, 1), MaxJobs)
	type result struct {
		i int
		r R
	}
	todo := make(chan int)
	done := make(chan result)
	window := make(chan struct{}, 2*jobs) // a ticket per item started and not yet emitted
	stop := make(chan struct{})           // closed when emit fails
	var wg sync.WaitGroup
	for w := 0; w < min(jobs, max(1, len(items))); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range todo {
				done <- result{i, work(items[i])}
			}
		}()
	}
	go func() {
		defer func() { close(todo); wg.Wait(); close(done) }()
		for i := range items {
			select {
			case <-ctx.Done():
				return
			case <-stop:
				return
			case window <- struct{}{}:
			}
			// A ticket may have been won while stop or ctx closed: check again
			// so that no item starts after the run was told to stop.
			select {
			case <-ctx.Done():
				return
			case <-stop:
				return
			default:
			}
			todo <- i
		}
	}()
	pending := map[int]R{}
	next, emitted := 0, 0
	var emitErr error
	for res := range done {
		pending[res.i] = res.r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			if emitErr == nil {
				if emitErr = emit(items[next], r); emitErr != nil {
					close(stop)
				} else {
					emitted++
				}
			}
			next++
			<-window
		}
	}
	if emitErr != nil {
		return emitted, emitErr
	}
	if emitted < len(items) {
		return emitted, ctx.Err()
	}
	return emitted, nil
}
