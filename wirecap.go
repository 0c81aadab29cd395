// Package wirecap is the whole desk check as a library: it reads a news
// photo's metadata, parses its caption, reconciles the two, checks them
// against the article the photo illustrates and the desk's policy, and
// answers whether a planned use may go ahead.
//
// Check checks one photo:
//
//	pol, err := wirecap.LoadPolicy("desk.toml")
//	rec, err := wirecap.Check(ctx, "photo.jpg", wirecap.Options{Use: "marketing", Territory: "FR", Policy: pol})
//	if rec.Verdict.Decision == wirecap.Deny { … }
//
// Process checks every photo under folders, on every core, writes or
// reuses each one's sidecar (photo.jpg.json) and hands the records back in
// input order, as `wirecap process` does:
//
//	err := wirecap.Process(ctx, []string{"photos/"}, wirecap.ProcessOptions{}, func(rec *wirecap.Record) error { … })
//
// A Record is what `wirecap check --format json` prints and a sidecar
// holds, field for field; its JSON is the contract documented in
// README.md, and its types are package record's. Parsing captions alone is
// package caption; reading metadata alone is package imagemeta.
package wirecap

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/pipeline"
	"github.com/wirecap/wirecap/internal/process"
	"github.com/wirecap/wirecap/internal/store"
	"github.com/wirecap/wirecap/record"
)

// Version is the version the records name in their generator field.
const Version = "0.1.0"

// Record is one photo's record: file, image, metadata, parsed caption,
// summary, article, findings, verdict, provenance, inputs and error. Its
// JSON is the sidecar's. The record's types are package record's (go doc
// github.com/wirecap/wirecap/record), so that code reading sidecars can
// name them without the checker; these names are the same types.
type (
	Record   = record.Record
	Summary  = record.Summary  // agency, credit, photographers, source, restrictions, date, location
	Finding  = record.Finding  // one rule's result: Rule ("date.archive"), Severity, Message, Evidence
	Evidence = record.Evidence // what a finding rests on, by name, each value as its JSON
	Verdict  = record.Verdict  // Use, Territory, AsOf, Decision (Allow, Review, Deny), Reasons
	Article  = record.Article  // the article the photo was checked against, or why none was
)

// Decisions a Verdict gives.
const (
	Allow  = record.Allow
	Review = record.Review
	Deny   = record.Deny
)

// Severities of findings.
const (
	SeverityError   = record.SeverityError
	SeverityWarning = record.SeverityWarning
	SeverityInfo    = record.SeverityInfo
)

// Uses a photo may be checked for ("editorial", "marketing", …).
var Uses = slices.Clone(check.Uses)

// Options are the planned use of a photo. Zero values mean what the
// command line's defaults mean.
type Options struct {
	// Use is one of Uses; "" is the policy's default_use, else editorial.
	Use string
	// Territory is where the photo will run: an ISO 3166-1 code (FR, FRA)
	// or a country's name in English, French, German or Spanish; "" is the
	// policy's default_territory, else none (a territory-limited
	// restriction then gives review). Common non-ISO forms are read as
	// the command line reads them (UK as GB, EL as GR).
	Territory string
	// AsOf is when the photo will run (embargoes, expiry); zero is now.
	AsOf time.Time
	// Article is the article the photo illustrates (a regular file, or an
	// s3:// URL); "" looks for the nearest article.txt, article.md or
	// article.html in the photo's folder, up to the folder given.
	Article string
	// Policy is the desk's policy; nil is the defaults.
	Policy *Policy
	// KillList is a file of withdrawn transmission references or file
	// names, one per line, as --kill-list; "" is the policy's kill_list.
	KillList string
	// Feed is an agency feed file or folder whose items are paired with
	// the photo by rendition file name, as --feed; a feed item beside the
	// photo (photo.xml, photo.ninjs.json, photo.json) is paired anyway.
	Feed string
	// Leases is a desk leases file (TOML or CSV), as --leases; "" for none.
	Leases string
	// Trust names the anchors Content Credentials are verified against
	// (a PEM bundle, a JSON trust list, or a folder of them), as --trust;
	// "" leaves their trust unknown.
	Trust string
	// Note, when set, is told what a person should know about how an
	// option was read, as the command line prints it on stderr: a
	// territory read from a common non-ISO form (UK read as GB), feed
	// files that could not be read. Nil ignores them.
	Note func(Note)
}

