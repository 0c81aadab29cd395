package record

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/wirecap/wirecap/caption"
)

// TestArticleJSON pins the record's "article" in its three shapes — read,
// none found, found and unreadable — and reads each back.
func TestArticleJSON(t *testing.T) {
	for _, tc := range []struct {
		a    Article
		want string
	}{
		{Article{SearchedUpTo: "story/sub"}, `{"path":null,"found":false,"searched_up_to":"story/sub"}`},
		{Article{Path: "story/article.txt", Found: true, Error: "permission denied"},
			`{"path":"story/article.txt","found":true,"error":"permission denied"}`},
		{Article{Path: "story/article.txt", Found: true, Language: "fr", Dates: []string{"2024-03-05"},
			Places: []caption.Place{}, Date: "2024-03-05", DateFrom: "dateline"},
			`{"path":"story/article.txt","language":"fr","dates":["2024-03-05"],"places":[],"date":"2024-03-05","date_from":"dateline","found":true}`},
		{Article{Path: "a.md", Found: true, Language: "en", Dates: []string{}, Places: []caption.Place{}},
			`{"path":"a.md","language":"en","dates":[],"places":[],"found":true}`},
	} {
		b, err := json.Marshal(tc.a)
		if err != nil || string(b) != tc.want {
			t.Errorf("%+v: %s %v, want %s", tc.a, b, err, tc.want)
		}
		var back Article
		if err := json.Unmarshal(b, &back); err != nil || !reflect.DeepEqual(back, tc.a) {
			t.Errorf("%s read back as %+v (%v), want %+v", b, back, err, tc.a)
		}
	}
}
