package report

import (
	"cmp"
	"fmt"
	"github.com/wirecap/wirecap/record"
	"slices"
	"strings"
	"time"

	"github.com/wirecap/wirecap/imagemeta/c2pa"
	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/sidecar"
)

// Mark is a provenance or AI badge: Label is what the card shows, Detail
// what its tooltip and the text output say, Effect its colour (fine,
// review, deny), Tokens the words the sheet's filters match.
type Mark struct {
	Label, Detail, Effect string
	Tokens                []string
}

// credentialLabel is the card's word for a provenance state; a photo
// without Content Credentials gets no badge (most wire photos carry none:
// a badge on each would only clutter the sheet), but the filter finds it.
var credentialLabel = map[string]string{
	c2pa.Valid:   "valid",
	c2pa.Invalid: "invalid",
	c2pa.Failed:  "unreadable",
}

// credentialEffect colours a state and trust: a valid manifest whose
// signer the desk's anchors vouch for (or no anchors were given) is fine;
// an untrusted signer, a broken or unreadable manifest is for review (the
// provenance.* rules' own effect).
func credentialEffect(p *c2pa.Result) string {
	if p.State == c2pa.Valid && p.Trust != c2pa.Untrusted {
		return "fine"
	}
	return "review"
}

// Provenance is the photo's Content Credentials badge; ok is false when
// the photo has none (no manifest, no reference to one).
func Provenance(r *sidecar.Record) (m Mark, ok bool) {
	p := r.Provenance
	if p == nil || p.State == c2pa.Absent || credentialLabel[p.State] == "" {
		return Mark{}, false
	}
	word := credentialLabel[p.State]
	if p.Remote != "" {
		word = "remote, not fetched"
	}
	if p.Trust == c2pa.Trusted || p.Trust == c2pa.Untrusted {
		word += ", " + p.Trust
	}
	m = Mark{Label: "Credentials " + word, Effect: credentialEffect(p), Tokens: []string{p.State}}
	if p.Trust != c2pa.Unknown && p.Trust != "" {
		m.Tokens = append(m.Tokens, p.Trust)
	}
	details := []string{word}
	if s := p.Signer; s != nil {
		name := SignerName(s.Subject)
		m.Label += " · " + name
		details = append(details, "signed by "+name+" ("+s.Subject+"), issued by "+s.Issuer)
	}
	if p.SignedAt != nil {
		details = append(details, "time-stamped "+p.SignedAt.UTC().Format(time.RFC3339))
	}
	if p.ClaimGenerator != "" {
		details = append(details, "made with "+p.ClaimGenerator)
	}
	if len(p.Codes) > 0 {
		details = append(details, "codes: "+strings.Join(p.Codes, ", "))
	}
	if bad := brokenIngredients(p); len(bad) > 0 {
		m.Label += " · " + Plural(len(bad), "ingredient") + " invalid"
		m.Effect = "review"
		details = append(details, bad...)
	}
	if p.Remote != "" {
		details = append(details, "manifest at "+p.Remote)
	}
	m.Detail = strings.Join(details, " · ")
	return m, true
}

