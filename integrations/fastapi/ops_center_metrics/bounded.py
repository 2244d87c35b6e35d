"""Label values that come from clients (IPs, user names, key ids) are capped per process, so a
flood of distinct values cannot create unbounded series."""
import threading

OTHER = "other"


class BoundedValues:
    """Passes the first `limit` distinct values through; every later new value becomes "other"."""

    def __init__(self, limit: int, other: str = OTHER, max_len: int = 128):
        self.limit = limit
        self.other = other
        self.max_len = max_len
        self._seen = set()
        self._lock = threading.Lock()

    def __call__(self, value) -> str:
        v = "unknown" if value is None or value == "" else str(value)[: self.max_len]
        if v in self._seen:  # fast path without the lock: sets are safe to read concurrently
            return v
        with self._lock:
            if v in self._seen:
                return v
            if len(self._seen) < self.limit:
                self._seen.add(v)
                return v
        return self.other


def choice(value, allowed, default=OTHER) -> str:
    """Maps a value onto a closed set of label values."""
    v = str(value).lower() if value is not None else default
    return v if v in allowed else default
