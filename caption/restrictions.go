package caption

import (
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/wirecap/wirecap/internal/geo"
)

// How restrictions are read (the choices DESIGN.md leaves open):
//
//   - One pass over the words of the text (letters and digits, case and
//     accents folded) through a trie of the phrases in restrictionPhrases:
//     no regular expression, one table lookup per word (the lexer's,
//     tok.rkid). A phrase claims its words; the longest reading at a
//     position wins.
//   - OUT keeps every territory a phrase names, whatever joins them
//     ("UK AND IRELAND OUT", "A, B OUT", "NO LICENSING IN A, B AND C"), as
//     ISO alpha-2 codes through internal/geo (names in en/fr/de/es); an
//     outlet ("CCTV OUT") stays as written. Each phrase is its own
//     restriction: two OUT phrases give two OUTs.
//   - Uses in scope: "NO USE ON SOCIAL MEDIA", "NOT FOR USE IN PRINT OR
//     ONLINE", "NO TV" give OUT with the uses (social, print, online,
//     broadcast, book, archive) in scope, beside any territory. A phrase that
//     bans only books or only archives keeps its own code (NO_BOOKS,
//     NO_ARCHIVE), as the verdict and the agencies' own words ("NO ARCHIVES")
//     already name it; a list mixing them with other uses is one OUT.
//   - EMBARGO: the notice in any of the four languages, with the end time
//     read when there is one (see parseEmbargoTime: zones, weekdays, numeric
//     dates in the agency's order, year from the caption's date or the hint,
//     rolled over). A time without a zone is in the agency's home zone
//     (agencyConventions), UTC for an unknown agency. A notice in capitals
//     without a readable time is still an EMBARGO, without until.
//   - UNVERIFIED: the distributor's statement that it could not verify the
//     picture, in any case and language.
//
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

// preamble is the code of a phrase that announces restrictions without
// being one; it is never emitted.
const preamble = ""

// Uses an OUT scope may name besides territories (DESIGN.md).
const (
	UseSocial    = "social"
	UsePrint     = "print"
	UseOnline    = "online"
	UseBroadcast = "broadcast"
	UseBook      = "book"
	UseArchive   = "archive"
)

// Codes lists every restriction code the parser emits.
func Codes() []string { return strings.Fields(restrictionCodeList) }

// What follows a matched phrase.
const (
	plain     = iota
	scopeList // territories or uses follow: "NO LICENSING IN CHINA, HONG KONG AND FRANCE"
	useList   // uses only follow: "NO SOCIAL MEDIA", "NO ONLINE USE", "NO ARCHIVES"
	embargoAt // an end time follows: "EMBARGOED UNTIL 0001 GMT MARCH 5"
	creditAt  // a quoted credit may follow: MANDATORY CREDIT "AFP PHOTO / X"
	tail      // the phrase runs to the end of its sentence
)

// phrase is one row of the restriction vocabulary. pat is a word pattern:
// words separated by spaces, A/B for alternative words, (…|…) for
// alternative word sequences, ? after a word or group for an optional one.
// Words match whole tokens, case and accents folded ("É" = "E"); the
// apostrophe and the hyphen separate words ("D'ARCHIVES" = "D ARCHIVES").
type phrase struct {
	pat  string
	code string
	kind int
	// caps: matched only as written in capitals. Agencies write their
	// restriction blocks in capitals; the words marked caps are ordinary
	// prose in lower case ("took him out", "an exclusive interview").
	caps bool
	// colon: the phrase must be followed by ':' ("EMBARGO:").
	colon bool
	// alone: in lower case, the phrase must end its clause ("No sales.",
	// "No sales, no archives"); followed by more words it is prose ("No
	// sales were reported", "graphic content warnings").
	alone bool
	// opens: in lower case, the phrase must open its clause, not follow a
	// lower-case word of its sentence ("Mandatory credit: …" is a notice;
	// "a mandatory credit check", "the villa is not for sale", "l'embargo
	// jusqu'au …" and "est interdit en France" are prose).
	opens bool
	// also: a second code the same words state ("NOT FOR MARKETING OR
	// ADVERTISING CAMPAIGNS" bans both uses).
	also string
}

