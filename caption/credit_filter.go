package caption

// Most words of a credit (photographers' names) are in none of the credit
// word sets, and most parts name no agency: a filter of the sets' keys
// answers those without a map lookup. A key the filter refuses is in no
// set; one it passes is looked up as before.

// creditWords may hold the keys of the credit word sets that each part
// and each word of a name is looked up in.
var creditWords = filterOf(handoutWords, socialWords, staffWords, orgWords, nameParticles)

// agencyKeys may hold the registry's keys, folded and flat (registry.go's
// init adds them).
var agencyKeys = new(wordFilter)

// filterOf is a filter of the keys of sets.
func filterOf(sets ...map[string]bool) *wordFilter {
	f := new(wordFilter)
	for _, set := range sets {
		for k := range set {
			if k != "" {
				f.add(k)
			}
		}
	}
	return f
}

// inCreditSet reports whether key is in set, one of the sets of
// creditWords.
func inCreditSet(set map[string]bool, key string) bool {
	return creditWords.mayHold(key) && set[key]
}

// mayBeAgencyKey reports whether k may be a key of agencyKey or
// agencyFlat; false is sure. A key too long for the stack is looked up.
func mayBeAgencyKey(k []byte) bool {
	return len(k) > 32 || agencyKeys.mayHold(string(k))
}
