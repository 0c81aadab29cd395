package imagemeta

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// The kinds of failure a caller branches on, with errors.Is: a file of a
// kind or with a feature the readers do not read (ErrUnsupported), and a
// file that ends before the data it declares (ErrTruncated). Any other
// *FormatError is a damaged file.
var (
	ErrUnsupported = errors.New("imagemeta: not supported")
	ErrTruncated   = errors.New("imagemeta: file ends early")
)

// ErrUnknownFormat is returned for a file that is none of the supported
// formats; errors.Is(ErrUnknownFormat, ErrUnsupported) holds.
var ErrUnknownFormat error = &kindError{"imagemeta: not a JPEG, TIFF, PNG, WebP, HEIC or AVIF file", ErrUnsupported}

// kindError is an error with its own message that is one of the kinds.
type kindError struct {
	msg  string
	kind error
}

func (e *kindError) Error() string { return e.msg }
func (e *kindError) Unwrap() error { return e.kind }

// FormatError says where and how a file's structure broke. Use errors.As
// to get it, errors.Is(err, ErrTruncated) or ErrUnsupported for its kind.
type FormatError struct {
	// Format is the reader that failed: "jpeg", "tiff", "png", "webp",
	// "heic", "avif", "bmff" (before the brand is known), "exif", "iptc",
	// "xmp".
	Format string
	// Offset is where reading failed: in the file, or in the metadata
	// block for "exif", "iptc" and "xmp"; -1 when no one place is at fault.
	Offset int64
	Msg    string
	// Err is the cause (a read error, a nested FormatError), or the kind
	// itself (ErrTruncated, ErrUnsupported) when Msg states it.
	Err error
}

// Error is "format: msg", then ": cause" when there is a cause other than
// the kind Msg already states.
func (e *FormatError) Error() string {
	parts := []string{e.Format}
	if e.Msg != "" {
		parts = append(parts, e.Msg)
	}
	if e.Err != nil && e.Err != ErrTruncated && e.Err != ErrUnsupported {
		parts = append(parts, e.Err.Error())
	}
	return strings.Join(parts, ": ")
}

func (e *FormatError) Unwrap() error { return e.Err }

// Is makes a read that stopped at the end of the file a truncation,
// whatever the read called it.
func (e *FormatError) Is(target error) bool {
	return target == ErrTruncated && (errors.Is(e.Err, io.EOF) || errors.Is(e.Err, io.ErrUnexpectedEOF))
}

// kindErrorf is an error of the given kind with its own message, for a
// reader's inner errors that a FormatError will carry.
func kindErrorf(kind error, msg string, args ...any) error {
	return &kindError{fmt.Sprintf(msg, args...), kind}
}

// kindOf is the kind of err: ErrTruncated, ErrUnsupported or nil.
func kindOf(err error) error {
	for _, kind := range []error{ErrTruncated, ErrUnsupported} {
		if errors.Is(err, kind) {
			return kind
		}
	}
	return nil
}

// formatErr builds a FormatError; err is the cause or the kind.
func formatErr(format string, off int64, err error, msg string, args ...any) error {
	return &FormatError{Format: format, Offset: off, Msg: fmt.Sprintf(msg, args...), Err: err}
}
