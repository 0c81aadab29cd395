package wirecap_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/wirecap/wirecap"
)

// TestFeedAndLeaseOptions: a canceled feed item under Options.Feed denies
// the photo; a deny lease denies it; missing files are OptionErrors.
func TestFeedAndLeaseOptions(t *testing.T) {
	dir := t.TempDir()
	photo := filepath.Join(dir, "handout.jpg")
	b, err := os.ReadFile(seedPhoto)
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{
		"handout.jpg":     string(b),
		"feeds/kill.json": `{"uri":"urn:example:k","type":"picture","pubStatus":"canceled","renditions":[{"href":"https://example.com/bin/handout.jpg"}]}`,
		"leases.csv":      "match,action\nhandout.jpg,deny\n",
	}
	for name, content := range files {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, o := range []wirecap.Options{{Feed: filepath.Join(dir, "feeds")}, {Leases: filepath.Join(dir, "leases.csv")}} {
		o.AsOf = runDay
		rec, err := wirecap.Check(context.Background(), photo, o)
		if err != nil || rec.Verdict.Decision != "deny" {
			t.Errorf("%+v: %v %v", o, err, rec.Verdict)
		}
	}
	for _, o := range []wirecap.Options{{Feed: filepath.Join(dir, "none")}, {Leases: filepath.Join(dir, "none.csv")}} {
		var oe *wirecap.OptionError
		if _, err := wirecap.Check(context.Background(), photo, o); !errors.As(err, &oe) {
			t.Errorf("%+v: %v, want an OptionError", o, err)
		}
	}
}
