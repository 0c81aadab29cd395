package check

import (
	"fmt"

	"github.com/wirecap/wirecap/imagemeta"
)

// displayed is the image's size as shown: EXIF orientations 5 to 8 turn
// it a quarter, so the stored width is the displayed height.
func displayed(m *imagemeta.Metadata) (w, h int) {
	if m.Orientation >= 5 && m.Orientation <= 8 {
		return m.Height, m.Width
	}
	return m.Width, m.Height
}

func imageTooSmall(in *Input) []Finding {
	if in.Meta == nil || (in.Policy.MinWidth == 0 && in.Policy.MinHeight == 0) || in.Meta.Width == 0 {
		return nil
	}
	w, h := displayed(in.Meta)
	if w >= in.Policy.MinWidth && h >= in.Policy.MinHeight {
		return nil
	}
	ev := map[string]any{"width": w, "height": h}
	msg := fmt.Sprintf("The image is %dx%d, below the desk minimum %dx%d", w, h, in.Policy.MinWidth, in.Policy.MinHeight)
	if w != in.Meta.Width {
		ev["stored_width"], ev["stored_height"], ev["orientation"] = in.Meta.Width, in.Meta.Height, in.Meta.Orientation
		msg += fmt.Sprintf(" (as displayed: stored %dx%d, EXIF orientation %d)", in.Meta.Width, in.Meta.Height, in.Meta.Orientation)
	}
	return finding(msg, ev)
}

// fileTruncated: a file that ends before the data it declares (imagemeta
// notes it Truncated) holds a picture cut short, whatever its header says:
// a person must see it before any use, editorial included.
func fileTruncated(in *Input) []Finding {
	if in.Meta == nil {
		return nil
	}
	var out []Finding
	for _, n := range in.Meta.Notes {
		if n.Truncated {
			out = append(out, finding("The file is cut short, so the picture may be incomplete: "+n.Message,
				map[string]any{"kind": n.Kind, "note": n.Message})...)
		}
	}
	return out
}
