package geo

import (
	"bytes"
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/wirecap/wirecap/internal/geo/internal/fold"
	"github.com/wirecap/wirecap/internal/geo/internal/index"
)

// gazetteerText is written by ./internal/gen: four sections separated by an
// empty line.
//
//  1. cities, most populous first: name (GeoNames' current one), country,
//     region, lat, lon, population, "c" for a capital or "t" for a tied
//     town, GeoNames id (tab-separated);
//  2. folded names in byte order: name, "w" when it is also an ordinary
//     lower-case word in one of the desk's languages, the comma-separated
//     indexes of the cities so named, the likeliest first;
//  3. ISO 3166-2 divisions: country, level (1 or 2), English name, folded
//     names in en/fr/de/es separated by "|", ISO code;
//  4. region names in byte order: folded name, country ("?" where divisions
//     of two countries share the name at one level, empty where the desk
//     states none), level (0 for the hand-kept regions of regions.txt).
//
// It is embedded as it is, not compressed: the first use costs no
// decompression, and the text is used in place.
//
//go:embed gazetteer.txt
var gazetteerText string

// gazIndexBin is the generator's index of gazetteerText (package index):
// the hash tables of section 2's and section 4's names, their filter, and
// where each section and each city's line starts. Read in place, so that
// the first lookup builds nothing.
//
//go:embed gazindex.bin
var gazIndexBin []byte

// City is one gazetteer entry.
type City struct {
	Name       string  // GeoNames' current name (mostly the English one; see README.md for the patches)
	ID         int     // GeoNames id
	Country    string  // ISO 3166-1 alpha-2; empty where sovereignty is disputed
	Region     string  // first-level region, where the source gives it
	Lat        float64 // decimal degrees
	Lon        float64
	Capital    bool
	Population int
	// Tied marks a town below the gazetteer's population threshold (see
	// README.md): only the lookups given a country or region
	// (LookupCityIn, LookupCityInRegion) and Cities return it, so a small
	// town is read where the caption ties it to its country and never
	// takes a name from a known city on its own.
	Tied bool
}

// ambiguous marks a region name that divisions of two countries share.
const ambiguous = "?"

// regionRef is one region a folded name stands for.
type regionRef struct {
	country string
	level   int
}

var (
	gazOnce     sync.Once
	keyText     string     // section 2, with its last newline
	keyIdx      *nameTable // folded name -> offset of its flag in keyText
	regionTable *nameTable // section 4: folded name -> offset of its country
	gazKeys     *keyFilter // the names of sections 2 and 4
	regText     string     // section 3
	codeOnce    sync.Once  // regionCodes, on the first Subdivision
	// regionCodes maps ISO 3166-2 codes ("US-CA") to English names.
	regionCodes map[string]string
)

// loadGazetteer reads the generator's index: no name is hashed and no city
// decoded here. The cities are decoded by chunks as lookups reach them
// (cityAt), the ISO codes on the first Subdivision.
func loadGazetteer() {
	ix, err := index.Parse(gazIndexBin)
	if err != nil || !(ix.Sec2 < ix.Sec3 && ix.Sec3 < ix.Sec4 && int(ix.Sec4) <= len(gazetteerText)) {
		panic("geo: embedded gazetteer index: " + fmt.Sprint(err))
	}
	keyText = gazetteerText[ix.Sec2 : ix.Sec3-1]
	regText = gazetteerText[ix.Sec3 : ix.Sec4-1]
	keyIdx = newNameTable(keyText, ix.Slots, ix.SlotBits)
	regionTable = newNameTable(gazetteerText[ix.Sec4:], ix.RegionSlots, ix.RegionBits)
	gazKeys = keyFilterOf(ix.Words)
	initCities(ix.Cities)
}

// regionFound reads the line of section 4 found at off: its country (of
// two letters at most, read without a call) and level.
func regionFound(off uint32) regionRef {
	line := regionTable.text[off:]
	for t := 0; t < len(line)-1 && t <= 2; t++ {
		if line[t] == '\t' {
			return regionRef{country: line[:t], level: int(line[t+1] - '0')}
		}
	}
	return regionRef{}
}

