package sidecar

import (
	"github.com/wirecap/wirecap/imagemeta/feed"
	"github.com/wirecap/wirecap/record"
)

// Feed is the agency feed item paired with the photo (record field
// "feed").
type Feed = record.Feed

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
