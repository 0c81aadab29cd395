package c2pa

import (
	"strings"

	"github.com/fxamacker/cbor/v2"
)

// Manifest is one C2PA manifest of a store, as far as a desk needs it.
type Manifest struct {
	Label          string   `json:"label"`
	ClaimVersion   int      `json:"claim_version"`
	ClaimGenerator string   `json:"claim_generator,omitempty"`
	Title          string   `json:"title,omitempty"`
	Assertions     []string `json:"assertions"`
	Actions        []Action `json:"actions,omitempty"`
	Ingredients    int      `json:"ingredients"`
	// DigitalSourceTypes are those the manifest's actions name, trimmed.
	DigitalSourceTypes []string `json:"digital_source_types,omitempty"`

	claim      map[string]any
	claimBytes []byte
	sigBytes   []byte
	assertions map[string]*box // by label
}

// Action is one entry of a c2pa.actions assertion.
type Action struct {
	Action            string `json:"action"`
	DigitalSourceType string `json:"digital_source_type,omitempty"`
	SoftwareAgent     string `json:"software_agent,omitempty"`
}

// dec decodes CBOR from untrusted files with bounded nesting and sizes.
var dec = func() cbor.DecMode {
	m, err := cbor.DecOptions{
		MaxNestedLevels:  32,
		MaxArrayElements: 1 << 16,
		MaxMapPairs:      1 << 16,
		IndefLength:      cbor.IndefLengthAllowed,
		DefaultMapType:   nil,
	}.DecMode()
	if err != nil {
		panic(err)
	}
	return m
}()

// manifests reads the manifests of a store superbox, oldest first (the
// last one is the active manifest, C2PA 2.1, 11.1.4.2).
func manifests(root *box) ([]*Manifest, error) {
	if root.typ != "jumb" || root.uuid != uuidStore {
		return nil, &FormatError{Msg: "JUMBF is not a C2PA manifest store"}
	}
	var out []*Manifest
	for _, c := range root.children {
		if c.typ != "jumb" || (c.uuid != uuidManifest && c.uuid != uuidUpdate) {
			continue
		}
		m, err := readManifest(c)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	if len(out) == 0 {
		return nil, &FormatError{Msg: "C2PA manifest store without a manifest"}
	}
	return out, nil
}

func readManifest(b *box) (*Manifest, error) {
	m := &Manifest{Label: b.label, assertions: map[string]*box{}}
	for _, c := range b.children {
		switch c.uuid {
		case uuidClaim:
			m.claimBytes = c.content("cbor")
			m.ClaimVersion = 1
			if c.label == "c2pa.claim.v2" {
				m.ClaimVersion = 2
			}
		case uuidSignature:
			m.sigBytes = c.content("cbor")
		case uuidAssertStr:
			for _, a := range c.children {
				m.assertions[a.label] = a
				m.Assertions = append(m.Assertions, a.label)
			}
		}
	}
	if m.claimBytes == nil {
		return nil, &FormatError{Msg: "C2PA manifest " + m.Label + " without a claim"}
	}
	if err := dec.Unmarshal(m.claimBytes, &m.claim); err != nil {
		return nil, &FormatError{Msg: "C2PA claim: " + err.Error()}
	}
	m.ClaimGenerator = claimGenerator(m.claim)
	m.Title, _ = m.claim["dc:title"].(string)
	m.readActions()
	m.Ingredients = m.countIngredients()
	return m, nil
}

// claimGenerator is claim_generator (claim v1) or the names and versions
// of claim_generator_info (v2).
func claimGenerator(claim map[string]any) string {
	if s, ok := claim["claim_generator"].(string); ok {
		return s
	}
	var infos []any
	switch v := claim["claim_generator_info"].(type) {
	case []any:
		infos = v
	case map[any]any:
		infos = []any{v}
	}
	var parts []string
	for _, i := range infos {
		if m, ok := i.(map[any]any); ok {
			name, _ := m["name"].(string)
			if v, ok := m["version"].(string); ok {
				name += "/" + v
			}
			parts = append(parts, name)
		}
	}
	return strings.Join(parts, " ")
}

// assertionCBOR decodes an assertion's CBOR content box.
func (m *Manifest) assertionCBOR(label string) map[any]any {
	a := m.assertions[label]
	if a == nil {
		return nil
	}
	var v map[any]any
	if raw := a.content("cbor"); raw != nil && dec.Unmarshal(raw, &v) == nil {
		return v
	}
	return nil
}

func (m *Manifest) readActions() {
	for _, label := range []string{"c2pa.actions", "c2pa.actions.v2"} {
		acts, _ := m.assertionCBOR(label)["actions"].([]any)
		for _, a := range acts {
			am, ok := a.(map[any]any)
			if !ok {
				continue
			}
			act := Action{}
			act.Action, _ = am["action"].(string)
			dst, _ := am["digitalSourceType"].(string)
			act.DigitalSourceType = strings.TrimSpace(dst)
			switch sa := am["softwareAgent"].(type) {
			case string:
				act.SoftwareAgent = sa
			case map[any]any:
				act.SoftwareAgent, _ = sa["name"].(string)
			}
			m.Actions = append(m.Actions, act)
			if act.DigitalSourceType != "" {
				m.DigitalSourceTypes = append(m.DigitalSourceTypes, act.DigitalSourceType)
			}
		}
	}
}

func (m *Manifest) countIngredients() int {
	n := 0
	for _, l := range m.Assertions {
		if strings.HasPrefix(l, "c2pa.ingredient") {
			n++
		}
	}
	return n
}

// claimAssertions are the hashed URIs of the claim's assertions (v1:
// assertions; v2: created and gathered assertions).
func (m *Manifest) claimAssertions() []map[any]any {
	var out []map[any]any
	for _, k := range []string{"assertions", "created_assertions", "gathered_assertions"} {
		list, _ := m.claim[k].([]any)
		for _, e := range list {
			if h, ok := e.(map[any]any); ok {
				out = append(out, h)
			}
		}
	}
	return out
}
