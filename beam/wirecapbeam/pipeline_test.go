package wirecapbeam

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/wirecap/wirecap"
	"github.com/wirecap/wirecap/internal/batch"
)

func TestMain(m *testing.M) { ptest.MainWithDefault(m, "prism") }

const projectPhotos = "../../testdata/photos"

// libraryRecords is what wirecap.Check gives for every photo under dir,
// found by a walk of its own, as decoded JSON by path.
func libraryRecords(t *testing.T, dir string, o wirecap.Options) map[string]map[string]any {
	t.Helper()
	want := map[string]map[string]any{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || batch.PhotoExts[strings.ToLower(filepath.Ext(p))] == "" {
			return err
		}
		rec, err := wirecap.Check(context.Background(), p, o)
		var pe *wirecap.PhotoError
		if err != nil && !errors.As(err, &pe) {
			t.Fatalf("wirecap.Check(%s): %v", p, err)
		}
		b, _ := json.Marshal(rec)
		want[p] = decode(t, b)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return want
}

func decode(t *testing.T, b []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	return m
}

type shardRecord struct {
	shard int
	rec   map[string]any
}

// readShards reads the n shard files, which must be the only files in
// dir, and returns their records by source_file; a photo in two records
// fails.
func readShards(t *testing.T, dir string, n int) map[string]shardRecord {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) != n {
		t.Errorf("%d files in the output (want only the %d shards): %v", len(entries), n, entries)
	}
	got := map[string]shardRecord{}
	for i := range n {
		b, err := os.ReadFile(ShardName(dir, i, n))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(bytes.NewReader(b))
		sc.Buffer(nil, 16<<20)
		for sc.Scan() {
			rec := decode(t, sc.Bytes())
			src, _ := rec["source_file"].(string)
			if prev, dup := got[src]; dup {
				t.Errorf("%s is in shard %d and shard %d", src, prev.shard, i)
			}
			got[src] = shardRecord{i, rec}
		}
	}
	return got
}

// runOnPrism runs the pipeline of c on Prism, in process, or skips when
// Prism cannot start: it serves its job API on a loopback TCP port.
func runOnPrism(t *testing.T, c Config) beam.PipelineResult {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skipf("Prism cannot start here: no loopback TCP port to serve its job API on (%v)", err)
	}
	l.Close()
	if err := c.Validate(context.Background()); err != nil {
		t.Fatal(err)
	}
	p, s := beam.NewPipelineWithRoot()
	Build(s, c)
	start := time.Now()
	res, err := prism.Execute(context.Background(), p)
	if err != nil {
		t.Fatalf("pipeline on Prism: %v", err)
	}
	t.Logf("pipeline on Prism: %v wall time", time.Since(start).Round(time.Millisecond))
	return res
}

