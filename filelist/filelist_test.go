package filelist

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestLine(t *testing.T) {
	versions := Columns{Bucket: 0, Key: 1, IsLatest: 3, IsDeleteMarker: 4}
	for _, tc := range []struct {
		line string
		kind Kind
		cols Columns
		want string
		ok   bool
		err  bool
	}{
		{"photos/story-a/frame 01.jpg", Paths, DefaultColumns, "photos/story-a/frame 01.jpg", true, false},
		{"  /srv/desk/a.jpg  \r", Paths, DefaultColumns, "  /srv/desk/a.jpg  ", true, false}, // spaces belong to the path
		{"# night desk.jpg", Paths, DefaultColumns, "# night desk.jpg", true, false},         // '#' starts no comment
		{"s3://newsroom-archive/2024/a.tif", Paths, DefaultColumns, "s3://newsroom-archive/2024/a.tif", true, false},
		{"", Paths, DefaultColumns, "", false, false},
		{" \t\r", CSV, DefaultColumns, "", false, false},
		{"a\x00b.jpg", Paths, DefaultColumns, "", false, true},
		// S3 Inventory CSV: bucket, key (URL-encoded, '+' for a space), size…
		{`"newsroom-archive","2024/05/story+b/frame%2301.jpg","48213","2024-05-02T10:00:00.000Z"`, Paths, DefaultColumns,
			"s3://newsroom-archive/2024/05/story b/frame#01.jpg", true, false},
		{`"newsroom-archive","a.jpg"`, Paths, DefaultColumns, "s3://newsroom-archive/a.jpg", true, false},
		{`newsroom-archive,caf%C3%A9/a.jpg,12`, CSV, DefaultColumns, "s3://newsroom-archive/café/a.jpg", true, false},
		{`newsroom-archive,a.jpg`, Paths, DefaultColumns, "newsroom-archive,a.jpg", true, false}, // a path with a comma
		{`"newsroom-archive"`, Paths, DefaultColumns, "", false, true},                           // no key column
		{`"newsroom-archive",""`, Paths, DefaultColumns, "", false, true},                        // empty key
		{`"newsroom-archive","bad%zzkey.jpg"`, Paths, DefaultColumns, "", false, true},           // not URL-encoded
		{`"unterminated,a.jpg`, Paths, DefaultColumns, "", false, true},
		{`"a/b","k.jpg"`, CSV, DefaultColumns, "", false, true}, // no bucket has a slash
		{`"","k.jpg"`, CSV, DefaultColumns, "", false, true},
		{`"arch","k%00.jpg"`, CSV, DefaultColumns, "", false, true},
		// with a manifest's version columns
		{`"arch","old.jpg","v1","false","false"`, CSV, versions, "", false, false},
		{`"arch","gone.jpg","v2","true","true"`, CSV, versions, "", false, false},
		{`"arch","now.jpg","v3","true","false"`, CSV, versions, "s3://arch/now.jpg", true, false},
		{`"arch","now.jpg"`, CSV, versions, "s3://arch/now.jpg", true, false}, // short row: no version said
	} {
		got, ok, err := Line(tc.line, tc.kind, tc.cols)
		if got != tc.want || ok != tc.ok || (err != nil) != tc.err {
			t.Errorf("Line(%q) = %q, %v, %v; want %q, %v, error %v", tc.line, got, ok, err, tc.want, tc.ok, tc.err)
		}
		if err != nil && !errors.Is(err, ErrSyntax) {
			t.Errorf("Line(%q): %v is not ErrSyntax", tc.line, err)
		}
	}
}

func TestKindOf(t *testing.T) {
	for name, want := range map[string]Kind{"list.txt": Paths, "inv.csv": CSV, "s3://b/inv/DATA.CSV.GZ": CSV, "list.gz": Paths, "-": Paths} {
		if got := KindOf(name); got != want {
			t.Errorf("KindOf(%q) = %v; want %v", name, got, want)
		}
	}
}

func TestSchemaColumns(t *testing.T) {
	c, err := SchemaColumns("Bucket, Key, VersionId, IsLatest, IsDeleteMarker, Size")
	if err != nil || c != (Columns{Bucket: 0, Key: 1, IsLatest: 3, IsDeleteMarker: 4}) {
		t.Errorf("got %+v, %v", c, err)
	}
	if _, err := SchemaColumns("Size, ETag"); err == nil {
		t.Error("a schema without Key was accepted")
	}
}

func gz(t testing.TB, s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write([]byte(s))
	w.Close()
	return b.Bytes()
}

func readAll(r []byte, kind Kind) ([]string, error) {
	var got []string
	err := Read(bytes.NewReader(r), kind, DefaultColumns, func(p string) error { got = append(got, p); return nil })
	return got, err
}

func TestRead(t *testing.T) {
	const inv = "\uFEFF\"arch\",\"desk/a.jpg\",\"10\"\n\"arch\",\"desk/b+c.jpg\",\"11\"\r\n\n"
	want := []string{"s3://arch/desk/a.jpg", "s3://arch/desk/b c.jpg"}
	for name, data := range map[string][]byte{"plain": []byte(inv), "gzip": gz(t, inv)} {
		got, err := readAll(data, CSV)
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("%s: %q, %v; want %q", name, got, err, want)
		}
	}
	if _, err := readAll([]byte("a.jpg\n\"arch\n"), Paths); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("error %v does not name line 2", err)
	}
	if _, err := readAll([]byte(strings.Repeat("x", MaxLine+1)), Paths); err == nil {
		t.Error("a line over MaxLine was read")
	}
	if _, err := readAll([]byte{0x1f, 0x8b, 0, 1}, Paths); err == nil {
		t.Error("a broken gzip stream was read")
	}
}

// TestReadFileLocal: a gzip'd CSV named so, from disk; a folder is refused.
func TestReadFileLocal(t *testing.T) {
	dir := t.TempDir()
	f := filepath.Join(dir, "part-1.csv.gz")
	os.WriteFile(f, gz(t, "arch,story/x.jpg,1\n"), 0o600)
	var got []string
	if err := ReadFile(t.Context(), f, func(p string) error { got = append(got, p); return nil }); err != nil || !slices.Equal(got, []string{"s3://arch/story/x.jpg"}) {
		t.Errorf("got %q, %v", got, err)
	}
	if err := ReadFile(t.Context(), dir, func(string) error { return nil }); err == nil {
		t.Error("a folder was read as a list")
	}
}

// FuzzRead: any bytes, as a list of paths or a CSV, give paths or an
// error, never a panic; every path is non-empty and NUL-free, every
// Inventory row a well-formed s3:// URL.
func FuzzRead(f *testing.F) {
	f.Add([]byte("a.jpg\n\"b\",\"k%20x.jpg\",\"1\"\n"), false)
	f.Add([]byte("b,k+y.jpg\r\n\uFEFF\n"), true)
	f.Add(gz(f, "\"arch\",\"desk/a.jpg\"\n"), true)
	f.Fuzz(func(t *testing.T, data []byte, csv bool) {
		kind := Paths
		if csv {
			kind = CSV
		}
		Read(bytes.NewReader(data), kind, DefaultColumns, func(p string) error {
			if p == "" || strings.ContainsRune(p, 0) {
				t.Fatalf("path %q", p)
			}
			if kind == CSV {
				rest, ok := strings.CutPrefix(p, "s3://")
				b, k, _ := strings.Cut(rest, "/")
				if !ok || b == "" || k == "" {
					t.Fatalf("row gave %q", p)
				}
			}
			return nil
		})
	})
}
