package report

import (
	"bufio"
	"errors"
	"fmt"
	"image"
	"image/color"
	"io"
)

// A JPEG stores each 8×8 block of pixels as 64 DCT coefficients; the
// first, DC, is the block's mean (DC × quantiser / 8, centred on 128). A
// card needs 320 pixels where a 3000×2000 photo has 375 blocks across, so
// the DC coefficients alone are the photo at 1/8 scale: what libjpeg's
// scale_denom=8 decodes. decodeDC does that without the inverse DCT, the
// upsampling or the colour conversion of full-size pixels, which is where
// image/jpeg spends its time; the AC coefficients are only skipped over
// (baseline) or not read at all (progressive: the DC scans come first).
//
// It handles what cameras and agency systems write: 8-bit Huffman-coded
// baseline, extended and progressive JPEGs with one (grey) or three
// (YCbCr, or RGB per Adobe's APP14) components, restart intervals, any
// sampling factors from 1 to 4. Anything else (arithmetic coding,
// lossless, 12-bit, CMYK, a DNL marker) is errUnsupportedJPEG and the
// caller decodes the photo in full.

// errUnsupportedJPEG: a JPEG decodeDC does not read; decode it in full.
var errUnsupportedJPEG = errors.New("jpeg: not a form the 1/8 decoder reads")

// errBadJPEG: the stream does not hold together.
var errBadJPEG = errors.New("jpeg: malformed")

// JPEG markers decodeDC reads (ITU T.81 table B.1).
const (
	mSOF0 = 0xC0 // baseline
	mSOF1 = 0xC1 // extended sequential, Huffman
	mSOF2 = 0xC2 // progressive, Huffman
	mDHT  = 0xC4
	mRST0 = 0xD0
	mRST7 = 0xD7
	mSOI  = 0xD8
	mEOI  = 0xD9
	mSOS  = 0xDA
	mDQT  = 0xDB
	mDNL  = 0xDC
	mDRI  = 0xDD
	mAPP0 = 0xE0
	mAPPE = 0xEE // Adobe: the colour transform
)

// maxMarkers bounds the segments read before the image data: a file of
// empty segments must not keep the decoder busy.
const maxMarkers = 4096

type dcComponent struct {
	id, h, v, tq int
	dc           []int32 // one coefficient per block, row-major
	bw, bh       int     // blocks across and down (MCU-aligned)
	done         bool    // its DC is known (a baseline or DC-first scan)
	td           int     // DC table of the current scan
}

type huffman struct {
	lookup  [1 << lookBits]uint16 // code prefix → length<<8 | symbol; 0: longer code
	maxcode [17]int32
	valptr  [17]int32
	mincode [17]int32
	vals    []byte
	ok      bool
}

const lookBits = 9

type dcDecoder struct {
	r            *bufio.Reader
	w, h         int
	hmax, vmax   int
	mcusX, mcusY int
	comps        []dcComponent
	progressive  bool
	adobe, rgb   bool
	restart      int
	quant        [4][64]uint16
	dcTab, acTab [4]huffman
	acc          uint64
	nbits        uint
	marker       byte // a marker met inside the entropy-coded data
	zeros        int  // bytes made up after the data ended
	maxPixels    int
	frameSeen    bool
}

// decodeDC decodes the JPEG in r at 1/8 scale (one pixel per block). A
// frame past maxPixels is errTooLarge before anything is allocated.
func decodeDC(r io.Reader, maxPixels int) (image.Image, error) {
	d := &dcDecoder{r: bufio.NewReaderSize(r, 32<<10), maxPixels: maxPixels}
	if err := d.expect(mSOI); err != nil {
		return nil, err
	}
	for range maxMarkers {
		m, err := d.nextMarker()
		if err != nil {
			return nil, err
		}
		done, err := d.segment(m)
		if err != nil {
			return nil, err
		}
		if done || d.allDone() {
			return d.image()
		}
	}
	return nil, fmt.Errorf("%w: more than %d segments", errBadJPEG, maxMarkers)
}

