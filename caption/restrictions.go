package caption

import (
	"regexp"
	"sort"
	"strings"
	"time"

	"github.com/wirecap/wirecap/internal/geo"
)

// Restriction codes (DESIGN.md).
const (
	EditorialOnly       = "EDITORIAL_ONLY"
	MandatoryCredit     = "MANDATORY_CREDIT"
	NoMarketing         = "NO_MARKETING"
	NoAdvertising       = "NO_ADVERTISING"
	NoCommercial        = "NO_COMMERCIAL"
	NoSales             = "NO_SALES"
	NoArchive           = "NO_ARCHIVE"
	NoBooks             = "NO_BOOKS"
	NoThirdParty        = "NO_THIRD_PARTY"
	ServiceToClients    = "SERVICE_TO_CLIENTS"
	ThirdPartySupplied  = "THIRD_PARTY_SUPPLIED"
	ContextOnly         = "CONTEXT_ONLY"
	Out                 = "OUT"
	Embargo             = "EMBARGO"
	Expires             = "EXPIRES"
	Exclusive           = "EXCLUSIVE"
	GraphicContent      = "GRAPHIC_CONTENT"
	NoAlteration        = "NO_ALTERATION"
	Unverified          = "UNVERIFIED"
	OtherRestriction    = "OTHER"
	restrictionCodeList = "EDITORIAL_ONLY MANDATORY_CREDIT NO_MARKETING NO_ADVERTISING NO_COMMERCIAL NO_SALES NO_ARCHIVE NO_BOOKS NO_THIRD_PARTY SERVICE_TO_CLIENTS THIRD_PARTY_SUPPLIED CONTEXT_ONLY OUT EMBARGO EXPIRES EXCLUSIVE GRAPHIC_CONTENT NO_ALTERATION UNVERIFIED OTHER"
)

// Codes lists every restriction code the parser emits.
func Codes() []string { return strings.Fields(restrictionCodeList) }

// restrictionRule maps a phrase to a code. Rules are tried in order and a
// span claimed by one rule is not matched again, so the territorial forms
// ("NO SALES IN JAPAN") come before the general ones ("NO SALES").
type restrictionRule struct {
	// keys: the rule can only match if the lower-cased text holds one of
	// these; caseKeys: the same on the text as written. A cheap filter
	// before the regular expression, which dominates parse time otherwise.
	keys, caseKeys []string
	code           string
	re             *regexp.Regexp
	// scope: the submatch holding a territory list, for OUT rules.
	scope int
	// onlyIn: the territory list is where publication is allowed.
	onlyIn bool
	// suffix: keep only the words before "OUT" that name a territory or an
	// outlet, since the capitals before them may belong to another phrase.
	suffix bool
	// value: the submatch holding a demanded credit, or an embargo time.
	value int
}

