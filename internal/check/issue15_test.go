package check

import (
	"strings"
	"testing"
	"time"

	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/internal/article"
	"github.com/wirecap/wirecap/internal/metatest"
	"github.com/wirecap/wirecap/internal/reconcile"
	"github.com/wirecap/wirecap/record"
)

func reconcileIPTC(m *imagemeta.Metadata) *reconcile.Facts {
	return reconcile.Reconcile(m, nil, nil, time.Time{})
}

// TestCreditToPrint: a MANDATORY_CREDIT restriction always gives the
// credit line to print as a reason: the one it quotes, else the photo's
// credit (the conventions of three agencies, with invented names).
func TestCreditToPrint(t *testing.T) {
	for _, tc := range []struct {
		name, caption, iptcCredit, want string
	}{
		{"quoted value", `Fans cheer in Lyon, France, on March 5, 2024. (Photo by Anna Berger / AFP) / MANDATORY CREDIT "AFP PHOTO / Lyon City Hall"`, "AFP",
			`print the credit "AFP PHOTO / Lyon City Hall"`},
		{"credit should read", "Fans cheer in Lyon, France, on March 5, 2024. Photo credit should read: Anna Berger/Northpix", "",
			`print the credit "Anna Berger/Northpix"`},
		{"tail credit", "Fans cheer in Lyon, France, March 5, 2024. REUTERS/Jan Novak MANDATORY CREDIT", "",
			`print the credit "REUTERS/Jan Novak"`},
		{"photo by, Shutterstock", "Mandatory Credit: Photo by Jan Novak/Shutterstock (14012345a) Fans cheer in Lyon, France, on March 5, 2024.", "",
			`print the credit "Photo by Jan Novak/Shutterstock"`},
		{"no mandatory credit", "Fans cheer in Lyon, France, March 5, 2024. REUTERS/Jan Novak", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fields := metatest.Fields{}
			if tc.iptcCredit != "" {
				fields["credit"] = field(tc.iptcCredit, map[string]any{"iptc": tc.iptcCredit})
			}
			in := input(t, tc.caption, fields)
			_, v := Run(in)
			n := 0
			for _, reason := range v.Reasons {
				if strings.HasPrefix(reason, "print the credit") {
					n++
					if reason != tc.want {
						t.Errorf("reason %q, want %q", reason, tc.want)
					}
				}
			}
			if want := map[bool]int{true: 1, false: 0}[tc.want != ""]; n != want {
				t.Errorf("%d credit reasons in %q, want %d", n, v.Reasons, want)
			}
		})
	}
}

// TestDisplayedSize: the desk minimum is for the picture as shown; EXIF
// orientations 5 to 8 swap width and height.
func TestDisplayedSize(t *testing.T) {
	for _, tc := range []struct {
		w, h, orientation int
		small             bool
	}{
		{3000, 2000, 1, false}, {3000, 2000, 0, false}, {3000, 2000, 3, false},
		{3000, 2000, 6, true}, {3000, 2000, 8, true}, {3000, 2000, 5, true}, {3000, 2000, 7, true},
		{2000, 3000, 6, false}, {2000, 3000, 1, true},
	} {
		m := &imagemeta.Metadata{Format: "jpeg", Width: tc.w, Height: tc.h, Orientation: tc.orientation}
		in := &Input{File: "p.jpg", Facts: facts("AFP", true), Meta: m, Use: "editorial", AsOf: asOf, Policy: DefaultPolicy()}
		in.Policy.MinWidth, in.Policy.MinHeight = 2400, 1600 // landscape minimum
		fs, v := Run(in)
		got := strings.Contains(rulesOf(fs), "image.too_small")
		if got != tc.small {
			t.Errorf("%dx%d orientation %d: too small %v, want %v (%s)", tc.w, tc.h, tc.orientation, got, tc.small, rulesOf(fs))
		}
		if tc.small && v.Decision != Review {
			t.Errorf("%dx%d orientation %d: decision %s, want review", tc.w, tc.h, tc.orientation, v.Decision)
		}
	}
}

