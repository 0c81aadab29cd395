// Package filelist reads lists of photos to work on, as `wirecap
// --files-from` and the Beam pipeline take them:
//
//   - one path, key or s3:// URL per line, as `find` or a shell prints them
//     (a byte-order mark at the start, a carriage return at a line's end and blank lines
//     are dropped; other spaces belong to the path, and '#' starts no
//     comment: a file may be named so);
//   - S3 Inventory reports in CSV: rows of "bucket","key",… with the key
//     URL-encoded ('+' for a space), each becoming s3://bucket/key; in a
//     list of paths, a line starting with a double quote is such a row, and
//     in a file named *.csv or *.csv.gz every line is;
//   - an S3 Inventory manifest.json, which names the report's CSV files
//     in its destination bucket and their columns (fileSchema): rows of
//     object versions that are not the latest, and delete markers, name
//     no photo and are passed over.
//
// Lists may be gzip-compressed (as Inventory writes them), local or in
// S3. Every line is bounded (MaxLine); a malformed row is an error naming
// its line, never a silent skip.
package filelist

import (
	"bufio"
	"compress/gzip"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"strings"
)

// MaxLine bounds one line of a list: far above any path a file system
// takes (PATH_MAX is 4096 on Linux) or S3 key (1,024 bytes, URL-encoded
// at most three times longer).
const MaxLine = 64 << 10

// Kind is how a list's lines are read.
type Kind int

const (
	// Paths: one path per line; a line starting with '"' is an Inventory
	// CSV row.
	Paths Kind = iota
	// CSV: every line is an Inventory CSV row (bucket, key, …).
	CSV
)

// KindOf is the kind of the list named name: CSV for *.csv and *.csv.gz.
func KindOf(name string) Kind {
	n := strings.TrimSuffix(strings.ToLower(name), ".gz")
	if path.Ext(n) == ".csv" {
		return CSV
	}
	return Paths
}

// ErrSyntax is a line that is not what its list says it is.
var ErrSyntax = errors.New("not a path or an S3 Inventory row")

// Columns are where an Inventory row holds the bucket and key, and the
// version columns that say a row names no current object (-1: absent).
type Columns struct {
	Bucket, Key, IsLatest, IsDeleteMarker int
}

// DefaultColumns is Inventory's order: Bucket, Key first; a CSV without
// a manifest carries no version columns that wirecap could tell.
var DefaultColumns = Columns{Bucket: 0, Key: 1, IsLatest: -1, IsDeleteMarker: -1}

// Line returns the path or s3:// URL one line names, false for a line
// naming nothing (blank, or an Inventory row of an old version or a
// delete marker), or an error wrapping ErrSyntax.
func Line(line string, kind Kind, cols Columns) (string, bool, error) {
	line = strings.TrimSuffix(line, "\r")
	switch {
	case strings.TrimSpace(line) == "":
		return "", false, nil
	case strings.ContainsRune(line, 0):
		return "", false, fmt.Errorf("%w: holds a NUL byte", ErrSyntax)
	case kind == CSV || strings.HasPrefix(line, `"`):
		return Row(line, cols)
	}
	return line, true, nil
}

// Row reads one Inventory CSV row into s3://bucket/key.
func Row(line string, cols Columns) (string, bool, error) {
	r := csv.NewReader(strings.NewReader(line))
	r.FieldsPerRecord = -1
	rec, err := r.Read()
	if err != nil {
		return "", false, fmt.Errorf("%w: %v", ErrSyntax, unwrapCSV(err))
	}
	if len(rec) <= max(cols.Bucket, cols.Key) {
		return "", false, fmt.Errorf("%w: %d columns, no key in column %d", ErrSyntax, len(rec), cols.Key+1)
	}
	if col(rec, cols.IsDeleteMarker) == "true" || col(rec, cols.IsLatest) == "false" {
		return "", false, nil
	}
	bucket := rec[cols.Bucket]
	key, err := url.QueryUnescape(rec[cols.Key])
	switch {
	case err != nil:
		return "", false, fmt.Errorf("%w: key %q is not URL-encoded as Inventory writes keys", ErrSyntax, rec[cols.Key])
	case bucket == "" || strings.ContainsAny(bucket, "/\x00") || key == "":
		return "", false, fmt.Errorf("%w: bucket %q, key %q", ErrSyntax, bucket, key)
	case strings.ContainsRune(key, 0):
		return "", false, fmt.Errorf("%w: key holds a NUL byte", ErrSyntax)
	}
	return "s3://" + bucket + "/" + key, true, nil
}

// col is a row's column i, lower case, or "" when absent.
func col(rec []string, i int) string {
	if i < 0 || i >= len(rec) {
		return ""
	}
	return strings.ToLower(strings.TrimSpace(rec[i]))
}

// unwrapCSV drops encoding/csv's "record on line 1" prefix, which names
// the line within the one-line reader, not the list's.
func unwrapCSV(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Read calls fn for every path or URL r lists, gunzipping it first when
// it starts with gzip's magic bytes. Errors name the line.
func Read(r io.Reader, kind Kind, cols Columns, fn func(string) error) error {
	br := bufio.NewReader(r)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		r = zr
	} else {
		r = br
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 4096), MaxLine)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 {
			line = strings.TrimPrefix(line, "\uFEFF") // a byte-order mark, as Windows editors save
		}
		p, ok, err := Line(line, kind, cols)
		if err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		if !ok {
			continue
		}
		if err := fn(p); err != nil {
			return err
		}
	}
	if errors.Is(sc.Err(), bufio.ErrTooLong) {
		return fmt.Errorf("a line is longer than %d bytes: not a list of paths", MaxLine)
	}
	return sc.Err()
}
