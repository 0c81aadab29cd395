package wirecap_test

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/wirecap/wirecap"
)

// The seed's case: an AFP handout restricted to editorial use, wanted for
// a marketing page in France.
const seedPhoto = "testdata/photos/seed-paratroopers/handout-chkalovsky.jpg"

var runDay = time.Date(2022, 3, 10, 0, 0, 0, 0, time.UTC)

// May I run this photo for marketing in France?
func ExampleCheck() {
	rec, err := wirecap.Check(context.Background(), seedPhoto, wirecap.Options{
		Use: "marketing", Territory: "FR", AsOf: runDay})
	if err != nil {
		panic(err)
	}
	fmt.Println(rec.Verdict.Decision)
	for _, r := range rec.Verdict.Reasons {
		if strings.Contains(r, "forbids") {
			fmt.Println(r)
		}
	}
	// Output:
	// deny
	// EDITORIAL_ONLY ("RESTRICTED TO EDITORIAL USE") forbids marketing use
	// NO_MARKETING ("NO MARKETING") forbids marketing use
	// NO_ADVERTISING ("NO ADVERTISING CAMPAIGNS") forbids marketing use
}

// What credit do I print, and who is the agency?
func ExampleCheck_credit() {
	rec, err := wirecap.Check(context.Background(), seedPhoto, wirecap.Options{AsOf: runDay})
	if err != nil {
		panic(err)
	}
	fmt.Println(*rec.Summary.Agency, "|", *rec.Summary.Credit)
	// Output: AFP | AFP PHOTO / Russian Defence Ministry
}

// Does the photo agree with the article it illustrates?
func ExampleCheck_findings() {
	rec, err := wirecap.Check(context.Background(), seedPhoto, wirecap.Options{AsOf: runDay})
	if err != nil {
		panic(err)
	}
	for _, f := range rec.Findings {
		if f.Severity != wirecap.SeverityInfo {
			fmt.Println(f.Severity, f.Rule)
		}
	}
	// Output:
	// warning date.mismatch
	// warning date.archive
	// warning article.place_absent
	// warning use.review
}
