"""A small library service with the shapes that once gave false findings: a declared 307 to another
path, a multipart upload with a required file and text field, a POST that answers 404 for an unknown
book id (with an optional Idempotency-Key) and a loan to read back, and Optional fields answered as null (pydantic 1 writes
them without nullable), and a hold whose replayed answer writes its created_at as "Z" where the first
answer wrote "+00:00" (pydantic's text for a model, the stored copy's own text on a replay)."""
import datetime as dt
from typing import List, Optional

from fastapi import FastAPI, File, Form, Header, HTTPException, UploadFile
from fastapi.responses import JSONResponse, RedirectResponse
from pydantic import BaseModel, Field

app = FastAPI(title="Library", version="1.0.0")


class Book(BaseModel):
    id: int
    title: str
    subtitle: Optional[str] = None
    year: Optional[int] = None


class LoanIn(BaseModel):
    book_id: int
    member: str = Field(..., min_length=1)


class Loan(LoanIn):
    id: int


class HoldIn(BaseModel):
    book_id: int
    member: str = Field(..., min_length=1)


class Hold(HoldIn):
    id: int
    created_at: dt.datetime


BOOKS = {1: Book(id=1, title="Dune"), 2: Book(id=2, title="Cosmos", year=1980)}
LOANS = {}
KEYS = {}
HOLDS = {}
HOLD_KEYS = {}


@app.get("/books", response_model=List[Book])
def list_books():
    return list(BOOKS.values())


@app.get("/books/{book_id}", response_model=Book)
def get_book(book_id: int):
    if book_id not in BOOKS:
        raise HTTPException(404, "No such book")
    return BOOKS[book_id]


@app.get("/old-books", status_code=307)
def old_books():
    return RedirectResponse("/books", status_code=307)


@app.post("/loans", response_model=Loan, status_code=201)
def create_loan(loan: LoanIn, idempotency_key: Optional[str] = Header(None, alias="Idempotency-Key")):
    if idempotency_key and idempotency_key in KEYS:
        body, stored = KEYS[idempotency_key]
        if body != loan.dict():
            return JSONResponse(status_code=422, content={"detail": [{"loc": ["body"], "msg": "key reused with another body", "type": "value_error"}]})
        return JSONResponse(status_code=201, content=stored)
    if loan.book_id not in BOOKS:
        raise HTTPException(404, "No such book")
    made = Loan(id=len(LOANS) + 1, **loan.dict())
    LOANS[made.id] = made
    if idempotency_key:
        KEYS[idempotency_key] = (loan.dict(), made.dict())
    return made


@app.get("/loans/{loan_id}", response_model=Loan)
def get_loan(loan_id: int):
    if loan_id not in LOANS:
        raise HTTPException(404, "No such loan")
    return LOANS[loan_id]


@app.post("/holds", response_model=Hold, status_code=201, responses={201: {"headers": {"Idempotent-Replayed": {"schema": {"type": "string"}}}}})
async def create_hold(hold: HoldIn, idempotency_key: str = Header(..., alias="Idempotency-Key")):
    # The key is required: FastAPI answers its missing header with 422, which it declares for the operation.
    # async with no await: the key is looked up and stored in one step of the event loop, so requests at once cannot race.
    if idempotency_key in HOLD_KEYS:
        body, hold_id = HOLD_KEYS[idempotency_key]
        if body != hold.dict():
            return JSONResponse(status_code=422, content={"detail": [{"loc": ["header", "idempotency-key"], "msg": "key reused with another body", "type": "value_error"}]})
        return JSONResponse(status_code=201, content=HOLDS[hold_id], headers={"Idempotent-Replayed": "true"})
    if hold.book_id not in BOOKS:
        raise HTTPException(404, "No such book")
    hold_id = len(HOLDS) + 1
    HOLDS[hold_id] = {"id": hold_id, **hold.dict(), "created_at": dt.datetime.utcnow().isoformat() + "Z"}
    HOLD_KEYS[idempotency_key] = (hold.dict(), hold_id)
    return HOLDS[hold_id]


@app.get("/holds/{hold_id}", response_model=Hold)
def get_hold(hold_id: int):
    if hold_id not in HOLDS:
        raise HTTPException(404, "No such hold")
    return HOLDS[hold_id]


@app.post("/books/{book_id}/cover")
async def upload_cover(book_id: int, file: UploadFile = File(...), caption: str = Form(...)):
    data = await file.read()
    return {"book_id": book_id, "size": len(data), "caption": caption}
