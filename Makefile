# Ops-Center monitoring as code. `make up` deploys the local stack; `make test` runs
# every test. Both set up what they need first (idempotent, cached in .cache/).
SHELL := /bin/bash
ENV ?= local
# STACK: one stack or pattern of ENV (e.g. STACK=staging-host); empty = all of ENV's.
STACK ?=
export GOFLAGS := -buildvcs=false

.PHONY: setup setup-deploy setup-stack up down purge plan apply-plan review grafana-bindings python-requirements provider-lock recreate test check test-unit test-e2e render check-drift synth diff deploy destroy bench secrets-push

setup:
	@scripts/setup.sh

# setup-deploy: only what a plan or an apply needs (OpenTofu, the provider, cdktf-cli,
# the docker and ssh clients); the targets that act on an environment elsewhere use it.
# The local environment runs on this machine: the stack profile (below).
setup-deploy:
	@scripts/setup.sh --profile deploy
# setup-stack: what the local stack needs (the engine, its images, the deploy tools).
setup-stack:
	@scripts/setup.sh --profile stack
ENV_SETUP = $(if $(filter local,$(ENV)),setup-stack,setup-deploy)
# A plan, a diff or a synth of any environment only reads: what a deploy machine has
# is enough (local's engine must answer; make setup starts it).
READ_SETUP = setup-deploy

up: setup-stack
	@scripts/up.sh

down:
	@scripts/stack.sh destroy local
	@echo "local stack destroyed; data volumes kept (make purge removes them)"

purge: down
	@scripts/purge.sh local

# grafana-bindings: regenerate generated/grafana from the provider schema with cdktf's
# generator (make test fails when the committed bindings differ).
grafana-bindings:
	@scripts/setup.sh provider_generator
	@scripts/grafana-bindings.sh

# python-requirements: compile integrations/fastapi/*.in into the hashed .txt files
# setup and the demo image install with --require-hashes (needs PyPI).
python-requirements:
	@scripts/python-requirements.sh

# provider-lock: write .terraform.lock.hcl from the provider setup built (setup checks
# the committed one against the build).
provider-lock:
	@scripts/setup.sh docker_provider tofu_config
	@scripts/provider-lock.sh

render:
	@scripts/opsmon.sh render

check-drift:
	@scripts/opsmon.sh render -check

synth: $(READ_SETUP)
	@scripts/stack.sh synth $(ENV)

diff: $(READ_SETUP)
	@scripts/stack.sh diff $(ENV) $(if $(STACK),'$(STACK)')

deploy: $(ENV_SETUP)
	@scripts/stack.sh deploy $(ENV) $(if $(STACK),'$(STACK)')

# secrets-push: write ENV's secrets (OPSMON_SECRETS_FILE) into its containers' secrets
# volumes on its Docker host; a deploy checks they are there and never reads them.
secrets-push: $(ENV_SETUP)
	@scripts/secrets-push.sh $(ENV)

# destroy: data volumes are kept; production also needs OPSMON_ALLOW_PRODUCTION_DESTROY=yes.
destroy: $(ENV_SETUP)
	@scripts/stack.sh destroy $(ENV) $(if $(STACK),'$(STACK)')

# recreate: destroy and redeploy ENV (staging is disposable; never production).
recreate: $(ENV_SETUP)
	@scripts/recreate.sh $(ENV)

# plan: what a deploy of ENV would do, summarised (data touched flagged loudly).
plan: $(READ_SETUP)
	@scripts/plan.sh $(ENV)

# review: the monitoring change from BASE to the working tree, in Markdown: alerts,
# routing, scrape jobs, dashboard panels, containers replaced (data flagged). Needs
# only Go and git; without origin/main (a local clone) it compares with main.
BASE ?= origin/main
review:
	@scripts/opsmon.sh review -base '$(BASE)'
# apply-plan: apply exactly the saved plans in PLANS (OPSMON_PLAN_OUT=DIR make plan),
# checked against the DIGEST make plan printed for them.
DIGEST ?= $(OPSMON_PLAN_DIGEST)
apply-plan: $(ENV_SETUP)
	@OPSMON_PLAN_DIGEST='$(DIGEST)' scripts/apply-plan.sh $(ENV) '$(PLANS)'

test: setup
	@scripts/test.sh

# check: everything that needs no running stack (the pull-request workflow runs it).
check: setup
	@scripts/test.sh static unit

test-unit:
	@scripts/test.sh unit

test-e2e: setup
	@scripts/test.sh e2e

bench: setup
	@scripts/bench.sh