// restrictionPhrases is the vocabulary, in English, French, German and
// Spanish, with the Italian and Portuguese editorial and sales bans. It states each agency convention once; the OUT lists of
// territories are read by scopeList and outBefore, not listed here.
var restrictionPhrases = []phrase{
	// Territories and uses. A territory-only ban is OUT with the territories
	// (and uses) named in scope, whatever sells or licenses it.
	{pat: "(STRICTLY)? NO (COMMERCIAL OR EDITORIAL|EDITORIAL OR COMMERCIAL|COMMERCIAL|EDITORIAL|THIRD PARTY)? SALE/SALES/RESALE/RESALES/LICENSING/LICENCING/LICENSE/LICENCE/USE/USAGE/PUBLICATION/PUBLISHING/DISTRIBUTION/BROADCAST IN/ON/FOR", code: Out, kind: scopeList},
	{pat: "NOT (AVAILABLE)? FOR (SALE|RESALE|LICENSING|LICENCING|LICENSE|LICENCE|USE|PUBLICATION|DISTRIBUTION)? IN/ON", code: Out, kind: scopeList},
	{pat: "NOT TO BE (USED|PUBLISHED|SOLD) IN/ON", code: Out, kind: scopeList},
	{pat: "NO (USAR|PUBLICAR|DIFUNDIR|VENDER|DISTRIBUIR) EN", code: Out, kind: scopeList},
	{pat: "(PROHIBIDA SU|PROHIBIDO SU) (USO|VENTA|PUBLICACION|DIFUSION) EN", code: Out, kind: scopeList, opens: true},
	{pat: "PAS DE (VENTE|PUBLICATION|DIFFUSION|LICENCE|UTILISATION) EN/AU/AUX/DANS/SUR", code: Out, kind: scopeList},
	{pat: "(INTERDIT|INTERDITE) (A LA (VENTE|PUBLICATION|DIFFUSION))? EN/AU/AUX/DANS/SUR", code: Out, kind: scopeList, opens: true},
	{pat: "(KEIN VERKAUF|KEINE VEROFFENTLICHUNG|KEINE VEROEFFENTLICHUNG|KEINE NUTZUNG|KEINE VERWENDUNG|KEINE PUBLIKATION) IN/AUF", code: Out, kind: scopeList},
	// The exclusion as a labelled field, "OUT: UK, IRELAND": the "X OUT"
	// of AP's and Reuters' blocks with the territories after a colon, as
	// restriction fields list them. Only in capitals and with its colon,
	// and only with a territory or use after it ("OUT: Velmora" is none).
	{pat: "OUT", code: Out, kind: scopeList, caps: true, colon: true},
	{pat: "(NO|NOT FOR)", code: Out, kind: useList},
	{pat: "(NO USE|NOT FOR USE|NOT TO BE USED)", code: Out, kind: useList},
	// Embargo and expiry.
	{pat: "(UNDER)? EMBARGO/EMBARGOED UNTIL/TILL/TO/UNTILL", code: Embargo, kind: embargoAt, opens: true},
	{pat: "EMBARGO", code: Embargo, kind: embargoAt, colon: true},
	{pat: "EMBARGOED", code: Embargo, kind: embargoAt, caps: true},
	{pat: "(SOUS)? EMBARGO JUSQU AU/A/ALA", code: Embargo, kind: embargoAt, opens: true},
	{pat: "SPERRFRIST (BIS)?", code: Embargo, kind: embargoAt},
	{pat: "(BAJO)? EMBARGO/EMBARGADO/EMBARGADA/EMBARGADAS/EMBARGADOS HASTA (EL)?", code: Embargo, kind: embargoAt, opens: true},
	// Italian press offices and desks: "EMBARGO FINO ALLE ORE 12.00 DEL 5 MARZO".
	{pat: "(SOTTO)? EMBARGO FINO A/AL/ALLE/ALLA (ORE)?", code: Embargo, kind: embargoAt, opens: true},
	{pat: "EMBARGOED FOR RELEASE (UNTIL|TILL|TO|AT)?", code: Embargo, kind: embargoAt},
	{pat: "HOLD FOR RELEASE (UNTIL|TILL|AT)?", code: Embargo, kind: embargoAt},
	{pat: "NOT FOR (PUBLICATION|RELEASE|USE|BROADCAST) BEFORE/UNTIL", code: Embargo, kind: embargoAt},
	{pat: "(A)? NE PAS PUBLIER/DIFFUSER/UTILISER AVANT (LE)?", code: Embargo, kind: embargoAt},
	{pat: "NO PUBLICAR/DIFUNDIR/USAR ANTES DE/DEL", code: Embargo, kind: embargoAt},
	{pat: "VEROFFENTLICHUNG/VEROEFFENTLICHUNG (ERST)? (AB|NICHT VOR)", code: Embargo, kind: embargoAt},
	{pat: "MAY ONLY BE USED FOR/WITHIN", code: Expires, kind: tail},
	// Credit.
	{pat: "MANDATORY CREDIT", code: MandatoryCredit, kind: creditAt, opens: true},
	{pat: "CREDIT OBLIGATOIRE/OBLIGATORIO", code: MandatoryCredit, kind: creditAt},
	{pat: "CREDITO OBLIGATORIO/OBRIGATORIO/OBBLIGATORIO", code: MandatoryCredit, kind: creditAt}, // es, pt, it
	{pat: "(PHOTO)? CREDIT SHOULD/MUST READ", code: MandatoryCredit},
	{pat: "BILDNACHWEIS/QUELLENANGABE/FOTOHINWEIS/NENNUNG (IST)? PFLICHT/OBLIGATORISCH/ZWINGEND (ERFORDERLICH)?", code: MandatoryCredit},
	// dpa's handout notice: "… und nur mit vollständiger Nennung des vorstehenden Credits".
	{pat: "(NUR)? MIT (VOLLSTANDIGER|VOLLSTAENDIGER)? NENNUNG DES/DER (VORSTEHENDEN|OBEN GENANNTEN)? CREDITS/CREDIT/URHEBERS/QUELLE", code: MandatoryCredit},
	// Editorial use.
	{pat: "(HANDOUT)? (RESTRICTED TO|INTENDED FOR|FOR|STRICTLY FOR)? EDITORIAL USE/USAGE (ONLY)?", code: EditorialOnly},
	{pat: "EDITORIAL ONLY", code: EditorialOnly},
	{pat: "(UNIQUEMENT|SEULEMENT|EXCLUSIVEMENT)? (POUR|A|D|RESERVE A|RESERVEE A|RESERVE A UN|RESERVEE A UN)? USAGE/UTILISATION EDITORIAL/EDITORIALE (UNIQUEMENT|SEULEMENT|EXCLUSIVEMENT)?", code: EditorialOnly},
	{pat: "NUR/AUSSCHLIESSLICH FUR/FUER/ZUR (DIE)? REDAKTIONELLE/REDAKTIONELLEN VERWENDUNG/NUTZUNG/ZWECKE/BERICHTERSTATTUNG", code: EditorialOnly},
	{pat: "NUR/AUSSCHLIESSLICH REDAKTIONELLE VERWENDUNG/NUTZUNG", code: EditorialOnly},
	{pat: "SOLO/SOLAMENTE/UNICAMENTE/EXCLUSIVAMENTE (PARA)? USO/UTILIZACION EDITORIAL", code: EditorialOnly},
	// The adverb may stand before, inside or after the words, in Spanish and
	// Portuguese alike: "PARA USO EDITORIAL EXCLUSIVAMENTE", "USO EXCLUSIVO
	// EDITORIAL", "APENAS USO EDITORIAL", "SOMENTE PARA USO EDITORIAL".
	{pat: "(PARA)? USO (EXCLUSIVO|EXCLUSIVAMENTE)? EDITORIAL (UNICAMENTE|EXCLUSIVAMENTE|SOLO|SOLAMENTE|APENAS|SOMENTE)?", code: EditorialOnly},
	{pat: "APENAS/SOMENTE/EXCLUSIVAMENTE (PARA)? USO EDITORIAL", code: EditorialOnly},
	// Italian (ANSA, LaPresse): "SOLO PER USO EDITORIALE", "USO EDITORIALE ESCLUSIVO".
	{pat: "(PER)? SOLO/SOLTANTO/ESCLUSIVAMENTE/UNICAMENTE (PER)? USO EDITORIALE", code: EditorialOnly},
	{pat: "(PER)? USO ESCLUSIVAMENTE EDITORIALE", code: EditorialOnly},
	{pat: "USO EDITORIALE ESCLUSIVO/SOLTANTO", code: EditorialOnly},
	{pat: "USO SOLO/SOLTANTO/UNICAMENTE EDITORIALE", code: EditorialOnly},
	// The same "EDITORIAL USE ONLY" as the desks and picture libraries of
	// the other languages translate it, always with their word for "only",
	// so that talk of editorial work is no restriction: Polish "TYLKO DO
	// UŻYTKU REDAKCYJNEGO", Dutch "ALLEEN VOOR REDACTIONEEL GEBRUIK",
	// Norwegian "KUN TIL REDAKSJONELL BRUK", Danish "KUN TIL REDAKTIONEL
	// BRUG", Swedish "ENDAST FÖR REDAKTIONELLT BRUK", Finnish "VAIN
	// TOIMITUKSELLISEEN KÄYTTÖÖN", Czech "POUZE PRO REDAKČNÍ POUŽITÍ", Slovak
	// "LEN NA REDAKČNÉ POUŽITIE", Hungarian "CSAK SZERKESZTŐSÉGI
	// FELHASZNÁLÁSRA", Croatian and Serbian "SAMO ZA UREDNIČKU UPOTREBU",
	// Slovenian "SAMO ZA UREDNIŠKO UPORABO", Russian "ТОЛЬКО ДЛЯ
	// РЕДАКЦИОННОГО ИСПОЛЬЗОВАНИЯ", Turkish "YALNIZCA EDİTORYAL KULLANIM",
	// Greek "ΜΟΝΟ ΓΙΑ ΣΥΝΤΑΚΤΙΚΗ ΧΡΗΣΗ".
	{pat: "TYLKO/WYŁĄCZNIE/JEDYNIE DO UŻYTKU/WYKORZYSTANIA REDAKCYJNEGO", code: EditorialOnly},
	{pat: "TYLKO/WYŁĄCZNIE/JEDYNIE DO CELÓW REDAKCYJNYCH", code: EditorialOnly},
	{pat: "ALLEEN/UITSLUITEND/ENKEL (VOOR)? REDACTIONEEL GEBRUIK", code: EditorialOnly},
	{pat: "ALLEEN/UITSLUITEND/ENKEL VOOR REDACTIONELE DOELEINDEN", code: EditorialOnly},
	{pat: "KUN/BARE (TIL|FOR)? REDAKSJONELL/REDAKTIONEL/REDAKTIONELL BRUK/BRUG/ANVENDELSE", code: EditorialOnly},
	{pat: "ENDAST/BARA (FÖR|TILL)? REDAKTIONELLT/REDAKTIONELL BRUK/BRUKANDE/ANVÄNDNING", code: EditorialOnly},
	{pat: "VAIN/AINOASTAAN TOIMITUKSELLISEEN KÄYTTÖÖN", code: EditorialOnly},
	{pat: "POUZE/JEN/LEN/IBA/VÝLUČNĚ/VÝLUČNE PRO/NA/PRE REDAKČNÍ/REDAKČNÉ POUŽITÍ/POUŽITIE/VYUŽITÍ/VYUŽITIE/ÚČELY", code: EditorialOnly},
	{pat: "CSAK/KIZÁRÓLAG SZERKESZTŐSÉGI/SZERKESZTŐI FELHASZNÁLÁSRA", code: EditorialOnly},
	{pat: "SAMO/ISKLJUČIVO/ZGOLJ ZA UREDNIČKU/UREDNIČKE/UREDNIŠKO UPOTREBU/KORIŠTENJE/KORIŠĆENJE/SVRHE/UPORABO", code: EditorialOnly},
	{pat: "ТОЛЬКО/ЛИШЬ ДЛЯ РЕДАКЦИОННОГО ИСПОЛЬЗОВАНИЯ", code: EditorialOnly},
	{pat: "YALNIZCA/SADECE EDİTORYAL KULLANIM (İÇİNDİR|İÇİN)?", code: EditorialOnly},
	{pat: "ΜΟΝΟ/ΜΌΝΟ ΓΙΑ ΣΥΝΤΑΚΤΙΚΗ/ΣΥΝΤΑΚΤΙΚΉ ΧΡΗΣΗ/ΧΡΉΣΗ", code: EditorialOnly},
	// Other uses.
	{pat: "(NO|NOT FOR) MARKETING", code: NoMarketing},
	{pat: "PAS DE MARKETING", code: NoMarketing},
	{pat: "KEIN MARKETING", code: NoMarketing},
	{pat: "SIN/NO (USO EN|USO DE)? MARKETING", code: NoMarketing},
	{pat: "(NO|NOT FOR) ADVERTISING (CAMPAIGN|CAMPAIGNS)?", code: NoAdvertising},
	{pat: "PAS DE (CAMPAGNE|CAMPAGNES)? (DE)? PUBLICITE", code: NoAdvertising},
	{pat: "KEINE WERBUNG", code: NoAdvertising},
	{pat: "NO/SIN (USO EN|USO PARA)? PUBLICIDAD", code: NoAdvertising},
	{pat: "NO COMMERCIAL (USE|USAGE)?", code: NoCommercial},
	{pat: "NOT FOR COMMERCIAL USE/PURPOSES/USAGE", code: NoCommercial},
	{pat: "PAS D USAGE/UTILISATION COMMERCIAL/COMMERCIALE", code: NoCommercial},
	{pat: "KEINE KOMMERZIELLE NUTZUNG/VERWENDUNG", code: NoCommercial},
	{pat: "NO/SIN USO COMERCIAL", code: NoCommercial},
	// The same "NOT FOR COMMERCIAL USE" as the Dutch and Flemish desks
	// (ANP, Belga) and the Italian ones write it, with their "not for".
	{pat: "NIET VOOR COMMERCIEEL GEBRUIK", code: NoCommercial},
	{pat: "NON PER USO COMMERCIALE", code: NoCommercial},
	{pat: "(STRICTLY)? NO (THIRD PARTY)? SALE/SALES/RESALE/RESALES/RE", code: NoSales, alone: true},
	// AP's handout instructions, "No Archiving; No Licensing." (CONVENTIONS §15):
	// licensing without a territory is a sale.
	{pat: "NO LICENSING/LICENCING", code: NoSales, alone: true},
	{pat: "NO RE SALE/SALES", code: NoSales, alone: true},
	{pat: "NOT FOR SALE/RESALE", code: NoSales, opens: true},
	{pat: "PAS DE VENTE/REVENTE", code: NoSales, alone: true},
	{pat: "KEIN VERKAUF/WEITERVERKAUF", code: NoSales},
	{pat: "NO REVENDER/VENTA/VENTAS", code: NoSales},
	{pat: "PROHIBIDA/PROHIBIDO LA/SU VENTA/REVENTA", code: NoSales, opens: true},
	{pat: "VENTA/REVENTA PROHIBIDA", code: NoSales, alone: true},
	{pat: "VIETATA LA VENDITA/RIVENDITA", code: NoSales, opens: true},
	{pat: "PROIBIDA A VENDA/REVENDA", code: NoSales, opens: true},
	{pat: "VENTE/REVENTE INTERDITE", code: NoSales, alone: true},
	{pat: "INTERDIT/INTERDITE A LA VENTE/REVENTE", code: NoSales, opens: true},
	{pat: "NO ARCHIVE/ARCHIVES/ARCHIVING/ARCHIVAR/ARCHIVOS/ARCHIVIO", code: NoArchive},
	{pat: "NO ARCHIVAL USE", code: NoArchive},
	{pat: "NOT FOR ARCHIVES/ARCHIVING", code: NoArchive},
	{pat: "PAS D ARCHIVES/ARCHIVAGE", code: NoArchive},
	{pat: "KEINE ARCHIVIERUNG", code: NoArchive},
	{pat: "BEZ ARCHIWIZACJI", code: NoArchive}, // Polish desks: "no archiving"
	{pat: "NO (USE IN)? BOOK/BOOKS (PUBLISHING)?", code: NoBooks},
	{pat: "NOT FOR USE BY (REUTERS|AFP|AP|GETTY|EPA)? THIRD PARTY DISTRIBUTORS", code: NoThirdParty},
	{pat: "NO THIRD PARTY USE/DISTRIBUTION", code: NoThirdParty},
	{pat: "NI CEDER A TERCEROS", code: NoThirdParty},
	{pat: "KEINE WEITERGABE AN DRITTE", code: NoThirdParty},
	{pat: "(DISTRIBUTED|PROVIDED|MADE AVAILABLE)? AS A SERVICE TO (ITS)? CLIENTS", code: ServiceToClients},
	{pat: "THIS PICTURE/IMAGE/PHOTO IS DISTRIBUTED EXACTLY AS RECEIVED", code: ServiceToClients, kind: tail},
	{pat: "DISTRIBUE/DISTRIBUEE A TITRE DE SERVICE", code: ServiceToClients},
	{pat: "(THIS (IMAGE|PICTURE|PHOTO|PHOTOGRAPH) (HAS BEEN|WAS|IS))? (SUPPLIED|PROVIDED|MADE AVAILABLE) BY A THIRD PARTY", code: ThirdPartySupplied},
	{pat: "(CETTE)? (IMAGE|PHOTO) (A ETE)? FOURNIE PAR UN TIERS", code: ThirdPartySupplied},
	// Verification: the distributor says it could not verify the picture.
	{pat: "(IS|ARE|WAS|WERE)? UNABLE TO (INDEPENDENTLY)? VERIFY", code: Unverified, kind: tail},
	{pat: "(CANNOT|CAN NOT|CAN T|COULD NOT|COULDN T|DID NOT|DOES NOT) (INDEPENDENTLY)? VERIFY", code: Unverified, kind: tail},
	// AP's fixed sentence under KCNA handouts ("The content of this image
	// is as provided and cannot be independently verified.") describes the
	// picture in the caption's prose; written in the capitals of an
	// advisory block the same words are the distributor's caveat.
	{pat: "(CANNOT|CAN NOT|CAN T|COULD NOT|COULDN T) BE (INDEPENDENTLY)? VERIFIED", code: Unverified, kind: tail, caps: true},
	{pat: "(HAS|HAVE|HAD)? NOT (BEEN)? INDEPENDENTLY VERIFIED", code: Unverified, kind: tail},
	{pat: "NE PEUT/PEUVENT/POUVAIT/POUVAIENT PAS (ETRE)? VERIFIER/VERIFIE/VERIFIEE/VERIFIES/VERIFIEES", code: Unverified, kind: tail},
	{pat: "N A/ONT PAS PU (ETRE)? VERIFIER/VERIFIE/VERIFIEE/VERIFIES/VERIFIEES", code: Unverified, kind: tail},
	{pat: "IMPOSSIBLE DE VERIFIER", code: Unverified, kind: tail},
	{pat: "KANN/KONNTE/KONNTEN NICHT UNABHANGIG/UNABHAENGIG (UBERPRUFT|UEBERPRUEFT|VERIFIZIERT|BESTATIGT|BESTAETIGT)", code: Unverified, kind: tail},
	{pat: "NICHT UNABHANGIG/UNABHAENGIG UBERPRUFT/UEBERPRUEFT/VERIFIZIERT/UBERPRUFEN/UEBERPRUEFEN", code: Unverified, kind: tail},
	{pat: "NO (HA|HAN|PUEDE|PUEDEN|PUDO|PUDIERON)? (PODIDO)? (SER)? VERIFICAR/VERIFICADO/VERIFICADA/VERIFICADAS/VERIFICADOS (DE FORMA INDEPENDIENTE|INDEPENDIENTEMENTE)?", code: Unverified, kind: tail},
	{pat: "UNVERIFIED", code: Unverified, caps: true},
	// Alteration, content, exclusivity, context.
	{pat: "DO NOT OBSCURE (THE)? LOGO/LOGOS", code: NoAlteration},
	{pat: "NO CROPPING/ALTERATION/ALTERATIONS/MANIPULATION/MANIPULATIONS", code: NoAlteration},
	{pat: "DO NOT CROP", code: NoAlteration},
	{pat: "MUST NOT BE ALTERED/MODIFIED/CROPPED/MANIPULATED", code: NoAlteration},
	{pat: "NE PAS RECADRER", code: NoAlteration},
	{pat: "NICHT BESCHNEIDEN", code: NoAlteration},
	{pat: "(WARNING)? GRAPHIC CONTENT", code: GraphicContent, alone: true},
	{pat: "IMAGE/IMAGES/PICTURE/PICTURES/CONTENT MAY/MIGHT/COULD (BE)? DISTURB/DISTURBING/OFFEND/OFFENSIVE", code: GraphicContent},
	{pat: "CONTENU CHOQUANT/SENSIBLE", code: GraphicContent},
	{pat: "IMAGEN/IMAGENES SENSIBLES/SENSIBLE", code: GraphicContent},
	{pat: "IMAGEN/IMAGENES QUE PUEDEN/PUEDE HERIR", code: GraphicContent},
	{pat: "EXCLUSIVE/EXCLUSIF/EXKLUSIV/EXCLUSIVA", code: Exclusive, caps: true},
	{pat: "(THIS (HANDOUT)? (PHOTO|IMAGE|PICTURE))? MAY ONLY BE USED TO/IN/FOR ILLUSTRATE/CONNECTION/CONJUNCTION/REPORTING/COVERAGE/NEWS/EDITORIAL", code: ContextOnly, kind: tail},
	{pat: "SOLELY/ONLY (TO BE)? USED TO/IN ILLUSTRATE/CONNECTION", code: ContextOnly, kind: tail},
	// AP's and ANSA's handout notice: "… PROVIDES ACCESS TO THIS HANDOUT PHOTO TO BE USED
	// SOLELY TO ILLUSTRATE NEWS REPORTING …; NO ARCHIVING; NO LICENSING".
	{pat: "(TO BE|MAY BE)? USED SOLELY/ONLY TO ILLUSTRATE", code: ContextOnly},
	// EFE's handout notice: "SOLO USO EDITORIAL/SOLO DISPONIBLE PARA ILUSTRAR LA NOTICIA QUE ACOMPAÑA".
	{pat: "(SOLO|UNICAMENTE)? DISPONIBLE PARA ILUSTRAR LA NOTICIA (QUE (LA)? ACOMPANA)?", code: ContextOnly},
	// dpa: "Nur zur redaktionellen Verwendung im Zusammenhang mit der (aktuellen) Berichterstattung".
	{pat: "IM ZUSAMMENHANG MIT (DER|DEM)? (AKTUELLEN)? BERICHTERSTATTUNG", code: ContextOnly, kind: tail},
	// restrict4: the same notices in more languages and shapes. Marketing
	// and advertising banned in one phrase (Reuters' and Getty's "NOT FOR
	// MARKETING OR ADVERTISING CAMPAIGNS", "NOT FOR SALE FOR MARKETING OR
	// ADVERTISING CAMPAIGNS").
	{pat: "(NO|NOT FOR) MARKETING OR/AND/NOR ADVERTISING (CAMPAIGN|CAMPAIGNS)?", code: NoMarketing, also: NoAdvertising, alone: true},
	{pat: "NOT FOR SALE FOR MARKETING OR/AND ADVERTISING (CAMPAIGN|CAMPAIGNS)?", code: NoMarketing, also: NoAdvertising, alone: true},
	// A handout cleared for one publication only: "ONE TIME USE ONLY".
	{pat: "ONE TIME USE (ONLY)?", code: OtherRestriction, caps: true},
	{pat: "(FOR)? ONE TIME USE ONLY", code: OtherRestriction, alone: true, opens: true},
	// Embargoes in Dutch ("EMBARGO TOT"), Polish, Czech, Slovak and
	// Croatian ("EMBARGO DO"), Portuguese ("EMBARGADO ATÉ"), Catalan
	// ("EMBARGAT FINS A"), Norwegian and Danish ("SPERREFRIST TIL",
	// "EMBARGO TIL").
	{pat: "EMBARGO TOT", code: Embargo, kind: embargoAt, opens: true},
	{pat: "EMBARGO DO", code: Embargo, kind: embargoAt, opens: true},
	{pat: "(SOB)? EMBARGO/EMBARGADO/EMBARGADA ATÉ (ÀS|AS|A|O)?", code: Embargo, kind: embargoAt, opens: true},
	{pat: "EMBARGAT/EMBARGADA FINS (A|AL|LES)?", code: Embargo, kind: embargoAt, opens: true},
	{pat: "SPERREFRIST (TIL)?", code: Embargo, kind: embargoAt, opens: true},
	{pat: "EMBARGO TIL", code: Embargo, kind: embargoAt, opens: true},
	// "EDITORIAL USE ONLY" in Catalan ("NOMÉS PER A ÚS EDITORIAL") and
	// Romanian ("DOAR PENTRU UZ EDITORIAL", "NUMAI ÎN SCOP EDITORIAL"),
	// always with the word for "only".
	{pat: "NOMÉS/ÚNICAMENT/EXCLUSIVAMENT (PER A|PER)? ÚS EDITORIAL", code: EditorialOnly},
	{pat: "ÚS EDITORIAL EXCLUSIU/ÚNICAMENT/NOMÉS", code: EditorialOnly},
	{pat: "DOAR/NUMAI/EXCLUSIV (PENTRU|ÎN|IN)? UZ/SCOP/SCOPURI EDITORIAL/EDITORIALE", code: EditorialOnly},
	// "NO SALES", "NO ARCHIVING" in Dutch, the Scandinavian languages,
	// Polish, Czech and Slovak, as a notice ending its clause.
	{pat: "GEEN (DOOR)? VERKOOP/DOORVERKOOP", code: NoSales, alone: true},
	{pat: "GEEN ARCHIVERING", code: NoArchive, alone: true},
	{pat: "INGEN FÖRSÄLJNING/VIDAREFÖRSÄLJNING/SALG/VIDERESALG", code: NoSales, alone: true},
	{pat: "INGEN ARKIVERING", code: NoArchive, alone: true},
	{pat: "ZAKAZ/BEZ SPRZEDAŻY", code: NoSales, alone: true},
	{pat: "ZÁKAZ PRODEJE/PREDAJA", code: NoSales, alone: true},
	// A territory the picture may not be used in, in Danish, Norwegian and
	// Swedish ("MÅ IKKE BRUGES I DANMARK", "FÅR INTE PUBLICERAS I
	// SVERIGE"), and German in capitals ("NICHT IN DEUTSCHLAND").
	{pat: "MÅ IKKE BRUGES/BRUKES/PUBLICERES/PUBLISERES/ANVENDES I", code: Out, kind: scopeList, opens: true},
	{pat: "FÅR INTE/EJ ANVÄNDAS/PUBLICERAS I", code: Out, kind: scopeList, opens: true},
	{pat: "NICHT IN/FÜR", code: Out, kind: scopeList, caps: true},
	// Announcements of the restrictions that follow, no restriction
	// themselves (PA's "Use subject to restrictions.", "Restrictions:"): the
	// scan claims their words and emits nothing.
	{pat: "(USE)? SUBJECT TO RESTRICTIONS", code: preamble},
	{pat: "RESTRICTIONS/RESTRICCIONES/EINSCHRANKUNGEN/RESTRICTION/RESTRICCION/RESTRICCIONES DE USO/USAGE RESTRICTIONS", code: preamble, colon: true},
	{pat: "(FOR OTHER USES)? ADDITIONAL CLEARANCES MAY BE REQUIRED", code: OtherRestriction},
	{pat: "REUSE OF THE PICTURE/IMAGE MAY REQUIRE FURTHER PERMISSION", code: OtherRestriction, kind: tail},
	{pat: "QUALITY FROM SOURCE", code: OtherRestriction},
	{pat: "DFL REGULATIONS PROHIBIT", code: OtherRestriction, kind: tail},
	{pat: "GEMASS/GEMAESS DEN VORGABEN DER DFL", code: OtherRestriction, kind: tail}, // dpa's German DFL notice
	{pat: "NO MOBILE (USE)?", code: OtherRestriction},
	// The football leagues' terms as Reuters and PA print them: "NO USE WITH
	// UNAUTHORIZED AUDIO, VIDEO, DATA, FIXTURE LISTS, CLUB/LEAGUE LOGOS OR
	// 'LIVE' SERVICES", "ONLINE IN-MATCH USE LIMITED TO 45 IMAGES".
	{pat: "NO USE WITH UNAUTHORIZED/UNAUTHORISED AUDIO", code: OtherRestriction, kind: tail},
	{pat: "ONLINE IN MATCH USE LIMITED TO", code: OtherRestriction, kind: tail},
	// The same terms' last ban: "NO USE IN BETTING, GAMES OR SINGLE
	// CLUB/LEAGUE/PLAYER PUBLICATIONS" names uses the verdict does not know.
	{pat: "NO USE IN BETTING", code: OtherRestriction, kind: tail},
}