func (d *dcDecoder) expect(m byte) error {
	var b [2]byte
	if _, err := io.ReadFull(d.r, b[:]); err != nil || b[0] != 0xFF || b[1] != m {
		return fmt.Errorf("%w: no start of image", errBadJPEG)
	}
	return nil
}

// nextMarker returns the next marker: the one the entropy-coded data ran
// into, else the next in the file (fill bytes 0xFF skipped).
func (d *dcDecoder) nextMarker() (byte, error) {
	if m := d.marker; m != 0 {
		d.marker = 0
		return m, nil
	}
	b, err := d.r.ReadByte()
	if err != nil {
		return 0, truncated(err)
	}
	if b != 0xFF {
		return 0, fmt.Errorf("%w: 0x%02X where a marker belongs", errBadJPEG, b)
	}
	for b == 0xFF {
		if b, err = d.r.ReadByte(); err != nil {
			return 0, truncated(err)
		}
	}
	return b, nil
}

// errCutShort: the file ends before its image data does.
var errCutShort = fmt.Errorf("%w: the file is cut short", errBadJPEG)

func truncated(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return errCutShort
	}
	return err
}

// segment reads one marker's segment; done once the image is complete.
func (d *dcDecoder) segment(m byte) (bool, error) {
	switch {
	case m == mEOI:
		return true, nil
	case m >= mRST0 && m <= mRST7, m == 0x01: // stray: no segment
		return false, nil
	case m == mDNL:
		return false, errUnsupportedJPEG
	case m == mSOF0, m == mSOF1, m == mSOF2:
		return false, d.frame(m == mSOF2)
	case m >= 0xC3 && m <= 0xCF && m != mDHT && m != 0xC8 && m != 0xCC:
		return false, errUnsupportedJPEG // lossless, hierarchical, arithmetic
	case m == 0xCC: // arithmetic conditioning
		return false, errUnsupportedJPEG
	}
	b, err := d.payload()
	if err != nil {
		return false, err
	}
	switch m {
	case mDHT:
		return false, d.huffmanTables(b)
	case mDQT:
		return false, d.quantTables(b)
	case mDRI:
		if len(b) != 2 {
			return false, fmt.Errorf("%w: DRI", errBadJPEG)
		}
		d.restart = int(b[0])<<8 | int(b[1])
	case mAPPE:
		if len(b) >= 12 && string(b[:5]) == "Adobe" {
			d.adobe, d.rgb = true, b[11] == 0
		}
	case mSOS:
		return false, d.scan(b)
	}
	return false, nil
}

// payload reads a segment's length and bytes (at most 64 KiB).
func (d *dcDecoder) payload() ([]byte, error) {
	var l [2]byte
	if _, err := io.ReadFull(d.r, l[:]); err != nil {
		return nil, truncated(err)
	}
	n := int(l[0])<<8 | int(l[1])
	if n < 2 {
		return nil, fmt.Errorf("%w: segment length %d", errBadJPEG, n)
	}
	b := make([]byte, n-2)
	if _, err := io.ReadFull(d.r, b); err != nil {
		return nil, truncated(err)
	}
	return b, nil
}

