package caption

import "strings"

// IPTC IIM 4.2 caps datasets 2:80 By-line, 2:110 Credit and 2:115 Source
// at 32 octets: a longer credit written there is cut, often inside its
// last word ("Jane Roe/NurPhoto via Getty Imag"). The reading side keeps
// the longer XMP value when there is one (reconcile's credit.truncated);
// a value that fills the dataset alone is read here with its cut tail
// completed or dropped.

// iimLimit is the length of a full IIM credit dataset, in bytes.
const iimLimit = 32

// minCutLetters is the shortest cut tail read as a registry name.
const minCutLetters = 3

// iimCut completes a value that fills an IIM dataset: its last chain part
// cut inside a registry name is that name ("…/Shutter" -> Shutterstock,
// "… via Getty Imag" -> Getty Images); a cut "via" and a distributor cut
// too short to name one are dropped ("… Scanpix vi", "… Times via ",
// "… via Ge"). Any
// other value is returned as it is.
func iimCut(s string) string {
	if len(s) != iimLimit {
		return s
	}
	t := strings.TrimRight(s, " ")
	if i := strings.LastIndexByte(t, ' '); i > 0 && len(t)-i-1 <= len("via") && strings.HasPrefix("via", strings.ToLower(t[i+1:])) {
		return strings.TrimRight(t[:i], " ") // "… vi", "… via ": a cut "via"
	}
	j, viaAt := lastPartStart(s)
	last := s[j:]
	if j == 0 || t != s || lookupAgency(last) != nil {
		return s // the last word is whole
	}
	if a := prefixAgency(last); a != nil && startsName(a, last) {
		return s[:j] + a.Name
	}
	if viaAt >= 0 {
		return strings.TrimRight(s[:viaAt], " ")
	}
	return s
}

// lastPartStart is where the last part of a chain starts: after its last
// slash or its last chain word "via" (viaLen: any spelling chain_via
// holds, "vía" too), and where that word starts, -1 when the part follows
// a slash.
func lastPartStart(s string) (start, viaAt int) {
	j := strings.LastIndexByte(s, '/') + 1
	for i := len(s) - 1; i > j; i-- {
		if s[i-1] == ' ' {
			if n := viaLen(s[i:]); n > 0 {
				return i + n + 1, i
			}
		}
	}
	return j, -1
}

// startsName: the cut tail, folded with its spaces, starts one of a's
// names or aliases as written ("Getty Im" starts "Getty Images"; "Ge t",
// whose letters run together would, does not).
func startsName(a *Agency, tail string) bool {
	k := string(foldKey(nil, tail))
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if strings.HasPrefix(string(foldKey(nil, n)), k) {
			return true
		}
	}
	return false
}

// prefixAgency returns the one registry organisation of which t, folded
// and run together, starts a name or an alias (three letters at least),
// or nil when none or several do.
func prefixAgency(t string) *Agency {
	var buf [96]byte
	k := foldKey(buf[:0], t)
	if len(k) > 64 {
		return nil
	}
	f := strings.ReplaceAll(string(k), " ", "")
	if letterCount(f) < minCutLetters {
		return nil
	}
	var found *Agency
	for key, a := range agencyFlat {
		if strings.HasPrefix(key, f) {
			if found != nil && found != a {
				return nil
			}
			found = a
		}
	}
	return found
}
