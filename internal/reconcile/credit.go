package reconcile

import (
	"slices"
	"strings"
	"unicode"

	"github.com/wirecap/wirecap/caption"
	"github.com/wirecap/wirecap/imagemeta"
)

// MatchIdentifier is summary.agency_match when only an agency's identifier
// (a Getty asset id, a Reuters picture id) names the agency.
const MatchIdentifier = "identifier"

// creditOrder are the metadata fields the credit reading takes, in the
// order they are trusted: IPTC Credit, Source, each By-line entry, then
// Copyright Notice (markers and years stripped).
var creditOrder = []string{"credit", "source", "byline", "copyright"}

// identifierAgency: an identifier scheme that only one agency writes is
// evidence of that agency when no field names one.
var identifierAgency = map[string]string{"getty_asset_id": "Getty Images", "reuters_id": "Reuters", "epa_id": "EPA"}

// creditNotes are what a credit field holds instead of a credit when the
// credit is elsewhere ("See caption"), folded: a note is no credit, and a
// credit.truncated finding says so.
var creditNotes = []string{"see caption", "see description", "see notes", "see instructions", "see special instructions",
	"credit in caption", "credit see caption", "as per caption", "per caption", "see credit in caption",
	"voir legende", "siehe bildtext", "ver pie de foto", "vease pie de foto"}

// iimCreditLimit is the most bytes IIM 2:110 Credit holds.
const iimCreditLimit = 32

// Truncation is what credit.truncated reports: the IIM Credit cut at its
// limit (Kind "prefix", with the longer XMP credit it starts) or a note
// in place of a credit (Kind "note").
type Truncation struct {
	Kind  string
	Field string // the source holding the cut or note credit (iptc, xmp)
	Value string
	Full  string // the longer credit, for "prefix"
}

// creditRead is one metadata credit line with the field it came from.
type creditRead struct {
	field string
	line  caption.CreditLine
}

// metaLines lists the metadata's credit lines in creditOrder.
func (f *Facts) metaLines() []creditRead {
	var out []creditRead
	for _, name := range creditOrder {
		for _, cl := range f.Credits[name] {
			out = append(out, creditRead{name, cl})
		}
	}
	return out
}

// copyrightCredit reads the holder a Copyright Notice (IPTC 2:116, XMP
// dc:rights) names, as caption.ParseCredit reads Credit and By-line: the
// credit the notice opens, cut where the notice's rights sentence or a
// restriction starts ("© 2024 Acme. Editorial use only" -> Acme; "Jane
// Roe - Acme Press" -> Jane Roe of Acme Press). A notice whose credit
// is longer than a name is a licence text the restrictions reader takes.
func copyrightCredit(notice string) (caption.CreditLine, bool) {
	if i := strings.IndexByte(notice, '\n'); i >= 0 {
		notice = notice[:i] // a notice's second line is its licence
	}
	cl := caption.ParseCredit(notice)
	if cl.Credit == "" || len(cl.Credit) > maxHolder {
		return caption.CreditLine{}, false
	}
	return cl, true
}

// maxHolder is the longest credit a Copyright Notice's holder is read
// from, in bytes.
const maxHolder = 64

// isNote reports a credit field that only points elsewhere ("See caption").
func isNote(s string) bool {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r):
			b.WriteRune(foldAccent(r))
		default:
			b.WriteByte(' ')
		}
	}
	k := strings.Join(strings.Fields(b.String()), " ")
	return slices.Contains(creditNotes, k)
}

func foldAccent(r rune) rune {
	switch r {
	case 'é', 'è', 'ê':
		return 'e'
	case 'á':
		return 'a'
	}
	return r
}

