//go:build !unix

package safefile

// nonblock: no FIFOs to guard against where there is no O_NONBLOCK.
const nonblock = 0
