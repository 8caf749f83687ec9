"""The number-lookup limit holds across processes: it is counted in the audit of the
database, so a restart, a second window or another computer does not reset it (#12 §6)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from sqlalchemy import select

from tcd_desktop.services import lookup_limit
from tcd_desktop.services.errors import PermissionDenied
from tcd_desktop.services.lookup_limit import LOOKUP_ACTION, AuditedLookupLimiter
from tcd_desktop.services.reception import citizens
from tcd_desktop.store.audit import verify_audit
from tcd_desktop.store.database import open_database
from tcd_desktop.store.models import AuditEntry
from tests.services.reception_fixtures import PASSWORD, Office

NUMBERS = [f"0201{n:08d}" for n in range(10)]


def test_the_default_limiter_counts_in_the_audit() -> None:
    assert isinstance(citizens.NUMBER_LOOKUPS, AuditedLookupLimiter)
    assert citizens.NUMBER_LOOKUPS.limit == 30 and citizens.NUMBER_LOOKUPS.window == 600


def test_a_second_connection_continues_the_count(
    office: Office, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(citizens, "NUMBER_LOOKUPS", AuditedLookupLimiter(limit=4, window=600))
    with office.db.session() as s:
        for number in NUMBERS[:3]:
            citizens.lookup(s, office.officer, number)
        citizens.lookup(s, office.officer, "nguyen van")  # a name is not counted
    other = open_database(office.db.url, upgrade=False)  # a second window / computer
    try:
        with other.session() as s:
            citizens.lookup(s, office.officer, NUMBERS[3])
        with pytest.raises(PermissionDenied, match="quá 4 lần"), other.session() as s:
            citizens.lookup(s, office.officer, NUMBERS[4])
        with other.session() as s:  # another user has their own allowance
            citizens.lookup(s, office.leader, NUMBERS[4])
    finally:
        other.close()
    with office.db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == LOOKUP_ACTION)).all()
        assert len(entries) == 6
        assert all(NUMBERS[0] not in str(e.detail) for e in entries)  # who, never which number
        assert verify_audit(s).ok
    # the window passes: allowed again
    later = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=601)
    monkeypatch.setattr(lookup_limit, "utcnow", lambda: later)
    with office.db.session() as s:
        citizens.lookup(s, office.officer, NUMBERS[5])


_CHILD = """
import sys
from tcd_desktop.services.reception import citizens
from tcd_desktop.services.errors import PermissionDenied
from tcd_desktop.services.lookup_limit import AuditedLookupLimiter
from tcd_desktop.services.users.signin import sign_in
from tcd_desktop.store.database import open_database
citizens.NUMBER_LOOKUPS = AuditedLookupLimiter(limit=3, window=600)
db = open_database(sys.argv[1], upgrade=False)
with db.session() as s:
    actor = sign_in(s, "tiepdan", sys.argv[2])
refused = 0
for number in sys.argv[3:]:
    try:
        with db.session() as s:
            citizens.lookup(s, actor, number)
    except PermissionDenied:
        refused += 1
print(refused)
"""


def _child(url: str, *numbers: str) -> int:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, url, PASSWORD, *numbers],
        capture_output=True,
        text=True,
        timeout=120,
        env=dict(os.environ),
        check=True,
    )
    return int(done.stdout.strip().splitlines()[-1])


def test_a_restarted_process_does_not_reset_the_count(office: Office) -> None:
    assert _child(office.db.url, *NUMBERS[:2]) == 0
    assert _child(office.db.url, *NUMBERS[2:4]) == 1  # the 4th over the whole day, refused
    with office.db.session() as s:
        throttled = s.scalars(
            select(AuditEntry).where(AuditEntry.action == "citizen.lookup_throttled")
        ).all()
        assert [e.user_id for e in throttled] == [office.officer.user_id]