// TestPipelineMatchesCheck runs the pipeline on Prism over the project's
// photos plus a list naming a missing photo, a GIF and a sidecar: every
// photo's record must equal, field for field, what wirecap.Check gives for
// it; every photo must be in exactly one shard, with its folder's other
// photos; the missing photo gives a record with "error" and the run goes
// on; the GIF a skipped record; the sidecar nothing.
func TestPipelineMatchesCheck(t *testing.T) {
	tmp := t.TempDir()
	missing := filepath.Join(tmp, "story-x", "nowhere.jpg")
	list := filepath.Join(tmp, "list.txt")
	lines := missing + "\n" + filepath.Join(tmp, "story-x", "cover.gif") + "\r\n\n" +
		filepath.Join(tmp, "story-x", "nowhere.jpg.json") + "\n"
	if err := os.WriteFile(list, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	asOf := time.Date(2022, 3, 10, 0, 0, 0, 0, time.UTC)
	out := filepath.Join(tmp, "out")
	const shards = 3
	c := Config{Inputs: []string{projectPhotos}, FilesFrom: list, Output: out, Shards: shards,
		Use: "marketing", Territory: "FR", AsOf: asOf}
	res := runOnPrism(t, c)

	want := libraryRecords(t, projectPhotos, wirecap.Options{Use: c.Use, Territory: c.Territory, AsOf: asOf})
	if len(want) < 5 {
		t.Fatalf("only %d photos under %s", len(want), projectPhotos)
	}
	got := readShards(t, out, shards)
	if len(got) != len(want)+2 {
		t.Errorf("%d records; want %d photos + the missing photo + the GIF", len(got), len(want))
	}
	folderShard := map[string]int{}
	for p, w := range want {
		g, ok := got[p]
		if !ok {
			t.Errorf("no record for %s", p)
			continue
		}
		comparePhoto(t, p, g.rec, w)
		if s, seen := folderShard[filepath.Dir(p)]; seen && s != g.shard {
			t.Errorf("%s is in shard %d, its folder's other photos in %d", p, g.shard, s)
		}
		folderShard[filepath.Dir(p)] = g.shard
		if g.shard != wirecap.ShardOf(p, shards) {
			t.Errorf("%s in shard %d, its folder hashes to %d", p, g.shard, wirecap.ShardOf(p, shards))
		}
	}
	checkMissing(t, got[missing].rec)
	if g := got[filepath.Join(tmp, "story-x", "cover.gif")].rec; g["skipped"] != "not a photo" || g["error"] != nil {
		t.Errorf("GIF record = %v; want skipped: not a photo", g)
	}
	checkTally(t, res, len(want)+1)
}

// comparePhoto: the pipeline's record is the library's, with findings an
// array even when there are none (as `wirecap check` prints them).
func comparePhoto(t *testing.T, p string, got, want map[string]any) {
	t.Helper()
	if want["findings"] == nil {
		want["findings"] = []any{}
	}
	for _, k := range []string{"summary", "verdict"} {
		if want[k] == nil {
			t.Errorf("%s: the library's record has no %s", p, k)
		}
	}
	keys := map[string]bool{}
	for k := range got {
		keys[k] = true
	}
	for k := range want {
		keys[k] = true
	}
	for k := range keys {
		if !reflect.DeepEqual(got[k], want[k]) {
			g, _ := json.Marshal(got[k])
			w, _ := json.Marshal(want[k])
			t.Errorf("%s: %q differs from wirecap.Check's\n got: %s\nwant: %s", p, k, g, w)
		}
	}
}

func checkMissing(t *testing.T, rec map[string]any) {
	t.Helper()
	if rec == nil {
		t.Error("no record for the missing photo")
		return
	}
	if msg, _ := rec["error"].(string); msg == "" {
		t.Errorf("missing photo: no error in %v", rec)
	}
	findings, _ := rec["findings"].([]any)
	for _, f := range findings {
		if f.(map[string]any)["rule"] == "file.unreadable" {
			return
		}
	}
	t.Errorf("missing photo: no file.unreadable finding in %v", findings)
}

// checkTally: the run's counters say how many photos were checked and how
// they were decided, so that the command line can print a tally.
func checkTally(t *testing.T, res beam.PipelineResult, photos int) {
	t.Helper()
	got := map[string]int64{}
	for _, r := range res.Metrics().AllMetrics().Counters() {
		if r.Namespace() == "wirecap" {
			got[r.Name()] += r.Result()
		}
	}
	if got["photos"] != int64(photos) {
		t.Errorf("photos counter %d; want %d (counters %v)", got["photos"], photos, got)
	}
	if d := got[string(wirecap.Allow)] + got[string(wirecap.Review)] + got[string(wirecap.Deny)]; d == 0 || d > int64(photos) {
		t.Errorf("decisions counted %d for %d photos (counters %v)", d, photos, got)
	}
	if got["skipped"] != 1 || got["unreadable"] < 1 || got["ignored"] < 1 {
		t.Errorf("counters %v; want 1 skipped, the missing photo unreadable, companions ignored", got)
	}
}
