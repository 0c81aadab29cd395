package feed_test

import (
	"fmt"
	"strings"

	"github.com/wirecap/wirecap/imagemeta/feed"
)

func ExampleRead() {
	const item = `<?xml version="1.0" encoding="utf8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:example.com:20300101:pic1" version="2">
  <rightsInfo><usageTerms>NO SALES. NORWAY OUT</usageTerms></rightsInfo>
  <itemMeta>
    <itemClass qcode="ninat:picture"/>
    <pubStatus qcode="stat:withheld"/>
    <embargoed>2030-01-01T06:00:00Z</embargoed>
    <edNote>FILE PHOTO</edNote>
  </itemMeta>
  <contentMeta><creditline>Example Agency/Jane Roe</creditline></contentMeta>
</newsItem>`
	it, err := feed.Read(strings.NewReader(item))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(it.GUID, it.Version, it.ItemClass, it.Status())
	fmt.Println(it.Embargoed.Time, it.Usage[0].Text, it.Credit, it.FilePhoto)
	// Output:
	// urn:newsml:example.com:20300101:pic1 2 picture withheld
	// 2030-01-01 06:00:00 +0000 UTC NO SALES. NORWAY OUT Example Agency/Jane Roe true
}
