package wirecap

import "github.com/wirecap/wirecap/record"

// Code is a rule's stable ID ("embargo.active"): Finding.Rule, and a key of
// the policy's [severity] table. It is written in JSON as its string.
type Code = record.Code

// Severity is how much a finding weighs (SeverityError, SeverityWarning,
// SeverityInfo). It is written in JSON as its string.
type Severity = record.Severity

// Decision is a Verdict's answer (Allow, Review, Deny). It is written in
// JSON as its string.
type Decision = record.Decision

// Rule codes a Finding may carry, grouped by subject; README.md says what
// each checks.
const (
	FileUnreadable     = record.FileUnreadable
	FileTruncated      = record.FileTruncated
	InternalError      = record.InternalError
	MetadataIncomplete = record.MetadataIncomplete
	MetadataUnsynced   = record.MetadataUnsynced
	MetadataCharset    = record.MetadataCharset
	ImageTooSmall      = record.ImageTooSmall

	UseKilled = record.UseKilled
	UseDenied = record.UseDenied
	UseReview = record.UseReview

	FeedUnreadable    = record.FeedUnreadable
	FeedCanceled      = record.FeedCanceled
	FeedWithheld      = record.FeedWithheld
	FeedConflict      = record.FeedConflict
	FeedCorrection    = record.FeedCorrection
	FeedStatusUnknown = record.FeedStatusUnknown

	EmbargoActive        = record.EmbargoActive
	RightsExpired        = record.RightsExpired
	RightsUnknown        = record.RightsUnknown
	RightsDataMining     = record.RightsDataMining
	RestrictionsUnsynced = record.RestrictionsUnsynced

	CreditMissing      = record.CreditMissing
	CreditMismatch     = record.CreditMismatch
	CreditTruncated    = record.CreditTruncated
	CreditUnrecognised = record.CreditUnrecognised

	DateMismatch        = record.DateMismatch
	DateFuture          = record.DateFuture
	DateArchive         = record.DateArchive
	LocationMismatch    = record.LocationMismatch
	LocationGPSMismatch = record.LocationGPSMismatch

	ArticleUnreadable  = record.ArticleUnreadable
	ArticlePlaceAbsent = record.ArticlePlaceAbsent
	ArticleLanguage    = record.ArticleLanguage

	AIGenerated         = record.AIGenerated
	AIComposite         = record.AIComposite
	AIEnhanced          = record.AIEnhanced
	AILabelMissing      = record.AILabelMissing
	AISourceConflict    = record.AISourceConflict
	ProvenanceInvalid   = record.ProvenanceInvalid
	ProvenanceUntrusted = record.ProvenanceUntrusted
)
