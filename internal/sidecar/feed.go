package sidecar

import (
	"github.com/wirecap/wirecap/imagemeta/feed"
)

// Feed is the agency feed item paired with the photo (record field
// "feed"): where it was found, how it was matched, and what the desk acts
// on. The item's own field names are those of `wirecap feed`.
type Feed struct {
	Path string `json:"path"`
	// MatchedBy is how the item was paired: "base_name" (photo.xml,
	// photo.ninjs.json or photo.json beside photo.jpg),
	// "rendition_file_name" or "rendition_href" (a rendition of an item
	// under --feed names the photo's file).
	MatchedBy  string          `json:"matched_by"`
	GUID       string          `json:"guid"`
	Version    string          `json:"version"`
	ItemClass  string          `json:"item_class"`
	PubStatus  string          `json:"pub_status"` // usable when the item does not say
	Embargoed  feed.Stamp      `json:"embargoed"`
	Expires    feed.Stamp      `json:"expires"`
	EdNotes    []feed.EdNote   `json:"ed_notes"`
	UsageTerms []feed.Terms    `json:"usage_terms"`
	Copyright  string          `json:"copyright,omitempty"`
	Creditline string          `json:"creditline"`
	By         []string        `json:"by"`
	Signals    []string        `json:"signals"`
	SourceType feed.SourceType `json:"digital_source_type"`
	AltIDs     []feed.AltID    `json:"alt_ids"`
	Correction bool            `json:"correction"`
	FilePhoto  bool            `json:"file_photo"`
}

// NewFeed is the record of item it, found at path and paired as
// matchedBy.
func NewFeed(path, matchedBy string, it *feed.Item) *Feed {
	f := &Feed{Path: path, MatchedBy: matchedBy, GUID: it.GUID, Version: it.Version, ItemClass: it.ItemClass,
		PubStatus: it.Status(), Embargoed: it.Embargoed, Expires: it.Expires, EdNotes: it.EdNotes, UsageTerms: it.Usage,
		Copyright: it.Copyright, Creditline: it.Credit, By: it.Bylines(), Signals: it.Signals, SourceType: it.Source,
		AltIDs: it.AltIDs, Correction: it.Correction(), FilePhoto: it.FilePhoto}
	if f.By == nil {
		f.By = []string{}
	}
	if f.EdNotes == nil {
		f.EdNotes = []feed.EdNote{}
	}
	if f.UsageTerms == nil {
		f.UsageTerms = []feed.Terms{}
	}
	if f.Signals == nil {
		f.Signals = []string{}
	}
	if f.AltIDs == nil {
		f.AltIDs = []feed.AltID{}
	}
	return f
}
