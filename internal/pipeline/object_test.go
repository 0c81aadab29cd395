package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/wirecap/wirecap/internal/check"
	"github.com/wirecap/wirecap/internal/store/s3test"
)

// TestObjectCompanions: a photo in a bucket is read with its .xmp sidecar
// and feed item from its folder, and its inputs stamp the photo and the
// sidecar from the listing; in a folder too large to list, from the
// objects that start with its base name — the same record either way.
func TestObjectCompanions(t *testing.T) {
	srv := s3test.Use(t)
	bucket := fmt.Sprintf("companions-%d", time.Now().UnixNano())
	dir := filepath.Join(srv.Root, bucket, "story")
	os.MkdirAll(dir, 0o755)
	photo, err := os.ReadFile("../../testdata/photos/wires/afp-embargo.jpg")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{
		"a.jpg": photo, "a.jpg.xmp": []byte(gettyXMP), "a.xml": []byte(canceledItem),
		"b.jpg": photo, "c.jpg": photo, "d.jpg": photo,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	url := "s3://" + bucket + "/story/a.jpg"
	for _, limit := range []int{100_000, 2} {
		old := maxFolderListing
		maxFolderListing = limit
		o := &Options{Generator: "wirecap test", Policy: check.DefaultPolicy(), Use: "editorial", AsOf: time.Now()}
		rec := BuildUnder(url, "s3://"+bucket+"/story", o)
		maxFolderListing = old
		if rec.Metadata == nil || rec.Metadata.XMPSidecar == nil {
			t.Errorf("listing limit %d: the .xmp sidecar was not read", limit)
		}
		if rec.Feed == nil || rec.Feed.Path != "s3://"+bucket+"/story/a.xml" {
			t.Errorf("listing limit %d: feed %+v", limit, rec.Feed)
		}
		in := rec.Inputs
		if in == nil || in.Photo.Size != int64(len(photo)) || len(in.XMPSidecars) != 1 || in.Feed == nil || in.Feed.SHA256 == "" {
			t.Errorf("listing limit %d: inputs %+v", limit, in)
		}
	}
}

const gettyXMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:GettyImagesGIFT="http://xmp.gettyimages.com/gift/1.0/" GettyImagesGIFT:AssetID="1234567890"/>
</rdf:RDF></x:xmpmeta>`

const canceledItem = `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:a" version="2">
 <itemMeta><itemClass qcode="ninat:picture"/><pubStatus qcode="stat:canceled"/></itemMeta></newsItem>`