// useWords name the uses an OUT scope may hold.
var useWords = []struct{ pat, use string }{
	{"(ON|IN)? SOCIAL MEDIA/NETWORKS/NETWORKING", UseSocial},
	{"(ON|IN)? (THE)? INTERNET/WEB/WEBSITE/WEBSITES/ONLINE", UseOnline},
	{"ONLINE (MEDIA|PUBLICATION|PUBLICATIONS|EDITIONS)?", UseOnline},
	{"(IN)? PRINT (MEDIA|EDITIONS|PUBLICATIONS)?", UsePrint},
	{"(ON)? TV/TELEVISION/BROADCAST/BROADCASTING", UseBroadcast},
	{"(IN)? BOOK/BOOKS", UseBook},
	{"ARCHIVE/ARCHIVES/ARCHIVING/ARCHIVAL", UseArchive},
	{"RESEAUX SOCIAUX", UseSocial},
	{"SOZIALEN/SOZIALE MEDIEN/NETZWERKEN", UseSocial},
	{"REDES SOCIALES", UseSocial},
	// credits4: AP's member-picture restriction after the credit, "(Name/Paper
	// via AP) ALL LOCAL TELEVISION OUT; MANDATORY CREDIT": read whole, its
	// first words are no credit.
	{"(ALL)? LOCAL TV/TELEVISION", UseBroadcast},
}