// TestFileTruncated: a file cut short is review for every use, editorial
// included, and is not also reported as unread metadata.
func TestFileTruncated(t *testing.T) {
	cut := &imagemeta.Metadata{Format: "jpeg", Width: 10, Height: 10, Notes: []imagemeta.Note{
		{Kind: "jpeg", Message: "JPEG has no end-of-image marker: the file is truncated", Incomplete: true, Truncated: true}}}
	whole := &imagemeta.Metadata{Format: "jpeg", Width: 10, Height: 10}
	for _, use := range []string{"editorial", "online", "social", "marketing"} {
		for _, tc := range []struct {
			m    *imagemeta.Metadata
			want Decision
		}{{cut, Review}, {whole, Allow}} {
			in := &Input{File: "p.jpg", Facts: facts("AFP", true), Meta: tc.m, Use: use, AsOf: asOf, Policy: DefaultPolicy()}
			in.Policy.Licences = map[string][]string{"*": Uses}
			fs, v := Run(in)
			if v.Decision != tc.want {
				t.Errorf("%s, %d notes: decision %s, want %s (%s)", use, len(tc.m.Notes), v.Decision, tc.want, rulesOf(fs))
			}
			rules := rulesOf(fs)
			if tc.m == cut && (!strings.Contains(rules, "file.truncated") || strings.Contains(rules, "metadata.incomplete")) {
				t.Errorf("%s: findings %s, want file.truncated without metadata.incomplete", use, rules)
			}
		}
	}
}

// TestRightsUnknown: neither a credit nor a rights statement is review for
// every use, with a reason naming both; any one of them lifts it.
func TestRightsUnknown(t *testing.T) {
	for _, tc := range []struct {
		name    string
		caption string
		field   string // a metadata field set to a value
		unknown bool
	}{
		{"bare", "", "", true},
		{"caption without credit", "Fans cheer in Lyon, France, on March 5, 2024.", "", true},
		{"caption credit", "Fans cheer in Lyon, France, on March 5, 2024. (Photo by Anna Berger / Northpix)", "", false},
		{"IPTC Credit", "", "credit", false},
		{"Source", "", "source", false},
		{"By-line", "", "byline", false},
		{"copyright notice", "", "copyright", false},
		{"usage terms", "", "usage_terms", false},
		{"instructions", "", "instructions", false},
		{"restriction in caption", "Fans cheer in Lyon, France, on March 5, 2024. EDITORIAL USE ONLY", "", false},
	} {
		for _, use := range []string{"editorial", "social", "archive"} {
			fields := metatest.Fields{}
			if tc.field != "" {
				var v any = "Jan Novak Studio"
				if tc.field == "byline" {
					v = []any{v} // a by-line is a list
				}
				fields[tc.field] = field(v, map[string]any{"iptc": v})
			}
			in := input(t, tc.caption, fields)
			in.Use = use
			fs, v := Run(in)
			got := strings.Contains(rulesOf(fs), "rights.unknown")
			if got != tc.unknown {
				t.Errorf("%s, %s: rights.unknown %v, want %v (%s)", tc.name, use, got, tc.unknown, rulesOf(fs))
			}
			if tc.unknown {
				all := strings.Join(v.Reasons, " | ")
				if v.Decision != Review || !strings.Contains(all, "No credit") || !strings.Contains(all, "no rights statement") {
					t.Errorf("%s, %s: %s %q, want review saying what is missing", tc.name, use, v.Decision, v.Reasons)
				}
			}
		}
	}
	// A policy cannot lower it below a warning.
	p := DefaultPolicy()
	p.Severity = map[Code]Severity{"rights.unknown": "info"}
	if err := p.validate(); err == nil {
		t.Error("policy lowering rights.unknown to info accepted")
	}
}

