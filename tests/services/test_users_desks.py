"""A desk is a desk (#11 §3): each installation numbers under its own registered code."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tcd_desktop.services.errors import StepNotAllowed, ValidationFailed
from tcd_desktop.services.setup import create_office
from tcd_desktop.services.users import desks
from tcd_desktop.services.users.signin import SignInFailed, sign_in
from tcd_desktop.store.database import Database
from tcd_desktop.store.numbering import format_number, next_number

PASSWORD = "quan-tri-1234"


@pytest.fixture
def office(db: Database) -> Database:
    with db.session() as s:
        create_office(s, "UBND xã Thử", "XA-THU", "Lạng Sơn", "LS-01", "quantri", "QT", PASSWORD)
    return db


def _at(monkeypatch: pytest.MonkeyPatch, folder: Path) -> str:
    """Act as the installation whose data folder is ``folder``; its id."""
    monkeypatch.setenv("TCD_DATA_DIR", str(folder))
    return desks.installation_id()


def _number(db: Database) -> str:
    with db.session() as s:
        actor = sign_in(s, "quantri", PASSWORD)
    year = dt.date.today().year
    with db.session() as s:
        value = next_number(s, actor.desk_code, "reception", year)
    return format_number(actor.desk_code, year, value)


def test_two_desks_never_draw_from_one_series(
    office: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first = _at(monkeypatch, tmp_path / "may1")
    assert _number(office).startswith("LS-01-")  # the first installation takes the default desk
    assert desks.local_code() == "LS-01"
    second = _at(monkeypatch, tmp_path / "may2")
    assert second != first and (tmp_path / "may2" / "desk.ini").exists()
    if office.dialect == "postgresql":
        with pytest.raises(SignInFailed, match="chưa được đăng ký"):
            _number(office)
        _at(monkeypatch, tmp_path / "may1")
        with office.session() as s:
            admin = sign_in(s, "quantri", PASSWORD)
            desks.register_desk(s, admin, "LS-02", second, "Bàn 2")
        _at(monkeypatch, tmp_path / "may2")
        numbers = {_number(office), _number(office)}
        assert all(n.startswith("LS-02-") for n in numbers) and len(numbers) == 2
        _at(monkeypatch, tmp_path / "may1")
        assert _number(office).startswith("LS-01-")
    else:  # SQLite is a single-user file: the installation that opens it is its desk
        assert _number(office).startswith("LS-01-")


def test_one_installation_one_code(
    office: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    first = _at(monkeypatch, tmp_path / "may1")
    with office.session() as s:
        admin = sign_in(s, "quantri", PASSWORD)
    other = "ab" * 16
    with office.session() as s:
        desks.register_desk(s, admin, "LS-03", other)
        with pytest.raises(StepNotAllowed, match="đã thuộc một máy khác"):
            desks.register_desk(s, admin, "LS-03", "cd" * 16)
        with pytest.raises(StepNotAllowed, match="chỉ cấp số theo một dãy"):
            desks.register_desk(s, admin, "LS-04", first)
        with pytest.raises(ValidationFailed):
            desks.register_desk(s, admin, "ls 5", "xyz")
        codes = {d.code: d.installation_id for d in desks.list_desks(s, admin)}
    assert codes == {"LS-01": first, "LS-03": other}
