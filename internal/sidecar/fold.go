package sidecar

import (
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// FoldsCase reports whether the file system holding dir ignores case in
// names (macOS and Windows by default, ext4 with casefold): IMG_1.JPG.json
// and img_1.jpg.json are then one file. It is probed, not assumed from the
// OS: the nearest existing folder on the way up whose name has a cased
// letter is looked up under its name with the case swapped.
func FoldsCase(dir string) bool {
	p, err := filepath.Abs(dir)
	if err != nil {
		return false
	}
	for {
		parent, name := filepath.Dir(p), filepath.Base(p)
		if parent == p {
			return false // the root: nothing to probe with
		}
		st, err := os.Stat(p)
		if swapped := swapCase(name); err == nil && swapped != name {
			other, err := os.Stat(filepath.Join(parent, swapped))
			return err == nil && os.SameFile(st, other)
		}
		p = parent
	}
}

func swapCase(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsUpper(r) {
			return unicode.ToLower(r)
		}
		return unicode.ToUpper(r)
	}, s)
}
