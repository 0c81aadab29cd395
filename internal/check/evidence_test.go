package check

import (
	"encoding/json"
	"testing"
)

// TestEvidence: values keep the JSON the sidecar always wrote (HTML
// characters unescaped, lists and numbers as such); Text reads strings
// only.
func TestEvidence(t *testing.T) {
	ev := evidence(map[string]any{"text": "<Jane & Co>", "n": 3, "list": []string{"a", "b"}})
	b, err := json.Marshal(ev)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"list":["a","b"],"n":3,"text":"\u003cJane \u0026 Co\u003e"}`; string(b) != want {
		t.Errorf("json.Marshal: %s, want %s", b, want)
	}
	if got := string(ev["text"]); got != `"<Jane & Co>"` {
		t.Errorf("raw text value %s", got)
	}
	if ev.Text("text") != "<Jane & Co>" || ev.Text("n") != "" || ev.Text("missing") != "" {
		t.Errorf("Text: %q %q %q", ev.Text("text"), ev.Text("n"), ev.Text("missing"))
	}
}
