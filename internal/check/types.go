package check

import (
	"fmt"
	"time"

	"github.com/wirecap/wirecap/record"
)

// Finding is one rule's result; Verdict answers whether the planned use
// may go ahead (package record).
type (
	Finding = record.Finding
	Verdict = record.Verdict
)

// StageError is a stage of the pipeline that failed (panicked) on a photo
// before the checks ran.
type StageError struct {
	Stage   string
	Message string
}

// Error is the photo's error message for the failure.
func (e StageError) Error() string {
	return fmt.Sprintf("internal error in the %s stage (a bug, please report it): %s", e.Stage, e.Message)
}

// Failed are the findings and verdict of a photo whose checks could not
// run because a stage failed: nothing was checked, so nothing is allowed.
func Failed(errs []StageError, use, territory string, asOf time.Time) ([]Finding, *Verdict) {
	findings, reasons := []Finding{}, []string{}
	for _, e := range errs {
		f := e.Finding()
		findings = append(findings, f)
		reasons = append(reasons, string(f.Rule)+": "+f.Message)
	}
	var terr *string
	if territory != "" {
		terr = &territory
	}
	return findings, &Verdict{Use: use, Territory: terr, AsOf: asOf.UTC().Format(time.RFC3339), Decision: Deny, Reasons: reasons}
}

// Finding is the internal.error finding that reports the failure.
func (e StageError) Finding() Finding {
	return Finding{Rule: record.InternalError, Severity: Error,
		Message:  fmt.Sprintf("wirecap failed in its %s stage on this photo (a bug: please report it): %s", e.Stage, e.Message),
		Evidence: evidence(map[string]any{"stage": e.Stage, "error": e.Message})}
}

// clock answers every comparison with the as-of time and remembers the
// nearest instants, before and after it, at which an answer would change.
type clock struct {
	asOf, from, until time.Time
}

// before reports asOf < t.
func (c *clock) before(t time.Time) bool {
	b := c.asOf.Before(t)
	switch {
	case b && (c.until.IsZero() || t.Before(c.until)):
		c.until = t
	case !b && t.After(c.from):
		c.from = t
	}
	return b
}

// after reports asOf > t.
func (c *clock) after(t time.Time) bool { return !c.before(t.Add(time.Nanosecond)) }

func (c *clock) window() (from, until *string) {
	format := func(t time.Time) *string {
		if t.IsZero() {
			return nil
		}
		s := t.UTC().Format(time.RFC3339Nano)
		return &s
	}
	return format(c.from), format(c.until)
}
