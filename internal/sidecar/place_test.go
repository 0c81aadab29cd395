package sidecar

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

func TestOtherPhoto(t *testing.T) {
	dir := t.TempDir()
	jpg, png := filepath.Join(dir, "x.jpg"), filepath.Join(dir, "x.png")
	os.WriteFile(jpg, []byte("a"), 0o644)
	os.WriteFile(png, []byte("b"), 0o644)
	hard := filepath.Join(dir, "hard.jpg")
	os.Link(jpg, hard)
	rec := func(photo string) *Record { return &Record{Inputs: &Inputs{Photo: Stamp{Path: photo}}} }
	for _, tc := range []struct {
		name   string
		old    *Record
		real   string
		byName bool
		want   string
	}{
		{"its own", rec(jpg), jpg, false, ""},
		{"another photo that exists", rec(jpg), png, false, jpg},
		{"another photo, gone", rec(filepath.Join(dir, "gone.jpg")), png, false, ""},
		{"the same file by a hard link", rec(hard), jpg, false, ""},
		{"a copied folder: bound by its name", rec(filepath.Join(t.TempDir(), "x.png")), png, true, ""},
		{"base naming: another name", rec(jpg), png, true, jpg},
		{"an old sidecar without inputs", &Record{SourceFile: jpg}, png, false, jpg},
	} {
		if got := OtherPhoto(tc.old, tc.real, tc.byName); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A path that is not UTF-8 survives a JSON round trip (path_bytes), so
// its sidecar can be up to date; a UTF-8 one gets no path_bytes.
func TestStampNonUTF8(t *testing.T) {
	for _, p := range []string{"/photos/caf\xe9.jpg", "/photos/café.jpg"} {
		b, err := json.Marshal(Stamp{Path: p, Size: 3})
		if err != nil {
			t.Fatal(err)
		}
		var back Stamp
		if err := json.Unmarshal(b, &back); err != nil || back.Path != p {
			t.Errorf("%q: round trip gave %q, %v (%s)", p, back.Path, err, b)
		}
		if hasBytes := json.Valid(b) && containsKey(b, "path_bytes"); hasBytes != (PathBytes(p) != nil) {
			t.Errorf("%q: path_bytes present %v in %s", p, hasBytes, b)
		}
	}
	r := &Record{}
	SetSource(r, "caf\xe9.jpg")
	b, _ := json.Marshal(r)
	if !containsKey(b, "source_file_bytes") {
		t.Errorf("no source_file_bytes in %s", b)
	}
}

func containsKey(b []byte, key string) bool {
	var m map[string]any
	json.Unmarshal(b, &m)
	_, ok := m[key]
	return ok
}

func TestFoldsCaseProbe(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "Probe")
	os.Mkdir(dir, 0o755)
	_, err := os.Stat(filepath.Join(filepath.Dir(dir), "pROBE"))
	want := err == nil // what this file system does, seen directly
	if got := FoldsCase(filepath.Join(dir, "not-yet", "made")); got != want {
		t.Errorf("FoldsCase = %v, want %v", got, want)
	}
	if swapCase("IMG_1.jpg") != "img_1.JPG" {
		t.Errorf("swapCase: %q", swapCase("IMG_1.jpg"))
	}
}
