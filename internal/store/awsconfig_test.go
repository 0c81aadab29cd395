package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/credentials/processcreds"
)

// writeAWSFiles writes a shared config and credentials file with the
// profiles TestReadSettings reads.
func writeAWSFiles(t *testing.T) (config, creds string) {
	dir := t.TempDir()
	config = filepath.Join(dir, "config")
	creds = filepath.Join(dir, "credentials")
	os.WriteFile(config, []byte(`# desk machines
[default]
region = eu-west-3
endpoint_url = http://store.invalid:9000
s3 =
  addressing_style = path

[profile archive]
region=eu-central-1
credential_process = /usr/local/bin/vault-aws archive

[profile  sso-user ]
sso_session = desk

[profile chained]
role_arn = arn:aws:iam::123456789012:role/desk
source_profile = default
`), 0o600)
	os.WriteFile(creds, []byte(`[default]
aws_access_key_id = AKIDFILE
aws_secret_access_key = secret-file
; a comment
[other]
aws_access_key_id = AKIDOTHER
aws_secret_access_key = secret-other
`), 0o600)
	return config, creds
}

// TestReadSettings: the standard sources of region, endpoint and
// credentials, in the SDK's order, and the profiles wirecap refuses.
func TestReadSettings(t *testing.T) {
	config, creds := writeAWSFiles(t)
	base := map[string]string{"AWS_CONFIG_FILE": config, "AWS_SHARED_CREDENTIALS_FILE": creds, "AWS_EC2_METADATA_DISABLED": "true"}
	tests := []struct {
		name             string
		env              map[string]string
		region, endpoint string
		key              string // static access key id; "process" for credential_process
		err              error
	}{
		{"profile files", nil, "eu-west-3", "http://store.invalid:9000", "AKIDFILE", nil},
		{"environment over files", map[string]string{"AWS_ACCESS_KEY_ID": "AKIDENV", "AWS_SECRET_ACCESS_KEY": "s", "AWS_REGION": "us-west-2",
			"AWS_ENDPOINT_URL": "http://127.0.0.1:7070"}, "us-west-2", "http://127.0.0.1:7070", "AKIDENV", nil},
		{"S3's own endpoint first", map[string]string{"AWS_ENDPOINT_URL_S3": "http://s3.invalid", "AWS_ENDPOINT_URL": "http://other.invalid",
			"AWS_DEFAULT_REGION": "ap-south-1"}, "ap-south-1", "http://s3.invalid", "AKIDFILE", nil},
		{"credentials-only profile", map[string]string{"AWS_PROFILE": "other"}, "us-east-1", "", "AKIDOTHER", nil},
		{"credential_process", map[string]string{"AWS_PROFILE": "archive"}, "eu-central-1", "", "process", nil},
		{"sso refused", map[string]string{"AWS_PROFILE": "sso-user"}, "", "", "", ErrConfig},
		{"role chaining refused", map[string]string{"AWS_PROFILE": "chained"}, "", "", "", ErrConfig},
		{"nothing, no IMDS", map[string]string{"AWS_PROFILE": "absent"}, "", "", "", ErrConfig},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			env := map[string]string{}
			for k, v := range base {
				env[k] = v
			}
			for k, v := range tc.env {
				env[k] = v
			}
			set, err := readSettings(func(k string) string { return env[k] })
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("err = %v; want %v", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if set.region != tc.region || set.endpoint != tc.endpoint {
				t.Errorf("region, endpoint = %q, %q; want %q, %q", set.region, set.endpoint, tc.region, tc.endpoint)
			}
			switch p := set.creds.(type) {
			case credentials.StaticCredentialsProvider:
				if p.Value.AccessKeyID != tc.key {
					t.Errorf("access key %q; want %q", p.Value.AccessKeyID, tc.key)
				}
			case *processcreds.Provider:
				if tc.key != "process" {
					t.Errorf("credential_process; want %q", tc.key)
				}
			default:
				t.Errorf("credentials %T; want %q", p, tc.key)
			}
		})
	}
}

// TestSharedCredentialsFile: a real server accepts the keys of a shared
// credentials file, with no key in the environment.
func TestSharedCredentialsFile(t *testing.T) {
	startVersity(t)
	f := filepath.Join(t.TempDir(), "credentials")
	os.WriteFile(f, []byte("[desk]\naws_access_key_id = "+os.Getenv("AWS_ACCESS_KEY_ID")+
		"\naws_secret_access_key = "+os.Getenv("AWS_SECRET_ACCESS_KEY")+"\n"), 0o600)
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", f)
	t.Setenv("AWS_PROFILE", "desk")
	s := newBucket(t, "sharedcreds")
	os.Unsetenv("AWS_ACCESS_KEY_ID")
	os.Unsetenv("AWS_SECRET_ACCESS_KEY")
	s2, err := NewS3(context.Background(), s.bucket)
	if err != nil {
		t.Fatal(err)
	}
	if err := s2.WriteAtomic(context.Background(), "a.txt", []byte("x")); err != nil {
		t.Fatal(err)
	}
	if b, err := s2.ReadSmall(context.Background(), "a.txt", 10); err != nil || string(b) != "x" {
		t.Fatalf("read back %q, %v", b, err)
	}
}

// FuzzIniSection: any shared config file gives settings or none, never a
// panic; keys are trimmed and lower case, as the lookups expect.
func FuzzIniSection(f *testing.F) {
	f.Add([]byte("[default]\nregion = eu-west-3\ns3 =\n  addressing_style = path\n"), "default")
	f.Add([]byte("[profile  desk ]\n; c\naws_access_key_id=A\n[other]\nx=y"), "profile desk")
	f.Add([]byte("[profile default]\nregion=x\n\xef\xbb\xbf[\n="), "default")
	f.Fuzz(func(t *testing.T, b []byte, section string) {
		for k := range iniSection(b, section) {
			if k != strings.ToLower(strings.TrimSpace(k)) {
				t.Fatalf("key %q", k)
			}
		}
	})
}
