package wirecap

import "github.com/wirecap/wirecap/internal/batch"

// ShardOf is the shard (0 ≤ k < n) the photo at path belongs to: the
// photos that `wirecap check --shard k+1/n` works on. A photo's shard is
// a stable hash of its folder, as written (a path or an s3:// URL), so a
// story's photos, its article and their sidecars stay in one shard; the n
// shards are disjoint and together hold every photo. n ≤ 1 is one shard.
func ShardOf(path string, n int) int { return batch.Index(path, n) }
