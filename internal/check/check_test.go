package check

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/article"
	"github.com/wirecap/wirecap/internal/metatest"
	"github.com/wirecap/wirecap/internal/reconcile"
)

var asOf = time.Date(2024, 3, 5, 12, 0, 0, 0, time.UTC)

func input(t *testing.T, capText string, fields metatest.Fields) *Input {
	t.Helper()
	var c *caption.Caption
	if capText != "" {
		var err error
		if c, err = caption.Parse(capText, caption.Options{DateHint: asOf}); err != nil {
			t.Fatal(err)
		}
	}
	if fields == nil {
		fields = metatest.Fields{}
	}
	m := &imagemeta.Metadata{IPTC: map[string]any{}}
	return &Input{File: "photo.jpg", Facts: reconcile.Reconcile(m, fields.Typed(), c, asOf), Meta: m,
		Use: "editorial", AsOf: asOf, Policy: DefaultPolicy()}
}

func field(v any, sources map[string]any) *metatest.Field {
	return &metatest.Field{Value: v, Sources: sources, InSync: true}
}

func rulesOf(fs []Finding) string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Rule))
	}
	return strings.Join(out, ",")
}

const seedLike = `Troops board a plane at the Chkalovsky airport, outside Moscow, on January 6, 2021. (Photo by Handout / Russian Defence Ministry / AFP) / RESTRICTED TO EDITORIAL USE - MANDATORY CREDIT "AFP PHOTO / Russian Defence Ministry" - NO MARKETING - NO ADVERTISING CAMPAIGNS - DISTRIBUTED AS A SERVICE TO CLIENTS`

func TestRules(t *testing.T) {
	frArticle := article.Analyze([]byte("Des soldats de Pskov ont été envoyés en Biélorussie le 24 février. La police est venue le 5 mars 2022."), false, time.Time{})
	for _, tc := range []struct {
		name    string
		caption string
		fields  metatest.Fields
		art     *article.Article
		use     string
		terr    string
		want    string // rules, in order
		verdict Decision
	}{
		{name: "seed case for marketing", caption: seedLike, art: frArticle, use: "marketing",
			fields: metatest.Fields{"date_created": field("2022-01-06", map[string]any{"iptc": "2022-01-06"}), "credit": field("AFP", map[string]any{"iptc": "AFP"})},
			want:   "date.mismatch,date.archive,article.place_absent,article.language,use.denied", verdict: "deny"},
		{name: "clean editorial", caption: "A market in Lyon, France, March 3, 2024. (Photo by Jean DUPONT / AFP)", use: "editorial",
			fields: metatest.Fields{"date_created": field("2024-03-03", map[string]any{"iptc": "2024-03-03"})}, want: "", verdict: "allow"},
		{name: "mandatory credit without credit", caption: "A street in Lyon, France, March 3, 2024. MANDATORY CREDIT", use: "editorial",
			want: "credit.missing,use.denied", verdict: "deny"},
		{name: "credit mismatch", caption: "A street in Lyon, France, March 3, 2024. (Photo by Jean DUPONT / AFP)", use: "editorial",
			fields: metatest.Fields{"credit": field("REUTERS", map[string]any{"iptc": "REUTERS"})}, want: "credit.mismatch,use.review", verdict: "review"},
		{name: "country mismatch", caption: "A street in Lyon, France, March 3, 2024. (Photo by Jean DUPONT / AFP)", use: "editorial",
			fields: metatest.Fields{"country_code": field("ITA", map[string]any{"iptc": "ITA"})}, want: "location.mismatch,use.review", verdict: "review"},
		{name: "gps far away", caption: "A street in Lyon, France, March 3, 2024. (Photo by Jean DUPONT / AFP)", use: "editorial",
			fields: metatest.Fields{"gps": field(map[string]any{"lat": 55.75, "lon": 37.62}, map[string]any{"exif": map[string]any{"lat": 55.75, "lon": 37.62}})}, want: "location.gps_mismatch,use.review", verdict: "review"},
		{name: "japan out in japan", caption: "A boat off Naha, Japan. (Coast Guard via AP) JAPAN OUT", use: "editorial", terr: "JP",
			want: "use.denied", verdict: "deny"},
		{name: "japan out in france", caption: "A boat off Naha, Japan. (Coast Guard via AP) JAPAN OUT", use: "editorial", terr: "FR",
			want: "", verdict: "allow"},
		{name: "embargo", caption: "Report in Brussels on March 4, 2024. EMBARGOED UNTIL 0001 GMT MARCH 6 (Photo by Eva Berg / AFP)", use: "online",
			want: "embargo.active,use.denied", verdict: "deny"},
		{name: "future", caption: "Report in Brussels on March 4, 2031. (Photo by Eva Berg / AFP)", use: "online", want: "date.future,use.review", verdict: "review"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := input(t, tc.caption, tc.fields)
			in.Article, in.Use, in.Territory = tc.art, tc.use, tc.terr
			fs, v := Run(in)
			if got := rulesOf(fs); got != tc.want {
				t.Errorf("rules = %s\n want %s", got, tc.want)
				for _, f := range fs {
					t.Logf("  %s: %s", f.Rule, f.Message)
				}
			}
			if v.Decision != tc.verdict {
				t.Errorf("decision = %s, want %s (%v)", v.Decision, tc.verdict, v.Reasons)
			}
			for _, f := range fs {
				if f.Message == "" || f.Severity == "" {
					t.Errorf("%s: empty message or severity", f.Rule)
				}
			}
		})
	}
}

