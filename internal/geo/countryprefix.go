package geo

import "strings"

// CountryByStem returns the one country whose name, in any language the
// country table holds, starts with the folded stem (at least four
// letters): the stem of a nationality adjective in a language the
// demonym table does not hold ("liby" of German "libyschen", French
// "libyennes"). Two countries so named ("ni": Niger, Nigeria) give none.
// It reads every name, for the rare caption that needs it.
func CountryByStem(stem string) (string, bool) {
	k := Fold(stem)
	if len([]rune(k)) < 4 {
		return "", false
	}
	once.Do(load)
	found := ""
	for name, code := range countryIdx {
		if !strings.HasPrefix(name, k) {
			continue
		}
		if found != "" && found != code {
			return "", false
		}
		found = code
	}
	return found, found != ""
}
