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
	if s.N <= 1 {
		return true
	}
	dir := path.Dir(strings.ReplaceAll(p, "\\", "/"))
	h := fnv.New64a()
	h.Write([]byte(dir))
	return int(h.Sum64()%uint64(s.N)) == s.I-1
}
