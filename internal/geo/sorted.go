package geo

import "strings"

// sortedLines returns the lines of text whose first tab-separated field
// is key: text is a generated table of "key\t…" lines in byte order (a
// "#" comment line first), searched in place, without an index or an
// allocation, so that a table read by a few captions costs nothing to
// load. A key's lines are consecutive.
func sortedLines(text, key string) []string {
	if key == "" {
		return nil
	}
	lo, hi := 0, len(text) // the first line at or after lo whose key is >= key lies in [lo, hi]
	for lo < hi {
		mid := lineStart(text, lo+(hi-lo)/2)
		if mid <= lo {
			// The line at lo: step past it if its key is smaller.
			end := lineEnd(text, lo)
			if lineKey(text[lo:end]) >= key {
				hi = lo
			} else {
				lo = end
			}
			continue
		}
		if lineKey(text[mid:lineEnd(text, mid)]) >= key {
			hi = mid
		} else {
			lo = mid
		}
	}
	var out []string
	for at := lo; at < len(text); {
		end := lineEnd(text, at)
		line := text[at:end]
		if lineKey(line) != key {
			break
		}
		out = append(out, strings.TrimSuffix(line, "\n"))
		at = end
	}
	return out
}

// lineStart returns the start of the line holding byte i.
func lineStart(text string, i int) int { return strings.LastIndexByte(text[:i], '\n') + 1 }

// lineEnd returns the start of the line after the one starting at i.
func lineEnd(text string, i int) int {
	if j := strings.IndexByte(text[i:], '\n'); j >= 0 {
		return i + j + 1
	}
	return len(text)
}

// lineKey returns a line's first field; a comment line sorts first.
func lineKey(line string) string {
	if strings.HasPrefix(line, "#") {
		return ""
	}
	k, _, _ := strings.Cut(line, "\t")
	return k
}
