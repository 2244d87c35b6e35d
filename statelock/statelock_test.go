package statelock

import (
	"os"
	"testing"
)

func fixture(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// tofu's boxed error is read for who holds the lock, since when, and its ID.
func TestParseReadsTheLockInfo(t *testing.T) {
	l, ok := Parse(fixture(t, "s3-locked.txt"))
	want := Lock{ID: "1f3c2a9e-5b7d-4c1e-9a0b-2d4e6f8a0c1e", Path: "opsmon-state/staging/staging-host.tfstate",
		Operation: "OperationTypeApply", Who: "runner@ci-7", Created: "2026-12-07 03:10:00.123456789 +0000 UTC"}
	if !ok || l != want {
		t.Fatalf("Parse = %+v %v\nwant %+v", l, ok, want)
	}
	if _, ok := Parse(fixture(t, "no-lock.txt")); ok {
		t.Error("another error read as a lock")
	}
}

// A lockfile's hint names the holder, the time and the exact command; a
// PostgreSQL lock's says it goes with its session and gives no command.
func TestHintGivesTheCommandOnlyForALockfile(t *testing.T) {
	l, _ := Parse(fixture(t, "s3-locked.txt"))
	got := Hint(l, "s3", "staging-host", "cdktf.out/stacks/staging-host")
	want := "runner@ci-7 holds the state lock of staging-host since 2026-12-07 03:10:00.123456789 +0000 UTC (OperationTypeApply, lock 1f3c2a9e-5b7d-4c1e-9a0b-2d4e6f8a0c1e). If it still runs, wait for it. If it was killed, and you know nothing else runs against this environment, release the lock, then run the same command again:\n  (cd cdktf.out/stacks/staging-host && tofu force-unlock -force 1f3c2a9e-5b7d-4c1e-9a0b-2d4e6f8a0c1e)"
	if got != want {
		t.Errorf("s3 hint:\n%s\nwant\n%s", got, want)
	}
	got = Hint(l, "pg", "production-host", "cdktf.out/stacks/production-host")
	want = "runner@ci-7 holds the state lock of production-host since 2026-12-07 03:10:00.123456789 +0000 UTC (OperationTypeApply, lock 1f3c2a9e-5b7d-4c1e-9a0b-2d4e6f8a0c1e). A PostgreSQL lock goes with its session: when that run ends or dies, run the same command again."
	if got != want {
		t.Errorf("pg hint:\n%s\nwant\n%s", got, want)
	}
}
