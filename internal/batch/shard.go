package batch

import (
	"fmt"
	"hash/fnv"
	"path"
	"strconv"
	"strings"
)

// Shard is one part of a batch split over several runs (--shard i/n): a
// photo belongs to the shard its folder hashes to, so a story's photos,
// its article and their sidecars stay in one run; the n shards are
// disjoint and together hold every photo.
type Shard struct{ I, N int } // 1 ≤ I ≤ N; the zero Shard holds everything

// ParseShard reads "i/n".
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 1 || i > n || n > 1<<20 {
		return Shard{}, fmt.Errorf("--shard %q: want i/n with 1 ≤ i ≤ n, e.g. 2/8", s)
	}
	return Shard{I: i, N: n}, nil
}

// Has reports whether the photo at p (a path or an object key, with /
// or the OS separator) belongs to the shard. The folder is hashed as
// written, so every run must name the photos the same way.
func (s Shard) Has(p string) bool {
	return s.N <= 1 || Index(p, s.N) == s.I-1
}

// Index is the shard (0 ≤ k < n) of the photo at p: FNV-1a (64 bits) of
// its folder, with / between names, modulo n. The function is part of
// the contract between runs: wirecap.ShardOf exports it for the Beam
// pipeline, and changing it moves photos between shards.
func Index(p string, n int) int {
	if n <= 1 {
		return 0
	}
	h := fnv.New64a()
	h.Write([]byte(path.Dir(strings.ReplaceAll(p, "\\", "/"))))
	return int(h.Sum64() % uint64(n))
}
