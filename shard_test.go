package wirecap

import (
	"fmt"
	"testing"

	"github.com/wirecap/wirecap/internal/batch"
)

// TestShardOfStable pins the hash: a folder's shard must not move between
// releases, or two runs of one archive would split a story. The values are
// FNV-1a 64 of the folder, computed outside Go from the published
// constants (offset 0xcbf29ce484222325, prime 0x100000001b3).
func TestShardOfStable(t *testing.T) {
	for _, tc := range []struct {
		photo string
		n     int
		want  int
	}{
		{"desk/story-a/frame-01.jpg", 4, 0}, // fnv64a("desk/story-a") = 13103177251448220020
		{"desk/story-a/frame-02.tif", 7, 0},
		{"s3://newsroom-archive/2024/05/story-b/a.jpg", 4, 3}, // fnv64a("s3:/newsroom-archive/2024/05/story-b") = 5999113874854609455
		{"s3://newsroom-archive/2024/05/story-b/b.jpg", 7, 2},
		{"frame.jpg", 4, 1}, // folder "." = 12638124528392833969
		{"frame.jpg", 1, 0},
		{"frame.jpg", 0, 0},
	} {
		if got := ShardOf(tc.photo, tc.n); got != tc.want {
			t.Errorf("ShardOf(%q, %d) = %d; want %d", tc.photo, tc.n, got, tc.want)
		}
	}
}

// TestShardOfSpreads: 400 story folders over 4 shards fill every shard,
// none with more than half.
func TestShardOfSpreads(t *testing.T) {
	counts := make([]int, 4)
	for i := range 400 {
		s := ShardOf(fmt.Sprintf("archive/2024/story-%03d/a.jpg", i), 4)
		if s < 0 || s >= 4 {
			t.Fatalf("shard %d out of range", s)
		}
		counts[s]++
	}
	for i, c := range counts {
		if c < 50 || c > 200 {
			t.Errorf("shard %d has %d of 400 folders: %v", i, c, counts)
		}
	}
}

// TestShardOfAgreesWithCLI: shard k holds the photos of `--shard k+1/n`.
func TestShardOfAgreesWithCLI(t *testing.T) {
	for _, n := range []int{1, 2, 3, 8, 256} {
		for i := range 200 {
			p := fmt.Sprintf("archive/2024/story-%03d/frame.jpg", i)
			if i%3 == 0 {
				p = "s3://newsroom-archive/" + p
			}
			if k := ShardOf(p, n); !(batch.Shard{I: k + 1, N: n}).Has(p) {
				t.Fatalf("%s: shard %d of %d, not the command line's --shard %d/%d", p, k, n, k+1, n)
			}
		}
	}
}
