//go:build !unix

package sidecar

// alive cannot be told here: temporary files are kept.
func alive(int) bool { return true }