// Note is what a person should know about how an Options value was read;
// it is not an error (the value was used).
type Note struct {
	Option     string // the field, as OptionError names it: "Territory", "Feed"
	FromPolicy bool   // the value was the policy's default, not the field's
	Msg        string
}

// Policy is a desk's policy, read by LoadPolicy.
type Policy struct {
	p    check.Policy
	kill check.KillList
}

// LoadPolicy reads a TOML policy (README.md lists its keys) and validates
// it as the command line does: an unknown key or rule, a bad severity, use
// or territory is an error naming the key. Its kill_list, if any, is read
// too, relative to the policy file.
func LoadPolicy(path string) (*Policy, error) {
	p, err := check.LoadPolicy(path)
	if err != nil {
		return nil, err
	}
	pol := &Policy{p: p}
	if p.KillList != "" {
		if pol.kill, err = check.LoadKillList(p.KillList); err != nil {
			return nil, err
		}
	}
	return pol, nil
}

// OptionError is an Options value Check or Process cannot use.
type OptionError struct {
	Option string // the field: "Use", "Territory", "Article", "KillList", "Feed", "Leases", "Trust"; "OutDir", "SidecarName" (ProcessOptions)
	Value  string
	Err    error
}

func (e *OptionError) Error() string {
	return fmt.Sprintf("wirecap: %s %q: %v", e.Option, e.Value, e.Err)
}

func (e *OptionError) Unwrap() error { return e.Err }

// PhotoError is a photo Check could not read; the Record it comes with
// says so too (its Error and a file.unreadable finding).
type PhotoError struct {
	Path string
	Msg  string
}

func (e *PhotoError) Error() string { return "wirecap: " + e.Path + ": " + e.Msg }

// optionFields name the resolver's options as Options fields.
var optionFields = map[string]string{
	process.OptPolicy: "Policy", process.OptUse: "Use", process.OptTerritory: "Territory", process.OptKillList: "KillList",
	process.OptFeed: "Feed", process.OptLeases: "Leases", process.OptArticle: "Article", process.OptTrust: "Trust",
}

// resolve turns Options into the pipeline's with the resolver the command
// line uses: the same defaults, checks and errors.
func (o Options) resolve() (*pipeline.Options, error) {
	s := process.Settings{Generator: "wirecap " + Version, Use: o.Use, Territory: o.Territory, AsOf: o.AsOf,
		Article: o.Article, KillPath: o.KillList, Feed: o.Feed, Leases: o.Leases, Trust: o.Trust}
	if o.Note != nil {
		s.Note = func(n process.Note) {
			o.Note(Note{Option: optionFields[n.Option], FromPolicy: n.FromPolicy, Msg: n.Msg})
		}
	}
	if o.Policy != nil {
		s.Policy, s.Kill = &o.Policy.p, o.Policy.kill
	}
	po, err := process.Resolve(s)
	var oe *process.OptionError
	if errors.As(err, &oe) {
		return nil, &OptionError{Option: optionFields[oe.Option], Value: oe.Value, Err: oe.Err}
	}
	return po, err
}

// Check checks one photo for the use Options plan and returns its record.
// The photo is a path, or an s3://bucket/key URL (read with the standard
// AWS configuration; see README).
// An error is an Options value that cannot be used (*OptionError), a
// cancelled ctx, or a photo that could not be read (*PhotoError, returned
// with its Record). A photo that may not run is not an error: it is
// rec.Verdict.Decision == Deny, with the reasons.
func Check(ctx context.Context, path string, o Options) (*Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	po, err := o.resolve()
	if err != nil {
		return nil, err
	}
	po.Root = filepath.Dir(path)
	if store.IsS3(path) {
		po.Root = path[:strings.LastIndexByte(path, '/')] // filepath.Dir would fold s3:// to s3:/
	}
	rec := pipeline.Build(path, po)
	if rec.Error != nil {
		return rec, &PhotoError{Path: path, Msg: *rec.Error}
	}
	return rec, nil
}
