package main

import (
	"bytes"
	"fmt"
	"log"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/wirecap/wirecap/internal/geo/internal/fold"
)

// ambiguous marks a region name that divisions of two countries share at
// the same level.
const ambiguous = "?"

// region is what a folded region name stands for: a country ("" where the
// desk states none, ambiguous) and a level (1 for states and provinces, 2
// for counties and districts, 0 for a hand-kept region).
type region struct {
	country string
	level   int
}

// regionNames holds the region each folded name stands for.
type regionNames map[string]region

// add records that k names a division: a name two divisions share keeps
// the higher level's; two of the same level in different countries make
// it ambiguous.
func (m regionNames) add(k string, r region) {
	old, ok := m[k]
	switch {
	case !ok || r.level < old.level:
		m[k] = r
	case r.level == old.level && r.country != old.country:
		m[k] = region{ambiguous, r.level}
	}
}

// addHandKept reads the hand-kept regions (regions.txt: "name\tcode"
// lines, # comments), which replace an ISO division of the same name.
func (m regionNames) addHandKept(path string) {
	data, err := os.ReadFile(path)
	must(err)
	for n, line := range strings.Split(strings.TrimSuffix(string(data), "\n"), "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		name, code, ok := strings.Cut(line, "\t")
		if !ok || name == "" || len(code) != 0 && len(code) != 2 {
			log.Fatalf("%s:%d: want a name, a tab and an ISO 3166-1 code or none", path, n+1)
		}
		m[fold.Fold(name)] = region{code, 0}
	}
}

// write writes section 4 of the gazetteer: each name, its country and its
// level, in byte order.
func (m regionNames) write(buf *bytes.Buffer) {
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Fprintf(buf, "%s\t%s\t%d\n", k, m[k].country, m[k].level)
	}
}
