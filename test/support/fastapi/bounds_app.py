"""A FastAPI service whose models use pydantic 1's exclusive bounds (gt/lt).

FastAPI 0.92 with pydantic 1 writes them into its OpenAPI 3.0 document as numbers
(`exclusiveMinimum: 0`), the JSON Schema 2020-12 form, where OpenAPI 3.0 expects booleans:
a dialect slip Roundtrip names instead of reporting as a cascade of meta-schema errors.
Every accepted request is echoed, so a test can check what reached the server.
"""
from typing import Optional

from fastapi import FastAPI, Query
from pydantic import BaseModel, Field, conint

app = FastAPI(title="Roundtrip bounds test service", version="1.0.0")


class OrderIn(BaseModel):
    price: float = Field(..., gt=0)
    quantity: conint(gt=0)
    discount: Optional[float] = Field(None, ge=0, lt=1)
    note: Optional[str] = None


@app.post("/orders", summary="Place an order (exclusive bounds in the body)")
def place_order(data: OrderIn) -> dict:
    return {"order": data.dict()}


@app.get("/orders", summary="List orders (an exclusive bound on a query parameter)")
def list_orders(limit: int = Query(10, gt=0, le=100)) -> dict:
    return {"limit": limit, "orders": []}
