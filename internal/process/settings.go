// Package process is the batch engine the command line and package wirecap
// share: one resolver turns the planned use (flags or wirecap.Options) into
// the pipeline's options, Walk lists the photos under the paths given, and
// an Engine plans every photo's sidecar (naming, collisions), reuses the
// sidecars that are up to date, builds the others on a bounded pool,
// writes them atomically and syncs them, handing the results back in input
// order.
package process

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/geo"
	"github.com/wirecap/wirecap/internal/pipeline"
	"github.com/wirecap/wirecap/internal/safefile"
	"github.com/wirecap/wirecap/internal/store"
)

// Settings are the planned use as the command line's flags or
// wirecap.Options give it. Zero values are the command line's defaults.
type Settings struct {
	Generator string
	Inspect   bool // metadata, caption and summary only: no use, policy or article
	Use       string
	Territory string
	AsOf      time.Time // zero: now
	Article   string
	// PolicyPath is read when Policy is nil; with neither, the defaults.
	PolicyPath string
	Policy     *check.Policy
	// KillPath is a kill list to read; else Kill when not nil; else the
	// policy's kill_list.
	KillPath string
	Kill     check.KillList
	Feed     string
	Leases   string
	Trust    string
	// Note, when set, is told what a person should know about how an
	// option was read (UK read as GB; feed files not read), as it is read.
	Note func(Note)
}

// Note is what a person should know about how an option was read.
type Note struct {
	Option     string // OptTerritory, OptFeed
	FromPolicy bool   // the value came from the policy's default
	Msg        string
}

// Options an OptionError names.
const (
	OptPolicy    = "policy"
	OptUse       = "use"
	OptTerritory = "territory"
	OptKillList  = "kill-list"
	OptFeed      = "feed"
	OptLeases    = "leases"
	OptArticle   = "article"
	OptTrust     = "trust"
)

// OptionError is a setting the batch cannot use.
type OptionError struct {
	Option     string // one of the Opt constants
	Value      string
	FromPolicy bool // the value came from the policy's default
	Err        error
}

func (e *OptionError) Error() string { return fmt.Sprintf("%s %q: %v", e.Option, e.Value, e.Err) }

func (e *OptionError) Unwrap() error { return e.Err }

// ErrUnknownUse is a use that is none of check.Uses.
var ErrUnknownUse = errors.New("not a use; want one of " + strings.Join(check.Uses, ", "))

// ErrNoAnchors is a trust file or folder that holds no anchor.
var ErrNoAnchors = errors.New("no certificate or thumbprint found (want PEM files or JSON trust lists)")

// Resolve turns s into the pipeline's options, reading and validating
// every file it names in the command line's order: policy, use,
// territory, kill list, feed, leases, article, trust.
func Resolve(s Settings) (*pipeline.Options, error) {
	o := &pipeline.Options{Generator: s.Generator, Inspect: s.Inspect, Policy: check.DefaultPolicy(), AsOf: s.AsOf}
	if o.AsOf.IsZero() {
		o.AsOf = time.Now().UTC()
	}
	steps := []func(Settings, *pipeline.Options) error{resolvePolicy, resolveUse, resolveTerritory, resolveKill, resolveFeed,
		resolveLeases, resolveArticle, resolveTrust}
	if s.Inspect {
		steps = []func(Settings, *pipeline.Options) error{resolveTrust}
	}
	for _, step := range steps {
		if err := step(s, o); err != nil {
			return nil, err
		}
	}
	return o, nil
}

func resolvePolicy(s Settings, o *pipeline.Options) error {
	switch {
	case s.Policy != nil:
		o.Policy = *s.Policy
	case s.PolicyPath != "":
		p, err := pipeline.LoadPolicy(s.PolicyPath)
		if err != nil {
			return &OptionError{Option: OptPolicy, Value: s.PolicyPath, Err: err}
		}
		o.Policy = p
	}
	return nil
}

func resolveUse(s Settings, o *pipeline.Options) error {
	o.Use = cmp.Or(s.Use, o.Policy.DefaultUse)
	if !slices.Contains(check.Uses, o.Use) {
		return &OptionError{Option: OptUse, Value: o.Use, Err: ErrUnknownUse}
	}
	return nil
}

// resolveTerritory reads the territory, else the policy's default; a
// territory read from a non-ISO form is noted.
func resolveTerritory(s Settings, o *pipeline.Options) error {
	t, fromPolicy := s.Territory, false
	if t == "" {
		t, fromPolicy = o.Policy.DefaultTerritory, true
	}
	if t == "" {
		return nil
	}
	cc, err := check.ParseTerritory(t)
	if err != nil {
		var te *geo.TerritoryError
		if errors.As(err, &te) {
			err = errors.New(te.Reason)
		}
		return &OptionError{Option: OptTerritory, Value: t, FromPolicy: fromPolicy, Err: err}
	}
	if note := check.TerritoryNote(t); note != "" && s.Note != nil {
		s.Note(Note{Option: OptTerritory, FromPolicy: fromPolicy, Msg: note})
	}
	o.Territory = cc
	return nil
}

func resolveKill(s Settings, o *pipeline.Options) error {
	path := s.KillPath
	if path == "" && s.Kill != nil {
		o.Kill = s.Kill
		return nil
	}
	path = cmp.Or(path, o.Policy.KillList)
	if path == "" {
		return nil
	}
	k, err := pipeline.LoadKillList(path)
	if err != nil {
		return &OptionError{Option: OptKillList, Value: path, Err: err}
	}
	o.Kill = k
	return nil
}

func resolveFeed(s Settings, o *pipeline.Options) error {
	if s.Feed == "" {
		return nil
	}
	if _, err := os.Stat(s.Feed); err != nil && !store.IsS3(s.Feed) {
		return &OptionError{Option: OptFeed, Value: s.Feed, Err: err}
	}
	o.FeedPath = s.Feed
	for _, msg := range o.FeedProblems() {
		if s.Note != nil {
			s.Note(Note{Option: OptFeed, Msg: msg})
		}
	}
	return nil
}

func resolveLeases(s Settings, o *pipeline.Options) error {
	if s.Leases == "" {
		return nil
	}
	ls, err := pipeline.LoadLeases(s.Leases)
	if err != nil {
		return &OptionError{Option: OptLeases, Value: s.Leases, Err: err}
	}
	o.Leases = ls
	return nil
}

// resolveArticle checks that the article can be read: a FIFO would block
// the run, a device never end; an article in object storage is read now
// (policy, kill list, leases and trust may be objects too: pipeline.Load…).
func resolveArticle(s Settings, o *pipeline.Options) error {
	a := s.Article
	if a == "" {
		return nil
	}
	err := o.CheckArticle(a)
	if !store.IsS3(a) {
		var st os.FileInfo
		if st, err = os.Stat(a); err == nil {
			err = safefile.Check(a, st)
		}
	}
	if err != nil {
		return &OptionError{Option: OptArticle, Value: a, Err: err}
	}
	o.ArticlePath = a
	return nil
}

// resolveTrust loads the anchors Content Credentials are verified
// against; none given, trust is "unknown".
func resolveTrust(s Settings, o *pipeline.Options) error {
	if s.Trust == "" {
		return nil
	}
	ts, err := pipeline.LoadTrust(s.Trust)
	if err == nil && ts.Len() == 0 {
		err = ErrNoAnchors
	}
	if err != nil {
		return &OptionError{Option: OptTrust, Value: s.Trust, Err: err}
	}
	o.Trust = ts
	return nil
}