func (d *dcDecoder) frame(progressive bool) error {
	b, err := d.payload()
	if err != nil {
		return err
	}
	if d.frameSeen {
		return fmt.Errorf("%w: two frames", errBadJPEG)
	}
	d.frameSeen, d.progressive = true, progressive
	if len(b) < 6 {
		return fmt.Errorf("%w: short frame header", errBadJPEG)
	}
	if b[0] != 8 {
		return errUnsupportedJPEG // 12-bit
	}
	d.h, d.w = int(b[1])<<8|int(b[2]), int(b[3])<<8|int(b[4])
	n := int(b[5])
	if n != 1 && n != 3 {
		return errUnsupportedJPEG // CMYK, YCCK, two components
	}
	if d.w == 0 || d.h == 0 {
		return errUnsupportedJPEG // height in a DNL marker
	}
	if d.w*d.h > d.maxPixels {
		return &tooLarge{d.w, d.h, d.maxPixels}
	}
	if len(b) < 6+3*n {
		return fmt.Errorf("%w: short frame header", errBadJPEG)
	}
	d.hmax, d.vmax = 1, 1
	for i := range n {
		c := b[6+3*i:]
		h, v, tq := int(c[1]>>4), int(c[1]&15), int(c[2])
		if h < 1 || h > 4 || v < 1 || v > 4 || tq > 3 {
			return fmt.Errorf("%w: component %d sampling %dx%d table %d", errBadJPEG, i, h, v, tq)
		}
		if n == 1 {
			h, v = 1, 1 // a grey image has one block per MCU whatever it says (T.81 A.2.2)
		}
		d.comps = append(d.comps, dcComponent{id: int(c[0]), h: h, v: v, tq: tq})
		d.hmax, d.vmax = max(d.hmax, h), max(d.vmax, v)
	}
	d.mcusX = (d.w + 8*d.hmax - 1) / (8 * d.hmax)
	d.mcusY = (d.h + 8*d.vmax - 1) / (8 * d.vmax)
	for i := range d.comps {
		c := &d.comps[i]
		c.bw, c.bh = d.mcusX*c.h, d.mcusY*c.v
		c.dc = make([]int32, c.bw*c.bh)
	}
	return nil
}

func (d *dcDecoder) quantTables(b []byte) error {
	for len(b) > 0 {
		pq, tq := b[0]>>4, b[0]&15
		size := 1 + 64*(1+int(pq))
		if tq > 3 || pq > 1 || len(b) < size {
			return fmt.Errorf("%w: DQT", errBadJPEG)
		}
		for k := range 64 {
			if pq == 0 {
				d.quant[tq][k] = uint16(b[1+k])
			} else {
				d.quant[tq][k] = uint16(b[1+2*k])<<8 | uint16(b[2+2*k])
			}
		}
		b = b[size:]
	}
	return nil
}

func (d *dcDecoder) huffmanTables(b []byte) error {
	for len(b) > 0 {
		if len(b) < 17 {
			return fmt.Errorf("%w: DHT", errBadJPEG)
		}
		tc, th := b[0]>>4, b[0]&15
		if tc > 1 || th > 3 {
			return fmt.Errorf("%w: DHT class %d table %d", errBadJPEG, tc, th)
		}
		total := 0
		var counts [16]int
		for i := range 16 {
			counts[i] = int(b[1+i])
			total += counts[i]
		}
		if total == 0 || total > 256 || len(b) < 17+total {
			return fmt.Errorf("%w: DHT with %d codes", errBadJPEG, total)
		}
		t := &d.dcTab[th]
		if tc == 1 {
			t = &d.acTab[th]
		}
		if err := t.build(counts, b[17:17+total]); err != nil {
			return err
		}
		b = b[17+total:]
	}
	return nil
}

// build makes the canonical code (T.81 annex C) and its lookup table.
func (t *huffman) build(counts [16]int, vals []byte) error {
	*t = huffman{vals: append([]byte(nil), vals...), ok: true}
	code, k := int32(0), 0
	for l := 1; l <= 16; l++ {
		n := counts[l-1]
		t.valptr[l], t.mincode[l] = int32(k), code
		for range n {
			if code >= 1<<l {
				return fmt.Errorf("%w: Huffman code lengths over-full", errBadJPEG)
			}
			if l <= lookBits {
				shift := lookBits - l
				for j := range 1 << shift {
					t.lookup[int(code)<<shift|j] = uint16(l)<<8 | uint16(vals[k])
				}
			}
			code++
			k++
		}
		t.maxcode[l] = code - 1
		if n == 0 {
			t.maxcode[l] = -1
		}
		code <<= 1
	}
	return nil
}

// maxMadeUp bounds the zero bytes fed after the data ends or a marker
// interrupts it: a cut file decodes as far as it goes, then is an error.
const maxMadeUp = 1 << 10

