"""An app with every kind of route a real backend has: APIRoutes, an included router with a
prefix, plain Starlette routes (docs, add_route, a router's add_route), a StaticFiles mount,
CORS, and failing routes (a stream failing mid-body, an exception handler answering 200)."""
import asyncio

from fastapi import APIRouter, BackgroundTasks, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, PlainTextResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles

ORIGIN = "https://ops.example"


class Handled(Exception):
    """The app's own exception handler turns it into a 200."""


class StreamBroke(Exception):
    """Raised by a streaming body after its first chunk."""


def legacy(request):
    return PlainTextResponse("legacy")


def routes_app(static_dir) -> FastAPI:
    app = FastAPI()
    app.add_middleware(CORSMiddleware, allow_origins=[ORIGIN], allow_methods=["*"])

    @app.exception_handler(Handled)
    async def handled(request: Request, exc: Handled):
        return JSONResponse({"handled": True}, status_code=200)

    @app.get("/api/v1/domains/{domain_id}")
    def get_domain(domain_id: int):
        return {"id": domain_id}

    @app.get("/api/v1/items")
    async def items():
        return []

    @app.get("/api/v1/handled")
    def raises_handled():
        raise Handled()

    @app.get("/api/v1/stream")
    def broken_stream():
        def body():
            yield b"first chunk\n"
            raise StreamBroke("upstream went away")
        return StreamingResponse(body())

    @app.post("/api/v1/upload")
    async def upload(request: Request):
        return {"bytes": len(await request.body())}

    @app.get("/api/v1/slow-stream")
    async def slow_stream():
        async def body():
            for _ in range(50):
                yield b"x" * 1024
                await asyncio.sleep(0.1)
        return StreamingResponse(body())

    @app.get("/api/v1/with-task")
    def with_task(tasks: BackgroundTasks):
        tasks.add_task(asyncio.sleep, 0.3)
        return {"ok": True}

    zones = APIRouter()

    @zones.get("/{zone_id}/records")
    def records(zone_id: str):
        return []

    zones.add_route("/export", legacy)  # a plain Starlette route inside an included router
    app.include_router(zones, prefix="/api/v1/zones")
    app.add_route("/legacy", legacy)
    app.mount("/static", StaticFiles(directory=str(static_dir)), name="static")
    return app
