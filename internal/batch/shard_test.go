package batch

import (
	"fmt"
	"slices"
	"testing"
)

func TestParseShard(t *testing.T) {
	for in, ok := range map[string]bool{"1/1": true, "3/8": true, "0/3": false, "4/3": false, "1/0": false, "x": false, "2/": false, "-1/3": false} {
		if _, err := ParseShard(in); (err == nil) != ok {
			t.Errorf("ParseShard(%q): err %v, want ok %v", in, err, ok)
		}
	}
}

// TestShardsPartition: every photo falls in exactly one of n shards, the
// photos of one folder all in the same one, and no shard stays empty.
func TestShardsPartition(t *testing.T) {
	for _, n := range []int{1, 2, 3, 7} {
		count := make([]int, n)
		for f := range 50 {
			folderShard := 0
			for p := range 4 {
				photo := fmt.Sprintf("s3://desk/2026/story-%02d/img_%d.jpg", f, p)
				var in []int
				for i := 1; i <= n; i++ {
					if (Shard{I: i, N: n}).Has(photo) {
						in = append(in, i)
					}
				}
				if len(in) != 1 {
					t.Fatalf("n=%d: %s in shards %v", n, photo, in)
				}
				if p == 0 {
					folderShard = in[0]
				} else if in[0] != folderShard {
					t.Errorf("n=%d: %s in shard %d, its folder's first photo in %d", n, photo, in[0], folderShard)
				}
				count[in[0]-1]++
			}
		}
		for i, c := range count {
			if c == 0 {
				t.Errorf("n=%d: shard %d empty over 50 folders", n, i+1)
			}
		}
	}
}

func TestFolderOrder(t *testing.T) {
	keys := []string{"a/b/y.jpg", "a/z.jpg", "a/b/c/x.jpg", "a/c.jpg", "b.jpg", "a/b/a.jpg"}
	slices.SortFunc(keys, folderOrder)
	want := []string{"b.jpg", "a/c.jpg", "a/z.jpg", "a/b/a.jpg", "a/b/y.jpg", "a/b/c/x.jpg"}
	if !slices.Equal(keys, want) {
		t.Errorf("order %v, want %v", keys, want)
	}
}
