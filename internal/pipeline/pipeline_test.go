package pipeline

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/metawrite"
	"github.com/wirecap/wirecap/internal/sidecar"
)

var asOf = time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC)

const embargoCaption = "Officials meet in Brussels on March 4, 2024. EMBARGOED UNTIL 0001 GMT MARCH 6, 2024 (Photo by Eva Berg / AFP)"

// photo writes a JPEG with caption, credit and instructions into dir.
func photo(t *testing.T, dir, name, capText, instructions string) string {
	t.Helper()
	sets := []metawrite.Dataset{metawrite.Set(120, capText), metawrite.Set(110, "AFP")}
	if instructions != "" {
		sets = append(sets, metawrite.Set(40, instructions))
	}
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, metawrite.JPEG(metawrite.Photo{IIM: metawrite.IIM(true, sets...), Width: 16, Height: 16}), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func options() *Options {
	return &Options{Generator: "wirecap test", Use: "editorial", AsOf: asOf, Policy: check.DefaultPolicy()}
}

func rules(rec *sidecar.Record) string {
	var out []string
	for _, f := range rec.Findings {
		out = append(out, string(f.Rule))
	}
	return strings.Join(out, ",")
}

// TestStagePanics: a panic in any stage of one photo becomes that photo's
// error and internal.error finding; the other photos of the batch are
// untouched and Build returns normally.
func TestStagePanics(t *testing.T) {
	dir := t.TempDir()
	bad := photo(t, dir, "bad.jpg", "A street in Lyon, France, March 3, 2024. (Photo by Jean Dupont / AFP)", "")
	good := photo(t, dir, "good.jpg", "A street in Lyon, France, March 3, 2024. (Photo by Jean Dupont / AFP)", "")
	os.WriteFile(filepath.Join(dir, "article.txt"), []byte("Lyon, le 3 mars 2024."), 0o644)
	defer func() { stageHook = nil }()
	for _, stage := range []string{StageRead, StageParse, StageReconcile, StageArticle, StageCheck} {
		t.Run(stage, func(t *testing.T) {
			stageHook = func(s, path string) {
				if s == stage && path == bad {
					panic("boom in " + s)
				}
			}
			o := options()
			rec := BuildUnder(bad, dir, o)
			if rec.Error == nil || !strings.Contains(*rec.Error, "internal error in the "+stage+" stage") || !strings.Contains(*rec.Error, "boom") {
				t.Errorf("error = %v", rec.Error)
			}
			var found bool
			for _, f := range rec.Findings {
				if f.Rule == "internal.error" {
					found = true
					if f.Severity != check.Error || f.Evidence.Text("stage") != stage {
						t.Errorf("finding %+v", f)
					}
				}
			}
			if !found || rec.Verdict == nil || rec.Verdict.Decision != check.Deny {
				t.Errorf("findings %s, verdict %+v", rules(rec), rec.Verdict)
			}
			b, _ := json.Marshal(rec)
			if err := sidecar.Validate(b); err != nil {
				t.Errorf("record does not validate: %v", err)
			}
			if rec := BuildUnder(good, dir, o); rec.Error != nil || rec.Verdict.Decision != check.Allow {
				t.Errorf("the next photo: error %v, verdict %+v, findings %s", rec.Error, rec.Verdict, rules(rec))
			}
		})
	}
	t.Run("inspect", func(t *testing.T) {
		stageHook = func(s, path string) { panic("boom") }
		o := options()
		o.Inspect = true
		if rec := Build(bad, o); rec.Error == nil || !strings.Contains(*rec.Error, "read stage") {
			t.Errorf("inspect error %v", rec.Error)
		}
	})
}

// TestRestrictionsOnlyInInstructions: PA and dpa write restrictions only
// in Special Instructions; the editorial verdict is allow, the finding info.
func TestRestrictionsOnlyInInstructions(t *testing.T) {
	dir := t.TempDir()
	p := photo(t, dir, "pa.jpg", "Fans in a stadium in Leeds, England, March 3, 2024. (Photo by Jo Park / AFP)", "EDITORIAL USE ONLY. NO MARKETING")
	for use, want := range map[string]check.Decision{"editorial": check.Allow, "marketing": check.Deny} {
		o := options()
		o.Use = use
		rec := BuildUnder(p, dir, o)
		if rec.Verdict.Decision != want {
			t.Errorf("%s: %s %q", use, rec.Verdict.Decision, rec.Verdict.Reasons)
		}
		for _, f := range rec.Findings {
			if f.Rule == "restrictions.unsynced" && f.Severity != check.Info {
				t.Errorf("%s: restrictions.unsynced is %s", use, f.Severity)
			}
		}
		var from []string
		for _, r := range rec.Summary.Restrictions {
			from = append(from, r.Code+"@"+r.From)
		}
		if strings.Join(from, " ") != "EDITORIAL_ONLY@instructions NO_MARKETING@instructions" {
			t.Errorf("summary restrictions %v", from)
		}
	}
}

// TestFreshness: a record is reusable only while every input is unchanged
// and the as-of time stays inside its verdict's window.
func TestFreshness(t *testing.T) {
	dir := t.TempDir()
	p := photo(t, dir, "sub/emb.jpg", embargoCaption, "")
	art := filepath.Join(dir, "article.txt")
	os.WriteFile(art, []byte("Bruxelles, le 4 mars 2024."), 0o644)
	rec := BuildUnder(p, dir, options())
	// Through JSON, as process reads it back.
	b, _ := json.Marshal(rec)
	if err := sidecar.Validate(b); err != nil {
		t.Fatalf("record does not validate: %v", err)
	}
	var old sidecar.Record
	if err := json.Unmarshal(b, &old); err != nil {
		t.Fatal(err)
	}
	if rec.Verdict.Decision != check.Deny || old.Verdict.ValidUntil == nil || *old.Verdict.ValidUntil != "2024-03-06T00:01:00Z" {
		t.Fatalf("verdict %+v until %v", rec.Verdict, old.Verdict.ValidUntil)
	}
	if old.Inputs.Article == nil || old.Inputs.Article.Path != art || !strings.HasPrefix(old.Inputs.Article.SHA256, "sha256:") {
		t.Errorf("article input %+v", old.Inputs.Article)
	}
	reusable := func(o *Options, at time.Time) bool { return sidecar.Reusable(&old, o.Inputs(p, dir), at) }
	if !reusable(options(), asOf) || !reusable(options(), asOf.Add(time.Hour)) {
		t.Fatal("an unchanged photo is not reusable")
	}
	for _, tc := range []struct {
		name   string
		change func(o *Options) time.Time // returns the new as-of
		undo   func()
	}{
		{"embargo lifted", func(o *Options) time.Time { return time.Date(2024, 3, 6, 0, 1, 0, 0, time.UTC) }, nil},
		{"earlier as-of across the year", func(o *Options) time.Time { return time.Date(2023, 12, 31, 0, 0, 0, 0, time.UTC) }, nil},
		{"other use", func(o *Options) time.Time { o.Use = "online"; return asOf }, nil},
		{"territory", func(o *Options) time.Time { o.Territory = "FR"; return asOf }, nil},
		{"policy", func(o *Options) time.Time { o.Policy.ArchiveDays = 7; return asOf }, nil},
		{"kill list", func(o *Options) time.Time { o.Kill = check.KillList{"other.jpg": true}; return asOf }, nil},
		{"tool", func(o *Options) time.Time { o.Generator = "wirecap next"; return asOf }, nil},
		{"article edited", func(o *Options) time.Time {
			os.WriteFile(art, []byte("Bruxelles, le 5 mars 2024."), 0o644)
			return asOf
		}, func() { os.WriteFile(art, []byte("Bruxelles, le 4 mars 2024."), 0o644) }},
		{"article deleted", func(o *Options) time.Time { os.Rename(art, art+".off"); return asOf }, func() { os.Rename(art+".off", art) }},
		{"nearer article", func(o *Options) time.Time {
			os.WriteFile(filepath.Join(dir, "sub", "article.md"), []byte("x"), 0o644)
			return asOf
		}, func() { os.Remove(filepath.Join(dir, "sub", "article.md")) }},
		{"xmp sidecar added", func(o *Options) time.Time {
			os.WriteFile(strings.TrimSuffix(p, ".jpg")+".xmp", []byte("<x/>"), 0o644)
			return asOf
		}, func() { os.Remove(strings.TrimSuffix(p, ".jpg") + ".xmp") }},
		{"photo replaced by an older file", func(o *Options) time.Time {
			st, _ := os.Stat(p)
			photo(t, dir, "sub/emb.jpg", embargoCaption+" NO MARKETING", "")
			os.Chtimes(p, st.ModTime().Add(-time.Hour), st.ModTime().Add(-time.Hour))
			return asOf
		}, nil},
	} {
		o := options()
		at := tc.change(o)
		if reusable(o, at) {
			t.Errorf("%s: stale record reused", tc.name)
		}
		if tc.undo != nil {
			tc.undo()
			if !reusable(options(), asOf) {
				t.Errorf("%s undone: record not reusable", tc.name)
			}
		}
	}
}

// TestInputsMatchBuild: the cheap Inputs equal those Build records.
func TestInputsMatchBuild(t *testing.T) {
	dir := t.TempDir()
	p := photo(t, dir, "a.jpg", embargoCaption, "")
	os.WriteFile(p+".xmp", []byte("<x/>"), 0o644)
	o := options()
	rec := BuildUnder(p, dir, o)
	got, want := fmt.Sprintf("%+v", o.Inputs(p, dir)), fmt.Sprintf("%+v", *rec.Inputs)
	if got != want || len(rec.Inputs.XMPSidecars) == 0 || rec.Inputs.Photo.Size == 0 {
		t.Errorf("Inputs %s\nBuild  %s", got, want)
	}
}

// TestFreshOnDisk: a sidecar written by Write and read back by Fresh is
// reused until the photo changes.
func TestFreshOnDisk(t *testing.T) {
	dir := t.TempDir()
	p := photo(t, dir, "a.jpg", embargoCaption, "NO MARKETING")
	side := p + ".json"
	o := options()
	if _, ok := o.Fresh(p, dir, side); ok {
		t.Fatal("a missing sidecar is fresh")
	}
	if err := sidecar.Write(side, BuildUnder(p, dir, o), false); err != nil {
		t.Fatal(err)
	}
	if old, ok := options().Fresh(p, dir, side); !ok || old.Verdict.Decision != check.Deny || old.Summary == nil || len(old.Summary.Restrictions) != 2 {
		t.Fatalf("fresh sidecar not reused: %v %+v", ok, old)
	}
	photo(t, dir, "a.jpg", embargoCaption, "")
	if _, ok := options().Fresh(p, dir, side); ok {
		t.Error("a replaced photo's sidecar is reused")
	}
}

// TestFindingsAlwaysAnArray: a checked photo without findings carries
// "findings": [] (scripts run jq '.findings[]'); inspect leaves it out.
func TestFindingsAlwaysAnArray(t *testing.T) {
	dir := t.TempDir()
	p := photo(t, dir, "clean.jpg", "A street in Lyon, France, March 3, 2024. (Photo by Jean Dupont / AFP)", "")
	rec := BuildUnder(p, dir, options())
	if len(rec.Findings) != 0 {
		t.Fatalf("findings %s", rules(rec))
	}
	b, _ := json.Marshal(rec)
	if !strings.Contains(string(b), `"findings":[]`) {
		t.Errorf("no empty findings array in %s", b)
	}
	o := options()
	o.Inspect = true
	b, _ = json.Marshal(Build(p, o))
	if strings.Contains(string(b), `"findings"`) || strings.Contains(string(b), `"verdict"`) || strings.Contains(string(b), `"inputs"`) {
		t.Errorf("inspect record holds check results: %s", b)
	}
}

// BenchmarkInputs is what process pays per photo to decide whether its
// sidecar is fresh, against BenchmarkBuild, what it pays to rebuild it.
func BenchmarkInputs(b *testing.B) {
	dir := b.TempDir()
	p := filepath.Join(dir, "a.jpg")
	os.WriteFile(p, metawrite.JPEG(metawrite.Photo{IIM: metawrite.IIM(true, metawrite.Set(120, embargoCaption)), Width: 16, Height: 16}), 0o644)
	os.WriteFile(filepath.Join(dir, "article.txt"), []byte("Bruxelles, le 4 mars 2024."), 0o644)
	o := options()
	b.ResetTimer()
	for b.Loop() {
		o.Inputs(p, dir)
	}
}

func BenchmarkBuild(b *testing.B) {
	dir := b.TempDir()
	p := filepath.Join(dir, "a.jpg")
	os.WriteFile(p, metawrite.JPEG(metawrite.Photo{IIM: metawrite.IIM(true, metawrite.Set(120, embargoCaption)), Width: 16, Height: 16}), 0o644)
	os.WriteFile(filepath.Join(dir, "article.txt"), []byte("Bruxelles, le 4 mars 2024."), 0o644)
	o := options()
	b.ResetTimer()
	for b.Loop() {
		BuildUnder(p, dir, o)
	}
}
