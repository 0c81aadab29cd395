package sidecar

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/wirecap/wirecap/internal/store/s3test"
)

func TestObjectPath(t *testing.T) {
	for _, tc := range []struct {
		photo, root, outDir, naming, want string
	}{
		{"s3://desk/story/a.jpg", "s3://desk", "", NameFull, "s3://desk/story/a.jpg.json"},
		{"s3://desk/story/a.jpg", "s3://desk", "", NameBase, "s3://desk/story/a.json"},
		{"s3://desk/2024/story/a.jpg", "s3://desk/2024", "s3://out/run1", NameFull, "s3://out/run1/story/a.jpg.json"},
		{"s3://desk/2024/story/a.jpg", "s3://desk/2024", "s3://out/run1/", NameFull, "s3://out/run1/story/a.jpg.json"},
		{"s3://desk/a.jpg", "s3://desk", "s3://out", NameFull, "s3://out/a.jpg.json"},
		{"s3://desk/20245/a.jpg", "s3://desk/2024", "s3://out", NameFull, "s3://out/a.jpg.json"},  // not under root: its top
		{"s3://desk/x/../../a.jpg", "s3://desk", "s3://out/p", NameFull, "s3://out/p/a.jpg.json"}, // keys leave nothing
		{"photos/story/a.jpg", "photos", "s3://out/p", NameFull, "s3://out/p/story/a.jpg.json"},
		{"photos/a.jpg", "photos", "s3://out/p", NameFull, "s3://out/p/a.jpg.json"},
		{"elsewhere/a.jpg", "photos", "s3://out", NameFull, "s3://out/a.jpg.json"},
		{"s3://desk/story/a.jpg", "s3://desk", "out", NameFull, "out/story/a.jpg.json"}, // a local --out-dir, as before
	} {
		got, err := Path(tc.photo, tc.root, tc.outDir, tc.naming)
		if err != nil || got != tc.want {
			t.Errorf("Path(%q, %q, %q) = %q, %v; want %q", tc.photo, tc.root, tc.outDir, got, err, tc.want)
		}
	}
}

// TestBucket: against a real S3 server, a sidecar is put whole and read
// back; nothing at the key is no sidecar; another tool's object at the
// key is a PlaceError, never overwritten; a sidecar of another photo that
// still exists is told, one whose photo is gone is not.
func TestBucket(t *testing.T) {
	srv := s3test.Use(t)
	name := fmt.Sprintf("sidecars-%d", time.Now().UnixNano())
	dir := filepath.Join(srv.Root, name)
	os.MkdirAll(filepath.Join(dir, "story"), 0o755)
	os.WriteFile(filepath.Join(dir, "story", "other.json"), []byte(`{"title":"not ours"}`), 0o644)
	os.WriteFile(filepath.Join(dir, "story", "b.jpg"), []byte("photo"), 0o644)
	url := "s3://" + name + "/story/a.jpg.json"
	var d Dest = &Bucket{}
	if old, err := d.Existing(url); old != nil || err != nil {
		t.Fatalf("nothing there: %v, %v", old, err)
	}
	rec := &Record{SchemaVersion: SchemaVersion, Generator: "wirecap test", SourceFile: "s3://" + name + "/story/a.jpg"}
	if err := d.Write(url, rec); err != nil {
		t.Fatal(err)
	}
	old, err := d.Existing(url)
	if err != nil || old == nil || old.SourceFile != rec.SourceFile {
		t.Fatalf("read back %+v, %v", old, err)
	}
	var pe *PlaceError
	if _, err := d.Existing("s3://" + name + "/story/other.json"); !errors.As(err, &pe) || !errors.Is(err, ErrForeign) {
		t.Errorf("another tool's object: %v", err)
	}
	if err := d.Write("s3://"+name+"/story/a.jpg", rec); !errors.Is(err, ErrSameFile) {
		t.Errorf("a sidecar over its photo: %v", err)
	}
	b := &Record{Generator: "wirecap test", SourceFile: "s3://" + name + "/story/b.jpg"}
	if got := OtherPhoto(b, "s3://"+name+"/story/c.jpg", false); got != b.SourceFile {
		t.Errorf("the sidecar of a photo that exists: OtherPhoto = %q", got)
	}
	gone := &Record{Generator: "wirecap test", SourceFile: "s3://" + name + "/story/gone.jpg"}
	if got := OtherPhoto(gone, "s3://"+name+"/story/c.jpg", false); got != "" {
		t.Errorf("the sidecar of a photo that is gone: OtherPhoto = %q", got)
	}
}
