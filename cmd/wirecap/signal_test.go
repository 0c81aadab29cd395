//go:build unix

package main

import (
	"syscall"
	"testing"
	"time"
)

// TestSignalGrace: after the first SIGINT, a run whose photos in flight do
// not finish (a read stuck on a hung mount) still ends, with the signal's
// exit code, once the grace period is over.
func TestSignalGrace(t *testing.T) {
	codes := make(chan int, 1)
	defer func(g time.Duration, e func(int)) { graceAfterSignal, exitNow = g, e }(graceAfterSignal, exitNow)
	graceAfterSignal, exitNow = 50*time.Millisecond, func(code int) { codes <- code }
	ctx, stop := signalContext()
	defer stop()
	time.Sleep(10 * time.Millisecond) // signal.Notify is in place once signalContext returns; let the goroutine wait
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ctx.Done():
	case <-time.After(5 * time.Second):
		t.Fatal("SIGINT did not cancel the run")
	}
	select {
	case code := <-codes:
		if code != 130 {
			t.Errorf("exit %d, want 130", code)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the run did not end after the grace period")
	}
}
