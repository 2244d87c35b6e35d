package alerts

import (
	"time"

	"github.com/magicunicorn/ops-center-monitoring/model"
)

// Alertmanager's gossip cluster (issue 12's HA peers). Alertmanager registers the
// cluster metrics only when clustering is on (app/app.go of v0.35.0: the peer is
// created only with a --cluster.listen-address): an environment without
// ha.alertmanager_peers has no series, and these alerts stay silent there.

// clusterPeer is one peer of a test cluster, as HA would name them.
func clusterPeer(i int) string { return "alertmanager-" + itoa(i) + ":9093" }

func amPeerSeries(metric string, peer int, values string) Series {
	return series(metric+`{job="alertmanager",instance="`+clusterPeer(peer)+`"}`, values)
}

func alertmanagerClusterMembersMissing() Alert {
	peerOut := func(i int) Firing {
		return fire(labels("job", "alertmanager", "instance", clusterPeer(i)), 1)
	}
	return Alert{
		Name: "AlertmanagerClusterMembersMissing",
		// The peers expected are the clustered Alertmanagers Prometheus scrapes
		// (alertmanager_cluster_enabled == 1): one un-clustered instance has no
		// members series at all, and one clustered alone expects itself only. A peer
		// that is down leaves both sides (its scrape fails): TargetDownAlertmanager's.
		Expr: `alertmanager_cluster_members{job="alertmanager"}` +
			` < on (job) group_left () count by (job) (alertmanager_cluster_enabled{job="alertmanager"} == 1)`,
		For:      5 * time.Minute,
		Severity: SeverityHigh, Service: model.ServiceAlertmanager, Labels: resource("cluster"),
		Summary:      "Alertmanager {{ $labels.instance }} does not see all its cluster peers",
		Description:  `Alertmanager {{ $labels.instance }} sees {{ $value }} cluster members, fewer than the clustered Alertmanagers Prometheus scrapes: the cluster is split.`,
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobAlertmanager},
		Runbook: Runbook{
			Description: "An Alertmanager that Prometheus scrapes and that has clustering on has counted fewer members in its gossip cluster than there are such Alertmanagers, for 5 minutes (alertmanager_cluster_members of cluster/delegate.go against alertmanager_cluster_enabled of app/metrics.go, Alertmanager v0.35.0). The peers are up but cannot reach each other: the cluster is split.",
			Impact: []string{
				"Each side deduplicates only within itself: people get the same page once per side",
				"Silences created on one side do not reach the other: silenced alerts may notify",
				"Nothing is lost tonight; the duplicates are the cost",
			},
			Diagnosis: []string{
				"What each peer sees: `" + amtool("cluster show") + "`",
				"Gossip errors: `docker logs alertmanager 2>&1 | grep -iE 'memberlist|cluster|gossip' | tail -20`",
				"Members per peer: " + promQuery(`alertmanager_cluster_members`),
			},
			Resolution: []string{
				"A network between the peers' hosts that drops the cluster port (9094, TCP and UDP): open it again; the peers rejoin by themselves",
				"A peer started with the wrong --cluster.peer list: redeploy from the repository (`make deploy ENV=<env>`) so every peer lists the others",
				"If a peer stays alone after the network is fixed: `docker restart alertmanager` on that host",
			},
			Escalation: "Escalate to the monitoring owner the next working day, or tonight if duplicate pages keep waking people.",
		},
		Tests: []Test{
			firing("fires when two peers cannot see each other", 2*time.Minute, []Firing{peerOut(0), peerOut(1)},
				amPeerSeries("alertmanager_cluster_enabled", 0, "1x30"), amPeerSeries("alertmanager_cluster_enabled", 1, "1x30"),
				amPeerSeries("alertmanager_cluster_members", 0, "2 2 1x30"), amPeerSeries("alertmanager_cluster_members", 1, "2 2 1x30")),
			silent("silent with clustering off, as every environment runs today", 0,
				series(`alertmanager_cluster_enabled{job="alertmanager",instance="alertmanager:9093"}`, "0x30")),
			silent("silent while every peer sees the others", 0,
				amPeerSeries("alertmanager_cluster_enabled", 0, "1x30"), amPeerSeries("alertmanager_cluster_enabled", 1, "1x30"),
				amPeerSeries("alertmanager_cluster_members", 0, "2x30"), amPeerSeries("alertmanager_cluster_members", 1, "2x30")),
			silent("a peer that is down is its target alert's", 2*time.Minute,
				amPeerSeries("alertmanager_cluster_enabled", 0, "1x30"), amPeerSeries("alertmanager_cluster_enabled", 1, "1 1 stale"),
				amPeerSeries("alertmanager_cluster_members", 0, "2 2 1x30"), amPeerSeries("alertmanager_cluster_members", 1, "2 2 stale")),
		},
	}
}

