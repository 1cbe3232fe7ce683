"""The verify fixture with one deliberate defect per check (see verify_api.py)."""

from verify_api import build_app

app = build_app(DEFECTS=True)
