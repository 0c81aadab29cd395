package caption

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestZZShow2(t *testing.T) {
	entries := loadConventionSet(t)
	for _, f := range strings.Fields(os.Getenv("SHOW")) {
		i, _ := strconv.Atoi(f)
		e := entries[i]
		if e.HeldOut {
			fmt.Println("#", i, "held out: not shown")
			continue
		}
		fmt.Printf("#%d agency=%q credit=%v restr=%q\n%s\n\n", i, e.Agency, deref2(e.Labels.Credit), e.Labels.Restrictions, e.Caption)
	}
}

func deref2(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}
