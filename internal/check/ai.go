package check

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/wirecap/wirecap/imagemeta/c2pa"
)

// Uses of a synthetic image. An AI image can illustrate (a use a desk
// labels and chooses on purpose); as documentation of an event — the news
// uses — it may not run; AI training is governed by the data-mining
// statement instead.
const (
	Illustration = "illustration"
	AITraining   = "ai-training"
)

// newsUses publish an image as a record of what happened: a generated
// image may not run as one.
var newsUses = []string{Editorial, "social", "print", "online", "broadcast", "book", "archive"}

// aiFields are the IPTC 2025.1 fields that say an AI system made the image.
var aiFields = []string{"ai_system_used", "ai_system_version_used", "ai_prompt_information", "ai_prompt_writer_name"}

// AIFields lists them (the contact sheet and inspect read them too).
func AIFields() []string { return slices.Clone(aiFields) }

// synthetic is the most synthetic class the sources state, with its
// source type and where it was said.
func synthetic(in *Input) (c2pa.Class, string, map[string]any) {
	f := in.Facts
	ev := map[string]any{}
	for src, v := range f.SourceTypes {
		ev[src] = v
	}
	for _, name := range aiFields {
		if v := f.Field(name); v != "" {
			ev[name] = v
		}
	}
	v, class := "", c2pa.ClassUnknown
	if s := f.Summary; s != nil && s.DigitalSourceType != nil {
		v = *s.DigitalSourceType
		_, class = c2pa.SourceType(v)
	}
	if class < c2pa.ClassGenerated && slices.ContainsFunc(aiFields, func(n string) bool { return f.Field(n) != "" }) {
		class = c2pa.ClassGenerated // an AI system named is an AI image, whatever the type says
	}
	return class, v, ev
}

func aiGenerated(in *Input) []Finding {
	class, v, ev := synthetic(in)
	if class != c2pa.ClassGenerated {
		return nil
	}
	out := finding(fmt.Sprintf("The image is AI generated (%s): it may not run as a record of events", orNamed(v)), ev)
	if !slices.Contains(newsUses, in.Use) {
		out[0].Severity = Warning // an illustration, a campaign: a person decides, with a label
	}
	return out
}

func aiComposite(in *Input) []Finding {
	class, v, ev := synthetic(in)
	if class != c2pa.ClassComposite && class != c2pa.ClassSynthetic {
		return nil
	}
	return finding(fmt.Sprintf("The image is a composite or synthetic image (%s)", orNamed(v)), ev)
}

func aiEnhanced(in *Input) []Finding {
	class, v, ev := synthetic(in)
	if class != c2pa.ClassEnhanced {
		return nil
	}
	return finding(fmt.Sprintf("The image was algorithmically enhanced (%s)", v), ev)
}

//go:embed ai_disclosure.txt
var disclosureTxt string

var disclosures = func() []string {
	var out []string
	for _, l := range strings.Split(disclosureTxt, "\n") {
		if l = strings.TrimSpace(l); l != "" && l[0] != '#' {
			out = append(out, l)
		}
	}
	return out
}()

// disclosed reports whether text names the image as AI made, as a whole
// phrase of the disclosure list.
func disclosed(text string) bool {
	t := " " + strings.Join(strings.Fields(strings.ToLower(text)), " ") + " "
	t = strings.NewReplacer("(", " ", ")", " ", ",", " ,", ".", " .", ":", " :", "\"", " ", "“", " ", "”", " ").Replace(t)
	return slices.ContainsFunc(disclosures, func(p string) bool { return strings.Contains(t, " "+p+" ") })
}

func aiLabelMissing(in *Input) []Finding {
	class, v, ev := synthetic(in)
	if class < c2pa.ClassComposite || in.Use == AITraining {
		return nil
	}
	text := in.Facts.Field("caption") + " " + in.Facts.Field("headline")
	if c := in.Facts.Caption; c != nil {
		text += " " + c.Text
	}
	if disclosed(text) {
		return nil
	}
	return finding(fmt.Sprintf("The image is AI made (%s) and neither caption nor headline says so: label it before it runs", orNamed(v)), ev)
}

func aiSourceConflict(in *Input) []Finding {
	types := in.Facts.SourceTypes
	if len(types) < 2 {
		return nil
	}
	classes := map[c2pa.Class]bool{}
	ev := map[string]any{}
	for src, v := range types {
		_, c := c2pa.SourceType(v)
		classes[c] = true
		ev[src] = v
	}
	if len(classes) < 2 {
		return nil
	}
	return finding("XMP and the Content Credentials disagree on how the image was made; the most synthetic is taken: "+*in.Facts.Summary.DigitalSourceType, ev)
}

func provenanceInvalid(in *Input) []Finding {
	p := in.Provenance
	if p == nil || (p.State != c2pa.Invalid && p.State != c2pa.Failed) {
		return nil
	}
	msg := "The Content Credentials do not verify: " + strings.Join(p.Codes, ", ")
	if p.Remote != "" {
		msg = "The Content Credentials are remote and were not fetched: " + p.Remote
	}
	return finding(msg, map[string]any{"state": p.State, "codes": p.Codes})
}

func provenanceUntrusted(in *Input) []Finding {
	p := in.Provenance
	if p == nil || p.Trust != c2pa.Untrusted {
		return nil
	}
	signer := ""
	if p.Signer != nil {
		signer = p.Signer.Subject
	}
	return finding("The Content Credentials are signed by a certificate none of the trust anchors vouches for: "+signer,
		map[string]any{"signer": signer})
}

// dataMining: PLUS Data Mining (plus:DataMining) values that forbid AI
// training — every "prohibited" value of the PLUS vocabulary does.
func dataMining(in *Input) []Finding {
	v := in.Facts.Field("data_mining")
	if in.Use != AITraining || !strings.Contains(strings.ToUpper(v), "DMI-PROHIBITED") {
		return nil
	}
	return finding("The rights holder forbids data mining for AI training: "+v, map[string]any{"data_mining": v})
}

func orNamed(v string) string {
	if v == "" {
		return "an AI system is named in the metadata"
	}
	return strings.TrimPrefix(v, "http://cv.iptc.org/newscodes/digitalsourcetype/")
}
