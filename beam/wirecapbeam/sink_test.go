package wirecapbeam

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
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

func iterOf(lines ...string) func(*[]byte) bool {
	return func(out *[]byte) bool {
		if len(lines) == 0 {
			return false
		}
		*out = []byte(lines[0])
		lines = lines[1:]
		return true
	}
}

// TestWriteShard: the shard holds its lines, one per line, without the
// empty placeholder, under its final name only (the temporary file is
// renamed away); a shard with no record is an empty file.
func TestWriteShard(t *testing.T) {
	dir := t.TempDir()
	fn := &writeShardFn{Output: dir, Shards: 3}
	var names []string
	emit := func(s string) { names = append(names, s) }
	if err := fn.ProcessElement(context.Background(), 1, iterOf(`{"a":1}`, "", `{"b":2}`), emit); err != nil {
		t.Fatal(err)
	}
	if err := fn.ProcessElement(context.Background(), 2, iterOf(""), emit); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if fmt.Sprint(got) != "[out-00001-of-00003.ndjson out-00002-of-00003.ndjson]" {
		t.Errorf("files %v", got)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "out-00001-of-00003.ndjson")); string(b) != "{\"a\":1}\n{\"b\":2}\n" {
		t.Errorf("shard 1 = %q", b)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "out-00002-of-00003.ndjson")); err != nil || len(b) != 0 {
		t.Errorf("shard 2 = %q, %v; want an empty file", b, err)
	}
	if len(names) != 2 || names[0] != dir+"/out-00001-of-00003.ndjson" {
		t.Errorf("emitted %v", names)
	}
}

func TestWriteShardFailure(t *testing.T) {
	// The output "folder" is a regular file: nothing can be created in it.
	file := filepath.Join(t.TempDir(), "not-a-folder")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	fn := &writeShardFn{Output: file, Shards: 1}
	err := fn.ProcessElement(context.Background(), 0, iterOf(`{}`), func(string) {})
	if err == nil {
		t.Fatal("writing a shard under a regular file succeeded")
	}
}

// TestShardOfAgreesWithCLI: shard k of the pipeline holds the photos of
// `wirecap check --shard k+1/n`, so a run may mix the two.
func TestShardOfAgreesWithCLI(t *testing.T) {
	for _, n := range []int{1, 2, 3, 8, 256} {
		for i := range 200 {
			p := fmt.Sprintf("archive/2024/story-%03d/frame.jpg", i)
			if i%3 == 0 {
				p = "s3://newsroom-archive/" + p
			}
			k := ShardOf(p, n)
			if !(batch.Shard{I: k + 1, N: n}).Has(p) {
				t.Fatalf("%s: pipeline shard %d of %d, not the command line's --shard %d/%d", p, k, n, k+1, n)
			}
		}
	}
}
