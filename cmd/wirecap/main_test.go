package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/wirecap/wirecap/internal/batch"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/metawrite"
	"github.com/wirecap/wirecap/internal/pipeline"
	"github.com/wirecap/wirecap/internal/sidecar"
)

var update = flag.Bool("update", false, "rewrite golden sidecars")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"wirecap": main, // as installed: signals handled, SIGPIPE ignored
		"mkphoto": func() { os.Exit(mkphoto(os.Args[1:])) },
	})
}

// mkphoto OUT.jpg CAPTION-FILE YYYY-MM-DD writes a JPEG whose EXIF, IIM and
// XMP carry the caption (first line of the file containing "Photo by" or
// the whole file) and date it.
func mkphoto(args []string) int {
	if len(args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: mkphoto OUT CAPTION-FILE YYYY-MM-DD")
		return 2
	}
	b, err := os.ReadFile(args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	text := strings.TrimSpace(string(b))
	for _, line := range strings.Split(text, "\n") {
		if strings.Contains(line, "(Photo by") {
			text = strings.TrimSpace(line)
		}
	}
	d := strings.ReplaceAll(args[2], "-", "")
	data := metawrite.JPEG(metawrite.Photo{
		EXIF:   &metawrite.EXIF{ImageDescription: text, DateTimeOriginal: strings.ReplaceAll(args[2], "-", ":") + " 10:00:00"},
		IIM:    metawrite.IIM(true, metawrite.Set(120, text), metawrite.Set(55, d), metawrite.Set(110, "AFP")),
		Digest: "match",
		XMP:    metawrite.XMP(map[string]any{"dc:description": map[string]string{"x-default": text}, "photoshop:Credit": "AFP", "photoshop:DateCreated": args[2]}),
	})
	if err := os.WriteFile(args[0], data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	return 0
}

// TestScript runs the end-to-end CLI scripts in testdata/script.
func TestScript(t *testing.T) {
	startS3(t)
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			env.Setenv("SHARED", sharedDir())
			env.Setenv("TESTDATA", testdataDir())
			s3Env(env)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){"ndjson": ndjsonField, "essentials": essentials},
		Condition: func(cond string) (bool, error) {
			if cond == "s3" {
				return s3Server != nil, nil
			}
			if cond == "shared" {
				_, err := os.Stat(filepath.Join(sharedDir(), "seed"))
				return err == nil, nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
	})
}

// ndjsonField KEY FILE writes the top-level KEY of every NDJSON record in
// the last command's stdout to FILE, one per line, so a script can compare
// the order of records; a line that is not a JSON object fails the script.
func ndjsonField(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: ndjson KEY FILE")
	}
	var out strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(ts.ReadFile("stdout")), "\n") {
		if line == "" {
			continue // no record at all
		}
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			ts.Fatalf("not an NDJSON record: %q: %v", line, err)
		}
		fmt.Fprintf(&out, "%v\n", rec[args[0]])
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(out.String()), 0o644))
}

func sharedDir() string {
	p, _ := filepath.Abs(filepath.Join("..", "..", "..", "shared"))
	return p
}

func testdataDir() string {
	p, _ := filepath.Abs(filepath.Join("..", "..", "testdata"))
	return p
}

// TestGoldenSidecars builds the sidecar of every photo in testdata/photos,
// validates it against the JSON Schema and compares it with its golden file.
func TestGoldenSidecars(t *testing.T) {
	root := filepath.Join(testdataDir(), "photos")
	photos, err := walkPhotos(root)
	if err != nil || len(photos) < 8 {
		t.Fatalf("photos: %v (%d)", err, len(photos))
	}
	o := &pipeline.Options{Generator: "wirecap " + Version, Policy: check.DefaultPolicy(), Use: "marketing",
		AsOf: time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC)}
	for _, p := range photos {
		rel, _ := filepath.Rel(root, p)
		t.Run(rel, func(t *testing.T) {
			rec := pipeline.BuildUnder(p, root, o)
			rec.SourceFile = filepath.ToSlash(rel)
			if rec.File != nil {
				rec.File.Modified = "2024-01-01T00:00:00Z" // checkouts set their own times
			}
			if rec.Inputs != nil {
				// A checkout's own times and inodes.
				rec.Inputs.Photo.Modified, rec.Inputs.Photo.Inode, rec.Inputs.Photo.Changed = "2024-01-01T00:00:00Z", 0, ""
				for i := range rec.Inputs.XMPSidecars {
					s := &rec.Inputs.XMPSidecars[i]
					s.Modified, s.Inode, s.Changed = "2024-01-01T00:00:00Z", 0, ""
				}
			}
			got, _ := json.MarshalIndent(rec, "", "  ")
			got = bytes.ReplaceAll(got, []byte(root+string(filepath.Separator)), []byte(""))
			got = bytes.ReplaceAll(got, []byte(`"`+root+`"`), []byte(`"."`)) // article.searched_up_to
			got = append(got, '\n')
			if err := sidecar.Validate(got); err != nil {
				t.Errorf("sidecar does not validate: %v", err)
			}
			golden := filepath.Join("testdata", "golden", strings.ReplaceAll(filepath.ToSlash(rel), "/", "__")+".json")
			if *update {
				os.MkdirAll(filepath.Dir(golden), 0o755)
				os.WriteFile(golden, got, 0o644)
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test ./cmd/wirecap -run GoldenSidecars -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s:\n%s", rel, golden, got)
			}
		})
	}
}

// walkPhotos lists the photos under root (the golden test's folder).
func walkPhotos(root string) ([]string, error) {
	items, _ := batch.Walk([]string{root})
	var out []string
	for _, it := range items {
		if it.Err != nil && it.Path == root {
			return nil, it.Err
		}
		if it.Photo() {
			out = append(out, it.Path)
		}
	}
	return out, nil
}
