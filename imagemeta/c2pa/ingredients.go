package c2pa

import (
	"slices"
	"strings"
)

// Ingredient is one ingredient of the active manifest (a photo it was
// made from or placed in it) with its own state: its manifest, when the
// store carries it, is verified here (claim signature, time-stamp,
// assertion hashes; its data hash covered a file that is not this one),
// and the failures the signer recorded when it took the ingredient in
// (validationStatus, or v3's validationResults) count too. An invalid
// ingredient does not make the active manifest invalid (C2PA 2.1,
// 15.11.2): it is reported beside it.
type Ingredient struct {
	Title        string `json:"title,omitempty"`
	Relationship string `json:"relationship,omitempty"` // parentOf, componentOf, inputTo
	Manifest     string `json:"manifest,omitempty"`     // the label of its manifest in the store
	// State: valid (its manifest verifies), invalid (a failure code),
	// absent (no manifest: unknown provenance), error (its manifest is
	// named but not in the store).
	State string   `json:"state"`
	Codes []string `json:"codes"`
}

// successSuffixes end the C2PA status codes that report a success, which
// validationStatus lists beside failures; informational codes say nothing
// of the ingredient's integrity either.
var (
	successSuffixes   = []string{".validated", ".match", ".trusted", ".insideValidity", ".well-formed"}
	informationalCode = []string{"ingredient.unknownProvenance", codeTSMalformed, codeTSMismatch, "signingCredential.untrusted"}
)

func isFailure(code string) bool {
	return code != "" && !slices.Contains(informationalCode, code) &&
		!slices.ContainsFunc(successSuffixes, func(s string) bool { return strings.HasSuffix(code, s) })
}

// ingredientStates reports the active manifest's ingredients, in the
// order of its assertions.
func ingredientStates(active *Manifest, store []*Manifest) []Ingredient {
	var out []Ingredient
	for _, label := range active.Assertions {
		if !strings.HasPrefix(label, "c2pa.ingredient") {
			continue
		}
		a := active.assertionCBOR(label)
		if a == nil {
			out = append(out, Ingredient{State: Failed, Codes: []string{"assertion.cbor.invalid"}})
			continue
		}
		out = append(out, ingredientState(a, store))
	}
	return out
}

func ingredientState(a map[any]any, store []*Manifest) Ingredient {
	in := Ingredient{State: Absent, Codes: []string{}}
	in.Title, _ = a["dc:title"].(string)
	in.Relationship, _ = a["relationship"].(string)
	in.Codes = appendNew(in.Codes, recordedCodes(a)...)
	url := ""
	for _, k := range []string{"activeManifest", "c2pa_manifest"} {
		if ref, ok := a[k].(map[any]any); ok && url == "" {
			url, _ = ref["url"].(string)
		}
	}
	if url != "" {
		in.Manifest = url[strings.LastIndex(url, "/")+1:]
		i := slices.IndexFunc(store, func(m *Manifest) bool { return m.Label == in.Manifest })
		if i < 0 {
			in.State = Failed
			in.Codes = appendNew(in.Codes, "ingredient.manifest.missing")
			return in
		}
		m := store[i]
		_, _, sigCodes, tsCode := m.verifySignature()
		in.Codes = appendNew(in.Codes, m.verifyAssertionHashes()...)
		in.Codes = appendNew(in.Codes, sigCodes...)
		if tsCode != "" {
			in.Codes = appendNew(in.Codes, tsCode)
		}
		in.State = Valid
	}
	if url == "" {
		in.Codes = appendNew(in.Codes, "ingredient.unknownProvenance") // informational, as c2pa-rs reports it
	}
	if slices.ContainsFunc(in.Codes, isFailure) {
		in.State = Invalid
	}
	return in
}

// recordedCodes are the codes the signer recorded for the ingredient:
// validationStatus (v1, v2) and validationResults.activeManifest (v3),
// successes left out.
func recordedCodes(a map[any]any) []string {
	var entries []any
	if l, ok := a["validationStatus"].([]any); ok {
		entries = append(entries, l...)
	}
	if vr, ok := a["validationResults"].(map[any]any); ok {
		if am, ok := vr["activeManifest"].(map[any]any); ok {
			for _, k := range []string{"failure", "informational"} {
				if l, ok := am[k].([]any); ok {
					entries = append(entries, l...)
				}
			}
		}
	}
	var out []string
	for _, e := range entries {
		em, _ := e.(map[any]any)
		if code, _ := em["code"].(string); code != "" && !slices.ContainsFunc(successSuffixes, func(s string) bool { return strings.HasSuffix(code, s) }) {
			out = appendNew(out, code)
		}
	}
	return out
}
