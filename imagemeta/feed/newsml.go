package feed

import (
	"cmp"
	"fmt"
	"slices"
)

// readNewsML reads the items of a NewsML-G2 document: a newsMessage's
// itemSet, or a newsItem or packageItem on its own. Prefixed and default
// namespaces are read alike (elements are matched by local name in the
// NewsML-G2 namespace).
func readNewsML(root *node) ([]*Item, error) {
	if !isNAR(root.space) {
		return nil, fmt.Errorf("%w: XML root <%s> in namespace %q", ErrUnsupported, root.name, root.space)
	}
	switch root.name {
	case "newsItem", "packageItem":
		return []*Item{newsItem(root)}, nil
	case "newsMessage":
		var items []*Item
		for _, set := range root.children("itemSet") {
			for _, k := range set.kids {
				if isNAR(k.space) && (k.name == "newsItem" || k.name == "packageItem") {
					items = append(items, newsItem(k))
				}
			}
		}
		return items, nil
	}
	return nil, fmt.Errorf("%w: XML root <%s>", ErrUnsupported, root.name)
}

// newsItem reads one newsItem or packageItem.
func newsItem(n *node) *Item {
	it := &Item{Format: FormatNewsML, GUID: norm(n.attr("guid")), Version: norm(n.attr("version"))}
	for _, ri := range n.children("rightsInfo") {
		it.rightsInfo(ri)
	}
	if m := n.child("itemMeta"); m != nil {
		it.itemMeta(m)
	}
	if m := n.child("contentMeta"); m != nil {
		it.contentMeta(m)
	}
	for _, p := range n.children("partMeta") {
		if st := qcodeOf(p.child("digitalSourceType")); st != "" {
			it.PartSources = append(it.PartSources, sourceTypeOf(st))
		}
	}
	if cs := n.child("contentSet"); cs != nil {
		for _, rc := range cs.children("remoteContent") {
			it.remoteContent(rc)
		}
	}
	if gs := n.child("groupSet"); gs != nil {
		for _, g := range gs.children("group") {
			for _, ref := range g.children("itemRef") {
				it.Refs = append(it.Refs, Ref{GUID: norm(ref.attr("residref")), Version: norm(ref.attr("version")),
					ItemClass: codeSuffix(qcodeOf(ref.child("itemClass"))), PubStatus: pubStatus(qcodeOf(ref.child("pubStatus")))})
			}
		}
	}
	it.finish()
	return it
}

// qcodeOf is an element's qcode, or its uri, or its literal.
func qcodeOf(n *node) string {
	if n == nil {
		return ""
	}
	for _, a := range []string{"qcode", "uri", "literal"} {
		if v := norm(n.attr(a)); v != "" {
			return v
		}
	}
	return ""
}

// nameOf is a party's name: its <name> child or its literal attribute.
func nameOf(n *node) string {
	if v := n.child("name").value(); v != "" {
		return v
	}
	return norm(n.attr("literal"))
}

func (it *Item) rightsInfo(ri *node) {
	if h := ri.child("copyrightHolder"); h != nil && it.Holder == "" {
		it.Holder = nameOf(h)
	}
	if c := ri.child("copyrightNotice").value(); c != "" && it.Copyright == "" {
		it.Copyright = c
	}
	for _, u := range ri.children("usageTerms") {
		t := Terms{Text: u.value(), Lang: norm(u.attr("lang")), Scope: norm(cmp.Or(u.attr("scope"), ri.attr("scope"))),
			From: stamp(cmp.Or(u.attr("validfrom"), ri.attr("validfrom"))), To: stamp(cmp.Or(u.attr("validto"), ri.attr("validto")))}
		if t.Text != "" {
			it.Usage = append(it.Usage, t)
		}
	}
}

func (it *Item) itemMeta(m *node) {
	it.ItemClassRaw = qcodeOf(m.child("itemClass"))
	it.ItemClass = codeSuffix(it.ItemClassRaw)
	if ps := m.child("pubStatus"); ps != nil {
		it.PubStatus = pubStatus(qcodeOf(ps))
	}
	it.Created = m.child("versionCreated").value()
	it.First = m.child("firstCreated").value()
	it.FileName = m.child("fileName").value()
	if e := m.child("embargoed"); e != nil {
		it.Embargoed = stamp(e.value())
	}
	if e := m.child("expires"); e != nil {
		it.Expires = stamp(e.value())
	}
	for _, e := range m.children("edNote") {
		if t := e.value(); t != "" {
			it.EdNotes = append(it.EdNotes, EdNote{Text: t, Role: norm(e.attr("role"))})
		}
	}
	for _, s := range m.children("signal") {
		if v := qcodeOf(s); v != "" {
			it.Signals = append(it.Signals, v)
		}
	}
	for _, g := range m.children("genre") {
		it.Genres = append(it.Genres, qcodeOf(g))
	}
}

func (it *Item) contentMeta(m *node) {
	it.Content = m.child("contentCreated").value()
	for _, c := range m.children("creator") {
		if v := nameOf(c); v != "" {
			it.Creators = append(it.Creators, v)
		}
	}
	it.Credit = m.child("creditline").value()
	it.By = m.child("by").value()
	it.Headline = m.child("headline").value()
	it.Slugline = m.child("slugline").value()
	it.Urgency = int(atoi(m.child("urgency").value()))
	for _, a := range m.children("altId") {
		it.addAltID(a)
	}
	it.Source = sourceTypeOf(qcodeOf(m.child("digitalSourceType")))
	for _, g := range m.children("genre") {
		it.Genres = append(it.Genres, qcodeOf(g))
	}
	for _, d := range m.children("description") {
		if r := codeSuffix(d.attr("role")); r == "caption" && it.Caption == "" {
			it.Caption = d.value()
		}
	}
}

func (it *Item) addAltID(a *node) {
	if v := a.value(); v != "" {
		it.AltIDs = append(it.AltIDs, AltID{Type: norm(a.attr("type")), Value: v})
	}
}

// fileBINTypes are the altId types that name a rendition's delivered file
// (Reuters idType:fileBIN).
var fileBINTypes = []string{"idType:fileBIN"}

func (it *Item) remoteContent(rc *node) {
	r := Rendition{Name: norm(rc.attr("rendition")), Href: norm(rc.attr("href")), ContentType: norm(rc.attr("contenttype")),
		Size: atoi(rc.attr("size")), Width: int(atoi(rc.attr("width"))), Height: int(atoi(rc.attr("height")))}
	for _, k := range rc.kids {
		if k.name != "altId" {
			continue
		}
		if slices.Contains(fileBINTypes, k.attr("type")) {
			r.FileName = k.value()
		} else if isNAR(k.space) {
			it.addAltID(k)
		}
	}
	if r.FileName == "" {
		r.FileName = fileNameOf(cmp.Or(r.Href, rc.attr("residref")))
	}
	it.Renditions = append(it.Renditions, r)
}
