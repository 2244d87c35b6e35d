// Generates the typed Go bindings of the Grafana provider into generated/grafana,
// the way `cdktf get` generates the docker ones: cdktf's own generator writes the
// TypeScript constructs, jsii compiles them, jsii-pacmak emits Go. Only the resources
// the Grafana stack declares are kept, so the bindings stay small.
// Usage: node generate.js SCHEMA.json OUTDIR GO_MODULE
const fs = require("fs");
const os = require("os");
const path = require("path");
const { generateProviderBindingsFromSchema } = require("@cdktf/provider-generator");

// The data source, contact points and templates are Grafana's file provisioning
// (render/grafanaprov): they hold secrets, which the stack must not.
const RESOURCES = [
  "grafana_folder",
  "grafana_dashboard",
  "grafana_notification_policy",
  "grafana_mute_timing",
  "grafana_rule_group",
];

async function main() {
  const [schemaPath, outdir, goModule] = process.argv.slice(2);
  if (!schemaPath || !outdir || !goModule) {
    throw new Error("usage: node generate.js SCHEMA.json OUTDIR GO_MODULE");
  }
  const full = JSON.parse(fs.readFileSync(schemaPath, "utf8"));
  const providers = Object.keys(full.provider_schemas);
  if (providers.length !== 1) {
    throw new Error(`${schemaPath}: want one provider, found ${providers.length}`);
  }
  const p = full.provider_schemas[providers[0]];
  const resources = {};
  for (const r of RESOURCES) {
    if (!p.resource_schemas[r]) {
      throw new Error(`${schemaPath}: no resource ${r}; fix RESOURCES in ${__filename}`);
    }
    resources[r] = p.resource_schemas[r];
  }
  const schema = {
    format_version: full.format_version,
    provider_schemas: {
      [providers[0]]: { provider: p.provider, resource_schemas: resources, data_source_schemas: {} },
    },
  };
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), "opsmon-grafana-bindings-"));
  try {
    const dep = (name) => path.dirname(require.resolve(`${name}/package.json`));
    await generateProviderBindingsFromSchema(staging, schema, {
      entrypoint: "providers/grafana/index.ts",
      deps: [dep("@types/node"), dep("constructs"), dep("cdktf")],
      moduleKey: "grafana",
      golang: { outdir, moduleName: goModule, packageName: "grafana" },
    });
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exit(1);
});