// Patterns marked (?i) are matched in any case. Patterns without it are
// matched as written: agencies write their restriction blocks in capitals,
// and matching those words case-blind would catch ordinary prose
// ("cannot be independently verified" in a KCNA disclaimer sentence).
var restrictionRules = []restrictionRule{
	// Territories.
	{caseKeys: []string{"PUBLICATIONxINx"}, code: Out, re: regexp.MustCompile(`PUBLICATIONxINx((?:[A-Z]{2,3}x)+)ONLY`), scope: 1, onlyIn: true},
	{caseKeys: []string{"PUBLICATIONxNOTxINx"}, code: Out, re: regexp.MustCompile(`PUBLICATIONxNOTxINx((?:[A-Z]{2,3}x?)+)`), scope: 1},
	{caseKeys: []string{"NOxSALExINx"}, code: Out, re: regexp.MustCompile(`NOxSALExINx((?:[A-Z]{2,3}x?)+)`), scope: 1},
	{keys: []string{" in "}, code: Out, re: regexp.MustCompile(`(?i)\bNO (?:COMMERCIAL OR EDITORIAL |EDITORIAL OR COMMERCIAL )?(?:SALES?|LICENSING|USE|PUBLICATION|DISTRIBUTION) IN ((?:(?:THE )?[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*(?:, | AND | OR |,)?)+)`), scope: 1},
	{keys: []string{"no usar", "no publicar", "no difundir"}, code: Out, re: regexp.MustCompile(`(?i)\bNO (?:USAR|PUBLICAR|DIFUNDIR) EN ((?:[A-ZÁÉÍÓÚÑ][\p{L}]*(?: [A-Z][\p{L}]*)*(?:, | Y |,)?)+)`), scope: 1},
	{caseKeys: []string{" OUT"}, code: Out, re: regexp.MustCompile(`\b([A-Z][A-Z.&'-]*(?: [A-Z][A-Z.&'-]*){0,2}) OUT\b`), scope: 1, suffix: true},
	{caseKeys: []string{" OUT)"}, code: Out, re: regexp.MustCompile(`\(((?:[A-Z][A-Z.]*(?: [A-Z][A-Z.]*){0,2}) OUT)\)`), scope: 1},
	// Embargo and expiry.
	{keys: []string{"embargo"}, code: Embargo, re: regexp.MustCompile(`(?i)\b(?:EMBARGO(?:ED)?\s+(?:UNTIL|TILL)|EMBARGO:)\s*([^.;/\n]{3,60})`), value: 1},
	{keys: []string{"embargad", "embargo", "sperrfrist"}, code: Embargo, re: regexp.MustCompile(`(?i)\b(?:EMBARGADO HASTA|SOUS EMBARGO JUSQU'(?:AU|À|A)|SPERRFRIST:?)\s+([^.;/\n]{3,60})`), value: 1},
	{keys: []string{"days"}, code: Expires, re: regexp.MustCompile(`(?i)\bMAY ONLY BE USED (?:FOR|WITHIN) ([0-9]+) DAYS[^.;\n]*`), value: 1},
	// Credit.
	{keys: []string{"mandatory credit"}, code: MandatoryCredit, re: regexp.MustCompile(`(?i)\bMANDATORY CREDIT:?\s*"\s*([^"]{2,120}?)\s*"`), value: 1},
	{keys: []string{"mandatory", "obligatoire", "obligatorio"}, code: MandatoryCredit, re: regexp.MustCompile(`(?i)\b(?:MANDATORY CREDIT|CR[ÉE]DIT OBLIGATOIRE|CR[ÉE]DITO OBLIGATORIO)\b:?`)},
	{keys: []string{"read"}, code: MandatoryCredit, re: regexp.MustCompile(`(?i)\b(?:PHOTO )?CREDIT (?:SHOULD|MUST) READ\b:?`)},
	{keys: []string{"bildnachweis", "quellenangabe", "fotohinweis", "nennung"}, code: MandatoryCredit, re: regexp.MustCompile(`(?i)\b(?:BILDNACHWEIS|QUELLENANGABE|FOTOHINWEIS|NENNUNG)\s+(?:IST\s+)?(?:PFLICHT|OBLIGATORISCH|ZWINGEND(?: ERFORDERLICH)?)`)},
	// Use.
	{keys: []string{"editorial"}, code: EditorialOnly, re: regexp.MustCompile(`(?i)\b(?:RESTRICTED TO EDITORIAL USE(?: ONLY)?|(?:INTENDED )?FOR EDITORIAL USE ONLY|EDITORIAL USE ONLY|EDITORIAL ONLY|FOR EDITORIAL USE|EDITORIAL USAGE ONLY)\b`)},
	{keys: []string{"ditorial"}, code: EditorialOnly, re: regexp.MustCompile(`(?i)\b(?:(?:POUR |À |A |D')?USAGE [ÉE]DITORIAL(?: UNIQUEMENT| SEULEMENT| EXCLUSIVEMENT)|RÉSERVÉ À UN USAGE ÉDITORIAL|RESERVE A UN USAGE EDITORIAL|UTILISATION [ÉE]DITORIALE UNIQUEMENT)`)},
	{keys: []string{"redaktionell"}, code: EditorialOnly, re: regexp.MustCompile(`(?i)\b(?:NUR (?:FÜR|FUER|ZUR) (?:DIE )?REDAKTIONELLE[N]? (?:VERWENDUNG|NUTZUNG|ZWECKE|BERICHTERSTATTUNG)|AUSSCHLIESSLICH (?:ZUR|FÜR) REDAKTIONELLE[N]? (?:VERWENDUNG|NUTZUNG))`)},
	{keys: []string{"editorial"}, code: EditorialOnly, re: regexp.MustCompile(`(?i)\b(?:(?:S[ÓO]LO|SOLAMENTE|[ÚU]NICAMENTE|EXCLUSIVAMENTE) (?:PARA )?(?:USO|UTILIZACI[ÓO]N) EDITORIAL|USO EDITORIAL (?:[ÚU]NICAMENTE|EXCLUSIVAMENTE|S[ÓO]LO))`)},
	{keys: []string{"marketing"}, code: NoMarketing, re: regexp.MustCompile(`(?i)\b(?:NO MARKETING|NOT FOR MARKETING|PAS DE MARKETING|KEIN MARKETING|SIN (?:USO DE )?MARKETING|NO (?:USO EN )?MARKETING)\b`)},
	{keys: []string{"advertising", "publicit", "werbung", "publicidad"}, code: NoAdvertising, re: regexp.MustCompile(`(?i)\b(?:NO ADVERTISING(?: CAMPAIGNS?)?|NOT FOR ADVERTISING|PAS DE (?:CAMPAGNES? )?(?:DE )?PUBLICIT[ÉE]|KEINE WERBUNG|(?:NO|SIN) (?:USO (?:EN|PARA) )?PUBLICIDAD)`)},
	{keys: []string{"commercial", "kommerziell", "comercial"}, code: NoCommercial, re: regexp.MustCompile(`(?i)\b(?:NO COMMERCIAL(?: USE| USAGE)?|NOT FOR COMMERCIAL (?:USE|PURPOSES)|PAS D'(?:USAGE|UTILISATION) COMMERCIALE?|KEINE KOMMERZIELLE (?:NUTZUNG|VERWENDUNG)|(?:NO|SIN) USO COMERCIAL)\b`)},
	{keys: []string{"sale", "vente", "verkauf", "revender", "venta"}, code: NoSales, re: regexp.MustCompile(`(?i)\b(?:(?:STRICTLY )?NO (?:THIRD[- ]PARTY )?(?:RE-?)?SALES?|NOT FOR (?:RE-?)?SALE|PAS DE (?:RE)?VENTE|KEIN (?:WEITER)?VERKAUF|NO REVENDER|NO VENTAS?|PROHIBIDA LA VENTA)\b`)},
	{keys: []string{"archiv"}, code: NoArchive, re: regexp.MustCompile(`(?i)\b(?:NO ARCHIV(?:ES?|ING|AL USE)|NOT FOR ARCHIV(?:ES|ING)|NO ARCHIVAR|PAS D'ARCHIV(?:ES|AGE)|KEINE ARCHIVIERUNG)\b`)},
	{keys: []string{"book"}, code: NoBooks, re: regexp.MustCompile(`(?i)\bNO (?:USE IN )?BOOKS?(?: PUBLISHING)?\b`)},
	{keys: []string{"third", "terceros", "dritte"}, code: NoThirdParty, re: regexp.MustCompile(`(?i)\b(?:NOT FOR USE BY (?:[A-Z]+ )?THIRD[- ]PARTY DISTRIBUTORS|NO THIRD[- ]PARTY (?:USE|DISTRIBUTION)|NI CEDER A TERCEROS|KEINE WEITERGABE AN DRITTE)\b`)},
	{keys: []string{"clients", "titre de service"}, code: ServiceToClients, re: regexp.MustCompile(`(?i)\b(?:(?:DISTRIBUTED|PROVIDED|MADE AVAILABLE)\b[^.;]{0,60}?\bAS A SERVICE TO (?:ITS )?CLIENTS|AS A SERVICE TO (?:ITS )?CLIENTS|DISTRIBU[ÉE]E? (?:À|A) TITRE DE SERVICE)`)},
	{keys: []string{"third party"}, code: ThirdPartySupplied, re: regexp.MustCompile(`(?i)\b(?:THIS (?:IMAGE|PICTURE|PHOTO|PHOTOGRAPH) (?:HAS BEEN|WAS|IS) )?(?:SUPPLIED|PROVIDED) BY A THIRD PARTY\b`)},
	{caseKeys: []string{"VERIF"}, code: Unverified, re: regexp.MustCompile(`(?:[A-Z]+ IS )?(?:UNABLE TO (?:INDEPENDENTLY )?VERIFY|CANNOT (?:BE )?(?:INDEPENDENTLY )?VERIF(?:Y|IED)|COULD NOT (?:BE )?(?:INDEPENDENTLY )?VERIF(?:Y|IED)|NOT (?:BEEN )?INDEPENDENTLY VERIFIED)[A-Z ,]*`)},
	{keys: []string{"obscure", "crop", "must not be", "alteration", "manipulation", "recadrer", "beschneiden"}, code: NoAlteration, re: regexp.MustCompile(`(?i)\b(?:DO NOT OBSCURE (?:THE )?LOGOS?|NO CROPPING|DO NOT CROP|MUST NOT BE (?:ALTERED|MODIFIED|CROPPED|MANIPULATED)|NO (?:ALTERATIONS?|MANIPULATIONS?)|NE PAS RECADRER|NICHT BESCHNEIDEN)\b`)},
	{keys: []string{"graphic", "disturb", "offend", "contenu", "genes"}, code: GraphicContent, re: regexp.MustCompile(`(?i)\b(?:WARNING:? )?(?:GRAPHIC CONTENT|IMAGES? (?:MAY|MIGHT|COULD) (?:BE )?(?:DISTURB|OFFEND)[A-Z]*|CONTENU (?:CHOQUANT|SENSIBLE)|IM[ÁA]GENES? (?:SENSIBLES|QUE PUEDEN HERIR))`)},
	{caseKeys: []string{"EXCLUSIV", "EXKLUSIV"}, code: Exclusive, re: regexp.MustCompile(`\b(?:EXCLUSIVE|EXCLUSIF|EXKLUSIV|EXCLUSIVA)\b`)},
	{keys: []string{"only be used", "used to illustrate", "used in connection"}, code: ContextOnly, re: regexp.MustCompile(`(?i)\b(?:(?:THIS (?:HANDOUT )?(?:PHOTO|IMAGE|PICTURE) )?MAY ONLY BE USED (?:TO ILLUSTRATE|IN CONNECTION WITH|IN CONJUNCTION WITH|FOR (?:EDITORIAL )?(?:REPORTING|COVERAGE|NEWS))[^.\n]*|(?:SOLELY|ONLY) (?:TO BE )?USED (?:TO ILLUSTRATE|IN CONNECTION WITH)[^.\n]*)`)},
	{keys: []string{"restriction", "clearance", "reuse", "quality from source", "dfl", "no tv", "no television", "no web", "no online", "no internet", "no mobile", "not for"}, code: OtherRestriction, re: regexp.MustCompile(`(?i)\b(?:USE SUBJECT TO RESTRICTIONS|(?:FOR OTHER USES, )?ADDITIONAL CLEARANCES MAY BE REQUIRED|REUSE OF THE (?:PICTURE|IMAGE) MAY REQUIRE FURTHER PERMISSION[^.\n]*|QUALITY FROM SOURCE|DFL REGULATIONS PROHIBIT[^.\n]*|NO (?:TV|TELEVISION|WEB|ONLINE|INTERNET|MOBILE)(?: USE)?\b|NOT FOR (?:TV|BROADCAST|ONLINE)(?: USE)?\b)`)},
}

