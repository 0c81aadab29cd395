package caption

import "testing"

// TestLastIndexByte pins lastIndexByte against the cases strings'
// LastIndexByte answers: absent, once, several times, at either end.
func TestLastIndexByte(t *testing.T) {
	cases := []struct {
		s    string
		c    byte
		want int
	}{
		{"", '/', -1},
		{"Jane Roe", '/', -1},
		{"REUTERS/Jane Roe", '/', 7},
		{"EPA/JANE ROE/ARCHIVBILD", '/', 12},
		{"/", '/', 0},
		{"Velmora\nREUTERS/Jane Roe\n", '\n', 24},
		{"\nVelmora", '\n', 0},
	}
	for _, c := range cases {
		if got := lastIndexByte(c.s, c.c); got != c.want {
			t.Errorf("lastIndexByte(%q, %q) = %d, want %d", c.s, c.c, got, c.want)
		}
	}
}