// loadRegionCodes maps the ISO codes of section 3 to their English names.
func loadRegionCodes() {
	gazOnce.Do(loadGazetteer)
	m := make(map[string]string, 5200)
	for line := range strings.SplitSeq(regText, "\n") {
		f := strings.Split(line, "\t")
		if len(f) == 5 {
			m[f[4]] = f[2]
		}
	}
	regionCodes = m
}

// findKey returns the line of section 2 for the folded name k: its flag
// and its city indexes.
func findKey(k []byte) (flag, ids string, ok bool) { return findKeyHash(k, filterHash(k)) }

// findKeyHash is findKey for a name whose filterHash is h: one hash for
// the filter and the table.
func findKeyHash(k []byte, h uint64) (flag, ids string, ok bool) {
	gazOnce.Do(loadGazetteer)
	if !gazKeys.mayHoldHash(h) {
		return "", "", false
	}
	off, ok := keyIdx.findHash(k, h)
	if !ok {
		return "", "", false
	}
	line := keyText[off:]
	line = line[:strings.IndexByte(line, '\n')]
	t := strings.IndexByte(line, '\t')
	return line[:t], line[t+1:], true
}

// lookupKey finds a folded name, else its French transcription read back:
// French writes the Cyrillic and Arabic "u" as "ou" (Bakhmout, Marioupol,
// Louhansk), where GeoNames has Bakhmut, Mariupol, Luhansk.
func lookupKey(name string) (flag, ids string, ok bool) {
	var buf [64]byte
	return lookupFolded(fold.Append(buf[:0], name))
}

func lookupFolded(k []byte) (flag, ids string, ok bool) { return lookupFoldedHash(k, filterHash(k)) }

// lookupFoldedHash is lookupFolded for a name whose filterHash is h.
func lookupFoldedHash(k []byte, h uint64) (flag, ids string, ok bool) {
	if flag, ids, ok = findKeyHash(k, h); ok || !bytes.Contains(k, []byte("ou")) {
		return flag, ids, ok
	}
	var buf [64]byte
	return findKey(appendOuToU(buf[:0], k))
}

// appendOuToU appends k with each "ou" read as "u" (bytes.ReplaceAll
// without its copy on the heap).
func appendOuToU(dst, k []byte) []byte {
	for i := 0; i < len(k); i++ {
		if k[i] == 'o' && i+1 < len(k) && k[i+1] == 'u' {
			i++
		}
		dst = append(dst, k[i])
	}
	return dst
}

// Cities returns the gazetteer entries named name (any alternate name),
// the likeliest first: the name GeoNames gives a place outranks an
// alternate name of another, then capitals and population.
func Cities(name string) []*City {
	_, ids, ok := lookupKey(name)
	if !ok {
		return nil
	}
	out := make([]*City, 0, strings.Count(ids, ",")+1)
	for id := range strings.SplitSeq(ids, ",") {
		if i, err := strconv.Atoi(id); err == nil && i < cityCount() {
			out = append(out, cityAt(i))
		}
	}
	return out
}

// LookupCity returns the likeliest entry for name.
func LookupCity(name string) (*City, bool) {
	var buf [64]byte
	return LookupCityKey(fold.Append(buf[:0], name))
}

// LookupCityKey is LookupCity for a name folded with AppendKey.
func LookupCityKey(k []byte) (*City, bool) {
	_, ids, ok := lookupFolded(k)
	if !ok {
		return nil, false
	}
	return cityOfIDs(ids)
}

// cityOfIDs returns the first (likeliest) city of a line's indexes, unless
// it is a tied town (the generator ranks those last, so then every city
// so named is one).
func cityOfIDs(ids string) (*City, bool) {
	if i := strings.IndexByte(ids, ','); i >= 0 {
		ids = ids[:i]
	}
	i, err := strconv.Atoi(ids)
	if err != nil || i >= cityCount() {
		return nil, false
	}
	if c := cityAt(i); !c.Tied {
		return c, true
	}
	return nil, false
}

// LookupCityIn returns the likeliest entry for name in country: the context
// (a country named beside the city, the agency's home) decides between
// places of the same name.
func LookupCityIn(name, country string) (*City, bool) {
	for _, c := range Cities(name) {
		if c.Country == country {
			return c, true
		}
	}
	return nil, false
}

