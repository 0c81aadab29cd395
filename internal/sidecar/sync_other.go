//go:build !linux

package sidecar

// SyncDir is a no-op where syncfs is not available; use per-file sync there.
func SyncDir(string) error { return nil }
