package sidecar

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
