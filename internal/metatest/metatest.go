// Package metatest lets tests state a photo's editorial metadata fields as
// the sidecar writes them (metadata.fields), by name, and read them as
// imagemeta.Fields, as a sidecar is read back.
package metatest

import (
	"encoding/json"

	"github.com/wirecap/wirecap/imagemeta"
)

// Field is one field as the sidecar writes it (metadata.fields.NAME).
type Field struct {
	Value   any            `json:"value"`
	Sources map[string]any `json:"sources"`
	InSync  bool           `json:"in_sync"`
}

// Fields are fields by name ("credit", as imagemeta.FieldNames names them).
type Fields map[string]*Field

// Typed reads the fields as a sidecar is read back; a value of the wrong
// shape for its field (a by-line that is not a list) panics: it is a
// mistake in the test.
func (r Fields) Typed() *imagemeta.Fields {
	b, err := json.Marshal(r)
	f := &imagemeta.Fields{}
	if err == nil {
		err = json.Unmarshal(b, f)
	}
	if err != nil {
		panic(err)
	}
	return f
}
