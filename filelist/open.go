package filelist

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/wirecap/wirecap/internal/store"
)

// maxManifest bounds an Inventory manifest.json: it lists the report's
// files, a few hundred bytes each.
const maxManifest = 16 << 20

// ReadFile calls fn for every path a list names: a local file (a regular
// file or a pipe, such as a shell's <(find …)), an s3://bucket/key object,
// or an Inventory manifest.json (local or in S3), whose CSV files are read
// from its destination bucket.
func ReadFile(ctx context.Context, src string, fn func(string) error) error {
	if path.Base(src) == "manifest.json" {
		return readManifest(ctx, src, fn)
	}
	r, err := open(ctx, src)
	if err != nil {
		return err
	}
	defer r.Close()
	if err := Read(r, KindOf(src), DefaultColumns, fn); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	return nil
}

// open opens a list for reading, from disk or from S3.
func open(ctx context.Context, src string) (io.ReadCloser, error) {
	if !store.IsS3(src) {
		return openLocal(src)
	}
	s, key, err := store.For(ctx, src)
	if err != nil {
		return nil, err
	}
	f, err := s.Open(ctx, key)
	if err != nil {
		return nil, err
	}
	return struct {
		io.Reader
		io.Closer
	}{io.NewSectionReader(f, 0, f.Size()), f}, nil
}

// openLocal opens a regular file or a pipe, never a folder or a device.
func openLocal(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err == nil && !st.Mode().IsRegular() && st.Mode()&fs.ModeNamedPipe == 0 {
		err = fmt.Errorf("%s is not a file", name)
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// manifest is the part of an S3 Inventory manifest.json wirecap reads.
type manifest struct {
	DestinationBucket string `json:"destinationBucket"`
	FileFormat        string `json:"fileFormat"`
	FileSchema        string `json:"fileSchema"`
	Files             []struct {
		Key         string `json:"key"`
		MD5checksum string `json:"MD5checksum"`
	} `json:"files"`
}

// readManifest reads every CSV file an Inventory manifest lists, in its
// order, checking each against the manifest's MD5.
func readManifest(ctx context.Context, src string, fn func(string) error) error {
	m, cols, err := loadManifest(ctx, src)
	if err != nil {
		return err
	}
	for _, f := range m.Files {
		url := "s3://" + m.DestinationBucket + "/" + f.Key
		if err := readReport(ctx, url, f.MD5checksum, cols, fn); err != nil {
			return fmt.Errorf("%s: %w", url, err)
		}
	}
	return nil
}

// loadManifest reads and checks a manifest.json.
func loadManifest(ctx context.Context, src string) (manifest, Columns, error) {
	var m manifest
	s, key, err := store.For(ctx, src)
	if err != nil {
		return m, Columns{}, err
	}
	b, err := s.ReadSmall(ctx, key, maxManifest)
	if err != nil {
		return m, Columns{}, err
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return m, Columns{}, fmt.Errorf("%s: not an S3 Inventory manifest: %w", src, err)
	}
	m.DestinationBucket = strings.TrimPrefix(m.DestinationBucket, "arn:aws:s3:::")
	switch {
	case !strings.EqualFold(m.FileFormat, "CSV"):
		return m, Columns{}, fmt.Errorf("%s: the inventory is in %q; wirecap reads CSV inventories (choose CSV in the inventory configuration)", src, m.FileFormat)
	case m.DestinationBucket == "" || strings.Contains(m.DestinationBucket, "/"):
		return m, Columns{}, fmt.Errorf("%s: destinationBucket %q names no bucket", src, m.DestinationBucket)
	}
	cols, err := SchemaColumns(m.FileSchema)
	if err != nil {
		return m, Columns{}, fmt.Errorf("%s: %w", src, err)
	}
	return m, cols, nil
}

// SchemaColumns reads an Inventory fileSchema ("Bucket, Key, Size, …")
// into the columns wirecap uses.
func SchemaColumns(schema string) (Columns, error) {
	names := strings.Split(schema, ",")
	for i := range names {
		names[i] = strings.ToLower(strings.TrimSpace(names[i]))
	}
	c := Columns{Bucket: slices.Index(names, "bucket"), Key: slices.Index(names, "key"),
		IsLatest: slices.Index(names, "islatest"), IsDeleteMarker: slices.Index(names, "isdeletemarker")}
	if c.Bucket < 0 || c.Key < 0 {
		return c, fmt.Errorf("fileSchema %q has no Bucket or no Key column", schema)
	}
	return c, nil
}

// readReport reads one CSV file of an inventory, verifying its MD5 (of
// the file as stored, compressed or not) once it is read to the end.
func readReport(ctx context.Context, url, wantMD5 string, cols Columns, fn func(string) error) error {
	r, err := open(ctx, url)
	if err != nil {
		return err
	}
	defer r.Close()
	h := md5.New()
	if err := Read(io.TeeReader(r, h), CSV, cols, fn); err != nil {
		return err
	}
	return checkMD5(r, h, wantMD5)
}

// checkMD5 reads what the CSV reader left (gzip's trailer padding) and
// compares the digest.
func checkMD5(rest io.Reader, h hash.Hash, want string) error {
	if want == "" {
		return nil
	}
	if _, err := io.Copy(h, rest); err != nil {
		return err
	}
	if got := hex.EncodeToString(h.Sum(nil)); !strings.EqualFold(got, want) {
		return fmt.Errorf("MD5 %s, the manifest says %s: the file changed or was cut short", got, want)
	}
	return nil
}
