"""A database URL as the settings screen may show it (the password hidden)."""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError


def masked_url(url: str) -> str:
    """``url`` with its password replaced by ***; "" when empty or not a URL."""
    if not url:
        return ""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):
        return ""


__all__ = ["masked_url"]
