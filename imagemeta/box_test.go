package imagemeta

import (
	"encoding/json"
	"fmt"
	"testing"
)

// TestStrBox: boxed strings behave as ordinary string interfaces, each
// keeping its own value across chunk boundaries.
func TestStrBox(t *testing.T) {
	var b strBox
	var vals []any
	for i := 0; i < 3*strBoxChunk+5; i++ {
		vals = append(vals, b.box(fmt.Sprint("v", i)))
	}
	for i, v := range vals {
		s, ok := v.(string)
		if !ok || s != fmt.Sprint("v", i) || v != any(fmt.Sprint("v", i)) {
			t.Fatalf("value %d = %#v", i, v)
		}
	}
	out, _ := json.Marshal(vals[:2])
	if string(out) != `["v0","v1"]` {
		t.Errorf("json: %s", out)
	}
}
