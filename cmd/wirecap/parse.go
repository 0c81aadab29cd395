package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

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
			&cli.StringFlag{Name: "format", Value: "json", Usage: "json or text"},
			&cli.StringFlag{Name: "input", Value: "text", Usage: "text (all of stdin is one caption), lines (one caption per line) or ndjson ({\"text\":…,\"date_hint\":…} per line)"},
			&cli.StringFlag{Name: "date-hint", Usage: "YYYY-MM-DD: the year for dates without one, the week for weekdays"},
		},
		OnUsageError: subUsageError,
		Action: func(c *cli.Context) error {
			format, input := c.String("format"), c.String("input")
			if format != "json" && format != "text" {
				return usageErr("parse: --format must be json or text, not %q", format)
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
				return emitCaption(out, strings.Join(c.Args().Slice(), " "), hint, format, true)
			}
			switch input {
			case "text":
				b, err := io.ReadAll(io.LimitReader(c.App.Reader, 16<<20))
				if err != nil {
					return &exitError{2, fmt.Sprintf("parse: reading stdin: %v", err)}
				}
				return emitCaption(out, strings.TrimSpace(string(b)), hint, format, true)
			case "lines", "ndjson":
				return parseStream(c.App.Reader, out, input, hint, format)
			default:
				return usageErr("parse: --input must be text, lines or ndjson, not %q", input)
			}
		},
	}
}

func emitCaption(w io.Writer, text string, hint time.Time, format string, pretty bool) error {
	cp, err := caption.Parse(text, caption.Options{DateHint: hint})
	if err != nil {
		return &exitError{2, "parse: " + err.Error()}
	}
	if format == "text" {
		writeCaptionText(w, cp)
		return nil
	}
	return writeJSON(w, cp, pretty)
}

func parseStream(r io.Reader, w io.Writer, input string, hint time.Time, format string) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 4<<20)
	failed := 0
	line := 0
	for sc.Scan() {
		line++
		raw := strings.TrimSpace(sc.Text())
		if raw == "" {
			continue
		}
		text, h := raw, hint
		if input == "ndjson" {
			var rec struct {
				Text     *string `json:"text"`
				DateHint string  `json:"date_hint"`
			}
			if err := json.Unmarshal([]byte(raw), &rec); err != nil || rec.Text == nil {
				msg := "record has no \"text\""
				if err != nil {
					msg = err.Error()
				}
				failed++
				writeJSON(w, map[string]any{"line": line, "error": "parse: line " + fmt.Sprint(line) + ": " + msg}, false)
				continue
			}
			text = *rec.Text
			if rec.DateHint != "" {
				t, err := caption.ParseDateHint(rec.DateHint)
				if err != nil {
					failed++
					writeJSON(w, map[string]any{"line": line, "error": fmt.Sprintf("parse: line %d: date_hint %q: want YYYY-MM-DD", line, rec.DateHint)}, false)
					continue
				}
				h = t
			}
		}
		cp, err := caption.Parse(text, caption.Options{DateHint: h})
		if err != nil {
			failed++
			writeJSON(w, map[string]any{"line": line, "error": fmt.Sprintf("parse: line %d: %v", line, err)}, false)
			continue
		}
		if format == "text" {
			writeCaptionText(w, cp)
			fmt.Fprintln(w)
			continue
		}
		writeJSON(w, cp, false)
	}
	if err := sc.Err(); err != nil {
		return &exitError{2, fmt.Sprintf("parse: line %d: %v", line+1, err)}
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
	fmt.Fprintf(w, "Credit:        %s\n", orDash(c.Credit))
	src := ""
	if c.Source != nil {
		src = c.Source.Kind
		if c.Source.Name != "" {
			src += " (" + c.Source.Name + ")"
		}
	}
	fmt.Fprintf(w, "Agency:        %s\n", orDash(c.Agency))
	if src != "" {
		fmt.Fprintf(w, "Source:        %s\n", src)
	}
	fmt.Fprintf(w, "Photographers: %s\n", orDash(strings.Join(c.Photographers, ", ")))
	if c.Date != nil {
		fmt.Fprintf(w, "Date:          %s (%q)\n", c.Date.Value, c.Date.Text)
	} else {
		fmt.Fprintf(w, "Date:          —\n")
	}
	fmt.Fprintf(w, "Location:      %s\n", locationLine(c.Location))
	var rs []string
	for _, r := range c.Restrictions {
		rs = append(rs, restrictionLine(r))
	}
	fmt.Fprintf(w, "Restrictions:  %s\n", orDash(strings.Join(rs, "; ")))
	fp := "no"
	if c.FilePhoto {
		fp = "yes"
	}
	fmt.Fprintf(w, "File photo:    %s\n", fp)
	fmt.Fprintf(w, "Language:      %s\n", orDash(c.Language))
}

func locationLine(l *caption.Location) string {
	if l == nil {
		return "—"
	}
	var parts []string
	for _, p := range []string{l.Place, l.City, l.Region, l.Country} {
		if p != "" && !contains(parts, p) {
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
	case r.Until != "":
		s += " until " + r.Until
	}
	return s
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
