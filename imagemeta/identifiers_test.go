package imagemeta

import (
	"fmt"
	"testing"
)

// TestIdentifiers: each scheme from where it lives, XMP before IIM, each
// value once; an Object Name only when it has an agency's id shape.
func TestIdentifiers(t *testing.T) {
	for _, tc := range []struct {
		name string
		m    Metadata
		want string
	}{
		{"getty asset id", Metadata{XMP: map[string]any{"GettyImagesGIFT:AssetID": "1234567890"}},
			"[{getty_asset_id 1234567890 xmp}]"},
		{"supplier id and guid", Metadata{XMP: map[string]any{"plus:ImageSupplierImageID": "a1b2c3d4e5", "Iptc4xmpExt:DigImageGUID": "0f1e2d3c"}},
			"[{supplier_image_id a1b2c3d4e5 xmp} {digital_image_guid 0f1e2d3c xmp}]"},
		{"iim envelope and fixture", Metadata{IPTC: map[string]any{"UniqueObjectName": "urn:newsml:example.org:20240303:abc", "FixtureIdentifier": "ELECTION-RESULTS"}},
			"[{unique_object_name urn:newsml:example.org:20240303:abc iptc} {fixture_id ELECTION-RESULTS iptc}]"},
		{"transmission reference once", Metadata{IPTC: map[string]any{"OriginalTransmissionReference": "XYZ123"}, XMP: map[string]any{"photoshop:TransmissionReference": "XYZ123"}},
			"[{transmission_reference XYZ123 xmp}]"},
		{"object name shaped as an agency id", Metadata{IPTC: map[string]any{"ObjectName": "RC2AB3CD4EF5"}},
			"[{reuters_id RC2AB3CD4EF5 iptc}]"},
		{"epa object name", Metadata{IPTC: map[string]any{"ObjectName": "epa01234567"}},
			"[{epa_id epa01234567 iptc}]"},
		{"object name that is a slug", Metadata{IPTC: map[string]any{"ObjectName": "ELECTION RESULTS"}, XMP: map[string]any{"dc:Title": "RCLETTERSONLY"}},
			"[]"},
		{"registry ids", Metadata{XMP: map[string]any{"Iptc4xmpExt:RegistryId": []any{
			map[string]any{"RegOrgId": "example.org", "RegItemId": "item-7"}, map[string]any{"RegItemId": "bare-8"}}}},
			"[{registry_id example.org:item-7 xmp} {registry_id bare-8 xmp}]"},
		{"sidecar first", Metadata{XMP: map[string]any{"GettyImagesGIFT:AssetID": "111"}, XMPSidecar: map[string]any{"GettyImagesGIFT:AssetID": "222"}},
			"[{getty_asset_id 222 xmp_sidecar} {getty_asset_id 111 xmp}]"},
	} {
		if got := fmt.Sprint(tc.m.Identifiers()); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}
