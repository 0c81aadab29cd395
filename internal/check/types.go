package check

import (
	"fmt"
	"time"
)

// Finding is one rule's result.
type Finding struct {
	Rule     Code           `json:"rule"`
	Severity Severity       `json:"severity"`
	Message  string         `json:"message"`
	Evidence map[string]any `json:"evidence"`
}

// Verdict answers whether the planned use may go ahead. ValidFrom and
// ValidUntil bound the as-of times at which the same inputs give the same
// findings and verdict (nil: unbounded): an embargo lifting, an expiry, a
// release date, a date turning future or past.
type Verdict struct {
	Use        string   `json:"use"`
	Territory  *string  `json:"territory"`
	AsOf       string   `json:"as_of"`
	Decision   Decision `json:"decision"`
	Reasons    []string `json:"reasons"`
	ValidFrom  *string  `json:"valid_from,omitempty"`
	ValidUntil *string  `json:"valid_until,omitempty"`
	// Leases are the desk's leases that applied (--leases).
	Leases []Lease `json:"leases,omitempty"`
}

// StageError is a stage of the pipeline that failed (panicked) on a photo
// before the checks ran.
type StageError struct {
	Stage   string
	Message string
}

// Finding is the internal.error finding that reports the failure.
func (e StageError) Finding() Finding {
	return Finding{Rule: InternalError, Severity: Error,
		Message:  fmt.Sprintf("wirecap failed in its %s stage on this photo (a bug: please report it): %s", e.Stage, e.Message),
		Evidence: map[string]any{"stage": e.Stage, "error": e.Message}}
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
