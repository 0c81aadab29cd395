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

// Rule codes (record's); the rules table in check.go gives each its
// severity and function.
const (
	FileUnreadable       = record.FileUnreadable
	FileTruncated        = record.FileTruncated
	InternalError        = record.InternalError
	MetadataIncomplete   = record.MetadataIncomplete
	MetadataUnsynced     = record.MetadataUnsynced
	MetadataCharset      = record.MetadataCharset
	ImageTooSmall        = record.ImageTooSmall
	UseKilled            = record.UseKilled
	UseDenied            = record.UseDenied
	UseReview            = record.UseReview
	FeedUnreadable       = record.FeedUnreadable
	FeedCanceled         = record.FeedCanceled
	FeedWithheld         = record.FeedWithheld
	FeedConflict         = record.FeedConflict
	FeedCorrection       = record.FeedCorrection
	FeedStatusUnknown    = record.FeedStatusUnknown
	EmbargoActive        = record.EmbargoActive
	RightsExpired        = record.RightsExpired
	RightsUnknown        = record.RightsUnknown
	RightsDataMining     = record.RightsDataMining
	RestrictionsUnsynced = record.RestrictionsUnsynced
	CreditMissing        = record.CreditMissing
	CreditMismatch       = record.CreditMismatch
	CreditTruncated      = record.CreditTruncated
	CreditUnrecognised   = record.CreditUnrecognised
	DateMismatch         = record.DateMismatch
	DateFuture           = record.DateFuture
	DateArchive          = record.DateArchive
	LocationMismatch     = record.LocationMismatch
	LocationGPSMismatch  = record.LocationGPSMismatch
	ArticleUnreadable    = record.ArticleUnreadable
	ArticlePlaceAbsent   = record.ArticlePlaceAbsent
	ArticleLanguage      = record.ArticleLanguage
	AIGenerated          = record.AIGenerated
	AIComposite          = record.AIComposite
	AIEnhanced           = record.AIEnhanced
	AILabelMissing       = record.AILabelMissing
	AISourceConflict     = record.AISourceConflict
	ProvenanceInvalid    = record.ProvenanceInvalid
	ProvenanceUntrusted  = record.ProvenanceUntrusted
)
