package caption

import (
	"strings"
	"testing"
	"time"
)

// FuzzAppendJSON: the caption Parse gives for any text, and a caption whose
// every string field holds the text, encode as encoding/json does (the
// reference encoding of json_test.go) and read back to the same bytes.
func FuzzAppendJSON(f *testing.F) {
	for _, s := range []string{"", "Ctrl \x00\x1f \"q\" \\ <b> & \u2028 \u2029 é 😀 \x7f", "bad \xff\xfe \xe2\x80 utf-8",
		"Fans in Rome, Italy, May 2, 2024. REUTERS/Jane Roe", "\xe2\x80\xa8\xe2\x80\xa9\xe2\x82\xac"} {
		f.Add(s)
	}
	for _, s := range loadCorpusOrNil() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if c, err := Parse(s, Options{DateHint: time.Date(2024, 7, 16, 0, 0, 0, 0, time.UTC)}); err == nil {
			checkJSON(t, c)
		}
		half := s[:len(s)/2]
		checkJSON(t, &Caption{Text: s, Language: half, Description: s, Background: half, Credit: s, Agency: half,
			Photographers: strings.Fields(s), Partners: []string{half},
			Source:       &Source{Kind: SourceKind(half), Name: s},
			Restrictions: []Restriction{{Code: half, Text: s, Value: half, Scope: strings.Fields(half), OnlyIn: []string{s}, From: half}},
			Date:         &Date{Time: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), Text: s, Precision: PrecisionDay},
			Location:     &Location{Text: s, Place: half, City: s, Region: half, Country: s, CountryCode: half, GeoNamesID: len(s)}})
	})
}

// BenchmarkAppendJSON encodes the corpus's parsed captions: the part of
// `wirecap parse --input ndjson` that writes the records.
func BenchmarkAppendJSON(b *testing.B) {
	var caps []*Caption
	for _, e := range loadCorpus(b) {
		c, err := Parse(e.Caption, Options{})
		if err != nil {
			b.Fatal(err)
		}
		caps = append(caps, c)
	}
	var dst []byte
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, c := range caps {
			dst = c.AppendJSON(dst[:0])
		}
	}
	b.ReportMetric(float64(b.N*len(caps))/b.Elapsed().Seconds(), "captions/s")
}
