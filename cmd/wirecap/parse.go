package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/urfave/cli/v2"
	"github.com/wirecap/wirecap/caption"
)

func parseCommand() *cli.Command {
	return &cli.Command{
		Name:      "parse",
		Usage:     "parse wire captions into credit, restrictions, date and place",
		ArgsUsage: "[TEXT...]",
		Description: `Reads one caption from the arguments, or from standard input when there are none.

Examples:
   wirecap parse 'Soldiers patrol in Kyiv, Ukraine, March 28, 2022. REUTERS/Jane Doe'
   wirecap parse --format text < caption.txt
   wirecap parse --input lines --date-hint 2024-07-16 < captions.txt
   wirecap parse --input ndjson < captions.ndjson | jq -r .credit`,
		Flags: []cli.Flag{
			&cli.StringFlag{Name: "format", Value: "json", Usage: "json (ndjson is the same) or text"},
			&cli.StringFlag{Name: "input", Value: "text", Usage: "text (all of stdin is one caption), lines (one caption per line) or ndjson ({\"text\":…,\"date_hint\":…} per line)"},
			&cli.StringFlag{Name: "date-hint", Usage: "YYYY-MM-DD: the year for dates without one, the week for weekdays"},
		},
		OnUsageError: subUsageError,
		Action: func(c *cli.Context) error {
			input := c.String("input")
			format, err := formatOf(c, "json", "text")
			if err != nil {
				return err
			}
			if !slices.Contains([]string{"text", "lines", "ndjson"}, input) {
				return usageErr("parse: --input must be text, lines or ndjson, not %q", input)
			}
			var hint time.Time
			if h := c.String("date-hint"); h != "" {
				t, err := caption.ParseDateHint(h)
				if err != nil {
					return usageErr("parse: --date-hint %q: want YYYY-MM-DD", h)
				}
				hint = t
			}
			out := c.App.Writer
			if c.NArg() > 0 {
				if input != "text" {
					return usageErr("parse: --input %s reads standard input; give no TEXT arguments", input)
				}
				return emitCaption(out, strings.Join(c.Args().Slice(), " "), hint, format)
			}
			if input == "text" {
				b, err := io.ReadAll(io.LimitReader(c.App.Reader, maxCaption+1))
				if err != nil {
					return &exitError{2, fmt.Sprintf("parse: reading stdin: %v", err)}
				}
				if len(b) > maxCaption {
					return &exitError{2, fmt.Sprintf("parse: standard input is over %d bytes; use --input lines or ndjson for many captions", maxCaption)}
				}
				text, _ := decodeText(b)
				return emitCaption(out, strings.TrimSpace(text), hint, format)
			}
			return parseStream(c, input, hint, format)
		},
	}
}

// maxCaption bounds one caption (a line with --input lines or ndjson, all of
// stdin with --input text): far above any real caption, small enough that a
// runaway input cannot exhaust memory.
const maxCaption = 4 << 20

const latin1Note = "not valid UTF-8: read as Latin-1"

// decodeText strips a UTF-8 byte order mark and reads bytes that are not
// UTF-8 as Latin-1 (ISO 8859-1, which older wire systems still send),
// saying so in the note.
func decodeText(b []byte) (string, string) {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if utf8.Valid(b) {
		return string(b), ""
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r), latin1Note
}

func emitCaption(w io.Writer, text string, hint time.Time, format string) error {
	cp, err := caption.Parse(text, caption.Options{DateHint: hint})
	if err != nil {
		return &exitError{2, "parse: " + err.Error()}
	}
	if format == "text" {
		writeCaptionText(w, cp)
		return outputErr(w)
	}
	writeJSON(w, cp, false)
	return outputErr(w)
}

// appendLineRecord appends the record of a parsed caption of --input lines
// or ndjson, and its newline: first "line", the 1-based line of the input
// it came from (blank lines count), and "note" when the line had to be read
// as Latin-1, then the caption's fields (caption.AppendJSON, spliced rather
// than re-encoded).
func appendLineRecord(dst []byte, line int, note string, cp *caption.Caption) []byte {
	dst = append(dst, `{"line":`...)
	dst = strconv.AppendInt(dst, int64(line), 10)
	if note != "" {
		q, _ := json.Marshal(note)
		dst = append(append(dst, `,"note":`...), q...)
	}
	start := len(dst)
	dst = cp.AppendJSON(dst)
	dst[start] = ',' // the caption's own "{"
	return append(dst, '\n')
}

