//go:build !unix

package sidecar

import "os"

func umask() os.FileMode { return 0 }
