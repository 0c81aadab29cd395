package sidecar

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

var (
	schemaOnce sync.Once
	compiled   *jsonschema.Schema
	schemaErr  error
)

// Validate checks a sidecar's JSON against Schema.
func Validate(doc []byte) error {
	schemaOnce.Do(func() {
		s, err := jsonschema.UnmarshalJSON(bytes.NewReader(Schema))
		if err != nil {
			schemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		if err := c.AddResource("sidecar.schema.json", s); err != nil {
			schemaErr = err
			return
		}
		compiled, schemaErr = c.Compile("sidecar.schema.json")
	})
	if schemaErr != nil {
		return fmt.Errorf("sidecar schema: %w", schemaErr)
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(doc))
	if err != nil {
		return fmt.Errorf("sidecar: not JSON: %w", err)
	}
	return compiled.Validate(v)
}
