package main

import (
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// seriesKeys renders each series' label set as one string (labels sorted by
// name) and sorts them, so two answers to a query compare as sets.
func seriesKeys(res []sample) []string {
	keys := make([]string, 0, len(res))
	for _, s := range res {
		names := make([]string, 0, len(s.Metric))
		for k := range s.Metric {
			names = append(names, k)
		}
		sort.Strings(names)
		var b strings.Builder
		b.WriteByte('{')
		for i, k := range names {
			if i > 0 {
				b.WriteByte(',')
			}
			fmt.Fprintf(&b, "%s=%q", k, s.Metric[k])
		}
		b.WriteByte('}')
		keys = append(keys, b.String())
	}
	sort.Strings(keys)
	return keys
}

// sameSeries returns nil if both answers hold the same series (by label set),
// else an error giving both counts and the first label set only one of them has.
func sameSeries(direct, thanos []sample) error {
	d, t := seriesKeys(direct), seriesKeys(thanos)
	in := func(keys []string, k string) bool {
		i := sort.SearchStrings(keys, k)
		return i < len(keys) && keys[i] == k
	}
	for _, k := range d {
		if !in(t, k) {
			return fmt.Errorf("%d series direct, %d via Thanos Query; %s only direct", len(d), len(t), k)
		}
	}
	for _, k := range t {
		if !in(d, k) {
			return fmt.Errorf("%d series direct, %d via Thanos Query; %s only via Thanos Query", len(d), len(t), k)
		}
	}
	if len(d) != len(t) {
		return fmt.Errorf("%d series direct, %d via Thanos Query", len(d), len(t))
	}
	return nil
}

// agree checks that each query returns the same series (by label set) from both
// endpoints, evaluated at one instant, and returns how many series each returned
// in all.
func agree(direct, via endpoint, queries []string) (nDirect, nVia int, err error) {
	at := url.Values{"time": {strconv.FormatInt(time.Now().Unix(), 10)}}
	for _, q := range queries {
		d, err := direct.query(q, at)
		if err != nil {
			return 0, 0, fmt.Errorf("%s: %w", q, err)
		}
		v, err := via.query(q, at)
		if err != nil {
			return 0, 0, fmt.Errorf("%s: %w", q, err)
		}
		if err := sameSeries(d, v); err != nil {
			return 0, 0, fmt.Errorf("the series sets differ for %s: %w", q, err)
		}
		nDirect += len(d)
		nVia += len(v)
	}
	return nDirect, nVia, nil
}
