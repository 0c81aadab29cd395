//go:build !unix

package caption

// cpuSeconds is unknown here; the benchmark then reports wall time only.
func cpuSeconds() float64 { return 0 }