// The restriction pass's lexicon classes: the words that may open an item
// of a list ("IN THE UNITED STATES", "SUR LES RÉSEAUX SOCIAUX", "EN EL
// REINO UNIDO"; a preposition may be repeated after a joiner: "EN FRANCE ET
// EN BELGIQUE"), the words joining the items, and the capitalised words
// that end a sentence before a capitalised "OUT" without naming an outlet.
var (
	clsListArticle = lexClass("list_article")
	clsListJoiner  = lexClass("list_joiner")
	clsOutletStop  = lexClass("outlet_stop")
	clsOutWord     = lexClass("out_word")
	clsTimeTail    = lexClass("time_tail")
	clsHourLead    = lexClass("hour_lead")
)

// span is a byte range of the text.
type span struct{ start, end int }

var (
	vocabOnce sync.Once
	phraseTrie,
	useTrie trie
	// longestWord is the length in bytes of the longest word of the
	// tries (loadVocab): no cut of a run-together word past it starts a
	// phrase, and a word longer than maxGluedWords of them holds none, so
	// that a hostile word of a megabyte is not hashed again at each of
	// its bytes (gluedKey).
	longestWord int
)

// noteLongest records the length of the longest of words in longestWord.
func noteLongest(words []string) {
	for _, w := range words {
		longestWord = max(longestWord, len(w))
	}
}

