// Package batch finds the photos named on a command line (files and folders,
// recursively) and runs work over them on a bounded pool of goroutines,
// handing the results back in input order.
//
// Walk lists what the commands check, inspect, process and report work on:
// every path argument is walked once (duplicate and nested arguments give
// each file once, under the first argument that reached it), symbolic links
// given as arguments are followed, sidecars and other companions of a photo
// are ignored, and everything else that is not read — a GIF or raw file, an
// unreadable folder, a dangling link — is an Item with Skip or Err set, so
// that the caller reports it instead of passing over it in silence.
package batch

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/wirecap/wirecap/internal/safefile"
	"github.com/wirecap/wirecap/internal/store"
)

// PhotoExts are the extensions (lower case, with the dot) of the formats
// wirecap reads.
var PhotoExts = map[string]string{
	".jpg": "jpeg", ".jpeg": "jpeg", ".jpe": "jpeg",
	".tif": "tiff", ".tiff": "tiff",
	".png": "png", ".webp": "webp",
	".heic": "heic", ".heif": "heif", ".hif": "heif", ".avif": "avif",
}

// unsupportedExts are image formats met on a photo desk that wirecap does
// not read: a folder holding them gets a "skipped" record for each, since
// a photo that is not checked must not pass unseen.
var unsupportedExts = map[string]string{
	".gif": "gif", ".bmp": "bmp", ".psd": "psd", ".jxl": "jpeg xl", ".jp2": "jpeg 2000",
	".svg": "svg", ".ico": "ico", ".tga": "tga",
	".cr2": "cr2", ".cr3": "cr3", ".crw": "crw", ".nef": "nef", ".nrw": "nrw", ".arw": "arw", ".srf": "srf",
	".sr2": "sr2", ".dng": "dng", ".raf": "raf", ".orf": "orf", ".rw2": "rw2", ".pef": "pef", ".srw": "srw",
	".x3f": "x3f", ".3fr": "3fr", ".iiq": "iiq", ".erf": "erf", ".mrw": "mrw", ".kdc": "kdc",
}

// companionExts are files that travel with photos (sidecars, articles,
// agency feed items: photo.xml, photo.ninjs.json; Content Credentials:
// photo.c2pa): inside a folder they are neither photos nor worth a record.
var companionExts = map[string]bool{".json": true, ".xmp": true, ".txt": true, ".md": true, ".html": true, ".htm": true, ".tmp": true,
	".xml": true, ".c2pa": true}

// Item is one entry Walk found.
type Item struct {
	Path string // the photo, as reached from the argument (argument + relative path)
	Root string // the folder articles are searched up to and --out-dir mirrors from: the argument, or a file argument's folder
	Skip string // not read, and why ("unsupported format gif", "not a photo", "not a regular file (fifo)"); the item is not a photo
	Err  error  // could not be read at all (missing, unreadable folder, dangling link, a FIFO named like a photo): an I/O error
}

// Photo reports whether the item is a photo to work on.
func (it Item) Photo() bool { return it.Skip == "" && it.Err == nil }

// Counts tallies what Walk found beside the items it returns.
type Counts struct {
	Ignored int // companions (sidecars, articles, .xmp) and hidden entries inside folders
}

// Walk lists the photos under the given paths, in argument order and, inside
// a folder, in lexical order. It never stops early: what cannot be read is an
// Item with Err.
func Walk(paths []string) ([]Item, Counts) {
	w := &walker{seen: map[string]bool{}, realDirs: map[string]string{}}
	for _, p := range paths {
		w.arg(p)
	}
	return w.items, w.counts
}

type walker struct {
	items  []Item
	counts Counts
	seen   map[string]bool // real paths already listed (files and folders)
	// Per folder of a file argument (a shell glob names hundreds from one
	// folder): its real path, looked up once.
	realDirs map[string]string
}

// key identifies a file or folder whatever path reached it.
func key(p string) string {
	if r, err := filepath.EvalSymlinks(p); err == nil {
		p = r
	}
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}

func (w *walker) arg(p string) {
	if store.IsS3(p) {
		w.object(p)
		return
	}
	st, err := os.Lstat(p)
	link := err == nil && st.Mode()&fs.ModeSymlink != 0
	if link {
		st, err = os.Stat(p) // a symbolic link given as the argument is followed
	}
	if err != nil {
		w.add(Item{Path: p, Root: filepath.Dir(p), Err: explain(p, err)})
		return
	}
	if !st.IsDir() && !st.Mode().IsRegular() {
		w.add(irregular(p, filepath.Dir(p), st.Mode(), true))
		return
	}
	if !st.IsDir() {
		if k := w.fileKey(p, link); !w.seen[k] {
			w.seen[k] = true
			w.add(w.file(p, filepath.Dir(p), true))
		}
		return
	}
	w.dir(p, p)
}