// TestArchiveDate: date.archive measures against the article's own date,
// else the newest date it mentions that has begun by the as-of time;
// dates still ahead never count.
func TestArchiveDate(t *testing.T) {
	photo := "Firefighters battle a blaze in Lyon, France, on March 5, 2024. (Photo by Anna Berger / AFP)"
	old := "Firefighters train in Lyon, France, on January 10, 2024. (Photo by Anna Berger / AFP)"
	at := func(s string) time.Time { tm, _ := time.Parse(time.RFC3339, s); return tm }
	for _, tc := range []struct {
		name, caption string
		art           *article.Article
		asOf          time.Time
		archive       bool
		word          string
	}{
		{"future date mentioned", photo, &article.Article{Article: record.Article{Dates: []string{"2024-03-05", "2025-01-15"}}}, at("2024-03-06T09:00:00Z"), false, ""},
		{"own date beats a later mention", photo, &article.Article{Article: record.Article{Dates: []string{"2024-03-05", "2024-05-01"}, Date: "2024-03-06", DateFrom: article.DateFromDateline}}, at("2024-06-01T00:00:00Z"), false, ""},
		{"own date makes an archive photo", old, &article.Article{Article: record.Article{Dates: []string{"2024-01-10"}, Date: "2024-03-05", DateFrom: article.DateFromMeta}}, at("2024-03-06T00:00:00Z"), true, "its publication date"},
		{"newest mentioned, past", old, &article.Article{Article: record.Article{Dates: []string{"2024-01-10", "2024-03-04"}}}, at("2024-03-06T00:00:00Z"), true, "the latest date it mentions"},
		{"only future mentions", old, &article.Article{Article: record.Article{Dates: []string{"2024-06-01"}}}, at("2024-03-06T00:00:00Z"), false, ""},
		// A day counts once it has begun somewhere (00:00 at UTC+14).
		{"tomorrow begun in Kiribati", old, &article.Article{Article: record.Article{Dates: []string{"2024-01-10", "2024-03-07"}}}, at("2024-03-06T10:00:00Z"), true, "2024-03-07"},
		{"file photo", "FILE PHOTO: " + old, &article.Article{Article: record.Article{Dates: []string{"2024-03-05"}}}, at("2024-03-06T00:00:00Z"), false, ""},
	} {
		in := input(t, tc.caption, nil)
		in.Article, in.AsOf = tc.art, tc.asOf
		fs, _ := Run(in)
		var msg string
		for _, f := range fs {
			if f.Rule == "date.archive" {
				msg = f.Message
			}
		}
		if (msg != "") != tc.archive || !strings.Contains(msg, tc.word) {
			t.Errorf("%s: date.archive %q, want %v saying %q", tc.name, msg, tc.archive, tc.word)
		}
	}
}

// TestIPTCExpiryAndRelease: Expiration Date is the last day of use; a date
// alone ends when that day has ended somewhere (10:00 UTC). Release Date
// alone lifts the embargo when the day has begun everywhere (12:00 UTC).
func TestIPTCExpiryAndRelease(t *testing.T) {
	for _, tc := range []struct {
		name string
		iptc map[string]any
		asOf string
		want Decision
	}{
		{"expiry day, start", map[string]any{"ExpirationDate": "2024:03:10"}, "2024-03-10T00:00:00Z", Allow},
		{"expiry day, 09:59 UTC", map[string]any{"ExpirationDate": "2024:03:10"}, "2024-03-10T09:59:59Z", Allow},
		{"expiry day over at UTC+14", map[string]any{"ExpirationDate": "2024:03:10"}, "2024-03-10T10:00:00Z", Deny},
		{"day after expiry", map[string]any{"ExpirationDate": "2024:03:10"}, "2024-03-11T00:00:00Z", Deny},
		{"expiry with time, before", map[string]any{"ExpirationDate": "2024:03:10", "ExpirationTime": "18:00:00+01:00"}, "2024-03-10T16:59:59Z", Allow},
		{"expiry with time, at", map[string]any{"ExpirationDate": "2024:03:10", "ExpirationTime": "18:00:00+01:00"}, "2024-03-10T17:00:00Z", Deny},
		{"release day, not begun everywhere", map[string]any{"ReleaseDate": "2024:03:06"}, "2024-03-06T11:59:59Z", Deny},
		{"release day begun everywhere", map[string]any{"ReleaseDate": "2024:03:06"}, "2024-03-06T12:00:00Z", Allow},
		{"release with time, before", map[string]any{"ReleaseDate": "2024:03:06", "ReleaseTime": "00:01:00+00:00"}, "2024-03-06T00:00:59Z", Deny},
		{"release with time, at", map[string]any{"ReleaseDate": "2024:03:06", "ReleaseTime": "00:01:00+00:00"}, "2024-03-06T00:01:00Z", Allow},
	} {
		m := &imagemeta.Metadata{Format: "jpeg", Width: 10, Height: 10, IPTC: tc.iptc}
		f := facts("AFP", true)
		base := reconcileIPTC(m)
		f.Release, f.Expiration = base.Release, base.Expiration
		asOf, _ := time.Parse(time.RFC3339, tc.asOf)
		in := &Input{File: "p.jpg", Facts: f, Meta: m, Use: "editorial", AsOf: asOf, Policy: DefaultPolicy()}
		fs, v := Run(in)
		if v.Decision != tc.want {
			t.Errorf("%s: %s, want %s (%s)", tc.name, v.Decision, tc.want, rulesOf(fs))
		}
	}
}
