package main

import "github.com/wirecap/wirecap/record"

// articleLine is the text output's "Article:" line: the article the photo
// was checked against, or that none was found and how far up the search
// went; "" when the record has no article entry (inspect).
func articleLine(a *record.Article) string {
	switch {
	case a == nil:
		return ""
	case a.Read():
		if a.Date != "" {
			return a.Path + " (dated " + a.Date + ")"
		}
		return a.Path
	case a.Error != "":
		return "could not be read: " + a.Error
	case a.SearchedUpTo != "":
		return "none found (searched up to " + a.SearchedUpTo + ")"
	}
	return "none found"
}
