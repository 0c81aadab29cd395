//go:build !unix

package imagemeta

import "time"

// cpuTime is not measured here: the benchmark reports wall-clock figures only.
func cpuTime() time.Duration { return 0 }
