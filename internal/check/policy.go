package check

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"github.com/wirecap/wirecap/record"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/wirecap/wirecap/internal/reconcile"
	"github.com/wirecap/wirecap/internal/safefile"
)

// Policy is a desk's configuration, read from TOML:
//
//	archive_days = 30
//	default_use = "editorial"
//	default_territory = "FR"          # or "FRA", "France"
//	min_width = 1200
//	min_height = 800
//	kill_list = "withdrawn.txt"       # relative to the policy file's folder
//	[severity]
//	"article.language" = "warning"
//	[required_credit]
//	AFP = "AFP"
//	[licences]                        # uses the desk is licensed for, per agency
//	AFP = ["editorial", "online"]
//	"*" = ["editorial"]               # every photo whose agency has no entry
//	[credit]                          # the credit line as the desk prints it, per agency
//	AP = "{photographers}/{intermediary}/AP"
type Policy struct {
	ArchiveDays      int                 `toml:"archive_days" json:"archive_days"`
	DefaultUse       string              `toml:"default_use" json:"default_use"`
	DefaultTerritory string              `toml:"default_territory" json:"default_territory"`
	MinWidth         int                 `toml:"min_width" json:"min_width"`
	MinHeight        int                 `toml:"min_height" json:"min_height"`
	Severity         map[Code]Severity   `toml:"severity" json:"severity"`
	RequiredCredit   map[string]string   `toml:"required_credit" json:"required_credit"`
	Licences         map[string][]string `toml:"licences" json:"licences"`
	KillList         string              `toml:"kill_list" json:"kill_list"`
	// Credit holds the desk's credit templates by agency, over the
	// registry's (summary.credit_print); placeholders {photographers},
	// {intermediary}, {agency}, alternatives separated by "|".
	Credit map[string]string `toml:"credit" json:"credit,omitempty"`
}

// DefaultPolicy is used without --policy.
func DefaultPolicy() Policy {
	return Policy{ArchiveDays: 30, DefaultUse: Editorial}
}

// LoadPolicy reads a TOML policy over the defaults and validates it: an
// unknown key or rule name, a bad severity, use or territory, or a negative
// number is an error naming the key. kill_list is resolved against the
// policy file's folder; default_territory is returned as ISO alpha-2.
func LoadPolicy(path string) (Policy, error) {
	b, err := safefile.ReadFile(path, safefile.MaxPolicy)
	if err != nil {
		return DefaultPolicy(), fmt.Errorf("policy: %w", err)
	}
	return ParsePolicy(b, path)
}

// ParsePolicy is LoadPolicy for a policy already read (from object
// storage: path is then its s3:// URL, and a relative kill_list is a key
// beside it).
func ParsePolicy(b []byte, path string) (Policy, error) {
	p := DefaultPolicy()
	md, err := toml.Decode(string(b), &p)
	if err != nil {
		return p, fmt.Errorf("policy %s: %w", path, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return p, fmt.Errorf("policy %s: unknown key %q", path, und[0].String())
	}
	if err := p.validate(); err != nil {
		return p, fmt.Errorf("policy %s: %w", path, err)
	}
	switch {
	case p.KillList == "" || filepath.IsAbs(p.KillList) || strings.HasPrefix(p.KillList, "s3://"):
	case strings.HasPrefix(path, "s3://"):
		p.KillList = path[:strings.LastIndexByte(path, '/')+1] + p.KillList
	default:
		p.KillList = filepath.Join(filepath.Dir(path), p.KillList)
	}
	return p, nil
}

// validate checks every value and normalises default_territory.
func (p *Policy) validate() error {
	for _, c := range []struct {
		key string
		n   int
	}{{"archive_days", p.ArchiveDays}, {"min_width", p.MinWidth}, {"min_height", p.MinHeight}} {
		if c.n < 0 {
			return fmt.Errorf("%s must not be negative, not %d", c.key, c.n)
		}
	}
	if !slices.Contains(Uses, p.DefaultUse) {
		return fmt.Errorf("default_use must be one of %s, not %q", strings.Join(Uses, ", "), p.DefaultUse)
	}
	if p.DefaultTerritory != "" {
		t, err := ParseTerritory(p.DefaultTerritory)
		if err != nil {
			return fmt.Errorf("default_territory: %w", err)
		}
		p.DefaultTerritory = t
	}
	ids := RuleIDs()
	for _, rule := range sortedKeys(p.Severity) {
		if !slices.Contains(ids, string(rule)) {
			return fmt.Errorf("severity: unknown rule %q", rule)
		}
		if sev := p.Severity[rule]; !slices.Contains([]Severity{Error, Warning, Info, severityOff}, sev) {
			return fmt.Errorf("severity.%q must be error, warning, info or off, not %q", rule, sev)
		}
		if least, ok := leastSeverity[rule]; ok && severityRank[p.Severity[rule]] < severityRank[least] {
			return fmt.Errorf("severity.%q cannot be lowered below %s: it decides whether the photo may run", rule, least)
		}
	}
	for _, agency := range sortedKeys(p.Credit) {
		if err := reconcile.ValidateTemplate(p.Credit[agency]); err != nil {
			return fmt.Errorf("credit.%q: %w", agency, err)
		}
	}
	for _, agency := range sortedKeys(p.Licences) {
		for _, use := range p.Licences[agency] {
			if !slices.Contains(Uses, use) {
				return fmt.Errorf("licences.%q: unknown use %q (uses: %s)", agency, use, strings.Join(Uses, ", "))
			}
		}
	}
	return nil
}

// leastSeverity are the rules the verdict is built from, with their
// severity: a policy may raise them (a desk that denies partly read
// photos) but never lower them, which would clear an embargoed, killed,
// expired, unreadable or partly read photo.
var leastSeverity = map[Code]Severity{record.EmbargoActive: Error, record.RightsExpired: Error, record.UseKilled: Error,
	record.FileUnreadable: Error, record.InternalError: Error, record.UseDenied: Error, record.UseReview: Warning, record.MetadataIncomplete: Warning,
	record.FeedCanceled: Error, record.FeedWithheld: Error, record.FeedUnreadable: Warning, record.FeedStatusUnknown: Warning,
	record.RightsUnknown: Warning, record.FileTruncated: Warning}

// severityOff, as a rule's severity in the policy, drops its findings.
const severityOff Severity = "off"

var severityRank = map[Severity]int{severityOff: 0, Info: 1, Warning: 2, Error: 3}

func sortedKeys[K ~string, V any](m map[K]V) []K { return slices.Sorted(maps.Keys(m)) }

// licence returns the uses the policy grants for an agency's photos, and
// whether the policy states any: the agency's entry (case-insensitive),
// else "*".
func (p Policy) licence(agency string) ([]string, bool) {
	if agency != "" {
		for k, uses := range p.Licences {
			if strings.EqualFold(k, agency) {
				return uses, true
			}
		}
	}
	uses, ok := p.Licences["*"]
	return uses, ok
}

// Hash is a digest of the policy's content ("sha256:…"): two policies that
// decide alike hash alike whatever their layout in the file. The kill
// list's content is hashed apart (KillList.Hash).
func (p Policy) Hash() string {
	b, _ := json.Marshal(p) // maps are encoded with sorted keys
	return digest(b)
}

func digest(b []byte) string {
	sum := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(sum[:])
}

// KillList holds transmission references and file names an agency withdrew.
type KillList map[string]bool

// Hash is a digest of the kill list's entries ("sha256:…"), "" for none.
func (k KillList) Hash() string {
	if len(k) == 0 {
		return ""
	}
	return digest([]byte(strings.Join(sortedKeys(k), "\n")))
}
