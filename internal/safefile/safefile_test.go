//go:build unix

package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// within fails the test when fn takes longer than d: a FIFO that blocks an
// open would otherwise hang the suite.
func within(t *testing.T, d time.Duration, fn func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); fn() }()
	select {
	case <-done:
	case <-time.After(d):
		t.Fatalf("still blocked after %s", d)
	}
}

func TestOpenOnlyRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.jpg")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	zero := filepath.Join(dir, "zero.json")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	plain := filepath.Join(dir, "ok.txt")
	os.WriteFile(plain, []byte("hello"), 0o644)
	for _, tc := range []struct {
		path, kind string
	}{
		{fifo, "fifo"},
		{zero, "device"},
		{dir, "folder"},
		{plain, ""},
	} {
		within(t, 5*time.Second, func() {
			b, err := ReadFile(tc.path, 1<<20)
			var nr *NotRegularError
			switch {
			case tc.kind == "" && (err != nil || string(b) != "hello"):
				t.Errorf("%s: %q, %v", tc.path, b, err)
			case tc.kind != "" && (!errors.As(err, &nr) || nr.Kind != tc.kind || !errors.Is(err, ErrNotRegular)):
				t.Errorf("%s: err = %v, want not a regular file (%s)", tc.path, err, tc.kind)
			case tc.kind != "" && Reason(err) != "not a regular file ("+tc.kind+")":
				t.Errorf("%s: reason %q", tc.path, Reason(err))
			}
		})
	}
}

func TestReadFileCap(t *testing.T) {
	p := filepath.Join(t.TempDir(), "big")
	f, _ := os.Create(p)
	f.Truncate(17 << 20) // sparse: 17 MiB declared, nothing to read
	f.Close()
	_, err := ReadFile(p, MaxSidecar)
	if !errors.Is(err, ErrTooLarge) || Reason(err) != "file too large (over 16 MiB)" {
		t.Errorf("err = %v (reason %q), want too large", err, Reason(err))
	}
	if b, err := ReadFile(p, 17<<20); err != nil || len(b) != 17<<20 {
		t.Errorf("at the cap: %d bytes, %v", len(b), err)
	}
}

func TestOpenDir(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	link := filepath.Join(dir, "linked")
	os.Symlink(outside, link)
	if _, err := OpenDir(link, 0o755); !errors.Is(err, ErrLink) {
		t.Errorf("link: err = %v, want ErrLink", err)
	}
	file := filepath.Join(dir, "file")
	os.WriteFile(file, nil, 0o644)
	if _, err := OpenDir(file, 0o755); err == nil {
		t.Error("a file opened as a folder")
	}
	r, err := OpenDir(filepath.Join(dir, "new"), 0o755)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.WriteFile("t.jpg", []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "new", "t.jpg")); err != nil {
		t.Error(err)
	}
	// A link swapped in below the opened folder cannot take a write out.
	os.Symlink(outside, filepath.Join(dir, "new", "out"))
	if err := r.WriteFile("out/escape", []byte("x"), 0o644); err == nil {
		t.Error("wrote through a link out of the folder")
	}
	if left, _ := os.ReadDir(outside); len(left) != 0 {
		t.Errorf("written outside: %v", left)
	}
}

func TestKindAndBytes(t *testing.T) {
	for _, tc := range []struct {
		mode os.FileMode
		want string
	}{
		{0o644, ""}, {os.ModeNamedPipe, "fifo"}, {os.ModeSocket, "socket"}, {os.ModeDevice | os.ModeCharDevice, "device"},
		{os.ModeDevice, "device"}, {os.ModeDir, "folder"}, {os.ModeSymlink, "symbolic link"}, {os.ModeIrregular, "irregular file"},
	} {
		if got := Kind(tc.mode); got != tc.want {
			t.Errorf("Kind(%v) = %q, want %q", tc.mode, got, tc.want)
		}
	}
	for n, want := range map[int64]string{16 << 20: "16 MiB", 4 << 10: "4 KiB", 1000: "1000 bytes"} {
		if got := Bytes(n); got != want {
			t.Errorf("Bytes(%d) = %q, want %q", n, got, want)
		}
	}
}
