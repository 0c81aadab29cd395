package caption

import (
	"embed"
	"fmt"
	"io/fs"
	"iter"
	"math"
	"path"
	"slices"
	"strconv"
	"strings"
)

// The lexicon: every word and phrase the parser knows, by language and
// class, read from lexicon/<lang>/<class>.txt (lang is en, fr, de, es, it;
// nl, pl and pt for month names and a few place words; cs, sk, ru, da
// (Danish and Norwegian), sv, fi, ro, hu and hr for month names, archive markers
// and a few credit labels; tr for those and the Turkish case endings of
// place names; uk, el, bg, sr, sl, et, lt, lv, ca, ar and id for month and
// weekday names; ar, fa, he, ja, ko, lt, vi and zh for credit labels and
// organisation words; or xx for words of no one language). One entry per line;
// an entry may be
// several words ("photo d'archives") and may carry a value after a tab
// ("janvier<TAB>1"); lines starting with # are comments. An entry is cut
// into tokens by the lexer and stored under its tokens' keys, so it matches
// whatever the case, accents, and spacing of the caption.
//
// The files are embedded and loaded once into one lookup: the lexer
// attaches each token's entry (tok.lex), so that a pass asks
// tok.has(class) or matchAt(toks, i, class) without another lookup.

//go:embed lexicon
var lexiconFiles embed.FS

// class is a kind of word: month, weekday, credit label… Classes are
// named by their file names; code gets one with lexClass.
type class uint8

// classSet is a set of classes, one bit each: four words, so that the
// lexicon may hold as many classes as a class (a byte) numbers. The
// lexicon outgrew two words (128 classes) in round 10; four keep the
// index a two-bit mask, so has tests no bound on its hot path.
type classSet [4]uint64

// bit returns the set of the one class c.
func (c class) bit() classSet {
	var s classSet
	s[c>>6] = 1 << (c & 63)
	return s
}

// has reports whether class c is in the set: one word tested. c>>6 is at
// most 3 for a byte; the &3 tells the compiler so.
func (s *classSet) has(c class) bool { return s[c>>6&3]&(1<<(c&63)) != 0 }

// meets reports whether the sets share a class.
func (s classSet) meets(o classSet) bool {
	return s[0]&o[0]|s[1]&o[1]|s[2]&o[2]|s[3]&o[3] != 0
}

// or returns the union of the sets.
func (s classSet) or(o classSet) classSet {
	return classSet{s[0] | o[0], s[1] | o[1], s[2] | o[2], s[3] | o[3]}
}

// maxClasses: a token's classes are one classSet, a class one byte.
const maxClasses = 256

var classIndex = map[string]class{}
var classNames []string

// lexClass returns the class of the given file name, registering it.
func lexClass(name string) class {
	if c, ok := classIndex[name]; ok {
		return c
	}
	if len(classNames) == maxClasses {
		panic("caption: more than 256 lexicon classes")
	}
	c := class(len(classNames))
	classIndex[name] = c
	classNames = append(classNames, name)
	return c
}

// sense is one reading of an entry: its language, class and value, and
// the entry as written, lower-cased, for a pass to which accents matter
// (the language detector: French "à" is not English "a").
type sense struct {
	lang   string
	scored int // the index of lang in langCodes, or -1
	class  class
	val    string
	num    int // val read as a number, when it is one
	form   string
}

// lexEntry is what the lexicon knows of one token key.
type lexEntry struct {
	classes classSet    // classes of the one-token entries with this key
	starts  classSet    // classes of the entries of several tokens starting with it
	may     classSet    // classes and starts: the entries of any length starting with it
	senses  []sense     // the one-token entries
	phrases []lexPhrase // the longer entries starting with it, by class, longest first in each
	// phraseClass is the class of each phrase, in one small array: matchAt
	// finds a class's phrases without reading the others.
	phraseClass []class
	// date is the key as a month or weekday name (location_words.go).
	date dateKind
	// place is the place classes of the key as a word written in ASCII
	// (location_lexicon.go): the location pass reads them without a
	// second lookup.
	place placeClass
	// stop is what the entry adds to the language scores where a caption
	// writes the word as its key, and stopHit whether it adds anything
	// (lang.go: addSenses, worked out once per entry).
	stop    [len(langCodes)]int8
	stopHit bool
}

// lexPhrase is an entry of several tokens: the keys after the first.
type lexPhrase struct {
	rest  []string
	sense sense
}

// lexicon is the loaded lexicon.
var lexicon = withRootWords(loadLexicon(lexiconFiles))

