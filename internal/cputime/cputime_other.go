//go:build !unix

package cputime

import "time"

// Used is 0 here: the benchmarks then report wall time only.
func Used() time.Duration { return 0 }
