package filelist

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/wirecap/wirecap/internal/store/s3test"
)

// bucketDir points the AWS configuration at a real S3 server and returns
// a new bucket's name and folder (versitygw serves a folder per bucket).
func bucketDir(t *testing.T) (string, string) {
	srv := s3test.Use(t)
	name := fmt.Sprintf("inventory-%d", time.Now().UnixNano())
	dir := filepath.Join(srv.Root, name)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return name, dir
}

func put(t *testing.T, dir, key string, data []byte) string {
	p := filepath.Join(dir, filepath.FromSlash(key))
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	sum := md5.Sum(data)
	return hex.EncodeToString(sum[:])
}

// TestManifest: an S3 Inventory as S3 writes it (manifest.json naming
// gzip'd CSV files in the destination bucket, with version columns) gives
// the current objects' URLs, file after file; a file that does not match
// its MD5 is an error.
func TestManifest(t *testing.T) {
	bucket, dir := bucketDir(t)
	part1 := gz(t, "\"archive\",\"2024/story+a/a.jpg\",\"v1\",\"true\",\"false\"\n\"archive\",\"2024/story+a/old.jpg\",\"v0\",\"false\",\"false\"\n")
	part2 := gz(t, "\"archive\",\"2024/story-b/b%23.tif\",\"v1\",\"true\",\"false\"\n\"archive\",\"2024/gone.jpg\",\"v2\",\"true\",\"true\"\n")
	sum1 := put(t, dir, "inv/archive/daily/data/p1.csv.gz", part1)
	sum2 := put(t, dir, "inv/archive/daily/data/p2.csv.gz", part2)
	manifest := func(sum2 string) []byte {
		return fmt.Appendf(nil, `{"sourceBucket":"archive","destinationBucket":"arn:aws:s3:::%s","version":"2016-11-30",
 "fileFormat":"CSV","fileSchema":"Bucket, Key, VersionId, IsLatest, IsDeleteMarker",
 "files":[{"key":"inv/archive/daily/data/p1.csv.gz","size":%d,"MD5checksum":"%s"},
          {"key":"inv/archive/daily/data/p2.csv.gz","size":%d,"MD5checksum":"%s"}]}`, bucket, len(part1), sum1, len(part2), sum2)
	}
	put(t, dir, "inv/archive/daily/2024-06-01T01-00Z/manifest.json", manifest(sum2))
	local := filepath.Join(t.TempDir(), "manifest.json")
	os.WriteFile(local, manifest(sum2), 0o600)
	want := []string{"s3://archive/2024/story a/a.jpg", "s3://archive/2024/story-b/b#.tif"}
	for _, src := range []string{"s3://" + bucket + "/inv/archive/daily/2024-06-01T01-00Z/manifest.json", local} {
		var got []string
		err := ReadFile(t.Context(), src, func(p string) error { got = append(got, p); return nil })
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("%s: %q, %v; want %q", src, got, err, want)
		}
	}
	os.WriteFile(local, manifest(strings.Repeat("0", 32)), 0o600)
	err := ReadFile(t.Context(), local, func(string) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "p2.csv.gz") || !strings.Contains(err.Error(), "MD5") {
		t.Errorf("a file that does not match its MD5: %v", err)
	}
	os.WriteFile(local, []byte(`{"destinationBucket":"arn:aws:s3:::x","fileFormat":"Parquet","fileSchema":"message s3.inventory {}"}`), 0o600)
	if err := ReadFile(t.Context(), local, func(string) error { return nil }); err == nil || !strings.Contains(err.Error(), "CSV") {
		t.Errorf("a Parquet inventory: %v", err)
	}
}

// TestReadFileS3: a plain list and a CSV read from a bucket.
func TestReadFileS3(t *testing.T) {
	bucket, dir := bucketDir(t)
	put(t, dir, "lists/night.txt", []byte("desk/a.jpg\ns3://arch/b.jpg\n"))
	put(t, dir, "lists/inv.csv.gz", gz(t, "arch,c%2Bd.jpg,3\n"))
	for key, want := range map[string][]string{
		"lists/night.txt":  {"desk/a.jpg", "s3://arch/b.jpg"},
		"lists/inv.csv.gz": {"s3://arch/c+d.jpg"},
	} {
		var got []string
		err := ReadFile(t.Context(), "s3://"+bucket+"/"+key, func(p string) error { got = append(got, p); return nil })
		if err != nil || !slices.Equal(got, want) {
			t.Errorf("%s: %q, %v; want %q", key, got, err, want)
		}
	}
}
