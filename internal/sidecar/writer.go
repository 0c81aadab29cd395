package sidecar

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/wirecap/wirecap/internal/safefile"
)

// WriteError is a sidecar that was not written; it names the sidecar (never
// the temporary file) and says why in the system's words.
type WriteError struct {
	Path string // the sidecar
	Err  error
}

func (e *WriteError) Error() string {
	return "sidecar " + e.Path + " not written: " + safefile.Reason(e.Err)
}

func (e *WriteError) Unwrap() error { return e.Err }

// ErrLink is wrapped by the error of a sidecar whose folder under --out-dir
// is, or lies under, a symbolic link: wirecap writes only inside the folder
// named, never through a link below it.
var ErrLink = safefile.ErrLink

// Writer writes sidecars atomically (a temporary file in the same folder,
// then a rename, so that a reader or a crash never sees half a sidecar),
// beside their photos or confined under one --out-dir.
//
// Under --out-dir, the folder is resolved once (os.OpenRoot) and every
// file is reached from it: a folder below it that is a symbolic link is
// refused (ErrLink), and os.Root refuses any path that would leave it even
// when a link is swapped in during the run.
//
// The first write into a folder sweeps the temporary files that runs which
// no longer exist left there (".wirecap-PID-N.tmp" whose PID is gone: a
// kill -9 or a power cut between create and rename).
type Writer struct {
	fsync  bool
	outDir string
	root   *os.Root
	dirs   sync.Map // folder name (as written to) -> *dirOnce
	beside fsys     // the file system beside the photos: osFS, or a test's faults
}

type dirOnce struct {
	once sync.Once
	err  error
}

// NewWriter returns a Writer for sidecars beside their photos (outDir "")
// or under outDir, which it creates when missing. With fsync, every
// sidecar is fsynced, renamed, and its folder fsynced before Write
// returns (durable file by file); without, the caller syncs at the end of
// the batch (SyncDir).
func NewWriter(outDir string, fsync bool) (*Writer, error) {
	w := &Writer{fsync: fsync}
	if outDir == "" {
		return w, nil
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, fmt.Errorf("--out-dir: %w", err)
	}
	r, err := os.OpenRoot(outDir)
	if err != nil {
		return nil, fmt.Errorf("--out-dir: %w", err)
	}
	w.outDir, w.root = outDir, r
	return w, nil
}

// Close releases the --out-dir.
func (w *Writer) Close() error {
	if w.root == nil {
		return nil
	}
	return w.root.Close()
}

// fsys is where a Writer creates, renames and lists files: the plain file
// system beside the photos, the os.Root of --out-dir under it.
type fsys interface {
	OpenFile(name string, flag int, perm fs.FileMode) (*os.File, error)
	Open(name string) (*os.File, error)
	Lstat(name string) (fs.FileInfo, error)
	MkdirAll(name string, perm fs.FileMode) error
	Rename(oldname, newname string) error
	Remove(name string) error
}

type osFS struct{}

func (osFS) OpenFile(n string, f int, p fs.FileMode) (*os.File, error) { return os.OpenFile(n, f, p) }
func (osFS) Open(n string) (*os.File, error)                           { return os.Open(n) }
func (osFS) Lstat(n string) (fs.FileInfo, error)                       { return os.Lstat(n) }
func (osFS) MkdirAll(n string, p fs.FileMode) error                    { return os.MkdirAll(n, p) }
func (osFS) Rename(o, n string) error                                  { return os.Rename(o, n) }
func (osFS) Remove(n string) error                                     { return os.Remove(n) }

// place is where the sidecar at path is written: the file system and the
// name in it.
func (w *Writer) place(path string) (fsys, string, error) {
	if w.root == nil && w.beside != nil {
		return w.beside, path, nil
	}
	if w.root == nil {
		return osFS{}, path, nil
	}
	rel, err := filepath.Rel(w.outDir, path)
	if err != nil || !filepath.IsLocal(rel) {
		return nil, "", fmt.Errorf("%s would leave --out-dir %s", path, w.outDir)
	}
	return w.root, rel, nil
}

// Write writes rec to path. A failure is a *WriteError naming path.
func (w *Writer) Write(path string, rec *Record) error {
	// Only a sidecar named as its photo could be its photo: resolve paths
	// (a system call each) only then.
	if rec.SourceFile != "" && filepath.Base(path) == filepath.Base(rec.SourceFile) && abs(path) == abs(rec.SourceFile) {
		return ErrSameFile
	}
	b, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return &WriteError{path, err}
	}
	if err := w.write(path, append(b, '\n')); err != nil {
		return &WriteError{path, err}
	}
	return nil
}

