package caption

// Where the clause of a date's role word (date_role: "released", "provided",
// "taken") ends: a date after it is the scene's, not the release's.
//   - A verb of showing ends it: "This picture released by X on March 5
//     shows …" dates the release, "A satellite image provided by X shows
//     Velmora, March 3" the scene (Reuters' and AP's handout captions).
//   - AP's handout opener ends at the comma after its agent: "In this photo
//     provided by X, soldiers patrol …, March 3, 2026" (CONVENTIONS.md §2,
//     AP handouts), while "In this photo released on March 5, 2026, by X,
//     …" dates the release.

// clsShowVerb holds the verbs of showing a caption's picture clause ends
// with ("shows", "zeigt", "muestra"); clsDateOpener the words of AP's
// handout opener ("in this", valued opener), of its agent ("by", valued
// agent) and of the date of its role ("on", valued when).
var (
	clsShowVerb   = lexClass("show_verb")
	clsDateOpener = lexClass("date_opener")
)

// openerMaxWords is how far before its role word a handout opener starts:
// "In this undated handout photo provided".
const openerMaxWords = 8

// openerShut reports a role word at token i in a handout opener that
// starts its sentence and ends, at the comma after its agent, before the
// date at byte pos; not when the role's own date follows the agent ("by
// X on Thursday, March 5,").
func (p *parser) openerShut(i, pos int) bool {
	k := i
	for k > 0 && i-k < openerMaxWords && !p.toks[k-1].isMark('.') && !p.toks[k].lineBefore {
		k--
	}
	if k > 0 && !p.toks[k-1].isMark('.') && !p.toks[k].lineBefore {
		return false // no sentence starts near the role word
	}
	if _, sn, ok := matchAt(p.toks, k, clsDateOpener); !ok || sn.val != "opener" {
		return false
	}
	agent := false
	for j := i + 1; j < len(p.toks) && p.toks[j].start < pos; j++ {
		_, sn, ok := matchAt(p.toks, j, clsDateOpener)
		switch {
		case ok && sn.val == "agent":
			agent = true
		case ok && sn.val == "when":
			return false // "released by X on Thursday, March 5": the release's date
		case agent && p.toks[j].isMark(','):
			return true
		}
	}
	return false
}
