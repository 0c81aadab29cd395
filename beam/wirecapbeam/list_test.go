package wirecapbeam

import (
	"context"
	"strings"
	"testing"
)

// TestListFn: list lines as filelist reads them (its own tests cover
// the rows), then classified as the walker classifies files.
func TestListFn(t *testing.T) {
	for _, tc := range []struct {
		line string
		csv  bool
		want []Item
	}{
		{"story/a.JPG", false, []Item{{Path: "story/a.JPG"}}},
		{"\uFEFFstory/a.heic\r", false, []Item{{Path: "story/a.heic"}}},
		{"story/a.hif", false, []Item{{Path: "story/a.hif"}}},
		{"story/a.avif", false, []Item{{Path: "story/a.avif"}}},
		{"story/a.jpg.json", false, nil}, // sidecar: ignored
		{"story/a.xmp", false, nil},
		{"story/article.txt", false, nil},
		{"story/a.gif", false, []Item{{Path: "story/a.gif", Skip: "not a photo"}}},
		{"# night desk", false, []Item{{Path: "# night desk", Skip: "not a photo"}}}, // no comments: a file may be named so
		{"", false, nil},
		{`"newsroom-archive","2024/story+b/frame%2301.jpg","48213"`, false, []Item{{Path: "s3://newsroom-archive/2024/story b/frame#01.jpg"}}},
		{`newsroom-archive,2024/a.tif`, true, []Item{{Path: "s3://newsroom-archive/2024/a.tif"}}},
		{`"newsroom-archive","bad%zz.jpg"`, false, []Item{{Path: `"newsroom-archive","bad%zz.jpg"`,
			Err: `not a path or an S3 Inventory row: key "bad%zz.jpg" is not URL-encoded as Inventory writes keys`}}},
	} {
		var got []Item
		(&listFn{CSV: tc.csv}).ProcessElement(context.Background(), tc.line, func(it Item) { got = append(got, it) })
		if len(got) != len(tc.want) || (len(got) == 1 && got[0] != tc.want[0]) {
			t.Errorf("listFn(%q) = %+v; want %+v", tc.line, got, tc.want)
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
