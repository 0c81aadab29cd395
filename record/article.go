package record

import (
	"encoding/json"

	"github.com/wirecap/wirecap/caption"
)

// Article is the article a photo was checked against: the one read (Path,
// with its language, dates and places), or why there was none — none was
// found up to SearchedUpTo (Path ""), or the one found could not be read
// (Error).
type Article struct {
	Path     string
	Found    bool // an article file was found (read, or not: Error)
	Language string
	Dates    []string        // the days it mentions, YYYY-MM-DD
	Places   []caption.Place // the places it mentions
	// Date is the article's own date (YYYY-MM-DD) where it states one, and
	// DateFrom where it was found ("meta", "front_matter", "label",
	// "dateline").
	Date, DateFrom string
	SearchedUpTo   string // none found: the folder the search went up to
	Error          string // found, and could not be read
}

// Read reports whether the article was read: the photo was checked
// against it.
func (a *Article) Read() bool { return a.Path != "" && a.Error == "" }

// articleRead is the JSON of an article that was read.
type articleRead struct {
	Path     string          `json:"path"`
	Language string          `json:"language"`
	Dates    []string        `json:"dates"`
	Places   []caption.Place `json:"places"`
	Date     string          `json:"date,omitempty"`
	DateFrom string          `json:"date_from,omitempty"`
	Found    bool            `json:"found"`
}

// articleNone is the JSON of no article: none found, or one unreadable.
type articleNone struct {
	Path         *string `json:"path"`
	Found        bool    `json:"found"`
	SearchedUpTo string  `json:"searched_up_to,omitempty"`
	Error        string  `json:"error,omitempty"`
}

// MarshalJSON writes the article read, or why there is none.
func (a Article) MarshalJSON() ([]byte, error) {
	if a.Read() {
		return json.Marshal(articleRead{Path: a.Path, Language: a.Language, Dates: a.Dates, Places: a.Places, Date: a.Date,
			DateFrom: a.DateFrom, Found: a.Found})
	}
	n := articleNone{Found: a.Found, SearchedUpTo: a.SearchedUpTo, Error: a.Error}
	if a.Path != "" {
		n.Path = &a.Path
	}
	return json.Marshal(n)
}

// UnmarshalJSON reads either shape.
func (a *Article) UnmarshalJSON(b []byte) error {
	var j struct {
		articleRead
		Path         *string `json:"path"`
		SearchedUpTo string  `json:"searched_up_to"`
		Error        string  `json:"error"`
	}
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	r := j.articleRead
	*a = Article{Found: r.Found, Language: r.Language, Dates: r.Dates, Places: r.Places, Date: r.Date, DateFrom: r.DateFrom,
		SearchedUpTo: j.SearchedUpTo, Error: j.Error}
	if j.Path != nil {
		a.Path = *j.Path
	}
	return nil
}
