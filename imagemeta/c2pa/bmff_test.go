package c2pa

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// isoBox is an ISO BMFF box of type typ around body.
func isoBox(typ string, body ...[]byte) []byte {
	b := binary.BigEndian.AppendUint32(nil, uint32(8+len(bytes.Join(body, nil))))
	return append(append(b, typ...), bytes.Join(body, nil)...)
}

// bmffFixture: ftyp, the C2PA uuid box, an ISO meta with an iloc, another
// uuid box, mdat. Offsets: ftyp 0 (16), uuid 16 (36), meta 52 (32:
// header, version/flags, iloc 64 of 20), uuid 84 (28), mdat 112 (14).
func bmffFixture() []byte {
	return slices.Concat(
		isoBox("ftyp", []byte("heic\x00\x00\x00\x00")),
		isoBox("uuid", bmffUUID, []byte{0, 0, 0, 0}, []byte("manifest")),
		isoBox("meta", []byte{0, 0, 0, 0}, isoBox("iloc", []byte{1, 0, 0, 0}, []byte("offsets!"))),
		isoBox("uuid", bytes.Repeat([]byte{0xab}, 16), []byte("xmpx")),
		isoBox("mdat", []byte("pixels")),
	)
}

func TestBMFFWalk(t *testing.T) {
	var boxes []bmffBox
	if err := bmffWalk(bytes.NewReader(bmffFixture()), 0, int64(len(bmffFixture())), "", 0, &boxes); err != nil {
		t.Fatal(err)
	}
	want := []bmffBox{{"/ftyp", 0, 16, -1, -1}, {"/uuid", 16, 36, 0, 0}, {"/meta", 52, 32, 0, 0}, {"/meta/iloc", 64, 20, 1, 0},
		{"/uuid", 84, 28, -1, -1}, {"/mdat", 112, 14, -1, -1}}
	if !slices.Equal(boxes, want) {
		t.Errorf("boxes\n got %v\nwant %v", boxes, want)
	}
}

// TestBMFFHashRule: the spans hashed for exclusions as C2PA writers set
// them, against the rule written out by hand: each top-level box not
// excluded whole is preceded by its offset (v2), excluded bytes are left
// out, and a box whose start is cut by a subset keeps its marker.
func TestBMFFHashRule(t *testing.T) {
	f := bmffFixture()
	off := func(n int64) []byte { return binary.BigEndian.AppendUint64(nil, uint64(n)) }
	c2paUUID := []bmffData{{8, bmffUUID}}
	for _, tc := range []struct {
		name string
		excl []bmffExclusion
		v2   bool
		want []byte
	}{
		{"v2: C2PA uuid and ftyp out", []bmffExclusion{{xpath: "/uuid", data: c2paUUID}, {xpath: "/ftyp"}}, true,
			slices.Concat(off(52), f[52:84], off(84), f[84:112], off(112), f[112:])},
		{"v1: no offsets", []bmffExclusion{{xpath: "/uuid", data: c2paUUID}, {xpath: "/ftyp"}}, false,
			f[52:]},
		{"nested iloc, subset from 12 to its end", []bmffExclusion{{xpath: "/uuid", data: c2paUUID},
			{xpath: "/meta/iloc", hasSubset: true, subsets: [][2]int64{{12, 0}}}}, true,
			slices.Concat(off(0), f[0:16], off(52), f[52:76], off(84), f[84:112], off(112), f[112:])},
		{"a subset cutting the start of mdat keeps its marker", []bmffExclusion{{xpath: "/uuid", data: c2paUUID},
			{xpath: "/mdat", hasSubset: true, subsets: [][2]int64{{0, 8}}}}, true,
			slices.Concat(off(0), f[0:16], off(52), f[52:84], off(84), f[84:112], off(112), f[120:])},
		{"length filter that does not match", []bmffExclusion{{xpath: "/uuid", data: c2paUUID}, {xpath: "/ftyp", length: new(int64(99))}}, true,
			slices.Concat(off(0), f[0:16], off(52), f[52:84], off(84), f[84:112], off(112), f[112:])},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := bytes.NewReader(f)
			var boxes []bmffBox
			if err := bmffWalk(r, 0, int64(len(f)), "", 0, &boxes); err != nil {
				t.Fatal(err)
			}
			out, markers := bmffRanges(r, boxes, tc.excl, tc.v2)
			var got bytes.Buffer
			if err := hashSpans(&got, r, withMarkers(included(int64(len(f)), out), markers, int64(len(f))), markers); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), tc.want) {
				t.Errorf("hashed\n got %x\nwant %x", got.Bytes(), tc.want)
			}
		})
	}
}

