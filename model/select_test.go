package model

import (
	"reflect"
	"testing"
)

func TestSelectEnvironmentsDefaultsToAll(t *testing.T) {
	got, err := SelectEnvironments(nil)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"local": true, "staging": true, "production": true}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestSelectEnvironmentsKeepsOnlyTheNamed(t *testing.T) {
	got, err := SelectEnvironments([]string{"staging"})
	if err != nil {
		t.Fatal(err)
	}
	if want := map[string]bool{"staging": true}; !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v, want %v", got, want)
	}
}

func TestSelectEnvironmentsRefusesAnUnknownName(t *testing.T) {
	_, err := SelectEnvironments([]string{"local", "prod"})
	want := `OPSMON_SYNTH_ENVS: no environment "prod"; choose among local, staging, production (comma-separated), or unset it to synthesize all`
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v, want %s", err, want)
	}
}
