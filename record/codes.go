package record

// Code is a rule's stable ID ("credit.missing"): a Finding's Rule and a key
// of the policy's [severity] table. It is written in JSON as its string.
type Code string

// Severity is how much a finding weighs: SeverityError, SeverityWarning or SeverityInfo. It is
// written in JSON as its string.
type Severity string

// Decision is a Verdict's answer: Allow, Review or Deny. It is written in
// JSON as its string.
type Decision string

// Severities.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Decisions.
const (
	Allow  Decision = "allow"  // the use may go ahead
	Review Decision = "review" // a person must look first; the reasons say at what
	Deny   Decision = "deny"   // the use may not go ahead; the reasons say why
)

// Rule codes a Finding may carry, grouped by subject; README.md says
// what each checks and its default severity.
const (
	FileUnreadable     Code = "file.unreadable"
	FileTruncated      Code = "file.truncated"
	InternalError      Code = "internal.error"
	MetadataIncomplete Code = "metadata.incomplete"
	MetadataUnsynced   Code = "metadata.unsynced"
	MetadataCharset    Code = "metadata.charset"
	ImageTooSmall      Code = "image.too_small"

	UseKilled Code = "use.killed"
	UseDenied Code = "use.denied" // the verdict's finding when it denies
	UseReview Code = "use.review" // the verdict's finding when it asks for review

	FeedUnreadable    Code = "feed.unreadable"
	FeedCanceled      Code = "feed.canceled"
	FeedWithheld      Code = "feed.withheld"
	FeedConflict      Code = "feed.conflict"
	FeedCorrection    Code = "feed.correction"
	FeedStatusUnknown Code = "feed.status_unknown"

	EmbargoActive        Code = "embargo.active"
	RightsExpired        Code = "rights.expired"
	RightsUnknown        Code = "rights.unknown"
	RightsDataMining     Code = "rights.data_mining"
	RestrictionsUnsynced Code = "restrictions.unsynced"

	CreditMissing      Code = "credit.missing"
	CreditMismatch     Code = "credit.mismatch"
	CreditTruncated    Code = "credit.truncated"
	CreditUnrecognised Code = "credit.unrecognised"

	DateMismatch        Code = "date.mismatch"
	DateFuture          Code = "date.future"
	DateArchive         Code = "date.archive"
	LocationMismatch    Code = "location.mismatch"
	LocationGPSMismatch Code = "location.gps_mismatch"

	ArticleUnreadable  Code = "article.unreadable"
	ArticlePlaceAbsent Code = "article.place_absent"
	ArticleLanguage    Code = "article.language"

	AIGenerated         Code = "ai.generated"
	AIComposite         Code = "ai.composite"
	AIEnhanced          Code = "ai.enhanced"
	AILabelMissing      Code = "ai.label_missing"
	AISourceConflict    Code = "ai.source_conflict"
	ProvenanceInvalid   Code = "provenance.invalid"
	ProvenanceUntrusted Code = "provenance.untrusted"
)
