"""Records every request a FastAPI test service receives (its /received log), to check what reached it."""
from typing import List

from fastapi import FastAPI

# Every request as it reached the server (raw header lines, so a header sent twice shows twice).
received: List[dict] = []


class Remember:
    """ASGI middleware: records method, path (decoded and raw), query, raw headers and body of each request."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"] == "/received":
            await self.app(scope, receive, send)
            return
        chunks: List[bytes] = []

        async def receiving():
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
            return message

        entry = {
            "method": scope["method"],
            "path": scope["path"],
            # As sent, before the server decodes it ("%2F" stays "%2F").
            "rawPath": scope.get("raw_path", b"").decode("latin-1"),
            "query": scope["query_string"].decode("latin-1"),
            "headers": [[k.decode("latin-1"), v.decode("latin-1")] for k, v in scope["headers"]],
        }
        received.append(entry)
        try:
            await self.app(scope, receiving, send)
        finally:
            entry["body"] = b"".join(chunks).decode("utf-8", "replace")


def record_received(app: FastAPI) -> None:
    """Adds the recorder to `app` with GET /received (the log) and DELETE /received (clears it)."""
    app.add_middleware(Remember)

    @app.get("/received", include_in_schema=False)
    async def list_received() -> list:
        return received

    @app.delete("/received", include_in_schema=False)
    async def forget_received() -> dict:
        received.clear()
        return {"cleared": True}
