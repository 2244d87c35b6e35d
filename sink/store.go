// Package sink is the local notification sink: it stands where Slack, PagerDuty,
// SMTP and webhook receivers stand in production and records every delivery
// Alertmanager makes, so tests can read who was notified and with what.
package sink

import (
	"sync"
	"time"
)

// Delivery is one notification as the receiver got it.
type Delivery struct {
	Kind       string    `json:"kind"` // slack, pagerduty, email or webhook
	Receiver   string    `json:"receiver"`
	ReceivedAt time.Time `json:"received_at"`
	Body       string    `json:"body"`
}

// Store keeps deliveries in memory, bounded so a runaway loop cannot exhaust it.
type Store struct {
	mu         sync.Mutex
	deliveries []Delivery
	max        int
	counts     map[[2]string]int
}

// NewStore keeps at most max deliveries, dropping the oldest.
func NewStore(max int) *Store {
	return &Store{max: max, counts: map[[2]string]int{}}
}

// Add records a delivery.
func (s *Store) Add(d Delivery) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.deliveries = append(s.deliveries, d)
	if len(s.deliveries) > s.max {
		s.deliveries = s.deliveries[len(s.deliveries)-s.max:]
	}
	s.counts[[2]string{d.Kind, d.Receiver}]++
}

// List returns a copy of the deliveries, oldest first.
func (s *Store) List() []Delivery {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Delivery(nil), s.deliveries...)
}

// Reset forgets all deliveries (counters keep counting: they are Prometheus counters).
func (s *Store) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.deliveries = nil
}

// Counts returns deliveries per (kind, receiver) since start.
func (s *Store) Counts() map[[2]string]int {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[[2]string]int, len(s.counts))
	for k, v := range s.counts {
		out[k] = v
	}
	return out
}
