"""SIMULATED DATA, DEMO ONLY. The local stack has no Cloudflare, NameCheap, Lago or Keycloak
account, so this feeds their metric families with plausible made-up values. Cloudflare and
NameCheap calls still go through the module's real httpx hooks, against a MockTransport; the rest
go through the same recorder methods the backend would call. Nothing here runs in production."""
import asyncio
import random
import time

import httpx

from ops_center_metrics.metrics_exporter import cloudflare_hooks, namecheap_hooks, track_external_call

TIERS = {"trial": 40, "starter": 120, "professional": 60, "enterprise": 12}
ZONES = [f"zone{i}.example" for i in range(8)]
CF_PATHS = [("GET", "/client/v4/zones"), ("GET", "/client/v4/zones/{z}/dns_records"),
            ("POST", "/client/v4/zones/{z}/dns_records"), ("PATCH", "/client/v4/zones/{z}/dns_records/{r}"),
            ("DELETE", "/client/v4/zones/{z}/dns_records/{r}"), ("POST", "/client/v4/zones")]
NC_COMMANDS = ["namecheap.domains.getList", "namecheap.domains.dns.getHosts", "namecheap.domains.dns.setHosts",
               "namecheap.domains.transfer.getStatus"]
FAILURE_REASONS = ["auth_code_invalid", "dns_timeout", "registrar_lock"]
FIREWALL_RULES = ["block_known_bad_ips", "geo_block", "admin_path_probe"]
SUSPICIOUS = ["credential_stuffing", "token_reuse", "api_key_anomaly"]
DNS_OPS = ["zone_create", "record_create", "record_update", "record_delete", "dnssec_enable", "dnssec_disable"]


class Simulator:
    def __init__(self, metrics, seed=None, migration_seconds=(20, 240), provider_latency=(0.05, 0.6)):
        self.m = metrics
        self.rnd = random.Random(seed)
        self.migration_seconds = migration_seconds
        self.provider_latency = provider_latency
        self.prime()

    def prime(self):
        """Creates the rare outcomes' series at 0, so rate() and dashboards show 0, not "No data",
        until the first one happens."""
        m = self.m
        for status in ("success", "failure"):
            m.migration_jobs.labels(status)
        for reason in FAILURE_REASONS:
            m.migration_failures.labels(reason)
        for kind in SUSPICIOUS:
            m.suspicious_activity.labels(kind)
        for rule in FIREWALL_RULES:
            m.firewall_triggers.labels(rule)
        self.migrations = []  # (start time, planned duration) of running simulated jobs

    async def _fake_provider(self, request):
        await asyncio.sleep(self.rnd.uniform(*self.provider_latency))
        roll = self.rnd.random()
        if "namecheap" in request.url.host:
            status = "ERROR" if roll < 0.03 else "OK"
            return httpx.Response(200, text=f'<ApiResponse Status="{status}"/>')
        return httpx.Response(429 if roll < 0.02 else 500 if roll < 0.04 else 200, json={"success": roll >= 0.04})

    async def provider_calls(self):
        t = httpx.MockTransport(self._fake_provider)
        async with httpx.AsyncClient(transport=t, base_url="https://api.cloudflare.com",
                                     event_hooks=cloudflare_hooks(self.m)) as cf, \
                httpx.AsyncClient(transport=t, base_url="https://api.namecheap.com",
                                  event_hooks=namecheap_hooks(self.m)) as nc:
            calls = []
            for _ in range(self.rnd.randint(2, 6)):
                method, path = self.rnd.choice(CF_PATHS)
                calls.append(cf.request(method, path.format(z="%032x" % self.rnd.getrandbits(128), r=self.rnd.randrange(10**6))))
            for _ in range(self.rnd.randint(1, 3)):
                calls.append(nc.get("/xml.response", params={"Command": self.rnd.choice(NC_COMMANDS)}))
            await asyncio.gather(*calls)

    def billing_and_users(self):
        r, m = self.rnd, self.m
        for _ in range(r.randint(0, 3)):
            status = r.choices(["issued", "paid", "failed", "voided"], [5, 4, 1, 0.3])[0]
            m.record_invoice(status, amount_cents=r.choice([1900, 4900, 9900, 49900]), currency="USD")
            m.record_payment("succeeded" if status == "paid" else "failed" if status == "failed" else "pending")
            with track_external_call("lago", "get_invoice", m):
                pass
            webhook = r.choice(["invoice.created", "invoice.payment_status_updated", "subscription.started"])
            m.lago_webhook_duration.labels(webhook).observe(r.uniform(0.02, 1.5))
        m.set_subscriptions({t: n + r.randint(-2, 2) for t, n in TIERS.items()})
        m.set_registered_users({t: n * 4 + r.randint(0, 3) for t, n in TIERS.items()})
        m.set_active_users({t: max(0, n // 3 + r.randint(-3, 3)) for t, n in TIERS.items()})
        m.set_active_sessions(sum(TIERS.values()) // 3 + r.randint(-5, 5))
        if r.random() < 0.3:
            m.record_session_ended(r.choice([120, 600, 2400, 7200, 30000]) * r.uniform(0.8, 1.2))
        with track_external_call("keycloak", "token_introspect", m):
            pass

    def migrations_and_dns(self):
        r, m, now = self.rnd, self.m, time.time()
        for job in [j for j in self.migrations if now - j[0] >= j[1]]:
            self.migrations.remove(job)
            ok = r.random() > 0.1
            m.migration_finished(ok, now - job[0], reason="" if ok else r.choice(FAILURE_REASONS))
        if len(self.migrations) < 4 and r.random() < 0.4:
            self.migrations.append((now, r.uniform(*self.migration_seconds)))
            m.migration_started()
        m.set_migration_queue_depth(r.randint(0, 12))
        m.set_domain_transfers({"pending": r.randint(0, 5), "in_progress": len(self.migrations), "completed": 40, "failed": r.randint(0, 2)})
        for _ in range(r.randint(1, 4)):
            m.record_dns_operation(r.choice(["cloudflare", "namecheap"]), r.choice(DNS_OPS), r.random() > 0.05, r.uniform(0.05, 1.5))
        m.record_dns_propagation("cloudflare", r.uniform(5, 120))
        for z in ZONES:
            m.set_zone_health(z, r.random() > 0.02)

    def security(self):
        r, m = self.rnd, self.m
        if r.random() < 0.5:
            m.record_firewall_trigger(r.choice(FIREWALL_RULES))
        if r.random() < 0.1:
            m.record_suspicious_activity(r.choice(SUSPICIOUS))

    async def tick(self):
        await self.provider_calls()
        self.billing_and_users()
        self.migrations_and_dns()
        self.security()

    async def run(self, interval: float = 5.0):
        while True:
            try:
                await self.tick()
            except Exception:  # a simulation glitch must never take the demo down
                pass
            await asyncio.sleep(interval)
