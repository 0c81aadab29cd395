// Package metawrite writes EXIF, IPTC IIM and XMP blocks and wraps them in
// small JPEG, PNG, WebP and TIFF files. Tests and the fixture generator use
// it to build photos whose metadata is known; it never touches an existing
// file.
package metawrite

import (
	"bytes"
	"compress/zlib"
	"crypto/md5"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"image/png"
	"sort"
	"strings"
)

// EXIF holds the EXIF tags wirecap reads.
type EXIF struct {
	ImageDescription, Artist, Copyright, Make, Model string
	DateTimeOriginal                                 string // "2022:01:06 12:00:00"
	OffsetTimeOriginal                               string // "+03:00"
	Orientation                                      int
	GPS                                              *[2]float64 // lat, lon
	Thumbnail                                        []byte      // JPEG written in IFD1 (JPEGInterchangeFormat), as cameras and agencies embed it
}

// Dataset is one IIM dataset.
type Dataset struct {
	Record, Number byte
	Value          []byte
}

// IIM builds IIM datasets from (record, number, value) in order. When
// utf8 is true, 1:90 ESC % G is written first and strings stay UTF-8;
// otherwise they are encoded to Latin-1.
func IIM(utf8 bool, sets ...Dataset) []byte {
	var b bytes.Buffer
	if utf8 {
		writeDataset(&b, Dataset{1, 90, []byte("\x1b%G")})
	}
	writeDataset(&b, Dataset{2, 0, []byte{0, 4}})
	for _, s := range sets {
		v := s.Value
		if !utf8 {
			v = latin1(string(v))
		}
		writeDataset(&b, Dataset{s.Record, s.Number, v})
	}
	return b.Bytes()
}

// Set is shorthand for a record 2 dataset with a string value.
func Set(number byte, value string) Dataset { return Dataset{2, number, []byte(value)} }

func writeDataset(b *bytes.Buffer, s Dataset) {
	b.Write([]byte{0x1C, s.Record, s.Number})
	if len(s.Value) < 0x8000 {
		binary.Write(b, binary.BigEndian, uint16(len(s.Value)))
	} else {
		b.Write([]byte{0x80, 0x04})
		binary.Write(b, binary.BigEndian, uint32(len(s.Value)))
	}
	b.Write(s.Value)
}

func latin1(s string) []byte {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		if r < 256 {
			out = append(out, byte(r))
		} else {
			out = append(out, '?')
		}
	}
	return out
}

// IRB wraps IIM in Photoshop image resources, with an IPTC digest when
// digest is set ("match" writes the MD5 of the IIM, "stale" a wrong one).
func IRB(iim []byte, digest string) []byte {
	var b bytes.Buffer
	res := func(id uint16, data []byte) {
		b.WriteString("8BIM")
		binary.Write(&b, binary.BigEndian, id)
		b.Write([]byte{0, 0})
		binary.Write(&b, binary.BigEndian, uint32(len(data)))
		b.Write(data)
		if len(data)%2 == 1 {
			b.WriteByte(0)
		}
	}
	res(0x0404, iim)
	switch digest {
	case "match":
		sum := md5.Sum(iim)
		res(0x0425, sum[:])
	case "stale":
		sum := md5.Sum(append([]byte("stale"), iim...))
		res(0x0425, sum[:])
	}
	return b.Bytes()
}

// TIFFBlock writes a big-endian TIFF structure with the EXIF tags and, when
// given, the IPTC (33723) and XMP (700) blocks in IFD0.
func TIFFBlock(e EXIF, iim, xmp []byte, width, height int) []byte {
	return tiffBlock(e, iim, xmp, width, height, nil)
}

// entry is one TIFF IFD entry; a pointer entry is a LONG holding the
// offset of data, which is written out of line (strips, a thumbnail).
type entry struct {
	tag, typ uint16
	count    uint32
	data     []byte
	pointer  bool
}

