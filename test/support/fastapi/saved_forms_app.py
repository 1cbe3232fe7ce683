"""A FastAPI service for saving operation forms to collections and reopening them.

Path, query, header and cookie parameters, an API key, a multipart upload with a text part, a path
parameter that may hold "/", an urlencoded form, a query parameter that allows reserved characters and
array query parameters exploded and not: each
endpoint echoes what it received, and the /received log keeps the raw requests, so a test checks what
a reopened saved request sends.
"""
from typing import List, Optional

from fastapi import Cookie, Depends, FastAPI, File, Form, Header, HTTPException, Query, Request, UploadFile
from fastapi.openapi.utils import get_openapi
from fastapi.security import APIKeyHeader

from received_log import record_received

app = FastAPI(title="Roundtrip saved forms test service", version="1.0.0")

record_received(app)

api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False)


def require_key(key: Optional[str] = Depends(api_key_header)) -> str:
    if not key:
        raise HTTPException(401, "Missing X-API-Key")
    return key


@app.get("/books/{book_id}", summary="Get one book")
def get_book(book_id: int, size: Optional[int] = None, x_trace: Optional[str] = Header(None), session: Optional[str] = Cookie(None)) -> dict:
    return {"book_id": book_id, "size": size, "trace": x_trace, "session": session}


@app.get("/loans/{loan_id}", summary="Get a loan")
def get_loan(loan_id: int) -> dict:
    return {"loan_id": loan_id}


@app.post("/books/{book_id}/cover", summary="Upload a cover image")
async def upload_cover(book_id: int, file: UploadFile = File(...), caption: Optional[str] = Form(None), key: str = Depends(require_key)) -> dict:
    content = await file.read()
    return {"book_id": book_id, "filename": file.filename, "size": len(content), "caption": caption, "key": key}


@app.get("/shelves/{shelf:path}", summary="Search a shelf")
def search_shelf(shelf: str, q: Optional[str] = None) -> dict:
    return {"shelf": shelf, "q": q}


@app.post("/members", summary="Add a member")
def add_member(user: str = Form(...), note: Optional[str] = Form(None)) -> dict:
    return {"user": user, "note": note}


@app.get("/finds", summary="Find by path and ids")
def find(request: Request, path: Optional[str] = None, ids: Optional[List[str]] = Query(None), tags: Optional[List[str]] = Query(None)) -> dict:
    return {"query": request.url.query}


def openapi() -> dict:
    """FastAPI's document, with what it cannot declare itself: "path" keeps reserved characters, "ids" is not exploded."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version, routes=app.routes)
        for parameter in schema["paths"]["/finds"]["get"]["parameters"]:
            if parameter["name"] == "path":
                parameter["allowReserved"] = True
            if parameter["name"] == "ids":
                parameter["style"] = "form"
                parameter["explode"] = False
        app.openapi_schema = schema
    return app.openapi_schema


app.openapi = openapi
