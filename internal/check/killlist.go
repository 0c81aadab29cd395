package check

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"

	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/imagemeta/feed"
)

// MaxKillList bounds the kill list read (a /dev/zero link must not be read
// until memory runs out): far above a desk's list of withdrawn photos.
const MaxKillList = 8 << 20

// LoadKillList reads a kill list: one identifier per line — of any scheme
// (IIM transmission reference 2:103, fixture 2:22, object name 2:05, unique
// object name 1:100, PLUS ImageSupplierImageID, Getty asset id,
// DigImageGUID, a feed item's guid or alternative id, a file name) — or
// kill-notice text pasted as the agency sent it, from which identifiers
// are taken (killNoticePhrases, idToken). A byte-order mark, CRLF line
// ends and surrounding spaces are ignored; "#" at the start of a line or
// after a space starts a comment. Only a regular file is read.
func LoadKillList(path string) (KillList, error) {
	b, err := readBounded("kill list", path, MaxKillList)
	if err != nil {
		return nil, err
	}
	return ParseKillList(b), nil
}

// readBounded reads a desk's small file (kill list, leases): only a
// regular file (a FIFO would block, a link to a device never end), at most
// limit bytes; errors name what the file is.
func readBounded(what, path string, limit int64) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("%s %s: not a regular file", what, path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%s %s: larger than %d bytes", what, path, limit)
	}
	return b, nil
}

// ParseKillList reads the lines of a kill list (see LoadKillList).
func ParseKillList(b []byte) KillList {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	k := KillList{}
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(stripComment(line))
		if line == "" {
			continue
		}
		ids := []string{normID(line)} // the whole line: a file name may hold spaces
		if strings.ContainsFunc(line, unicode.IsSpace) {
			ids = append(ids, noticeIDs(line)...)
		}
		for _, id := range ids {
			if id != "" { // "PHOTO NUMBER ." names nothing
				k[id] = true
			}
		}
	}
	return k
}

// stripComment cuts a "#" comment that starts the line or follows white
// space; a "#" inside an identifier ("pic#2") stays.
func stripComment(line string) string {
	if strings.HasPrefix(strings.TrimSpace(line), "#") {
		return ""
	}
	if i := commentRe.FindStringIndex(line); i != nil {
		return line[:i[0]]
	}
	return line
}

var commentRe = regexp.MustCompile(`\s#`)

// normID is how identifiers compare on both sides: a byte-order mark and
// surrounding white space dropped, case folded.
func normID(s string) string {
	return strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\ufeff")))
}

// killNoticePhrases introduce a photo's identifier in the kill notices
// agencies send ("PHOTO NUMBER QX538", "Asset ID: 1234", "image id X").
var killNoticePhrases = regexp.MustCompile(`(?i)\b(?:photo|picture|pic|image|asset|item|transmission|object)\s*(?:number|no\.?|nr\.?|#|id|ref(?:erence)?)\s*[:#]?\s*([^\s,;()"']+)`)

// noticeIDs are the identifiers in a line of kill-notice text: the word
// after a killNoticePhrase, and every word shaped like an agency id.
func noticeIDs(line string) []string {
	var out []string
	for _, m := range killNoticePhrases.FindAllStringSubmatch(line, -1) {
		out = append(out, normID(strings.TrimRight(m[1], ".:")))
	}
	for _, w := range strings.FieldsFunc(line, func(r rune) bool { return unicode.IsSpace(r) || strings.ContainsRune(`,;()"'<>[]`, r) }) {
		if w = strings.TrimRight(w, ".:"); idToken(w) {
			out = append(out, normID(w))
		}
	}
	return out
}

// idToken: a word shaped like an agency identifier — an AP item id (32
// hexadecimal digits), a Reuters or Getty-style id (8 to 20 letters and
// digits, both present, letters upper case: RC2ABC9XYZ12), a number of 8
// digits or more (Getty asset ids, AP friendly keys), or a file name with
// an image extension.
func idToken(w string) bool {
	switch {
	case apItemRe.MatchString(w), numberRe.MatchString(w):
		return true
	case imageFileRe.MatchString(w):
		return true
	}
	if len(w) < 8 || len(w) > 20 || !agencyIDRe.MatchString(w) {
		return false
	}
	return strings.ContainsAny(w, "0123456789") && strings.ContainsFunc(w, unicode.IsUpper)
}

var (
	apItemRe    = regexp.MustCompile(`^[0-9a-f]{32}$`)
	numberRe    = regexp.MustCompile(`^[0-9]{8,20}$`)
	agencyIDRe  = regexp.MustCompile(`^[A-Z0-9]+$`)
	imageFileRe = regexp.MustCompile(`(?i)^[^/\\]+\.(?:jpe?g|tiff?|png|webp|heic|heif|avif)$`)
)

// identifiersOf lists every identifier of the photo a kill list or lease
// may name: summary.identifiers (the agency ids the metadata carries,
// reconcile), the file name, the IIM Object Name whatever its shape (a desk
// that lists one means it), and the paired feed item's ids.
func identifiersOf(in *Input) []imagemeta.Identifier {
	ids := []imagemeta.Identifier{{Scheme: "file_name", Value: filepath.Base(in.File), Source: "file"}}
	if s := in.Facts.Summary; s != nil {
		ids = append(ids, s.Identifiers...)
	}
	if m := in.Meta; m != nil {
		if v, ok := m.IPTC["ObjectName"].(string); ok && strings.TrimSpace(v) != "" {
			ids = append(ids, imagemeta.Identifier{Scheme: "object_name", Value: v, Source: imagemeta.SourceIPTC})
		}
	}
	if in.Feed != nil && in.Feed.Item != nil {
		ids = append(ids, feedIDs(in.Feed.Item)...)
	}
	return ids
}

// feedIDs are a feed item's identifiers: guid (and its last segment when
// long, the Reuters picture id after "newsml_"), uri, alternative ids
// (scheme feed_alt_id:TYPE) and rendition file names.
func feedIDs(it *feed.Item) []imagemeta.Identifier {
	id := func(scheme, v string) imagemeta.Identifier {
		return imagemeta.Identifier{Scheme: scheme, Value: v, Source: "feed"}
	}
	ids := []imagemeta.Identifier{id("feed_guid", it.GUID)}
	if it.URI != "" && it.URI != it.GUID {
		ids = append(ids, id("feed_uri", it.URI))
	}
	if i := strings.LastIndexAny(it.GUID, "_:/"); i >= 0 && len(it.GUID)-i > 8 {
		ids = append(ids, id("feed_guid", it.GUID[i+1:]))
	}
	for _, a := range it.AltIDs {
		ids = append(ids, id("feed_alt_id:"+a.Type, a.Value))
	}
	for _, r := range it.Renditions {
		if r.FileName != "" {
			ids = append(ids, id("feed_file_name", r.FileName))
		}
	}
	return ids
}

func killed(in *Input) []Finding {
	if len(in.Kill) == 0 {
		return nil
	}
	for _, id := range identifiersOf(in) {
		if v := normID(id.Value); v != "" && in.Kill[v] {
			return finding(fmt.Sprintf("The agency has withdrawn this photo (kill list names its %s %q): do not publish it", id.Scheme, strings.TrimSpace(id.Value)),
				map[string]any{"match": v, "scheme": id.Scheme, "value": strings.TrimSpace(id.Value), "source": id.Source})
		}
	}
	return nil
}