func loadVocab() {
	var phrases, uses buildNode
	for i := range restrictionPhrases {
		ph := &restrictionPhrases[i]
		for _, w := range expandPattern(ph.pat) {
			noteLongest(w)
			if len(w) > 0 {
				end := phrases.insert(w)
				end.ends = append(end.ends, ph)
			}
		}
	}
	for _, u := range useWords {
		for _, w := range expandPattern(u.pat) {
			noteLongest(w)
			if len(w) > 0 {
				uses.insert(w).use = u.use
			}
		}
	}
	tries := buildTries(&phrases, &uses)
	phraseTrie, useTrie = tries[0], tries[1]
}

// minGlued is the length of the shortest word read as two run together.
const minGlued = 6

// glued follows two words of a phrase that a feed ran together into one
// word in capitals ("EMBARGOEDUNTIL"): a known word, then one that may
// follow it. Only the node after both counts; a phrase does not end
// inside a word.
func (n *trieNode) glued(t *tok) *trieNode {
	if t.shape != shUpper || len(t.key) < minGlued || len(t.key) > maxGluedWords*longestWord {
		return nil
	}
	return n.gluedKey(t.key, maxGluedWords)
}

// maxGluedWords is the most words read in one run-together word
// ("FOREDITORIALUSEONLY": four).
const maxGluedWords = 4

// gluedKey follows key cut into two words or more (up to words), each
// of two letters at least, the last ending where key ends.
func (n *trieNode) gluedKey(key string, words int) *trieNode {
	for cut := 2; cut <= min(len(key)-2, longestWord); cut++ {
		a := n.child(key[:cut])
		if a == nil || !a.inner {
			continue
		}
		if b := a.child(key[cut:]); b != nil {
			return b
		}
		if words > 2 {
			if b := a.gluedKey(key[cut:], words-1); b != nil {
				return b
			}
		}
	}
	return nil
}

// trieHit is a node reached from token i, the token after it, and whether
// every token on the way is written in capitals.
type trieHit struct {
	node *trieNode
	next int
	caps bool
}

// walk follows the trie from token i and appends every node that ends a
// phrase, shallowest first.
func (sc *scanner) walk(root *trie, i int, hits []trieHit) []trieHit {
	n, caps := root.trieNode, true
	for k := i; k < sc.toks.len() && n.inner; k++ {
		if k > i && !wordGap(sc.s[sc.toks.at(k-1).end:sc.toks.at(k).start]) {
			break
		}
		var c *trieNode
		if t := sc.toks.at(k); k == i && root == &phraseTrie && t.kind == tWord {
			c = root.kids[t.rkid] // looked up by the lexer
		} else {
			c = n.child(t.key)
		}
		if c == nil {
			c = n.glued(sc.toks.at(k))
		}
		if c == nil {
			break
		}
		n, caps = c, caps && sc.toks.at(k).caps()
		if n.endsTo > n.endsFrom || n.use != 0 {
			hits = append(hits, trieHit{n, k + 1, caps})
		}
	}
	return hits
}

// expandPattern turns a word pattern into every word sequence it allows.
func expandPattern(p string) [][]string {
	r := strings.NewReplacer("(", " ( ", ")", " ) ", "|", " | ", "?", " ? ")
	toks := strings.Fields(r.Replace(p))
	out, _ := expandAlts(toks, 0)
	return out
}

func expandAlts(t []string, i int) ([][]string, int) {
	var out [][]string
	for {
		s, j := expandSeq(t, i)
		out = append(out, s...)
		if j < len(t) && t[j] == "|" {
			i = j + 1
			continue
		}
		return out, j
	}
}

func expandSeq(t []string, i int) ([][]string, int) {
	acc := [][]string{{}}
	for i < len(t) && t[i] != "|" && t[i] != ")" {
		var alts [][]string
		if t[i] == "(" {
			alts, i = expandAlts(t, i+1)
			i++ // ")"
		} else {
			for _, w := range strings.Split(t[i], "/") {
				alts = append(alts, []string{string(appendFolded(nil, w))})
			}
			i++
		}
		if i < len(t) && t[i] == "?" {
			alts = append(alts, nil)
			i++
		}
		var next [][]string
		for _, a := range acc {
			for _, b := range alts {
				next = append(next, append(append([]string(nil), a...), b...))
			}
		}
		acc = next
	}
	return acc, i
}

// colonGap: the gap of a labelled list, a colon between spaces ("OUT: UK").
func colonGap(g string) bool {
	return wordGap(strings.Replace(g, ":", " ", 1)) && strings.Count(g, ":") == 1
}

// wordGap reports whether the bytes between two words of one phrase may
// join them: spaces, a hyphen or an apostrophe.
func wordGap(g string) bool {
	if len(g) > 3 {
		return false
	}
	for i := 0; i < len(g); i++ {
		switch g[i] {
		case ' ', '\t', '-', '\'':
		default:
			return false
		}
	}
	return true
}

type scanner struct {
	s    string
	toks wordSeq // the words and numbers of s
	conv convention
	ref  time.Time // resolved lazily: see refDate
	hint time.Time
	refs bool
	// until holds, for each EMBARGO found, its index in the results and the
	// tokens of its end time, read again once the agency is known
	// (resolveEmbargoes).
	until   []embargoTime
	lastVal [2]int // the end time's tokens of the phrase complete read last
}

// embargoTime is where the end time of the restriction at index r lies:
// tokens a..b-1.
type embargoTime struct{ r, a, b int }

// findRestrictions returns the restrictions in s with the spans they cover.
// Nothing is resolved against an agency: see resolveEmbargoes.
func findRestrictions(s string, hint time.Time) ([]Restriction, []span) {
	var lx lexer
	sc := newScanner(s, wordSeqOf(lx.lex(s)), hint, convention{})
	return sc.scan()
}

// newScanner prepares the restriction pass over toks, the words and
// numbers of s.
func newScanner(s string, toks wordSeq, hint time.Time, conv convention) *scanner {
	sc := scannerFor(s, toks, hint, conv)
	return &sc
}

// scannerFor is newScanner as a value, for a parser to hold.
func scannerFor(s string, toks wordSeq, hint time.Time, conv convention) scanner {
	vocabOnce.Do(loadVocab)
	return scanner{s: s, toks: toks, conv: conv, hint: hint}
}