func TestKillListAndPolicy(t *testing.T) {
	in := input(t, "A street in Lyon, France, March 3, 2024. (Photo by Jean DUPONT / AFP)", nil)
	in.Kill = KillList{"photo.jpg": true}
	in.Policy.Severity = map[Code]Severity{"article.language": "off"}
	in.Policy.RequiredCredit = map[string]string{"AFP": "AFP PHOTO"}
	fs, v := Run(in)
	if rulesOf(fs) != "use.killed,credit.missing,use.denied" || v.Decision != "deny" {
		t.Errorf("rules %s, decision %s", rulesOf(fs), v.Decision)
	}
}

func TestOnlyInTerritory(t *testing.T) {
	in := input(t, "Fans in Munich 12.03.2023 EDITORIAL USE ONLY PUBLICATIONxINxGERxSUIxAUTxONLY Copyright: xAnnaxSchmidtx", nil)
	in.Territory = "FR"
	if _, v := Run(in); v.Decision != "deny" {
		t.Errorf("FR: %s %v", v.Decision, v.Reasons)
	}
	in.Territory = "DE"
	if _, v := Run(in); v.Decision == "deny" {
		t.Errorf("DE: %s %v", v.Decision, v.Reasons)
	}
}

// TestRunLeavesItsInput: Run reads its input and never changes it; an
// input without facts (the reconcile stage failed) is checked as a photo
// nothing is known of, not reconciled again from its metadata.
func TestRunLeavesItsInput(t *testing.T) {
	m := &imagemeta.Metadata{IPTC: map[string]any{"Credit": "AFP"}}
	in := &Input{File: "p.jpg", Meta: m, Use: Editorial, Territory: "Germany", AsOf: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC),
		Policy: DefaultPolicy()}
	before := *in
	fs, v := Run(in)
	if !reflect.DeepEqual(*in, before) {
		t.Errorf("Run changed its input:\n%+v\nwas\n%+v", *in, before)
	}
	if v.Territory == nil || *v.Territory != "DE" {
		t.Errorf("verdict territory %v, want DE", v.Territory)
	}
	for _, f := range fs {
		if f.Rule == "credit.unrecognised" || f.Rule == "credit.truncated" {
			t.Errorf("%s: the metadata was reconciled again", f.Rule)
		}
	}
	if !slices.ContainsFunc(fs, func(f Finding) bool { return f.Rule == "rights.unknown" }) {
		t.Errorf("findings %v: want rights.unknown for a photo nothing is known of", fs)
	}
}
