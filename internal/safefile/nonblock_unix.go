//go:build unix

package safefile

import "syscall"

// nonblock makes open(2) of a FIFO return at once; it changes nothing for
// reading a regular file.
const nonblock = syscall.O_NONBLOCK | syscall.O_NOCTTY
