package check

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"github.com/wirecap/wirecap/record"
)

// MaxLeases bounds a leases file read.
const MaxLeases = 8 << 20

// Lease is a desk's decision on one photo for a time: allow or deny it,
// for some uses and territories (all when empty), from a time until
// another. Match is an identifier of the photo (any scheme a kill list
// takes) or, when it holds "/" or a glob character (* ? [), a path glob.
type Lease struct {
	Match       string   `toml:"match" json:"match"`
	Action      string   `toml:"action" json:"action"`
	Uses        []string `toml:"uses" json:"uses,omitempty"`
	Territories []string `toml:"territories" json:"territories,omitempty"`
	From        string   `toml:"from" json:"from,omitempty"`
	Until       string   `toml:"until" json:"until,omitempty"`
	Note        string   `toml:"note" json:"note,omitempty"`
	Who         string   `toml:"who" json:"who,omitempty"`
	// Source is where the lease is written ("leases.csv:3").
	Source string `toml:"-" json:"source"`
	// MatchedBy is how it matched the photo: an identifier scheme or "path".
	MatchedBy string `toml:"-" json:"matched_by,omitempty"`

	from, until time.Time
}

// Leases is a desk's leases file.
type Leases []Lease

// Lease actions.
const (
	LeaseAllow = "allow"
	LeaseDeny  = "deny"
)

// hardRules are the findings an allow lease never lifts: a desk may vouch
// for a use the restrictions forbid, never for a photo the agency killed,
// withheld or embargoed, whose licence ended, that was not read, that is
// AI made and may not pass for a record of events or is unlabelled, or
// whose rights holder forbids the use for AI training.
var hardRules = []Code{record.UseKilled, record.FeedCanceled, record.FeedWithheld, record.EmbargoActive, record.RightsExpired,
	record.FileUnreadable, record.InternalError, record.AIGenerated, record.AILabelMissing, record.RightsDataMining}

// LoadLeases reads a leases file: TOML ([[lease]] tables) when its name
// ends in .toml, else CSV with a header row naming the columns match,
// action, uses, territories, from, until, note, who (lists separated by
// ";"). Every value is checked; an error names the lease. Only a regular
// file of at most MaxLeases bytes is read.
func LoadLeases(path string) (Leases, error) {
	b, err := readBounded("leases", path, MaxLeases)
	if err != nil {
		return nil, err
	}
	ls, err := ParseLeases(b, filepath.Base(path), strings.EqualFold(filepath.Ext(path), ".toml"))
	if err != nil {
		return nil, fmt.Errorf("leases %w", err)
	}
	return ls, nil
}

// ParseLeases reads the leases of the file called name: TOML or CSV.
// Errors start with the lease's place ("leases.csv:3: …").
func ParseLeases(b []byte, name string, isTOML bool) (Leases, error) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	parse := csvLeases
	if isTOML {
		parse = tomlLeases
	}
	ls, err := parse(b, name)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	for i := range ls {
		if err := ls[i].validate(); err != nil {
			return nil, fmt.Errorf("%s: %w", ls[i].Source, err)
		}
	}
	return ls, nil
}

func tomlLeases(b []byte, name string) (Leases, error) {
	var doc struct {
		Lease Leases `toml:"lease"`
	}
	md, err := toml.Decode(string(b), &doc)
	if err != nil {
		return nil, err
	}
	if und := md.Undecoded(); len(und) > 0 {
		return nil, fmt.Errorf("unknown key %q", und[0].String())
	}
	for i := range doc.Lease {
		doc.Lease[i].Source = fmt.Sprintf("%s: lease %d", name, i+1)
	}
	return doc.Lease, nil
}

// csvColumns are the columns of a CSV leases file.
var csvColumns = []string{"match", "action", "uses", "territories", "from", "until", "note", "who"}

func csvLeases(b []byte, name string) (Leases, error) {
	r := csv.NewReader(bytes.NewReader(b))
	r.FieldsPerRecord = -1
	r.Comment = '#'
	r.TrimLeadingSpace = true
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("no header row: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if !slices.Contains(csvColumns, h) {
			return nil, fmt.Errorf("unknown column %q (columns: %s)", h, strings.Join(csvColumns, ", "))
		}
		col[h] = i
	}
	var out Leases
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		line, _ := r.FieldPos(0)
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		out = append(out, Lease{Match: get("match"), Action: get("action"), Uses: splitList(get("uses")),
			Territories: splitList(get("territories")), From: get("from"), Until: get("until"), Note: get("note"),
			Who: get("who"), Source: fmt.Sprintf("%s:%d", name, line)})
	}
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// validate checks a lease's values and reads its times: a date alone
// starts at 00:00 UTC, and as "until" means to the end of that day.
func (l *Lease) validate() error {
	l.Match, l.Action = strings.TrimSpace(l.Match), strings.ToLower(strings.TrimSpace(l.Action))
	if l.Match == "" {
		return errors.New("match is empty: give an identifier or a path glob")
	}
	if l.Action != LeaseAllow && l.Action != LeaseDeny {
		return fmt.Errorf("action must be allow or deny, not %q", l.Action)
	}
	for _, u := range l.Uses {
		if !slices.Contains(Uses, u) {
			return fmt.Errorf("unknown use %q (uses: %s)", u, strings.Join(Uses, ", "))
		}
	}
	for i, t := range l.Territories {
		cc, err := ParseTerritory(t)
		if err != nil {
			return fmt.Errorf("territory %q: %w", t, err)
		}
		l.Territories[i] = cc
	}
	var err error
	if l.from, err = leaseTime(l.From, false); err != nil {
		return fmt.Errorf("from: %w", err)
	}
	if l.until, err = leaseTime(l.Until, true); err != nil {
		return fmt.Errorf("until: %w", err)
	}
	if !l.from.IsZero() && !l.until.IsZero() && !l.from.Before(l.until) {
		return fmt.Errorf("until %s is not after from %s", l.Until, l.From)
	}
	return nil
}

