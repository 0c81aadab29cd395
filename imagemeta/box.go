package imagemeta

import "unsafe"

// strBox turns strings into interface values for the raw tag maps
// (map[string]any) without one allocation per value: the string headers
// live in chunks of a slice, and each interface points into a chunk. A
// chunk is never reused, so the values stay immutable as strings must.
type strBox struct {
	chunk []string
}

const strBoxChunk = 32

// eface is the layout of an empty interface.
type eface struct {
	typ, data unsafe.Pointer
}

var stringType = func() unsafe.Pointer {
	var v any = ""
	return (*eface)(unsafe.Pointer(&v)).typ
}()

func (b *strBox) box(s string) any {
	if len(b.chunk) == cap(b.chunk) {
		b.chunk = make([]string, 0, strBoxChunk)
	}
	b.chunk = append(b.chunk, s)
	var v any
	(*eface)(unsafe.Pointer(&v)).typ = stringType
	(*eface)(unsafe.Pointer(&v)).data = unsafe.Pointer(&b.chunk[len(b.chunk)-1])
	return v
}
