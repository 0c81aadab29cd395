package report

import (
	"encoding/binary"
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
	lookup [1 << lookBits]uint16 // code prefix → length<<8 | symbol; 0: longer code
	// skip maps the next skipBits bits of an AC table's data to the bits one
	// coefficient takes (code and value) | the positions it advances << 8
	// (run + 1, 16 for ZRL, skipEOB for the end of the block); 0: the slow
	// path (a longer code, or a value that does not fit).
	skip [1 << skipBits]uint16
	// multi is skip for as many whole coefficients as the next skipBits
	// bits hold: their bits | their advance << 4 | multiEOB when they end
	// with the end of the block; 0 when not even one fits.
	multi   [1 << skipBits]uint16
	maxcode [17]int32
	valptr  [17]int32
	mincode [17]int32
	vals    []byte
	ok      bool
}

const (
	lookBits = 9
	skipBits = 12
	skipEOB  = 0x7F // an advance past any block
	multiEOB = 1 << 11
)

type dcDecoder struct {
	r            *byteReader
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
	d := &dcDecoder{r: &byteReader{r: r, buf: make([]byte, 32<<10)}, maxPixels: maxPixels}
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
	if _, err := d.r.readFull(b[:]); err != nil || b[0] != 0xFF || b[1] != m {
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
	b, err := d.r.readByte()
	if err != nil {
		return 0, truncated(err)
	}
	if b != 0xFF {
		return 0, fmt.Errorf("%w: 0x%02X where a marker belongs", errBadJPEG, b)
	}
	for b == 0xFF {
		if b, err = d.r.readByte(); err != nil {
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
	if _, err := d.r.readFull(l[:]); err != nil {
		return nil, truncated(err)
	}
	n := int(l[0])<<8 | int(l[1])
	if n < 2 {
		return nil, fmt.Errorf("%w: segment length %d", errBadJPEG, n)
	}
	b := make([]byte, n-2)
	if _, err := d.r.readFull(b); err != nil {
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
		if tc == 1 {
			t.buildMulti()
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
			t.skipEntry(int(code), l, vals[k])
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

// buildMulti fills the multi table from the skip table: from each index,
// the coefficients decoded one after the other while their codes and
// values lie wholly within the index's bits.
func (t *huffman) buildMulti() {
	for idx := range 1 << skipBits {
		pos, adv := 0, 0
		entry := uint16(0)
		for pos < skipBits {
			e := t.skip[(idx<<pos)&(1<<skipBits-1)]
			bits := int(e & 0xFF)
			if e == 0 || bits > skipBits-pos {
				break
			}
			pos += bits
			if int(e>>8) == skipEOB {
				entry = uint16(pos) | uint16(adv)<<4 | multiEOB
				break
			}
			adv += int(e >> 8)
			entry = uint16(pos) | uint16(adv)<<4
		}
		t.multi[idx] = entry
	}
}

// skipEntry fills the skip table for one code of length l and symbol rs
// (run << 4 | size, T.81 F.1.2.2) when the code and its value bits fit:
// every index that starts with the code gets the entry.
func (t *huffman) skipEntry(code, l int, rs byte) {
	run, size := int(rs>>4), int(rs&15)
	total := l + size
	if total > skipBits {
		return
	}
	adv := run + 1
	switch {
	case size == 0 && run == 15:
		adv = 16
	case size == 0:
		adv = skipEOB
	}
	base := code << (skipBits - l)
	for j := range 1 << (skipBits - l) {
		t.skip[base|j] = uint16(total) | uint16(adv)<<8
	}
}

// maxMadeUp bounds the zero bytes fed after the data ends or a marker
// interrupts it: a cut file decodes as far as it goes, then is an error.
const maxMadeUp = 1 << 10

// fill tops the bit buffer up to at least 57 bits, undoing byte stuffing
// (0xFF 0x00) and stopping at a marker, after which zeros are fed.
func (d *dcDecoder) fill() error {
	// Fast path: bytes already buffered that are not 0xFF (the common case;
	// 0xFF starts stuffing or a marker) go in without a call per byte.
	if d.marker == 0 {
		r := d.r
		for d.nbits <= 56 && r.pos < r.end && r.buf[r.pos] != 0xFF {
			d.acc = d.acc<<8 | uint64(r.buf[r.pos])
			d.nbits += 8
			r.pos++
		}
	}
	for d.nbits <= 56 {
		var b byte = 0
		if d.marker == 0 {
			c, err := d.r.readByte()
			if err != nil {
				return truncated(err)
			}
			if c == 0xFF {
				n, err := d.r.readByte()
				for err == nil && n == 0xFF {
					n, err = d.r.readByte()
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
	return d.skipAC(s.ac)
}

// skipAC passes over a block's AC coefficients: one lookup in the skip
// table per coefficient (the bit buffer held in locals), the Huffman
// decoder for the rare code or value that does not fit.
func (d *dcDecoder) skipAC(t *huffman) error {
	acc, nbits := d.acc, d.nbits
	r := d.r
	for k := 1; k < 64; {
		if nbits < 32 {
			// Eight bytes at once when none of them is 0xFF (stuffing or a
			// marker): a word load and a test instead of a call per byte.
			if d.marker == 0 && r.end-r.pos >= 8 {
				if v := binary.BigEndian.Uint64(r.buf[r.pos:]); (^v-0x0101010101010101)&v&0x8080808080808080 == 0 {
					n := (63 - nbits) / 8
					acc = acc<<(8*n) | v>>(64-8*n)
					nbits += 8 * n
					r.pos += int(n)
				}
			}
			if nbits < 32 {
				d.acc, d.nbits = acc, nbits
				if err := d.fill(); err != nil {
					return err
				}
				acc, nbits = d.acc, d.nbits
			}
		}
		idx := (acc >> (nbits - skipBits)) & (1<<skipBits - 1)
		// The coefficients must end within the block; an end-of-block code
		// after the 63rd would be the next block's DC code read wrongly.
		if e := t.multi[idx]; e != 0 && k+int(e>>4&0x7F)+int(e>>11&1) <= 64 {
			nbits -= uint(e & 0xF)
			if e&multiEOB != 0 {
				break
			}
			k += int(e >> 4 & 0x7F)
			continue
		}
		if e := t.skip[idx]; e != 0 {
			nbits -= uint(e & 0xFF)
			adv := int(e >> 8)
			if adv == skipEOB {
				break
			}
			k += adv
			continue
		}
		d.acc, d.nbits = acc, nbits
		rs, err := d.decodeHuff(t)
		if err != nil {
			return err
		}
		r, size := int(rs>>4), uint(rs&15)
		switch {
		case size == 0 && r != 15:
			return nil // end of block
		case size == 0:
			k += 16
		default:
			if _, err := d.bits(size); err != nil {
				return err
			}
			k += r + 1
		}
		acc, nbits = d.acc, d.nbits
	}
	d.acc, d.nbits = acc, nbits
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
		c, err := d.r.readByte()
		if err != nil {
			return truncated(err)
		}
		if c != 0xFF {
			continue
		}
		n, err := d.r.readByte()
		for err == nil && n == 0xFF {
			n, err = d.r.readByte()
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

// image turns the DC planes into pixels: one per luma block, each other
// component at the luma's resolution (see plane).
func (d *dcDecoder) image() (image.Image, error) {
	if !d.frameSeen || !d.comps[0].done {
		return nil, fmt.Errorf("%w: no image data", errBadJPEG)
	}
	w, h := (d.w+7)/8, (d.h+7)/8
	if len(d.comps) == 1 {
		return &image.Gray{Pix: d.plane(&d.comps[0], w, h), Stride: w, Rect: image.Rect(0, 0, w, h)}, nil
	}
	p0, p1, p2 := d.plane(&d.comps[0], w, h), d.plane(&d.comps[1], w, h), d.plane(&d.comps[2], w, h)
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for i := range w * h {
		a, b, c := p0[i], p1[i], p2[i]
		if !d.rgb {
			a, b, c = color.YCbCrToRGB(a, b, c)
		}
		img.Pix[4*i], img.Pix[4*i+1], img.Pix[4*i+2], img.Pix[4*i+3] = a, b, c, 0xFF
	}
	return img, nil
}

// plane is component c as w×h levels (DC × quantiser / 8 around 128, a
// block's mean). A subsampled component (chroma at half or a quarter of
// the luma's resolution) is interpolated between the centres of its
// blocks, as libjpeg's fancy upsampling does, so that colour edges do not
// come out in steps of 2 or 4 pixels.
func (d *dcDecoder) plane(c *dcComponent, w, h int) []uint8 {
	q := int(d.quant[c.tq][0])
	levels := make([]uint8, c.bw*c.bh)
	for i, v := range c.dc {
		levels[i] = uint8(min(max(128+int(v)*q/8, 0), 255))
	}
	fx, fy := d.hmax/c.h, d.vmax/c.v
	if fx == 1 && fy == 1 {
		out := make([]uint8, w*h)
		for y := range h {
			copy(out[y*w:(y+1)*w], levels[y*c.bw:y*c.bw+w])
		}
		return out
	}
	// In units of 1/(2f) pixel, the centre of pixel x is 2x+1 and that of
	// block b is (2b+1)·f: interpolate between the blocks on either side.
	type tap struct{ b0, b1, w1 int }
	taps := func(n, f, blocks int) []tap {
		t := make([]tap, n)
		for x := range n {
			p := 2*x + 1 - f
			b0 := p / (2 * f)
			if p < 0 {
				b0 = -1
			}
			w1 := p - b0*2*f
			t[x] = tap{min(max(b0, 0), blocks-1), min(max(b0+1, 0), blocks-1), w1}
		}
		return t
	}
	tx, ty := taps(w, fx, c.bw), taps(h, fy, c.bh)
	out := make([]uint8, w*h)
	den := 4 * fx * fy
	for y, vy := range ty {
		r0, r1 := levels[vy.b0*c.bw:], levels[vy.b1*c.bw:]
		for x, vx := range tx {
			top := int(r0[vx.b0])*(2*fx-vx.w1) + int(r0[vx.b1])*vx.w1
			bottom := int(r1[vx.b0])*(2*fx-vx.w1) + int(r1[vx.b1])*vx.w1
			out[y*w+x] = uint8((top*(2*fy-vy.w1) + bottom*vy.w1 + den/2) / den)
		}
	}
	return out
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

// byteReader is a buffered reader the bit reader can read from directly.
type byteReader struct {
	r        io.Reader
	buf      []byte
	pos, end int
	err      error
}

func (b *byteReader) more() bool {
	if b.err != nil {
		return false
	}
	n, err := b.r.Read(b.buf)
	b.pos, b.end = 0, n
	if n == 0 {
		if err == nil {
			err = io.ErrNoProgress
		}
		b.err = err
		return false
	}
	return true
}

func (b *byteReader) readByte() (byte, error) {
	if b.pos == b.end && !b.more() {
		return 0, b.err
	}
	c := b.buf[b.pos]
	b.pos++
	return c, nil
}

// readFull fills p, or fails with io.ErrUnexpectedEOF (io.EOF when
// nothing was read).
func (b *byteReader) readFull(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if b.pos == b.end && !b.more() {
			if n > 0 && errors.Is(b.err, io.EOF) {
				return n, io.ErrUnexpectedEOF
			}
			return n, b.err
		}
		c := copy(p[n:], b.buf[b.pos:b.end])
		b.pos += c
		n += c
	}
	return n, nil
}
