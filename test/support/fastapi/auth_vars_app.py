"""A FastAPI service whose operations need FastAPI's stock security schemes: an HTTP bearer token
(HTTPBearer, on most routes, so a collection made from the document carries it as its own auth), an
API key header (APIKeyHeader) and an API key in the query (APIKeyQuery). No credential is checked:
each route answers what it was given, and the /received log keeps the raw requests, so a test checks
the credential that reached the server whoever sent it (the app, or `roundtrip run`).
"""
from typing import Optional

from fastapi import Depends, FastAPI
from fastapi.security import APIKeyHeader, APIKeyQuery, HTTPAuthorizationCredentials, HTTPBearer

from received_log import record_received

app = FastAPI(title="Roundtrip auth variables test service", version="1.0.0")
record_received(app)

# auto_error=False: a request without the credential is answered (null) rather than refused, so the
# test reads the answer and the log alike.
bearer = HTTPBearer(auto_error=False)
header_key = APIKeyHeader(name="X-Key", auto_error=False)
query_key = APIKeyQuery(name="key", auto_error=False)


@app.get("/bearer", tags=["bearer"], summary="Read Bearer")
def read_bearer(credentials: Optional[HTTPAuthorizationCredentials] = Depends(bearer)) -> dict:
    return {"token": None if credentials is None else credentials.credentials}


@app.delete("/bearer", tags=["bearer"], summary="Forget Bearer")
def forget_bearer(credentials: Optional[HTTPAuthorizationCredentials] = Depends(bearer)) -> dict:
    return {"token": None if credentials is None else credentials.credentials}


@app.get("/header-key", tags=["keys"], summary="Read Header Key")
def read_header_key(key: Optional[str] = Depends(header_key)) -> dict:
    return {"key": key}


@app.get("/query-key", tags=["keys"], summary="Read Query Key")
def read_query_key(key: Optional[str] = Depends(query_key)) -> dict:
    return {"key": key}
