package reconcile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wirecap/wirecap/imagemeta"
)

// TestCreditPrintGoldens: one golden per agency template
// (testdata/credit_print/*.golden, written by hand): each line holds an
// IPTC Credit, or a By-line after "byline:", and the credit_print it must
// give.
func TestCreditPrintGoldens(t *testing.T) {
	files, _ := filepath.Glob("testdata/credit_print/*.golden")
	if len(files) < 6 {
		t.Fatalf("%d credit_print goldens, want one per documented agency template and the default", len(files))
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for line := range strings.SplitSeq(string(b), "\n") {
			if line == "" || line[0] == '#' {
				continue
			}
			in, want, ok := strings.Cut(line, "\t")
			if !ok {
				t.Fatalf("%s: no tab in %q", file, line)
			}
			fs := fields("credit", in)
			if v, ok := strings.CutPrefix(in, "byline:"); ok {
				fs = fields("byline", []any{v})
			}
			s := Reconcile(&imagemeta.Metadata{}, fs.Typed(), nil, time.Time{}).Summary
			if got := orNil(s.CreditPrint); got != want {
				t.Errorf("%s: %q prints %q, want %q", filepath.Base(file), in, got, want)
			}
			n++
		}
		if n == 0 {
			t.Errorf("%s holds no case", file)
		}
	}
}

// TestCreditPrintPolicy: a desk's template overrides the registry's, its
// agency named in any case, "*" for every other agency.
func TestCreditPrintPolicy(t *testing.T) {
	o := Options{CreditTemplates: map[string]string{"ap": "{photographers}/{intermediary}/AP Photo", "Streamco": "© {agency}",
		"*": "{photographers} ({agency})"}}
	for _, tc := range []struct{ credit, want string }{
		{"Jo Park/Lehtikuva/AP", "Jo Park/Lehtikuva/AP Photo"},
		{"Jo Park/AP", "Jo Park/AP Photo"},
		{"Streamco", "© Streamco"},
		{"REUTERS/Lena Varga", "Lena Varga (Reuters)"},
	} {
		s := ReconcileOpts(&imagemeta.Metadata{}, fields("credit", tc.credit).Typed(), nil, nil, time.Time{}, o).Summary
		if got := orNil(s.CreditPrint); got != tc.want {
			t.Errorf("%q prints %q, want %q", tc.credit, got, tc.want)
		}
	}
}

func TestRenderCredit(t *testing.T) {
	v := map[string]string{PhPhotographers: "Jo Park", PhAgency: "AP"}
	for _, tc := range []struct{ tmpl, want string }{
		{"{photographers}/{intermediary}/{agency}", "Jo Park/AP"},
		{"{intermediary} via {agency}|{photographers}/{agency}", "Jo Park/AP"},
		{"{intermediary} via {agency}", "AP"},
		{"Photo by {photographers}", "Photo by Jo Park"},
		{"{agency}", "AP"},
	} {
		if got := RenderCredit(tc.tmpl, v); got != tc.want {
			t.Errorf("RenderCredit(%q) = %q, want %q", tc.tmpl, got, tc.want)
		}
	}
}

func TestValidateTemplate(t *testing.T) {
	for _, tc := range []struct {
		tmpl string
		ok   bool
	}{
		{"{photographers}/{intermediary}/AP", true}, {"REUTERS/{photographers}|REUTERS", true}, {"Photo: {agency}", true},
		{"", false}, {"{photographer}/AP", false}, {"{photographers/AP", false}, {"photographers}/AP", false}, {"AP||AP", false},
	} {
		if err := ValidateTemplate(tc.tmpl); (err == nil) != tc.ok {
			t.Errorf("ValidateTemplate(%q) = %v, want ok=%v", tc.tmpl, err, tc.ok)
		}
	}
}