func tiffBlock(e EXIF, iim, xmp []byte, width, height int, extra []entry) []byte {
	ascii := func(tag uint16, s string) entry {
		return entry{tag, 2, uint32(len(s) + 1), append([]byte(s), 0), false}
	}
	short := func(tag uint16, v int) entry {
		return entry{tag, 3, 1, []byte{byte(v >> 8), byte(v), 0, 0}, false}
	}
	long := func(tag uint16, v uint32) entry {
		d := make([]byte, 4)
		binary.BigEndian.PutUint32(d, v)
		return entry{tag, 4, 1, d, false}
	}
	rational3 := func(tag uint16, f float64) entry {
		if f < 0 {
			f = -f
		}
		deg := int(f)
		minf := (f - float64(deg)) * 60
		min := int(minf)
		sec := (minf - float64(min)) * 60
		d := make([]byte, 24)
		binary.BigEndian.PutUint32(d[0:], uint32(deg))
		binary.BigEndian.PutUint32(d[4:], 1)
		binary.BigEndian.PutUint32(d[8:], uint32(min))
		binary.BigEndian.PutUint32(d[12:], 1)
		binary.BigEndian.PutUint32(d[16:], uint32(sec*10000+0.5))
		binary.BigEndian.PutUint32(d[20:], 10000)
		return entry{tag, 5, 3, d, false}
	}
	var ifd0, exifIFD, gpsIFD, ifd1 []entry
	ifd0 = append(ifd0, extra...)
	if len(e.Thumbnail) > 0 {
		ifd1 = append(ifd1, short(259, 6), entry{513, 4, 1, e.Thumbnail, true}, long(514, uint32(len(e.Thumbnail))))
	}
	if width > 0 {
		ifd0 = append(ifd0, long(256, uint32(width)), long(257, uint32(height)))
	}
	for _, kv := range []struct {
		tag uint16
		v   string
	}{{270, e.ImageDescription}, {271, e.Make}, {272, e.Model}, {315, e.Artist}, {33432, e.Copyright}} {
		if kv.v != "" {
			ifd0 = append(ifd0, ascii(kv.tag, kv.v))
		}
	}
	if e.Orientation != 0 {
		ifd0 = append(ifd0, short(274, e.Orientation))
	}
	if len(xmp) > 0 {
		ifd0 = append(ifd0, entry{700, 1, uint32(len(xmp)), xmp, false})
	}
	if len(iim) > 0 {
		ifd0 = append(ifd0, entry{33723, 7, uint32(len(iim)), iim, false})
	}
	if e.DateTimeOriginal != "" {
		exifIFD = append(exifIFD, ascii(36867, e.DateTimeOriginal))
	}
	if e.OffsetTimeOriginal != "" {
		exifIFD = append(exifIFD, ascii(36881, e.OffsetTimeOriginal))
	}
	if e.GPS != nil {
		latRef, lonRef := "N", "E"
		if e.GPS[0] < 0 {
			latRef = "S"
		}
		if e.GPS[1] < 0 {
			lonRef = "W"
		}
		gpsIFD = append(gpsIFD, entry{0, 1, 4, []byte{2, 3, 0, 0}, false}, ascii(1, latRef), rational3(2, e.GPS[0]), ascii(3, lonRef), rational3(4, e.GPS[1]))
	}
	// Layout: header, IFD0, Exif IFD, GPS IFD, then out-of-line values.
	ifdSize := func(n int) int { return 2 + 12*n + 4 }
	n0 := len(ifd0)
	if len(exifIFD) > 0 {
		n0++
	}
	if len(gpsIFD) > 0 {
		n0++
	}
	off0 := 8
	offExif := off0 + ifdSize(n0)
	offGPS := offExif
	if len(exifIFD) > 0 {
		offGPS += ifdSize(len(exifIFD))
	}
	offIFD1 := offGPS
	if len(gpsIFD) > 0 {
		offIFD1 += ifdSize(len(gpsIFD))
	}
	dataOff := offIFD1
	if len(ifd1) > 0 {
		dataOff += ifdSize(len(ifd1))
	}
	if len(exifIFD) > 0 {
		ifd0 = append(ifd0, long(34665, uint32(offExif)))
	}
	if len(gpsIFD) > 0 {
		ifd0 = append(ifd0, long(34853, uint32(offGPS)))
	}
	var data bytes.Buffer
	writeIFD := func(b *bytes.Buffer, es []entry, next int) {
		sort.Slice(es, func(i, j int) bool { return es[i].tag < es[j].tag })
		binary.Write(b, binary.BigEndian, uint16(len(es)))
		for _, en := range es {
			binary.Write(b, binary.BigEndian, en.tag)
			binary.Write(b, binary.BigEndian, en.typ)
			binary.Write(b, binary.BigEndian, en.count)
			if len(en.data) <= 4 && !en.pointer {
				v := make([]byte, 4)
				copy(v, en.data)
				b.Write(v)
				continue
			}
			binary.Write(b, binary.BigEndian, uint32(dataOff+data.Len()))
			data.Write(en.data)
			if data.Len()%2 == 1 {
				data.WriteByte(0)
			}
		}
		binary.Write(b, binary.BigEndian, uint32(next))
	}
	var out bytes.Buffer
	out.WriteString("MM\x00*")
	binary.Write(&out, binary.BigEndian, uint32(off0))
	next := 0
	if len(ifd1) > 0 {
		next = offIFD1
	}
	writeIFD(&out, ifd0, next)
	if len(exifIFD) > 0 {
		writeIFD(&out, exifIFD, 0)
	}
	if len(gpsIFD) > 0 {
		writeIFD(&out, gpsIFD, 0)
	}
	if len(ifd1) > 0 {
		writeIFD(&out, ifd1, 0)
	}
	out.Write(data.Bytes())
	return out.Bytes()
}