// TestBMFFHashCorpus: the HEIC signed with a v2 BMFF hash verifies; one
// changed pixel byte, or the v1 rule, does not.
func TestBMFFHashCorpus(t *testing.T) {
	b, err := os.ReadFile(filepath.Join(corpusDir, "c2ts_trustnxt-icon-signed-v2-bmff.heic"))
	if err != nil {
		t.Skipf("C2PA corpus not found in %s: %v", corpusDir, err)
	}
	res := Verify(bytes.NewReader(b), int64(len(b)), Options{AsOf: asOf.Unix()})
	if res.State != Valid {
		t.Fatalf("as signed: %s %v", res.State, res.Codes)
	}
	m := res.Active
	a := m.assertionCBOR("c2pa.hash.bmff.v2")
	excl, _ := parseBMFFExclusions(a["exclusions"])
	var boxes []bmffBox
	bmffWalk(bytes.NewReader(b), 0, int64(len(b)), "", 0, &boxes)
	mdat := boxes[slices.IndexFunc(boxes, func(x bmffBox) bool { return x.path == "/mdat" })]
	changed := slices.Clone(b)
	changed[mdat.offset+mdat.size/2] ^= 0xff
	if codes := m.verifyBMFFHash(bytes.NewReader(changed), int64(len(changed))); !slices.Equal(codes, []string{"assertion.bmffHash.mismatch"}) {
		t.Errorf("a changed mdat byte: %v", codes)
	}
	out, _ := bmffRanges(bytes.NewReader(b), boxes, excl, false)
	h := sha256.New()
	hashSpans(h, bytes.NewReader(b), included(int64(len(b)), out), nil)
	if want, _ := a["hash"].([]byte); bytes.Equal(h.Sum(nil), want) {
		t.Error("the v1 rule (no offsets) gives the v2 hash: the offsets are not hashed")
	}
}

// FuzzBMFFHash: the box walk, the exclusion filters and the spans hashed,
// on any bytes: spans stay inside the file, in order, and hash without
// error.
func FuzzBMFFHash(f *testing.F) {
	f.Add(bmffFixture(), "/meta/iloc", uint16(12), uint16(0), true)
	f.Add(bmffFixture(), "/mdat", uint16(0), uint16(8), false)
	f.Fuzz(func(t *testing.T, b []byte, xpath string, off, n uint16, subset bool) {
		r, size := bytes.NewReader(b), int64(len(b))
		var boxes []bmffBox
		if bmffWalk(r, 0, size, "", 0, &boxes) != nil || size == 0 {
			return
		}
		excl := []bmffExclusion{{xpath: "/uuid", data: []bmffData{{8, bmffUUID}}},
			{xpath: xpath, hasSubset: subset, subsets: [][2]int64{{int64(off), int64(n)}}, flags: []byte{0, 0, byte(n)}}}
		out, markers := bmffRanges(r, boxes, excl, true)
		spans := withMarkers(included(size, out), markers, size)
		for i, s := range spans {
			if s.start < 0 || s.end >= size || s.start > s.end || i > 0 && s.start < spans[i-1].start {
				t.Fatalf("span %d %v out of the file (%d bytes) or order: %v", i, s, size, spans)
			}
		}
		if err := hashSpans(sha256.New(), r, spans, markers); err != nil {
			t.Fatal(err)
		}
	})
}

// TestBMFFManyBoxes: as many top-level boxes as the walk allows, every
// other one excluded: the offsets of the others, and only theirs, are
// hashed (the work is linear in the boxes: no box looked up in a list).
func TestBMFFManyBoxes(t *testing.T) {
	const n = maxBMFFBoxes
	var f, want []byte
	for i := range n {
		typ := "skip"
		if i%2 == 0 {
			typ = "keep"
		}
		b := isoBox(typ)
		if typ == "keep" {
			want = append(binary.BigEndian.AppendUint64(want, uint64(len(f))), b...)
		}
		f = append(f, b...)
	}
	r := bytes.NewReader(f)
	var boxes []bmffBox
	if err := bmffWalk(r, 0, int64(len(f)), "", 0, &boxes); err != nil || len(boxes) != n {
		t.Fatalf("%d boxes, %v", len(boxes), err)
	}
	out, markers := bmffRanges(r, boxes, []bmffExclusion{{xpath: "/skip"}}, true)
	if len(markers) != n/2 {
		t.Fatalf("%d offsets hashed, want %d", len(markers), n/2)
	}
	var got bytes.Buffer
	if err := hashSpans(&got, r, withMarkers(included(int64(len(f)), out), markers, int64(len(f))), markers); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("hashed %d bytes, want %d", got.Len(), len(want))
	}
}
