package wirecap_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
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
	s := rec.Summary
	fmt.Println("agency:", *s.Agency)
	fmt.Println("credit as supplied:", *s.Credit)
	fmt.Println("credit we print:", *s.CreditPrint)
	// Output:
	// agency: AFP
	// credit as supplied: AFP PHOTO / Russian Defence Ministry
	// credit we print: Russian Defence Ministry/AFP
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

// Which photos in this folder are embargoed? NoSidecars checks the
// folder without writing anything beside the photos.
func ExampleProcess() {
	o := wirecap.ProcessOptions{Options: wirecap.Options{AsOf: runDay}, NoSidecars: true}
	err := wirecap.Process(context.Background(), []string{"testdata/photos/wires"}, o, func(rec *wirecap.Record) error {
		for _, f := range rec.Findings {
			if f.Rule == "embargo.active" {
				fmt.Println(filepath.Base(rec.SourceFile), "-", f.Message)
			}
		}
		return nil
	})
	if err != nil {
		panic(err)
	}
	// Output:
	// afp-embargo.jpg - Embargoed until 2030-03-05T00:01:00Z: not before then
}

// Keep a sidecar beside every photo (here under a folder of their own):
// the second run finds them up to date and computes nothing again.
func ExampleProcess_sidecars() {
	out, err := os.MkdirTemp("", "sidecars")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(out)
	o := wirecap.ProcessOptions{Options: wirecap.Options{AsOf: runDay}, OutDir: out}
	for run := 1; run <= 2; run++ {
		written, reused := 0, 0
		err := wirecap.Process(context.Background(), []string{"testdata/photos/lyon-fire", "testdata/photos/seed-paratroopers"}, o,
			func(rec *wirecap.Record) error {
				if rec.Reused {
					reused++
				} else {
					written++
				}
				return nil
			})
		if err != nil {
			panic(err)
		}
		fmt.Printf("run %d: %d written, %d up to date\n", run, written, reused)
	}
	// Output:
	// run 1: 2 written, 0 up to date
	// run 2: 0 written, 2 up to date
}

// Does the photo pass our desk's policy? The policy gives the use and
// territory when none is asked for, and its own thresholds.
func ExampleLoadPolicy() {
	pol, err := wirecap.LoadPolicy("testdata/policy/desk.toml")
	if err != nil {
		panic(err)
	}
	rec, err := wirecap.Check(context.Background(), seedPhoto, wirecap.Options{AsOf: runDay, Policy: pol})
	if err != nil {
		panic(err)
	}
	v := rec.Verdict
	fmt.Println(v.Use, *v.Territory, v.Decision)
	for _, f := range rec.Findings {
		fmt.Println(f.Severity, f.Rule)
	}
	// Output:
	// online FR review
	// warning date.mismatch
	// warning article.place_absent
	// warning use.review
}