// XMP writes an XMP packet. Simple properties are "prefix:Name" → string;
// a []string is written as an rdf:Bag (dc:subject) or rdf:Seq (dc:creator);
// a map[string]string as a language alternative (keys are xml:lang).
func XMP(props map[string]any) []byte {
	ns := map[string]string{
		"dc": "http://purl.org/dc/elements/1.1/", "photoshop": "http://ns.adobe.com/photoshop/1.0/",
		"Iptc4xmpCore": "http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/", "xmpRights": "http://ns.adobe.com/xap/1.0/rights/",
		"exif": "http://ns.adobe.com/exif/1.0/", "xmpNote": "http://ns.adobe.com/xmp/note/", "xmp": "http://ns.adobe.com/xap/1.0/",
	}
	keys := make([]string, 0, len(props))
	for k := range props {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	b.WriteString("<?xpacket begin=\"\ufeff\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\"")
	for _, p := range []string{"dc", "photoshop", "Iptc4xmpCore", "xmpRights", "exif", "xmpNote", "xmp"} {
		fmt.Fprintf(&b, " xmlns:%s=%q", p, ns[p])
	}
	b.WriteString(">")
	for _, k := range keys {
		fmt.Fprintf(&b, "<%s>", k)
		switch v := props[k].(type) {
		case string:
			b.WriteString(esc(v))
		case []string:
			kind := "Bag"
			if k == "dc:creator" {
				kind = "Seq"
			}
			fmt.Fprintf(&b, "<rdf:%s>", kind)
			for _, x := range v {
				fmt.Fprintf(&b, "<rdf:li>%s</rdf:li>", esc(x))
			}
			fmt.Fprintf(&b, "</rdf:%s>", kind)
		case map[string]string:
			langs := make([]string, 0, len(v))
			for l := range v {
				langs = append(langs, l)
			}
			sort.Strings(langs)
			b.WriteString("<rdf:Alt>")
			for _, l := range langs {
				fmt.Fprintf(&b, "<rdf:li xml:lang=%q>%s</rdf:li>", l, esc(v[l]))
			}
			b.WriteString("</rdf:Alt>")
		}
		fmt.Fprintf(&b, "</%s>", k)
	}
	b.WriteString("</rdf:Description></rdf:RDF></x:xmpmeta>\n<?xpacket end=\"w\"?>")
	return []byte(b.String())
}

func esc(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Photo describes the metadata of a fixture photo.
type Photo struct {
	EXIF        *EXIF
	IIM         []byte // from IIM(); wrapped in an IRB for JPEG
	Digest      string // "", "match" or "stale"
	XMP         []byte
	ExtendedXMP []byte // written as extended XMP chunks; XMP must name its GUID
	XMPFirst    bool   // write the XMP APP1 before the EXIF APP1
	Width       int
	Height      int
	Image       image.Image // the pixels (as stored); nil: a small pattern of Width×Height
}

func (p Photo) size() (int, int) {
	if p.Image != nil {
		return p.Image.Bounds().Dx(), p.Image.Bounds().Dy()
	}
	if p.Width == 0 {
		return 16, 12
	}
	return p.Width, p.Height
}

// ExtendedGUID is the GUID JPEG writes extended XMP under: the MD5 of the data.
func ExtendedGUID(ext []byte) string {
	sum := md5.Sum(ext)
	return strings.ToUpper(hex.EncodeToString(sum[:]))
}

// pixels returns the photo's image, or a pattern for metadata-only fixtures.
func (p Photo) pixels() image.Image {
	if p.Image != nil {
		return p.Image
	}
	return pattern(p.size())
}

func pattern(w, h int) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			img.Set(x, y, color.RGBA{uint8(40 + 10*x), uint8(80 + 5*y), 150, 255})
		}
	}
	return img
}

