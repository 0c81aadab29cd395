package geo

import (
	"bytes"

	"github.com/wirecap/wirecap/internal/geo/internal/fold"
)

// Key is a name folded as every lookup folds it (AppendKey), with its
// filterHash: a caller that asks several tables about one name (country,
// city, region, demonym) folds and hashes it once, where each ...Key
// function hashed it again for its filter.
type Key struct {
	b []byte
	h uint64
}

// MakeKey folds name into buf (a caller's array, so that a short name
// costs no allocation) and hashes it.
func MakeKey(buf []byte, name string) Key {
	b := fold.Append(buf[:0], name)
	return Key{b: b, h: filterHash(b)}
}

// Bytes returns the folded name.
func (k Key) Bytes() []byte { return k.b }

// CountryOf is CountryKey for a made key.
func CountryOf(k Key) (code string, ok bool) {
	if bytes.HasPrefix(k.b, []byte("the ")) {
		return CountryKey(k.b) // hashed without its article
	}
	once.Do(load)
	if !countryKeys.mayHoldHash(k.h) {
		return "", false
	}
	code, ok = countryIdx[string(k.b)]
	return code, ok
}

// DemonymOf is DemonymKey for a made key.
func DemonymOf(k Key) (string, bool) {
	once.Do(load)
	if !countryKeys.mayHoldHash(k.h) {
		return "", false
	}
	c, ok := demonymIdx[string(k.b)]
	return c, ok
}

// CityOf is LookupCityKey for a made key; word reports the name is also
// an ordinary word (IsWord), from the same line of the gazetteer.
func CityOf(k Key) (c *City, word, ok bool) {
	flag, ids, ok := lookupFoldedHash(k.b, k.h)
	if !ok {
		return nil, false, false
	}
	c, ok = cityOfIDs(ids)
	return c, flag == "w", ok
}

// RegionLevelOf is RegionLevelKey for a made key.
func RegionLevelOf(k Key) (country string, level int, ok bool) {
	gazOnce.Do(loadGazetteer)
	if r, ok := regionOfHash(k.b, k.h); ok {
		return r.country, r.level, r.country != ambiguous
	}
	return regionBySuffix(k.b)
}