type span struct{ start, end int }

func overlaps(spans []span, s span) bool {
	for _, o := range spans {
		if s.start < o.end && o.start < s.end {
			return true
		}
	}
	return false
}

// findRestrictions returns the restrictions in s with the spans they cover.
func findRestrictions(s string, hint time.Time) ([]Restriction, []span) {
	type hit struct {
		r  Restriction
		sp span
	}
	var hits []hit
	var spans []span
	lower := strings.ToLower(s)
	for _, rule := range restrictionRules {
		if !hasAny(lower, rule.keys) || !hasAny(s, rule.caseKeys) {
			continue
		}
		for _, m := range rule.re.FindAllStringSubmatchIndex(s, -1) {
			if rule.suffix {
				m = outSuffix(s, m)
				if m == nil {
					continue
				}
			}
			sp := span{m[0], m[1]}
			if overlaps(spans, sp) {
				continue
			}
			text := strings.TrimRight(strings.TrimSpace(s[m[0]:m[1]]), ",;: ")
			r := Restriction{Code: rule.code, Text: text}
			if rule.scope > 0 && m[2*rule.scope] >= 0 {
				scope := territoryList(s[m[2*rule.scope]:m[2*rule.scope+1]])
				if len(scope) == 0 {
					continue
				}
				if rule.onlyIn {
					r.OnlyIn = scope
				} else {
					r.Scope = scope
				}
			}
			if rule.value > 0 && m[2*rule.value] >= 0 {
				v := strings.TrimSpace(s[m[2*rule.value]:m[2*rule.value+1]])
				switch rule.code {
				case MandatoryCredit:
					r.Value = v
				case Embargo:
					if t, ok := parseEmbargo(v, hint); ok {
						r.Until = t.Format(time.RFC3339)
					}
				case Expires:
					// Relative expiries are resolved by the checker against the
					// transmission date; keep the words.
				}
			}
			spans = append(spans, sp)
			hits = append(hits, hit{r, sp})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].sp.start < hits[j].sp.start })
	out := make([]Restriction, 0, len(hits))
	for _, h := range hits {
		out = append(out, h.r)
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	return out, spans
}

