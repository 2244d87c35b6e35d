package alerts

import (
	"path/filepath"
	"strings"
	"testing"

	promlabels "github.com/prometheus/prometheus/model/labels"
	"github.com/prometheus/prometheus/promql/parser"

	"github.com/magicunicorn/ops-center-monitoring/model"
	"github.com/magicunicorn/ops-center-monitoring/model/envtest"
)

// Every environment deploys only alerts that can fire there: each series an alert
// or recording rule selects names a job (job="..." or job=~"...") that the
// environment scrapes, or is a recording rule's output, or is one Prometheus
// writes for every job (up, scrape_*). A selector without a job would match
// anything of that name, and a job the environment does not scrape can never have
// a series.
func TestEveryDeployedSelectorNamesAScrapedJob(t *testing.T) {
	recorded := map[string]bool{}
	for _, r := range RecordingRules() {
		recorded[r.Record] = true
	}
	for _, name := range []string{"local", "staging", "production", "local with Thanos"} {
		var env model.Environment
		if name == "local with Thanos" {
			env = envtest.LocalWithThanos(t, filepath.Join("..", "environments"))
		} else {
			var err error
			if env, err = model.LoadEnvironment(filepath.Join("..", "environments"), name); err != nil {
				t.Fatal(err)
			}
		}
		jobs := env.Jobs()
		exprs := map[string]string{}
		for _, a := range All(ForEnvironment(Catalog(), env)) {
			exprs["alert "+a.Name] = a.Expr
		}
		for _, r := range RecordingRules() {
			exprs["recording rule "+r.Record] = r.Expr
		}
		for what, expr := range exprs {
			e, err := promql.ParseExpr(expr)
			if err != nil {
				t.Fatalf("%s: %v", what, err)
			}
			parser.Inspect(e, func(n parser.Node, _ []parser.Node) error {
				vs, ok := n.(*parser.VectorSelector)
				if !ok || recorded[vs.Name] || everyJob(vs) {
					return nil
				}
				if !selectsAJob(vs.LabelMatchers, jobs) {
					t.Errorf("%s: %s deploys %s, whose %s names no job %s scrapes", name, what, expr, vs.String(), name)
				}
				return nil
			})
		}
	}
}

func selectsAJob(matchers []*promlabels.Matcher, jobs []model.ScrapeJob) bool {
	for _, m := range matchers {
		if m.Name != "job" {
			continue
		}
		for _, j := range jobs {
			if m.Matches(j.Name) && m.Type != promlabels.MatchNotEqual && m.Type != promlabels.MatchNotRegexp {
				return true
			}
		}
		return false
	}
	return false
}

// everyJob: a series Prometheus writes for every target, selected without a job.
func everyJob(vs *parser.VectorSelector) bool {
	for _, m := range vs.LabelMatchers {
		if m.Name == "job" {
			return false
		}
	}
	return vs.Name == "up" || strings.HasPrefix(vs.Name, "scrape_")
}
