package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFixtures runs the linter over one dashboard per bad case and compares the
// exact messages a person would read.
func TestFixtures(t *testing.T) {
	inv := inventory(t)
	cases := map[string]string{
		"good":                   "",
		"no_title":               `fixture: panel "": has no title`,
		"no_description":         `fixture: panel "Request rate": has no description`,
		"no_unit":                `fixture: panel "Request rate": has no unit`,
		"fixed_datasource":       `fixture: panel "Request rate": data source is "prometheus", want the templated "${datasource}"`,
		"fixed_query_datasource": `fixture: panel "Request rate": query A: data source is "prometheus", want the templated "${datasource}"`,
		"parse_error":            `fixture: panel "Request rate": query A: does not parse: 1:47: parse error: unclosed left parenthesis`,
		"unknown_metric":         `fixture: panel "Request rate": query A: metric "ops_center_api_request_total" is not in the inventory (exporters, FastAPI, recording rules)`,
		"fixed_rate_window":      `fixture: panel "Request rate": query A: rate() over [5m]; use [$__rate_interval]`,
		"irate_over_range":       `fixture: panel "Request rate": query A: irate() over [$__range]; use [$__rate_interval]`,
		"strict_unknown_field":   `strict unmarshal: panels[0].Panel: unexpected field 'colour'`,
		"strict_wrong_type":      `strict unmarshal: panels[0].title: json: cannot unmarshal number into Go value of type string`,
	}
	for name, want := range cases {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			if err := StrictRoundTrip(raw); err != nil {
				got = append(got, err.Error())
			} else {
				got = CheckDashboard(raw, inv)
			}
			if g := strings.Join(got, "\n"); g != want {
				t.Errorf("got  %s\nwant %s", g, want)
			}
		})
	}
}
