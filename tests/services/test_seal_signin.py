"""Sign-in failures never tell whether a username exists, and the audit never keeps what
was typed in the username box (issue 12: a mistyped password stored for ever)."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import select

from tcd_desktop.services import users
from tcd_desktop.services.session_key import derive_session_key
from tcd_desktop.store.base import utcnow
from tcd_desktop.store.models import AuditEntry
from tests.services.reception_fixtures import PASSWORD, Office

TYPED = "MatKhauGoNham2026"  # a password typed into the username box


def _fail(office: Office, username: str, password: str, now: dt.datetime) -> str:
    with pytest.raises(users.SignInFailed) as failed, office.db.session() as s:
        users.sign_in(s, username, password, now=now)
    return str(failed.value)


def test_unknown_existing_and_locked_users_get_one_message(office: Office) -> None:
    start = utcnow()
    unknown = {_fail(office, TYPED, "sai-mat-khau1", start) for _ in range(7)}
    existing = {_fail(office, "tiepdan", "sai-mat-khau1", start) for _ in range(7)}
    locked = _fail(office, "tiepdan", PASSWORD, start + dt.timedelta(minutes=1))
    assert unknown == existing == {locked} == {users.BAD_CREDENTIALS}
    with office.db.session() as s:
        actor = users.sign_in(s, "tiepdan", PASSWORD, now=start + dt.timedelta(minutes=6))
    assert actor.username == "tiepdan"


def test_the_audit_keeps_no_typed_username(office: Office) -> None:
    _fail(office, TYPED, "sai-mat-khau1", utcnow())
    _fail(office, "tiepdan", "sai-mat-khau1", utcnow())
    with office.db.session() as s:
        entries = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "auth.sign_in_failed")
        ).all()
    unknown, known = entries[-2:]
    assert unknown.detail == {"reason": "unknown_user"} and unknown.user_id is None
    assert (
        TYPED.lower() not in repr([(e.detail, e.entity_id) for e in entries]).lower()
        and known.user_id == office.officer.user_id
    )


def test_a_locked_account_answers_no_faster_than_an_unknown_one(office: Office) -> None:
    start = utcnow()
    for _ in range(users.MAX_FAILED_ATTEMPTS):
        _fail(office, "tiepdan", "sai-mat-khau1", start)

    def timed(name: str) -> float:
        t0 = time.perf_counter()
        _fail(office, name, "sai-mat-khau1", start)
        return time.perf_counter() - t0

    locked = min(timed("tiepdan") for _ in range(3))
    unknown = min(timed("khongco") for _ in range(3))
    assert locked > unknown / 3  # both verify one hash (no early return for a locked one)


def test_sign_in_carries_the_session_key(office: Office) -> None:
    with office.db.session() as s:
        actor = users.sign_in(s, "tiepdan", PASSWORD)
    assert actor.session_key == derive_session_key(PASSWORD, actor.user_id)  # type: ignore[arg-type]
    assert len(actor.session_key) == 32 and "session_key" not in repr(actor)
    assert actor == office.officer  # the key does not take part in comparisons
