//go:build unix

package caption

import "syscall"

// cpuSeconds is the CPU time (user and system) this process has used, so
// that a benchmark on a shared machine can report work per CPU-second
// beside the wall-clock figure other processes inflate.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e9
}
