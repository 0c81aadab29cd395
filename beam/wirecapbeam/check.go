package wirecapbeam

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/wirecap/wirecap"
)

var (
	photoCount      = beam.NewCounter("wirecap", "photos")
	unreadableCount = beam.NewCounter("wirecap", "unreadable")
	// One counter per decision: the run's tally, as `wirecap report` gives.
	decisionCounts = map[wirecap.Decision]beam.Counter{
		wirecap.Allow:  beam.NewCounter("wirecap", string(wirecap.Allow)),
		wirecap.Review: beam.NewCounter("wirecap", string(wirecap.Review)),
		wirecap.Deny:   beam.NewCounter("wirecap", string(wirecap.Deny)),
	}
)

func init() {
	register.DoFn3x1[context.Context, Item, func(int, []byte), error](&checkFn{})
	register.Emitter2[int, []byte]()
}

// checkFn checks one photo with the library and emits its record as one
// JSON line, keyed by its shard. Its exported fields travel to the workers
// as JSON; the policy is loaded once per worker, from PolicyPath, so on a
// remote runner that path must be readable where the workers run.
type checkFn struct {
	Use, Territory string
	AsOf           time.Time
	PolicyPath     string
	Shards         int

	opts wirecap.Options
}

func (f *checkFn) Setup() error {
	f.opts = wirecap.Options{Use: f.Use, Territory: f.Territory, AsOf: f.AsOf}
	if f.PolicyPath == "" {
		return nil
	}
	pol, err := wirecap.LoadPolicy(f.PolicyPath)
	if err != nil {
		return fmt.Errorf("--policy: %w", err)
	}
	f.opts.Policy = pol
	return nil
}

// ProcessElement never fails for a photo: one that cannot be read gives a
// record with "error" and a file.unreadable finding, and the batch goes on.
// It fails for what would fail every photo alike (options, cancellation),
// so that the runner stops instead of writing a wrong record per photo.
func (f *checkFn) ProcessElement(ctx context.Context, it Item, emit func(int, []byte)) error {
	shard := wirecap.ShardOf(it.Path, f.Shards)
	if it.Skip != "" || it.Err != "" {
		line, err := encode(skipRecordOf(it))
		if err != nil {
			return err
		}
		countSkip(ctx, it)
		emit(shard, line)
		return nil
	}
	rec, err := wirecap.Check(ctx, it.Path, f.opts)
	var pe *wirecap.PhotoError
	switch {
	case errors.As(err, &pe) && rec != nil:
		unreadableCount.Inc(ctx, 1)
	case err != nil:
		return fmt.Errorf("wirecap-beam: %s: %w", it.Path, err)
	}
	photoCount.Inc(ctx, 1)
	if rec.Verdict != nil {
		if c, ok := decisionCounts[rec.Verdict.Decision]; ok {
			c.Inc(ctx, 1)
		}
	}
	line, err := encode(asCheckRecord(rec))
	if err != nil {
		return fmt.Errorf("wirecap-beam: %s: %w", it.Path, err)
	}
	emit(shard, line)
	return nil
}

func countSkip(ctx context.Context, it Item) {
	if it.Err != "" {
		unreadableCount.Inc(ctx, 1)
		return
	}
	skippedCount.Inc(ctx, 1)
}

// checkRecord is a record as `wirecap check --format ndjson` prints it:
// "findings" always an array, so that `jq '.findings[]'` works on a clean
// photo too.
type checkRecord struct {
	*wirecap.Record
	Findings []wirecap.Finding `json:"findings"`
}

func asCheckRecord(r *wirecap.Record) checkRecord {
	f := r.Findings
	if f == nil {
		f = []wirecap.Finding{}
	}
	return checkRecord{Record: r, Findings: f}
}

// skipRecord is the record `wirecap check` prints for a path it did not
// read as a photo: {"source_file", "skipped", "findings", "error"}; an I/O
// error has "skipped": "unreadable", its message in "error" and a
// file.unreadable finding.
type skipRecord struct {
	SourceFile string            `json:"source_file"`
	Skipped    string            `json:"skipped"`
	Findings   []wirecap.Finding `json:"findings"`
	Error      *string           `json:"error"`
}

func skipRecordOf(it Item) skipRecord {
	r := skipRecord{SourceFile: it.Path, Skipped: it.Skip, Findings: []wirecap.Finding{}}
	if it.Err != "" {
		msg := it.Err
		r.Skipped, r.Error = "unreadable", &msg
		r.Findings = append(r.Findings, wirecap.Finding{Rule: "file.unreadable", Severity: wirecap.SeverityError,
			Message: msg, Evidence: wirecap.Evidence{}})
	}
	return r
}

// encode is one NDJSON line without its newline, with <, > and & written
// as themselves, as the command line writes them.
func encode(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}
