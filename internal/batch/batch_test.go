package batch

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func touch(t *testing.T, root string, names ...string) {
	t.Helper()
	for _, n := range names {
		p := filepath.Join(root, n)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// describe renders items as "path|skip|err|xmp" relative to root, one per line.
func describe(root string, items []Item) string {
	var b strings.Builder
	for _, it := range items {
		rel := func(p string) string {
			if r, err := filepath.Rel(root, p); err == nil && p != "" {
				return filepath.ToSlash(r)
			}
			return p
		}
		b.WriteString(rel(it.Path))
		if it.Skip != "" {
			b.WriteString(" skip=" + it.Skip)
		}
		if it.Err != nil {
			b.WriteString(" err")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestWalkFolder(t *testing.T) {
	root := t.TempDir()
	touch(t, root,
		"t1/a.jpg", "t1/a.jpg.json", "t1/B.JPG", "t1/b.XMP", "t1/anim.gif", "t1/raw.CR2", "t1/article.txt",
		"t1/.wirecap-thumbs/x.jpg", "t1/.hidden.jpg", "t1/wires/c.webp", "t1/wires/c.webp.xmp", "t1/wires/d.heic",
		"t1/readme.pdf", "t2/img.png")
	items, counts := Walk([]string{filepath.Join(root, "t1"), filepath.Join(root, "t1"), filepath.Join(root, "t1/wires"), filepath.Join(root, "t2/img.png"), filepath.Join(root, "t2")})
	want := `t1/B.JPG
t1/a.jpg
t1/anim.gif skip=unsupported format gif
t1/raw.CR2 skip=unsupported format cr2
t1/readme.pdf skip=not a photo
t1/wires/c.webp
t1/wires/d.heic
t2/img.png
`
	if got := describe(root, items); got != want {
		t.Errorf("Walk:\n%s\nwant:\n%s", got, want)
	}
	// a.jpg.json, b.XMP, article.txt, c.webp.xmp, .wirecap-thumbs, .hidden.jpg
	if counts.Ignored != 6 {
		t.Errorf("ignored %d, want 6", counts.Ignored)
	}
	for _, it := range items {
		if strings.HasPrefix(it.Path, filepath.Join(root, "t1")) && it.Root != filepath.Join(root, "t1") {
			t.Errorf("%s: root %s, want the first argument that reached it", it.Path, it.Root)
		}
	}
}

func TestWalkExplicitAndBroken(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links and permissions")
	}
	root := t.TempDir()
	touch(t, root, "real/p.jpg", "real/q.tif", "d/sub/locked.jpg", "x.jpg.json", "one.jpg", "ONE.xmp")
	must(t, os.Symlink(filepath.Join(root, "real"), filepath.Join(root, "link")))
	must(t, os.Symlink(filepath.Join(root, "gone.jpg"), filepath.Join(root, "d/dangling.jpg")))
	must(t, os.Symlink(filepath.Join(root, "real"), filepath.Join(root, "d/dirlink")))
	must(t, os.Chmod(filepath.Join(root, "d/sub"), 0))
	defer os.Chmod(filepath.Join(root, "d/sub"), 0o755)
	items, _ := Walk([]string{
		filepath.Join(root, "link"), // a folder link given as argument is followed
		filepath.Join(root, "real"), // the same folder again: once
		filepath.Join(root, "missing.jpg"),
		filepath.Join(root, "x.jpg.json"),
		filepath.Join(root, "one.jpg"),
		filepath.Join(root, "d"),
	})
	got := describe(root, items)
	want := `link/p.jpg
link/q.tif
missing.jpg err
x.jpg.json skip=sidecar, not a photo
one.jpg
d/dangling.jpg err
d/dirlink skip=symbolic link to a folder, not followed (name it as an argument)
`
	if os.Geteuid() != 0 { // root reads any folder
		want += "d/sub err\n"
	} else {
		want += "d/sub/locked.jpg\n"
	}
	if got != want {
		t.Errorf("Walk:\n%s\nwant:\n%s", got, want)
	}
	for _, it := range items {
		if it.Err != nil && !strings.Contains(it.Err.Error(), filepath.Base(it.Path)) {
			t.Errorf("error %q does not name %s", it.Err, it.Path)
		}
	}
	if items[5].Err == nil || !strings.Contains(items[5].Err.Error(), "dangling") {
		t.Errorf("dangling link: %v", items[5].Err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestMapOrderAndBound(t *testing.T) {
	items := make([]int, 200)
	for i := range items {
		items[i] = i
	}
	var running, peak atomic.Int32
	var got []int
	n, err := Map(context.Background(), 4, items, func(i int) int {
		r := running.Add(1)
		for {
			p := peak.Load()
			if r <= p || peak.CompareAndSwap(p, r) {
				break
			}
		}
		time.Sleep(time.Duration((i*7919)%5) * 100 * time.Microsecond) // out-of-order completion
		running.Add(-1)
		return i * i
	}, func(i, r int) error {
		if r != i*i {
			t.Errorf("result %d for item %d", r, i)
		}
		got = append(got, i)
		return nil
	})
	if err != nil || n != len(items) {
		t.Fatalf("Map: %d, %v", n, err)
	}
	for i, v := range got {
		if v != i {
			t.Fatalf("emitted out of order at %d: %v", i, got[:i+1])
		}
	}
	if p := peak.Load(); p > 4 || p < 2 {
		t.Errorf("peak concurrency %d, want 2..4", p)
	}
}

func TestMapStops(t *testing.T) {
	items := make([]int, 1000)
	ctx, cancel := context.WithCancel(context.Background())
	var started atomic.Int32
	n, err := Map(ctx, 3, items, func(int) int {
		if started.Add(1) == 10 {
			cancel()
		}
		time.Sleep(time.Millisecond)
		return 0
	}, func(int, int) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err %v, want canceled", err)
	}
	if s := int(started.Load()); n != s || s > 10+3*2 {
		t.Errorf("emitted %d, started %d: every started item is emitted and few start after the stop", n, s)
	}

	boom := errors.New("broken pipe")
	started.Store(0)
	n, err = Map(context.Background(), 2, items, func(int) int { started.Add(1); return 0 }, func(int, int) error {
		return boom
	})
	if err != boom || n != 0 {
		t.Errorf("emit error: %d, %v", n, err)
	}
	if s := started.Load(); s > 2*2+2 {
		t.Errorf("%d items started after emit failed", s)
	}
}
