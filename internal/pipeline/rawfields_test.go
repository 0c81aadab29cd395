package pipeline

import (
	"encoding/json"

	"github.com/wirecap/wirecap/imagemeta"
)

// rawField is a metadata field as the sidecar writes it
// (metadata.fields.NAME), for tables that name fields as the JSON does.
type rawField struct {
	Value   any            `json:"value"`
	Sources map[string]any `json:"sources"`
	InSync  bool           `json:"in_sync"`
}

type rawFields map[string]*rawField

// typed reads the fields as a sidecar is read back; a table value of the
// wrong shape panics.
func (r rawFields) typed() *imagemeta.Fields {
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
