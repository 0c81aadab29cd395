package caption

import (
	"fmt"
	"io/fs"
	"strings"
)

// Properties of a language's writing that rules read (how it writes month
// names, whether it forms a place's genitive with an ending) are data, one
// line per language in lexicon/languages.tsv, not language codes compared
// in code.

// langFlag is one property of a language's writing.
type langFlag uint8

const (
	// flagTitledDateNames: its spelling capitalises month and weekday
	// names.
	flagTitledDateNames langFlag = 1 << iota
	// flagGenitivePlaces: it writes a place's genitive with an ending and
	// no preposition.
	flagGenitivePlaces
)

// langFlagNames are the flags' names in languages.tsv.
var langFlagNames = map[string]langFlag{
	"titled_date_names": flagTitledDateNames,
	"genitive_places":   flagGenitivePlaces,
}

// languageFlags holds each listed language's flags, indexed by its two
// letters (langIndex): the location pass asks for every name it reads, and
// an array index costs less than a map's lookup.
var languageFlags = mustLanguageFlags(lexiconFiles, "lexicon/languages.tsv")

// langHas reports whether language lang has flag f.
func langHas(lang string, f langFlag) bool {
	k, ok := langIndex(lang)
	return ok && languageFlags[k]&f != 0
}

// langIndex is the index of a two-letter language code, a to z each.
func langIndex(lang string) (int, bool) {
	if len(lang) != 2 || lang[0]-'a' >= 26 || lang[1]-'a' >= 26 {
		return 0, false
	}
	return int(lang[0]-'a')*26 + int(lang[1]-'a'), true
}

func mustLanguageFlags(fsys fs.FS, name string) (table [26 * 26]langFlag) {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		panic(err)
	}
	flags, err := parseLanguageFlags(string(data))
	if err != nil {
		panic(fmt.Sprintf("caption: %s: %v", name, err))
	}
	for lang, f := range flags {
		k, ok := langIndex(lang)
		if !ok {
			panic(fmt.Sprintf("caption: %s: %q is no two-letter language code", name, lang))
		}
		table[k] = f
	}
	return table
}

// parseLanguageFlags reads languages.tsv: a language code, a tab and its
// flags separated by spaces; '#' starts a comment line.
func parseLanguageFlags(data string) (map[string]langFlag, error) {
	flags := map[string]langFlag{}
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, " \r")
		if line == "" || line[0] == '#' {
			continue
		}
		lang, names, ok := strings.Cut(line, "\t")
		if !ok || lang == "" {
			return nil, fmt.Errorf("line %d: want a language, a tab and its flags: %q", n+1, line)
		}
		if _, dup := flags[lang]; dup {
			return nil, fmt.Errorf("line %d: language %q listed twice", n+1, lang)
		}
		var f langFlag
		for name := range strings.FieldsSeq(names) {
			bit, known := langFlagNames[name]
			if !known {
				return nil, fmt.Errorf("line %d: unknown flag %q", n+1, name)
			}
			f |= bit
		}
		flags[lang] = f
	}
	return flags, nil
}
