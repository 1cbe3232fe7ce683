"""The verify fixture that keeps every promise (see verify_api.py)."""

from verify_api import build_app

app = build_app(DEFECTS=False)
