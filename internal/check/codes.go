package check

import "github.com/wirecap/wirecap/record"

// Code, Severity and Decision are package record's (a Finding's Rule and
// Severity, a Verdict's Decision); the names here keep the rules short.
type (
	Code     = record.Code
	Severity = record.Severity
	Decision = record.Decision
)

// Severities.
const (
	Error   = record.SeverityError
	Warning = record.SeverityWarning
	Info    = record.SeverityInfo
)

// Decisions.
const (
	Allow  = record.Allow
	Deny   = record.Deny
	Review = record.Review
)
