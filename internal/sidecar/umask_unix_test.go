//go:build unix

package sidecar

import (
	"os"
	"strconv"
	"strings"
	"syscall"
)

// processUmask is read once, at start-up, before any goroutine creates
// files: setting the umask to read it is process-wide.
var processUmask = readUmask()

func umask() os.FileMode { return processUmask }

func readUmask() os.FileMode {
	// Linux states it without changing it.
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(line, "Umask:"); ok {
				if n, err := strconv.ParseUint(strings.TrimSpace(v), 8, 32); err == nil {
					return os.FileMode(n)
				}
			}
		}
	}
	old := syscall.Umask(0)
	syscall.Umask(old)
	return os.FileMode(old)
}
