package wirecap_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/wirecap/wirecap"
)

// desk copies testdata photos into a fresh folder under the names given
// (name -> testdata file; "" writes a few bytes that are no photo).
func desk(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, from := range files {
		b := []byte("GIF89a not read")
		if from != "" {
			var err error
			if b, err = os.ReadFile(from); err != nil {
				t.Fatal(err)
			}
		}
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const (
	embargoPhoto = "testdata/photos/wires/afp-embargo.jpg"
	brokenPhoto  = "testdata/photos/wires/broken-truncated.jpg"
)

type seen struct {
	name, skipped  string
	decision       wirecap.Decision
	reused, failed bool
}

func processAll(t *testing.T, paths []string, o wirecap.ProcessOptions) []seen {
	t.Helper()
	var got []seen
	err := wirecap.Process(context.Background(), paths, o, func(r *wirecap.Record) error {
		s := seen{name: filepath.Base(r.SourceFile), skipped: r.Skipped, reused: r.Reused, failed: r.Error != nil}
		if r.Verdict != nil {
			s.decision = r.Verdict.Decision
		}
		got = append(got, s)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got
}

// TestProcessWritesThenReuses: records come in the folder's lexical
// order, one per path; photos get sidecars, a second run reuses them
// (not the broken photo's: it is read again), a broken photo and a file that is no photo get a record that says so.
func TestProcessWritesThenReuses(t *testing.T) {
	dir := desk(t, map[string]string{"b-embargo.jpg": embargoPhoto, "a-seed.jpg": seedPhoto, "c-broken.jpg": brokenPhoto,
		"d-logo.gif": ""})
	o := wirecap.ProcessOptions{Options: wirecap.Options{AsOf: runDay}}
	want := []seen{
		{name: "a-seed.jpg", decision: "review"},
		{name: "b-embargo.jpg", decision: "deny"},
		{name: "c-broken.jpg", decision: "deny", failed: true},
		{name: "d-logo.gif", skipped: "unsupported format gif"},
	}
	if got := processAll(t, []string{dir}, o); !slices.Equal(got, want) {
		t.Fatalf("first run:\n got %+v\nwant %+v", got, want)
	}
	for _, name := range []string{"a-seed.jpg", "b-embargo.jpg", "c-broken.jpg"} {
		if _, err := os.Stat(filepath.Join(dir, name+".json")); err != nil {
			t.Errorf("sidecar of %s: %v", name, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "d-logo.gif.json")); err == nil {
		t.Error("a sidecar was written for a file that is no photo")
	}
	for i := range want[:2] { // a photo that could not be read is read again
		want[i].reused = true
	}
	if got := processAll(t, []string{dir}, o); !slices.Equal(got, want) {
		t.Fatalf("second run:\n got %+v\nwant %+v", got, want)
	}
	o.Force = true
	for i := range want {
		want[i].reused = false
	}
	if got := processAll(t, []string{dir}, o); !slices.Equal(got, want) {
		t.Fatalf("forced run:\n got %+v\nwant %+v", got, want)
	}
}

// TestProcessCollisionAndNoSidecars: two photos that would write one
// sidecar write none and say why; NoSidecars writes nothing at all.
func TestProcessCollisionAndNoSidecars(t *testing.T) {
	dir := desk(t, map[string]string{"shot.jpg": seedPhoto, "shot.jpeg": embargoPhoto})
	o := wirecap.ProcessOptions{Options: wirecap.Options{AsOf: runDay}, SidecarName: "base"}
	err := wirecap.Process(context.Background(), []string{dir}, o, func(r *wirecap.Record) error {
		if r.Error == nil || !strings.Contains(*r.Error, "neither written") {
			t.Errorf("%s: error %v, want the collision", r.SourceFile, r.Error)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	o = wirecap.ProcessOptions{Options: wirecap.Options{AsOf: runDay}, NoSidecars: true}
	if got := processAll(t, []string{dir}, o); len(got) != 2 || got[0].decision == "" {
		t.Errorf("NoSidecars: %+v", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("the folder holds %d entries, want the two photos only", len(entries))
	}
}

// TestProcessStops: fn's error ends the batch and is returned; options
// that cannot be used are OptionErrors naming the field.
func TestProcessStops(t *testing.T) {
	dir := desk(t, map[string]string{"a.jpg": seedPhoto, "b.jpg": embargoPhoto, "c.jpg": seedPhoto})
	stop := errors.New("enough")
	n := 0
	err := wirecap.Process(context.Background(), []string{dir}, wirecap.ProcessOptions{Options: wirecap.Options{AsOf: runDay}},
		func(*wirecap.Record) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("got %v after %d records, want %v after 1", err, n, stop)
	}
	for field, o := range map[string]wirecap.ProcessOptions{
		"Use":         {Options: wirecap.Options{Use: "billboard"}},
		"Territory":   {Options: wirecap.Options{Territory: "Atlantis"}},
		"Article":     {Options: wirecap.Options{Article: filepath.Join(dir, "none.txt")}},
		"SidecarName": {SidecarName: "short"},
	} {
		var oe *wirecap.OptionError
		err := wirecap.Process(context.Background(), []string{dir}, o, func(*wirecap.Record) error { return nil })
		if !errors.As(err, &oe) || oe.Option != field {
			t.Errorf("%s: %v, want an OptionError naming %s", field, err, field)
		}
	}
}

// TestProcessUnreadablePath: a path that cannot be read gets a record
// saying so, with a file.unreadable finding, and the batch goes on.
func TestProcessUnreadablePath(t *testing.T) {
	dir := desk(t, map[string]string{"a.jpg": seedPhoto})
	var got []*wirecap.Record
	err := wirecap.Process(context.Background(), []string{filepath.Join(dir, "gone.jpg"), dir},
		wirecap.ProcessOptions{Options: wirecap.Options{AsOf: runDay}, NoSidecars: true},
		func(r *wirecap.Record) error { got = append(got, r); return nil })
	if err != nil || len(got) != 2 {
		t.Fatalf("%v, %d records", err, len(got))
	}
	r := got[0]
	if r.Skipped != "unreadable" || r.Error == nil || len(r.Findings) != 1 || r.Findings[0].Rule != "file.unreadable" {
		t.Errorf("record of a missing path: %+v", r)
	}
	if got[1].Verdict == nil || got[1].Skipped != "" {
		t.Errorf("the photo after it: %+v", got[1])
	}
}
