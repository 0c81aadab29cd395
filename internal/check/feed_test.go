package check

import (
	"errors"
	"github.com/wirecap/wirecap/record"
	"strings"
	"testing"

	"github.com/wirecap/wirecap/imagemeta/feed"
	"github.com/wirecap/wirecap/internal/metatest"
	"github.com/wirecap/wirecap/internal/reconcile"
)

// TestFeedRules: one case per feed rule and the verdict it gives.
func TestFeedRules(t *testing.T) {
	const capText = "A street in Lyon, France, March 3, 2024. (Photo by Jean Dupont / AFP)"
	item := func(s string) *feed.Item {
		it, err := feed.Read(strings.NewReader(s))
		if err != nil {
			t.Fatal(err)
		}
		return it
	}
	cases := []struct {
		name     string
		feed     *Feed
		fields   metatest.Fields
		rule     string // "" when no feed finding is expected
		decision Decision
	}{
		{"usable", &Feed{Item: item(`{"uri":"a","pubStatus":"usable"}`)}, nil, "", Allow},
		{"canceled", &Feed{Item: item(`{"uri":"a","pubStatus":"canceled"}`)}, nil, "feed.canceled", Deny},
		{"cancelled spelling", &Feed{Item: item(`{"uri":"a","pubstatus":"cancelled"}`)}, nil, "feed.canceled", Deny},
		{"withheld", &Feed{Item: item(`{"uri":"a","pubStatus":"withheld"}`)}, nil, "feed.withheld", Deny},
		{"status outside the vocabulary", &Feed{Item: item(`{"uri":"a","pubStatus":"embargoed"}`)}, nil, "feed.status_unknown", Review},
		{"unreadable", &Feed{Path: "p.xml", Err: errors.New("malformed")}, nil, "feed.unreadable", Review},
		{"correction", &Feed{Item: item(`{"urn":"u","entry_id":"e","signal":"sig:correction"}`)}, nil, "feed.correction", Allow},
		{"credit conflict", &Feed{Item: item(`{"uri":"a","descriptions":[{"role":"creditline","value":"REUTERS/Jane Roe"}]}`)},
			metatest.Fields{"credit": field("AFP", map[string]any{"iptc": "AFP"})}, "feed.conflict", Review},
		{"same agency in other words is no conflict", &Feed{Item: item(`{"uri":"a","descriptions":[{"role":"creditline","value":"AFP PHOTO / Jane Roe"}]}`)},
			metatest.Fields{"credit": field("AFP", map[string]any{"iptc": "AFP"})}, "", Allow},
		{"usage terms conflict", &Feed{Item: item(`{"uri":"a","usageTerms":"NO ARCHIVE"}`)},
			metatest.Fields{"usage_terms": field("NO SALES", map[string]any{"xmp": "NO SALES"})}, "feed.conflict", Review},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := input(t, capText, c.fields)
			in.Feed = c.feed
			if c.feed.Item != nil {
				reconcile.AddFeed(in.Facts, c.feed.Item, asOf)
			}
			fs, v := Run(in)
			got := rulesOf(fs)
			has := func(r string) bool { return strings.Contains(","+got+",", ","+r+",") }
			if c.rule != "" && !has(c.rule) {
				t.Errorf("no %s in %s", c.rule, got)
			}
			if c.rule == "" && strings.Contains(got, "feed.") {
				t.Errorf("feed finding in %s", got)
			}
			if v.Decision != c.decision {
				t.Errorf("decision %s, want %s (%v)", v.Decision, c.decision, v.Reasons)
			}
		})
	}
}

// TestFeedRulesCannotBeLowered: a policy cannot clear a killed item.
func TestFeedRulesCannotBeLowered(t *testing.T) {
	for rule, lower := range map[Code]Severity{record.FeedCanceled: Warning, record.FeedWithheld: Warning, record.FeedStatusUnknown: Info} {
		p := DefaultPolicy()
		p.Severity = map[Code]Severity{rule: lower}
		if err := p.validate(); err == nil {
			t.Errorf("%s lowered to warning accepted", rule)
		}
	}
}

// TestFeedConflictPartner: a feed credit naming the photo's agency as a
// partner ("Jane Roe/AP/dpa": dpa distributing AP) is no conflict.
func TestFeedConflictPartner(t *testing.T) {
	it, err := feed.Read(strings.NewReader(`{"uri":"a","descriptions":[{"role":"creditline","value":"Jane Roe/AP/dpa"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		iptc     string
		conflict bool
	}{{"AP", false}, {"dpa", false}, {"Reuters", true}} {
		in := input(t, "", metatest.Fields{"credit": field(c.iptc, map[string]any{"iptc": c.iptc})})
		in.Feed = &Feed{Item: it}
		if got := len(feedConflict(in)) > 0; got != c.conflict {
			t.Errorf("IPTC %q: conflict %v, want %v", c.iptc, got, c.conflict)
		}
	}
}
