package caption

import (
	"strings"

	"github.com/wirecap/wirecap/internal/geo"
)

// agency is one photo agency or distributor. aliases are matched against
// whole credit tokens after folding case and accents.
type agency struct {
	name    string
	aliases []string
	// wire marks the distributors whose own marker opens a credit
	// ("AFP PHOTO /", "REUTERS/", "EPA-EFE/", "Xinhua/").
	wire bool
	// official marks state or official sources whose pictures are handouts
	// when a wire relays them (KCNA, SANA).
	official bool
}

var agencies = []agency{
	{name: "AFP", aliases: []string{"afp", "afp photo", "agence france presse", "agence france-presse", "afp pool", "afp via getty images"}, wire: true},
	{name: "AP", aliases: []string{"ap", "ap photo", "associated press", "the associated press", "ap images", "apmedia"}, wire: true},
	{name: "Reuters", aliases: []string{"reuters", "thomson reuters", "reuters pictures"}, wire: true},
	{name: "Getty Images", aliases: []string{"getty images", "getty", "gettyimages", "wireimage", "filmmagic", "getty images for"}},
	{name: "EPA", aliases: []string{"epa", "epa-efe", "epa efe", "european pressphoto agency", "epa images"}, wire: true},
	{name: "EFE", aliases: []string{"efe", "agencia efe", "efe-epa", "efe epa"}, wire: true},
	{name: "Xinhua", aliases: []string{"xinhua", "xinhua news agency"}, wire: true},
	{name: "dpa", aliases: []string{"dpa", "picture alliance", "picture-alliance", "dpa-bildfunk", "dpa bildfunk", "deutsche presse-agentur"}, wire: true},
	{name: "PA", aliases: []string{"pa", "pa wire", "pa images", "pa media", "press association", "pa photo"}, wire: true},
	{name: "Shutterstock", aliases: []string{"shutterstock", "rex", "rex features", "rex shutterstock", "shutterstock editorial"}},
	{name: "Anadolu", aliases: []string{"anadolu", "anadolu agency", "anadolu ajansi", "aa"}, wire: true},
	{name: "Kyodo", aliases: []string{"kyodo", "kyodo news"}, wire: true},
	{name: "Yonhap", aliases: []string{"yonhap", "yonhap news", "yonhap news agency"}, wire: true},
	{name: "Jiji", aliases: []string{"jiji", "jiji press"}},
	{name: "TASS", aliases: []string{"tass", "itar-tass"}, wire: true},
	{name: "Sputnik", aliases: []string{"sputnik", "ria novosti", "ria-novosti"}},
	{name: "ABACA", aliases: []string{"abaca", "abacapress", "abacapress.com", "abaca press"}},
	{name: "Sipa", aliases: []string{"sipa", "sipa press", "sipa usa"}},
	{name: "ZUMA", aliases: []string{"zuma", "zuma wire", "zuma press", "zuma press wire", "zumapress", "zumapress.com"}},
	{name: "Keystone", aliases: []string{"keystone", "keystone-sda"}},
	{name: "ANP", aliases: []string{"anp"}},
	{name: "ANSA", aliases: []string{"ansa"}},
	{name: "Belga", aliases: []string{"belga"}},
	{name: "CTK", aliases: []string{"ctk", "čtk", "ctk photo"}, wire: true},
	{name: "PAP", aliases: []string{"pap"}},
	{name: "Imago", aliases: []string{"imago", "imago images"}},
	{name: "NurPhoto", aliases: []string{"nurphoto"}},
	{name: "SOPA Images", aliases: []string{"sopa images", "sopa"}},
	{name: "LightRocket", aliases: []string{"lightrocket"}},
	{name: "CNP", aliases: []string{"cnp", "consolidated news photos"}},
	{name: "Alamy", aliases: []string{"alamy", "alamy live news"}},
	{name: "Bloomberg", aliases: []string{"bloomberg"}},
	{name: "UPI", aliases: []string{"upi"}},
	{name: "APA Images", aliases: []string{"apa images", "apaimages", "apaimages photo"}},
	{name: "The Canadian Press", aliases: []string{"the canadian press", "canadian press"}},
	{name: "AAP", aliases: []string{"aap", "aap image"}},
	{name: "USA TODAY Sports", aliases: []string{"usa today sports", "imagn images", "imagn"}},
	{name: "Action Press", aliases: []string{"action press"}},
	{name: "East News", aliases: []string{"east news"}},
	{name: "Lundi13", aliases: []string{"lundi13"}},
	{name: "Ukrinform", aliases: []string{"ukrinform"}},
	{name: "Polaris", aliases: []string{"polaris"}},
	{name: "China News Service", aliases: []string{"china news service", "cns"}},
	{name: "China Daily", aliases: []string{"china daily"}},
	{name: "Asahi Shimbun", aliases: []string{"asahi shimbun", "the asahi shimbun"}},
	{name: "Yomiuri Shimbun", aliases: []string{"yomiuri shimbun", "the yomiuri shimbun"}},
	{name: "Mainichi", aliases: []string{"mainichi", "mainichi shimbun"}},
	{name: "KCNA", aliases: []string{"kcna", "korean central news agency", "korea news service", "kns", "kcna via kns"}, official: true},
	{name: "SANA", aliases: []string{"sana", "syrian arab news agency"}, official: true},
	{name: "WAFA", aliases: []string{"wafa"}, official: true},
	{name: "IRNA", aliases: []string{"irna"}, official: true},
	{name: "WANA", aliases: []string{"wana", "west asia news agency"}},
	{name: "Xinhua", aliases: []string{"xinhua photo"}},
	{name: "Europa Press", aliases: []string{"europa press"}},
	{name: "Agência Brasil", aliases: []string{"agencia brasil"}},
	{name: "MTI", aliases: []string{"mti"}},
	{name: "TT", aliases: []string{"tt news agency"}},
	{name: "NTB", aliases: []string{"ntb", "ntb scanpix"}},
	{name: "Ritzau Scanpix", aliases: []string{"ritzau scanpix", "ritzau"}},
	{name: "Lehtikuva", aliases: []string{"lehtikuva"}},
	{name: "Hina", aliases: []string{"hina"}},
	{name: "Tanjug", aliases: []string{"tanjug"}},
	{name: "PTI", aliases: []string{"pti"}},
	{name: "Antara", aliases: []string{"antara", "antara foto"}},
	{name: "Bernama", aliases: []string{"bernama"}},
	{name: "Pool", aliases: nil},
}