func (w *Writer) write(path string, b []byte) error {
	fsys, name, err := w.place(path)
	if err != nil {
		return err
	}
	dir := filepath.Dir(name)
	if err := w.prepare(fsys, dir); err != nil {
		return err
	}
	tmp, err := createTemp(fsys, dir)
	if err != nil {
		return err
	}
	tmpName := filepath.Join(dir, filepath.Base(tmp.Name()))
	renamed := false
	defer func() {
		if !renamed {
			tmp.Close()
			fsys.Remove(tmpName)
		}
	}()
	if _, err := tmp.Write(b); err != nil {
		return err
	}
	if w.fsync {
		if err := tmp.Sync(); err != nil {
			return err
		}
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := fsys.Rename(tmpName, name); err != nil {
		return err
	}
	renamed = true
	if w.fsync {
		return syncFolder(fsys, dir)
	}
	return nil
}

// syncFolder makes a rename in dir durable (the folder's entry, not only
// the file's data).
func syncFolder(fsys fsys, dir string) error {
	d, err := fsys.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, errors.ErrUnsupported) {
		return fmt.Errorf("syncing folder %s: %w", dir, err)
	}
	return nil
}

// prepare readies a folder once per Writer: under --out-dir, checks that
// no folder below --out-dir on the way is a symbolic link and creates
// what is missing; then sweeps dead runs' temporary files.
func (w *Writer) prepare(fsys fsys, dir string) error {
	e, _ := w.dirs.LoadOrStore(dir, &dirOnce{})
	d := e.(*dirOnce)
	d.once.Do(func() {
		if w.root != nil {
			if d.err = w.noLinks(fsys, dir); d.err != nil {
				return
			}
			if d.err = fsys.MkdirAll(dir, 0o755); d.err != nil {
				return
			}
		}
		sweep(fsys, dir)
	})
	return d.err
}

// noLinks checks each folder from the root down to dir (relative to it):
// none may be a symbolic link or something other than a folder. It stops
// at the first that does not exist (MkdirAll creates the rest).
func (w *Writer) noLinks(fsys fsys, dir string) error {
	if dir == "." {
		return nil
	}
	parts := strings.Split(dir, string(filepath.Separator))
	for i := range parts {
		p := filepath.Join(parts[:i+1]...)
		st, err := fsys.Lstat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil
		case err != nil:
			return err
		case st.Mode()&fs.ModeSymlink != 0:
			return fmt.Errorf("%s: %w", filepath.Join(w.outDir, p), ErrLink)
		case !st.IsDir():
			return fmt.Errorf("%s: not a folder", filepath.Join(w.outDir, p))
		}
	}
	return nil
}

// tempSeq numbers this process's temporary files.
var tempSeq atomic.Uint64

// tempPrefix and tempSuffix frame a temporary sidecar's name,
// ".wirecap-PID-N.tmp": hidden (the walker ignores it), and naming the
// process that writes it so that a later run can tell a dead run's file.
const tempPrefix, tempSuffix = ".wirecap-", ".tmp"

// createTemp creates a new temporary file in dir with the mode a plain
// create gives, 0644 minus the umask. Beside photos, the folder is made
// only when missing, so the common case costs one open.
func createTemp(fsys fsys, dir string) (*os.File, error) {
	for try := 0; ; try++ {
		name := filepath.Join(dir, fmt.Sprintf("%s%d-%d%s", tempPrefix, os.Getpid(), tempSeq.Add(1), tempSuffix))
		f, err := fsys.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		switch {
		case err == nil:
			return f, nil
		case errors.Is(err, fs.ErrNotExist) && try == 0:
			if err := fsys.MkdirAll(dir, 0o755); err != nil {
				return nil, err
			}
		case errors.Is(err, fs.ErrExist) && try < 100: // left by an earlier process of the same PID
		default:
			return nil, err
		}
	}
}

// tempPID is the PID in a temporary sidecar's name, or 0.
func tempPID(name string) int {
	rest, ok := strings.CutPrefix(name, tempPrefix)
	if !ok || !strings.HasSuffix(rest, tempSuffix) {
		return 0
	}
	pid, _, ok := strings.Cut(rest, "-")
	if !ok {
		return 0
	}
	n, err := strconv.Atoi(pid)
	if err != nil || n <= 0 {
		return 0
	}
	return n
}

// sweep removes the temporary sidecars in dir whose process is gone. A
// run on another machine sharing the folder (NFS) cannot be seen: its
// rename would then fail and be reported, never a sidecar half written.
func sweep(fsys fsys, dir string) {
	d, err := fsys.Open(dir)
	if err != nil {
		return
	}
	names, _ := d.Readdirnames(-1)
	d.Close()
	for _, n := range names {
		if pid := tempPID(n); pid != 0 && pid != os.Getpid() && !alive(pid) {
			fsys.Remove(filepath.Join(dir, n))
		}
	}
}

func abs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}
