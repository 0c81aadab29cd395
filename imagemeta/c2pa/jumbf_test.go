package c2pa

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"testing"
)

// mkbox builds a box: LBox, TBox, payload.
func mkbox(typ string, payload ...[]byte) []byte {
	body := bytes.Join(payload, nil)
	b := binary.BigEndian.AppendUint32(nil, uint32(8+len(body)))
	return append(append(b, typ...), body...)
}

// mksuper builds a superbox with a description of the given content type
// and label.
func mksuper(uuidHex, label string, kids ...[]byte) []byte {
	u, _ := hex.DecodeString(uuidHex)
	desc := append(append(u, 0x03), append([]byte(label), 0)...)
	return mkbox("jumb", append([][]byte{mkbox("jumd", desc)}, kids...)...)
}

func TestParseBoxes(t *testing.T) {
	store := mksuper(uuidStore, "c2pa", mksuper(uuidManifest, "urn:uuid:x", mksuper(uuidClaim, "c2pa.claim", mkbox("cbor", []byte{0xa0}))))
	tests := []struct {
		name    string
		in      []byte
		wantErr bool
		label   string
	}{
		{"a store with one manifest", store, false, "c2pa"},
		{"a header cut short", store[:5], true, ""},
		{"a box longer than its container", append([]byte{0, 0, 1, 0}, "jumb"...), true, ""},
		{"a superbox without a description", mkbox("jumb", mkbox("cbor", []byte{0})), true, ""},
		{"an extended size too small", append(append([]byte{0, 0, 0, 1}, "jumb"...), 0, 0, 0, 0, 0, 0, 0, 4), true, ""},
	}
	for _, tc := range tests {
		var p parser
		boxes, err := p.parseBoxes(tc.in, 0)
		if (err != nil) != tc.wantErr {
			t.Errorf("%s: err %v, want error %v", tc.name, err, tc.wantErr)
			continue
		}
		var fe *FormatError
		if err != nil && !errors.As(err, &fe) {
			t.Errorf("%s: error %T is not a *FormatError", tc.name, err)
		}
		if err == nil && boxes[0].label != tc.label {
			t.Errorf("%s: label %q, want %q", tc.name, boxes[0].label, tc.label)
		}
	}
}

// TestDepthBound: superboxes nested past the limit are an error, not a
// stack overflow.
func TestDepthBound(t *testing.T) {
	b := mkbox("cbor", []byte{0})
	for range maxDepth + 2 {
		b = mksuper(uuidStore, "n", b)
	}
	var p parser
	if _, err := p.parseBoxes(b, 0); err == nil {
		t.Fatal("no error for JUMBF nested past the depth limit")
	}
}

// TestVerifyHandBuilt: a store whose claim has no signature is read, and
// invalid.
func TestVerifyHandBuilt(t *testing.T) {
	claim := []byte("\xa1\x6fclaim_generator\x6aDesk/1.0 x") // {"claim_generator": "Desk/1.0 x"}
	store := mksuper(uuidStore, "c2pa", mksuper(uuidManifest, "urn:uuid:x", mksuper(uuidClaim, "c2pa.claim", mkbox("cbor", claim))))
	res := Verify(bytes.NewReader(store), int64(len(store)), Options{})
	if res.State != Invalid || res.Active == nil || res.Active.ClaimGenerator != "Desk/1.0 x" {
		t.Fatalf("got state %s, active %+v", res.State, res.Active)
	}
	if len(res.Codes) == 0 || res.Codes[0] != "claimSignature.missing" {
		t.Errorf("codes %v, want claimSignature.missing", res.Codes)
	}
}

func TestAbsent(t *testing.T) {
	for _, in := range [][]byte{nil, []byte("\xff\xd8\xff\xd9"), []byte("\x89PNG\r\n\x1a\n"), []byte("plain text")} {
		if res := Verify(bytes.NewReader(in), int64(len(in)), Options{}); res.State != Absent || res.Manifest {
			t.Errorf("%q: %+v, want absent", in, res)
		}
	}
}

func FuzzVerify(f *testing.F) {
	store := mksuper(uuidStore, "c2pa", mksuper(uuidManifest, "urn:uuid:x", mksuper(uuidClaim, "c2pa.claim", mkbox("cbor", []byte{0xa0}))))
	f.Add(store)
	seg := append([]byte("JP\x02\x11\x00\x00\x00\x01"), store...)
	app11 := append([]byte{0xff, 0xeb, byte((len(seg) + 2) >> 8), byte(len(seg) + 2)}, seg...)
	f.Add(append(append([]byte{0xff, 0xd8}, app11...), 0xff, 0xd9))
	f.Add(append([]byte("\x89PNG\r\n\x1a\n"), append(binary.BigEndian.AppendUint32(nil, uint32(len(store))), append([]byte("caBX"), store...)...)...))
	f.Fuzz(func(t *testing.T, b []byte) {
		res := Verify(bytes.NewReader(b), int64(len(b)), Options{})
		if res.State == "" || res.Codes == nil {
			t.Fatalf("incomplete result %+v", res)
		}
	})
}

// TestExclusionBound: a data hash may leave out the store and the
// metadata before the picture, never the picture.
func TestExclusionBound(t *testing.T) {
	before := exclusionBound{end: 5000} // the picture starts at byte 5000
	if !before.allows(20, 4000, 0) || before.allows(0, 6000, 0) || before.allows(10, -1, 0) {
		t.Error("position bound")
	}
	size := exclusionBound{total: 3000} // a store of ~3000 bytes after the picture
	if !size.allows(9000, 2000, 0) || size.allows(0, 100000, 0) || size.allows(100, 2000, 1500) {
		t.Error("size bound")
	}
}
