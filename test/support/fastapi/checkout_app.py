"""A FastAPI shop whose POSTs answer 303 See Other to the order they made, and whose holds replay a repeated Idempotency-Key.

POST /checkout declares its 303; POST /pay declares 201 only and answers 303 all the same. Both lead to
GET /orders/{order_id}. POST /holds answers a repeated Idempotency-Key with the stored answer and
Idempotent-Replayed: true.
"""
from typing import Dict, Optional

from fastapi import FastAPI, Header
from fastapi.responses import JSONResponse, RedirectResponse

app = FastAPI(title="Roundtrip checkout test service", version="1.0.0")

holds: Dict[str, dict] = {}


@app.post("/checkout", status_code=303, response_class=RedirectResponse, summary="Check out: see the order made")
def checkout() -> RedirectResponse:
    return RedirectResponse("/orders/1", status_code=303)


@app.post("/pay", status_code=201, summary="Pay (declares 201, answers 303)")
def pay() -> RedirectResponse:
    return RedirectResponse("/orders/1", status_code=303)


@app.get("/orders/{order_id}", summary="Get an order")
def get_order(order_id: int) -> dict:
    return {"id": order_id, "state": "placed"}


@app.post("/holds", status_code=201, summary="Place a hold (honours Idempotency-Key)")
def place_hold(idempotency_key: Optional[str] = Header(None)) -> JSONResponse:
    if idempotency_key is not None and idempotency_key in holds:
        return JSONResponse(holds[idempotency_key], status_code=201, headers={"Idempotent-Replayed": "true"})
    hold = {"id": len(holds) + 1}
    if idempotency_key is not None:
        holds[idempotency_key] = hold
    return JSONResponse(hold, status_code=201)