// scan finds the restrictions and the spans they cover.
func (sc *scanner) scan() ([]Restriction, []span) {
	s := sc.s
	var out []Restriction
	var spans []span
	lo := 0 // first token not claimed by an earlier phrase
	var hitBuf [16]trieHit
	hits := hitBuf[:0]
	for i := 0; i < sc.toks.len(); i++ {
		t := sc.toks.at(i) // not copied: most words start nothing
		if t.has(clsOutWord) && (t.caps() || t.shape == shLower && sc.lowerOutTail(i)) {
			if r, from, ok := sc.outBefore(lo, i); ok {
				out = append(out, r)
				spans = append(spans, span{sc.toks.at(from).start, t.end})
				lo = i + 1
				continue
			}
		}
		// IMAGO's codes are ten bytes or more: the call, which returns a
		// Restriction, is not made for every shorter word.
		if t.end-t.start >= 10 {
			if imago, ok := sc.imagoCode(t); ok {
				out = append(out, imago)
				spans = append(spans, span{t.start, t.end})
				lo = i + 1
				continue
			}
		}
		if t.kind == tWord && t.rkid == 0 && (t.shape != shUpper || len(t.key) < minGlued) {
			continue // no phrase starts with the word, nor with a part of it (walk)
		}
		var bestPh *phrase
		best, bestEnd, bestTok, bestVal := Restriction{}, -1, -1, [2]int{-1, -1}
		hits = sc.walk(&phraseTrie, i, hits[:0])
		for h := len(hits) - 1; h >= 0; h-- {
			for _, ph := range hits[h].node.ends() {
				if ph.caps && !hits[h].caps {
					continue
				}
				sc.lastVal = [2]int{-1, -1}
				r, end, endTok, ok := sc.complete(ph, i, hits[h].next, hits[h].caps)
				if ok && end > bestEnd {
					best, bestEnd, bestTok, bestVal, bestPh = r, end, endTok, sc.lastVal, ph
				}
			}
		}
		if bestEnd < 0 {
			continue
		}
		start := openingBracket(s, t.start, bestEnd)
		if best.Code == Unverified && i > lo && sc.toks.at(i-1).caps() && !sc.toks.at(i-1).isNumber() && wordGap(s[sc.toks.at(i-1).end:t.start]) {
			// "REUTERS IS UNABLE TO VERIFY": keep the agency that says it.
			start = sc.toks.at(i - 1).start
			best.Text = strings.TrimRight(s[start:bestEnd], ",;: ")
		}
		if best.Code == preamble {
			spans = append(spans, span{start, bestEnd})
			i, lo = bestTok-1, bestTok
			continue
		}
		if best.Code == Embargo && bestVal[0] >= 0 {
			sc.until = append(sc.until, embargoTime{len(out), bestVal[0], bestVal[1]})
		}
		out = append(out, best)
		spans = append(spans, span{start, bestEnd})
		if bestPh.also != "" {
			out = append(out, Restriction{Code: bestPh.also, Text: best.Text})
			spans = append(spans, span{start, bestEnd})
		}
		i = bestTok - 1
		lo = bestTok
	}
	return out, spans
}

// complete reads what follows the phrase's words (tokens i..j-1): a list, an
// end time, a credit, the rest of the sentence. It returns the restriction,
// the byte where it ends and the first token after it.
func (sc *scanner) complete(ph *phrase, i, j int, caps bool) (Restriction, int, int, bool) {
	s := sc.s
	end := sc.toks.at(j - 1).end
	r := Restriction{Code: ph.code}
	if ph.colon {
		k := end
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k >= len(s) || s[k] != ':' {
			return r, 0, 0, false
		}
	}
	if ph.alone && !caps && !clauseEnds(s, end) && (j >= sc.toks.len() || sc.toks.at(j).shape == shLower && !continuesBan(s, sc.toks.at(j))) {
		return r, 0, 0, false
	}
	if ph.opens && !caps && !sc.opensClause(i) {
		return r, 0, 0, false
	}
	switch ph.kind {
	case scopeList, useList:
		scope, uses, next := sc.scopeAfter(j, ph.kind == useList, ph.colon)
		if len(scope) == 0 {
			return r, 0, 0, false
		}
		if ph.kind == useList && next < sc.toks.len() && (sc.toks.at(next).key == "use" || sc.toks.at(next).key == "usage") && wordGap(s[sc.toks.at(next-1).end:sc.toks.at(next).start]) {
			next++
		} else if ph.kind == useList && !caps && !clauseEnds(s, sc.toks.at(next-1).end) {
			// In lower case "no online coverage" is prose; "No online." and
			// "No online use" are instructions.
			return r, 0, 0, false
		}
		j = next
		end = sc.toks.at(j - 1).end
		r.Scope = scope
		// A ban on books or archives alone keeps its own code, which the
		// verdict already reads; other uses and territories go in OUT's scope.
		if len(scope) == 1 && uses == 1 {
			switch scope[0] {
			case UseBook:
				r.Code, r.Scope = NoBooks, nil
			case UseArchive:
				r.Code, r.Scope = NoArchive, nil
			}
		}
	case embargoAt:
		if a, b := sc.embargoValue(j); a >= 0 {
			j = b
			sc.lastVal = [2]int{a, b}
			r.Until = sc.until1(a, b)
			j = sc.timeRunEnd(j)
			end = sc.toks.at(j - 1).end
		}
		if r.Until.IsZero() && !caps {
			// Written in capitals, an embargo notice stands even without a
			// readable time (the verdict reviews it); in prose ("the arms
			// embargo until the war ends") only a notice with a time is one.
			return r, 0, 0, false
		}
	case creditAt:
		if v, vEnd, next := sc.quotedCredit(end); vEnd > 0 {
			r.Value, end, j = v, vEnd, next
		}
	case tail:
		end = sentenceEnd(s, end)
		for j < sc.toks.len() && sc.toks.at(j).start < end {
			if sc.startsNotice(j, ph.code) {
				end = sc.toks.at(j - 1).end
				break
			}
			j++
		}
	}
	r.Text = strings.TrimRight(strings.TrimSpace(s[sc.toks.at(i).start:end]), ",;: ")
	return r, closingBracket(s, sc.toks.at(i).start, end), j, true
}

// openingBracket returns where the "(" of a notice closed by complete's
// closingBracket stands, or start.
func openingBracket(s string, start, end int) int {
	if end > 0 && s[end-1] == ')' {
		if k := len(strings.TrimRight(s[:start], " ")); k > 0 && s[k-1] == '(' {
			return k - 1
		}
	}
	return start
}

// closingBracket returns end past the ")" that closes a notice opened by
// "(" at start ("(EMBARGO DO 10. 3. 2026)"): the bracket is the notice's,
// not left to be read with a credit before it.
func closingBracket(s string, start, end int) int {
	if end < len(s) && s[end] == ')' && strings.HasSuffix(strings.TrimRight(s[:start], " "), "(") {
		return end + 1
	}
	return end
}

// timeRunEnd returns the token after the rest of an embargo's time from
// token b: words of a time (numbers, months, weekdays, zones, fillers),
// hour words ("12:00 HODIN", "10 Uhr") and the word for "year" after a
// year (lexicon time_tail: Polish "2026 r.", Croatian "2026. godine"),
// across the full stops of abbreviations and a zone in brackets, up to the
// last that is no filler. The time reader stops at the first of them it
// cannot read ("10 MARCA 2026 R. GODZ. 12.00"); left out of the notice's
// span, the rest would be read into a credit before or after it.
func (sc *scanner) timeRunEnd(b int) int {
	last, chain := b, false
	for k := b; k < sc.toks.len() && k > 0; k++ {
		t, prev := sc.toks.at(k), sc.toks.at(k-1)
		if sc.bracketedZone(k) {
			last = k + 1
			continue
		}
		if !sc.timeRunGap(sc.s[prev.end:t.start], prev, t) {
			break
		}
		ok, strong := timeWord(t)
		if !ok && !t.has(clsTimeTail) {
			break
		}
		// A part of the time is claimed after a word that introduces an
		// hour (lexicon hour_lead: "GODZ. 12.00", "U 12 SATI") or the word
		// for "year", or right after a part so claimed; not after other
		// fillers ("le", "on"), which also introduce the caption's own
		// date after the notice.
		chain = strong && (chain || prev.has(clsHourLead) || prev.has(clsTimeTail))
		if chain || t.has(clsHourWord) || t.has(clsTimeTail) {
			last = k + 1
		}
	}
	return last
}

// bracketedZone: token k is a time zone in brackets after the time, "12:00
// (SEČ)", "10:00 (CET)".
func (sc *scanner) bracketedZone(k int) bool {
	t := sc.toks.at(k)
	return t.has(clsZone) && strings.TrimSpace(sc.s[sc.toks.at(k-1).end:t.start]) == "(" && strings.HasPrefix(sc.s[t.end:], ")")
}

