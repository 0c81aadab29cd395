package geo

import (
	_ "embed"
	"encoding/binary"
	"math"
	"sync"
)

// bordersBin is written by ./internal/gen from country-coder's borders (land
// and territorial waters, generalised): per area a two-byte ISO code ("--"
// where the desk states no country), the number of rings, then per ring its
// point count and zigzag varint deltas of lon, lat in 1e-5 degrees.
//
//go:embed borders.bin
var bordersBin []byte

type area struct {
	code                   string // "" where sovereignty is disputed
	minX, minY, maxX, maxY int32
	rings                  [][]int32 // x0, y0, x1, y1, …
}

var (
	bordersOnce sync.Once
	areas       []area
)

func loadBorders() {
	b := bordersBin
	uv := func() int {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			panic("geo: embedded borders are corrupt")
		}
		b = b[n:]
		return int(v)
	}
	sv := func() int32 {
		v, n := binary.Varint(b)
		if n <= 0 {
			panic("geo: embedded borders are corrupt")
		}
		b = b[n:]
		return int32(v)
	}
	for len(b) >= 2 {
		a := area{code: string(b[:2]), minX: math.MaxInt32, minY: math.MaxInt32, maxX: math.MinInt32, maxY: math.MinInt32}
		if a.code == "--" {
			a.code = ""
		}
		b = b[2:]
		a.rings = make([][]int32, uv())
		for r := range a.rings {
			n := uv()
			ring := make([]int32, 0, 2*n)
			var x, y int32
			for range n {
				x += sv()
				y += sv()
				ring = append(ring, x, y)
				a.minX, a.maxX = min(a.minX, x), max(a.maxX, x)
				a.minY, a.maxY = min(a.minY, y), max(a.maxY, y)
			}
			a.rings[r] = ring
		}
		areas = append(areas, a)
	}
}

func (a *area) boxArea() int64 { return int64(a.maxX-a.minX) * int64(a.maxY-a.minY) }

// contains is the even-odd rule over all rings, so holes count.
func (a *area) contains(x, y int32) bool {
	if x < a.minX || x > a.maxX || y < a.minY || y > a.maxY {
		return false
	}
	in := false
	for _, r := range a.rings {
		n := len(r) / 2
		for i, j := 0, n-1; i < n; j, i = i, i+1 {
			xi, yi, xj, yj := int64(r[2*i]), int64(r[2*i+1]), int64(r[2*j]), int64(r[2*j+1])
			if (yi > int64(y)) != (yj > int64(y)) && (int64(x)-xi)*(yj-yi) < (xj-xi)*(int64(y)-yi) == (yj-yi > 0) {
				in = !in
			}
		}
	}
	return in
}

// distanceKm is the distance from (lat, lon) to the area's border, 0 inside.
// Good to a few per cent at the distances it is used for (tens to hundreds
// of km): it works in an equirectangular projection centred on the point.
func (a *area) distanceKm(lat, lon float64) float64 {
	x0, y0 := int32(math.Round(lon*1e5)), int32(math.Round(lat*1e5))
	if a.contains(x0, y0) {
		return 0
	}
	kx := math.Cos(lat*math.Pi/180) * 111.32e-5
	const ky = 110.57e-5
	best := math.MaxFloat64
	for _, r := range a.rings {
		n := len(r) / 2
		for i, j := 0, n-1; i < n; j, i = i, i+1 {
			ax, ay := wrapDX(r[2*j]-x0)*kx, float64(r[2*j+1]-y0)*ky
			bx, by := wrapDX(r[2*i]-x0)*kx, float64(r[2*i+1]-y0)*ky
			best = min(best, segmentDist(ax, ay, bx, by))
		}
	}
	return best
}

// wrapDX is a longitude difference in 1e-5 degrees, across the date line
// the short way.
func wrapDX(d int32) float64 {
	f := float64(d)
	if f > 180e5 {
		f -= 360e5
	} else if f < -180e5 {
		f += 360e5
	}
	return f
}

// segmentDist is the distance from the origin to the segment a–b.
func segmentDist(ax, ay, bx, by float64) float64 {
	dx, dy := bx-ax, by-ay
	t := 0.0
	if l := dx*dx + dy*dy; l > 0 {
		t = math.Max(0, math.Min(1, -(ax*dx+ay*dy)/l))
	}
	return math.Hypot(ax+t*dx, ay+t*dy)
}

// seaKm is how far off a coast CountryAt still answers: the borders follow
// territorial waters only roughly.
const seaKm = 25

// CountryAt gives the country whose borders hold a GPS position, with the
// distance to them: 0 inside, else up to seaKm offshore (nearest coast). ok
// is false in international waters, in Antarctica and in areas whose
// sovereignty is disputed (the borders come from country-coder, which codes
// each point to the country in control; see README.md). Over water the
// source's areas are coarse: a position well offshore may still answer.
func CountryAt(lat, lon float64) (code string, km float64, ok bool) {
	bordersOnce.Do(loadBorders)
	if math.IsNaN(lat) || math.IsNaN(lon) || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		return "", 0, false
	}
	x, y := int32(math.Round(lon*1e5)), int32(math.Round(lat*1e5))
	// Areas nest (Monaco in the outline of France, Crimea in Ukraine's):
	// the smallest that holds the point answers.
	var in *area
	for i := range areas {
		if a := &areas[i]; a.contains(x, y) && (in == nil || a.boxArea() < in.boxArea()) {
			in = a
		}
	}
	if in != nil {
		return in.code, 0, in.code != ""
	}
	best, bestKm := "", math.MaxFloat64
	for i := range areas {
		a := &areas[i]
		if a.code == "" {
			continue
		}
		// Cheap rejection: the box, grown by seaKm, must hold the point.
		m := int32(seaKm / 111.32 * 1e5 / math.Max(0.05, math.Cos(lat*math.Pi/180)))
		if x < a.minX-m || x > a.maxX+m || y < a.minY-m || y > a.maxY+m {
			continue
		}
		if d := a.distanceKm(lat, lon); d < bestKm {
			best, bestKm = a.code, d
		}
	}
	return best, bestKm, best != "" && bestKm <= seaKm
}

// NearCountry reports whether the borders of country lie within km of the
// position (or hold it): near a border, a photo captioned in one country
// may carry a position a little across it.
func NearCountry(lat, lon float64, country string, km float64) bool {
	bordersOnce.Do(loadBorders)
	for i := range areas {
		if a := &areas[i]; a.code == country && a.distanceKm(lat, lon) <= km {
			return true
		}
	}
	return false
}
