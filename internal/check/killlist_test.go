package check

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/wirecap/wirecap/imagemeta"
	"github.com/wirecap/wirecap/imagemeta/feed"
	"github.com/wirecap/wirecap/internal/reconcile"
)

// TestParseKillList: one case per line form.
func TestParseKillList(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"plain ids", "QX538\nphoto.jpg\n", []string{"qx538", "photo.jpg"}},
		{"BOM, CRLF, spaces", "\xef\xbb\xbf  QA707  \r\n\tpic_2.JPG\r\n", []string{"qa707", "pic_2.jpg"}},
		{"comments", "# withdrawn\nZZ9 # a note\npic#2\n", []string{"zz9", "pic#2"}},
		// A line with spaces is kept whole (a file name may hold spaces)
		// and mined for identifiers.
		{"photo number phrase", "ADVISORY: PHOTO NUMBER XY123 has been withdrawn.", []string{"xy123", "advisory: photo number xy123 has been withdrawn."}},
		{"asset id phrase", "Please remove Asset ID: 1234567 from all systems", []string{"1234567", "please remove asset id: 1234567 from all systems"}},
		{"AP item id in text", "Kill: the photo 0123456789abcdef0123456789abcdef moved in error", []string{"0123456789abcdef0123456789abcdef", "kill: the photo 0123456789abcdef0123456789abcdef moved in error"}},
		{"Reuters-style id in text", "PICTURE KILL - RC2ABC9XYZ12 - legal reasons", []string{"rc2abc9xyz12", "picture kill - rc2abc9xyz12 - legal reasons"}},
		{"file name in text", "Please delete Invented_Pic_1.jpg now", []string{"invented_pic_1.jpg", "please delete invented_pic_1.jpg now"}},
		{"file name with spaces", "Jane Roe 2024.jpg", []string{"jane roe 2024.jpg", "2024.jpg"}},
		{"words are no ids", "Please remove this photo from all your systems today", []string{"please remove this photo from all your systems today"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			k := ParseKillList([]byte(c.text))
			got := sortedKeys(k)
			want := slices.Clone(c.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("got %q, want %q", got, want)
			}
		})
	}
}

// TestKillListMatches: every identifier scheme matches, and the finding
// names the one that did.
func TestKillListMatches(t *testing.T) {
	const capText = "A street in Lyon, France, March 3, 2024. (Photo by Jean Dupont / AFP)"
	it := &feed.Item{GUID: "tag:example.com,2030:newsml_LYNXEXAMPLE01", AltIDs: []feed.AltID{{Type: "friendlykey", Value: "20990000001234"}}}
	cases := []struct {
		name, list, scheme string
		iptc, xmp          map[string]any
		feed               *feed.Item
	}{
		{"file name, any case", "PHOTO.JPG", "file_name", nil, nil, nil},
		{"2:103 with trailing space in the photo", "qa707", "transmission_reference", map[string]any{"OriginalTransmissionReference": "QA707 "}, nil, nil},
		{"2:22", "fix-1", "fixture_id", map[string]any{"FixtureIdentifier": "FIX-1"}, nil, nil},
		{"1:100", "uno-42", "unique_object_name", map[string]any{"UniqueObjectName": "UNO-42"}, nil, nil},
		{"PLUS supplier image id", "sup-7", "supplier_image_id", nil, map[string]any{"plus:ImageSupplierImageID": "SUP-7"}, nil},
		{"Getty asset id", "Asset ID: 987654321", "getty_asset_id", nil, map[string]any{"GettyImagesGIFT:AssetID": "987654321"}, nil},
		{"DigImageGUID", "abc-guid", "digital_image_guid", nil, map[string]any{"Iptc4xmpExt:DigImageGUID": "ABC-GUID"}, nil},
		{"any object name", "slug-2030", "object_name", map[string]any{"ObjectName": "SLUG-2030"}, nil, nil},
		{"feed guid tail", "LYNXEXAMPLE01", "feed_guid", nil, nil, it},
		{"feed alt id in a notice", "KILL: PHOTO NUMBER 20990000001234", "feed_alt_id:friendlykey", nil, nil, it},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			in := withMeta(input(t, capText, nil), &imagemeta.Metadata{IPTC: c.iptc, XMP: c.xmp})
			if c.feed != nil {
				in.Feed = &Feed{Item: c.feed}
			}
			in.Kill = ParseKillList([]byte(c.list))
			fs := killed(in)
			if len(fs) != 1 || fs[0].Evidence.Text("scheme") != c.scheme {
				t.Fatalf("findings %+v, want one naming %s", fs, c.scheme)
			}
		})
	}
	in := input(t, capText, nil)
	in.Kill = ParseKillList([]byte("other.jpg\nAB999"))
	if fs := killed(in); len(fs) != 0 {
		t.Errorf("unrelated list matched: %+v", fs)
	}
}

// TestLoadKillListBounded: only regular files, and not beyond the cap.
func TestLoadKillListBounded(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "kill.fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err == nil {
		if _, err := LoadKillList(fifo); err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("FIFO: %v", err)
		}
	}
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, make([]byte, MaxKillList+1), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadKillList(big); err == nil || !strings.Contains(err.Error(), "larger than") {
		t.Errorf("big: %v", err)
	}
}

// withMeta gives the input the metadata m, reconciled again (the summary's
// identifiers come from it).
func withMeta(in *Input, m *imagemeta.Metadata) *Input {
	in.Meta = m
	in.Facts = reconcile.Reconcile(m, nil, in.Facts.Caption, asOf)
	return in
}
