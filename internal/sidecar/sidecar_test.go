package sidecar

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
)

func TestPath(t *testing.T) {
	for _, tc := range []struct{ photo, root, out, naming, want string }{
		{"a/b/p.jpg", "a", "", NameFull, "a/b/p.jpg.json"},
		{"a/b/p.jpg", "a", "", NameBase, "a/b/p.json"},
		{"a/b/p.jpg", "a", "out", NameFull, "out/b/p.jpg.json"},
		{"../x/p.jpg", "a", "out", NameFull, "out/p.jpg.json"},
	} {
		got, err := Path(tc.photo, tc.root, tc.out, tc.naming)
		if err != nil || got != filepath.FromSlash(tc.want) {
			t.Errorf("Path(%q) = %q, %v; want %q", tc.photo, got, err, tc.want)
		}
	}
}

func minimal() *Record {
	return &Record{SchemaVersion: 1, Generator: "wirecap test", SourceFile: "p.jpg", Summary: &Summary{Photographers: []string{}, Restrictions: []caption.Restriction{}}}
}

func TestWriteAtomicAndValid(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "p.jpg.json")
	rec := minimal()
	if err := Write(p, rec, true); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	if err := Validate(b); err != nil {
		t.Errorf("written record does not validate: %v\n%s", err, b)
	}
	left, _ := filepath.Glob(filepath.Join(dir, ".wirecap-*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
	if err := Write(filepath.Join(dir, "p.jpg"), &Record{SourceFile: filepath.Join(dir, "p.jpg")}, false); err != ErrSameFile {
		t.Errorf("overwriting the original: err = %v", err)
	}
}

func TestSchemaRejects(t *testing.T) {
	var doc map[string]any
	b, _ := json.Marshal(minimal())
	json.Unmarshal(b, &doc)
	doc["findings"] = []any{map[string]any{"rule": "Not An ID", "severity": "fatal", "message": "x", "evidence": nil}}
	bad, _ := json.Marshal(doc)
	if err := Validate(bad); err == nil || !strings.Contains(err.Error(), "findings") {
		t.Errorf("bad finding accepted: %v", err)
	}
}

// TestSchemaMatchesCode keeps the schema's restriction codes and field
// names equal to what the parser and the reader produce.
func TestSchemaMatchesCode(t *testing.T) {
	var schema struct {
		Properties struct {
			Metadata struct {
				OneOf []struct {
					Properties struct {
						Fields struct {
							PropertyNames struct {
								Enum []string `json:"enum"`
							} `json:"propertyNames"`
						} `json:"fields"`
					} `json:"properties"`
				} `json:"oneOf"`
			} `json:"metadata"`
		} `json:"properties"`
		Defs struct {
			Restriction struct {
				Properties struct {
					Code struct {
						Enum []string `json:"enum"`
					} `json:"code"`
				} `json:"properties"`
			} `json:"restriction"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(Schema, &schema); err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(schema.Defs.Restriction.Properties.Code.Enum, " "), strings.Join(caption.Codes(), " "); got != want {
		t.Errorf("schema restriction codes\n %s\nparser codes\n %s", got, want)
	}
	fields := schema.Properties.Metadata.OneOf[1].Properties.Fields.PropertyNames.Enum
	if got, want := strings.Join(fields, " "), strings.Join(imagemeta.FieldNames(), " "); got != want {
		t.Errorf("schema field names\n %s\nreader fields\n %s", got, want)
	}
}

// TestWriteMode: sidecars are created 0644 minus the umask, like any file
// a tool writes (CreateTemp alone would leave them 0600).
func TestWriteMode(t *testing.T) {
	p := filepath.Join(t.TempDir(), "p.jpg.json")
	if err := Write(p, minimal(), false); err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	if want := 0o644 &^ umask(); st.Mode().Perm() != want {
		t.Errorf("mode %v, want %v (umask %v)", st.Mode().Perm(), want, umask())
	}
	if umask()&0o044 == 0 && st.Mode().Perm()&0o044 != 0o044 {
		t.Errorf("mode %v is not readable by others", st.Mode().Perm())
	}
}

func fresh() (*Record, Inputs) {
	in := Inputs{Tool: "wirecap t", Use: "editorial", Policy: "sha256:" + strings.Repeat("a", 64),
		Photo: Stamp{Path: "p.jpg", Size: 10, Modified: "2024-01-01T00:00:00.5Z"}}
	until, from := "2024-03-06T00:01:00Z", "2024-03-01T00:00:00Z"
	rec := minimal()
	rec.Inputs = &in
	rec.Verdict = &Verdict{Use: "editorial", AsOf: "2024-03-05T12:00:00Z", Decision: "deny", Reasons: []string{}, ValidFrom: &from, ValidUntil: &until}
	return rec, in
}

func TestReusable(t *testing.T) {
	at := time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC)
	rec, in := fresh()
	if !Reusable(rec, in, at) {
		t.Fatal("same inputs, same window: not reusable")
	}
	for name, f := range map[string]func(r *Record, in *Inputs) time.Time{
		"at the window's end":       func(r *Record, in *Inputs) time.Time { return time.Date(2024, 3, 6, 0, 1, 0, 0, time.UTC) },
		"before the window":         func(r *Record, in *Inputs) time.Time { return time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC) },
		"photo size":                func(r *Record, in *Inputs) time.Time { in.Photo.Size++; return at },
		"photo time":                func(r *Record, in *Inputs) time.Time { in.Photo.Modified = "2024-01-01T00:00:00.6Z"; return at },
		"article appeared":          func(r *Record, in *Inputs) time.Time { in.Article = &Stamp{Path: "article.txt"}; return at },
		"territory":                 func(r *Record, in *Inputs) time.Time { in.Territory = "FR"; return at },
		"record with an error":      func(r *Record, in *Inputs) time.Time { e := "x"; r.Error = &e; return at },
		"record without inputs":     func(r *Record, in *Inputs) time.Time { r.Inputs = nil; return at },
		"record without verdict":    func(r *Record, in *Inputs) time.Time { r.Verdict = nil; return at },
		"record from another shape": func(r *Record, in *Inputs) time.Time { r.SchemaVersion = 0; return at },
	} {
		rec, in := fresh()
		if Reusable(rec, in, f(rec, &in)) {
			t.Errorf("%s: reused", name)
		}
	}
	// Empty and absent lists are the same inputs (a JSON round trip).
	rec, in = fresh()
	in.XMPSidecars = []Stamp{}
	if !Reusable(rec, in, at) {
		t.Error("[] and null xmp_sidecars differ")
	}
}

func TestSchemaInputs(t *testing.T) {
	rec, _ := fresh()
	rec.Inputs.XMPSidecars = []Stamp{}
	good, _ := json.Marshal(rec)
	if err := Validate(good); err != nil {
		t.Fatalf("record with inputs does not validate: %v\n%s", err, good)
	}
	var doc map[string]any
	json.Unmarshal(good, &doc)
	doc["inputs"].(map[string]any)["policy"] = "md5:x"
	bad, _ := json.Marshal(doc)
	if err := Validate(bad); err == nil {
		t.Error("a bad policy hash validates")
	}
	delete(doc["inputs"].(map[string]any), "photo")
	doc["inputs"].(map[string]any)["policy"] = "sha256:" + strings.Repeat("a", 64)
	bad, _ = json.Marshal(doc)
	if err := Validate(bad); err == nil {
		t.Error("inputs without photo validate")
	}
}