// fill tops the bit buffer up to at least 57 bits, undoing byte stuffing
// (0xFF 0x00) and stopping at a marker, after which zeros are fed.
func (d *dcDecoder) fill() error {
	for d.nbits <= 56 {
		var b byte = 0
		if d.marker == 0 {
			c, err := d.r.ReadByte()
			if err != nil {
				return truncated(err)
			}
			if c == 0xFF {
				n, err := d.r.ReadByte()
				for err == nil && n == 0xFF {
					n, err = d.r.ReadByte()
				}
				if err != nil {
					return truncated(err)
				}
				if n != 0 {
					d.marker = n
				} else {
					b = 0xFF
				}
			} else {
				b = c
			}
		}
		if d.marker != 0 {
			if d.zeros++; d.zeros > maxMadeUp {
				return fmt.Errorf("%w: the image data ends early", errBadJPEG)
			}
		}
		d.acc = d.acc<<8 | uint64(b)
		d.nbits += 8
	}
	return nil
}

func (d *dcDecoder) bits(n uint) (int32, error) {
	if n == 0 {
		return 0, nil
	}
	if d.nbits < n {
		if err := d.fill(); err != nil {
			return 0, err
		}
	}
	d.nbits -= n
	return int32(d.acc>>d.nbits) & (1<<n - 1), nil
}

func (d *dcDecoder) decodeHuff(t *huffman) (byte, error) {
	if d.nbits < 16 {
		if err := d.fill(); err != nil {
			return 0, err
		}
	}
	if e := t.lookup[(d.acc>>(d.nbits-lookBits))&(1<<lookBits-1)]; e != 0 {
		d.nbits -= uint(e >> 8)
		return byte(e), nil
	}
	code := int32(0)
	for l := 1; l <= 16; l++ {
		code = code<<1 | int32(d.acc>>(d.nbits-uint(l))&1)
		if code <= t.maxcode[l] {
			d.nbits -= uint(l)
			return t.vals[t.valptr[l]+code-t.mincode[l]], nil
		}
	}
	return 0, fmt.Errorf("%w: bad Huffman code", errBadJPEG)
}

// extend turns s received bits into a signed value (T.81 F.2.2.1).
func extend(v int32, s uint) int32 {
	if s > 0 && v < 1<<(s-1) {
		return v - (1 << s) + 1
	}
	return v
}

func (d *dcDecoder) allDone() bool {
	if !d.frameSeen {
		return false
	}
	for _, c := range d.comps {
		if !c.done {
			return false
		}
	}
	return true
}

// scanComp is a component of a scan with its tables.
type scanComp struct {
	c      *dcComponent
	dc, ac *huffman
}

// scan reads a start-of-scan header and its data: the DC of each block
// (the AC coefficients skipped over in a baseline scan); a progressive
// scan that brings no first DC bits is skipped whole.
func (d *dcDecoder) scan(b []byte) error {
	if !d.frameSeen || len(b) < 1 || len(b) < 1+2*int(b[0])+3 {
		return fmt.Errorf("%w: scan header", errBadJPEG)
	}
	n := int(b[0])
	if n < 1 || n > len(d.comps) {
		return fmt.Errorf("%w: scan of %d components", errBadJPEG, n)
	}
	var sc []scanComp
	for i := range n {
		id, td, ta := int(b[1+2*i]), b[2+2*i]>>4, b[2+2*i]&15
		k := -1
		for j := range d.comps {
			if d.comps[j].id == id {
				k = j
			}
		}
		if k < 0 || td > 3 || ta > 3 {
			return fmt.Errorf("%w: scan component %d", errBadJPEG, id)
		}
		sc = append(sc, scanComp{c: &d.comps[k], dc: &d.dcTab[td], ac: &d.acTab[ta]})
	}
	ss, ah, al := b[1+2*n], b[3+2*n]>>4, uint(b[3+2*n]&15)
	if d.progressive && (ss != 0 || ah != 0) {
		return d.skipData()
	}
	if err := d.blocks(sc, al); err != nil {
		return err
	}
	for _, s := range sc {
		s.c.done = true
	}
	return d.skipData()
}

