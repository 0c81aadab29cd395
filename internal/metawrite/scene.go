package metawrite

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/jpeg"
	"math"

	"github.com/disintegration/imaging"
)

// Scene describes a procedurally painted landscape: a sky, hills, ground,
// boxes (buildings, boats, planes), stripes (a pitch, tea terraces) and a
// plume (smoke or flames). Fixtures use it so that demo photos look like
// photos at a desk's size without shipping anyone's pictures.
type Scene struct {
	Seed           uint32
	SkyTop, SkyLow color.RGBA
	Horizon        float64 // fraction of the height where the sky ends
	Sun            *Disc
	Hills          []Ridge
	GroundNear     color.RGBA
	GroundFar      color.RGBA
	Stripes        *Stripes
	Boxes          []Box
	Plumes         []Plume
	Grain          int // ± per-pixel noise; 0 for lossless formats, which it would bloat
	Orientation    int // EXIF orientation the stored pixels are written for (1, 3, 6, 8)
	Width, Height  int // as displayed
}

// Disc is a sun, a moon or a glow; X, Y, R are fractions of the width/height.
type Disc struct {
	X, Y, R float64
	Colour  color.RGBA
}

// Ridge is a line of hills at Base (fraction of height) with amplitude Amp.
type Ridge struct {
	Base, Amp, Freq float64
	Colour          color.RGBA
}

// Stripes alternate two colours below Top (fraction of height), bending
// with Curve (terraces) or straight (a pitch).
type Stripes struct {
	Top, Count, Curve float64
	A, B              color.RGBA
}

// Box is a rectangle in fractions of the frame; Windows draws a lit grid.
type Box struct {
	X0, Y0, X1, Y1 float64
	Colour         color.RGBA
	Windows        bool
	Round          bool // an ellipse: a fuselage, a hull
}

// Plume is smoke (or flames) rising from X at Base, Width wide.
type Plume struct {
	X, Base, Width float64
	Colour         color.RGBA
	Top            float64 // fraction of the height it rises to
}

func hash(x, y int32, seed uint32) float64 {
	h := uint32(x)*374761393 + uint32(y)*668265263 + seed*2246822519
	h = (h ^ h>>13) * 1274126177
	return float64(h^h>>16) / float64(math.MaxUint32)
}

// noise is smooth value noise in [0,1].
func noise(x, y float64, seed uint32) float64 {
	x0, y0 := math.Floor(x), math.Floor(y)
	fx, fy := x-x0, y-y0
	fx, fy = fx*fx*(3-2*fx), fy*fy*(3-2*fy)
	ix, iy := int32(x0), int32(y0)
	a := hash(ix, iy, seed) + (hash(ix+1, iy, seed)-hash(ix, iy, seed))*fx
	b := hash(ix, iy+1, seed) + (hash(ix+1, iy+1, seed)-hash(ix, iy+1, seed))*fx
	return a + (b-a)*fy
}

func fbm(x, y float64, seed uint32) float64 {
	v, amp, sum := 0.0, 1.0, 0.0
	for o := 0; o < 4; o++ {
		v += amp * noise(x, y, seed+uint32(o)*101)
		sum += amp
		x, y, amp = x*2.03, y*2.03, amp/2
	}
	return v / sum
}

func mix(a, b color.RGBA, t float64) color.RGBA {
	t = math.Max(0, math.Min(1, t))
	l := func(p, q uint8) uint8 { return uint8(float64(p) + (float64(q)-float64(p))*t + 0.5) }
	return color.RGBA{l(a.R, b.R), l(a.G, b.G), l(a.B, b.B), 255}
}

// Paint renders the scene as displayed, then turns it into the stored
// orientation so that a reader applying Orientation shows it upright. The
// smooth layers are painted at half size and scaled up (a camera's optics
// are not sharper than that), the grain at full size.
func (s Scene) Paint() *image.RGBA {
	half := s
	half.Width, half.Height = (s.Width+1)/2, (s.Height+1)/2
	small := image.NewRGBA(image.Rect(0, 0, half.Width, half.Height))
	fw, fh := float64(half.Width), float64(half.Height)
	sc := 6 / fw // noise features about a sixth of the width
	for y := 0; y < half.Height; y++ {
		fy := float64(y) / fh
		for x := 0; x < half.Width; x++ {
			small.SetRGBA(x, y, half.pixel(float64(x)/fw, fy, float64(x)*sc, float64(y)*sc))
		}
	}
	half.paintBoxes(small)
	img := image.NewRGBA(image.Rect(0, 0, s.Width, s.Height))
	draw.Draw(img, img.Bounds(), imaging.Resize(small, s.Width, s.Height, imaging.Linear), image.Point{}, draw.Src)
	if s.Grain > 0 {
		for i := 0; i < len(img.Pix); i += 4 {
			n := int(hash(int32(i), int32(i>>12), s.Seed^0x9e37)*float64(2*s.Grain+1)) - s.Grain
			for c := 0; c < 3; c++ {
				img.Pix[i+c] = uint8(max(0, min(255, int(img.Pix[i+c])+n)))
			}
		}
	}
	return stored(img, s.Orientation)
}

