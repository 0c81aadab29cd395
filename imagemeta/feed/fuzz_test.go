package feed

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// seedCorpus adds the shared corpus files whose names end in one of
// exts (when the corpus is there) and the invented seeds.
func seedCorpus(f *testing.F, xml bool, seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	ents, err := os.ReadDir(corpusDir)
	if err != nil {
		return
	}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(corpusDir, e.Name()))
		if err != nil || len(b) > 64<<10 || (sniff(b) == "xml") != xml || sniff(b) == "" {
			continue
		}
		f.Add(b)
	}
}

// fuzzOne reads data and checks the contract: an item or an error,
// never both nil; errors are typed when the input is malformed.
func fuzzOne(t *testing.T, data []byte) {
	items, err := ReadAll(bytes.NewReader(data))
	if err != nil {
		if items != nil {
			t.Fatal("items and an error")
		}
		var fe *FormatError
		if !errors.As(err, &fe) && !errors.Is(err, ErrUnsupported) {
			t.Fatalf("untyped error %v", err)
		}
		return
	}
	for _, it := range items {
		for _, p := range it.Pictures() {
			if strings.ContainsAny(p.GUID, "\n\t") {
				t.Fatalf("guid not normalised: %q", p.GUID)
			}
		}
	}
}

func FuzzReadXML(f *testing.F) {
	seedCorpus(f, true,
		`<?xml version='1.0' encoding='utf8'?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="g" version="1"><itemMeta><pubStatus qcode="stat:canceled"/><!-- <embargoed>x</embargoed> --></itemMeta></newsItem>`,
		`<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet><packageItem guid="p"><groupSet><group><itemRef residref="r"/></group></groupSet></packageItem></itemSet></newsMessage>`)
	f.Fuzz(fuzzOne)
}

func FuzzReadJSON(f *testing.F) {
	seedCorpus(f, false,
		`{"uri":"u","pubStatus":"withheld","renditions":[{"href":"a.jpg","width":"3"}],"associations":{"a":{"uri":"b"}}}`,
		`{"data":{"items":[{"item":{"altids":{"itemid":"x"},"renditions":{"main":{"sizeinbytes":1}}}}]}}`,
		`{"urn":"u","entry_id":"e","ednotes":[{"ednote":"n","is_publishable":false}],"associations":[{"type":"image","urn":"u"}]}`)
	f.Fuzz(fuzzOne)
}
