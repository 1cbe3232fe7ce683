"""A small FastAPI service used as a real target in Roundtrip's tests.

Run it with Debian's Python (FastAPI 0.92, pydantic v1):
    /usr/bin/python3 -m uvicorn app:app --app-dir test/support/fastapi --host 127.0.0.1 --port 8000
Data lives in memory and starts with two books on every start.
"""

from typing import Dict, List, Optional

from fastapi import FastAPI, Header, HTTPException, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

app = FastAPI(
    title="Roundtrip test books API",
    version="1.0.0",
    description="In-memory books for Roundtrip's tests; resets on restart.",
    openapi_tags=[
        {"name": "books", "description": "CRUD on books."},
        {"name": "health", "description": "Liveness."},
        {"name": "orders", "description": "Creates orders and honours Idempotency-Key."},
        {"name": "tickets", "description": "Creates tickets and ignores Idempotency-Key (for the idempotency check)."},
    ],
)


class BookIn(BaseModel):
    title: str = Field(..., min_length=1)
    author: str = Field(..., min_length=1)
    year: int


class BookPatch(BaseModel):
    title: Optional[str] = Field(None, min_length=1)
    author: Optional[str] = Field(None, min_length=1)
    year: Optional[int] = None


class Book(BaseModel):
    id: int
    title: str
    author: str
    year: int


books: Dict[int, Book] = {}
next_id = 1


def add_book(data: BookIn) -> Book:
    global next_id
    book = Book(id=next_id, **data.dict())
    books[book.id] = book
    next_id += 1
    return book


def find_book(book_id: int) -> Book:
    book = books.get(book_id)
    if book is None:
        raise HTTPException(status_code=404, detail=f"Book {book_id} not found")
    return book


add_book(BookIn(title="The Pragmatic Programmer", author="Andrew Hunt", year=1999))
add_book(BookIn(title="Designing Data-Intensive Applications", author="Martin Kleppmann", year=2017))


@app.get("/books", response_model=List[Book], tags=["books"], summary="List books")
def list_books(author: Optional[str] = None, limit: int = 10) -> List[Book]:
    found = [book for book in books.values() if author is None or book.author == author]
    return found[:limit]


@app.post("/books", response_model=Book, status_code=201, tags=["books"], summary="Create a book")
def create_book(data: BookIn) -> Book:
    return add_book(data)


@app.get("/books/{book_id}", response_model=Book, tags=["books"], summary="Get one book")
def get_book(book_id: int) -> Book:
    return find_book(book_id)


@app.put("/books/{book_id}", response_model=Book, tags=["books"], summary="Replace a book")
def replace_book(book_id: int, data: BookIn) -> Book:
    find_book(book_id)
    book = Book(id=book_id, **data.dict())
    books[book_id] = book
    return book


@app.patch("/books/{book_id}", response_model=Book, tags=["books"], summary="Change some fields of a book")
def update_book(book_id: int, data: BookPatch) -> Book:
    book = find_book(book_id)
    # An explicit null would leave a required field empty, so it counts as "not sent".
    updated = book.copy(update=data.dict(exclude_unset=True, exclude_none=True))
    books[book_id] = updated
    return updated


# response_class=Response keeps FastAPI from documenting (and sending) a JSON body for the 204.
@app.delete("/books/{book_id}", status_code=204, response_class=Response, tags=["books"], summary="Delete a book")
def delete_book(book_id: int) -> Response:
    find_book(book_id)
    del books[book_id]
    return Response(status_code=204)


@app.get("/health", tags=["health"], summary="Check that the service is up")
def health() -> Dict[str, str]:
    return {"status": "ok"}


# Two ways to treat an Idempotency-Key (draft-ietf-httpapi-idempotency-key-header): /orders honours
# it (a repeat with the same key and body replays the first response), /tickets accepts the header
# but ignores it, so a repeat creates a second ticket. The idempotency check must tell them apart.


class OrderIn(BaseModel):
    item: str = Field(..., min_length=1)
    quantity: int = 1


class Order(BaseModel):
    id: int
    item: str
    quantity: int


orders: Dict[int, Order] = {}
order_keys: Dict[str, tuple] = {}
tickets: Dict[int, Order] = {}


def next_in(store: Dict[int, Order]) -> int:
    return max(store.keys(), default=0) + 1


@app.get("/orders", response_model=List[Order], tags=["orders"], summary="List orders")
def list_orders() -> List[Order]:
    return list(orders.values())


@app.post("/orders", response_model=Order, status_code=201, tags=["orders"], summary="Create an order (honours Idempotency-Key)")
def create_order(data: OrderIn, idempotency_key: Optional[str] = Header(None, alias="Idempotency-Key")):
    body = data.dict()
    if idempotency_key is not None:
        seen = order_keys.get(idempotency_key)
        if seen is not None:
            if seen[0] != body:
                return JSONResponse(status_code=422, content={"detail": "Idempotency-Key was already used with a different body"})
            return JSONResponse(status_code=201, content=seen[1], headers={"Idempotent-Replayed": "true"})
    order = Order(id=next_in(orders), **body)
    orders[order.id] = order
    if idempotency_key is not None:
        order_keys[idempotency_key] = (body, order.dict())
    return order


@app.get("/tickets", response_model=List[Order], tags=["tickets"], summary="List tickets")
def list_tickets() -> List[Order]:
    return list(tickets.values())


@app.post("/tickets", response_model=Order, status_code=201, tags=["tickets"], summary="Create a ticket (ignores Idempotency-Key)")
def create_ticket(data: OrderIn, idempotency_key: Optional[str] = Header(None, alias="Idempotency-Key")) -> Order:
    ticket = Order(id=next_in(tickets), **data.dict())
    tickets[ticket.id] = ticket
    return ticket
