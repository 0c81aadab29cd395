package store

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/credentials/ec2rolecreds"
	"github.com/aws/aws-sdk-go-v2/credentials/endpointcreds"
	"github.com/aws/aws-sdk-go-v2/credentials/processcreds"
	"github.com/aws/aws-sdk-go-v2/credentials/stscreds"
	"github.com/aws/aws-sdk-go-v2/feature/ec2/imds"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/wirecap/wirecap/internal/safefile"
)

// The standard AWS configuration, read here rather than by the SDK's
// config package, which links the SSO, SSO-OIDC, sign-in and STS clients
// into every binary (about 4 MB; STS alone, linked here for web identity,
// is about 1 MB). What it reads, in the SDK's order:
//
//   - region: AWS_REGION, AWS_DEFAULT_REGION, the profile's region, else
//     us-east-1 (S3-compatible stores ignore it; the signer needs one);
//   - endpoint: AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, the profile's
//     endpoint_url;
//   - credentials: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
//     AWS_SESSION_TOKEN; AWS_ROLE_ARN with AWS_WEB_IDENTITY_TOKEN_FILE (EKS
//     IAM roles for service accounts); the profile (AWS_PROFILE, else
//     default) in the shared credentials file (AWS_SHARED_CREDENTIALS_FILE,
//     else ~/.aws/credentials) over the shared config file (AWS_CONFIG_FILE,
//     else ~/.aws/config): static keys or credential_process; a container's
//     credentials endpoint (AWS_CONTAINER_CREDENTIALS_FULL_URI or
//     _RELATIVE_URI: ECS, EKS Pod Identity); the EC2 instance role (IMDS)
//     unless AWS_EC2_METADATA_DISABLED=true.
//
// Not read: SSO profiles and role_arn in a profile (role chaining): such a
// profile is an error that says how to export its credentials.

// maxConfigFile bounds a shared config or credentials file.
const maxConfigFile = 1 << 20

// ErrConfig is a configuration wirecap cannot use.
var ErrConfig = errors.New("AWS configuration")

// awsSettings is what the environment and the profile say.
type awsSettings struct {
	region, endpoint string
	creds            aws.CredentialsProvider
}

// loadAWSConfig builds the client configuration from the environment and
// the shared files.
func loadAWSConfig(httpClient aws.HTTPClient) (aws.Config, error) {
	set, err := readSettings(os.Getenv)
	if err != nil {
		return aws.Config{}, err
	}
	cfg := aws.Config{
		Region:      set.region,
		HTTPClient:  httpClient,
		Credentials: aws.NewCredentialsCache(set.creds),
		Retryer:     func() aws.Retryer { return retry.NewAdaptiveMode() },
	}
	if set.endpoint != "" {
		cfg.BaseEndpoint = aws.String(set.endpoint)
	}
	return cfg, nil
}

// readSettings reads the settings through getenv (os.Getenv; a map in
// tests).
func readSettings(getenv func(string) string) (awsSettings, error) {
	name := firstOf(getenv("AWS_PROFILE"), getenv("AWS_DEFAULT_PROFILE"), "default")
	prof, err := readProfile(getenv, name)
	if err != nil {
		return awsSettings{}, err
	}
	set := awsSettings{
		region:   firstOf(getenv("AWS_REGION"), getenv("AWS_DEFAULT_REGION"), prof["region"], "us-east-1"),
		endpoint: firstOf(getenv("AWS_ENDPOINT_URL_S3"), getenv("AWS_ENDPOINT_URL"), prof["endpoint_url"]),
	}
	set.creds, err = credentialsFrom(getenv, name, prof)
	return set, err
}

