package caption

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/wirecap/wirecap/internal/cputime"
)

// passState is what Parse's passes hand on to each other: the parser, the
// caption being filled, the chosen credit and its parts, the language.
type passState struct {
	text string
	p    *parser
	c    *Caption
	cand creditCand
	cp   creditParts
	lang string
	json []byte
}

// passes are the stages of Parse (caption.go) and parser.run (parse.go)
// in their order, each as the same calls: BenchmarkPass times one with the
// state the earlier ones leave. When Parse or run changes, change this list
// with it; BenchmarkPass stops with an error while the stages no longer
// give Parse's output.
var passes = []struct {
	name string
	run  func(st *passState)
}{
	{"lex", func(st *passState) {
		if !utf8.ValidString(st.text) {
			panic("invalid UTF-8 in the bench corpus")
		}
		st.c = &Caption{Text: st.text, Photographers: []string{}, Partners: []string{}, Restrictions: []Restriction{}}
		text := bounded(st.text)
		st.c.Truncated = len(st.c.Text) - len(text)
		st.p = newParser(text, Options{})
	}},
	{"restrictions", func(st *passState) {
		p := st.p
		p.restrictions = scannerFor(p.s, p.words, p.opts.DateHint, convention{})
		st.c.Restrictions, p.restrictionSpans = p.restrictions.scan()
	}},
	{"credit", func(st *passState) {
		p, c := st.p, st.c
		st.cand, _ = p.findCredit()
		p.credit, p.creditSpan = st.cand.text, st.cand.sp
		if v := mandatoryValue(c.Restrictions); v != "" {
			p.credit = v
		}
		c.Credit = p.credit
	}},
	{"header", func(st *passState) {
		p, s := st.p, st.p.s
		if strings.Contains(s, ") -") {
			p.headerEnd = wireHeader(s, p.toks)
		}
		p.bgStart = len(s)
		if m := backgroundSep(s[p.headerEnd:]); m >= 0 {
			if at := p.headerEnd + m + 1; at < p.creditStartOr(len(s)) {
				p.bgStart = at
			}
		}
	}},
	{"creditParts", func(st *passState) {
		p, c, s := st.p, st.c, st.p.s
		cp := p.creditParts(c.Credit)
		if st.cand.handoutTail {
			cp.handout = true
			if n := len(cp.photographers); n > 0 {
				cp.partners = append(cp.partners, cp.photographers[n-1])
				cp.photographers = cp.photographers[:n-1]
			}
		}
		cp.file = cp.file || st.cand.file
		if cp.agency == "" && strings.Contains(s, "PUBLICATIONxINx") {
			cp.agency = "Imago"
		}
		c.Agency = cp.agency
		c.Photographers = dedupe(cp.photographers)
		c.Partners = dedupe(cp.partners)
		st.cp = cp
	}},
	{"embargoes", func(st *passState) {
		p, c := st.p, st.c
		conventions := c.Agency
		if conventions == "" {
			conventions = p.opts.Agency
		}
		p.order = DateOrderFor(conventions)
		p.restrictions.resolveEmbargoes(c.Restrictions, conventions)
	}},
	{"filePhoto", func(st *passState) {
		p, c := st.p, st.c
		c.FilePhoto = st.cp.file
		if _, ok := fileOpener(p.s, p.toks, 0); ok || p.findOutside(nil, clsFilePhoto, "") >= 0 {
			c.FilePhoto = true
		}
	}},
	{"describe", func(st *passState) {
		st.c.Description, st.c.Background = st.p.describe()
		st.c.Source = st.p.source(st.cp)
	}},
	{"dates", func(st *passState) { st.c.Date = st.p.date() }},
	{"language", func(st *passState) { st.lang = guessLanguage(st.p.s, st.p.toks) }},
	{"location", func(st *passState) {
		st.c.Location = st.p.location(st.lang, agencyHome(st.c.Agency))
		st.c.Language = reported(st.lang)
	}},
	{"asWritten", func(st *passState) {
		st.c.Credit = creditAsWritten(bounded(st.text), st.p.s, st.c.Credit, st.p.creditSpan)
	}},
	{"json", func(st *passState) { st.json = st.c.AppendJSON(st.json[:0]) }},
}

// runPasses runs passes [from, to) on st.
func runPasses(st *passState, from, to int) {
	for _, ps := range passes[from:to] {
		ps.run(st)
	}
}

// BenchmarkPass times each stage of Parse, and the JSON of its caption,
// over the dev corpus: before each round over the corpus (untimed), every
// caption is brought to the state the earlier stages leave; then the stage
// alone runs on each. Its share of the "all" sub-benchmark (every stage in
// turn) is where Parse's time goes. Compare runs by cpu-µs/caption; pin to
// one core:
//
//	taskset -c 0 go test ./caption -run '^$' -bench '^BenchmarkPass$' -cpu 1
func BenchmarkPass(b *testing.B) {
	entries := loadCorpus(b)
	for _, e := range entries {
		// The stages must still be Parse: a stale list measures nothing.
		st := passState{text: e.Caption}
		runPasses(&st, 0, len(passes))
		c, err := Parse(e.Caption, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if want := c.AppendJSON(nil); !bytes.Equal(st.json, want) {
			b.Fatalf("the stages of BenchmarkPass no longer give Parse's output (update passes in pass_bench_test.go):\n%s\n%s", st.json, want)
		}
	}
	for i := range passes {
		b.Run(passes[i].name, func(b *testing.B) { benchPasses(b, entries, i, i+1) })
	}
	b.Run("all", func(b *testing.B) { benchPasses(b, entries, 0, len(passes)) })
}

// benchPasses times passes [from, to) over the corpus, the earlier ones
// run untimed before each round.
func benchPasses(b *testing.B, entries []corpusEntry, from, to int) {
	states := make([]passState, len(entries))
	b.ReportAllocs()
	var cpu time.Duration
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		for i, e := range entries {
			states[i] = passState{text: e.Caption, json: states[i].json}
			runPasses(&states[i], 0, from)
		}
		b.StartTimer()
		cpu0 := cputime.Used()
		for i := range states {
			runPasses(&states[i], from, to)
		}
		cpu += cputime.Used() - cpu0
	}
	n := float64(b.N * len(entries))
	b.ReportMetric(float64(cpu.Microseconds())/n, "cpu-µs/caption")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/caption")
}
