package grafanaprov_test

import (
	"fmt"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/magicunicorn/ops-center-monitoring/dashboards"
	"github.com/magicunicorn/ops-center-monitoring/hostplan"
	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/render"
	"github.com/magicunicorn/ops-center-monitoring/render/grafanaprov"
)

// variant is one environment with one alert engine.
type variant struct {
	name string
	env  model.Environment
}

// variants are every environment that runs Grafana, with both engines.
func variants(t *testing.T) []variant {
	t.Helper()
	var out []variant
	for _, name := range model.EnvironmentNames {
		for _, engine := range []string{"prometheus", "grafana"} {
			env, err := model.LoadEnvironment("../../environments", name)
			if err != nil {
				t.Fatal(err)
			}
			if !env.Has(model.Grafana) {
				continue
			}
			env.AlertEngine = engine
			out = append(out, variant{name + "/" + engine, env})
		}
	}
	if len(out) == 0 {
		t.Fatal("no environment runs Grafana")
	}
	return out
}

// Every file decodes strictly as Grafana's provisioning format, and the data
// source is the one the dashboards read.
func TestFilesAreGrafanaProvisioning(t *testing.T) {
	for _, v := range variants(t) {
		files, err := grafanaprov.Files(v.env)
		if err != nil {
			t.Fatal(err)
		}
		var ds grafanaprov.DataSources
		if err := grafanaprov.Parse(files[grafanaprov.DataSourcesPath], &ds); err != nil {
			t.Fatalf("%s: %v", v.name, err)
		}
		if ds.APIVersion != 1 || len(ds.DataSources) != 1 || ds.DataSources[0].UID != dashboards.PrometheusUID || !ds.DataSources[0].IsDefault {
			t.Errorf("%s: data sources %+v, want the default Prometheus, uid %s", v.name, ds, dashboards.PrometheusUID)
		}
		for _, kind := range grafanaprov.Kinds {
			if _, err := fsSub(files, grafanaprov.Dir+"/"+kind+"/"); err != nil {
				t.Errorf("%s: %v", v.name, err)
			}
		}
		raw, ok := files[grafanaprov.AlertingPath]
		if ok != (v.env.AlertEngine == "grafana") {
			t.Errorf("%s: alerting file rendered %v with the %s engine", v.name, ok, v.env.AlertEngine)
		}
		if !ok {
			continue
		}
		var a grafanaprov.Alerting
		if err := grafanaprov.Parse(raw, &a); err != nil {
			t.Fatalf("%s: %v", v.name, err)
		}
		if len(a.ContactPoints) != len(grafanaprov.Receivers) || len(a.Templates) == 0 {
			t.Errorf("%s: %d contact points, %d templates", v.name, len(a.ContactPoints), len(a.Templates))
		}
	}
}

// A key Grafana does not know fails the strict decode, so the check can fail.
func TestParseRefusesAnUnknownKey(t *testing.T) {
	err := grafanaprov.Parse([]byte("apiVersion: 1\ndatasources:\n  - name: P\n    secureJSONData: {}\n"), &grafanaprov.DataSources{})
	if err == nil || !strings.Contains(err.Error(), "field secureJSONData not found") {
		t.Fatalf("err = %v, want the unknown key named", err)
	}
}

// secretKeys are the settings that hold a secret in real notification mode.
var secretKeys = map[string]bool{"basicAuthPassword": true, "tlsCACert": true, "url": true, "integrationKey": true}

// Every secret Grafana provisions is a $__file{} reference to a file of the
// secrets volume the host plan gives Grafana: Terraform carries none of them.
func TestSecretsAreFilesOfGrafanasSecretsVolume(t *testing.T) {
	for _, v := range variants(t) {
		all, err := render.All(v.env)
		if err != nil {
			t.Fatal(err)
		}
		plan, err := hostplan.Build(v.env, all)
		if err != nil {
			t.Fatal(err)
		}
		var mounted []string
		for _, c := range plan.Containers {
			if c.Name == model.Grafana {
				for _, n := range c.Secrets.Names {
					mounted = append(mounted, c.Secrets.Path(n))
				}
				if c.Secrets.CA {
					mounted = append(mounted, model.CAFile)
				}
			}
		}
		var refs []string
		var ds grafanaprov.DataSources
		if err := grafanaprov.Parse(all[grafanaprov.DataSourcesPath], &ds); err != nil {
			t.Fatal(err)
		}
		for k, val := range ds.DataSources[0].SecureJSONData {
			refs = append(refs, k+"="+val)
		}
		if raw, ok := all[grafanaprov.AlertingPath]; ok {
			var a grafanaprov.Alerting
			if err := grafanaprov.Parse(raw, &a); err != nil {
				t.Fatal(err)
			}
			for _, cp := range a.ContactPoints {
				for _, r := range cp.Receivers {
					for k, val := range r.Settings {
						if s, _ := val.(string); secretKeys[k] && (v.env.Notifications == "real" || strings.HasPrefix(s, "$")) {
							refs = append(refs, cp.Name+"/"+r.Type+"/"+k+"="+s)
						}
					}
				}
			}
		}
		if len(refs) == 0 {
			t.Fatalf("%s: no secret found to check", v.name)
		}
		for _, ref := range refs {
			_, val, _ := strings.Cut(ref, "=")
			file, ok := strings.CutPrefix(val, "$__file{")
			file, closed := strings.CutSuffix(file, "}")
			if !ok || !closed || !slices.Contains(mounted, file) {
				t.Errorf("%s: %s is not a file of Grafana's secrets volume %v", v.name, ref, mounted)
			}
		}
	}
}

// The compose providers load each of the 15 dashboards once, into its area's
// folder, with the folder UIDs the Grafana stack uses.
func TestComposeLoadsEveryDashboardIntoItsFolder(t *testing.T) {
	files, err := grafanaprov.ComposeFiles()
	if err != nil {
		t.Fatal(err)
	}
	var d grafanaprov.Dashboards
	if err := grafanaprov.Parse(files[grafanaprov.ComposeDashboardsPath], &d); err != nil {
		t.Fatal(err)
	}
	byPath := map[string]string{}
	for _, p := range d.Providers {
		byPath[p.Options.Path] = p.FolderUID
	}
	all, err := dashboards.All()
	if err != nil {
		t.Fatal(err)
	}
	mounts, err := grafanaprov.ComposeMounts()
	if err != nil {
		t.Fatal(err)
	}
	loaded := map[string]string{}
	for _, m := range mounts {
		if folder, ok := byPath[path.Dir(m.Target)]; ok {
			loaded[path.Base(m.Source)] = folder
		}
	}
	if len(all) != 15 || len(loaded) != len(all) {
		t.Fatalf("%d dashboards loaded of %d", len(loaded), len(all))
	}
	for _, db := range all {
		if got := loaded[db.FileName+".json"]; got != db.Folder.UID() {
			t.Errorf("%s loads into folder %q, want %q", db.FileName, got, db.Folder.UID())
		}
	}
}

// fsSub finds a file in the folder: Grafana logs a folder it finds missing.
func fsSub(files map[string][]byte, prefix string) (string, error) {
	for p := range files {
		if strings.HasPrefix(p, prefix) {
			return p, nil
		}
	}
	return "", fmt.Errorf("nothing rendered in %s: Grafana would log it missing at every start", prefix)
}