// explain turns an os error into a short message naming the path.
func explain(p string, err error) error {
	if lst, lerr := os.Lstat(p); lerr == nil && lst.Mode()&fs.ModeSymlink != 0 && errors.Is(err, fs.ErrNotExist) {
		target, _ := os.Readlink(p)
		return fmt.Errorf("%s: dangling symbolic link to %s", p, target)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", p, pe.Err)
	}
	return err
}

// file classifies one file. explicit: named on the command line, so even a
// companion is reported rather than ignored.
func (w *walker) file(p, root string, explicit bool) Item {
	ext := strings.ToLower(filepath.Ext(p))
	if _, ok := PhotoExts[ext]; ok {
		return Item{Path: p, Root: root}
	}
	if f, ok := unsupportedExts[ext]; ok {
		return Item{Path: p, Root: root, Skip: "unsupported format " + f}
	}
	if companionExts[ext] && !explicit {
		return Item{}
	}
	if ext == ".json" || ext == ".xmp" {
		return Item{Path: p, Root: root, Skip: "sidecar, not a photo"}
	}
	return Item{Path: p, Root: root, Skip: "not a photo"}
}

// irregular is the item of a FIFO, device or socket: never opened (a FIFO
// would block the run), skipped with what it is. Named on the command
// line, or named like a photo, it is also an error (exit 2): something
// that should have been checked was not.
func irregular(p, root string, mode fs.FileMode, explicit bool) Item {
	reason := "not a regular file (" + safefile.Kind(mode) + ")"
	it := Item{Path: p, Root: root, Skip: reason}
	if _, photo := PhotoExts[strings.ToLower(filepath.Ext(p))]; photo || explicit {
		it.Err = fmt.Errorf("%s: %s", p, reason)
	}
	return it
}

func (w *walker) add(it Item) {
	if it.Path == "" {
		w.counts.Ignored++
		return
	}
	w.items = append(w.items, it)
}

// dir lists a folder: hidden entries are ignored (.wirecap-thumbs, temp
// files), links to files are followed, links to folders are not (a loop
// could trap the walk) and say so.
func (w *walker) dir(p, root string) {
	k := key(p)
	if w.seen[k] {
		return
	}
	w.seen[k] = true
	entries, err := os.ReadDir(p)
	if err != nil {
		w.add(Item{Path: p, Root: root, Err: fmt.Errorf("folder %s: %w", p, unwrapPath(err))})
		if len(entries) == 0 {
			return
		}
	}
	var subdirs []string
	for _, e := range entries {
		name := e.Name()
		full := filepath.Join(p, name)
		if strings.HasPrefix(name, ".") {
			w.counts.Ignored++
			continue
		}
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			st, err := os.Stat(full)
			if err != nil {
				w.add(Item{Path: full, Root: root, Err: explain(full, err)})
				continue
			}
			if st.IsDir() {
				w.add(Item{Path: full, Root: root, Skip: "symbolic link to a folder, not followed (name it as an argument)"})
				continue
			}
			mode = st.Mode().Type()
		}
		switch {
		case mode.IsDir():
			subdirs = append(subdirs, full)
		case mode.IsRegular():
			fk := filepath.Join(k, name) // k: this folder's real path
			if e.Type()&fs.ModeSymlink != 0 {
				fk = key(full)
			}
			if w.seen[fk] {
				continue
			}
			w.seen[fk] = true
			w.add(w.file(full, root, false))
		default:
			w.add(irregular(full, root, mode, false))
		}
	}
	// Files of a folder first, then its subfolders: ReadDir's order is
	// lexical, and a folder's own photos stay together.
	for _, d := range subdirs {
		w.dir(d, root)
	}
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// fileKey is key for a file argument, resolving its folder once per run; a
// file that is itself a link is resolved in full.
func (w *walker) fileKey(p string, link bool) string {
	if link {
		return key(p)
	}
	dir := filepath.Dir(p)
	real, ok := w.realDirs[dir]
	if !ok {
		real = key(dir)
		w.realDirs[dir] = real
	}
	return filepath.Join(real, filepath.Base(p))
}