func (s Scene) pixel(fx, fy, nx, ny float64) color.RGBA {
	var c color.RGBA
	if fy < s.Horizon {
		c = mix(s.SkyTop, s.SkyLow, fy/s.Horizon)
		if s.Sun != nil {
			d := math.Hypot(fx-s.Sun.X, (fy-s.Sun.Y)*float64(s.Height)/float64(s.Width)) / s.Sun.R
			c = mix(c, s.Sun.Colour, math.Max(0, 1.2-d)*1.5)
		}
		cloud := fbm(nx*0.7, ny*2.2, s.Seed+7)
		c = mix(c, color.RGBA{245, 245, 248, 255}, (cloud-0.55)*3)
	} else {
		t := (fy - s.Horizon) / (1 - s.Horizon)
		c = mix(s.GroundFar, s.GroundNear, t)
		tex := fbm(nx*1.5, ny*4, s.Seed+3)
		c = mix(c, color.RGBA{0, 0, 0, 255}, (tex-0.5)*0.35)
		if st := s.Stripes; st != nil && fy > st.Top {
			u := (fy - st.Top) / (1 - st.Top)
			band := (u*u*st.Count + st.Curve*math.Sin(fx*7+u*3)) // perspective: bands widen towards the viewer
			if int(math.Floor(band))%2 == 0 {
				c = mix(c, st.A, 0.75)
			} else {
				c = mix(c, st.B, 0.75)
			}
		}
	}
	// Hills are drawn back to front, each hiding what lies behind it.
	for i, r := range s.Hills {
		ridge := r.Base - r.Amp*fbm(fx*r.Freq, float64(i)*9.1, s.Seed+uint32(i)*17)
		if fy > ridge && fy < s.Horizon {
			depth := math.Min(1, (fy-ridge)*4)
			c = mix(r.Colour, color.RGBA{20, 30, 25, 255}, depth*0.25+0.15*(fbm(nx*3, ny*3, s.Seed+uint32(i))-0.5))
		}
	}
	for _, p := range s.Plumes {
		if fy > p.Base || fy < p.Top {
			continue
		}
		rise := (p.Base - fy) / (p.Base - p.Top)
		cx := p.X + 0.08*rise*math.Sin(rise*4+float64(s.Seed%7))
		width := p.Width * (0.4 + 1.6*rise)
		d := math.Abs(fx-cx) / width
		dens := (1 - d) * (0.6 + 0.8*fbm(nx*2, ny*2-rise*3, s.Seed+31))
		c = mix(c, p.Colour, dens*(1-rise*0.6))
	}
	return c
}

func (s Scene) paintBoxes(img *image.RGBA) {
	w, h := float64(s.Width), float64(s.Height)
	for bi, b := range s.Boxes {
		x0, y0, x1, y1 := int(b.X0*w), int(b.Y0*h), int(b.X1*w), int(b.Y1*h)
		cx, cy, rx, ry := float64(x0+x1)/2, float64(y0+y1)/2, float64(x1-x0)/2, float64(y1-y0)/2
		for y := max(0, y0); y < min(s.Height, y1); y++ {
			for x := max(0, x0); x < min(s.Width, x1); x++ {
				if b.Round && math.Pow((float64(x)-cx)/rx, 2)+math.Pow((float64(y)-cy)/ry, 2) > 1 {
					continue
				}
				c := mix(b.Colour, color.RGBA{0, 0, 0, 255}, float64(y-y0)/float64(y1-y0)*0.3)
				if b.Windows {
					wx, wy := (x-x0)%14, (y-y0)%17
					if wx > 3 && wx < 10 && wy > 4 && wy < 12 && y-y0 > 6 {
						lit := hash(int32((x-x0)/14), int32((y-y0)/17), s.Seed+uint32(bi)) > 0.45
						c = mix(c, color.RGBA{255, 214, 140, 255}, map[bool]float64{true: 0.85, false: 0.25}[lit])
					}
				}
				img.SetRGBA(x, y, c)
			}
		}
	}
}

// stored turns a displayed image into the pixels a camera writes for the
// EXIF orientation (6: the display is the stored image turned 90° clockwise).
func stored(img *image.RGBA, orientation int) *image.RGBA {
	b := img.Bounds()
	w, h := b.Dx(), b.Dy()
	turn := map[int]func(x, y int) (int, int, int, int){
		3: func(x, y int) (int, int, int, int) { return w - 1 - x, h - 1 - y, w, h },
		6: func(x, y int) (int, int, int, int) { return y, w - 1 - x, h, w },
		8: func(x, y int) (int, int, int, int) { return h - 1 - y, x, h, w },
	}[orientation]
	if turn == nil {
		return img
	}
	_, _, ow, oh := turn(0, 0)
	out := image.NewRGBA(image.Rect(0, 0, ow, oh))
	for y := 0; y < h; y++ {
		for x := 0; x < w; x++ {
			sx, sy, _, _ := turn(x, y)
			out.SetRGBA(sx, sy, img.RGBAAt(x, y))
		}
	}
	return out
}

// Thumbnail returns a JPEG of img scaled so that its longest side is long,
// as cameras and agency systems embed in EXIF IFD1.
func Thumbnail(img image.Image, long int) []byte {
	var buf bytes.Buffer
	jpeg.Encode(&buf, imaging.Fit(img, long, long, imaging.Box), &jpeg.Options{Quality: 80})
	return buf.Bytes()
}
