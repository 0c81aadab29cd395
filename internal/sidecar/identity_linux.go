package sidecar

import (
	"os"
	"syscall"
	"time"
)

// identity is the file's inode and status-change time (ctime).
func identity(st os.FileInfo) (uint64, time.Time, bool) {
	s, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return 0, time.Time{}, false
	}
	return s.Ino, time.Unix(s.Ctim.Sec, s.Ctim.Nsec), true
}
