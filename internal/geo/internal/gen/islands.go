package main

import (
	"os"
	"strings"

	"github.com/wirecap/wirecap/internal/geo/internal/fold"
)

// renamedScript are the Cyrillic (and Polish and German) names of the
// cities Ukraine renamed in 2016 (renamed): the 2013 dump gives only the
// old ones ("Днепропетровск"), so Ukrinform's "у Дніпрі" and TASS's
// "Покровск" found nothing. Keyed like renamed.
var renamedScript = map[string][]string{
	"UA/Dnipropetrovsk":    {"Дніпро", "Днепр"},
	"UA/Artemivs’k":        {"Бахмут", "Bachmut"},
	"UA/Krasnoarmiys’k":    {"Покровськ", "Покровск", "Pokrowsk"},
	"UA/Dzerzhyns’k":       {"Торецьк", "Торецк"},
	"UA/Kirovohrad":        {"Кропивницький", "Кропивницкий"},
	"UA/Dniprodzerzhyns’k": {"Кам'янське", "Каменское"},
	"UA/Illichivs’k":       {"Чорноморськ", "Черноморск"},
	"UA/Krasnyy Liman":     {"Лиман"},
	"UA/Kuznetsovs’k":      {"Вараш"},
	"UA/Komsomolsk":        {"Горішні Плавні"},
}

// handKeptAliases are the folded names of regions.txt: a city's alternate
// name (one the 2013 dump lists after its own, ASCII and first names)
// that is one of them is not indexed for the city, so the name is the
// region's ("Kreta" is Crete, not Chaniá, which GeoNames also calls so).
func handKeptAliases(path string) map[string]bool {
	data, err := os.ReadFile(path)
	must(err)
	out := map[string]bool{}
	for line := range strings.SplitSeq(string(data), "\n") {
		if name, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
			out[fold.Fold(name)] = true
		}
	}
	return out
}

// withoutAliases drops from c's keys those in aliases, but for the city's
// own name and the dump's first name.
func withoutAliases(c *city, aliases map[string]bool) {
	keys := c.keys[:0]
	for i, k := range c.keys {
		if i == 0 || k == c.dumpKey || !aliases[k] {
			keys = append(keys, k)
		}
	}
	c.keys = keys
}