type lexiconData struct {
	// The entries are found by key through table and byIndex (entry),
	// and listed by all: no map of its own, whose thousands of keys and
	// pointers the collector marked again at each cycle (about a third
	// of the marking of the package's tables).
	size    map[string]int         // entries per language
	byClass [maxClasses][]senseRef // the one-token entries of each class, in file order
	// punctStarts marks the punctuation bytes an entry starts with: other
	// punctuation and numbers are not looked up.
	punctStarts [256]bool
	// keyFilter holds the stored keys: most words of a caption are no
	// entry, and are told so without a lookup.
	keyFilter wordFilter
	// table numbers the keys, the lexicon's and the first words of the
	// restriction phrases; byIndex holds the entries by number (a
	// token's lexi; nil for 0 and the restriction words that are no
	// entry); rootKid, by number, the word's number among phraseTrie's
	// kids (tok.rkid), or 0.
	table   keyTable
	byIndex []*lexEntry
	rootKid []uint8
	// mays and ones hold each entry's may and classes by number (zero
	// for no entry): the lexer and the class tests of tokens read them
	// without following the entry's pointer.
	mays, ones []classSet
}

// withRootWords numbers the first words of the restriction phrases in
// the lexicon's table, so that one lookup per word of a caption serves
// both (lookUp).
func withRootWords(lx lexiconData) lexiconData {
	vocabOnce.Do(loadVocab)
	root := &phraseTrie
	if len(root.kids) > math.MaxUint8 {
		panic("caption: more first words of restriction phrases than a token's rkid holds")
	}
	for i, key := range root.kidKeys.keys {
		if i == 0 {
			continue
		}
		n := lx.table.find(key)
		if n == 0 {
			n = lx.table.add(key)
			lx.byIndex = append(lx.byIndex, nil)
			lx.mays, lx.ones = append(lx.mays, classSet{}), append(lx.ones, classSet{})
			lx.keyFilter.add(key)
		}
		if n > math.MaxUint16 {
			panic("caption: more lexicon keys than a token's index holds")
		}
		lx.rootKid = append(lx.rootKid, make([]uint8, len(lx.byIndex)-len(lx.rootKid))...)
		lx.rootKid[n] = uint8(i)
	}
	lx.rootKid = append(lx.rootKid, make([]uint8, len(lx.byIndex)-len(lx.rootKid))...)
	return lx
}

// wordFilter is a set of keys as one bit each (keyBit), which may hold a
// few keys never added: a table of words asks it before its map.
type wordFilter [1 << 10]uint64

func (f *wordFilter) add(key string) {
	b := keyBit(key)
	f[b>>6] |= 1 << (b & 63)
}

// mayHold reports whether key may have been added; false is sure.
func (f *wordFilter) mayHold(key string) bool {
	if key == "" {
		return false
	}
	b := keyBit(key)
	return f[b>>6]&(1<<(b&63)) != 0
}

// keyBit hashes a non-empty key's length, first, middle and last bytes to
// one of the 65,536 bits of keyFilter.
func keyBit(key string) uint32 {
	n := len(key)
	h := uint32(n)*0x9E3779B1 ^ uint32(key[0])<<16 ^ uint32(key[n-1])<<8 ^ uint32(key[n/2])
	return (h * 0x85EBCA6B) >> 16
}

// entryOf returns the entry of a key the caller folded, or nil.
func (lx *lexiconData) entryOf(key []byte) *lexEntry {
	if len(lx.byIndex) == 0 {
		return nil
	}
	return lx.byIndex[lx.table.findBytes(key)]
}

// mayHold reports whether the lexicon may hold key.
func (lx *lexiconData) mayHold(key string) bool { return lx.keyFilter.mayHold(key) }

// keyedSense is a one-token entry with its key, for a pass that reads a
// class as a list (word endings).
type keyedSense struct {
	key   string
	sense sense
}

// wordSet returns the entries of the class named, of one word or
// several, lower-cased as written: for the credit passes that look up a
// whole lower-cased part of a credit rather than tokens.
//
// Only the entries of the class are stored: the set once took every form
// of the lexicon and deleted the others, a sixth of a one-caption run's
// CPU over its dozen calls at start-up.
func wordSet(name string) map[string]bool {
	set := map[string]bool{}
	for s := range classSenses(lexClass(name)) {
		set[s.form] = true
	}
	return set
}

