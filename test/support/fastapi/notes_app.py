"""A FastAPI service protected by an API key header, as many are: `roundtrip import` of its
/openapi.json must carry the key into the collection's auth. Its /received log shows what arrived."""
from typing import List

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Security
from fastapi.security import APIKeyHeader
from pydantic import BaseModel

from received_log import record_received

NOTES_KEY = "notes-key-for-tests"

app = FastAPI(title="Notes", version="1.0.0")
record_received(app)

notes_key = APIKeyHeader(name="X-Notes-Key", scheme_name="notesKey")


def require_key(key: str = Security(notes_key)) -> None:
    """403 for a wrong key (APIKeyHeader itself answers 403 when there is none)."""
    if key != NOTES_KEY:
        raise HTTPException(status_code=403, detail="Wrong X-Notes-Key")


class Note(BaseModel):
    text: str


notes: List[Note] = []

# Every route of this router needs the key: FastAPI states the requirement on each operation.
protected = APIRouter(dependencies=[Depends(require_key)], tags=["notes"])


@protected.get("/notes", response_model=List[Note])
def list_notes() -> List[Note]:
    return notes


@protected.post("/notes", response_model=Note, status_code=201)
def add_note(note: Note) -> Note:
    notes.append(note)
    return note


app.include_router(protected)


@app.get("/health", tags=["health"])
def health() -> dict:
    return {"ok": True}
