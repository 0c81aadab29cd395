package main

import (
	"bytes"
	"encoding/json"
	"io"
	"path/filepath"
	"testing"
	"time"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/internal/benchcorpus"
	"github.com/wirecap/wirecap/internal/cputime"
)

// benchCorpus is the folder of the hand-labelled captions the benchmarks
// read; it lives beside the repository and is never copied into it.
const benchCorpus = "../../../shared/corpus/captions"

// benchRepeat is how many times one run of the command reads the corpus:
// enough captions that the command's start (flags, buffers) is a small
// part of a run, as it is of a real batch.
const benchRepeat = 20

// benchCaptions reads the captions of the corpus, or skips.
func benchCaptions(b *testing.B) []string {
	dir, _ := filepath.Abs(benchCorpus)
	caps, err := benchcorpus.Captions(dir)
	if err != nil {
		b.Skipf("caption corpus not readable (it lives in ../shared beside the repository): %v", err)
	}
	return caps
}

// BenchmarkParseCommand runs `wirecap parse` end to end (reading standard
// input, decoding records, caption.Parse, encoding, buffered writing) over
// the corpus repeated benchRepeat times, beside caption.Parse alone over
// the same captions: the difference is what the command adds. Run pinned
// to one core:
//
//	taskset -c 0 go test ./cmd/wirecap -run '^$' -bench ParseCommand -cpu 1 -count 3
func BenchmarkParseCommand(b *testing.B) {
	caps := benchCaptions(b)
	var ndjson, lines bytes.Buffer
	for range benchRepeat {
		for _, c := range caps {
			rec, _ := json.Marshal(struct {
				Text string `json:"text"`
			}{c})
			ndjson.Write(append(rec, '\n'))
			lines.Write(append(bytes.ReplaceAll([]byte(c), []byte("\n"), []byte(" ")), '\n'))
		}
	}
	n := benchRepeat * len(caps)
	b.Run("Parse", func(b *testing.B) {
		benchCaptionsPerSecond(b, n, func() {
			for range benchRepeat {
				for _, c := range caps {
					if _, err := caption.Parse(c, caption.Options{}); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	})
	for _, tc := range []struct {
		name string
		in   []byte
		args []string
	}{
		{"ndjson", ndjson.Bytes(), []string{"--input", "ndjson"}},
		{"ndjson-text", ndjson.Bytes(), []string{"--input", "ndjson", "--format", "text"}},
		{"lines", lines.Bytes(), []string{"--input", "lines"}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			args := append([]string{"wirecap", "parse"}, tc.args...)
			benchCaptionsPerSecond(b, n, func() {
				if code := run(args, bytes.NewReader(tc.in), io.Discard, io.Discard); code != 0 {
					b.Fatalf("exit %d", code)
				}
			})
		})
	}
}

// benchCaptionsPerSecond runs f, which reads n captions, b.N times and
// reports captions per second and per CPU-second (what one core gives when
// the machine is shared and wall time is inflated by others' work).
func benchCaptionsPerSecond(b *testing.B, n int, f func()) {
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used()
	for range b.N {
		f()
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N*n)/b.Elapsed().Seconds(), "captions/s")
	if cpu := (cputime.Used() - cpu0).Seconds(); cpu > 0 {
		b.ReportMetric(float64(b.N*n)/cpu, "captions/cpu-s")
	}
}

// BenchmarkRecordDecoder reads the --input ndjson records of the corpus
// (the part of the command before caption.Parse).
func BenchmarkRecordDecoder(b *testing.B) {
	var raws [][]byte
	for _, c := range benchCaptions(b) {
		rec, _ := json.Marshal(struct {
			Text string `json:"text"`
		}{c})
		raws = append(raws, rec)
	}
	var dec recordDecoder
	benchCaptionsPerSecond(b, len(raws), func() {
		for _, raw := range raws {
			if _, _, problem := ndjsonRecord(&dec, raw, time.Time{}); problem != "" {
				b.Fatal(problem)
			}
		}
	})
}
