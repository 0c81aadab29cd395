package wirecapbeam

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/wirecap/wirecap"
)

// PrepareOutput creates a local output folder, as `wirecap process
// --out-dir` does; object stores (gs://, s3://) have no folders to create.
func PrepareOutput(output string) error {
	if strings.Contains(output, "://") {
		return nil
	}
	if err := os.MkdirAll(output, 0o777); err != nil {
		return fmt.Errorf("output folder: %w", err)
	}
	return nil
}

// tallyOrder is the order the run's counters are reported in.
var tallyOrder = []string{"photos", string(wirecap.Allow), string(wirecap.Review), string(wirecap.Deny), "unreadable", "skipped", "ignored"}

// WriteTally prints what the run did, from its counters: how many photos,
// how each was decided, how many paths were unreadable, skipped (not
// photos) or ignored (companions), and where the shards are, so that
// nothing listed passes unseen. Runners that report no metrics give zeros.
func WriteTally(w io.Writer, m metrics.Results, c Config) {
	got := map[string]int64{}
	for _, r := range m.AllMetrics().Counters() {
		if r.Namespace() == "wirecap" {
			got[r.Name()] += r.Result()
		}
	}
	parts := make([]string, len(tallyOrder))
	for i, name := range tallyOrder {
		parts[i] = fmt.Sprintf("%d %s", got[name], name)
	}
	fmt.Fprintf(w, "wirecap-beam: %s; records in %s\n", strings.Join(parts, ", "),
		joinPath(c.Output, fmt.Sprintf("out-*-of-%05d.ndjson", c.Shards)))
}