// JPEG builds a small JPEG carrying the photo's metadata.
func JPEG(p Photo) []byte {
	quality := 60
	if p.Image != nil {
		quality = 85 // as agencies ship
	}
	var enc bytes.Buffer
	jpeg.Encode(&enc, p.pixels(), &jpeg.Options{Quality: quality})
	body := enc.Bytes()[2:] // after SOI
	var out bytes.Buffer
	out.Write([]byte{0xFF, 0xD8})
	seg := func(marker byte, payload []byte) {
		out.Write([]byte{0xFF, marker})
		binary.Write(&out, binary.BigEndian, uint16(len(payload)+2))
		out.Write(payload)
	}
	exifSeg := func() {
		if p.EXIF != nil {
			seg(0xE1, append([]byte("Exif\x00\x00"), TIFFBlock(*p.EXIF, nil, nil, 0, 0)...))
		}
	}
	xmpSeg := func() {
		if p.XMP != nil {
			seg(0xE1, append([]byte("http://ns.adobe.com/xap/1.0/\x00"), p.XMP...))
		}
		if p.ExtendedXMP != nil {
			guid := ExtendedGUID(p.ExtendedXMP)
			const chunk = 60000
			for off := 0; off < len(p.ExtendedXMP); off += chunk {
				end := min(off+chunk, len(p.ExtendedXMP))
				var pl bytes.Buffer
				pl.WriteString("http://ns.adobe.com/xmp/extension/\x00")
				pl.WriteString(guid)
				binary.Write(&pl, binary.BigEndian, uint32(len(p.ExtendedXMP)))
				binary.Write(&pl, binary.BigEndian, uint32(off))
				pl.Write(p.ExtendedXMP[off:end])
				seg(0xE1, pl.Bytes())
			}
		}
	}
	if p.XMPFirst {
		xmpSeg()
		exifSeg()
	} else {
		exifSeg()
		xmpSeg()
	}
	if p.IIM != nil {
		seg(0xED, append([]byte("Photoshop 3.0\x00"), IRB(p.IIM, p.Digest)...))
	}
	out.Write(body)
	return out.Bytes()
}

// PNG builds a small PNG with eXIf, an iTXt XMP chunk and IIM as an
// ImageMagick "Raw profile type iptc" zTXt chunk.
func PNG(p Photo) []byte {
	var enc bytes.Buffer
	png.Encode(&enc, p.pixels())
	b := enc.Bytes()
	iend := bytes.LastIndex(b, []byte("IEND")) - 4
	var extra bytes.Buffer
	chunk := func(typ string, data []byte) {
		binary.Write(&extra, binary.BigEndian, uint32(len(data)))
		crc := crc32.NewIEEE()
		crc.Write([]byte(typ))
		crc.Write(data)
		extra.WriteString(typ)
		extra.Write(data)
		binary.Write(&extra, binary.BigEndian, crc.Sum32())
	}
	if p.EXIF != nil {
		chunk("eXIf", TIFFBlock(*p.EXIF, nil, nil, 0, 0))
	}
	if p.XMP != nil {
		chunk("iTXt", append([]byte("XML:com.adobe.xmp\x00\x00\x00\x00\x00"), p.XMP...))
	}
	if p.IIM != nil {
		irb := IRB(p.IIM, p.Digest)
		text := fmt.Sprintf("\nIPTC profile\n%8d\n%s\n", len(irb), hex.EncodeToString(irb))
		var z bytes.Buffer
		zw := zlib.NewWriter(&z)
		zw.Write([]byte(text))
		zw.Close()
		chunk("zTXt", append([]byte("Raw profile type iptc\x00\x00"), z.Bytes()...))
	}
	out := append([]byte{}, b[:iend]...)
	out = append(out, extra.Bytes()...)
	return append(out, b[iend:]...)
}

