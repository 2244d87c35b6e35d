# Pinned upstream versions of everything setup builds. One place to bump a component.
TOFU_VERSION=1.12.6
DOCKER_PROVIDER_VERSION=4.6.0
# The kreuzwerker v4 tags are refused by the proxy (module path mismatch); this pseudo-version
# is the v4.6.0 release commit.
DOCKER_PROVIDER_MODULE=github.com/kreuzwerker/terraform-provider-docker@v0.0.0-20260916201441-96d331c98ff4
PROMETHEUS_MODULE=github.com/prometheus/prometheus@v0.316.0
PROMETHEUS_VERSION=3.16.0
ALERTMANAGER_MODULE=github.com/prometheus/alertmanager@v0.35.0
ALERTMANAGER_VERSION=0.35.0
NODE_EXPORTER_MODULE=github.com/prometheus/node_exporter@v1.12.1
NODE_EXPORTER_VERSION=1.12.1
BLACKBOX_EXPORTER_MODULE=github.com/prometheus/blackbox_exporter@v0.28.0
BLACKBOX_EXPORTER_VERSION=0.28.0
POSTGRES_EXPORTER_MODULE=github.com/prometheus-community/postgres_exporter@v0.19.1
POSTGRES_EXPORTER_VERSION=0.19.1
REDIS_EXPORTER_MODULE=github.com/oliver006/redis_exporter@v1.88.0
REDIS_EXPORTER_VERSION=1.88.0
# actionlint validates the pull-request workflow in make test.
ACTIONLINT_MODULE=github.com/rhysd/actionlint@v1.7.12
