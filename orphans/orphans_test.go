package orphans

import (
	"os"
	"reflect"
	"testing"
)

func fixture(t *testing.T, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// The state holds prometheus, not alertmanager nor the network: those two are
// what a killed apply could have left.
func TestUnstatedIsWhatTheStateLacks(t *testing.T) {
	declared, err := ParseDeclared(fixture(t, "cdk.tf.json"))
	if err != nil {
		t.Fatal(err)
	}
	state, err := ParseState(fixture(t, "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !state.Has("module.x.docker_volume.v") {
		t.Errorf("child modules not read: %v", state)
	}
	got := Unstated(declared, state)
	want := Declared{
		Containers: []Resource{{Address: "docker_container.monitoring_alertmanager_DEF", Name: "alertmanager"}},
		Networks:   []Resource{{Address: "docker_network.monitoring_network-opsmon-local_123", Name: "opsmon-local"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("unstated = %+v\nwant %+v", got, want)
	}
}

// No state yet (a first deploy): everything declared is unstated.
func TestNoStateLeavesEverythingUnstated(t *testing.T) {
	declared, _ := ParseDeclared(fixture(t, "cdk.tf.json"))
	state, err := ParseState(fixture(t, "no-state.json"))
	if err != nil {
		t.Fatal(err)
	}
	if got := Unstated(declared, state); len(got.Containers) != 2 || len(got.Networks) != 1 {
		t.Errorf("unstated = %+v, want all three", got)
	}
}

var unstated = Declared{
	Containers: []Resource{{Address: "docker_container.am", Name: "alertmanager"}, {Address: "docker_container.gone", Name: "never-created"}},
	Networks:   []Resource{{Address: "docker_network.mon", Name: "opsmon-local"}},
}

func labelled(env string) map[string]string { return map[string]string{EnvironmentLabel: env} }

// The environment's leftover container goes; its network, holding only the
// environment's containers, is adopted; what does not exist is left to the apply.
func TestLeftoversAreRemovedOrAdopted(t *testing.T) {
	got, err := Decide("local", unstated,
		[]Container{{ID: "c1", Name: "alertmanager", Labels: labelled("local")}, {ID: "c2", Name: "prometheus", Labels: labelled("local")}},
		[]Network{{ID: "n1", Name: "opsmon-local", Containers: []string{"alertmanager", "prometheus"}}, {ID: "n2", Name: "bridge"}})
	if err != nil {
		t.Fatal(err)
	}
	want := Plan{
		Remove: []Container{{ID: "c1", Name: "alertmanager", Labels: labelled("local")}},
		Import: []Import{{Address: "docker_network.mon", ID: "n1", Name: "opsmon-local"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("plan = %+v\nwant %+v", got, want)
	}
}

// Nothing left behind: nothing to do.
func TestNothingLeftBehind(t *testing.T) {
	got, err := Decide("local", unstated, nil, []Network{{ID: "n2", Name: "bridge"}})
	if err != nil || !got.Empty() {
		t.Errorf("plan %+v, err %v; want nothing", got, err)
	}
}

// A container with the stack's name that is not the environment's (another
// environment's, or unlabelled) stops the command, named; nothing is removed.
func TestAContainerNotOursIsRefusedByName(t *testing.T) {
	_, err := Decide("local", unstated, []Container{{ID: "c1", Name: "alertmanager", Labels: labelled("staging")}}, nil)
	want := `names the stack needs are taken by something this project did not make, so nothing was changed: container alertmanager exists but is not environment local's (label opsmon.environment="staging"); remove or rename them yourself, then run the command again`
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
}

// A network with the stack's name holding a container that is not the
// environment's is not adopted: a later destroy would take it away from its owner.
func TestANetworkWithOthersOnItIsRefusedByName(t *testing.T) {
	_, err := Decide("local", unstated,
		[]Container{{ID: "c1", Name: "alertmanager", Labels: labelled("local")}, {ID: "x", Name: "someones-db"}},
		[]Network{{ID: "n1", Name: "opsmon-local", Containers: []string{"alertmanager", "someones-db"}}})
	want := `names the stack needs are taken by something this project did not make, so nothing was changed: network opsmon-local exists and holds containers that are not environment local's: someones-db; remove or rename them yourself, then run the command again`
	if err == nil || err.Error() != want {
		t.Fatalf("err = %v\nwant %s", err, want)
	}
}

// For a saved plan's apply the state must not change: the network is removed,
// once the leftover container on it is gone, instead of adopted.
func TestKeepStateRemovesTheNetworkInsteadOfAdopting(t *testing.T) {
	nets := []Network{{ID: "n1", Name: "opsmon-local", Containers: []string{"alertmanager"}}}
	p, err := Decide("local", unstated, []Container{{ID: "c1", Name: "alertmanager", Labels: labelled("local")}}, nets)
	if err != nil {
		t.Fatal(err)
	}
	got, err := p.KeepState(nets)
	want := Plan{
		Remove:         []Container{{ID: "c1", Name: "alertmanager", Labels: labelled("local")}},
		RemoveNetworks: []Import{{Address: "docker_network.mon", ID: "n1", Name: "opsmon-local"}},
	}
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("KeepState = %+v, %v\nwant %+v", got, err, want)
	}
}

// A network that would keep a container after the removals is not removed
// under it: the command stops, naming it and the fix.
func TestKeepStateRefusesANetworkThatKeepsAContainer(t *testing.T) {
	nets := []Network{{ID: "n1", Name: "opsmon-local", Containers: []string{"alertmanager", "prometheus"}}}
	p, err := Decide("local", unstated, []Container{{ID: "c1", Name: "alertmanager", Labels: labelled("local")}, {ID: "c2", Name: "prometheus", Labels: labelled("local")}}, nets)
	if err != nil {
		t.Fatal(err)
	}
	_, err = p.KeepState(nets)
	want := "network opsmon-local, which an interrupted apply left outside the state, holds container prometheus, so it can only be adopted, and that changes the state under the saved plan: run `make deploy` for the environment (it adopts it), or plan again after removing it"
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
}

// A replace killed between Docker's create and the state's write: the state
// names prometheus by the old id, the engine's prometheus is another. It is what
// the apply would recreate on a taken name. Where the ids agree, or the engine
// has no container of that name, or the state records no id, nothing is.
func TestReplacedIsTheContainerTheStateDoesNotKnow(t *testing.T) {
	declared, _ := ParseDeclared(fixture(t, "cdk.tf.json"))
	state, err := ParseState(fixture(t, "state.json"))
	if err != nil {
		t.Fatal(err)
	}
	if state["docker_container.monitoring_prometheus_ABC"] != "0ld1d" {
		t.Fatalf("the state's id not read: %v", state)
	}
	prom := Resource{Address: "docker_container.monitoring_prometheus_ABC", Name: "prometheus"}
	for _, c := range []struct {
		what    string
		engine  []Container
		stateID string
		want    []Resource
	}{
		{"a new prometheus", []Container{{ID: "n3w1d", Name: "prometheus"}}, "0ld1d", []Resource{prom}},
		{"the stated prometheus", []Container{{ID: "0ld1d", Name: "prometheus"}}, "0ld1d", nil},
		{"no prometheus at all", nil, "0ld1d", nil},
		{"no id in the state", []Container{{ID: "n3w1d", Name: "prometheus"}}, "", nil},
	} {
		st := State{prom.Address: c.stateID}
		if got := Replaced(declared, st, c.engine); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: replaced = %v, want %v", c.what, got, c.want)
		}
	}
}
