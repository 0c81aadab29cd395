package geo

import (
	"strings"
	"sync"
)

// divisionKeys holds, for each ISO 3166-2 division of section 3 (both
// levels), "CC\tkey" for each of its folded names.
var (
	divisionOnce sync.Once
	divisionKeys map[string]bool
)

// loadDivisionKeys reads section 3's names: the first call of DivisionIn
// pays for it, never Parse's common path.
func loadDivisionKeys() {
	gazOnce.Do(loadGazetteer)
	m := make(map[string]bool, 16384)
	for line := range strings.SplitSeq(regText, "\n") {
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			continue
		}
		for k := range strings.SplitSeq(f[3], "|") {
			m[f[0]+"\t"+k] = true
		}
	}
	divisionKeys = m
}

// DivisionIn reports whether country has an ISO 3166-2 division, of
// either level, of the name: Spain's province of Toledo and Belgium's of
// Luxembourg, where Region names only Belize's district and the
// Grand Duchy's canton, the first level winning a name two countries
// share.
func DivisionIn(name, country string) bool {
	if country == "" {
		return false
	}
	divisionOnce.Do(loadDivisionKeys)
	return divisionKeys[country+"\t"+Fold(name)]
}
