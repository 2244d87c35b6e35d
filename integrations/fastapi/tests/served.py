"""A real uvicorn server on 127.0.0.1 in a thread of the test process, so a test can read the
app's metrics objects directly while talking HTTP to it."""
import contextlib
import threading
import time

import uvicorn

from test_multiprocess import free_port


@contextlib.contextmanager
def served(app, root_path=""):
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="critical",
                                           access_log=False, lifespan="off", root_path=root_path))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started:
        if time.time() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield port
    finally:
        server.should_exit = True
        thread.join(10)


def until(what, check, seconds=10):
    """Polls check() (bounded in time) until it is truthy; the server records a request only
    after the response, so the client can be a moment ahead."""
    deadline = time.time() + seconds
    while time.time() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out after {seconds}s waiting for {what}")
