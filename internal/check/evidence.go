package check

import (
	"bytes"
	"encoding/json"

	"github.com/wirecap/wirecap/record"
)

// evidence turns what a rule saw into the record's Evidence: each value
// as the JSON the sidecar writes (HTML characters unescaped, as the
// record encoder writes text). A value that cannot be encoded is kept as
// its error text, never dropped.
func evidence(m map[string]any) record.Evidence {
	ev := make(record.Evidence, len(m))
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for k, v := range m {
		buf.Reset()
		if err := enc.Encode(v); err != nil {
			buf.Reset()
			enc.Encode("unencodable: " + err.Error())
		}
		ev[k] = json.RawMessage(bytes.Clone(bytes.TrimRight(buf.Bytes(), "\n")))
	}
	return ev
}
