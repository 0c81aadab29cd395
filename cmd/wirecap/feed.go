package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/wirecap/wirecap/imagemeta/feed"
	"github.com/wirecap/wirecap/internal/sidecar"
)

func feedCommand() *cli.Command {
	return &cli.Command{
		Name:      "feed",
		Usage:     "read agency feed items (NewsML-G2, ninjs, AP Media API, dpa digitalwires)",
		ArgsUsage: "FILE...",
		Description: `Prints one compact JSON record per item (NDJSON): a NewsML-G2 newsMessage, an
AP feed page or a ninjs search result gives several, and an item nested in
another (a ninjs association, a dpa image) is a record of its own naming its
"parent" and "association". A file that cannot be read gives
{"file": …, "error": …}; the others go on and wirecap exits 2.

Examples:
   wirecap feed photo.xml
   wirecap feed --format text photo.json
   wirecap feed feeds/*.xml | jq -r 'select(.pub_status != "usable") | .guid'`,
		Flags:        []cli.Flag{&cli.StringFlag{Name: "format", Value: "ndjson", Usage: "ndjson (or json: the same), or text"}},
		OnUsageError: subUsageError,
		Action:       runFeed,
	}
}

// feedRecord is one item of a feed file as `wirecap feed` prints it.
type feedRecord struct {
	File        string `json:"file"`
	Parent      string `json:"parent,omitempty"`
	Association string `json:"association,omitempty"`
	// PubStatus is the status with NewsML-G2's and ninjs's default
	// applied (usable when the item does not say).
	PubStatus  string `json:"pub_status,omitempty"`
	Correction bool   `json:"correction,omitempty"`
	*feed.Item
	Error *string `json:"error"`
}

func runFeed(c *cli.Context) error {
	format := c.String("format")
	if format != "json" && format != "ndjson" && format != "text" {
		return usageErr("feed: --format must be ndjson, json or text, not %q", format)
	}
	if c.NArg() == 0 {
		return usageErr("feed: name at least one FILE")
	}
	out, failed := c.App.Writer, 0
	for _, name := range c.Args().Slice() {
		items, err := feed.ReadFile(name)
		if err == nil && len(items) == 0 {
			err = feed.ErrNoItem // an empty feed page: said, not skipped silently
		}
		if err != nil {
			failed++
			msg := err.Error()
			emitFeed(out, format, feedRecord{File: name, Error: &msg})
		}
		for _, it := range items {
			for _, r := range feedRecords(name, it, "", "") {
				emitFeed(out, format, r)
			}
		}
		if err := outputErr(out); err != nil {
			return err
		}
	}
	if failed > 0 {
		return &exitError{2, fmt.Sprintf("feed: %d file(s) could not be read", failed)}
	}
	return nil
}

// feedRecords flattens an item and its associations into records.
func feedRecords(file string, it *feed.Item, parent, name string) []feedRecord {
	recs := []feedRecord{{File: file, Parent: parent, Association: name, PubStatus: it.Status(), Correction: it.Correction(), Item: it}}
	for _, a := range it.Assoc {
		recs = append(recs, feedRecords(file, a.Item, it.GUID, a.Name)...)
	}
	return recs
}

func emitFeed(w io.Writer, format string, r feedRecord) {
	if format != "text" {
		if r.Item != nil {
			// Nested items are records of their own.
			cp := *r.Item
			cp.Assoc = nil
			r.Item = &cp
		}
		writeJSON(w, r, false)
		return
	}
	writeFeedText(w, r)
}

// writeFeedText prints an item for a person: what decides whether the
// picture may run first.
func writeFeedText(w io.Writer, r feedRecord) {
	fmt.Fprintln(w, quotePath(r.File))
	if r.Error != nil {
		label(w, "Error", cleanMessage(*r.Error))
		return
	}
	it := r.Item
	lines := [][2]string{
		{"Item", strings.TrimSpace(it.GUID + " v" + it.Version + " " + it.ItemClass + " (" + it.Format + ")")},
		{"Parent", joinNonEmpty(" ", r.Parent, r.Association)},
		{"Status", r.PubStatus},
		{"Embargoed", it.Embargoed.Text},
		{"Expires", it.Expires.Text},
		{"Headline", it.Headline},
		{"Credit", it.Credit},
		{"By", joinNonEmpty("; ", append([]string{it.By, it.Photog}, it.Creators...)...)},
		{"Copyright", it.Copyright},
		{"Signals", strings.Join(it.Signals, ", ")},
		{"Source type", it.Source.Value},
	}
	for _, n := range it.EdNotes {
		lines = append(lines, [2]string{"Ed. note", n.Text})
	}
	for _, u := range it.Usage {
		lines = append(lines, [2]string{"Usage terms", u.Text})
	}
	for _, a := range it.AltIDs {
		lines = append(lines, [2]string{"Alt. id", a.Type + " " + a.Value})
	}
	for _, rd := range it.Renditions {
		lines = append(lines, [2]string{"Rendition", joinNonEmpty(" ", rd.Name, fmt.Sprintf("%dx%d", rd.Width, rd.Height), rd.FileName)})
	}
	for _, l := range lines {
		if l[1] != "" {
			label(w, l[0], clean(l[1]))
		}
	}
}

func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if p != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}

// writeFeedLine names the feed item paired with a photo in text output:
// where it was found, how it was paired, its id and status.
func writeFeedLine(w io.Writer, f *sidecar.Feed) {
	if f == nil {
		return
	}
	line := fmt.Sprintf("%s (%s): %s v%s, %s", f.Path, strings.ReplaceAll(f.MatchedBy, "_", " "), f.GUID, f.Version, f.PubStatus)
	if f.Embargoed.Set() {
		line += ", embargoed " + f.Embargoed.Text
	}
	label(w, "Feed", clean(line))
}
