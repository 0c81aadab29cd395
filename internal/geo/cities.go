package geo

import (
	"encoding/binary"
	"strconv"
	"strings"
	"sync/atomic"
)

// cityChunk is how many cities are decoded together: a lookup decodes
// the chunk of the city it returns, where the first lookup used to decode
// all 46,000 cities (their floats and integers) and keep 4 MB of them.
const cityChunk = 32

var (
	cityLines  []byte // the index's city offsets, uint32 each, and the end of the last line
	cityChunks []atomic.Pointer[[cityChunk]City]
)

// initCities takes the index's city offsets.
func initCities(lines []byte) {
	cityLines = lines
	cityChunks = make([]atomic.Pointer[[cityChunk]City], (cityCount()+cityChunk-1)/cityChunk)
}

// cityCount returns the number of cities (tied towns included).
func cityCount() int { return max(len(cityLines)/4-1, 0) }

// cityAt returns city i (0 <= i < cityCount()), decoding its chunk on
// first use. Two goroutines may decode the same chunk; the first to store
// it wins, so that a *City stays the one pointer for its city.
func cityAt(i int) *City {
	if p := cityChunks[uint(i)/cityChunk].Load(); p != nil {
		return &p[uint(i)%cityChunk]
	}
	return decodedCity(i)
}

func decodedCity(i int) *City {
	c := &cityChunks[i/cityChunk]
	p := new([cityChunk]City)
	first := i / cityChunk * cityChunk
	for j := range p {
		if first+j < cityCount() {
			p[j] = decodeCity(cityLine(first + j))
		}
	}
	if !c.CompareAndSwap(nil, p) {
		p = c.Load()
	}
	return &p[i%cityChunk]
}

// cityLine returns the line of city i, less its newline.
func cityLine(i int) string {
	start := binary.LittleEndian.Uint32(cityLines[4*i:])
	end := binary.LittleEndian.Uint32(cityLines[4*i+4:])
	if start >= end || int(end) > len(gazetteerText) {
		return ""
	}
	return gazetteerText[start : end-1]
}

// decodeCity reads a line of section 1: name, country, region, lat, lon,
// population, mark ("c" capital, "t" tied town), GeoNames id.
func decodeCity(line string) City {
	var f [8]string
	n := 0
	for n < 7 {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			break
		}
		f[n], line = line[:i], line[i+1:]
		n++
	}
	f[n] = line
	lat, _ := strconv.ParseFloat(f[3], 64)
	lon, _ := strconv.ParseFloat(f[4], 64)
	pop, _ := strconv.Atoi(f[5])
	id, _ := strconv.Atoi(f[7])
	return City{Name: f[0], ID: id, Country: f[1], Region: f[2], Lat: lat, Lon: lon, Population: pop, Capital: f[6] == "c", Tied: f[6] == "t"}
}
