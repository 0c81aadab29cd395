package check

import (
	"fmt"
	"os"
	"strings"

	"github.com/BurntSushi/toml"
)

// Policy is a desk's configuration, read from TOML:
//
//	archive_days = 30
//	default_use = "editorial"
//	default_territory = "FR"
//	min_width = 1200
//	min_height = 800
//	kill_list = "withdrawn.txt"
//	[severity]
//	"article.language" = "warning"
//	[required_credit]
//	AFP = "AFP"
type Policy struct {
	ArchiveDays      int               `toml:"archive_days"`
	DefaultUse       string            `toml:"default_use"`
	DefaultTerritory string            `toml:"default_territory"`
	MinWidth         int               `toml:"min_width"`
	MinHeight        int               `toml:"min_height"`
	Severity         map[string]string `toml:"severity"`
	RequiredCredit   map[string]string `toml:"required_credit"`
	KillList         string            `toml:"kill_list"`
}

// DefaultPolicy is used without --policy.
func DefaultPolicy() Policy {
	return Policy{ArchiveDays: 30, DefaultUse: "editorial"}
}

// LoadPolicy reads a TOML policy over the defaults.
func LoadPolicy(path string) (Policy, error) {
	p := DefaultPolicy()
	md, err := toml.DecodeFile(path, &p)
	if err != nil {
		return p, fmt.Errorf("policy %s: %w", path, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return p, fmt.Errorf("policy %s: unknown key %q", path, und[0].String())
	}
	for rule, sev := range p.Severity {
		if sev != Error && sev != Warning && sev != Info && sev != "off" {
			return p, fmt.Errorf("policy %s: severity of %s must be error, warning, info or off, not %q", path, rule, sev)
		}
	}
	if p.ArchiveDays <= 0 {
		p.ArchiveDays = 30
	}
	return p, nil
}

// KillList holds transmission references and file names an agency withdrew.
type KillList map[string]bool

// LoadKillList reads one reference or file name per line; # starts a comment.
func LoadKillList(path string) (KillList, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("kill list: %w", err)
	}
	k := KillList{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		if line != "" {
			k[strings.ToLower(line)] = true
		}
	}
	return k, nil
}
