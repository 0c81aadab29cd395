//go:build linux

package sidecar

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/wirecap/wirecap/internal/safefile"
)

// faultFS is the plain file system with faults injected: writes go to
// /dev/full (a full disk), or creating a file fails as in a read-only
// folder. It cannot be skipped as root, as a chmod test would be.
type faultFS struct {
	osFS
	full     bool
	readOnly bool
}

func (f faultFS) OpenFile(name string, flag int, perm fs.FileMode) (*os.File, error) {
	switch {
	case f.readOnly && flag&os.O_CREATE != 0:
		return nil, &fs.PathError{Op: "open", Path: name, Err: syscall.EROFS}
	case f.full && flag&os.O_CREATE != 0:
		os.WriteFile(name, nil, perm) // the temp file exists, as it would on a full disk
		return os.OpenFile("/dev/full", os.O_WRONLY, 0)
	}
	return f.osFS.OpenFile(name, flag, perm)
}

func TestWriteFaultsNameTheSidecar(t *testing.T) {
	for _, tc := range []struct {
		name   string
		faults faultFS
		reason string
	}{
		{"disk full", faultFS{full: true}, "no space left on device"},
		{"read-only folder", faultFS{readOnly: true}, "read-only file system"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "p.jpg.json")
			w := &Writer{beside: tc.faults}
			err := w.Write(p, minimal())
			var we *WriteError
			if !errors.As(err, &we) || we.Path != p {
				t.Fatalf("err = %v, want a WriteError naming %s", err, p)
			}
			if msg := err.Error(); msg != "sidecar "+p+" not written: "+tc.reason || strings.Contains(msg, ".tmp") {
				t.Errorf("message %q", msg)
			}
			if _, err := os.Stat(p); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("sidecar exists after a failed write: %v", err)
			}
		})
	}
}

func TestOutDirNoLinks(t *testing.T) {
	base := t.TempDir()
	out, outside := filepath.Join(base, "out"), filepath.Join(base, "outside")
	os.MkdirAll(filepath.Join(out, "real"), 0o755)
	os.Mkdir(outside, 0o755)
	os.Symlink(outside, filepath.Join(out, "linked"))
	w, err := NewWriter(out, false)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if err := w.Write(filepath.Join(out, "linked", "a.jpg.json"), minimal()); !errors.Is(err, ErrLink) {
		t.Errorf("through a link: err = %v, want ErrLink", err)
	}
	if _, err := w.Existing(filepath.Join(out, "linked", "a.jpg.json")); !errors.Is(err, ErrLink) {
		t.Errorf("reading through a link: err = %v, want ErrLink", err)
	}
	// A race: the folder checked and written once, then swapped for a link
	// to outside. os.Root refuses the escape.
	if err := w.Write(filepath.Join(out, "real", "b.jpg.json"), minimal()); err != nil {
		t.Fatal(err)
	}
	os.Rename(filepath.Join(out, "real"), filepath.Join(base, "moved"))
	os.Symlink(outside, filepath.Join(out, "real"))
	if err := w.Write(filepath.Join(out, "real", "c.jpg.json"), minimal()); err == nil {
		t.Error("wrote through a link swapped in during the run")
	}
	if left, _ := os.ReadDir(outside); len(left) != 0 {
		t.Errorf("written outside --out-dir: %v", left)
	}
}

func TestSweepDeadRunsTemps(t *testing.T) {
	dir := t.TempDir()
	dead := filepath.Join(dir, ".wirecap-999999999-3.tmp") // above Linux's PID limit: never alive
	live := filepath.Join(dir, ".wirecap-1-3.tmp")         // PID 1 always exists
	other := filepath.Join(dir, ".wirecap-notes.tmp")      // not a name of ours
	for _, p := range []string{dead, live, other} {
		os.WriteFile(p, []byte("{"), 0o644)
	}
	if err := Write(filepath.Join(dir, "p.jpg.json"), minimal(), false); err != nil {
		t.Fatal(err)
	}
	for p, want := range map[string]bool{dead: false, live: true, other: true} {
		if _, err := os.Stat(p); (err == nil) != want {
			t.Errorf("%s: exists %v, want %v", filepath.Base(p), err == nil, want)
		}
	}
	for name, want := range map[string]int{".wirecap-12-7.tmp": 12, ".wirecap-x-1.tmp": 0, "a.jpg.json": 0, ".wirecap-0-1.tmp": 0} {
		if got := tempPID(name); got != want {
			t.Errorf("tempPID(%q) = %d, want %d", name, got, want)
		}
	}
}

func TestFsyncWrite(t *testing.T) {
	dir := t.TempDir()
	w, err := NewWriter(filepath.Join(dir, "out"), true)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	p := filepath.Join(dir, "out", "a", "b", "p.jpg.json")
	if err := w.Write(p, minimal()); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(p)
	if err != nil || Validate(b) != nil {
		t.Errorf("written with --fsync: %v, %v", err, Validate(b))
	}
}

func TestExisting(t *testing.T) {
	dir := t.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }
	syscall.Mkfifo(at("fifo.json"), 0o644)
	os.Symlink("/dev/zero", at("zero.json"))
	os.WriteFile(at("other.json"), []byte(`{"generator": "another tool"}`), 0o644)
	os.WriteFile(at("damaged.json"), []byte(`{"schema_version": 1, "generator": "wirecap 0.1.0", "sou`), 0o644)
	os.WriteFile(at("empty.json"), nil, 0o644)
	os.WriteFile(at("zeros.json"), make([]byte, 300), 0o644)
	big, _ := os.Create(at("big.json"))
	big.Truncate(safefile.MaxSidecar + 1)
	big.Close()
	Write(at("ours.json"), minimal(), false)
	w := &Writer{}
	for _, tc := range []struct {
		name, err string
		rec       bool
	}{
		{"none.json", "", false},
		{"ours.json", "", true},
		{"damaged.json", "", false},
		{"empty.json", "", false},
		{"zeros.json", "", false},
		{"fifo.json", "is not a regular file (fifo): not overwritten", false},
		{"zero.json", "is not a regular file (symbolic link): not overwritten", false},
		{"other.json", "is not a wirecap sidecar: not overwritten", false},
		{"big.json", "is file too large (over 16 MiB): not overwritten", false},
	} {
		rec, err := w.Existing(at(tc.name))
		if (rec != nil) != tc.rec || tc.err == "" && err != nil || tc.err != "" && (err == nil || !strings.HasSuffix(err.Error(), tc.err)) {
			t.Errorf("%s: %v, %v; want record %v, error %q", tc.name, rec, err, tc.rec, tc.err)
		}
	}
}
