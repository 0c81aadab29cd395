package report

import (
	"path/filepath"
	"strings"
	"time"

	"github.com/wirecap/wirecap/caption"
)

// badgeLabel is what a restriction's badge prints: its code with the
// scope or the time that says what it means, so that a printed sheet
// carries them (the full text stays in the tooltip):
// "OUT: GB, IE", "OUT except DE, AT", "EMBARGO until 5 Mar 00:01 UTC".
func badgeLabel(r caption.Restriction, asOf time.Time) string {
	switch {
	case len(r.Scope) > 0:
		return r.Code + ": " + strings.Join(r.Scope, ", ")
	case len(r.OnlyIn) > 0:
		return r.Code + " except " + strings.Join(r.OnlyIn, ", ")
	case !r.Until.IsZero():
		word := untilWord[r.Code]
		if word == "" {
			word = "until"
		}
		return r.Code + " " + word + " " + badgeTime(r.Until, asOf)
	}
	return r.Code
}

// untilWord joins a dated restriction's code and its time.
var untilWord = map[string]string{caption.Embargo: "until", caption.Expires: "after"}

// badgeTime prints a time the way a desk says it, in UTC: "5 Mar 00:01
// UTC", with the year when it is not the year of the sheet.
func badgeTime(t, asOf time.Time) string {
	t = t.UTC()
	if t.Year() != asOf.UTC().Year() {
		return t.Format("2 Jan 2006 15:04 UTC")
	}
	return t.Format("2 Jan 15:04 UTC")
}

// folderOf is the folder heading a photo's card goes under: the folder of
// its path as given, "." for the current one.
func folderOf(path string) string {
	return filepath.ToSlash(filepath.Dir(path))
}