// SignerName is the name a desk knows a signer by: the organisation of a
// certificate subject (RFC 4514 string, as crypto/x509 prints it), else
// its common name, else the subject as written.
func SignerName(subject string) string {
	attrs := map[string]string{}
	for _, part := range splitRDN(subject) {
		if k, v, ok := strings.Cut(part, "="); ok {
			if _, seen := attrs[strings.ToUpper(k)]; !seen {
				attrs[strings.ToUpper(k)] = strings.ReplaceAll(v, `\`, "")
			}
		}
	}
	for _, k := range []string{"O", "CN"} {
		if attrs[k] != "" {
			return attrs[k]
		}
	}
	return subject
}

// splitRDN splits an RFC 4514 name at its unescaped commas and plus signs.
func splitRDN(s string) []string {
	var out []string
	start, esc := 0, false
	for i := 0; i < len(s); i++ {
		switch {
		case esc:
			esc = false
		case s[i] == '\\':
			esc = true
		case s[i] == ',' || s[i] == '+':
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// aiKinds are the AI badges, most synthetic first: the rule that finds
// each, the source-type class that says it when no check ran (inspect),
// and its colour when no finding gives one.
var aiKinds = []struct {
	kind   string
	rule   check.Code
	class  c2pa.Class
	effect string
}{
	{"generated", record.AIGenerated, c2pa.ClassGenerated, "deny"},
	{"composite", record.AIComposite, c2pa.ClassComposite, "review"},
	{"enhanced", record.AIEnhanced, c2pa.ClassEnhanced, "fine"},
}

// severityEffect colours an AI badge by its finding's severity (a
// generated image is an error for news, a warning for an illustration).
var severityEffect = map[check.Severity]string{check.Error: "deny", check.Warning: "review", check.Info: "fine"}

// AI is the photo's AI badge: generated, composite or enhanced, from the
// ai.* findings, else from summary.digital_source_type; ok is false for a
// photo that no source says is synthetic.
func AI(r *sidecar.Record) (m Mark, ok bool) {
	st := ""
	if r.Summary != nil && r.Summary.DigitalSourceType != nil {
		st = *r.Summary.DigitalSourceType
	}
	_, class := c2pa.SourceType(st)
	if class < c2pa.ClassGenerated && namesAISystem(r) {
		class = c2pa.ClassGenerated // as ai.generated reads it: an AI system named is an AI image
	}
	for _, k := range aiKinds {
		i := slices.IndexFunc(r.Findings, func(f sidecar.Finding) bool { return f.Rule == k.rule })
		if i < 0 && (class != k.class || r.Findings != nil) {
			continue // a checked record is read by its findings: the rules weigh every source
		}
		m = Mark{Label: "AI " + k.kind, Effect: k.effect, Tokens: []string{k.kind}}
		if i >= 0 {
			m.Effect = cmp.Or(severityEffect[r.Findings[i].Severity], k.effect)
		}
		details := []string{k.kind}
		if st != "" {
			details = append(details, "source type "+st[strings.LastIndex(st, "/")+1:])
		}
		if slices.ContainsFunc(r.Findings, func(f sidecar.Finding) bool { return f.Rule == record.AILabelMissing }) {
			m.Label += ", unlabelled"
			details = append(details, "no AI disclosure in the caption")
		}
		m.Detail = strings.Join(details, " · ")
		return m, true
	}
	return Mark{}, false
}

// marks sets the card's Content Credentials and AI badges.
func (c *card) marks(r *sidecar.Record) {
	if m, ok := Provenance(r); ok {
		c.Prov, c.ProvTokens = &m, strings.Join(m.Tokens, " ")
	}
	if m, ok := AI(r); ok {
		c.AI, c.AIKind = &m, strings.Join(m.Tokens, " ")
	}
}

// brokenIngredients describes the ingredients whose own state is invalid
// or unreadable: the active manifest stays valid (C2PA), but the desk
// should know that a photo placed in this one does not verify.
func brokenIngredients(p *c2pa.Result) []string {
	var out []string
	for _, in := range p.IngredientStates {
		if in.State == c2pa.Invalid || in.State == c2pa.Failed {
			out = append(out, "ingredient "+cmp.Or(in.Title, in.Manifest)+" "+credentialLabel[in.State]+": "+strings.Join(in.Codes, ", "))
		}
	}
	return out
}

// Plural is "1 photo", "2 photos": the count of a noun in text output.
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// namesAISystem: one of the IPTC 2025.1 AI fields is filled in.
func namesAISystem(r *sidecar.Record) bool {
	if r.Metadata == nil {
		return false
	}
	return slices.ContainsFunc(check.AIFields(), r.Metadata.Fields.Has)
}
