package main

import (
	"bufio"
	"encoding/json"
	"io"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// referenceRecord reads a record as parse did with encoding/json alone.
func referenceRecord(raw []byte) (recordFields, error) {
	var rec struct {
		Text     *string `json:"text"`
		DateHint string  `json:"date_hint"`
	}
	err := json.Unmarshal(raw, &rec)
	f := recordFields{hint: rec.DateHint}
	if rec.Text != nil {
		f.text, f.hasText = *rec.Text, true
	}
	return f, err
}

// checkDecoded: what the decoder decides, it decides as encoding/json does.
func checkDecoded(t *testing.T, dec *recordDecoder, raw string) (decided bool) {
	var f recordFields
	if !dec.decode([]byte(raw), &f) {
		return false
	}
	want, err := referenceRecord([]byte(raw))
	if err != nil {
		t.Fatalf("%q: decoded %+v, encoding/json refuses it: %v", raw, f, err)
	}
	if f != want {
		t.Fatalf("%q: decoded %+v, encoding/json %+v", raw, f, want)
	}
	return true
}

func TestRecordDecoder(t *testing.T) {
	var dec recordDecoder
	for _, tc := range []struct {
		raw     string
		decided bool
	}{
		{`{"text":"Fans in Rome. REUTERS/Al Bo"}`, true},
		{` { "date_hint" : "2024-07-16" , "text" : "x" } `, true},
		{`{}`, true},
		{`{"id":12,"n":-0.5e+3,"ok":true,"no":false,"z":null,"s":"a\"b","text":"t"}`, true},
		{`{"text":"a\"b\\c\/d\b\f\n\r\t"}`, true},
		{`{"text":"caf\u00e9 \u00E9 \ud83d\ude00 \u2028"}`, true},
		{`{"text":"lone \ud800 x \udc00\ud800\u0041 \ud800\ud800\udc00"}`, true},
		{`{"text":"first","text":"second"}`, true},
		{`{"text":"Café in Paris"}`, true},
		{`{"text":"x","tags":["a"]}`, false}, // nested: encoding/json
		{`{"text":null}`, false},             // null text: encoding/json
		{`{"Text":"x"}`, false},              // case-folded key: encoding/json
		{`{"DATE_HINT":"2024-01-01","text":"x"}`, false},
		{`{"t\u0065xt":"x"}`, false}, // escaped key
		{`{"text":42}`, false},
		{`{"text":"x"} junk`, false},
		{`{"text":"x",}`, false},
		{`{"text":"a` + "\t" + `b"}`, false}, // raw control character
		{`{"text":"\x"}`, false},             // bad escape
		{`{"text":"\u12"}`, false},
		{`{"n":01,"text":"x"}`, false},
		{`{"n":1.,"text":"x"}`, false},
		{`{"n":-,"text":"x"}`, false},
		{`{"n":nul,"text":"x"}`, false},
		{`{"text":"x"`, false},
		{`["text"]`, false},
		{`not json`, false},
	} {
		if got := checkDecoded(t, &dec, tc.raw); got != tc.decided {
			t.Errorf("%q: decided %v, want %v", tc.raw, got, tc.decided)
		}
	}
}

// FuzzRecordDecoder: every record the decoder reads it reads as
// encoding/json does, and JSON strings of every shape are decided.
func FuzzRecordDecoder(f *testing.F) {
	f.Add(`{"text":"Fans in Rome. REUTERS/Al Bo","date_hint":"2024-07-16"}`)
	f.Add(`{"id":-1.5E3,"text":"a\"\\\/\b\f\n\r\t\u00e9\ud83d\ude00\ud800x","x":null}`)
	f.Add(`{"text":"x","TEXT":"y"}`)
	var dec recordDecoder
	f.Fuzz(func(t *testing.T, raw string) {
		if !utf8.ValidString(raw) {
			return // the command refuses the line before decoding it
		}
		checkDecoded(t, &dec, raw)
		// The same text as a string encoding/json writes, and as a key's
		// value among others: always decided.
		q, _ := json.Marshal(raw)
		rec := `{"n":1,"text":` + string(q) + `,"date_hint":` + string(q) + `}`
		if !checkDecoded(t, &dec, rec) {
			t.Fatalf("%s: not decided", rec)
		}
	})
}

// TestLineReader: lines shorter and longer than the read buffer (16 bytes
// here) come back whole, in order, without their ends; the byte order mark
// opening the stream is dropped, and a last line without a newline counts.
func TestLineReader(t *testing.T) {
	want := []string{"short", strings.Repeat("a", 40), strings.Repeat("b", 100), "", "x", strings.Repeat("c", 17), "\xef\xbb\xbfnot first", "last"}
	in := "\xef\xbb\xbf" + strings.Join(want, "\r\n")
	lr := lineReader{r: bufio.NewReaderSize(strings.NewReader(in), 16)}
	var got []string
	for {
		line, tooLong, err := lr.next()
		if err == io.EOF {
			break
		}
		if err != nil || tooLong {
			t.Fatalf("line %d: %v, too long %v", len(got)+1, err, tooLong)
		}
		got = append(got, string(line))
	}
	if !slices.Equal(got, want) {
		t.Errorf("lines %q\nwant %q", got, want)
	}
}

// TestPlainRun: the 8-byte test stops where the byte-by-byte one does, for
// every byte value at every place of a word, among plain ASCII and UTF-8
// bytes (whose borrows must not hide or invent a stop).
func TestPlainRun(t *testing.T) {
	want := func(b []byte) int {
		for i, c := range b {
			if jsonStop[c] {
				return i
			}
		}
		return len(b)
	}
	for _, fill := range []byte{'a', 0x80, 0xff, 0x20, 0x21, '#', ']'} {
		for c := range 256 {
			for at := range 19 {
				b := make([]byte, 19)
				for i := range b {
					b[i] = fill
				}
				b[at] = byte(c)
				if got := plainRun(b); got != want(b) {
					t.Fatalf("plainRun(%q) = %d, want %d", b, got, want(b))
				}
			}
		}
	}
}
