//go:build unix

package geo

import (
	"syscall"
	"time"
)

// cpuTime is the process's user and system time: on a machine shared with
// other work, it measures the cost where wall time measures the queue.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
