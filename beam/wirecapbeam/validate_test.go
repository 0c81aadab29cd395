package wirecapbeam

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestValidate: what would fail every photo alike is a usage error before
// any worker starts, naming what to fix.
func TestValidate(t *testing.T) {
	badPolicy := filepath.Join(t.TempDir(), "desk.toml")
	if err := os.WriteFile(badPolicy, []byte("no_such_key = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ok := Config{Inputs: []string{"photos"}, Output: "out", Shards: 2}
	for _, tc := range []struct {
		name   string
		change func(*Config)
		want   string // "" = valid
	}{
		{"valid", func(*Config) {}, ""},
		{"list only", func(c *Config) { c.Inputs, c.FilesFrom = nil, "list.txt" }, ""},
		{"no input", func(c *Config) { c.Inputs = nil }, "--input or --files_from"},
		{"no output", func(c *Config) { c.Output = "" }, "--output"},
		{"no shards", func(c *Config) { c.Shards = 0 }, "--shards"},
		{"bad use", func(c *Config) { c.Use = "billboard" }, "billboard"},
		{"bad territory", func(c *Config) { c.Territory = "Atlantis" }, "Atlantis"},
		{"missing policy", func(c *Config) { c.PolicyPath = badPolicy + ".missing" }, "--policy"},
		{"bad policy", func(c *Config) { c.PolicyPath = badPolicy }, "no_such_key"},
	} {
		c := ok
		tc.change(&c)
		err := c.Validate(context.Background())
		var ue *UsageError
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.name, err)
		case tc.want != "" && (!errors.As(err, &ue) || !strings.Contains(err.Error(), tc.want)):
			t.Errorf("%s: error %v; want a usage error naming %q", tc.name, err, tc.want)
		}
	}
}