func alertmanagerClusterGossipFailing() Alert {
	pruned := func(values string) Series {
		return amPeerSeries("alertmanager_cluster_messages_pruned_total", 0, values)
	}
	health := func(values string) Series { return amPeerSeries("alertmanager_cluster_health_score", 0, values) }
	out := labels("job", "alertmanager", "instance", clusterPeer(0))
	return Alert{
		Name: "AlertmanagerClusterGossipFailing",
		// Messages dropped from the gossip queue or the oversized-message channel
		// (cluster/delegate.go, cluster/channel.go), or memberlist's own health score
		// above 0: probes of peers go unanswered. A one-off drop is repaired by the
		// next full-state exchange; the `for` waits for a lasting fault.
		Expr: `sum by (job, instance) (` +
			`increase(alertmanager_cluster_messages_pruned_total{job="alertmanager"}[5m])` +
			` or increase(alertmanager_oversized_gossip_message_failure_total{job="alertmanager"}[5m])` +
			` or increase(alertmanager_oversized_gossip_message_dropped_total{job="alertmanager"}[5m])` +
			`) > 0 or max by (job, instance) (alertmanager_cluster_health_score{job="alertmanager"}) > 0`,
		For:      15 * time.Minute,
		Severity: SeverityHigh, Service: model.ServiceAlertmanager, Labels: resource("cluster"),
		Summary:      "Alertmanager {{ $labels.instance }} is losing cluster gossip",
		Description:  `Alertmanager {{ $labels.instance }} has dropped cluster messages, or its peers stop answering its probes, for 15 minutes: silences and the notification log do not reach every peer.`,
		DashboardUID: DashSystemHealth,
		Jobs:         []string{model.JobAlertmanager},
		Runbook: Runbook{
			Description: "For 15 minutes an Alertmanager peer has dropped gossip messages, or its memberlist health score has stayed above 0 (Alertmanager v0.35.0: alertmanager_cluster_messages_pruned_total and alertmanager_cluster_health_score in cluster/delegate.go, alertmanager_oversized_gossip_message_failure_total and _dropped_total in cluster/channel.go). Peers share silences and the notification log (who was notified of what) by gossip; the queue holds 4096 messages before it prunes, and the health score rises when probes of peers go unanswered.",
			Impact: []string{
				"A silence may not hold on every peer, and a peer that missed the notification log sends a page again: duplicates, not losses",
				"A full-state exchange between peers repairs the state every minute; a lasting fault means it cannot keep up",
			},
			Diagnosis: []string{
				"The gossip counters: `" + amMetrics(`-E 'alertmanager_(cluster|oversize)'`) + "`",
				"Memberlist's complaints: `docker logs alertmanager 2>&1 | grep -iE 'memberlist|suspect|dropping messages' | tail -20`",
				"The cluster as this peer sees it: `" + amtool("cluster show") + "`",
			},
			Resolution: []string{
				"Packet loss or latency between the peers' hosts: fix the network path of the cluster port (9094)",
				"A peer starved of CPU (`docker stats --no-stream alertmanager`): give it more or move load off its host",
				"Very many silences make the state large: list them with `" + amtool("silence query") + "` and expire those nobody needs with `" + amtool("silence expire <id>") + "`",
			},
			Escalation: "Escalate to the monitoring owner the next working day; the same day if silences are not holding.",
		},
		Tests: append(lastingFaultTests(pruned, out, health("0x30")),
			firing("fires while the health score stays above 0", 2*time.Minute, one(fire(out, 2)),
				pruned("0x30"), health("0 0 2x30"))),
	}
}
