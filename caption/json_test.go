package caption

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"
)

// The reflection-based encoding AppendJSON replaces, kept as the
// reference it must match byte for byte.

func refNullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

type refSource Source

func (s refSource) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Kind *string `json:"kind"`
		Name *string `json:"name"`
	}{refNullable(string(s.Kind)), refNullable(s.Name)})
}

type refDate Date

func (d refDate) MarshalJSON() ([]byte, error) {
	v := map[Precision]string{PrecisionDay: "2006-01-02", PrecisionMonth: "2006-01", PrecisionYear: "2006"}
	var value *string
	if layout, ok := v[d.Precision]; ok && !d.Time.IsZero() {
		value = refNullable(d.Time.Format(layout))
	}
	return json.Marshal(struct {
		Value     *string `json:"value"`
		Text      string  `json:"text"`
		Precision string  `json:"precision"`
	}{value, d.Text, string(d.Precision)})
}

type refLocation Location

func (l refLocation) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Text        *string `json:"text"`
		Place       *string `json:"place"`
		City        *string `json:"city"`
		GeoNamesID  *int    `json:"geonames_id"`
		Region      *string `json:"region"`
		Country     *string `json:"country"`
		CountryCode *string `json:"country_code"`
	}{refNullable(l.Text), refNullable(l.Place), refNullable(l.City), refID(l.GeoNamesID), refNullable(l.Region), refNullable(l.Country), refNullable(l.CountryCode)})
}

// refID is a GeoNames id, null when unknown (0).
func refID(id int) *int {
	if id <= 0 {
		return nil
	}
	return &id
}

func referenceJSON(c *Caption) []byte {
	type out struct {
		Text          string        `json:"text"`
		Language      *string       `json:"language"`
		Description   *string       `json:"description"`
		Background    *string       `json:"background"`
		Credit        *string       `json:"credit"`
		Photographers []string      `json:"photographers"`
		Agency        *string       `json:"agency"`
		Partners      []string      `json:"partners"`
		Source        *refSource    `json:"source"`
		Restrictions  []Restriction `json:"restrictions"`
		Date          *refDate      `json:"date"`
		Location      *refLocation  `json:"location"`
		FilePhoto     bool          `json:"file_photo"`
	}
	o := out{c.Text, refNullable(c.Language), refNullable(c.Description), refNullable(c.Background), refNullable(c.Credit),
		c.Photographers, refNullable(c.Agency), c.Partners, (*refSource)(c.Source), c.Restrictions, (*refDate)(c.Date), (*refLocation)(c.Location), c.FilePhoto}
	if o.Photographers == nil {
		o.Photographers = []string{}
	}
	if o.Partners == nil {
		o.Partners = []string{}
	}
	if o.Restrictions == nil {
		o.Restrictions = []Restriction{}
	}
	b, err := json.Marshal(o)
	if err != nil {
		panic(err)
	}
	return b
}

// checkJSON compares AppendJSON, MarshalJSON and json.Marshal of a caption
// with the reference encoding.
func checkJSON(t testing.TB, c *Caption) {
	want := referenceJSON(c)
	if got := c.AppendJSON(nil); !bytes.Equal(got, want) {
		t.Fatalf("AppendJSON differs from encoding/json:\n got %s\nwant %s", got, want)
	}
	if got, err := json.Marshal(c); err != nil || !bytes.Equal(got, want) {
		t.Fatalf("json.Marshal differs (%v):\n got %s\nwant %s", err, got, want)
	}
	// A sidecar is read back for freshness: the JSON must decode to a
	// caption that writes the same bytes (invalid UTF-8, written as
	// \ufffd, cannot come back; Parse never returns it).
	if bytes.Contains(want, []byte(`\ufffd`)) {
		return
	}
	var back Caption
	if err := json.Unmarshal(want, &back); err != nil {
		t.Fatalf("read back: %v\n%s", err, want)
	}
	if got := back.AppendJSON(nil); !bytes.Equal(got, want) {
		t.Fatalf("round trip differs:\n got %s\nwant %s", got, want)
	}
}

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	odd := "Ctrl \x00\x01\b\f\n\r\t \"q\" \\ <b> & \u2028 \u2029 é 😀 \x7f"
	cases := []*Caption{
		{},
		{Text: odd, Language: odd, Description: odd, Background: odd, Credit: odd, Agency: odd,
			Photographers: []string{odd, ""}, Partners: []string{"x"},
			Source:       &Source{Kind: "handout"},
			Restrictions: []Restriction{{Code: "OUT", Text: odd, Scope: []string{"JP", odd}, OnlyIn: []string{"DE"}, Value: odd, Until: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), From: "caption"}, {Code: "EDITORIAL_ONLY"}},
			Date:         &Date{Time: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Text: odd, Precision: PrecisionYear},
			Location:     &Location{Text: odd, CountryCode: "FR", GeoNamesID: 2988507}, FilePhoto: true},
		{Text: "bad \xff\xfe utf-8", Source: &Source{}, Location: &Location{}},
	}
	for _, c := range cases {
		checkJSON(t, c)
	}
	// The corpora with and without a date hint (weekdays resolved or not).
	for _, opts := range []Options{{}, {DateHint: time.Date(2024, 7, 16, 0, 0, 0, 0, time.UTC)}} {
		for _, e := range loadCorpusOrNil() {
			c, err := Parse(e, opts)
			if err != nil {
				t.Fatal(err)
			}
			checkJSON(t, c)
		}
	}
}

// loadCorpusOrNil returns the golden captions and, when present, the dev
// corpora's (dev.jsonl, dev2.jsonl).
func loadCorpusOrNil() []string {
	var out []string
	files, _ := filepath.Glob("../testdata/captions/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err == nil {
			out = append(out, string(b))
		}
	}
	for _, p := range corpusPaths {
		f, err := os.Open(p)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var e corpusEntry
			if json.Unmarshal(sc.Bytes(), &e) == nil {
				out = append(out, e.Caption)
			}
		}
		f.Close()
	}
	return out
}

// TestSafeRun: the word test agrees with the byte table for every byte at
// every position of a word, and of the bytes after the last whole word.
func TestSafeRun(t *testing.T) {
	for p := range 11 {
		for b := range 256 {
			w := []byte("abcdefghijk")
			w[p] = byte(b)
			want := len(w)
			if b >= utf8.RuneSelf || !jsonSafe[b] {
				want = p
			}
			if got := safeRun(string(w)); got != want {
				t.Errorf("byte %#x at %d: safeRun %d, want %d", b, p, got, want)
			}
			if got := safeRun(string(w[p:])); got != want-p {
				t.Errorf("byte %#x at 0 of %q: safeRun %d, want %d", b, w[p:], got, want-p)
			}
		}
	}
}
