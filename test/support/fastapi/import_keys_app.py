"""A FastAPI shop for collections made from its document: a bearer scheme, a create that requires an
Idempotency-Key (a repeated key is a replay that creates nothing), and url-encoded and multipart forms
whose text fields have no example. The /received log keeps the raw requests, so a test checks the
keys, credentials and fields that reached it.
"""
import uuid
from typing import Dict

from fastapi import Depends, FastAPI, Form, Header, HTTPException
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel

from received_log import record_received

app = FastAPI(title="Roundtrip import keys test shop", version="1.0.0")

record_received(app)

bearer = HTTPBearer()
TOKEN = "tok-import-keys"
orders: Dict[str, dict] = {}


def need_token(credentials: HTTPAuthorizationCredentials = Depends(bearer)) -> None:
    if credentials.credentials != TOKEN:
        raise HTTPException(401, "Bad token")


class OrderIn(BaseModel):
    quantity: int = 1


@app.post("/token", tags=["auth"], summary="Get a token")
def token(username: str = Form(...), password: str = Form(...)) -> dict:
    return {"access_token": TOKEN, "token_type": "bearer"}


@app.post("/notes", tags=["auth"], summary="Post a note")
async def note(title: str = Form(...), body: str = Form("")) -> dict:
    return {"title": title}


@app.post("/orders", status_code=201, tags=["orders"], summary="Create Order")
def create_order(data: OrderIn, idempotency_key: str = Header(...), _=Depends(need_token)) -> dict:
    # A repeated key answers the first order again (a replay) and creates nothing.
    if idempotency_key not in orders:
        orders[idempotency_key] = {"id": str(uuid.uuid4()), "quantity": data.quantity}
    return orders[idempotency_key]


@app.get("/orders", tags=["orders"], summary="List Orders")
def list_orders(_=Depends(need_token)) -> list:
    return list(orders.values())