// creditTruncation finds a cut IIM Credit or a note in place of a credit.
func (f *Facts) creditTruncation() *Truncation {
	fl := f.Fields.Credit
	if fl == nil {
		return nil
	}
	iim := fl.Sources[imagemeta.SourceIPTC]
	for _, src := range []string{imagemeta.SourceXMPSidecar, imagemeta.SourceXMP} {
		x := fl.Sources[src]
		cut := strings.TrimSpace(iim)
		if len(iim) >= iimCreditLimit-1 && len(x) > len(cut) && strings.HasPrefix(x, cut) {
			return &Truncation{Kind: "prefix", Field: imagemeta.SourceIPTC, Value: iim, Full: x}
		}
	}
	for _, src := range []string{imagemeta.SourceIPTC, imagemeta.SourceXMP, imagemeta.SourceXMPSidecar} {
		if v := fl.Sources[src]; isNote(v) {
			return &Truncation{Kind: "note", Field: src, Value: v}
		}
	}
	return nil
}

// creditSummary is what the credit reading gives the summary.
type creditSummary struct {
	agency, match, credit string
	photographers         []string
	intermediaries        []string
	source                *caption.Source
	file                  bool
}

// readCredit reads the caption's credit and the metadata's credit fields
// together: the caption wins where it speaks; a registry agency in any
// field wins over a name the registry does not know; an agency identifier
// names the agency when nothing else does.
func (f *Facts) readCredit(ids []imagemeta.Identifier) creditSummary {
	lines := f.metaLines()
	var cs creditSummary
	var from *caption.CreditLine
	if cp := f.Caption; cp != nil && cp.Agency != "" {
		pc := caption.ParseCredit(cp.Credit)
		if pc.Agency != cp.Agency {
			pc = caption.CreditLine{Agency: cp.Agency}
			if _, m, ok := caption.MatchAgency(cp.Agency); ok {
				pc.AgencyMatch = m
			}
		}
		pc.Partners = cp.Partners
		from = &pc
	}
	if from == nil {
		from = chooseLine(lines)
	}
	if from != nil {
		cs.agency, cs.match = from.Agency, from.AgencyMatch
	}
	if cs.agency == "" {
		for _, id := range ids {
			if a := identifierAgency[id.Scheme]; a != "" {
				cs.agency, cs.match = a, MatchIdentifier
				break
			}
		}
	}
	cs.credit = f.summaryCredit(lines)
	cs.photographers = f.summaryPhotographers(lines)
	cs.source, cs.file = f.summarySource(lines)
	cs.intermediaries = intermediaries(from, lines, cs)
	return cs
}

// chooseLine is the metadata line that names the agency: the first with a
// registry agency, else the first with any, in creditOrder; a copyright
// holder the registry does not know only when no other field names one.
func chooseLine(lines []creditRead) *caption.CreditLine {
	for i := range lines {
		if l := &lines[i].line; l.Agency != "" && l.AgencyMatch != "" {
			return l
		}
	}
	for i := range lines {
		if l := &lines[i].line; l.Agency != "" && !lowerName(l.Credit) {
			return l
		}
	}
	return nil
}

// summaryCredit is the credit as written, less copyright marks: the
// caption's, else IPTC Credit (unless a note), else the organisations a
// By-line names ("Jane Doe/BPI/REX" -> "BPI/REX"), else Source, else the
// copyright holder.
func (f *Facts) summaryCredit(lines []creditRead) string {
	if cp := f.Caption; cp != nil && cp.Credit != "" {
		return caption.StripCopyright(cp.Credit)
	}
	for _, want := range creditOrder {
		for _, l := range lines {
			if l.field != want || isNote(l.line.Credit) {
				continue
			}
			if l.field == "byline" {
				if lowerName(l.line.Credit) {
					continue // a person's name
				}
				if orgs := withoutPeople(l.line.Credit, l.line.Photographers); orgs != "" && (l.line.Agency != "" || len(l.line.Partners) > 0) {
					return orgs
				}
				continue
			}
			if l.line.Credit != "" {
				return l.line.Credit
			}
		}
	}
	return ""
}