// LookupCityInRegion returns the likeliest entry for name that lies in the
// first-level region named region ("Miami", "Florida"): a city named with
// its state or province, whichever country the region's name also names.
func LookupCityInRegion(name, region string) (*City, bool) {
	_, ids, ok := lookupKey(name)
	if !ok {
		return nil, false
	}
	var rb, cb [64]byte
	r := fold.Append(rb[:0], region)
	for id := range strings.SplitSeq(ids, ",") {
		i, err := strconv.Atoi(id)
		if err != nil || i >= cityCount() {
			continue
		}
		if c := cityAt(i); c.Region != "" && bytes.Equal(fold.Append(cb[:0], c.Region), r) {
			return c, true
		}
	}
	return nil, false
}

// RegionShared reports a region name that divisions of two countries share
// at the same level ("Florida": a US state and a department of Uruguay),
// for which RegionLevel names no country.
func RegionShared(name string) bool {
	gazOnce.Do(loadGazetteer)
	var buf [64]byte
	r, ok := regionOf(fold.Append(buf[:0], name))
	return ok && r.country == ambiguous
}

// IsWord reports whether name, folded, is also an ordinary lower-case word
// of English, French, German or Spanish ("nice", "police", "of"): such a
// name is a place only where the text introduces it as one.
func IsWord(name string) bool {
	flag, _, _ := lookupKey(name)
	return flag == "w"
}

// regionSuffixes are the generic words captions add to a region's name.
var regionSuffixes = []string{" autonomous region", " uygur autonomous region", " province", " prefecture", " state",
	" region", " oblast", " governorate", " county", " department", " canton"}

// Subdivision returns the English name of the ISO 3166-2 division country-
// code ("US", "CA" → "California"): US states and Canadian provinces are
// written with these postal codes in datelines ("GATINEAU, QC").
func Subdivision(country, code string) (string, bool) {
	codeOnce.Do(loadRegionCodes)
	name, ok := regionCodes[strings.ToUpper(country)+"-"+strings.ToUpper(code)]
	return name, ok
}

// RegionLevel is Region with the level of the division: 1 for states,
// provinces, oblasts and prefectures, 2 for counties, departments and
// districts, 0 for the areas of the hand-kept table (regions.txt).
func RegionLevel(name string) (country string, level int, ok bool) {
	var buf [64]byte
	return RegionLevelKey(fold.Append(buf[:0], name))
}

// RegionLevelKey is RegionLevel for a name folded with AppendKey.
func RegionLevelKey(k []byte) (country string, level int, ok bool) {
	gazOnce.Do(loadGazetteer)
	if r, ok := regionOf(k); ok {
		return r.country, r.level, r.country != ambiguous
	}
	return regionBySuffix(k)
}

// regionBySuffix finds a folded name less the generic word a caption adds
// to a region's name ("hainan province").
func regionBySuffix(k []byte) (country string, level int, ok bool) {
	if bytes.IndexByte(k, ' ') < 0 {
		return "", 0, false // every suffix follows a space
	}
	for _, suffix := range regionSuffixes {
		if t, ok := bytes.CutSuffix(k, []byte(suffix)); ok {
			if r, ok := regionOf(t); ok {
				return r.country, r.level, r.country != ambiguous
			}
		}
	}
	return "", 0, false
}

// Region returns the country of a region named name ("Hainan",
// "California", "Bavaria", "Devon"), with or without its "Province"/"State"
// word. The country is "" (with ok) where the name is disputed or shared by
// regions of two countries.
func Region(name string) (string, bool) {
	c, _, ok := RegionLevel(name)
	return c, ok
}

// regionOf looks a folded name up in the region index, asking the filter
// first.
func regionOf(k []byte) (regionRef, bool) {
	return regionOfHash(k, filterHash(k))
}

// regionOfHash is regionOf for a name whose filterHash is h.
func regionOfHash(k []byte, h uint64) (regionRef, bool) {
	if !gazKeys.mayHoldHash(h) {
		return regionRef{}, false
	}
	off, ok := regionTable.findHash(k, h)
	if !ok {
		return regionRef{}, false
	}
	return regionFound(off), true
}