var agencyIdx map[string]*agency

func init() {
	agencyIdx = make(map[string]*agency)
	for i := range agencies {
		a := &agencies[i]
		agencyIdx[geo.Fold(a.name)] = a
		for _, al := range a.aliases {
			agencyIdx[geo.Fold(al)] = a
		}
	}
}

// lookupAgency finds the agency a credit token names: the whole token,
// or the token without a trailing "Photo"/"Images"/"via Getty Images"
// word, or a leading alias ("Getty Images for Netflix").
func lookupAgency(token string) *agency {
	k := geo.Fold(token)
	if k == "" {
		return nil
	}
	if a, ok := agencyIdx[k]; ok {
		return a
	}
	for _, suffix := range []string{" photo", " photos", " images", " pictures", " news", " foto", " pool"} {
		if a, ok := agencyIdx[strings.TrimSuffix(k, suffix)]; ok && strings.HasSuffix(k, suffix) {
			return a
		}
	}
	if i := strings.Index(k, " for "); i > 0 {
		if a, ok := agencyIdx[k[:i]]; ok {
			return a
		}
	}
	return nil
}

// AgencyName returns the canonical name of an agency written in any of its
// forms ("Agence France-Presse", "AFP PHOTO"), or "".
func AgencyName(s string) string {
	if a := lookupAgency(s); a != nil && a.name != "Pool" {
		return a.name
	}
	return ""
}

// orgWords mark a credit token as an organisation rather than a person.
var orgWords = map[string]bool{
	"ministry": true, "ministere": true, "ministerium": true, "ministerio": true, "service": true, "services": true,
	"office": true, "agency": true, "news": true, "press": true, "government": true, "army": true, "navy": true,
	"force": true, "forces": true, "police": true, "department": true, "council": true, "university": true,
	"museum": true, "institute": true, "foundation": true, "corp": true, "co": true, "inc": true, "ltd": true, "company": true,
	"committee": true, "federation": true, "club": true, "team": true, "embassy": true, "presidency": true,
	"presidential": true, "kremlin": true, "palace": true, "shimbun": true, "times": true, "post": true,
	"tv": true, "television": true, "channel": true, "media": true, "photo": true, "photos": true, "images": true,
	"pictures": true, "host": true, "pool": true, "handout": true, "nasa": true, "esa": true, "un": true,
	"unicef": true, "unhcr": true, "who": true, "nato": true, "military": true, "command": true, "guard": true,
	"authority": true, "authorities": true, "administration": true, "state": true, "national": true, "official": true,
	"prosecutor": true, "prosecutors": true, "court": true, "parliament": true, "party": true, "group": true,
	"verteidigungsministerium": true, "bundeswehr": true, "ap": true, "defense": true, "defence": true,
	"telegram": true, "twitter": true, "facebook": true, "instagram": true, "social": true, "youtube": true, "tiktok": true,
	"stringer": true, "staff": true, "file": true, "handout photo": true, "courtesy": true, "wire": true,
}

// handoutWords mark a handout in a credit.
var handoutWords = map[string]bool{"ho": true, "handout": true, "handout photo": true, "-": true, "courtesy": true, "provided": true, "handouts": true}

// socialWords mark pictures taken from social networks.
var socialWords = []string{"social media", "telegram", "twitter", "facebook", "instagram", "tiktok", "youtube", "weibo", "vk", "x/twitter"}
