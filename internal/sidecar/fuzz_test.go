package sidecar

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/wirecap/wirecap/record"
)

// FuzzExisting: whatever stands at a sidecar's place, telling a wirecap
// sidecar from another file never panics, and anything but a record or
// an absent/replaceable file is ErrForeign; a stamp read back marshals to
// JSON that reads back to the same stamp (non-UTF-8 paths included), and
// an article to the same article.
func FuzzExisting(f *testing.F) {
	f.Add([]byte(`{"schema_version":1,"generator":"wirecap 0.1.0","source_file":"a.jpg","inputs":{"photo":{"path":"/a.jpg","size":3,"inode":7}}}`))
	f.Add([]byte(`{"generator": "another tool"}`))
	f.Add([]byte(`{"schema_version": 1, "generator": "wirecap 0.1.0", "sou`))
	f.Add([]byte(`{"inputs":{"photo":{"path":"x","path_bytes":"Y2Fm6Q=="}}, "generator":"wirecap"}`))
	f.Add([]byte("\x00\x00\x00"))
	f.Add([]byte(`{"generator":"wirecap 0.1.0","article":{"path":"a.txt","language":"fr","dates":["2024-03-05"],"places":[],"found":true},"inputs":{}}`))
	f.Add([]byte(`{"generator":"wirecap 0.1.0","article":{"path":null,"found":false,"searched_up_to":"x"}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		rec, err := parseExisting("p.json", b)
		if err != nil && !errors.Is(err, ErrForeign) {
			t.Fatalf("unexpected error %v", err)
		}
		if rec != nil && rec.Article != nil {
			// The article reads back as it was written: either shape, once
			// written, stays the same.
			once, err := json.Marshal(rec.Article)
			if err != nil {
				t.Fatal(err)
			}
			var back record.Article
			if err := json.Unmarshal(once, &back); err != nil {
				t.Fatalf("%s does not read back: %v", once, err)
			}
			if twice, _ := json.Marshal(back); string(twice) != string(once) {
				t.Fatalf("article %s reads back as %s", once, twice)
			}
		}
		if rec == nil || rec.Inputs == nil {
			return
		}
		_ = PhotoOf(rec)
		s := rec.Inputs.Photo
		out, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		var back Stamp
		if err := json.Unmarshal(out, &back); err != nil || back != s {
			t.Fatalf("stamp %+v round-trips to %+v (%v) via %s", s, back, err, out)
		}
	})
}
