"""A FastAPI service that says exactly what it received of uploads: multipart files and raw bodies, by digest."""
import hashlib

from fastapi import FastAPI, File, Form, Request, UploadFile

from received_log import record_received

app = FastAPI(title="Roundtrip uploads test service", version="1.0.0")

record_received(app)


@app.post("/upload")
async def upload(caption: str = Form(...), file: UploadFile = File(...)) -> dict:
    """The uploaded file's name, type, size and SHA-256, with the text field beside it."""
    content = await file.read()
    return {"caption": caption, "filename": file.filename, "contentType": file.content_type, "size": len(content), "sha256": hashlib.sha256(content).hexdigest()}


@app.put("/blob")
async def blob(request: Request) -> dict:
    """A raw body's size, type and SHA-256."""
    content = await request.body()
    return {"contentType": request.headers.get("content-type"), "size": len(content), "sha256": hashlib.sha256(content).hexdigest()}
