package check

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/internal/reconcile"
)

// restrictionsUnsynced compares the restrictions each source states. When
// they complement each other (the caption carries some or none, Special
// Instructions or Usage Terms others: PA and dpa write them only in the
// instructions) the summary holds their union and the finding is info.
// When they contradict — embargoes or expiries ending at different times,
// OUTs naming different territories, one source allowing only a territory
// another excludes — it is a warning and the photo goes to review.
func restrictionsUnsynced(in *Input) []Finding {
	by := in.Facts.BySource
	if contra := contradictions(by); len(contra) > 0 {
		return []Finding{{Severity: Warning, Message: "The sources contradict each other on restrictions: " + strings.Join(contra, "; "),
			Evidence: evidence(map[string]any{"contradictions": contra})}}
	}
	_, hasCaption := by[reconcile.FromCaption]
	fields := map[string]bool{}
	present := false
	for _, src := range []string{reconcile.FromInstructions, reconcile.FromUsageTerms} {
		rs, ok := by[src]
		present = present || ok
		for c := range codeSet(rs) {
			fields[c] = true
		}
	}
	if !hasCaption || !present {
		return nil
	}
	capCodes := codeSet(by[reconcile.FromCaption])
	missingInFields, missingInCaption := minus(capCodes, fields), minus(fields, capCodes)
	if len(missingInFields)+len(missingInCaption) == 0 {
		return nil
	}
	msg := "Caption and Special Instructions/Rights Usage Terms state different restrictions; the summary holds them all"
	if len(missingInFields) > 0 {
		msg += "; only in the caption: " + strings.Join(missingInFields, ", ")
	}
	if len(missingInCaption) > 0 {
		msg += "; only in the fields: " + strings.Join(missingInCaption, ", ")
	}
	return []Finding{{Severity: Info, Message: msg,
		Evidence: evidence(map[string]any{"missing_in_fields": missingInFields, "missing_in_caption": missingInCaption})}}
}

// codeSet is the set of codes stated, the credit demand left out (its
// wording varies between fields without meaning anything else).
func codeSet(rs []caption.Restriction) map[string]bool {
	m := map[string]bool{}
	for _, r := range rs {
		if r.Code != caption.MandatoryCredit {
			m[r.Code] = true
		}
	}
	return m
}

func minus(a, b map[string]bool) []string {
	out := []string{}
	for c := range a {
		if !b[c] {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

// perSource is what one source says on a time- or territory-bound point.
type perSource struct {
	src  string
	vals []string
}

// contradictions lists where two sources disagree: for each aspect, the
// sources that state it must state the same set of values.
func contradictions(by map[string][]caption.Restriction) []string {
	aspects := []struct {
		name string
		vals func(caption.Restriction) []string
	}{
		{"embargo end", func(r caption.Restriction) []string { return ifCode(r, caption.Embargo, []string{untilText(r)}) }},
		{"expiry", func(r caption.Restriction) []string { return ifCode(r, caption.Expires, []string{untilText(r)}) }},
		{"territories excluded", func(r caption.Restriction) []string {
			return ifCode(r, caption.Out, asTerritories(r.ScopeTerritories()))
		}},
		{"territories allowed only", func(r caption.Restriction) []string { return ifCode(r, caption.Out, asTerritories(r.OnlyIn)) }},
	}
	var out []string
	for _, a := range aspects {
		var stated []perSource
		for _, src := range reconcile.Sources() {
			var vals []string
			for _, r := range by[src] {
				vals = append(vals, a.vals(r)...)
			}
			if len(vals) > 0 {
				slices.Sort(vals)
				stated = append(stated, perSource{src, slices.Compact(vals)})
			}
		}
		for _, s := range stated[min(1, len(stated)):] {
			if !slices.Equal(s.vals, stated[0].vals) {
				out = append(out, fmt.Sprintf("%s: %s says %s, %s says %s", a.name, stated[0].src, strings.Join(stated[0].vals, ", "), s.src, strings.Join(s.vals, ", ")))
			}
		}
	}
	// One source allowing only a territory that another excludes.
	excluded := map[string]string{}
	for _, src := range reconcile.Sources() {
		for _, r := range by[src] {
			for _, t := range asTerritories(r.ScopeTerritories()) {
				excluded[t] = src
			}
		}
	}
	for _, src := range reconcile.Sources() {
		for _, r := range by[src] {
			for _, t := range asTerritories(r.OnlyIn) {
				if ex, ok := excluded[t]; ok {
					out = append(out, fmt.Sprintf("%s allows publication only in %s, which %s excludes", src, t, ex))
				}
			}
		}
	}
	return out
}

func ifCode(r caption.Restriction, code string, vals []string) []string {
	if r.Code != code {
		return nil
	}
	var out []string
	for _, v := range vals {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}
