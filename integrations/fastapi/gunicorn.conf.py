# Gunicorn config for a FastAPI app instrumented with ops_center_metrics, several workers:
#   gunicorn -c gunicorn.conf.py -w 4 -b 0.0.0.0:8084 server:app
# The settings and hooks live in the package (ops_center_metrics/gunicorn_conf.py), so a pip
# install can use `-c python:ops_center_metrics.gunicorn_conf` without this file.
from ops_center_metrics.gunicorn_conf import child_exit, on_exit, on_starting, worker_class  # noqa: F401
