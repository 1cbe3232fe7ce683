"""The FastAPI service `roundtrip verify` is tested against, built twice from this one module:

- verify_correct.py: keeps every promise its OpenAPI document and HTTP make (zero findings);
- verify_defects.py: the same document, with one deliberate defect per check, each marked
  `if DEFECTS` below with the check it should trip.

Run either with Debian's Python (FastAPI 0.92, pydantic v1), e.g.
    /usr/bin/python3 -m uvicorn verify_correct:app --app-dir test/support/fastapi --port 8001
Bodies use strict pydantic types: pydantic v1 would otherwise turn 12345 into "12345" and accept
a number where the document promises a string. Send `Authorization: Bearer secret-token` for /notes.
"""

import asyncio
from typing import Dict, List, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse, PlainTextResponse
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field, conint, constr

TOKEN = "secret-token"


class Problem(BaseModel):
    detail: str


NOT_FOUND = {404: {"model": Problem, "description": "No such resource."}}
AUTH = {401: {"model": Problem, "description": "No or wrong credentials."}, 403: {"model": Problem, "description": "Not allowed."}}


def build_app(DEFECTS: bool) -> FastAPI:  # noqa: C901 - one app, read top to bottom
    app = FastAPI(title="Roundtrip verify fixture" + (" (with defects)" if DEFECTS else ""), version="1.0.0")

    class Forbid(BaseModel):
        class Config:
            extra = "forbid"

    class BookIn(Forbid):
        # The defect twin documents maxLength without enforcing it (invalid-inputs-rejected).
        title: constr(strict=True, min_length=1, max_length=None if DEFECTS else 100) = Field(..., maxLength=100) if DEFECTS else Field(...)
        author: constr(strict=True, min_length=1, max_length=60)
        year: conint(strict=True, ge=1450, le=2100)
        genre: Optional[constr(strict=True, regex="^(fiction|science|history)$")] = Field(None, example="science")

    class BookPatch(Forbid):
        title: Optional[constr(strict=True, min_length=1, max_length=100)] = None
        year: Optional[conint(strict=True, ge=1450, le=2100)] = None

    class Book(BaseModel):
        id: int
        title: str
        author: str
        year: int
        # pydantic v1 leaves `nullable` out of the schema of an Optional field; the document must say it.
        genre: Optional[str] = Field(None, nullable=True)
        reads: int
        revision: int

    class OrderIn(Forbid):
        item: constr(strict=True, min_length=1, max_length=40)
        quantity: conint(strict=True, ge=1, le=50) = 1

    class Order(BaseModel):
        id: int
        item: str
        quantity: int

    class NoteIn(Forbid):
        text: constr(strict=True, min_length=1, max_length=200)

    class Note(BaseModel):
        # Named "key", not "id": verify reaches /notes/{note_id} only through the document's link.
        key: int
        text: str

    books: Dict[int, dict] = {}
    deleted_books: Dict[int, dict] = {}
    book_keys: Dict[str, tuple] = {}
    orders: Dict[int, dict] = {}
    order_keys: Dict[str, tuple] = {}
    notes: Dict[int, dict] = {}
    counter = {"next": 1}

    def key_reused() -> JSONResponse:
        # 422 is declared with FastAPI's validation error shape, so the answer takes that shape too.
        detail = [{"loc": ["header", "Idempotency-Key"], "msg": "Idempotency-Key was already used with a different body", "type": "value_error.idempotency_key_reused"}]
        return JSONResponse(status_code=422, content={"detail": detail})

    def next_id() -> int:
        counter["next"] += 1
        return counter["next"]

    def find_book(book_id: int) -> dict:
        book = books.get(book_id)
        if book is None:
            # The defect twin deletes softly: a deleted book still reads 200 (use-after-delete).
            if DEFECTS and book_id in deleted_books:
                return deleted_books[book_id]
            raise HTTPException(status_code=404, detail=f"Book {book_id} not found")
        return book

    bearer = HTTPBearer(auto_error=False)

    def credentials(creds: Optional[HTTPAuthorizationCredentials] = Depends(bearer)) -> Optional[str]:
        return None if creds is None else creds.credentials

    # --- books: CRUD, an optional Idempotency-Key on create ---

    @app.get("/books", response_model=List[Book], tags=["books"])
    def list_books(author: Optional[str] = None, limit: int = Query(10, ge=1, le=100)):
        # The defect twin refuses its own documented maximum (valid-inputs-accepted).
        if DEFECTS and limit == 100:
            raise HTTPException(status_code=422, detail="limit must be below 100")
        found = [b for b in books.values() if author is None or b["author"] == author]
        return found[:limit]

    @app.post("/books", response_model=Book, status_code=201, tags=["books"])
    async def create_book(data: BookIn, idempotency_key: Optional[str] = Header(None, alias="Idempotency-Key")):
        body = data.dict()
        # The defect twin ignores the key, so a retry creates a second book (key-replay).
        if idempotency_key is not None and not DEFECTS:
            seen = book_keys.get(idempotency_key)
            if seen is not None:
                if seen[0] != body:
                    return key_reused()
                return JSONResponse(status_code=201, content=seen[1], headers={"Idempotent-Replayed": "true"})
        book = {"id": next_id(), **body, "reads": 0, "revision": 1}
        books[book["id"]] = book
        if idempotency_key is not None:
            book_keys[idempotency_key] = (body, dict(book))
        return book

    @app.get("/books/{book_id}", response_model=Book, responses=NOT_FOUND, tags=["books"])
    def get_book(book_id: int):
        book = find_book(book_id)
        # The defect twin counts reads in the resource itself: a GET changes state (safe-method-unchanged).
        if DEFECTS:
            book["reads"] += 1
        return book

    @app.put("/books/{book_id}", response_model=Book, responses=NOT_FOUND, tags=["books"])
    def replace_book(book_id: int, data: BookIn):
        old = find_book(book_id)
        # The defect twin bumps a revision on every PUT, so a repeat changes state (idempotent-repeat).
        revision = old["revision"] + 1 if DEFECTS else old["revision"]
        book = {"id": book_id, **data.dict(), "reads": old["reads"], "revision": revision}
        books[book_id] = book
        return book

    @app.patch("/books/{book_id}", response_model=Book, responses=NOT_FOUND, tags=["books"])
    def update_book(book_id: int, data: BookPatch):
        book = find_book(book_id)
        change = data.dict(exclude_unset=True, exclude_none=True)
        # The defect twin fails on years after 2000, a valid value (no-server-error).
        if DEFECTS and change.get("year", 0) > 2000:
            raise RuntimeError("year overflow")
        book.update(change)
        return book

    @app.delete("/books/{book_id}", status_code=204, response_class=Response, responses=NOT_FOUND, tags=["books"])
    def delete_book(book_id: int):
        if DEFECTS and book_id in deleted_books:
            # A second DELETE of a softly deleted book crashes (idempotent-repeat: never a 5xx).
            raise RuntimeError("book already archived")
        book = find_book(book_id)
        del books[book_id]
        if DEFECTS:
            deleted_books[book_id] = book
        return Response(status_code=204)

    # --- orders: a required Idempotency-Key; missing, it is a 400 (documented by hand below) ---

    key_parameter = {"name": "Idempotency-Key", "in": "header", "required": True, "schema": {"type": "string", "minLength": 1, "maxLength": 64}}
    location_header = {"Location": {"required": True, "description": "The new order's URL.", "schema": {"type": "string"}}}

    @app.get("/orders", response_model=List[Order], tags=["orders"])
    def list_orders():
        # The defect twin sends quantities as text (response-schema-conformance).
        if DEFECTS:
            return JSONResponse(content=[{**o, "quantity": str(o["quantity"])} for o in orders.values()])
        return list(orders.values())

    @app.post(
        "/orders",
        response_model=Order,
        status_code=201,
        tags=["orders"],
        responses={201: {"headers": location_header}, 400: {"model": Problem, "description": "The Idempotency-Key is missing."}, 409: {"model": Problem, "description": "A request with this key is in flight."}},
        openapi_extra={"parameters": [key_parameter]},
    )
    async def create_order(data: OrderIn, request: Request):
        # Read by hand: a declared Header would answer 422 when it is missing, where the draft says 400.
        idempotency_key = request.headers.get("Idempotency-Key")
        body = data.dict()
        if idempotency_key is None and not DEFECTS:
            return JSONResponse(status_code=400, content={"detail": "Send an Idempotency-Key header"})
        # The defect twin creates without a key (key-required).
        seen = order_keys.get(idempotency_key) if idempotency_key is not None else None
        if seen is not None:
            # The defect twin replays whatever the body (key-conflict).
            if seen[0] != body and not DEFECTS:
                return key_reused()
            return JSONResponse(status_code=201, content=seen[1], headers={"Idempotent-Replayed": "true", "Location": f"/orders/{seen[1]['id']}"})
        if DEFECTS:
            # Checking the key and storing it are apart: requests at once each create (key-concurrent).
            await asyncio.sleep(0.05)
        order = {"id": next_id(), **body}
        orders[order["id"]] = order
        shown = dict(order)
        if DEFECTS:
            # The answer names an order that does not exist (created-readable), and no Location (response-headers-conformance).
            shown["id"] = order["id"] + 100000
        if idempotency_key is not None:
            order_keys[idempotency_key] = (body, shown)
        headers = {} if DEFECTS else {"Location": f"/orders/{order['id']}"}
        return JSONResponse(status_code=201, content=shown, headers=headers)

    @app.get("/orders/{order_id}", response_model=Order, responses=NOT_FOUND, tags=["orders"])
    def get_order(order_id: int):
        order = orders.get(order_id)
        if order is None:
            raise HTTPException(status_code=404, detail=f"Order {order_id} not found")
        return order

    # --- notes: bearer credentials required ---

    def require(token: Optional[str], allow_missing: bool = False, allow_wrong: bool = False) -> None:
        if token is None and not allow_missing:
            raise HTTPException(status_code=401, detail="Send Authorization: Bearer <token>")
        if token is not None and token != TOKEN and not allow_wrong:
            raise HTTPException(status_code=401, detail="Wrong token")

    @app.get("/notes", response_model=List[Note], responses=AUTH, tags=["notes"])
    def list_notes(token: Optional[str] = Depends(credentials)):
        # The defect twin lets anyone without credentials in (auth-required), refuses the right
        # token (auth-accepted), and answers text where JSON is declared (content-type-conformance).
        if DEFECTS:
            if token == TOKEN:
                raise HTTPException(status_code=403, detail="Token lacks the notes scope")
            return PlainTextResponse("notes:\n" + "\n".join(n["text"] for n in notes.values()))
        require(token)
        return list(notes.values())

    note_link = {"GetNote": {"operationId": "get_note", "parameters": {"note_id": "$response.body#/key"}}}

    @app.post("/notes", response_model=Note, status_code=201, responses={**AUTH, 201: {"links": note_link}}, tags=["notes"])
    def create_note(data: NoteIn, token: Optional[str] = Depends(credentials)):
        # The defect twin takes any token at all (auth-wrong-rejected).
        require(token, allow_wrong=DEFECTS)
        note = {"key": next_id(), **data.dict()}
        notes[note["key"]] = note
        return note

    @app.get("/notes/{note_id}", response_model=Note, responses={**AUTH, **NOT_FOUND}, tags=["notes"], operation_id="get_note")
    def get_note(note_id: int, token: Optional[str] = Depends(credentials)):
        require(token)
        note = notes.get(note_id)
        if note is None:
            raise HTTPException(status_code=404, detail=f"Note {note_id} not found")
        return note

    @app.get("/health", tags=["health"])
    def health():
        # The defect twin answers a status its document does not declare (status-conformance).
        return JSONResponse(status_code=202 if DEFECTS else 200, content={"status": "ok"})

    return app
