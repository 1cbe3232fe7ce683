"""A FastAPI service that stores products, for checking that a number field sends what it shows.

POST /products keeps what pydantic accepts; GET /products lists what is kept, so a test can see
that a refused body changed nothing. `attributes` is untyped (any JSON), `price` a number and
`quantity` an integer, each with a lower bound.
"""
from typing import Any, Dict, List

from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI(title="Roundtrip products test service", version="1.0.0")


class ProductIn(BaseModel):
    name: str
    price: float = Field(..., gt=0)
    quantity: int = Field(..., ge=1)
    attributes: Any = None


class Product(ProductIn):
    id: int


products: Dict[int, Product] = {}


@app.post("/products", response_model=Product, status_code=201, summary="Create a product")
def create_product(data: ProductIn) -> Product:
    product = Product(id=len(products) + 1, **data.dict())
    products[product.id] = product
    return product


@app.get("/products", response_model=List[Product], summary="List products")
def list_products() -> List[Product]:
    return list(products.values())
