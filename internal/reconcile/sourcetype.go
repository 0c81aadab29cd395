package reconcile

import (
	"github.com/wirecap/wirecap/imagemeta/c2pa"
)

// Where a digital source type is stated.
const (
	SourceTypeXMP  = "xmp"  // Iptc4xmpExt:DigitalSourceType
	SourceTypeC2PA = "c2pa" // an action of any manifest, ingredients' included
)

// SourceType records the digital source types XMP and the Content
// Credentials state (prov may be nil) and sets the summary's to the most
// synthetic of them: where sources disagree, the one that says more of the
// image is synthetic wins, since a desk errs on the side of disclosure.
func SourceType(f *Facts, prov *c2pa.Result) {
	f.SourceTypes = map[string]string{}
	if v := f.Field("digital_source_type"); v != "" {
		f.SourceTypes[SourceTypeXMP], _ = c2pa.SourceType(v)
	}
	if prov != nil && prov.DigitalSourceType != "" {
		f.SourceTypes[SourceTypeC2PA] = prov.DigitalSourceType
	}
	var all []string
	for _, v := range f.SourceTypes {
		all = append(all, v)
	}
	if v, _ := c2pa.MostSynthetic(all...); v != "" && f.Summary != nil {
		f.Summary.DigitalSourceType = &v
	}
}
