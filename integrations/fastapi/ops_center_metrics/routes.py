"""The route template of a request that FastAPI did not tag with its route.

FastAPI puts the matched APIRoute in scope["route"]. Requests that never reach an APIRoute are
matched here, after the response, against the app's own routes: plain Starlette routes (/docs,
/openapi.json, app.add_route), requests answered by middleware before routing (CORS preflight)
and slash redirects. Only a request no route accepts is <unmatched>.
"""
from functools import lru_cache
from typing import Iterable, Optional

from starlette.routing import Match, Mount, compile_path

UNMATCHED = "<unmatched>"


def _flat(routes) -> Iterable:
    for route in routes:
        # Newer FastAPI (0.165 here) keeps an included router as one entry; its contexts carry the prefix.
        contexts = getattr(route, "effective_route_contexts", None)
        if callable(contexts):
            yield from contexts()
        else:
            yield route


def route_path(scope) -> str:
    """The path the app's routes see: servers started with a root path (uvicorn --root-path)
    put it in front of scope["path"], and Starlette's routing takes it off again."""
    path, root = scope["path"], scope.get("root_path", "")
    if root and path.startswith(root) and (len(path) == len(root) or path[len(root)] == "/"):
        return path[len(root):]
    return path


@lru_cache(maxsize=256)
def _mount_format(path: str) -> str:
    """A mount's own template, its parameters by name ("/t/{tenant}"): Mount.path_format
    ends in the "/{path}" it adds for the mounted app."""
    return compile_path(path)[1]


def mounted_template(app, method: str, path: str, root: str) -> Optional[str]:
    """The template of a request that went through mounts, from the outer app down: each
    mount's template, then the route that took it in the innermost app, or "/{path:path}" when
    that app has no routes (StaticFiles) or none of them took it. None when no mount matches."""
    scope = {"type": "http", "method": method, "path": path, "root_path": root, "headers": [],
             "query_string": b""}
    parts = []
    while True:
        routes = getattr(getattr(app, "router", app), "routes", None)
        found = None
        for route in _flat(routes or ()):
            try:
                match, child = route.matches(scope)
            except Exception:  # a route type that cannot match a bare scope: skip it
                continue
            if match is not Match.NONE:
                found = route
                break
        mount = found if isinstance(found, Mount) else getattr(found, "starlette_route", None)
        if isinstance(mount, Mount):
            parts.append(_mount_format(mount.path))
            scope = {**scope, **child}
            app = mount.app
            continue
        if not parts:
            return None
        inner = getattr(found, "path_format", None)
        return "".join(parts) + (inner if isinstance(inner, str) and inner else "/{path:path}")


def match_template(app, scope) -> Optional[str]:
    """The path template of the first route accepting the scope's path (any method), else None.
    A mount gives its prefix plus "/{path:path}"."""
    routes = getattr(getattr(app, "router", None), "routes", None)
    if routes is None:
        return None
    for route in _flat(routes):
        try:
            match, _ = route.matches(scope)
        except Exception:  # a route type that cannot match a bare scope: skip it
            continue
        if match is Match.NONE:
            continue
        mount = route if isinstance(route, Mount) else getattr(route, "starlette_route", None)
        if isinstance(mount, Mount):
            return mount.path.rstrip("/") + "/{path:path}"
        path = getattr(route, "path_format", None)
        if isinstance(path, str):
            return path
    return None


def route_template(scope) -> Optional[str]:
    """The template FastAPI (or Starlette >= 1.0) recorded, or None when there is none to use."""
    # Newer FastAPI (0.165 here) keeps included routers by reference: scope["route"] is then the route as
    # declared (no include prefix); the context it leaves in scope["fastapi"] has the full path.
    ctx = (scope.get("fastapi") or {}).get("effective_route_context")
    if ctx is not None:
        inner = getattr(ctx, "starlette_route", None)
        if isinstance(inner, Mount):
            return None
        path = getattr(inner, "path_format", None) or getattr(ctx, "path_format", None)
        if isinstance(path, str) and path:
            return path
    route = scope.get("route")
    if route is None or isinstance(route, Mount):
        return None
    path = getattr(route, "path_format", None)
    return path if isinstance(path, str) else None


def lookup(app, scope, path: str, root: str, status: int) -> str:
    """Matches the request's original path; a 3xx without a match tries the slash-toggled path
    (Starlette's redirect_slashes), so a redirect is counted on the route it leads to."""
    probe = {"type": "http", "method": scope["method"], "path": path, "root_path": root,
             "headers": scope.get("headers", []), "query_string": b""}
    found = match_template(app, probe)
    if found is None and 300 <= status < 400 and path != "/":
        probe["path"] = path.rstrip("/") if path.endswith("/") else path + "/"
        found = match_template(app, probe)
    return found or UNMATCHED