// blocks decodes the blocks of a scan in their order: MCU by MCU when it
// interleaves components, else the component's blocks row by row.
func (d *dcDecoder) blocks(sc []scanComp, al uint) error {
	for _, s := range sc {
		if !s.dc.ok || !d.progressive && !s.ac.ok {
			return fmt.Errorf("%w: scan uses an undefined Huffman table", errBadJPEG)
		}
	}
	pred := make([]int32, len(sc))
	var units, across int
	if len(sc) == 1 {
		c := sc[0].c
		across = ((d.w*c.h+d.hmax-1)/d.hmax + 7) / 8
		units = across * (((d.h*c.v+d.vmax-1)/d.vmax + 7) / 8)
	} else {
		across, units = d.mcusX, d.mcusX*d.mcusY
	}
	for u := range units {
		if d.restart > 0 && u > 0 && u%d.restart == 0 {
			if err := d.restartMarker(); err != nil {
				return err
			}
			clear(pred)
		}
		ux, uy := u%across, u/across
		if len(sc) == 1 {
			c := sc[0].c
			if err := d.block(&sc[0], &pred[0], uy*c.bw+ux, al); err != nil {
				return err
			}
			continue
		}
		for i := range sc {
			c := sc[i].c
			for j := range c.v {
				for k := range c.h {
					if err := d.block(&sc[i], &pred[i], (uy*c.v+j)*c.bw+ux*c.h+k, al); err != nil {
						return err
					}
				}
			}
		}
	}
	return nil
}

// block decodes one block's DC into the component's plane and, in a
// sequential scan, skips its AC coefficients.
func (d *dcDecoder) block(s *scanComp, pred *int32, at int, al uint) error {
	t, err := d.decodeHuff(s.dc)
	if err != nil {
		return err
	}
	if t > 11 {
		return fmt.Errorf("%w: DC magnitude %d", errBadJPEG, t)
	}
	v, err := d.bits(uint(t))
	if err != nil {
		return err
	}
	*pred += extend(v, uint(t))
	s.c.dc[at] = *pred << al
	if d.progressive {
		return nil
	}
	for k := 1; k < 64; k++ {
		rs, err := d.decodeHuff(s.ac)
		if err != nil {
			return err
		}
		r, size := int(rs>>4), uint(rs&15)
		if size == 0 {
			if r != 15 {
				break // end of block
			}
			k += 15
			continue
		}
		k += r
		if _, err := d.bits(size); err != nil {
			return err
		}
	}
	return nil
}

// restartMarker drops the bits left of an interval and expects RSTn.
func (d *dcDecoder) restartMarker() error {
	d.acc, d.nbits = 0, 0
	if d.marker == 0 {
		if err := d.toMarker(); err != nil {
			return err
		}
	}
	if d.marker < mRST0 || d.marker > mRST7 {
		return fmt.Errorf("%w: missing restart marker", errBadJPEG)
	}
	d.marker, d.zeros = 0, 0
	return nil
}

// skipData passes over the rest of a scan's data to the next marker that
// is not a restart.
func (d *dcDecoder) skipData() error {
	d.acc, d.nbits = 0, 0
	for d.marker == 0 || d.marker >= mRST0 && d.marker <= mRST7 {
		d.marker = 0
		if err := d.toMarker(); err != nil {
			return err
		}
	}
	d.zeros = 0
	return nil
}

// toMarker reads to the next marker (0xFF then neither 0x00 nor 0xFF) and
// leaves it in d.marker.
func (d *dcDecoder) toMarker() error {
	for {
		c, err := d.r.ReadByte()
		if err != nil {
			return truncated(err)
		}
		if c != 0xFF {
			continue
		}
		n, err := d.r.ReadByte()
		for err == nil && n == 0xFF {
			n, err = d.r.ReadByte()
		}
		if err != nil {
			return truncated(err)
		}
		if n != 0 {
			d.marker = n
			return nil
		}
	}
}

