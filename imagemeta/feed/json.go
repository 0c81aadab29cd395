package feed

import (
	"cmp"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// readJSON tells the JSON dialects apart by their envelope and keys and
// reads their items.
func readJSON(v any) ([]*Item, error) {
	if a, ok := v.([]any); ok {
		var items []*Item
		for _, e := range a {
			if o, ok := e.(*jobj); ok && isNinjs(o) {
				items = append(items, ninjsItem(o))
			}
		}
		if len(items) == 0 && len(a) > 0 {
			return nil, fmt.Errorf("%w: a JSON list of no feed items", ErrUnsupported)
		}
		return items, nil
	}
	o, ok := v.(*jobj)
	if !ok {
		return nil, fmt.Errorf("%w: JSON %T at the top level", ErrUnsupported, v)
	}
	if data := obj(o.get("data")); data != nil {
		return apEnvelope(data)
	}
	switch {
	case isAP(o):
		return []*Item{apItem(o)}, nil
	case o.get("urn") != nil && (o.get("entry_id") != nil || strings.HasPrefix(str(o.get("format")), "digitalwires")):
		return []*Item{dpaEntry(o)}, nil
	case isNinjs(o):
		return []*Item{ninjsItem(o)}, nil
	}
	if list, ok := o.get("item").([]any); ok {
		return readJSON(list)
	}
	return nil, fmt.Errorf("%w: JSON object without uri, guid or urn", ErrUnsupported)
}

// isNinjs: a ninjs item names itself by uri (2.x, 3.x) or guid (1.x). A
// wirecap sidecar has neither.
func isNinjs(o *jobj) bool {
	return str(o.get("uri")) != "" || str(o.get("guid")) != ""
}

// isAP: an AP Media API item carries its ids in an altids object with
// an itemid.
func isAP(o *jobj) bool {
	return str(obj(o.get("altids")).get("itemid")) != ""
}

// apEnvelope reads an AP Media API response: data.item (content call) or
// data.items[].item (feed and search pages; the array is trusted, not
// the announced count).
func apEnvelope(data *jobj) ([]*Item, error) {
	if it := obj(data.get("item")); it != nil {
		return []*Item{apItem(it)}, nil
	}
	var items []*Item
	for _, e := range list(data.get("items")) {
		if it := obj(obj(e).get("item")); it != nil {
			items = append(items, apItem(it))
		}
	}
	if items == nil && data.get("items") == nil {
		return nil, fmt.Errorf("%w: JSON data without item or items", ErrUnsupported)
	}
	return items, nil
}

// obj, list, str and num read a JSON value as one type, zero otherwise.
func obj(v any) *jobj {
	o, _ := v.(*jobj)
	return o
}

func list(v any) []any {
	a, _ := v.([]any)
	return a
}

func str(v any) string {
	switch t := v.(type) {
	case string:
		return norm(t)
	case json.Number:
		return t.String()
	}
	return ""
}

func num(v any) int64 { return atoi(str(v)) }

// strs reads a string or a list of strings (ninjs 1.x writes usage terms
// as one string, AP as a list).
func strs(v any) []string {
	if s := str(v); s != "" {
		return []string{s}
	}
	var out []string
	for _, e := range list(v) {
		if s := str(e); s != "" {
			out = append(out, s)
		} else if s := str(obj(e).get("value", "name")); s != "" {
			out = append(out, s)
		}
	}
	return out
}

func terms(v any) []Terms {
	var out []Terms
	for _, s := range strs(v) {
		out = append(out, Terms{Text: s})
	}
	return out
}

// common reads the keys ninjs, AP and dpa share, in either case.
func (it *Item) common(o *jobj) {
	it.Version = str(o.get("version"))
	it.ItemClass = str(o.get("type"))
	it.ItemClassRaw = it.ItemClass
	if ps := str(o.get("pubStatus")); ps != "" {
		it.PubStatus = pubStatus(ps)
	}
	it.Embargoed = stamp(str(o.get("embargoed")))
	it.Expires = stamp(str(o.get("expires")))
	it.Usage = terms(o.get("usageTerms"))
	it.Copyright = str(o.get("copyrightNotice"))
	it.Holder = str(o.get("copyrightHolder"))
	it.Headline = str(o.get("headline"))
	it.Slugline = str(o.get("slugline"))
	it.Created = str(o.get("versionCreated", "version_created"))
	it.First = str(o.get("firstCreated", "first_created"))
	it.Content = str(o.get("contentCreated", "content_created"))
	it.Urgency = int(num(o.get("urgency")))
	it.Credit = str(o.get("creditline", "description_creditline"))
	for _, s := range list(o.get("signals")) {
		if v := str(s); v != "" {
			it.Signals = append(it.Signals, v)
		} else if v := str(obj(s).get("qcode", "uri", "literal", "code")); v != "" {
			it.Signals = append(it.Signals, v)
		}
	}
	if s := str(o.get("signal")); s != "" {
		it.Signals = append(it.Signals, s)
	}
	it.Source = jsonSourceType(o.get("digitalSourceType"))
	for _, key := range []string{"genre", "genres", "subject", "subjects"} {
		for _, g := range list(o.get(key)) {
			code := str(obj(g).get("qcode", "code", "literal", "uri"))
			if key == "genre" || key == "genres" || containsFold(archiveGenres, code) {
				it.Genres = append(it.Genres, code)
			}
		}
	}
}

// jsonSourceType reads a digital source type written as a string or as
// ninjs 3.1's {uri, literal, name}.
func jsonSourceType(v any) SourceType {
	if s := str(v); s != "" {
		return sourceTypeOf(s)
	}
	o := obj(v)
	if o == nil {
		return SourceType{}
	}
	return sourceTypeOf(cmp.Or(str(o.get("uri")), str(o.get("qcode")), str(o.get("literal"))))
}

// ednotes reads an edNote string, a list of strings, or dpa's
// [{role, ednote, is_publishable}].
func ednotes(v any) []EdNote {
	var out []EdNote
	if s := str(v); s != "" {
		return []EdNote{{Text: s}}
	}
	for _, e := range list(v) {
		if s := str(e); s != "" {
			out = append(out, EdNote{Text: s})
			continue
		}
		o := obj(e)
		n := EdNote{Text: str(o.get("ednote", "value", "text")), Role: str(o.get("role"))}
		if b, ok := o.get("is_publishable").(bool); ok {
			n.Public = &b
		}
		if n.Text != "" {
			out = append(out, n)
		}
	}
	return out
}

// rendition reads one ninjs, AP or dpa rendition.
func rendition(name string, o *jobj) Rendition {
	r := Rendition{Name: cmp.Or(name, str(o.get("name"))), Href: str(o.get("href", "url")),
		ContentType: str(o.get("contentType", "mimetype")), Size: num(o.get("sizeInBytes")),
		Width: int(num(o.get("width"))), Height: int(num(o.get("height")))}
	r.FileName = cmp.Or(fileNameOf(str(o.get("originalfilename"))), fileNameOf(str(o.get("filename"))), fileNameOf(r.Href))
	return r
}

// renditions reads a list of renditions, or an object keyed by name.
func renditions(v any) []Rendition {
	var out []Rendition
	if o := obj(v); o != nil {
		for i, k := range o.keys {
			if ro := obj(o.vals[i]); ro != nil {
				out = append(out, rendition(k, ro))
			}
		}
		return out
	}
	for _, e := range list(v) {
		if ro := obj(e); ro != nil {
			out = append(out, rendition("", ro))
		}
	}
	return out
}

// ninjsItem reads a ninjs 1.x, 2.x or 3.x item and its associations.
func ninjsItem(o *jobj) *Item {
	it := &Item{Format: FormatNinjs, URI: str(o.get("uri"))}
	it.GUID = cmp.Or(str(o.get("guid")), it.URI)
	it.common(o)
	it.EdNotes = ednotes(o.get("edNote"))
	it.By = str(o.get("by", "byline"))
	if ri := obj(o.get("rightsInfo")); ri != nil {
		it.Linked = str(ri.get("linkedRights"))
	}
	for _, d := range list(o.get("descriptions")) {
		d := obj(d)
		switch strings.ToLower(str(d.get("role"))) {
		case "creditline":
			it.Credit = cmp.Or(it.Credit, str(d.get("value")))
		case "caption", "text", "":
			it.Caption = cmp.Or(it.Caption, str(d.get("value")))
		}
	}
	it.Caption = cmp.Or(it.Caption, str(o.get("description_text")))
	for _, h := range list(o.get("headlines")) {
		it.Headline = cmp.Or(it.Headline, str(obj(h).get("value")))
	}
	for _, a := range list(o.get("altIds")) {
		a := obj(a)
		it.AltIDs = append(it.AltIDs, AltID{Type: str(a.get("role", "type")), Value: str(a.get("value"))})
	}
	it.altIDObject(obj(o.get("altids")))
	for _, ob := range list(o.get("objects")) {
		if ob := obj(ob); str(ob.get("rel")) == "suppliedAs" {
			it.SuppliedAs = cmp.Or(it.SuppliedAs, str(ob.get("name")))
		}
	}
	it.Renditions = renditions(o.get("renditions"))
	it.associations(o.get("associations"), ninjsItem)
	it.finish()
	return it
}

// altIDObject reads ids written as an object {type: value}, in the order
// of the file.
func (it *Item) altIDObject(o *jobj) {
	if o == nil {
		return
	}
	for i, k := range o.keys {
		if v := str(o.vals[i]); v != "" {
			it.AltIDs = append(it.AltIDs, AltID{Type: k, Value: v})
		}
	}
}

// associations reads nested items written as an object keyed by name
// or as a list whose entries carry their name (name or id).
func (it *Item) associations(v any, read func(*jobj) *Item) {
	if o := obj(v); o != nil {
		for i, k := range o.keys {
			if a := obj(o.vals[i]); a != nil {
				it.Assoc = append(it.Assoc, Association{Name: k, Item: read(a)})
			}
		}
		return
	}
	for _, e := range list(v) {
		if a := obj(e); a != nil {
			it.Assoc = append(it.Assoc, Association{Name: cmp.Or(str(a.get("name")), str(a.get("id"))), Item: read(a)})
		}
	}
}

// apItem reads an AP Media API item: its id is altids.itemid, the
// credit is description_creditline, renditions an object keyed by role.
func apItem(o *jobj) *Item {
	it := &Item{Format: FormatAP, URI: str(o.get("uri"))}
	it.common(o)
	ids := obj(o.get("altids"))
	it.GUID = cmp.Or(str(ids.get("itemid")), it.URI)
	it.altIDObject(ids)
	it.EdNotes = ednotes(o.get("ednote"))
	it.Photog = str(obj(o.get("photographer")).get("name"))
	for _, b := range list(o.get("bylines")) {
		it.By = cmp.Or(it.By, str(obj(b).get("by")))
	}
	it.Caption = str(o.get("description_caption"))
	it.Renditions = renditions(o.get("renditions"))
	it.finish()
	return it
}

// dpaEntry reads a dpa digitalwires entry and its image associations
// (named image#1, image#2 … as dpa's converters name them).
func dpaEntry(o *jobj) *Item {
	it := &Item{Format: FormatDPA, GUID: str(o.get("urn")), EntryID: str(o.get("entry_id"))}
	it.common(o)
	it.EdNotes = ednotes(o.get("ednotes"))
	it.By = str(o.get("byline"))
	for _, d := range list(o.get("descriptions")) {
		if d := obj(d); str(d.get("role")) == "drol:caption" {
			it.Caption = cmp.Or(it.Caption, str(d.get("description")))
		}
	}
	it.Caption = cmp.Or(it.Caption, str(o.get("caption")))
	for _, c := range list(o.get("categories")) {
		c := obj(c)
		switch str(c.get("type")) {
		case "dnltype:genre":
			it.Genres = append(it.Genres, str(c.get("qcode")))
		case "dnltype:creator":
			it.Creators = append(it.Creators, str(c.get("name")))
		}
	}
	for _, r := range list(o.get("renditions")) {
		ro := obj(r)
		rd := rendition("", ro)
		rd.Size, rd.LongEdge = 0, int(num(ro.get("size")))
		it.Renditions = append(it.Renditions, rd)
	}
	count := map[string]int{}
	for _, e := range list(o.get("associations")) {
		if a := obj(e); a != nil {
			kind := str(a.get("type"))
			count[kind]++
			it.Assoc = append(it.Assoc, Association{Name: kind + "#" + strconv.Itoa(count[kind]), Item: dpaEntry(a)})
		}
	}
	it.finish()
	return it
}
