// Command wirecap-beam runs wirecap's desk check over many photos as an
// Apache Beam pipeline and writes the records as sharded NDJSON:
//
//	wirecap-beam --input photos/ --output out/ --shards 4 --use editorial
//	wirecap-beam --files_from inventory.csv.gz --output gs://desk/run1 --runner dataflow ...
//
// It runs on Prism (the default, in process) and, unchanged, on Dataflow,
// Flink and Spark; beam/README.md gives the flags for each. Exit 0 when
// every shard is written (the records carry the verdicts), 2 on a usage
// error or a failed pipeline.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/wirecap/wirecap"
	"github.com/wirecap/wirecap/beam/wirecapbeam"
)

// listFlag is a flag that may be given several times or with commas.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }

func (l *listFlag) Set(v string) error {
	*l = append(*l, strings.Split(v, ",")...)
	return nil
}

var (
	inputs    listFlag
	filesFrom = flag.String("files_from", "", "file (or glob; .gz is read as gzip) listing photos one per line: paths, keys, or S3 Inventory CSV rows")
	output    = flag.String("output", "", "folder the shards are written into: a path, gs://bucket/prefix or s3://bucket/prefix")
	shards    = flag.Int("shards", 4, "number of NDJSON files out-SSSSS-of-NNNNN.ndjson; a folder's photos share one")
	use       = flag.String("use", "", "planned use ("+strings.Join(wirecap.Uses, ", ")+"); default: the policy's, else editorial")
	territory = flag.String("territory", "", "where the photos will run (ISO code or English name)")
	asOf      = flag.String("as_of", "", "when the photos will run: YYYY-MM-DD or RFC 3339; default: when the pipeline is launched")
	policy    = flag.String("policy", "", "the desk's policy (TOML); each worker reads it, so on a remote runner a path the workers can read")
)

func init() {
	flag.Var(&inputs, "input", "local folder or photo, walked recursively (repeat or comma-separate for several)")
}

func main() {
	flag.Parse()
	beam.Init() // returns only when this process is the launcher, not a worker
	if err := run(context.Background(), os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "wirecap-beam:", err)
		var ue *wirecapbeam.UsageError
		if errors.As(err, &ue) {
			fmt.Fprintln(os.Stderr, "Run wirecap-beam --help for the flags.")
		}
		os.Exit(2)
	}
}

func run(ctx context.Context, log io.Writer) error {
	if flag.NArg() > 0 {
		return wirecapbeam.Usagef("unexpected argument %q: photos are given with --input or --files_from", flag.Arg(0))
	}
	when, err := parseAsOf(*asOf, time.Now().UTC())
	if err != nil {
		return err
	}
	cfg := wirecapbeam.Config{Inputs: slices.DeleteFunc(slices.Clone(inputs), isBlank), FilesFrom: *filesFrom,
		Output: *output, Shards: *shards, Use: *use, Territory: *territory, AsOf: when, PolicyPath: *policy}
	if err := cfg.Validate(ctx); err != nil {
		return err
	}
	if err := wirecapbeam.PrepareOutput(cfg.Output); err != nil {
		return err
	}
	p, s := beam.NewPipelineWithRoot()
	wirecapbeam.Build(s, cfg)
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		return fmt.Errorf("pipeline failed: %w", err)
	}
	if res != nil {
		wirecapbeam.WriteTally(log, res.Metrics(), cfg)
	}
	return nil
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// asOfLayouts are the forms --as_of takes, as the command line's --as-of.
var asOfLayouts = []string{time.RFC3339, "2006-01-02"}

// parseAsOf reads --as_of; "" is now, fixed at launch so that every worker
// checks for the same instant.
func parseAsOf(v string, now time.Time) (time.Time, error) {
	if v == "" {
		return now, nil
	}
	for _, layout := range asOfLayouts {
		if t, err := time.Parse(layout, v); err == nil {
			return t, nil
		}
	}
	return time.Time{}, wirecapbeam.Usagef("--as_of %q: want YYYY-MM-DD or an RFC 3339 time", v)
}