// classSenses yields the senses of class c, of entries of one word or
// several, for the tables built once from a class.
func classSenses(c class) iter.Seq[sense] {
	return func(yield func(sense) bool) {
		for _, e := range lexicon.all() {
			for _, s := range e.senses {
				if s.class == c && !yield(s) {
					return
				}
			}
			for _, p := range e.phrases {
				if p.sense.class == c && !yield(p.sense) {
					return
				}
			}
		}
	}
}

// wordsValued is wordSet for the one-word entries of a class whose value
// is val: one class file may hold words of several roles.
func wordsValued(name, val string) map[string]bool {
	set := map[string]bool{}
	for _, e := range lexicon.list(lexClass(name)) {
		if e.sense.val == val {
			set[e.sense.form] = true
		}
	}
	return set
}

// list returns the one-token entries of class c, in file order.
func (lx *lexiconData) list(c class) []keyedSense {
	refs := lx.byClass[c]
	out := make([]keyedSense, len(refs))
	for i, r := range refs {
		out[i] = keyedSense{lx.table.keys[r.entry], lx.byIndex[r.entry].senses[r.sense]}
	}
	return out
}

// senseRef is a sense of a one-token entry by numbers: the entry's
// (lexiconData.table) and the sense's among the entry's. The lists of a
// class hold these, not copies of the senses and their strings, which the
// collector would mark again at each cycle; list, called as tables are
// built, copies them out.
type senseRef struct {
	entry uint16
	sense uint16
}

func loadLexicon(fsys fs.FS) lexiconData {
	lx := lexiconData{size: map[string]int{}}
	files, err := fs.Glob(fsys, "lexicon/*/*.txt")
	if err != nil {
		panic(err)
	}
	var l lexer // one for every line: its tokens' buffer is reused
	for _, f := range files {
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			panic(err)
		}
		lang := path.Base(path.Dir(f))
		c := lexClass(strings.TrimSuffix(path.Base(f), ".txt"))
		for n, line := range strings.Split(string(data), "\n") {
			if err := lx.addCut(&l, line, lang, c); err != nil {
				panic(fmt.Sprintf("caption: %s:%d: %v", f, n+1, err))
			}
		}
	}
	return lx
}

// addPhrase files a phrase among the entry's, by class, after the phrases
// of its class as long or longer: the longest of a class is tried first,
// and of two as long the one added first.
func (e *lexEntry) addPhrase(ph lexPhrase) {
	c, n := ph.sense.class, len(ph.rest)
	at := 0
	for at < len(e.phrases) && (e.phraseClass[at] < c || e.phraseClass[at] == c && len(e.phrases[at].rest) >= n) {
		at++
	}
	e.phrases = slices.Insert(e.phrases, at, ph)
	e.phraseClass = slices.Insert(e.phraseClass, at, c)
}

// entry returns the entry of key, or nil.
func (lx *lexiconData) entry(key string) *lexEntry { return lx.entryAt(lx.table.find(key)) }

// entryBytes is entry(string(key)), without the copy.
func (lx *lexiconData) entryBytes(key []byte) *lexEntry { return lx.entryAt(lx.table.findBytes(key)) }

// entryAt returns the entry numbered n, or nil.
func (lx *lexiconData) entryAt(n int) *lexEntry {
	if n < len(lx.byIndex) {
		return lx.byIndex[n] // byIndex[0] is nil
	}
	return nil // a key being added
}

// all yields each entry with its key, in the order of their numbers.
func (lx *lexiconData) all() iter.Seq2[string, *lexEntry] {
	return func(yield func(string, *lexEntry) bool) {
		for n, e := range lx.byIndex {
			if e != nil && !yield(lx.table.keys[n], e) {
				return
			}
		}
	}
}

// newEntry numbers key in the table and returns its new, empty entry.
// A restriction word numbered already (withRootWords) keeps its number.
func (lx *lexiconData) newEntry(key string) *lexEntry {
	e := &lexEntry{}
	lx.keyFilter.add(key)
	if len(lx.byIndex) == 0 {
		lx.byIndex, lx.mays, lx.ones = []*lexEntry{nil}, []classSet{{}}, []classSet{{}}
	}
	if n := lx.table.find(key); n != 0 {
		lx.byIndex[n] = e
		return e
	}
	if lx.table.add(key) > math.MaxUint16 {
		panic("caption: more lexicon keys than a token's index holds")
	}
	lx.byIndex = append(lx.byIndex, e)
	lx.mays, lx.ones = append(lx.mays, classSet{}), append(lx.ones, classSet{})
	return e
}

// add stores one line of a lexicon file.
func (lx *lexiconData) add(line, lang string, c class) error {
	var l lexer
	return lx.addCut(&l, line, lang, c)
}