// WebP builds a WebP container (VP8X, a lossless VP8L image, EXIF, XMP).
func WebP(p Photo) []byte {
	w, h := p.size()
	var body bytes.Buffer
	chunk := func(typ string, data []byte) {
		body.WriteString(typ)
		binary.Write(&body, binary.LittleEndian, uint32(len(data)))
		body.Write(data)
		if len(data)%2 == 1 {
			body.WriteByte(0)
		}
	}
	flags := byte(0)
	if p.EXIF != nil {
		flags |= 0x08
	}
	if p.XMP != nil {
		flags |= 0x04
	}
	vp8x := []byte{flags, 0, 0, 0, byte(w - 1), byte((w - 1) >> 8), byte((w - 1) >> 16), byte(h - 1), byte((h - 1) >> 8), byte((h - 1) >> 16)}
	chunk("VP8X", vp8x)
	chunk("VP8L", VP8L(p.pixels()))
	if p.EXIF != nil {
		chunk("EXIF", TIFFBlock(*p.EXIF, nil, nil, 0, 0))
	}
	if p.XMP != nil {
		chunk("XMP ", p.XMP)
	}
	var out bytes.Buffer
	out.WriteString("RIFF")
	binary.Write(&out, binary.LittleEndian, uint32(4+body.Len()))
	out.WriteString("WEBP")
	out.Write(body.Bytes())
	return out.Bytes()
}

// TIFF builds an RGB TIFF whose IFD0 carries the EXIF tags, the IIM and
// the XMP; the pixels are one Deflate strip with horizontal differencing
// (Compression 8, Predictor 2), which golang.org/x/image/tiff decodes.
func TIFF(p Photo) []byte {
	w, h := p.size()
	e := EXIF{}
	if p.EXIF != nil {
		e = *p.EXIF
	}
	img := p.pixels()
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	row := make([]byte, 3*w)
	rgba := toRGBA(img)
	for y := 0; y < h; y++ {
		var prev [3]byte
		for x := 0; x < w; x++ {
			c := rgba.RGBAAt(x, y)
			cur := [3]byte{c.R, c.G, c.B}
			for k := range cur {
				row[3*x+k] = cur[k] - prev[k]
			}
			prev = cur
		}
		zw.Write(row)
	}
	zw.Close()
	short := func(tag uint16, v int) entry { return entry{tag, 3, 1, []byte{byte(v >> 8), byte(v), 0, 0}, false} }
	strips := []entry{
		{258, 3, 3, []byte{0, 8, 0, 8, 0, 8}, false}, // BitsPerSample
		short(259, 8),                             // Compression: Deflate
		short(262, 2),                             // PhotometricInterpretation: RGB
		{273, 4, 1, z.Bytes(), true},              // StripOffsets
		short(277, 3),                             // SamplesPerPixel
		{278, 4, 1, be32(uint32(h)), false},       // RowsPerStrip
		{279, 4, 1, be32(uint32(z.Len())), false}, // StripByteCounts
		short(284, 1),                             // PlanarConfiguration: chunky
		short(317, 2),                             // Predictor: horizontal differencing
	}
	return tiffBlock(e, p.IIM, p.XMP, w, h, strips)
}

// toRGBA returns img as an *image.RGBA at the origin, converting only when needed.
func toRGBA(img image.Image) *image.RGBA {
	if r, ok := img.(*image.RGBA); ok && r.Bounds().Min == (image.Point{}) {
		return r
	}
	r := image.NewRGBA(image.Rect(0, 0, img.Bounds().Dx(), img.Bounds().Dy()))
	draw.Draw(r, r.Bounds(), img, img.Bounds().Min, draw.Src)
	return r
}

func be32(v uint32) []byte {
	d := make([]byte, 4)
	binary.BigEndian.PutUint32(d, v)
	return d
}