// timeRunGap reports whether the bytes g between prev and t keep them in
// one embargo time: spaces and list marks, and a full stop before a space
// only after an abbreviation ("GODZ. 12.00", "2026 R. GODZ.", "10. 3.")
// or after a number before a filler (Croatian "10. 3. 2026. U 12 SATI"): a
// full stop after a zone or a word ends the sentence ("… 10:00 GMT. 5
// March, …").
func (sc *scanner) timeRunGap(g string, prev, t *tok) bool {
	if len(g) > 3 || strings.Trim(g, " .,:-") != "" {
		return false
	}
	if !strings.Contains(g, ". ") {
		return true
	}
	abbrev := prev.isNumber() && len(prev.key) <= 2 || prev.has(clsTimeFiller) || prev.has(clsHourWord) || prev.has(clsTimeTail)
	return abbrev || prev.isNumber() && t.has(clsTimeFiller)
}

// opensClause reports whether token i opens its clause: it is the first
// word, or the bytes before it hold punctuation, or the word before it is
// written in capitals (a credit, "ANP ROBIN ROE Embargo tot …"). A word of
// a sentence joined to it by spaces or an apostrophe ("a mandatory credit
// check", "l'embargo", "Bilen må ikke bruges i Danmark") makes it prose.
func (sc *scanner) opensClause(i int) bool {
	if i == 0 {
		return true
	}
	prev := sc.toks.at(i - 1)
	gap := sc.s[prev.end:sc.toks.at(i).start]
	return prev.caps() || strings.Trim(gap, " \t'’") != ""
}

// startsNotice reports whether another notice of the table starts at token
// j, which ends a tail phrase's sentence before it (dpa's "… im
// Zusammenhang mit der aktuellen Berichterstattung und nur mit
// vollständiger Nennung des vorstehenden Credits" holds two). A notice
// of the same code goes on the tail's own (Reuters' "… EXACTLY AS
// RECEIVED BY REUTERS, AS A SERVICE TO CLIENTS" is one).
func (sc *scanner) startsNotice(j int, code string) bool {
	t := sc.toks.at(j)
	if t.kind != tWord || t.rkid == 0 {
		return false
	}
	var buf [8]trieHit
	saved := sc.lastVal
	defer func() { sc.lastVal = saved }()
	for _, h := range sc.walk(&phraseTrie, j, buf[:0]) {
		for _, ph := range h.node.ends() {
			if ph.kind == tail || ph.code == preamble || ph.code == code || ph.caps && !h.caps {
				continue
			}
			if _, _, _, ok := sc.complete(ph, j, h.next, h.caps); ok {
				return true
			}
		}
	}
	return false
}

// scopeAfter reads a list of territories (and uses) from token j: "CHINA,
// HONG KONG, JAPAN, SOUTH KOREA AND FRANCE", "SOCIAL MEDIA OR PRINT". It
// returns the scope, how many items were uses, and the token after the list.
func (sc *scanner) scopeAfter(j int, usesOnly, colon bool) ([]string, int, int) {
	var scope []string
	uses := 0
	next := j
	for k := j; k < sc.toks.len(); {
		if k == j && (k == 0 || !wordGap(sc.s[sc.toks.at(k-1).end:sc.toks.at(k).start]) && !(colon && colonGap(sc.s[sc.toks.at(k-1).end:sc.toks.at(k).start]))) {
			break
		}
		for k+1 < sc.toks.len() && sc.toks.at(k).has(clsListArticle) && sc.useAtOK(k) && wordGap(sc.s[sc.toks.at(k).end:sc.toks.at(k+1).start]) {
			k++
		}
		item, after := "", -1
		if u, a := sc.useAt(k); a > 0 {
			item, after = u, a
			uses++
		} else if !usesOnly {
			item, after = sc.countryAt(k, k+4, false)
		}
		if after < 0 {
			break
		}
		if !slices.Contains(scope, item) {
			scope = append(scope, item)
		}
		next = after
		k = sc.joinAfter(after)
		if k < 0 {
			break
		}
	}
	return scope, uses, next
}

// joinAfter returns the token after a list joiner following token k-1 (", ",
// " AND ", " & ", "/"), or -1 when the list ends there.
func (sc *scanner) joinAfter(k int) int {
	if k >= sc.toks.len() {
		return -1
	}
	g := sc.s[sc.toks.at(k-1).end:sc.toks.at(k).start]
	if t := strings.TrimSpace(g); t == "," || t == "&" || t == "/" || t == ";" && len(g) <= 3 {
		return k
	}
	if wordGap(g) && sc.toks.at(k).has(clsListJoiner) && k+1 < sc.toks.len() && wordGap(sc.s[sc.toks.at(k).end:sc.toks.at(k+1).start]) {
		return k + 1
	}
	return -1
}

// useAtOK reports whether token k may be skipped as an article: it does not
// itself open a use name ("ON SOCIAL MEDIA" is one).
func (sc *scanner) useAtOK(k int) bool {
	_, a := sc.useAt(k)
	return a < 0
}

// useAt matches a use name at token k.
func (sc *scanner) useAt(k int) (string, int) {
	var buf [8]trieHit
	hits := sc.walk(&useTrie, k, buf[:0])
	if len(hits) == 0 {
		return "", -1
	}
	h := hits[len(hits)-1]
	return useNames[h.node.use], h.next
}

// countryAt finds the longest country name in tokens [k, limit) starting at
// k (a leading "THE" allowed), and returns its ISO code and the next token.
func (sc *scanner) countryAt(k, limit int, caps bool) (string, int) {
	if k < sc.toks.len() && sc.toks.at(k).key == "the" {
		k++
	}
	limit = min(limit, sc.toks.len())
	for e := limit; e > k; e-- {
		if sc.nameRun(k, e, caps) {
			if code, ok := geo.Country(sc.s[sc.toks.at(k).start:sc.toks.at(e-1).end]); ok {
				return code, e
			}
		}
	}
	return "", -1
}

// nameRun reports whether tokens [a, e) are words joined by spaces or
// hyphens (and, with caps, written in capitals).
func (sc *scanner) nameRun(a, e int, caps bool) bool {
	for k := a; k < e; k++ {
		t := sc.toks.at(k)
		if t.isNumber() || caps && !t.caps() {
			return false
		}
		if k > a {
			g := sc.s[sc.toks.at(k-1).end:t.start]
			if g != " " && g != "-" && g != ". " && g != "." {
				return false
			}
		}
	}
	return true
}

// outBefore reads "UK AND IRELAND OUT", "CZECH REPUBLIC OUT", "CCTV OUT",
// "FRANCE, BELGIUM OUT": the territories (or one outlet) written in
// capitals before the "OUT" at token i, not reaching before token lo.
func (sc *scanner) outBefore(lo, i int) (Restriction, int, bool) {
	if i <= lo || !wordGap(sc.s[sc.toks.at(i-1).end:sc.toks.at(i).start]) {
		return Restriction{}, 0, false
	}
	var scope []string
	from := -1
	for e := i; ; {
		code, a := sc.itemEndingAt(lo, e, sc.toks.at(i).shape == shLower)
		if a < 0 && len(scope) == 0 && sc.outletOut(i) {
			t := sc.toks.at(e - 1)
			if w := sc.s[t.start:t.end]; t.caps() && !t.isNumber() && len(w) >= 2 && len(w) <= 8 && !t.has(clsOutletStop) {
				code, a = w, e-1
			}
		}
		if a < 0 {
			break
		}
		scope = append([]string{code}, scope...)
		from = a
		switch {
		case a-2 >= lo && sc.toks.at(a-1).has(clsListJoiner) && sc.toks.at(a-1).caps() &&
			wordGap(sc.s[sc.toks.at(a-1).end:sc.toks.at(a).start]) && wordGap(sc.s[sc.toks.at(a-2).end:sc.toks.at(a-1).start]):
			e = a - 1
		case a-1 >= lo && isListComma(sc, a):
			e = a
		default:
			return Restriction{Code: Out, Text: sc.s[sc.toks.at(from).start:sc.toks.at(i).end], Scope: dedupeStrings(scope)}, from, true
		}
	}
	if from < 0 {
		return Restriction{}, 0, false
	}
	return Restriction{Code: Out, Text: sc.s[sc.toks.at(from).start:sc.toks.at(i).end], Scope: dedupeStrings(scope)}, from, true
}

// outletOut: the OUT word at token i may follow an outlet ("CCTV OUT"),
// not only a territory; the words valued "territory" in out_word (the
// Scandinavian "UT") follow only a territory, as "UT" also abbreviates
// Utah.
func (sc *scanner) outletOut(i int) bool {
	v, _ := sc.toks.at(i).value(clsOutWord)
	return v != "territory"
}

