package c2pa

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
)

func TestIsFailure(t *testing.T) {
	for code, want := range map[string]bool{
		"claimSignature.mismatch":      true,
		"assertion.dataHash.mismatch":  true,
		"ingredient.manifest.missing":  true,
		"claimSignature.validated":     false,
		"assertion.hashedURI.match":    false,
		"signingCredential.trusted":    false,
		"ingredient.unknownProvenance": false,
		"timeStamp.mismatch":           false, // informational, as for the active manifest
		"":                             false,
	} {
		if got := isFailure(code); got != want {
			t.Errorf("isFailure(%q) = %v, want %v", code, got, want)
		}
	}
}

func TestRecordedCodes(t *testing.T) {
	v1 := map[any]any{"validationStatus": []any{
		map[any]any{"code": "claimSignature.validated"}, map[any]any{"code": "claimSignature.mismatch", "url": "self#jumbf=c2pa/x"}}}
	v3 := map[any]any{"validationResults": map[any]any{"activeManifest": map[any]any{
		"success": []any{map[any]any{"code": "claimSignature.validated"}},
		"failure": []any{map[any]any{"code": "assertion.dataHash.mismatch"}}}}}
	if got := recordedCodes(v1); !slices.Equal(got, []string{"claimSignature.mismatch"}) {
		t.Errorf("v1: %v", got)
	}
	if got := recordedCodes(v3); !slices.Equal(got, []string{"assertion.dataHash.mismatch"}) {
		t.Errorf("v3: %v", got)
	}
	if got := ingredientState(v3, nil); got.State != Invalid {
		t.Errorf("a recorded failure without the manifest: %+v", got)
	}
	missing := map[any]any{"dc:title": "cropped.jpg", "c2pa_manifest": map[any]any{"url": "self#jumbf=c2pa/urn:uuid:gone"}}
	if got := ingredientState(missing, nil); got.State != Failed || !slices.Contains(got.Codes, "ingredient.manifest.missing") || got.Title != "cropped.jpg" {
		t.Errorf("a manifest named but not in the store: %+v", got)
	}
}

// TestIngredientCorpus: every ingredient code the sources name
// ("ingredient E-sig-CA.jpg: claimSignature.mismatch") is on that
// ingredient, which is invalid when the code is a failure; the active
// manifest keeps its own state.
func TestIngredientCorpus(t *testing.T) {
	f, err := os.Open(filepath.Join(corpusDir, "expected.jsonl"))
	if err != nil {
		t.Skipf("C2PA corpus not found in %s: %v", corpusDir, err)
	}
	defer f.Close()
	named := regexp.MustCompile(`^(?:informational )?ingredient (\S+): (\S+)$`)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		var e struct {
			File  string   `json:"file"`
			Codes []string `json:"expected_codes"`
		}
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatal(err)
		}
		for _, c := range e.Codes {
			m := named.FindStringSubmatch(c)
			if m == nil {
				continue
			}
			n++
			res, err := VerifyFile(filepath.Join(corpusDir, e.File), Options{AsOf: asOf.Unix()})
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(res.IngredientStates, func(in Ingredient) bool { return in.Title == m[1] })
			if i < 0 || !slices.Contains(res.IngredientStates[i].Codes, m[2]) ||
				isFailure(m[2]) && res.IngredientStates[i].State != Invalid {
				t.Errorf("%s: want ingredient %s with %s; got %+v (active %s)", e.File, m[1], m[2], res.IngredientStates, res.State)
			}
			if isFailure(m[2]) && res.State != Valid {
				t.Errorf("%s: an invalid ingredient made the active manifest %s", e.File, res.State)
			}
		}
	}
	if n < 3 {
		t.Errorf("only %d ingredient codes named by the sources were checked", n)
	}
}
