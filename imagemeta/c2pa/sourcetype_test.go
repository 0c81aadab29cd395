package c2pa

import "testing"

func TestSourceType(t *testing.T) {
	tests := []struct {
		in, want string
		class    Class
	}{
		{"http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia", iptcBase + "trainedAlgorithmicMedia", ClassGenerated},
		{"https://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia/", iptcBase + "trainedAlgorithmicMedia", ClassGenerated},
		{" http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture", iptcBase + "digitalCapture", ClassCapture},
		{"digsrctype:compositeWithTrainedAlgorithmicMedia", iptcBase + "compositeWithTrainedAlgorithmicMedia", ClassComposite},
		{"ALGORITHMICALLYENHANCED", iptcBase + "algorithmicallyEnhanced", ClassEnhanced},
		{"http://cv.iptc.org/newscodes/digitalsourcetype/softwareImage", iptcBase + "softwareImage", ClassSynthetic},
		{"http://c2pa.org/digitalsourcetype/empty", "http://c2pa.org/digitalsourcetype/empty", ClassUnknown},
	}
	for _, tc := range tests {
		if got, c := SourceType(tc.in); got != tc.want || c != tc.class {
			t.Errorf("SourceType(%q) = %q, %v; want %q, %v", tc.in, got, c, tc.want, tc.class)
		}
	}
	if s := Successor("softwareImage"); s != iptcBase+"digitalCreation" {
		t.Errorf("Successor(softwareImage) = %q", s)
	}
	if s := Successor("digitalCapture"); s != "" {
		t.Errorf("Successor(digitalCapture) = %q, want none", s)
	}
	if v, c := MostSynthetic(iptcBase+"digitalCapture", "trainedAlgorithmicMedia", "algorithmicallyEnhanced"); v != iptcBase+"trainedAlgorithmicMedia" || c != ClassGenerated {
		t.Errorf("MostSynthetic = %q, %v", v, c)
	}
}
