"""A FastAPI service for the request builder's end-to-end tests.

Every endpoint answers with exactly what it received (body, query, headers, files), so a test can
assert on what reached the server rather than on what the UI showed. Nested Pydantic models, enums,
optional fields, a discriminated union, form posts and file uploads are what real FastAPI APIs use.
"""
import hashlib
from enum import Enum
from typing import Dict, List, Literal, Optional, Union

from fastapi import Depends, FastAPI, File, Form, Header, HTTPException, Request, UploadFile
from fastapi.security import APIKeyHeader, HTTPBasic, HTTPBasicCredentials, OAuth2PasswordBearer, OAuth2PasswordRequestForm
from pydantic import BaseModel, Field

from received_log import record_received

app = FastAPI(title="Roundtrip forms test service", version="1.0.0")

record_received(app)


class Size(str, Enum):
    small = "small"
    medium = "medium"
    large = "large"


class Address(BaseModel):
    street: str
    city: str
    postcode: Optional[str] = None


class Customer(BaseModel):
    name: str = Field(min_length=1)
    email: Optional[str] = None
    address: Address


class Line(BaseModel):
    sku: str
    quantity: int = Field(ge=1, le=100)
    size: Size = Size.medium
    gift: bool = False


class Card(BaseModel):
    method: Literal["card"]
    last4: str = Field(regex=r"^\d{4}$")


class Transfer(BaseModel):
    method: Literal["transfer"]
    iban: str


class Order(BaseModel):
    customer: Customer
    lines: List[Line]
    note: Optional[str] = None
    labels: Dict[str, str] = {}
    payment: Union[Card, Transfer] = Field(discriminator="method")


@app.post("/orders")
async def create_order(order: Order, request: Request) -> dict:
    """Echoes the parsed order and the raw body the server read."""
    raw = (await request.body()).decode("utf-8")
    return {"order": order.dict(), "raw": raw, "contentType": request.headers.get("content-type")}


@app.get("/echo")
async def echo(request: Request) -> dict:
    """Echoes the query string, its parsed pairs and the headers as the server saw them."""
    return {
        "query": request.url.query,
        "pairs": list(request.query_params.multi_items()),
        "headers": {k: v for k, v in request.headers.items()},
        "cookies": dict(request.cookies),
    }


@app.post("/upload")
async def upload(
    caption: str = Form(...),
    file: UploadFile = File(...),
    tags: Optional[List[str]] = Form(None),
) -> dict:
    """Echoes the form fields and the uploaded file's name, type, size and first bytes."""
    content = await file.read()
    return {
        "caption": caption,
        "tags": tags or [],
        "filename": file.filename,
        "contentType": file.content_type,
        "size": len(content),
        "head": content[:32].decode("utf-8", errors="replace"),
    }


@app.post("/form")
async def url_encoded(name: str = Form(...), size: Size = Form(...)) -> dict:
    """Echoes an application/x-www-form-urlencoded post."""
    return {"name": name, "size": size}


@app.post(
    "/raw",
    openapi_extra={"requestBody": {"required": True, "content": {"application/octet-stream": {"schema": {"type": "string", "format": "binary"}}}}},
)
async def raw_bytes(request: Request) -> dict:
    """Echoes a binary body's size, type and first bytes."""
    content = await request.body()
    return {"size": len(content), "contentType": request.headers.get("content-type"), "head": content[:32].decode("utf-8", errors="replace")}


oauth2 = OAuth2PasswordBearer(tokenUrl="token")
api_key = APIKeyHeader(name="X-API-Key")
basic = HTTPBasic()


@app.post("/token")
async def token(form: OAuth2PasswordRequestForm = Depends()) -> dict:
    """The OAuth 2.0 password flow: ada / lovelace gets a token for an hour."""
    if form.username != "ada" or form.password != "lovelace":
        raise HTTPException(status_code=400, detail="Incorrect username or password")
    return {"access_token": "token-for-ada", "token_type": "bearer", "expires_in": 3600}


@app.get("/me")
async def me(access_token: str = Depends(oauth2)) -> dict:
    """Needs the OAuth 2.0 bearer token from /token."""
    if access_token != "token-for-ada":
        raise HTTPException(status_code=401, detail="Unknown token")
    return {"user": "ada", "authenticated": True}


@app.get("/keyed")
async def keyed(key: str = Depends(api_key)) -> dict:
    """Needs an API key in the X-API-Key header; answers its SHA-256, so the key itself is not echoed."""
    return {"keySha256": hashlib.sha256(key.encode("utf-8")).hexdigest()}


@app.get("/basic")
async def basic_user(credentials: HTTPBasicCredentials = Depends(basic)) -> dict:
    """Needs HTTP Basic auth; echoes the user name and password it read."""
    return {"username": credentials.username, "password": credentials.password}


class PaymentIn(BaseModel):
    amount: int = Field(ge=1)
    currency: str = "EUR"


payments: Dict[str, dict] = {}


@app.post("/payments", status_code=201)
async def create_payment(data: PaymentIn, idempotency_key: Optional[str] = Header(None, alias="Idempotency-Key")) -> dict:
    """Keyed like many real APIs: a key seen before gets the stored answer again, whatever the body, and no header says so."""
    if idempotency_key is not None and idempotency_key in payments:
        return payments[idempotency_key]
    payment = {"id": len(payments) + 1, **data.dict()}
    if idempotency_key is not None:
        payments[idempotency_key] = payment
    return payment
