"""A FastAPI service whose answers name the fields they reject, for mapping errors back onto the form.

/profiles/{id} is read and replaced with an API key in the query, /articles/{id} read by anyone and
replaced with the key and an If-Match (for Load current).
/catalog takes enum query and header parameters (FastAPI writes them as $refs to enum schemas).

/reports/{year} lets FastAPI validate a path, a query and a header parameter (its 422 lists
detail[].loc); /members validates its body and a query parameter itself and answers with RFC 9457
problem details (`errors` with `pointer` and `parameter`). Every accepted request is echoed.
"""
from enum import Enum
from typing import Dict, List, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Response
from fastapi.security import APIKeyQuery
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field

from received_log import record_received

app = FastAPI(title="Roundtrip validation test service", version="1.0.0")
record_received(app)


class Address(BaseModel):
    city: str = Field(..., min_length=2)
    postcode: Optional[str] = None


class ReportIn(BaseModel):
    title: str = Field(..., min_length=3)
    pages: int = Field(..., ge=1)
    address: Address


@app.post("/reports/{year}", summary="File a report (FastAPI validates everything)")
def file_report(
    data: ReportIn,
    year: int = Path(..., ge=2000),
    month: int = Query(..., ge=1, le=12),
    x_tenant: str = Header(..., regex=r"^t-\d+$"),
) -> dict:
    return {"year": year, "month": month, "tenant": x_tenant, "report": data.dict()}


class MemberIn(BaseModel):
    name: str
    age: int
    email: Optional[str] = None

    class Config:
        # The document's example: the form starts from its required part, the rest as placeholders.
        schema_extra = {"example": {"name": "Grace", "age": 36, "email": "grace@example.com"}}


@app.post("/members", summary="Add a member (validated by hand, RFC 9457 problem details)")
def add_member(data: MemberIn, invite: Optional[str] = Query(None)) -> JSONResponse:
    errors = []
    if data.age < 18:
        errors.append({"detail": "must be 18 or older", "pointer": "#/age"})
    if data.email is not None and "@" not in data.email:
        errors.append({"detail": "is not an email address", "pointer": "#/email"})
    if invite is not None and not invite.startswith("inv-"):
        errors.append({"detail": "is not an invitation code (inv-...)", "parameter": "invite"})
    if invite is None and data.name == "Newcomer":
        # An error about the request as a whole: it names no field.
        errors.append({"detail": "newcomers need an invitation this week"})
    if errors:
        problem = {"type": "https://example.net/validation-error", "title": "Your request is not valid.", "status": 400, "errors": errors}
        return JSONResponse(status_code=400, content=problem, media_type="application/problem+json")
    return JSONResponse(status_code=201, content=data.dict())


class Size(str, Enum):
    small = "small"
    medium = "medium"
    large = "large"


class Region(str, Enum):
    eu = "eu"
    us = "us"


@app.get("/catalog", summary="List a catalog (enum query and header parameters)")
def catalog(size: Size = Query(Size.medium), colour: Optional[Size] = None, x_region: Region = Header(...)) -> dict:
    return {"size": size, "colour": colour, "region": x_region}


@app.get("/catalog/sizes", summary="Filter a catalog by sizes (an array of an enum in the query)")
def catalog_sizes(size: List[Size] = Query([])) -> dict:
    return {"sizes": size}


api_key_query = APIKeyQuery(name="api_key")
PROFILE_KEY = "q-secret-555"


class Profile(BaseModel):
    name: str
    city: str
    bio: Optional[str] = None


profiles: Dict[int, Profile] = {1: Profile(name="Ada", city="London", bio="Wrote the first program.")}


def profile_key(key: str = Depends(api_key_query)) -> str:
    if key != PROFILE_KEY:
        raise HTTPException(status_code=401, detail="Unknown API key")
    return key


@app.get("/profiles/{profile_id}", response_model=Profile, summary="Read a profile (API key in the query)")
def get_profile(profile_id: int, _key: str = Depends(profile_key)) -> Profile:
    if profile_id not in profiles:
        raise HTTPException(status_code=404, detail=f"Profile {profile_id} not found")
    return profiles[profile_id]


@app.put("/profiles/{profile_id}", response_model=Profile, summary="Replace a profile (API key in the query)")
def put_profile(profile_id: int, data: Profile, _key: str = Depends(profile_key)) -> Profile:
    profiles[profile_id] = data
    return data


# /articles/{id}: read by anyone, replaced with the API key and the If-Match of the version replaced (for Load current).
class Article(BaseModel):
    title: str
    body: str


articles: Dict[int, Article] = {1: Article(title="Hello", body="First words.")}
article_versions: Dict[int, int] = {1: 1}


def article_etag(article_id: int) -> str:
    return f'"v{article_versions[article_id]}"'


@app.get("/articles/{article_id}", response_model=Article, summary="Read an article (no credentials)")
def get_article(article_id: int, response: Response) -> Article:
    if article_id not in articles:
        raise HTTPException(status_code=404, detail=f"Article {article_id} not found")
    response.headers["ETag"] = article_etag(article_id)
    return articles[article_id]


@app.put("/articles/{article_id}", response_model=Article, summary="Replace an article (API key, If-Match)", responses={412: {"description": "The article changed since it was read"}})
def put_article(article_id: int, data: Article, if_match: str = Header(...), _key: str = Depends(profile_key)) -> Article:
    if article_id not in articles:
        raise HTTPException(status_code=404, detail=f"Article {article_id} not found")
    if if_match != article_etag(article_id):
        raise HTTPException(status_code=412, detail="The article changed since it was read")
    articles[article_id] = data
    article_versions[article_id] += 1
    return data

