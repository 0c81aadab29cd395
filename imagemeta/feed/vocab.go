package feed

import (
	"slices"
	"strings"
)

// The vocabularies the reader maps. Each is one table: extend it here.

// statusAliases maps status words to the NewsML-G2 codes: British
// spelling and the ninjs/AP words.
var statusAliases = map[string]string{
	"cancelled": Canceled,
	"canceled":  Canceled,
	"withheld":  Withheld,
	"usable":    Usable,
}

// KnownStatus reports whether status is one of the codes the status
// vocabulary maps to (usable, withheld, canceled).
func KnownStatus(status string) bool {
	for _, code := range statusAliases {
		if code == status {
			return true
		}
	}
	return false
}

// schemeURIs expands the QCode schemes of digital source types to URIs
// (the IPTC catalog alias "digsrctype" and its long form).
var schemeURIs = map[string]string{
	"digsrctype":        "http://cv.iptc.org/newscodes/digitalsourcetype/",
	"digitalsourcetype": "http://cv.iptc.org/newscodes/digitalsourcetype/",
}

// archiveGenres are genre or subject codes that mark a file (archive)
// photo: IPTC's genre "Archive material", dpa's image kind "archive", AP's
// subject "file" ("File photo").
var archiveGenres = []string{
	"genre:archive_material",
	"http://cv.iptc.org/newscodes/genre/archive_material",
	"dpaimagekind:archive",
	"file",
}

// filePhotoNotes are phrases of editorial notes that mark a file photo
// (AP and AAP write "FILE PHOTO" in the note, Reuters in the caption).
var filePhotoNotes = []string{"FILE PHOTO"}

// sourceTypeOf expands a digital source type QCode to its URI when the
// scheme is known; a URI is kept.
func sourceTypeOf(v string) SourceType {
	v = norm(v)
	if v == "" {
		return SourceType{}
	}
	st := SourceType{Value: v}
	if scheme, code, ok := strings.Cut(v, ":"); ok {
		switch base, known := schemeURIs[scheme]; {
		case known:
			st.URI = base + code
		case strings.EqualFold(scheme, "http"), strings.EqualFold(scheme, "https"):
			st.URI = v
		}
	}
	return st
}

// correctionSignals are the signals that announce a corrected version
// (IPTC signal "correction", as QCode and URI).
var correctionSignals = []string{
	"sig:correction",
	"http://cv.iptc.org/newscodes/signal/correction",
}

// Correction reports whether the item announces itself as a correction.
func (it *Item) Correction() bool {
	return slices.ContainsFunc(it.Signals, func(s string) bool { return containsFold(correctionSignals, s) })
}

// Killed reports whether the agency has withdrawn the item (canceled).
func (it *Item) Killed() bool { return it.Status() == Canceled }

// pictureClasses are the item classes of a still picture (NewsML-G2
// ninat/icls, ninjs and AP "picture", dpa "image").
var pictureClasses = []string{"picture", "photo", "image", "graphic"}

// IsPicture reports whether the item is a still picture.
func (it *Item) IsPicture() bool {
	return containsFold(pictureClasses, it.ItemClass)
}