// addCut is add, the line cut by l.
func (lx *lexiconData) addCut(l *lexer, line, lang string, c class) error {
	line = strings.TrimRight(line, " \r")
	if line == "" || line[0] == '#' {
		return nil
	}
	entry, val, _ := strings.Cut(line, "\t")
	toks := l.cut(entry)
	if len(toks) == 0 {
		return fmt.Errorf("empty entry %q", line)
	}
	// The keys are slices of the file's text (which the entries' forms
	// keep) or of the lexer's folded keys (a new buffer for each line):
	// no copy each.
	key := toks[0].key
	if toks[0].kind == tNumber {
		return fmt.Errorf("entry %q starts with a number", line)
	}
	if toks[0].kind == tPunct {
		lx.punctStarts[key[0]] = true
	}
	e := lx.entry(key)
	if e == nil {
		e = lx.newEntry(key)
	}
	s := sense{lang: lang, scored: slices.Index(langCodes[:], lang), class: c, val: strings.TrimSpace(val), form: strings.ToLower(entry)}
	s.num, _ = strconv.Atoi(s.val)
	if len(toks) == 1 {
		e.classes = e.classes.or(c.bit())
		e.date = dateKindOf(e.date, c, lang)
		e.senses = append(e.senses, s)
		if len(e.senses) > math.MaxUint16 {
			panic("caption: more senses of one lexicon key than a reference holds")
		}
		lx.byClass[c] = append(lx.byClass[c], senseRef{uint16(lx.table.find(key)), uint16(len(e.senses) - 1)})
	} else {
		rest := make([]string, len(toks)-1)
		for i := range rest {
			rest[i] = toks[i+1].key
		}
		e.starts = e.starts.or(c.bit())
		e.addPhrase(lexPhrase{rest: rest, sense: s})
	}
	e.may = e.classes.or(e.starts)
	n := lx.table.find(key)
	lx.mays[n], lx.ones[n] = e.may, e.classes
	lx.size[lang]++
	return nil
}

// value returns the value of the token's entry in class c.
func (t *tok) value(c class) (string, bool) {
	if s := t.senseOf(c); s != nil {
		return s.val, true
	}
	return "", false
}

// sense returns the token's one-token entry in class c.
func (t *tok) sense(c class) (sense, bool) {
	if s := t.senseOf(c); s != nil {
		return *s, true
	}
	return sense{}, false
}

// senseOf returns the token's one-token entry in class c in place, or
// nil.
func (t *tok) senseOf(c class) *sense {
	if !lexicon.ones[t.lexi].has(c) {
		return nil // most tokens: no entry, or none of class c
	}
	e := lexicon.byIndex[t.lexi]
	for k := range e.senses {
		if e.senses[k].class == c {
			return &e.senses[k]
		}
	}
	return nil
}

// mayStart reports whether an entry of class c, of one token or more,
// starts with the token.
func (t *tok) mayStart(c class) bool {
	return lexicon.mays[t.lexi].has(c)
}

// matchAt finds the longest entry of class c starting at toks[i], whatever
// the spacing between its tokens. It returns the index of the token after
// it and the entry's sense (the lexicon's own, not to be changed: a
// pointer rather than a copy of some 70 bytes), nil when there is none.
func matchAt(toks []tok, i int, c class) (int, *sense, bool) {
	// The token, its phrases and senses are read in place, not copied.
	t := &toks[i]
	if !t.mayStart(c) {
		return i, nil, false
	}
	e := lexicon.byIndex[t.lexi]
	if e.starts.has(c) {
		k := 0
		for k < len(e.phraseClass) && e.phraseClass[k] < c {
			k++
		}
	phrases:
		for ; k < len(e.phraseClass) && e.phraseClass[k] == c; k++ {
			p := &e.phrases[k]
			if i+len(p.rest) >= len(toks) {
				continue
			}
			for k, key := range p.rest {
				if toks[i+1+k].key != key {
					continue phrases
				}
			}
			return i + 1 + len(p.rest), &p.sense, true
		}
	}
	for k := range e.senses {
		if e.senses[k].class == c {
			return i + 1, &e.senses[k], true
		}
	}
	return i, nil, false
}

// findClass returns the first entry of class c at or after token i: its
// first token, the token after it and its sense, or -1.
func findClass(toks []tok, i int, c class) (int, int, sense) {
	for ; i < len(toks); i++ {
		if end, s, ok := matchAt(toks, i, c); ok {
			return i, end, *s
		}
	}
	return -1, -1, sense{}
}