// image turns the DC planes into pixels: one per luma block, chroma
// taken from the block that covers it.
func (d *dcDecoder) image() (image.Image, error) {
	if !d.frameSeen || !d.comps[0].done {
		return nil, fmt.Errorf("%w: no image data", errBadJPEG)
	}
	w, h := (d.w+7)/8, (d.h+7)/8
	if len(d.comps) == 1 {
		g := image.NewGray(image.Rect(0, 0, w, h))
		c := &d.comps[0]
		for y := range h {
			for x := range w {
				g.Pix[y*g.Stride+x] = d.level(c, x, y)
			}
		}
		return g, nil
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			a, b, cc := d.level(&d.comps[0], x, y), d.level(&d.comps[1], x, y), d.level(&d.comps[2], x, y)
			if !d.rgb {
				a, b, cc = color.YCbCrToRGB(a, b, cc)
			}
			o := y*img.Stride + 4*x
			img.Pix[o], img.Pix[o+1], img.Pix[o+2], img.Pix[o+3] = a, b, cc, 0xFF
		}
	}
	return img, nil
}

// level is a component's sample at the 1/8-scale pixel (x, y): its
// block's mean, DC × quantiser / 8 around 128. A subsampled component
// (chroma at half or a quarter of the luma's resolution) is interpolated
// between the centres of its blocks, as libjpeg's fancy upsampling does,
// so colour edges do not come out in steps of 2 or 4 pixels.
func (d *dcDecoder) level(c *dcComponent, x, y int) uint8 {
	if c.h == d.hmax && c.v == d.vmax {
		return d.blockLevel(c, x, y)
	}
	// Block centres sit at (b+0.5)·f in 1/8-scale pixels, f = hmax/h;
	// coordinates in 1/(2f) units keep the arithmetic in integers.
	fx, fy := d.hmax/c.h, d.vmax/c.v
	px, py := 2*x+1-fx, 2*y+1-fy // (x+0.5)·2 − f: twice the distance past the first centre, in pixels
	bx0, by0 := floorDiv(px, 2*fx), floorDiv(py, 2*fy)
	wx, wy := px-bx0*2*fx, py-by0*2*fy // 0 … 2f−1
	at := func(bx, by int) int {
		return int(d.blockLevel(c, min(max(bx, 0), c.bw-1), min(max(by, 0), c.bh-1)))
	}
	top := at(bx0, by0)*(2*fx-wx) + at(bx0+1, by0)*wx
	bottom := at(bx0, by0+1)*(2*fx-wx) + at(bx0+1, by0+1)*wx
	v := (top*(2*fy-wy) + bottom*wy + 2*fx*fy) / (4 * fx * fy)
	return uint8(min(max(v, 0), 255))
}

// blockLevel is the level of block (bx, by) of c, clamped to the plane.
func (d *dcDecoder) blockLevel(c *dcComponent, bx, by int) uint8 {
	bx, by = min(bx, c.bw-1), min(by, c.bh-1)
	v := 128 + int(c.dc[by*c.bw+bx])*int(d.quant[c.tq][0])/8
	return uint8(min(max(v, 0), 255))
}

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// tooLarge is a photo past the pixel limit: not decoded.
type tooLarge struct{ w, h, limit int }

func (e *tooLarge) Error() string {
	return fmt.Sprintf("%d×%d is %.0f megapixels, past the %.0f-megapixel limit", e.w, e.h, float64(e.w*e.h)/1e6, float64(e.limit)/1e6)
}

// DefaultMaxPixels is the largest photo the sheet decodes for a preview:
// 100 megapixels is above every camera a desk receives from (medium
// format backs reach 100–150 MP, and send their own previews); a
// 20000×20000 PNG of 1.5 MB is a decompression bomb, not a photo.
const DefaultMaxPixels = 100_000_000
