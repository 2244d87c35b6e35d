"""Container healthcheck without curl: exit 0 when /health answers 200, else 1."""
import sys
import urllib.request

try:
    with urllib.request.urlopen("http://127.0.0.1:8084/health", timeout=4) as r:
        sys.exit(0 if r.status == 200 else 1)
except Exception:
    sys.exit(1)
