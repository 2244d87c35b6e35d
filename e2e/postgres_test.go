//go:build e2e

package e2e

import (
	"context"
	"crypto/rand"
	"encoding/hex"
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