// withoutPeople drops the photographers' names from a slash chain.
func withoutPeople(credit string, people []string) string {
	var keep []string
	for p := range strings.SplitSeq(credit, "/") {
		p = strings.TrimSpace(p)
		if p != "" && !slices.ContainsFunc(people, func(n string) bool { return strings.EqualFold(n, p) }) {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, "/")
}

// summaryPhotographers: the caption's, else the By-line's people (a
// lower-case By-line such as "jane doe" is a person too; HANDOUT, POOL
// and organisations never are), else Credit's, Source's, the copyright
// holder's.
func (f *Facts) summaryPhotographers(lines []creditRead) []string {
	out := []string{}
	if cp := f.Caption; cp != nil && len(cp.Photographers) > 0 {
		return append(out, cp.Photographers...)
	}
	for _, want := range creditOrder {
		for _, l := range lines {
			if l.field != want {
				continue
			}
			out = append(out, l.line.Photographers...)
			if l.field == "byline" && len(l.line.Photographers) == 0 && l.line.Source == nil && lowerName(l.line.Credit) {
				out = append(out, titleName(l.line.Credit))
			}
		}
		if len(out) > 0 {
			return dedupe(out)
		}
	}
	return out
}

// summarySource: the caption's, else the first field that states one
// (HANDOUT, POOL, social media in Credit, By-line, Source).
func (f *Facts) summarySource(lines []creditRead) (*caption.Source, bool) {
	var src *caption.Source
	file := false
	if cp := f.Caption; cp != nil {
		src, file = cp.Source, cp.FilePhoto
	}
	for _, l := range lines {
		if src == nil && l.line.Source != nil && l.field != "copyright" {
			src = l.line.Source
		}
		file = file || l.line.FilePhoto && l.field != "copyright"
	}
	return src, file
}

// intermediaries are the partners or collections the credit relays: the
// partners of the line that named the agency and of every field naming
// the same agency, less the agency, the handout's source and people.
func intermediaries(from *caption.CreditLine, lines []creditRead, cs creditSummary) []string {
	out := []string{}
	add := func(partners []string) {
		for _, p := range partners {
			if n := caption.AgencyName(p); n != "" {
				p = n
			}
			if p == "" || p == cs.agency || cs.source != nil && strings.EqualFold(p, cs.source.Name) ||
				slices.ContainsFunc(cs.photographers, func(n string) bool { return strings.EqualFold(n, p) }) || slices.Contains(out, p) {
				continue
			}
			out = append(out, p)
		}
	}
	if from != nil {
		add(from.Partners)
	}
	for _, l := range lines {
		if cs.agency != "" && l.line.Agency == cs.agency && l.field != "copyright" {
			add(l.line.Partners)
		}
	}
	return out
}

// lowerName: a By-line written in lower case that reads as a person's
// name ("jane doe", "ana de la cruz"): two to five words of letters, none
// an organisation the registry knows.
func lowerName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 || caption.AgencyName(s) != "" {
		return false
	}
	for _, w := range words {
		for _, r := range w {
			if !unicode.IsLower(r) && r != '-' && r != '\'' {
				return false
			}
		}
	}
	return true
}

// titleName capitalises a lower-case name, leaving its particles
// ("ana de la cruz" -> "Ana de la Cruz").
func titleName(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if i > 0 && nameParticles[w] {
			continue
		}
		r := []rune(w)
		r[0] = unicode.ToUpper(r[0])
		words[i] = string(r)
	}
	return strings.Join(words, " ")
}

// nameParticles stay lower case inside a name.
var nameParticles = map[string]bool{"de": true, "da": true, "di": true, "du": true, "van": true, "von": true, "der": true,
	"den": true, "del": true, "la": true, "le": true, "dos": true, "bin": true, "ben": true, "ter": true, "y": true}

func dedupe(xs []string) []string {
	out := xs[:0]
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}
