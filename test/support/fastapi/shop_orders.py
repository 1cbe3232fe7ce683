"""A shop service with the shapes that once gave false findings: a payment that is one of two models
told apart by a `kind` Literal (pydantic 1 writes the Union as anyOf), an Optional field without a
default in one of them (written without nullable, answered as null), a card number's last four
digits and a customer reference constrained by a regex, a POST that honours an Idempotency-Key, and a
PUT that requires If-Match with the ETag its GET answers (412 for any other), and a keyed POST of
vouchers whose code pattern (a lookahead) is beyond the regex subset verify draws text for."""
import hashlib
import json
from typing import List, Literal, Optional, Union

from fastapi import FastAPI, Header, HTTPException, Response
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, constr

app = FastAPI(title="Shop", version="1.0.0")


class CardPayment(BaseModel):
    kind: Literal["card"]
    last4: constr(regex=r"^\d{4}$")


class InvoicePayment(BaseModel):
    kind: Literal["invoice"]
    vat_number: Optional[str]


class Line(BaseModel):
    sku: str = Field(..., min_length=1)
    quantity: int = Field(..., ge=1, le=99)


class OrderIn(BaseModel):
    customer: constr(regex=r"^C-\d{3}[A-Z]?$")
    lines: List[Line] = Field(..., min_items=1)
    payment: Union[CardPayment, InvoicePayment]
    note: Optional[str] = None


class Order(OrderIn):
    id: int
    status: str


ORDERS = {1: Order(id=1, status="new", customer="C-001", lines=[Line(sku="tea", quantity=2)], payment=InvoicePayment(kind="invoice"))}
KEYS = {}
PRECONDITION_FAILED = {"description": "The If-Match entity tag is not the order's current one"}


def etag(order: Order) -> str:
    return '"' + hashlib.sha256(json.dumps(order.dict(), sort_keys=True).encode()).hexdigest()[:16] + '"'


@app.get("/orders", response_model=List[Order])
def list_orders():
    return list(ORDERS.values())


@app.post("/orders", response_model=Order, status_code=201)
async def create_order(order: OrderIn, idempotency_key: Optional[str] = Header(None, alias="Idempotency-Key")):
    # async with no await: the key is looked up and stored in one step of the event loop, so requests at once cannot race.
    if idempotency_key and idempotency_key in KEYS:
        body, order_id = KEYS[idempotency_key]
        if body != order.dict():
            return JSONResponse(status_code=422, content={"detail": [{"loc": ["header", "idempotency-key"], "msg": "key reused with another body", "type": "value_error"}]})
        return JSONResponse(status_code=201, content=ORDERS[order_id].dict(), headers={"Idempotent-Replayed": "true"})
    made = Order(id=max(ORDERS) + 1, status="new", **order.dict())
    ORDERS[made.id] = made
    if idempotency_key:
        KEYS[idempotency_key] = (order.dict(), made.id)
    return made


@app.get("/orders/{order_id}", response_model=Order)
def get_order(order_id: int, response: Response):
    if order_id not in ORDERS:
        raise HTTPException(404, "No such order")
    response.headers["ETag"] = etag(ORDERS[order_id])
    return ORDERS[order_id]


@app.put("/orders/{order_id}", response_model=Order, responses={412: PRECONDITION_FAILED})
def replace_order(order_id: int, order: OrderIn, response: Response, if_match: str = Header(..., alias="If-Match")):
    if order_id not in ORDERS:
        raise HTTPException(404, "No such order")
    if if_match != etag(ORDERS[order_id]):
        raise HTTPException(412, "The order changed since that entity tag")
    ORDERS[order_id] = Order(id=order_id, status=ORDERS[order_id].status, **order.dict())
    response.headers["ETag"] = etag(ORDERS[order_id])
    return ORDERS[order_id]


class VoucherIn(BaseModel):
    code: constr(regex=r"^(?=.*\d)[A-Z0-9]{6}$")


VOUCHER_KEYS = {}


@app.post("/vouchers", status_code=201)
async def create_voucher(voucher: VoucherIn, idempotency_key: str = Header(..., alias="Idempotency-Key")):
    # The key is required: FastAPI answers its missing header with 422, which it declares.
    if idempotency_key in VOUCHER_KEYS:
        return VOUCHER_KEYS[idempotency_key]
    VOUCHER_KEYS[idempotency_key] = {"code": voucher.code}
    return VOUCHER_KEYS[idempotency_key]
