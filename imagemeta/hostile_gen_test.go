package imagemeta

// Generators of hostile files, built at test time: the big ones are
// virtual (a few pieces repeated), so that a 256 MB file costs a few
// kilobytes of test memory.

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"hash/crc32"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/wirecap/wirecap/internal/metawrite"
)

// piece is data repeated times times in a virtual file.
type piece struct {
	data  []byte
	times int64
}

func once(b []byte) piece { return piece{b, 1} }

// virtualFile is a read-only file made of pieces.
type virtualFile struct {
	pieces []piece
	starts []int64
	size   int64
}

func newVirtual(ps ...piece) *virtualFile {
	v := &virtualFile{}
	for _, p := range ps {
		if len(p.data) == 0 || p.times <= 0 {
			continue
		}
		v.pieces = append(v.pieces, p)
		v.starts = append(v.starts, v.size)
		v.size += int64(len(p.data)) * p.times
	}
	return v
}

func (v *virtualFile) ReadAt(b []byte, off int64) (int, error) {
	n := 0
	for n < len(b) {
		o := off + int64(n)
		if o < 0 || o >= v.size {
			return n, io.EOF
		}
		i := sort.Search(len(v.starts), func(i int) bool { return v.starts[i] > o }) - 1
		p := v.pieces[i]
		rel := (o - v.starts[i]) % int64(len(p.data))
		n += copy(b[n:], p.data[rel:])
	}
	return n, nil
}

// bytes materialises a small virtual file.
func (v *virtualFile) bytes() []byte {
	b := make([]byte, v.size)
	v.ReadAt(b, 0)
	return b
}

// tiffEntry12 is a big-endian IFD entry.
func tiffEntry12(tag, typ uint16, count, value uint32) []byte {
	e := binary.BigEndian.AppendUint16(nil, tag)
	e = binary.BigEndian.AppendUint16(e, typ)
	e = binary.BigEndian.AppendUint32(e, count)
	return binary.BigEndian.AppendUint32(e, value)
}

// tiffHead is a big-endian TIFF header and IFD0 of n copies of entry
// (built by entry from the offset just past the IFD, where the caller puts
// the shared value), with no next IFD.
func tiffHead(n int, entry func(dataAt uint32) []byte) []byte {
	dataAt := uint32(8 + 2 + 12*n + 4)
	b := []byte("MM\x00*\x00\x00\x00\x08")
	b = binary.BigEndian.AppendUint16(b, uint16(n))
	e := entry(dataAt)
	for i := 0; i < n; i++ {
		b = append(b, e...)
	}
	return append(b, 0, 0, 0, 0)
}

// jpegSharedEXIF is a JPEG whose EXIF IFD0 has n ImageDescription entries
// all pointing at one block filling the rest of the 64 KiB segment.
func jpegSharedEXIF(n int) []byte {
	return jpegSharedEXIFBlock(n, 65533-len(sigExif)-(8+2+12*n+4))
}

// jpegSharedEXIFBlock is jpegSharedEXIF with a block of blockLen bytes.
func jpegSharedEXIFBlock(n, blockLen int) []byte {
	tiff := tiffHead(n, func(at uint32) []byte { return tiffEntry12(0x010E, 2, uint32(blockLen), at) })
	tiff = append(tiff, bytes.Repeat([]byte("A"), blockLen)...)
	return withAPP1(plainJPEG(), append(append([]byte{}, sigExif...), tiff...))
}

// tiffSharedEXIF is a TIFF file of about size bytes whose IFD0 has n
// ImageDescription entries all pointing at one block.
func tiffSharedEXIF(n int, size int) []byte {
	head := tiffHead(n, func(at uint32) []byte { return tiffEntry12(0x010E, 2, uint32(size-(8+2+12*n+4)), at) })
	return append(head, bytes.Repeat([]byte("B"), size-len(head))...)
}

// tiffSharedBlock is a virtual TIFF whose IFD0 has n entries of the given
// tag (XMP, IPTC or Photoshop) all pointing at one block of blockLen bytes.
func tiffSharedBlock(tag uint16, n, blockLen int, block []byte) *virtualFile {
	head := tiffHead(n, func(at uint32) []byte { return tiffEntry12(tag, 7, uint32(blockLen), at) })
	return newVirtual(once(head), piece{block, int64(blockLen / len(block))})
}

func pngChunk(typ string, data []byte) []byte {
	b := binary.BigEndian.AppendUint32(nil, uint32(len(data)))
	b = append(b, typ...)
	b = append(b, data...)
	return binary.BigEndian.AppendUint32(b, crc32.ChecksumIEEE(b[4:]))
}

var pngIHDR = pngChunk("IHDR", []byte{0, 0, 0, 16, 0, 0, 0, 16, 8, 2, 0, 0, 0})

func deflate(b []byte) []byte {
	var z bytes.Buffer
	w, _ := zlib.NewWriterLevel(&z, zlib.BestSpeed)
	w.Write(b)
	w.Close()
	return z.Bytes()
}

// pngXMPChunk is an iTXt XMP chunk.
func pngXMPChunk(packet string) []byte {
	return pngChunk("iTXt", []byte("XML:com.adobe.xmp\x00\x00\x00\x00\x00"+packet))
}

// compressedXMPChunk is an iTXt XMP chunk whose text is deflated.
func compressedXMPChunk(text []byte) []byte {
	return pngChunk("iTXt", append([]byte("XML:com.adobe.xmp\x00\x01\x00\x00\x00"), deflate(text)...))
}

// pngOf is a PNG of the given chunks between IHDR and IEND.
func pngOf(chunks ...piece) *virtualFile {
	ps := append([]piece{once([]byte("\x89PNG\r\n\x1a\n")), once(pngIHDR)}, chunks...)
	return newVirtual(append(ps, once(pngChunk("IEND", nil)))...)
}

// xmpProps is an XMP packet of n distinct properties in namespace ns.
func xmpProps(ns string, n int) []byte {
	var b strings.Builder
	b.WriteString(xmpOpen[:len(xmpOpen)-1] + ` xmlns:` + ns + `="http://example.com/` + ns + `/">`)
	for i := 0; i < n; i++ {
		k := strconv.Itoa(i)
		b.WriteString("<" + ns + ":p" + k + ">v" + k + "</" + ns + ":p" + k + ">")
	}
	b.WriteString(xmpClose)
	return []byte(b.String())
}

func webpChunk(typ string, data []byte) []byte {
	b := append([]byte(typ), 0, 0, 0, 0)
	binary.LittleEndian.PutUint32(b[4:], uint32(len(data)))
	b = append(b, data...)
	if len(data)%2 == 1 {
		b = append(b, 0)
	}
	return b
}

// webpOf is a WebP of the given chunks (VP8X first).
func webpOf(chunks ...piece) *virtualFile {
	vp8x := webpChunk("VP8X", []byte{0x2e, 0, 0, 0, 63, 0, 0, 47, 0, 0})
	ps := append([]piece{once([]byte("RIFF\x00\x00\x00\x00WEBP")), once(vp8x)}, chunks...)
	v := newVirtual(ps...)
	binary.LittleEndian.PutUint32(v.pieces[0].data[4:], uint32(v.size-8))
	return v
}

// metawriteEXIF is an EXIF TIFF block naming an invented artist.
func metawriteEXIF() []byte {
	return metawrite.TIFFBlock(metawrite.EXIF{Artist: "Ann Example"}, nil, nil, 0, 0)
}
