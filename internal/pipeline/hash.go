package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"io"

	"github.com/wirecap/wirecap/internal/article"
	"github.com/wirecap/wirecap/internal/safefile"
)

// fileHash is the SHA-256 of the first article.MaxSize bytes of path
// ("sha256:…"): what the article stage reads.
func fileHash(path string) (string, error) {
	f, _, err := safefile.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, io.LimitReader(f, article.MaxSize)); err != nil {
		return "", err
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil)), nil
}
