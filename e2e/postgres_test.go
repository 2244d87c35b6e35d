//go:build e2e

package e2e

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/hex"
	"encoding/pem"
	"math/big"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// pgServer is a throwaway PostgreSQL cluster (Debian's postgresql, 15) on a
// free 127.0.0.1 port, with password (scram) logins over TCP; the superuser
// reaches it only through the unix socket in its folder.
type pgServer struct {
	dir, port, bin string
	owner          *syscall.Credential // the cluster's OS user when the test runs as root
}

// pgBin is the newest installed server's bin folder (Debian: /usr/lib/postgresql/15/bin).
func pgBin(t *testing.T) string {
	t.Helper()
	found, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	if len(found) == 0 {
		t.Fatal("PostgreSQL's server is missing (no /usr/lib/postgresql/*/bin/initdb); run make setup")
	}
	sort.Slice(found, func(i, j int) bool { return pgMajor(found[i]) < pgMajor(found[j]) })
	return filepath.Dir(found[len(found)-1])
}

func pgMajor(initdb string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(filepath.Dir(initdb))))
	return n
}

func startPostgres(t *testing.T) *pgServer {
	t.Helper()
	bin := pgBin(t)
	// The socket path is limited to 108 bytes: a short folder under /tmp.
	dir, err := os.MkdirTemp("/tmp", "opsmon-lp-pg-")
	if err != nil {
		t.Fatal(err)
	}
	s := &pgServer{dir: dir, port: freePort(t), bin: bin}
	// initdb refuses to run as root: run the cluster as Debian's postgres user.
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			t.Fatalf("running as root needs the postgres user (postgresql-15 creates it): %v", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		s.owner = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		if err := os.Chown(dir, uid, gid); err != nil {
			t.Fatal(err)
		}
	}
	t.Cleanup(func() {
		_ = s.pgCommand("pg_ctl", "-D", filepath.Join(dir, "data"), "-m", "immediate", "-w", "-t", "30", "stop").Run()
		os.RemoveAll(dir)
	})
	s.mustRun(t, "initdb", "-D", filepath.Join(dir, "data"), "-U", "postgres",
		"--auth-local=trust", "--auth-host=scram-sha-256", "--no-sync")
	s.mustRun(t, "pg_ctl", "-D", filepath.Join(dir, "data"), "-l", filepath.Join(dir, "log"), "-w", "-t", "60",
		"-o", "-p "+s.port+" -k "+dir+" -c listen_addresses=127.0.0.1 -c fsync=off", "start")
	return s
}

func (s *pgServer) pgCommand(name string, args ...string) *exec.Cmd {
	cmd := exec.Command(filepath.Join(s.bin, name), args...)
	cmd.Dir = s.dir
	if s.owner != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.owner}
	}
	return cmd
}

func (s *pgServer) mustRun(t *testing.T, name string, args ...string) {
	t.Helper()
	if out, err := s.pgCommand(name, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", name, err, out)
	}
}

// admin runs sql as the superuser over the unix socket, stopping at the first error.
func (s *pgServer) admin(t *testing.T, sql string) string {
	t.Helper()
	cmd := exec.Command("psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-h", s.dir, "-p", s.port, "-U", "postgres", "postgres")
	cmd.Stdin = strings.NewReader(sql)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("psql as postgres: %v\n%s", err, out)
	}
	return strings.TrimSpace(string(out))
}

// as runs sql as role over TCP with its password, and returns psql's output and error.
func (s *pgServer) as(role, password, sql string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "psql", "-X", "-At", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1", "-p", s.port, "-U", role, "postgres")
	cmd.Env = append(os.Environ(), "PGPASSWORD="+password, "PGCONNECT_TIMEOUT=10")
	cmd.Stdin = strings.NewReader(sql)
	out, err := cmd.CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

// setPassword gives role a fresh random password (through psql's stdin, never
// on a command line) and returns the libpq connection string for it.
func (s *pgServer) setPassword(t *testing.T, role string) (password, connStr string) {
	t.Helper()
	b := make([]byte, 18)
	_, _ = rand.Read(b)
	password = hex.EncodeToString(b)
	s.admin(t, "ALTER ROLE "+role+" PASSWORD '"+password+"';")
	return password, "postgres://" + role + ":" + password + "@127.0.0.1:" + s.port + "/postgres?sslmode=disable"
}

// requireTLS turns on TLS with a certificate for 127.0.0.1 from a CA of the
// test's own, and leaves pg_hba.conf one hostssl line (no host line): what
// docs/LEAST_PRIVILEGE.md §3 asks of the state's cluster. It returns the CA's
// certificate and another CA's, which the server's certificate does not chain to.
func (s *pgServer) requireTLS(t *testing.T) (ca, otherCA string) {
	t.Helper()
	ip := []net.IP{net.ParseIP("127.0.0.1")}
	ca, key, cert := writeServerTLS(t, s.dir, "pg", nil, ip)
	otherCA, _, _ = writeServerTLS(t, s.dir, "other", nil, ip)
	if s.owner != nil {
		for _, f := range []string{key, cert} {
			if err := os.Chown(f, int(s.owner.Uid), int(s.owner.Gid)); err != nil {
				t.Fatal(err)
			}
		}
	}
	hba := "local all all trust\nhostssl all all 127.0.0.1/32 scram-sha-256\n"
	if err := os.WriteFile(filepath.Join(s.dir, "data", "pg_hba.conf"), []byte(hba), 0o600); err != nil {
		t.Fatal(err)
	}
	if s.owner != nil {
		_ = os.Chown(filepath.Join(s.dir, "data", "pg_hba.conf"), int(s.owner.Uid), int(s.owner.Gid))
	}
	s.admin(t, "ALTER SYSTEM SET ssl_cert_file = '"+cert+"'; ALTER SYSTEM SET ssl_key_file = '"+key+"'; ALTER SYSTEM SET ssl = on;")
	s.admin(t, "SELECT pg_reload_conf();")
	eventually(t, 10*time.Second, 200*time.Millisecond, "PostgreSQL serves TLS", func() string {
		if got := s.admin(t, "SHOW ssl;"); got != "on" {
			return "ssl is " + got
		}
		return ""
	})
	return ca, otherCA
}

// writeServerTLS writes, in dir, a new CA's certificate (NAME-ca.crt) and a
// server certificate for the names and addresses signed by it (NAME.crt,
// NAME.key, mode 0600).
func writeServerTLS(t *testing.T, dir, name string, dns []string, ips []net.IP) (caPath, keyPath, certPath string) {
	t.Helper()
	caKey, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	ca := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "opsmon bench " + name + " CA"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign}
	caDER, err := x509.CreateCertificate(rand.Reader, ca, ca, &caKey.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	caCert, _ := x509.ParseCertificate(caDER)
	key, _ := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	leaf := &x509.Certificate{SerialNumber: big.NewInt(2), Subject: pkix.Name{CommonName: "opsmon bench " + name}, DNSNames: dns, IPAddresses: ips,
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, leaf, caCert, &key.PublicKey, caKey)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, _ := x509.MarshalECPrivateKey(key)
	caPath, keyPath, certPath = filepath.Join(dir, name+"-ca.crt"), filepath.Join(dir, name+".key"), filepath.Join(dir, name+".crt")
	for p, block := range map[string]*pem.Block{caPath: {Type: "CERTIFICATE", Bytes: caDER}, certPath: {Type: "CERTIFICATE", Bytes: der}, keyPath: {Type: "EC PRIVATE KEY", Bytes: keyDER}} {
		if err := os.WriteFile(p, pem.EncodeToMemory(block), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return caPath, keyPath, certPath
}
