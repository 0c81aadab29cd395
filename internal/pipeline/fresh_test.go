package pipeline

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/wirecap/wirecap/internal/metawrite"
)

// samePhotos writes two JPEGs of the same size, one with a restriction,
// both with the same modification time.
func samePhotos(t *testing.T, dir string) (clean, restricted []byte, mtime time.Time) {
	t.Helper()
	mk := func(instr string) []byte {
		return metawrite.JPEG(metawrite.Photo{IIM: metawrite.IIM(true, metawrite.Set(120, embargoCaption), metawrite.Set(40, instr)), Width: 16, Height: 16})
	}
	clean, restricted = mk("EDITORIAL USE OK"), mk("NO MARKETING ...")
	if len(clean) != len(restricted) {
		t.Fatalf("fixture sizes differ: %d, %d", len(clean), len(restricted))
	}
	return clean, restricted, time.Date(2024, 3, 1, 10, 0, 0, 0, time.UTC)
}

// TestFreshKeyedByIdentity: a photo replaced by another of the same size
// and modification time (cp -p, rsync -t) is not up to date, whether it
// was renamed over (another inode) or copied into (a new ctime).
func TestFreshKeyedByIdentity(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no inode or ctime: size and mtime only")
	}
	for _, how := range []string{"renamed over", "copied into"} {
		t.Run(how, func(t *testing.T) {
			dir := t.TempDir()
			clean, restricted, mtime := samePhotos(t, dir)
			p := filepath.Join(dir, "a.jpg")
			os.WriteFile(p, clean, 0o644)
			os.Chtimes(p, mtime, mtime)
			o := options()
			rec := BuildUnder(p, dir, o)
			if !o.Reusable(rec, p, dir) {
				t.Fatal("an untouched photo's record is not reusable")
			}
			time.Sleep(20 * time.Millisecond) // past the kernel's coarse ctime tick
			switch how {
			case "renamed over":
				tmp := filepath.Join(dir, "new.jpg")
				os.WriteFile(tmp, restricted, 0o644)
				os.Chtimes(tmp, mtime, mtime)
				os.Rename(tmp, p)
			default:
				os.WriteFile(p, restricted, 0o644)
				os.Chtimes(p, mtime, mtime)
			}
			st, _ := os.Stat(p)
			if st.Size() != int64(len(clean)) || !st.ModTime().Equal(mtime) {
				t.Fatalf("fixture: size %d, mtime %v", st.Size(), st.ModTime())
			}
			if options().Reusable(rec, p, dir) {
				t.Error("the replaced photo's old record is reused")
			}
		})
	}
}

// TestFreshKeyedByRealPath: the same photo named by a relative path, an
// absolute one, or through a link to its folder has the same inputs.
func TestFreshKeyedByRealPath(t *testing.T) {
	dir := t.TempDir()
	p := photo(t, dir, "a.jpg", embargoCaption, "")
	rec := BuildUnder(p, dir, options())
	link := filepath.Join(t.TempDir(), "story")
	if err := os.Symlink(dir, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	wd, _ := os.Getwd()
	rel, err := filepath.Rel(wd, p)
	if err != nil {
		t.Fatal(err)
	}
	for _, spelling := range []string{p, rel, filepath.Join(link, "a.jpg"), filepath.Join(dir, ".", "x", "..", "a.jpg")} {
		if !options().Reusable(rec, spelling, filepath.Dir(spelling)) {
			t.Errorf("%s: the record of %s is not reused", spelling, p)
		}
	}
	if got := rec.Inputs.Photo.Path; !filepath.IsAbs(got) {
		t.Errorf("inputs.photo.path %q is not absolute", got)
	}
}
