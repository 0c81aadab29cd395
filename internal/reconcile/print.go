package reconcile

import (
	"fmt"
	"slices"
	"strings"

	"github.com/wirecap/wirecap/caption"
)

// Credit template placeholders (agencies.tsv column print, policy [credit]).
const (
	PhPhotographers = "{photographers}"
	PhIntermediary  = "{intermediary}"
	PhAgency        = "{agency}"
)

var placeholders = []string{PhPhotographers, PhIntermediary, PhAgency}

// Default templates for an agency whose row gives none: its name after
// the photographers, or before them for an agency that signs first.
const (
	defaultTemplate     = "{photographers}/{intermediary}/{agency}"
	defaultLeadTemplate = "{agency}/{photographers}"
)

// ValidateTemplate checks a credit template: braces balanced, only known
// placeholders, no empty alternative.
func ValidateTemplate(t string) error {
	if strings.TrimSpace(t) == "" {
		return fmt.Errorf("empty credit template")
	}
	for alt := range strings.SplitSeq(t, "|") {
		if strings.TrimSpace(alt) == "" {
			return fmt.Errorf("credit template %q: empty alternative", t)
		}
		rest := alt
		for {
			i := strings.IndexAny(rest, "{}")
			if i < 0 {
				break
			}
			if rest[i] == '}' {
				return fmt.Errorf("credit template %q: '}' without '{'", t)
			}
			j := strings.IndexByte(rest[i:], '}')
			if j < 0 {
				return fmt.Errorf("credit template %q: '{' without '}'", t)
			}
			if ph := rest[i : i+j+1]; !slices.Contains(placeholders, ph) {
				return fmt.Errorf("credit template %q: unknown placeholder %s (known: %s)", t, ph, strings.Join(placeholders, ", "))
			}
			rest = rest[i+j+1:]
		}
	}
	return nil
}

// template is the credit template for an agency: the desk's (keys
// compared without case; "*" for every agency without its own), else the
// registry's, else the default.
func template(agency string, desk map[string]string) string {
	for k, t := range desk {
		if strings.EqualFold(k, agency) {
			return t
		}
	}
	if t, ok := desk["*"]; ok {
		return t
	}
	if a, ok := caption.LookupAgency(agency); ok && a.Name == agency {
		if a.Print != "" {
			return a.Print
		}
		if a.Lead {
			return defaultLeadTemplate
		}
	}
	return defaultTemplate
}

// RenderCredit renders a credit template: the first alternative whose
// placeholders all have a value, else the last with its empty
// placeholders dropped along with the slash or "via" that joined them.
func RenderCredit(tmpl string, values map[string]string) string {
	alts := strings.Split(tmpl, "|")
	for _, alt := range alts {
		if complete(alt, values) {
			return fill(alt, values)
		}
	}
	return tidy(fill(alts[len(alts)-1], values))
}

func complete(alt string, values map[string]string) bool {
	for _, ph := range placeholders {
		if strings.Contains(alt, ph) && values[ph] == "" {
			return false
		}
	}
	return true
}

func fill(alt string, values map[string]string) string {
	for _, ph := range placeholders {
		alt = strings.ReplaceAll(alt, ph, values[ph])
	}
	return alt
}

// tidy removes what an empty placeholder leaves: doubled or end slashes,
// a "via" with nothing before it, spaces.
func tidy(s string) string {
	parts := strings.Split(s, "/")
	keep := parts[:0]
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			keep = append(keep, strings.TrimSpace(p))
		}
	}
	s = strings.Join(keep, "/")
	s = strings.TrimPrefix(strings.TrimSpace(s), "via ")
	return strings.Join(strings.Fields(s), " ")
}

// creditPrint is the credit as the desk prints it: the agency's template
// filled with the photographers, the first intermediary (or the handout's
// source) and the agency; the photographers alone when no agency is
// known; "" when nothing is.
func creditPrint(cs creditSummary, desk map[string]string) string {
	people := strings.Join(cs.photographers, ", ")
	if cs.agency == "" {
		return people
	}
	inter := ""
	if len(cs.intermediaries) > 0 {
		inter = cs.intermediaries[0]
	} else if cs.source != nil && cs.source.Name != "" && cs.source.Name != cs.agency {
		inter = cs.source.Name
	}
	return RenderCredit(template(cs.agency, desk), map[string]string{PhPhotographers: people, PhIntermediary: inter, PhAgency: cs.agency})
}
