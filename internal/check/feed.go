package check

import (
	"fmt"
	"github.com/wirecap/wirecap/record"
	"slices"
	"strconv"
	"strings"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta/feed"
	"github.com/wirecap/wirecap/internal/reconcile"
)

// Feed is the agency feed item paired with the photo (NewsML-G2, ninjs,
// AP, dpa): what the feed rules read.
type Feed struct {
	Path, MatchedBy string
	Item            *feed.Item // nil when the file could not be read
	Err             error
	// PreviousGUID and PreviousVersion are the item the photo's existing
	// sidecar was built with, when there is one (process).
	PreviousGUID, PreviousVersion string
}

// feedStopRules are the rules on the paired feed item that can stop the
// photo, reported before the embedded restrictions. AP's and Reuters'
// client terms require a withdrawn (canceled) or withheld item to be taken
// down: both deny every use. The feed's embargo and expiry are restrictions
// (reconcile.AddFeed): embargo.active and rights.expired judge them with
// the embedded ones.
var feedStopRules = []rule{
	{record.FeedUnreadable, Warning, feedUnreadable},
	{record.FeedCanceled, Error, feedStatus(feed.Canceled, "The agency has canceled (killed) this item: do not publish it")},
	{record.FeedWithheld, Error, feedStatus(feed.Withheld, "The agency has withheld this item: do not publish it until it is released")},
	{record.FeedStatusUnknown, Warning, feedStatusUnknown},
}

// feedNoteRules compare the feed item with the photo, reported after the
// article rules.
var feedNoteRules = []rule{
	{record.FeedConflict, Warning, feedConflict},
	{record.FeedCorrection, Info, feedCorrection},
}

func feedEvidence(f *Feed) map[string]any {
	ev := map[string]any{"path": f.Path, "matched_by": f.MatchedBy}
	if it := f.Item; it != nil {
		ev["guid"], ev["version"], ev["pub_status"] = it.GUID, it.Version, it.Status()
		if len(it.Signals) > 0 {
			ev["signals"] = it.Signals
		}
	}
	return ev
}

func feedUnreadable(in *Input) []Finding {
	if in.Feed == nil || in.Feed.Err == nil {
		return nil
	}
	ev := feedEvidence(in.Feed)
	ev["error"] = in.Feed.Err.Error()
	return finding("The feed item beside the photo could not be read, so its status, embargo and rights were not checked: "+in.Feed.Err.Error(), ev)
}

func feedStatus(status, msg string) func(*Input) []Finding {
	return func(in *Input) []Finding {
		if in.Feed == nil || in.Feed.Item == nil || in.Feed.Item.Status() != status {
			return nil
		}
		it := in.Feed.Item
		return finding(fmt.Sprintf("%s (%s, version %s)", msg, it.GUID, it.Version), feedEvidence(in.Feed))
	}
}

// feedStatusUnknown: a publication status outside the NewsML-G2 and ninjs
// vocabulary (usable, withheld, canceled) is not evidence the item may run:
// the agency may have meant a kill in its own words. Nothing unread passes
// silently, so the photo goes to review.
func feedStatusUnknown(in *Input) []Finding {
	if in.Feed == nil || in.Feed.Item == nil {
		return nil
	}
	it := in.Feed.Item
	if feed.KnownStatus(it.Status()) {
		return nil
	}
	return finding(fmt.Sprintf("The feed item's status %q is not usable, withheld or canceled: ask the agency before use (%s, version %s)", it.Status(), it.GUID, it.Version), feedEvidence(in.Feed))
}

// feedCorrection: a correction signal, or a later version of the item the
// photo's existing sidecar was built with, supersedes the earlier versions
// of the same guid (their sidecars and any use made of them).
func feedCorrection(in *Input) []Finding {
	if in.Feed == nil || in.Feed.Item == nil {
		return nil
	}
	it, f := in.Feed.Item, in.Feed
	later := f.PreviousGUID == it.GUID && versionAfter(it.Version, f.PreviousVersion)
	if !it.Correction() && !later {
		return nil
	}
	ev := feedEvidence(f)
	msg := fmt.Sprintf("The agency sent this item (%s) as a correction, version %s: it supersedes earlier versions and their sidecars", it.GUID, it.Version)
	if later {
		ev["previous_version"] = f.PreviousVersion
		msg = fmt.Sprintf("Version %s of the feed item (%s) supersedes version %s, which the previous sidecar was built with", it.Version, it.GUID, f.PreviousVersion)
	}
	return finding(msg, ev)
}

// versionAfter compares feed versions as numbers (NewsML-G2 and ninjs
// versions are integers; Reuters' are large sequence numbers).
func versionAfter(v, prev string) bool {
	a, errA := strconv.ParseInt(v, 10, 64)
	b, errB := strconv.ParseInt(prev, 10, 64)
	return errA == nil && errB == nil && a > b
}

// feedConflict: the feed and the embedded fields disagree on rights —
// the credit names another agency, or the usage terms state other
// restrictions. The summary holds the union either way; a person looks.
func feedConflict(in *Input) []Finding {
	if in.Feed == nil || in.Feed.Item == nil {
		return nil
	}
	it := in.Feed.Item
	var what []string
	ev := feedEvidence(in.Feed)
	if lines := in.Facts.Credits["credit"]; len(lines) > 0 && it.Credit != "" {
		fc := caption.ParseCredit(it.Credit)
		if agenciesDiffer(fc, lines[0]) {
			what = append(what, fmt.Sprintf("credit: feed %q, IPTC %q", it.Credit, lines[0].Credit))
			ev["feed_credit"], ev["iptc_credit"] = it.Credit, lines[0].Credit
		}
	}
	embedded := codeSet(in.Facts.BySource[reconcile.FromUsageTerms])
	var terms []caption.Restriction
	for _, u := range it.Usage {
		terms = append(terms, caption.FindRestrictions(u.Text, in.AsOf)...)
	}
	fromFeed := codeSet(terms)
	if len(embedded) > 0 && len(fromFeed) > 0 {
		if a, b := minus(fromFeed, embedded), minus(embedded, fromFeed); len(a)+len(b) > 0 {
			what = append(what, fmt.Sprintf("usage terms: only in the feed %v, only in the photo %v", a, b))
			ev["only_in_feed"], ev["only_in_photo"] = a, b
		}
	}
	if len(what) == 0 {
		return nil
	}
	return finding("The feed item and the photo's fields disagree on rights: "+strings.Join(what, "; "), ev)
}

// agenciesDiffer: both credits name an agency, another one, and neither
// names the other as a partner ("Jane Roe/AP/dpa" is dpa distributing AP).
func agenciesDiffer(a, b caption.CreditLine) bool {
	if a.Agency == "" || b.Agency == "" || a.Agency == b.Agency {
		return false
	}
	partner := func(cl caption.CreditLine, agency string) bool {
		return slices.ContainsFunc(cl.Partners, func(p string) bool { return caption.AgencyName(p) == agency })
	}
	return !partner(a, b.Agency) && !partner(b, a.Agency)
}
