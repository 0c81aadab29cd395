package wirecap

import "github.com/wirecap/wirecap/internal/check"

// Code is a rule's stable ID ("embargo.active"): Finding.Rule, and a key of
// the policy's [severity] table. It is written in JSON as its string.
type Code = check.Code

// Severity is how much a finding weighs (SeverityError, SeverityWarning,
// SeverityInfo). It is written in JSON as its string.
type Severity = check.Severity

// Decision is a Verdict's answer (Allow, Review, Deny). It is written in
// JSON as its string.
type Decision = check.Decision

// Rule codes a Finding may carry, grouped by subject; README.md says what
// each checks.
const (
	FileUnreadable     = check.FileUnreadable
	FileTruncated      = check.FileTruncated
	InternalError      = check.InternalError
	MetadataIncomplete = check.MetadataIncomplete
	MetadataUnsynced   = check.MetadataUnsynced
	MetadataCharset    = check.MetadataCharset
	ImageTooSmall      = check.ImageTooSmall

	UseKilled = check.UseKilled
	UseDenied = check.UseDenied
	UseReview = check.UseReview

	FeedUnreadable    = check.FeedUnreadable
	FeedCanceled      = check.FeedCanceled
	FeedWithheld      = check.FeedWithheld
	FeedConflict      = check.FeedConflict
	FeedCorrection    = check.FeedCorrection
	FeedStatusUnknown = check.FeedStatusUnknown

	EmbargoActive        = check.EmbargoActive
	RightsExpired        = check.RightsExpired
	RightsUnknown        = check.RightsUnknown
	RightsDataMining     = check.RightsDataMining
	RestrictionsUnsynced = check.RestrictionsUnsynced

	CreditMissing      = check.CreditMissing
	CreditMismatch     = check.CreditMismatch
	CreditTruncated    = check.CreditTruncated
	CreditUnrecognised = check.CreditUnrecognised

	DateMismatch        = check.DateMismatch
	DateFuture          = check.DateFuture
	DateArchive         = check.DateArchive
	LocationMismatch    = check.LocationMismatch
	LocationGPSMismatch = check.LocationGPSMismatch

	ArticleUnreadable  = check.ArticleUnreadable
	ArticlePlaceAbsent = check.ArticlePlaceAbsent
	ArticleLanguage    = check.ArticleLanguage

	AIGenerated         = check.AIGenerated
	AIComposite         = check.AIComposite
	AIEnhanced          = check.AIEnhanced
	AILabelMissing      = check.AILabelMissing
	AISourceConflict    = check.AISourceConflict
	ProvenanceInvalid   = check.ProvenanceInvalid
	ProvenanceUntrusted = check.ProvenanceUntrusted
)
