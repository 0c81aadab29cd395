package reconcile

import (
	"strings"
	"testing"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/metatest"
)

func fields(kv ...any) metatest.Fields {
	out := metatest.Fields{}
	for i := 0; i < len(kv); i += 2 {
		out[kv[i].(string)] = &metatest.Field{Value: kv[i+1], Sources: map[string]any{"iptc": kv[i+1]}, InSync: true}
	}
	return out
}

func parse(t *testing.T, text string) *caption.Caption {
	t.Helper()
	c, err := caption.Parse(text, caption.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func str(p *string) string {
	if p == nil {
		return "<nil>"
	}
	return *p
}

// TestAgencyFromMetadataAlone: without a caption, the agency comes from the
// credit fields read by the credit analyser, in the order Credit, Source,
// By-line.
func TestAgencyFromMetadataAlone(t *testing.T) {
	for _, tc := range []struct {
		name   string
		fields metatest.Fields
		agency string
		photog string
	}{
		{"credit", fields("credit", "Jane Quillfeather/AFP"), "AFP", "Jane Quillfeather"},
		{"source when credit names none", fields("credit", "Jane Quillfeather", "source", "REUTERS"), "Reuters", "Jane Quillfeather"},
		{"byline", fields("byline", []any{"Omar Velmont/AFP"}), "AFP", "Omar Velmont"},
		{"byline person only", fields("byline", []any{"Omar Velmont"}), "<nil>", "Omar Velmont"},
		{"nothing", fields("city", "Lyon"), "<nil>", ""},
	} {
		f := Reconcile(&imagemeta.Metadata{}, tc.fields.Typed(), nil, time.Time{})
		if got := str(f.Summary.Agency); got != tc.agency {
			t.Errorf("%s: agency %s, want %s", tc.name, got, tc.agency)
		}
		if got := strings.Join(f.Summary.Photographers, ","); got != tc.photog {
			t.Errorf("%s: photographers %q, want %q", tc.name, got, tc.photog)
		}
	}
}

func TestCaptionWins(t *testing.T) {
	cp := parse(t, "A market in Lyon, France, March 3, 2024. (Photo by Jean Dupont / AFP)")
	f := Reconcile(&imagemeta.Metadata{}, fields("credit", "REUTERS", "byline", []any{"Someone Else"}).Typed(), cp, time.Time{})
	if str(f.Summary.Agency) != "AFP" || strings.Join(f.Summary.Photographers, ",") != "Jean Dupont" {
		t.Errorf("agency %s, photographers %v", str(f.Summary.Agency), f.Summary.Photographers)
	}
	if f.MetaAgency() != "Reuters" || f.Credits["credit"][0].Credit != "REUTERS" {
		t.Errorf("metadata credit read as %+v", f.Credits["credit"])
	}
}

// TestRestrictionUnion: every source's restrictions, each once, with the
// sources that state it.
func TestRestrictionUnion(t *testing.T) {
	cp := parse(t, "Fans in a stadium in Osaka, Japan, March 3, 2024. (Photo by Jean Dupont / AFP) EDITORIAL USE ONLY")
	f := Reconcile(&imagemeta.Metadata{}, fields(
		"instructions", "EDITORIAL USE ONLY. NO MARKETING. JAPAN OUT",
		"usage_terms", "NO MARKETING",
		"copyright", "(c) AFP 2024").Typed(), cp, time.Time{})
	var got []string
	for _, r := range f.Summary.Restrictions {
		got = append(got, r.Code+"@"+r.From+strings.Join(r.Scope, ","))
	}
	want := "EDITORIAL_ONLY@caption,instructions NO_MARKETING@instructions,usage_terms OUT@instructionsJP"
	if strings.Join(got, " ") != want {
		t.Errorf("restrictions %v\nwant %s", got, want)
	}
	if !f.RightsInfo {
		t.Error("rights information not seen")
	}
	if rs, ok := f.BySource[FromCopyright]; !ok || len(rs) != 0 || len(f.BySource) != 4 {
		t.Errorf("by source: %v", f.BySource)
	}
}

// TestMergeByCodeAndScope: an OUT with another scope, or an embargo ending
// at another time, is never merged away.
func TestMergeByCodeAndScope(t *testing.T) {
	out := func(scope ...string) caption.Restriction {
		return caption.Restriction{Code: caption.Out, Text: "OUT", Scope: scope}
	}
	emb := func(u string) caption.Restriction {
		t, err := time.Parse(time.RFC3339, u)
		if err != nil {
			panic(err)
		}
		return caption.Restriction{Code: caption.Embargo, Until: t}
	}
	got := Merge(map[string][]caption.Restriction{
		FromCaption:      {out("JP"), emb("2024-03-01T00:01:00Z")},
		FromInstructions: {out("CN", "HK", "JP", "KR", "FR"), out("JP"), emb("2024-03-02T00:01:00Z")},
		FromUsageTerms:   {out("FR", "KR", "JP", "HK", "CN")},
	})
	var keys []string
	for _, r := range got {
		until := ""
		if !r.Until.IsZero() {
			until = r.Until.Format(time.RFC3339)
		}
		keys = append(keys, r.Code+":"+strings.Join(r.Scope, ",")+until+"@"+r.From)
	}
	want := "OUT:JP@caption,instructions EMBARGO:2024-03-01T00:01:00Z@caption OUT:CN,HK,JP,KR,FR@instructions,usage_terms EMBARGO:2024-03-02T00:01:00Z@instructions"
	if strings.Join(keys, " ") != want {
		t.Errorf("merged %v\nwant %s", keys, want)
	}
}

func TestNoRightsInfo(t *testing.T) {
	f := Reconcile(&imagemeta.Metadata{}, fields("caption", "", "city", "Lyon").Typed(), nil, time.Time{})
	if f.RightsInfo {
		t.Error("a photo with no credit, copyright or terms has rights information")
	}
	f = Reconcile(&imagemeta.Metadata{}, fields("copyright", "Newsroom Ltd").Typed(), nil, time.Time{})
	if !f.RightsInfo {
		t.Error("a copyright notice is rights information")
	}
}

func TestDatesAndCountry(t *testing.T) {
	m := &imagemeta.Metadata{IPTC: map[string]any{"ReleaseDate": "2024:03:06", "ReleaseTime": "00:01:00+00:00", "ExpirationDate": "2024:04:01"}}
	f := Reconcile(m, fields("country_code", "FRA", "date_created", "2024-03-03").Typed(), nil, time.Time{})
	if f.Release.Format(time.RFC3339) != "2024-03-06T00:01:00Z" || f.Expiration.Format("2006-01-02") != "2024-04-01" {
		t.Errorf("release %v expiration %v", f.Release, f.Expiration)
	}
	if f.Country != "FR" || f.CountryText != "FRA" || f.PhotoDateFrom != "date_created" || f.PhotoDate.Format("2006-01-02") != "2024-03-03" {
		t.Errorf("country %s (%s), date %v from %s", f.Country, f.CountryText, f.PhotoDate, f.PhotoDateFrom)
	}
	if f.Summary.Location == nil || f.Summary.Location.CountryCode != "FR" || f.Summary.Date == nil || f.Summary.Date.String() != "2024-03-03" {
		t.Errorf("summary location %+v date %+v", f.Summary.Location, f.Summary.Date)
	}
}

// TestSummaryDateFromMetadata: without a caption date the summary takes
// IPTC Date Created to the day, as a typed date; a value that is no
// calendar day gives no date rather than its first ten bytes.
func TestSummaryDateFromMetadata(t *testing.T) {
	for _, tc := range []struct{ created, want string }{
		{"2024-03-03", "2024-03-03"},
		{"2024-03-03T10:00:00+01:00", "2024-03-03"},
		{"2024-02-30", ""},
		{"3 March 2024", ""},
		{"2024-03", ""},
	} {
		f := Reconcile(&imagemeta.Metadata{}, fields("date_created", tc.created).Typed(), nil, time.Time{})
		got := ""
		if d := f.Summary.Date; d != nil {
			if d.Precision != caption.PrecisionDay || d.Text != tc.created {
				t.Errorf("%q: date %+v, want day precision and the text as written", tc.created, d)
			}
			got = d.String()
		}
		if got != tc.want {
			t.Errorf("%q: summary date %q, want %q", tc.created, got, tc.want)
		}
	}
}
