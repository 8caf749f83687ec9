"""A burst of concurrent wrong passwords is counted once each and locks after five (#11 §4).

Before the counting was one ``UPDATE … RETURNING``, 20 simultaneous wrong passwords raised
``StaleDataError`` 18 times, were counted twice and never locked the account.
"""

from __future__ import annotations

import threading
import uuid

import pytest
from sqlalchemy import func, select

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.users.signin import (
    MAX_FAILED_ATTEMPTS,
    SignInFailed,
    hash_password,
    sign_in,
)
from tcd_desktop.store.database import Database
from tcd_desktop.store.models import AuditEntry, User, UserRole

PASSWORD = "dung-mat-khau-1"
BURST = 20


def _user(database: Database) -> str:
    name = f"burst_{uuid.uuid4().hex[:8]}"
    with database.session() as s:
        user = User(username=name, full_name="Cán bộ thử", password_hash=hash_password(PASSWORD))
        s.add(user)
        s.flush()
        s.add(UserRole(user_id=user.id, role=str(Role.RECEPTION_OFFICER)))
    return name


def _burst(database: Database, username: str, password: str) -> list[BaseException | None]:
    outcomes: list[BaseException | None] = []
    lock = threading.Lock()
    start = threading.Barrier(BURST)

    def attempt() -> None:
        start.wait()
        try:
            with database.session() as s:
                sign_in(s, username, password)
            result: BaseException | None = None
        except BaseException as exc:  # every outcome is recorded
            result = exc
        with lock:
            outcomes.append(result)

    threads = [threading.Thread(target=attempt) for _ in range(BURST)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return outcomes


def test_a_burst_of_wrong_passwords_locks_after_five(db: Database) -> None:
    username = _user(db)
    outcomes = _burst(db, username, "sai-mat-khau-9")
    assert len(outcomes) == BURST
    others = [o for o in outcomes if not isinstance(o, SignInFailed)]
    assert others == [], f"not a sign-in refusal: {others!r}"
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == username))
        assert user is not None
        assert user.failed_attempts == MAX_FAILED_ATTEMPTS
        assert user.locked_until is not None
        counted = s.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.action == "auth.sign_in_failed", AuditEntry.entity_id == str(user.id))
        )
        refused = s.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(
                AuditEntry.action == "auth.sign_in_refused_locked",
                AuditEntry.entity_id == str(user.id),
            )
        )
    assert counted == MAX_FAILED_ATTEMPTS
    assert refused == BURST - MAX_FAILED_ATTEMPTS
    # locked: even the right password is refused now
    with pytest.raises(SignInFailed), db.session() as s:
        sign_in(s, username, PASSWORD)


def test_a_burst_of_right_passwords_all_sign_in(db: Database) -> None:
    username = _user(db)
    outcomes = _burst(db, username, PASSWORD)
    assert outcomes == [None] * BURST
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == username))
        assert user is not None and user.failed_attempts == 0 and user.locked_until is None
