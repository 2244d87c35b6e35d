# Pinned versions of the toolchain setup builds. The monitoring components' versions
# (image tags and the modules their local images are built from) live in the model,
# model/releases.go; setup.sh reads them from `opsmon versions`.
TOFU_VERSION=1.12.6
DOCKER_PROVIDER_VERSION=4.6.0
# The kreuzwerker v4 tags are refused by the proxy (module path mismatch); this pseudo-version
# is the v4.6.0 release commit.
DOCKER_PROVIDER_MODULE=github.com/kreuzwerker/terraform-provider-docker@v0.0.0-20260916201441-96d331c98ff4
# The Go toolchain the provider is built with, on every machine: the committed
# .terraform.lock.hcl holds the binary's hash, and another Go release builds other bytes
# (it names itself in the binary). A machine with another Go fetches this one from the
# Go module proxy (GOTOOLCHAIN). Change it together with `make provider-lock`.
DOCKER_PROVIDER_GO=go1.26.8
# actionlint validates the pull-request workflow in make test.
ACTIONLINT_MODULE=github.com/rhysd/actionlint@v1.7.12
# act runs the GitHub workflows as written on this machine in make test (e2e/act_test.go).
ACT_MODULE=github.com/nektos/act@v0.2.82
# SeaweedFS: a real S3-compatible server the e2e test keeps state in (s3 backend with
# use_lockfile), pinned at the pseudo-version of its 2026-11-09 commit. `go install`
# refuses it (its go.mod has replace directives), so setup builds ./weed inside the module.
SEAWEEDFS_MODULE=github.com/seaweedfs/seaweedfs@v0.0.0-20261109003541-7506e5f91cd6
# Traefik: the product's edge on the e2e bench (e2e/traefik_test.go). v3.4.5 is the newest
# v3 whose every dependency the proxy serves (v3.7 is refused); built inside the module,
# as its go.mod has replace directives.
TRAEFIK_MODULE=github.com/traefik/traefik/v3@v3.4.5
# Thanos v0.42.5 (model/releases.go) declares go 1.26.10; setup fetches that toolchain
# from the Go module proxy (GOTOOLCHAIN) to build it.
THANOS_GO=go1.26.10