// isListComma reports a comma, ampersand or slash between tokens e-1 and e.
func isListComma(sc *scanner, e int) bool {
	if e <= 0 || e >= sc.toks.len() {
		return false
	}
	g := strings.TrimSpace(sc.s[sc.toks.at(e-1).end:sc.toks.at(e).start])
	return g == "," || g == "&" || g == "/"
}

// itemEndingAt finds a capitalised country name ending just before token
// e, starting at or after token lo.
func (sc *scanner) itemEndingAt(lo, e int, lower bool) (string, int) {
	for b := max(lo, e-4); b < e; b++ {
		// A use before OUT ("TV OUT", "ONLINE OUT") is a use, not the
		// country whose ISO code it spells (TV: Tuvalu).
		if u, next := sc.useAt(b); next == e && !lower {
			return u, b
		}
		if sc.nameRun(b, e, false) && sc.outShaped(b, e, lower) {
			if c, ok := geo.Country(sc.s[sc.toks.at(b).start:sc.toks.at(e-1).end]); ok {
				return c, b
			}
		}
	}
	return "", -1
}

// outShaped: the territory [a, e) before OUT is written as an OUT code
// writes it: in capitals or capitalised before "OUT" ("FINLAND OUT",
// AFP's "/ Finland OUT"), all in lower case before "out" (ANP's
// "netherlands out - belgium out"), which no prose writes of a country.
func (sc *scanner) outShaped(a, e int, lower bool) bool {
	for k := a; k < e; k++ {
		t := sc.toks.at(k)
		if lower != (t.shape == shLower) || t.isNumber() {
			return false
		}
	}
	return true
}

// lowerOutTail: the "out" at token i, in lower case, is one of a line of
// lower-case OUT codes that closes the caption or its line (ANP's
// "… ANP NAME netherlands out - belgium out"): only lower-case words and
// list marks follow it to the line's end.
func (sc *scanner) lowerOutTail(i int) bool {
	rest := sc.s[sc.toks.at(i).end:]
	if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
		rest = rest[:nl]
	}
	for _, r := range rest {
		if !unicode.IsLower(r) && !strings.ContainsRune(" -,;.", r) {
			return false
		}
	}
	rest = strings.Trim(rest, " .;,-")
	return rest == "" || strings.HasSuffix(rest, "out")
}

func dedupeStrings(xs []string) []string {
	out := xs[:0]
	for _, x := range xs {
		if !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

// imagoCode reads IMAGO's run-together codes: PUBLICATIONxINxGERxSUIxAUTxONLY
// (publication allowed only there), PUBLICATIONxNOTxINxUSA, NOxSALExINxJPN.
func (sc *scanner) imagoCode(t *tok) (Restriction, bool) {
	w := sc.s[t.start:t.end]
	if len(w) < 10 || !strings.Contains(w, "x") {
		return Restriction{}, false
	}
	for _, f := range []struct {
		prefix, suffix string
		onlyIn         bool
	}{{"PUBLICATIONxNOTxINx", "", false}, {"PUBLICATIONxINx", "xONLY", true}, {"NOxSALExINx", "", false}} {
		list, ok := strings.CutPrefix(w, f.prefix)
		if !ok {
			continue
		}
		if f.suffix != "" {
			if list, ok = strings.CutSuffix(list, f.suffix); !ok {
				return Restriction{}, false
			}
		}
		var codes []string
		for _, c := range strings.Split(list, "x") {
			if code, ok := geo.Country(c); ok && !slices.Contains(codes, code) {
				codes = append(codes, code)
			}
		}
		if len(codes) == 0 {
			return Restriction{}, false
		}
		r := Restriction{Code: Out, Text: w}
		if f.onlyIn {
			r.OnlyIn = codes
		} else {
			r.Scope = codes
		}
		return r, true
	}
	return Restriction{}, false
}

// quotedCredit reads `: "AFP PHOTO / X"` after MANDATORY CREDIT at byte at.
func (sc *scanner) quotedCredit(at int) (string, int, int) {
	s := sc.s
	k := at
	for k < len(s) && (s[k] == ' ' || s[k] == ':') && k-at < 4 {
		k++
	}
	if k >= len(s) || s[k] != '"' {
		return "", 0, 0
	}
	close := strings.IndexByte(s[k+1:min(len(s), k+1+121)], '"')
	if close < 0 {
		return "", 0, 0
	}
	v := strings.TrimSpace(s[k+1 : k+1+close])
	if len(v) < 2 {
		return "", 0, 0
	}
	end := k + 1 + close + 1
	next := 0
	for next < sc.toks.len() && sc.toks.at(next).start < end {
		next++
	}
	return v, end, next
}

// clauseEnds reports whether nothing but punctuation or the end of the
// text follows byte at before the next word.
// banContinuations are the words that carry a lower-case ban on to its
// terms, as agencies and publishers write them ("no sales without
// permission", "no resale to third parties", "pas de vente sans accord",
// "kein Verkauf ohne Zustimmung"): after them the phrase is a restriction,
// where other words make it prose ("no sales were reported").
var banContinuations = []string{"without", "unless", "except", "outside", "to", "before", "until", "or", "nor",
	"sans", "sauf", "hors", "avant", "ohne", "außer", "vor", "sin", "salvo", "excepto", "fuera", "antes"}

// continuesBan reports whether t is one of banContinuations.
func continuesBan(s string, t *tok) bool {
	return slices.ContainsFunc(banContinuations, func(w string) bool { return strings.EqualFold(w, s[t.start:t.end]) })
}

func clauseEnds(s string, at int) bool {
	for k := at; k < len(s); k++ {
		switch s[k] {
		case ' ', '\t':
		case '.', ',', ';', ':', '-', '\n', ')', '/', '!':
			return true
		default:
			return false
		}
	}
	return true
}

// sentenceEnd is the end of the sentence holding byte at: a full stop
// before a space or the end, a semicolon or a line break, at most 240 bytes on.
func sentenceEnd(s string, at int) int {
	limit := min(len(s), at+240)
	for k := at; k < limit; k++ {
		switch s[k] {
		case '\n', ';':
			return k
		case '.':
			if k+1 >= len(s) || s[k+1] == ' ' || s[k+1] == '\n' || s[k+1] == '"' {
				return k
			}
		}
	}
	return limit
}

// until1 reads the end time in tokens a..b-1, in UTC to the second (as
// RFC 3339 writes it), or the zero time.
func (sc *scanner) until1(a, b int) time.Time {
	if t, ok := sc.embargoUntil(a, b); ok && t.Year() >= 1900 && t.Year() < 10000 {
		return t.UTC().Truncate(time.Second)
	}
	return time.Time{}
}

// resolveEmbargoes reads the end time of each EMBARGO in rs again with the
// conventions of the agency (numeric date order, home time zone), from
// the tokens the scan recorded: the last, interpreting pass.
func (sc *scanner) resolveEmbargoes(rs []Restriction, agency string) {
	conv := conventionFor(agency)
	if conv == (convention{}) || len(sc.until) == 0 {
		return
	}
	sc.conv, sc.refs, sc.ref = conv, false, time.Time{}
	for _, u := range sc.until {
		if u.r < len(rs) && rs[u.r].Code == Embargo {
			rs[u.r].Until = sc.until1(u.a, u.b)
		}
	}
}

func hasCode(rs []Restriction, code string) bool {
	for _, r := range rs {
		if r.Code == code {
			return true
		}
	}
	return false
}

// scopeUses are the use names an OUT scope may hold; territories are ISO
// codes or outlet names, written in capitals, so the two never collide.
var scopeUses = map[string]bool{UseSocial: true, UsePrint: true, UseOnline: true, UseBroadcast: true, UseBook: true, UseArchive: true}

// IsScopeUse reports whether an entry of an OUT scope names a use (social,
// print, online, broadcast, book, archive) rather than a territory or outlet.
func IsScopeUse(entry string) bool { return scopeUses[entry] }

// ScopeUses returns the uses r's scope forbids, in order.
func (r Restriction) ScopeUses() []string {
	var out []string
	for _, s := range r.Scope {
		if scopeUses[s] {
			out = append(out, s)
		}
	}
	return out
}

// ScopeTerritories returns the territories (ISO codes) and outlets r's scope
// excludes, in order.
func (r Restriction) ScopeTerritories() []string {
	var out []string
	for _, s := range r.Scope {
		if !scopeUses[s] {
			out = append(out, s)
		}
	}
	return out
}