var territorySplit = regexp.MustCompile(`\s*(?:,|;| AND | OR | Y |\bOUT\b|x)\s*`)

// territoryList turns "CHINA, HONG KONG, JAPAN AND FRANCE" or "GERxSUIxAUT"
// into ISO codes; names that are not countries (outlets such as CCTV) are
// kept as written.
func territoryList(s string) []string {
	var out []string
	seen := map[string]bool{}
	for _, part := range territorySplit.Split(s, -1) {
		part = strings.Trim(strings.TrimSpace(part), ".")
		part = strings.TrimPrefix(strings.TrimPrefix(part, "THE "), "the ")
		if part == "" {
			continue
		}
		v := part
		if code, ok := geo.Country(part); ok {
			v = code
		} else if len(strings.Fields(part)) > 3 {
			continue
		}
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

var embargoTime = regexp.MustCompile(`(?i)(\d{1,2})[:.h]?(\d{2})\s*(GMT|UTC|CET|CEST|ET|EST|EDT|BST|HEC|MEZ|MESZ)?`)

// parseEmbargo reads "0001 GMT MARCH 5", "2022-03-05T10:00:00Z" or
// "5 March 2022 10:00 GMT"; a date without a year takes the hint's.
func parseEmbargo(v string, hint time.Time) (time.Time, bool) {
	if t, err := time.Parse(time.RFC3339, strings.Fields(v + " ")[0]); err == nil {
		return t.UTC(), true
	}
	ds := findDates(v)
	if len(ds) == 0 {
		return time.Time{}, false
	}
	d := ds[0]
	year := d.year
	if year == 0 {
		if hint.IsZero() {
			return time.Time{}, false
		}
		year = hint.Year()
	}
	if d.day == 0 {
		return time.Time{}, false
	}
	hh, mm := 0, 0
	loc := time.UTC
	rest := v[:d.start] + " " + v[d.end:]
	if m := embargoTime.FindStringSubmatch(rest); m != nil {
		hh, mm = atoi(m[1]), atoi(m[2])
		if hh > 23 || mm > 59 {
			hh, mm = 0, 0
		}
		switch strings.ToUpper(m[3]) {
		case "CET", "HEC", "MEZ":
			loc = time.FixedZone("CET", 3600)
		case "CEST", "MESZ":
			loc = time.FixedZone("CEST", 7200)
		case "ET", "EST":
			loc = time.FixedZone("EST", -5*3600)
		case "EDT":
			loc = time.FixedZone("EDT", -4*3600)
		case "BST":
			loc = time.FixedZone("BST", 3600)
		}
	}
	return time.Date(year, time.Month(d.month), d.day, hh, mm, 0, 0, loc).UTC(), true
}

// outSuffix narrows a "WORDS OUT" match to the trailing words that name a
// country, or to a single short token (an outlet such as CCTV or BBC).
func outSuffix(s string, m []int) []int {
	words := strings.Fields(s[m[2]:m[3]])
	for i := 0; i < len(words); i++ {
		cand := strings.Join(words[i:], " ")
		_, isCountry := geo.Country(cand)
		if isCountry || (i == len(words)-1 && len(cand) <= 8) {
			start := m[3] - len(cand)
			return []int{start, m[1], start, m[3]}
		}
	}
	return nil
}

// hasAny reports whether s holds one of keys; no keys means no filter.
func hasAny(s string, keys []string) bool {
	if len(keys) == 0 {
		return true
	}
	for _, k := range keys {
		if strings.Contains(s, k) {
			return true
		}
	}
	return false
}
