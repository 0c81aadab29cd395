package caption

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
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
	}{refNullable(s.Kind), refNullable(s.Name)})
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
		Date          *Date         `json:"date"`
		Location      *refLocation  `json:"location"`
		FilePhoto     bool          `json:"file_photo"`
	}
	o := out{c.Text, refNullable(c.Language), refNullable(c.Description), refNullable(c.Background), refNullable(c.Credit),
		c.Photographers, refNullable(c.Agency), c.Partners, (*refSource)(c.Source), c.Restrictions, c.Date, (*refLocation)(c.Location), c.FilePhoto}
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
}

func TestAppendJSONMatchesEncodingJSON(t *testing.T) {
	odd := "Ctrl \x00\x01\b\f\n\r\t \"q\" \\ <b> & \u2028 \u2029 é 😀 \x7f"
	cases := []*Caption{
		{},
		{Text: odd, Language: odd, Description: odd, Background: odd, Credit: odd, Agency: odd,
			Photographers: []string{odd, ""}, Partners: []string{"x"},
			Source:       &Source{Kind: "handout"},
			Restrictions: []Restriction{{Code: "OUT", Text: odd, Scope: []string{"JP", odd}, OnlyIn: []string{"DE"}, Value: odd, Until: "2024-01-01T00:00:00Z", From: "caption"}, {Code: "EDITORIAL_ONLY"}},
			Date:         &Date{Value: "2024", Text: odd, Precision: "year"},
			Location:     &Location{Text: odd, CountryCode: "FR", GeoNamesID: 2988507}, FilePhoto: true},
		{Text: "bad \xff\xfe utf-8", Source: &Source{}, Location: &Location{}},
	}
	for _, c := range cases {
		checkJSON(t, c)
	}
	for _, e := range loadCorpusOrNil() {
		c, err := Parse(e, Options{})
		if err != nil {
			t.Fatal(err)
		}
		checkJSON(t, c)
	}
}

// loadCorpusOrNil returns the golden captions and, when present, the dev
// corpus's.
func loadCorpusOrNil() []string {
	var out []string
	files, _ := filepath.Glob("../testdata/captions/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err == nil {
			out = append(out, string(b))
		}
	}
	if f, err := os.Open(corpusPath); err == nil {
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var e corpusEntry
			if json.Unmarshal(sc.Bytes(), &e) == nil {
				out = append(out, e.Caption)
			}
		}
	}
	return out
}