// lineError is the record of a line that gave no caption.
type lineError struct {
	Line  int    `json:"line"`
	Error string `json:"error"`
}

// lineReader reads the lines of a stream.
type lineReader struct {
	r       *bufio.Reader
	long    []byte // a line longer than r's buffer, reused
	started bool
}

// next returns the next line without its end, or tooLong when it is over
// maxCaption bytes (the rest of the line is consumed, so the next one is
// read). The line is valid until the next call: a line that fits r's
// buffer is not copied.
func (lr *lineReader) next() (line []byte, tooLong bool, err error) {
	line, err = lr.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		line, tooLong, err = lr.longLine(line)
	}
	if err == io.EOF && (len(line) > 0 || tooLong) {
		err = nil
	}
	if !lr.started {
		// A UTF-8 byte order mark opens the stream, not its first line.
		lr.started = true
		line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
	}
	return bytes.TrimRight(line, "\r\n"), tooLong, err
}

// longLine reads the rest of a line longer than the buffer, whose start
// the buffer holds.
func (lr *lineReader) longLine(chunk []byte) (line []byte, tooLong bool, err error) {
	line = append(lr.long[:0], chunk...)
	for {
		chunk, err = lr.r.ReadSlice('\n')
		if len(line)+len(chunk) > maxCaption+1 {
			tooLong, line = true, line[:0]
		} else if !tooLong {
			line = append(line, chunk...)
		}
		if err != bufio.ErrBufferFull {
			if cap(line) <= 1<<20 {
				lr.long = line // kept for the next long line, within reason
			}
			if tooLong {
				line = nil
			}
			return line, tooLong, err
		}
	}
}

// ndjsonRecord reads one --input ndjson line: its text and date hint (the
// command's hint when it has none), or what is wrong with it. Records of
// the usual shape are read by dec, the others by encoding/json.
func ndjsonRecord(dec *recordDecoder, raw []byte, hint time.Time) (text string, h time.Time, problem string) {
	if !utf8.Valid(raw) {
		return "", hint, "not valid UTF-8 (JSON must be)"
	}
	var f recordFields
	if !dec.decode(raw, &f) {
		var rec struct {
			Text     *string `json:"text"`
			DateHint string  `json:"date_hint"`
		}
		if err := json.Unmarshal(raw, &rec); err != nil {
			return "", hint, err.Error()
		}
		f = recordFields{hint: rec.DateHint}
		if rec.Text != nil {
			f.text, f.hasText = *rec.Text, true
		}
	}
	if !f.hasText {
		return "", hint, "record has no \"text\""
	}
	h = hint
	if f.hint != "" {
		t, err := caption.ParseDateHint(f.hint)
		if err != nil {
			return "", hint, fmt.Sprintf("date_hint %q: want YYYY-MM-DD", f.hint)
		}
		h = t
	}
	return f.text, h, ""
}

