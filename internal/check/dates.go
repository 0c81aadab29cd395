package check

import (
	"fmt"
	"slices"
	"time"

	"github.com/wirecap/wirecap/internal/article"
)

// A date without a time (IPTC Release or Expiration Date alone) names a
// day that begins and ends at different instants around the world. The
// desk is held to the reading that never runs a photo too early or too
// late anywhere: a release date lifts the embargo once that day has begun
// everywhere (00:00 at UTC−12, i.e. 12:00 UTC), and an expiration date,
// the last day of use, is usable until that day has ended somewhere
// (24:00 at UTC+14, i.e. 10:00 UTC the same day). With a time (2:35,
// 2:38) the instant given is used.
var (
	latestZone   = time.FixedZone("UTC-12", -12*3600)
	earliestZone = time.FixedZone("UTC+14", 14*3600)
)

// dateOnly reports whether the IIM date dataset key has no time beside it.
func dateOnly(in *Input, timeKey string) bool {
	if in.Meta == nil {
		return true
	}
	t, _ := in.Meta.IPTC[timeKey].(string)
	return len(t) < 8
}

// releaseStart is the instant the IPTC Release Date/Time lifts the embargo.
func releaseStart(in *Input) (time.Time, bool) {
	t := in.Facts.Release
	if t.IsZero() {
		return t, false
	}
	if dateOnly(in, "ReleaseTime") {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, latestZone).UTC(), true
	}
	return t, true
}

// expirationEnd is the IPTC Expiration Date/Time and the instant from which
// the photo may no longer be used: the date is the last day of use.
func expirationEnd(in *Input) (date, end time.Time, ok bool) {
	t := in.Facts.Expiration
	if t.IsZero() {
		return t, t, false
	}
	if dateOnly(in, "ExpirationTime") {
		return t, time.Date(t.Year(), t.Month(), t.Day()+1, 0, 0, 0, 0, earliestZone).UTC(), true
	}
	return t, t, true
}

// Where the article date the archive check measures against came from,
// beside article.DateFrom*.
const dateFromNewest = "newest_mentioned"

// articleDate is the article's own date (its publication date or dateline)
// where it states one; else the newest date it mentions that has begun
// somewhere by the as-of time — never a date still ahead ("repairs are
// due by January 15").
func articleDate(in *Input) (time.Time, string, bool) {
	a := in.Article
	if a.Date != "" {
		if t, err := time.Parse("2006-01-02", a.Date); err == nil {
			return t, a.DateFrom, true
		}
	}
	dates := slices.Clone(a.Dates)
	slices.Sort(dates)
	for i := len(dates) - 1; i >= 0; i-- {
		t, err := time.Parse("2006-01-02", dates[i])
		if err != nil {
			continue
		}
		// The day has begun somewhere once it is 00:00 at UTC+14.
		if begun := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, earliestZone); !in.clock.before(begun) {
			return t, dateFromNewest, true
		}
	}
	return time.Time{}, "", false
}

func dateArchive(in *Input) []Finding {
	if in.Article == nil || (in.Facts.Summary != nil && in.Facts.Summary.FilePhoto) {
		return nil
	}
	t, from, ok := photoDate(in)
	if !ok {
		return nil
	}
	ref, refFrom, ok := articleDate(in)
	if !ok {
		return nil
	}
	days := dayDiff(ref, t)
	if days <= in.Policy.ArchiveDays {
		return nil
	}
	return finding(fmt.Sprintf("Archive photo: taken %s, %d days before the article's date %s (%s), and not marked as a file photo",
		t.Format("2006-01-02"), days, ref.Format("2006-01-02"), dateFromWords[refFrom]),
		map[string]any{"photo_date": t.Format("2006-01-02"), "from": from, "article_date": ref.Format("2006-01-02"),
			"article_date_from": refFrom, "days": days, "threshold_days": in.Policy.ArchiveDays})
}

// dateFromWords say where the article's date came from, for the message.
var dateFromWords = map[string]string{
	article.DateFromMeta: "its publication date", article.DateFromFrontMatter: "its publication date",
	article.DateFromLabel: "its publication date", article.DateFromDateline: "its dateline",
	dateFromNewest: "the latest date it mentions",
}
