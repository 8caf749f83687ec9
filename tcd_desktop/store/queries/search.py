"""Accent-insensitive search over citizens and petitions.

Queries are folded the same way as the stored ``*_folded`` columns (lower case, marks
stripped, đ → d). SQLite answers from FTS5 (prefix match on every word); PostgreSQL from
``pg_trgm`` indexes with one ``LIKE`` per word. Identity numbers and phones match exactly,
and never a sealed person's (see :func:`search`).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import and_, or_, select, text
from sqlalchemy.orm import Session

from tcd_desktop.domain.folding import fold
from tcd_desktop.store.models import Citizen, Petition
from tcd_desktop.store.queries.sealed import (
    is_sealed,
    people_of_petitions,
    redact_for_list,
    still_matches,
)

SEALED_NAME = "Người tố cáo (được giữ bí mật)"
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True)
class SearchHit:
    """One search result; ``name`` is already masked for a sealed denouncer."""

    type: str
    id: uuid.UUID
    name: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form."""
        data = asdict(self)
        data["id"] = str(self.id)
        return data


def query_words(raw: str) -> list[str]:
    """The folded words of a query (punctuation dropped)."""
    return _WORD.findall(fold(raw))


def _fts_expression(words: list[str]) -> str:
    return " ".join(f'"{w}"*' for w in words)


def _citizen_ids_sqlite(session: Session, words: list[str], limit: int) -> list[Any]:
    rows = session.execute(
        text(
            "SELECT c.id FROM citizens_fts f JOIN citizens c ON c.rowid = f.rowid "
            "WHERE citizens_fts MATCH :q AND c.deleted_at IS NULL AND NOT c.is_confidential "
            "LIMIT :n"
        ),
        {"q": _fts_expression(words), "n": limit},
    )
    return [uuid.UUID(hex=r[0]) for r in rows]


def _petition_ids_sqlite(session: Session, words: list[str], limit: int) -> list[Any]:
    rows = session.execute(
        text(
            "SELECT p.id FROM petitions_fts f JOIN petitions p ON p.rowid = f.rowid "
            "WHERE petitions_fts MATCH :q AND p.deleted_at IS NULL LIMIT :n"
        ),
        {"q": _fts_expression(words), "n": limit},
    )
    return [uuid.UUID(hex=r[0]) for r in rows]


def _like_all(column: Any, words: list[str]) -> Any:
    return and_(*[column.like(f"%{w}%") for w in words])


def _number_query(raw: str) -> list[str]:
    """The numbers a query made only of digits and separators may mean (an ID, a phone
    in national or +84 form), else ``[]``."""
    if not re.fullmatch(r"[\d\s.\-+()]+", raw.strip()):
        return []
    digits = re.sub(r"\D", "", raw)
    if len(digits) < 9:
        return []
    out = [digits]
    if digits.startswith("84") and len(digits) == 11:
        out.append("0" + digits[2:])
    return out


def search(session: Session, raw: str, *, limit: int = 100) -> list[SearchHit]:
    """Citizens then petitions matching every word of ``raw``, at most ``limit`` in all.

    A sealed person (a denouncer, a confidential citizen) is never a hit, neither by name
    nor by number: a masked hit would tell that the name or number belongs to someone who
    denounced.  A sealed petition is a hit only when the words still match its summary
    once the identity is redacted, and its summary is shown redacted.
    """
    words = query_words(raw)
    if not words:
        return []
    numbers = _number_query(raw)
    sqlite = session.get_bind().dialect.name == "sqlite"

    if numbers:
        citizen_filter: Any = or_(Citizen.id_number.in_(numbers), Citizen.phone.in_(numbers))
    elif sqlite:
        citizen_filter = Citizen.id.in_(_citizen_ids_sqlite(session, words, limit))
    else:
        citizen_filter = or_(
            _like_all(Citizen.name_folded, words), _like_all(Citizen.address_folded, words)
        )
    citizens = session.execute(
        select(Citizen.id, Citizen.full_name, Citizen.address)
        .where(citizen_filter, Citizen.deleted_at.is_(None), Citizen.is_confidential.is_(False))
        .limit(limit)
    ).all()
    hits = [SearchHit("citizen", cid, name, address) for cid, name, address in citizens]
    remaining = limit - len(hits)
    if remaining <= 0 or numbers:
        return hits

    fetch = remaining * 3  # sealed petitions found only through their identity are dropped
    if sqlite:
        petition_filter: Any = Petition.id.in_(_petition_ids_sqlite(session, words, fetch))
    else:
        petition_filter = _like_all(Petition.summary_folded, words)
    petitions = session.execute(
        select(
            Petition.id,
            Petition.number,
            Petition.kind,
            Petition.summary,
            Citizen.full_name,
            Citizen.is_confidential,
        )
        .outerjoin(Citizen, Citizen.id == Petition.citizen_id)
        .where(petition_filter, Petition.deleted_at.is_(None))
        .limit(fetch)
    ).all()
    sealed_ids = [pid for pid, _n, kind, _s, _c, conf in petitions if is_sealed(kind, conf)]
    people = people_of_petitions(session, sealed_ids)
    for pid, number, kind, summary, name, confidential in petitions:
        if is_sealed(kind, confidential):
            summary = redact_for_list(summary, people.get(pid, ()))
            if not still_matches(words, summary):
                continue
            name = SEALED_NAME
        hits.append(SearchHit("petition", pid, name or "", f"{number}: {summary}"))
    return hits[:limit]