// credentialsFrom picks the first source of credentials that is set.
func credentialsFrom(getenv func(string) string, name string, prof map[string]string) (aws.CredentialsProvider, error) {
	if id, secret := getenv("AWS_ACCESS_KEY_ID"), getenv("AWS_SECRET_ACCESS_KEY"); id != "" && secret != "" {
		return credentials.NewStaticCredentialsProvider(id, secret, getenv("AWS_SESSION_TOKEN")), nil
	}
	if getenv("AWS_WEB_IDENTITY_TOKEN_FILE") != "" && getenv("AWS_ROLE_ARN") != "" {
		return webIdentity(getenv), nil
	}
	for _, k := range unsupportedKeys {
		if prof[k] != "" {
			return nil, fmt.Errorf("%w: profile %q uses %s, which wirecap does not read: export the credentials first (aws configure export-credentials --profile %s --format env)",
				ErrConfig, name, k, name)
		}
	}
	switch {
	case prof["aws_access_key_id"] != "" && prof["aws_secret_access_key"] != "":
		return credentials.NewStaticCredentialsProvider(prof["aws_access_key_id"], prof["aws_secret_access_key"], prof["aws_session_token"]), nil
	case prof["credential_process"] != "":
		return processcreds.NewProvider(prof["credential_process"]), nil
	case getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI") != "":
		return containerCreds(getenv, getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI")), nil
	case getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI") != "":
		return containerCreds(getenv, "http://169.254.170.2"+getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")), nil
	case strings.EqualFold(getenv("AWS_EC2_METADATA_DISABLED"), "true"):
		return nil, fmt.Errorf("%w: no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or a profile (AWS_PROFILE)", ErrConfig)
	}
	return ec2rolecreds.New(func(o *ec2rolecreds.Options) { o.Client = imds.New(imds.Options{}) }), nil
}

// webIdentity assumes AWS_ROLE_ARN with the token in
// AWS_WEB_IDENTITY_TOKEN_FILE (EKS IAM roles for service accounts), through
// STS in the configured region.
func webIdentity(getenv func(string) string) aws.CredentialsProvider {
	region := firstOf(getenv("AWS_REGION"), getenv("AWS_DEFAULT_REGION"), "us-east-1")
	client := sts.New(sts.Options{Region: region, Retryer: retry.NewStandard()})
	return stscreds.NewWebIdentityRoleProvider(client, getenv("AWS_ROLE_ARN"),
		stscreds.IdentityTokenFile(getenv("AWS_WEB_IDENTITY_TOKEN_FILE")), func(o *stscreds.WebIdentityRoleOptions) {
			o.RoleSessionName = getenv("AWS_ROLE_SESSION_NAME")
		})
}

// unsupportedKeys are profile settings that need the SSO client or role
// chaining.
var unsupportedKeys = []string{"sso_session", "sso_start_url", "role_arn", "web_identity_token_file"}

// containerCreds reads a container's credentials endpoint, with the
// authorization token ECS and EKS Pod Identity give.
func containerCreds(getenv func(string) string, url string) aws.CredentialsProvider {
	return endpointcreds.New(url, func(o *endpointcreds.Options) {
		o.HTTPClient = http.DefaultClient
		o.AuthorizationToken = getenv("AWS_CONTAINER_AUTHORIZATION_TOKEN")
		if f := getenv("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"); f != "" {
			o.AuthorizationTokenProvider = endpointcreds.TokenProviderFunc(func() (string, error) {
				b, err := safefile.ReadFile(f, 64<<10)
				return strings.TrimSpace(string(b)), err
			})
		}
	})
}

// readProfile merges the profile's settings from the shared config file
// and, over them, the shared credentials file. A missing file is no
// profile; an unreadable one is an error.
func readProfile(getenv func(string) string, name string) (map[string]string, error) {
	home, _ := os.UserHomeDir()
	if h := getenv("HOME"); h != "" {
		home = h
	}
	prof := map[string]string{}
	files := []struct{ path, section string }{
		{firstOf(getenv("AWS_CONFIG_FILE"), filepath.Join(home, ".aws", "config")), configSection(name)},
		{firstOf(getenv("AWS_SHARED_CREDENTIALS_FILE"), filepath.Join(home, ".aws", "credentials")), name},
	}
	for _, f := range files {
		b, err := safefile.ReadFile(f.path, maxConfigFile)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrConfig, err)
		}
		for k, v := range iniSection(b, f.section) {
			prof[k] = v
		}
	}
	return prof, nil
}

// configSection is a profile's section in the config file: [default] or
// [profile NAME].
func configSection(name string) string {
	if name == "default" {
		return "default"
	}
	return "profile " + name
}

// iniSection returns the key = value settings of one [section] of an AWS
// shared file. Indented lines continue a nested setting (s3 =\n  key =
// value), which wirecap does not read; comments start with # or ;.
func iniSection(b []byte, section string) map[string]string {
	out := map[string]string{}
	in := false
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, maxConfigFile)
	for sc.Scan() {
		raw := sc.Text()
		line := strings.TrimSpace(raw)
		switch {
		case line == "", line[0] == '#', line[0] == ';':
			continue
		case line[0] == '[':
			name, _, _ := strings.Cut(strings.TrimPrefix(line, "["), "]")
			name = strings.Join(strings.Fields(name), " ")
			in = name == section || (section == "default" && name == "profile default")
			continue
		case !in, raw[0] == ' ', raw[0] == '\t':
			continue
		}
		if k, v, ok := strings.Cut(line, "="); ok {
			out[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
		}
	}
	return out
}

// firstOf returns the first non-empty value.
func firstOf(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}