func leaseTime(s string, end bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t, nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return t, fmt.Errorf("%q: want RFC 3339 or YYYY-MM-DD", s)
	}
	if end {
		t = t.AddDate(0, 0, 1)
	}
	return t, nil
}

// matchedBy tells whether the lease names the photo: by path glob, or by
// one of its identifiers; "" when it does not.
func (l *Lease) matchedBy(in *Input) string {
	if strings.ContainsAny(l.Match, "/*?[") {
		p := filepath.ToSlash(in.File)
		if ok, _ := filepath.Match(l.Match, p); ok {
			return "path"
		}
		if ok, _ := filepath.Match(l.Match, filepath.Base(p)); ok && !strings.Contains(l.Match, "/") {
			return "path"
		}
		return ""
	}
	want := normID(l.Match)
	for _, id := range identifiersOf(in) {
		if normID(id.Value) == want {
			return id.Scheme
		}
	}
	return ""
}

// covers tells whether the lease speaks of the planned use and territory.
// A deny lease naming territories covers a use whose territory is not
// given (it may be one of them); an allow lease does not.
func (l *Lease) covers(in *Input) bool {
	if len(l.Uses) > 0 && !slices.Contains(l.Uses, in.Use) {
		return false
	}
	if len(l.Territories) == 0 {
		return true
	}
	if in.Territory == "" {
		return l.Action == LeaseDeny
	}
	return slices.Contains(l.Territories, in.Territory)
}

// active tells whether the lease holds at the as-of time; its bounds
// narrow the verdict's validity window.
func (l *Lease) active(c *clock) bool {
	if !l.from.IsZero() && c.before(l.from) {
		return false
	}
	return l.until.IsZero() || c.before(l.until)
}

// leaseEffect applies the leases to the verdict's deny and review
// reasons: deny wins over allow (a deny lease adds a reason to deny; an
// allow lease then changes nothing); an allow lease alone lifts every
// reason but the hard findings'. Expired and future leases are ignored.
// It returns the leases applied, recorded in the verdict.
func leaseEffect(in *Input, findings []Finding, deny, review []string) (d, r, notes []string, applied []record.Lease) {
	var denied, allowed bool
	for _, l := range in.Leases {
		by := l.matchedBy(in)
		if by == "" || !l.covers(in) || !l.active(in.clock) {
			continue
		}
		l.MatchedBy = by
		applied = append(applied, l.record())
		if l.Action == LeaseDeny {
			denied = true
			deny = append(deny, fmt.Sprintf("lease (%s): deny %s%s", l.Source, in.Use, leaseNote(l)))
		} else {
			allowed = true
			notes = append(notes, fmt.Sprintf("lease (%s): allow %s%s", l.Source, in.Use, leaseNote(l)))
		}
	}
	if allowed && !denied {
		var hard []string
		for _, f := range findings {
			if f.Severity == Error && slices.Contains(hardRules, f.Rule) {
				hard = append(hard, string(f.Rule)+": "+f.Message)
			}
		}
		return hard, nil, notes, applied
	}
	if denied {
		notes = nil // deny wins: the allow leases changed nothing
	}
	return deny, review, notes, applied
}

// record is the lease as the verdict records it.
func (l Lease) record() record.Lease {
	return record.Lease{Match: l.Match, Action: l.Action, Uses: l.Uses, Territories: l.Territories, From: l.From, Until: l.Until,
		Note: l.Note, Who: l.Who, Source: l.Source, MatchedBy: l.MatchedBy}
}

func leaseNote(l Lease) string {
	var parts []string
	for _, p := range []string{l.Note, l.Who} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// Hash is a digest of the leases' content ("sha256:…"), "" for none.
func (ls Leases) Hash() string {
	if len(ls) == 0 {
		return ""
	}
	b, _ := json.Marshal(ls)
	return digest(b)
}
