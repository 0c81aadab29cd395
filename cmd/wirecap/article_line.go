package main

import "github.com/wirecap/wirecap/internal/article"

// articleLine is the text output's "Article:" line: the article the photo
// was checked against, or that none was found and how far up the search
// went; "" when the record has no article entry (inspect).
func articleLine(a any) string {
	switch x := a.(type) {
	case *article.Article:
		if x.Date != "" {
			return x.Path + " (dated " + x.Date + ")"
		}
		return x.Path
	case *article.Record:
		switch {
		case x.Error != "":
			return "could not be read: " + x.Error
		case x.SearchedUpTo != "":
			return "none found (searched up to " + x.SearchedUpTo + ")"
		}
		return "none found"
	}
	return ""
}
