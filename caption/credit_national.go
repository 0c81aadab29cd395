package caption

// National agencies sign a staff picture with their name before the
// label: PTI's "PTI Photo by Name", the Associated Press of Pakistan's
// "APP photo by Name", the Philippine News Agency's "(PNA photo by
// Name)". The label's credit keeps the agency the words before it name,
// or the agency is lost with them.

// maxAgencyWords bounds the words read back before a label.
const maxAgencyWords = 4

// agencyBeforeLabel returns where a registry agency's name starts that
// stands just before a credit label at i, alone after an opening bracket,
// a line start or a sentence's end, or i when there is none.
func agencyBeforeLabel(s string, i int) int {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	end := j
	start := i
	for n := 0; n < maxAgencyWords && j > 0; n++ {
		k := j
		for k > 0 && s[k-1] != ' ' && s[k-1] != '(' && s[k-1] != '[' && s[k-1] != '\n' {
			k--
		}
		if k == j {
			break
		}
		if opensCredit(s, k) && AgencyName(s[k:end]) != "" {
			start = k
		}
		j = k
		for j > 0 && s[j-1] == ' ' {
			j--
		}
		if j < k-1 || j == 0 || s[j-1] == '(' || s[j-1] == '[' || s[j-1] == '\n' {
			break
		}
	}
	return start
}

// opensCredit: k starts the caption, a line or a bracket, or follows a
// sentence's full stop.
func opensCredit(s string, k int) bool {
	j := k
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == 0 {
		return true
	}
	switch s[j-1] {
	case '(', '[', '\n':
		return true
	case '.':
		return j < k
	}
	return false
}

// nationalSigns: a national news agency, whose staff credit reads
// "<agency> photo by <Name>" (PTI, APP, PNA) like the official sources'
// "<source> photo by <Name>" that officialPhotoBy splits.
func nationalSigns(a *Agency) bool { return a.Kind == "national" }

// yearGroupBefore returns where a bracketed year that ends at byte end
// opens, after a credit ("--fotoBERNAMA (2026) COPYRIGHT RESERVED": the
// year of Bernama's copyright), or -1.
func yearGroupBefore(s string, end int) int {
	const n = len("(2026)")
	if end < n+1 || s[end-1] != ')' || s[end-n] != '(' || !allDigits(s[end-n+1:end-1]) || s[end-n-1] != ' ' {
		return -1
	}
	return end - n
}

// wireDashes returns the length of the two hyphens glued before a credit
// that closes a text-wire story (Bernama's "… today. --BERNAMA",
// "--fotoBERNAMA"), or 0.
func wireDashes(t string) int {
	if len(t) > 2 && t[0] == '-' && t[1] == '-' && isWordByte(t[2]) {
		return 2
	}
	return 0
}