func parseStream(c *cli.Context, input string, hint time.Time, format string) (err error) {
	// Records are written through a buffer, flushed whenever the input has
	// nothing more buffered (so that a pipe fed line by line still gets each
	// answer at once) and at the end: one write per record cost as much as
	// parsing it.
	bw := bufio.NewWriterSize(c.App.Writer, 64<<10)
	w := io.Writer(bw)
	defer func() {
		if bw.Flush() != nil && err == nil {
			if err = outputErr(c.App.Writer); err == nil {
				err = &exitError{2, "writing output: " + bw.Flush().Error()}
			}
		}
	}()
	var rec []byte
	var dec recordDecoder
	lr := lineReader{r: bufio.NewReaderSize(c.App.Reader, 64<<10)}
	failed := 0
	fail := func(line int, format string, args ...any) {
		failed++
		writeJSON(w, lineError{line, fmt.Sprintf("parse: line %d: ", line) + fmt.Sprintf(format, args...)}, false)
	}
	for line := 1; ; line++ {
		raw, tooLong, err := lr.next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return &exitError{2, fmt.Sprintf("parse: line %d: %v", line, err)}
		}
		if c.Context.Err() != nil {
			return stopped(c, c.Context.Err())
		}
		if tooLong {
			fail(line, "longer than %d bytes: skipped", maxCaption)
			continue
		}
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		text, note, h := "", "", hint
		if input == "ndjson" {
			var problem string
			if text, h, problem = ndjsonRecord(&dec, raw, hint); problem != "" {
				fail(line, "%s", problem)
				continue
			}
		} else {
			text, note = decodeText(bytes.TrimSpace(raw))
		}
		cp, err := caption.Parse(text, caption.Options{DateHint: h})
		switch {
		case err != nil:
			fail(line, "%v", err)
		case format == "text":
			fmt.Fprintf(w, "Line:          %d\n", line)
			if note != "" {
				fmt.Fprintf(w, "Note:          %s\n", note)
			}
			writeCaptionText(w, cp)
			fmt.Fprintln(w)
		default:
			rec = appendLineRecord(rec[:0], line, note, cp)
			w.Write(rec)
		}
		if lr.r.Buffered() == 0 {
			bw.Flush()
		}
		if err := outputErr(c.App.Writer); err != nil {
			return err
		}
	}
	if failed > 0 {
		return &exitError{2, fmt.Sprintf("parse: %d record(s) could not be read", failed)}
	}
	return nil
}

func writeJSON(w io.Writer, v any, pretty bool) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if pretty {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return &exitError{2, "writing output: " + err.Error()}
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func writeCaptionText(w io.Writer, c *caption.Caption) {
	fmt.Fprintf(w, "Credit:        %s\n", clean(orDash(c.Credit)))
	src := ""
	if c.Source != nil {
		src = string(c.Source.Kind)
		if c.Source.Name != "" {
			src += " (" + c.Source.Name + ")"
		}
	}
	fmt.Fprintf(w, "Agency:        %s\n", clean(orDash(c.Agency)))
	if src != "" {
		fmt.Fprintf(w, "Source:        %s\n", clean(src))
	}
	fmt.Fprintf(w, "Photographers: %s\n", clean(orDash(strings.Join(c.Photographers, ", "))))
	if c.Date != nil {
		fmt.Fprintf(w, "Date:          %s (%q)\n", clean(c.Date.String()), c.Date.Text)
	} else {
		fmt.Fprintf(w, "Date:          —\n")
	}
	fmt.Fprintf(w, "Location:      %s\n", clean(locationLine(c.Location)))
	var rs []string
	for _, r := range c.Restrictions {
		rs = append(rs, restrictionLine(r))
	}
	fmt.Fprintf(w, "Restrictions:  %s\n", clean(orDash(strings.Join(rs, "; "))))
	fp := "no"
	if c.FilePhoto {
		fp = "yes"
	}
	fmt.Fprintf(w, "File photo:    %s\n", fp)
	fmt.Fprintf(w, "Language:      %s\n", clean(orDash(c.Language)))
}

func locationLine(l *caption.Location) string {
	if l == nil {
		return "—"
	}
	var parts []string
	for _, p := range []string{l.Place, l.City, l.Region, l.Country} {
		if p != "" && !slices.Contains(parts, p) {
			parts = append(parts, p)
		}
	}
	s := strings.Join(parts, ", ")
	if l.CountryCode != "" {
		s += " (" + l.CountryCode + ")"
	}
	return orDash(s)
}

func restrictionLine(r caption.Restriction) string {
	s := r.Code
	switch {
	case r.Value != "":
		s += fmt.Sprintf(" %q", r.Value)
	case len(r.Scope) > 0:
		s += " " + strings.Join(r.Scope, ",")
	case len(r.OnlyIn) > 0:
		s += " only in " + strings.Join(r.OnlyIn, ",")
	case !r.Until.IsZero():
		s += " until " + r.Until.UTC().Format(time.RFC3339)
	}
	return s
}
