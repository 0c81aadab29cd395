package wirecapbeam

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

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
