package wirecapbeam

import (
	"context"
	"strings"
	"testing"
)

func TestParseLine(t *testing.T) {
	for _, tc := range []struct {
		line, want string
		ok         bool
	}{
		{"photos/story-a/frame 01.jpg", "photos/story-a/frame 01.jpg", true},
		{"  /srv/desk/a.jpg\r\n", "/srv/desk/a.jpg", true},
		{"s3://newsroom-archive/2024/a.tif", "s3://newsroom-archive/2024/a.tif", true},
		{"", "", false},
		{"   \t", "", false},
		{"# listed by the night desk", "", false},
		// S3 Inventory CSV: bucket, key (URL-encoded, '+' for a space), size…
		{`"newsroom-archive","2024/05/story+b/frame%2301.jpg","48213","2024-05-02T10:00:00.000Z"`,
			"s3://newsroom-archive/2024/05/story b/frame#01.jpg", true},
		{`"newsroom-archive","a.jpg"`, "s3://newsroom-archive/a.jpg", true},
		{`"newsroom-archive"`, "", false},                 // no key column
		{`"newsroom-archive",""`, "", false},              // empty key
		{`"newsroom-archive","bad%zzkey.jpg"`, "", false}, // not URL-encoded
		{`"unterminated,a.jpg`, "", false},
	} {
		got, ok := parseLine(tc.line)
		if got != tc.want || ok != tc.ok {
			t.Errorf("parseLine(%q) = %q, %v; want %q, %v", tc.line, got, ok, tc.want, tc.ok)
		}
	}
}

func TestListLine(t *testing.T) {
	for _, tc := range []struct {
		line string
		want []Item
	}{
		{"story/a.JPG", []Item{{Path: "story/a.JPG"}}},
		{"story/a.heic", []Item{{Path: "story/a.heic"}}},
		{"story/a.hif", []Item{{Path: "story/a.hif"}}},
		{"story/a.avif", []Item{{Path: "story/a.avif"}}},
		{"story/a.jpg.json", nil}, // sidecar: ignored
		{"story/a.xmp", nil},
		{"story/article.txt", nil},
		{"story/a.gif", []Item{{Path: "story/a.gif", Skip: "not a photo"}}},
		{"story/README", []Item{{Path: "story/README", Skip: "not a photo"}}},
		{"", nil},
	} {
		var got []Item
		listLine(context.Background(), tc.line, func(it Item) { got = append(got, it) })
		if len(got) != len(tc.want) || (len(got) == 1 && got[0] != tc.want[0]) {
			t.Errorf("listLine(%q) = %+v; want %+v", tc.line, got, tc.want)
		}
	}
}

func TestWalkInputs(t *testing.T) {
	var got []Item
	walkInputs(context.Background(), []string{"../../testdata/photos", "../../testdata/photos/wires", "../../testdata/no-such-folder"},
		func(it Item) { got = append(got, it) })
	seen := map[string]int{}
	var missing int
	for _, it := range got {
		seen[it.Path]++
		if it.Err != "" {
			missing++
			if !strings.Contains(it.Err, "no-such-folder") {
				t.Errorf("error %q does not name the path", it.Err)
			}
		}
		if strings.HasSuffix(it.Path, ".txt") || strings.HasSuffix(it.Path, ".html") {
			t.Errorf("an article was listed as a photo: %s", it.Path)
		}
	}
	for p, n := range seen {
		if n != 1 {
			t.Errorf("%s listed %d times (overlapping inputs must give each file once)", p, n)
		}
	}
	if missing != 1 {
		t.Errorf("%d unreadable items; want the missing folder reported once", missing)
	}
	if len(got) < 2 {
		t.Errorf("walked %d items from the project's photos", len(got))
	}
}

// FuzzParseLine: any line gives a path without line ends or surrounding
// blanks, or nothing; never a panic.
func FuzzParseLine(f *testing.F) {
	for _, s := range []string{"a/b.jpg", `"bkt","a%20b.jpg","1"`, "# x", "\r\n", `"bkt",`, `"a""b","c"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		got, ok := parseLine(line)
		if !ok {
			if got != "" {
				t.Fatalf("parseLine(%q) = %q without ok", line, got)
			}
			return
		}
		if got == "" || strings.TrimSpace(got) != got && !strings.HasPrefix(got, "s3://") {
			t.Fatalf("parseLine(%q) = %q", line, got)
		}
		if strings.HasPrefix(strings.TrimSpace(line), `"`) && !strings.HasPrefix(got, "s3://") {
			t.Fatalf("inventory row %q gave %q, not an s3:// key", line, got)
		}
	})
}
