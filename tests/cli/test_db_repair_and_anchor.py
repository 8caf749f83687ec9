"""``db check`` sees missing triggers, indexes and a stale search index; ``--repair`` fixes
them. ``audit anchor`` / ``audit verify --anchor`` on the command line."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tcd_desktop.cli import run_cli
from tcd_desktop.domain.folding import fold
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.audit_key import KEY_FILE_ENV
from tcd_desktop.store.database import open_database
from tcd_desktop.store.models import Citizen
from tests.dbfixtures import fresh_sqlite_file


@pytest.fixture
def url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(KEY_FILE_ENV, str(tmp_path / "audit.key"))
    url = f"sqlite:///{fresh_sqlite_file(tmp_path / 'o.sqlite3')}"
    db = open_database(url)
    with db.session() as s:
        for name in ("Đặng Đức Đạt", "Lê Thị Hoa"):
            s.add(Citizen(full_name=name, name_folded=fold(name)))
        for i in range(3):
            append_audit(s, "test.entry", detail={"i": i})
    db.close()
    return url


def test_missing_triggers_and_indexes_found_and_repaired(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:  # what a killed bulk load used to leave behind
        conn.execute("DROP TRIGGER citizens_fts_ai")
        conn.execute("DROP INDEX ix_citizens_name_folded")
    db = open_database(url, upgrade=False)
    with db.session() as s:  # saved while the trigger was missing: not in the search index
        s.add(Citizen(full_name="Trần Mới", name_folded=fold("Trần Mới")))
    db.close()
    assert run_cli(["db", "check", "--database", url]) == 1
    out = capsys.readouterr().out
    assert "citizens_fts_ai" in out and "ix_citizens_name_folded" in out
    assert "citizens_fts" in out and "--repair" in out
    assert run_cli(["db", "check", "--database", url, "--repair", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and len(data["repaired"]) == 3
    with sqlite3.connect(path) as conn:
        hits = conn.execute("SELECT rowid FROM citizens_fts WHERE citizens_fts MATCH 'moi'")
        assert len(hits.fetchall()) == 1
    assert run_cli(["db", "check", "--database", url]) == 0


def test_anchor_printed_and_checked(
    url: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    anchor_file = tmp_path / "neo.json"
    assert run_cli(["audit", "anchor", "--database", url, "--out", str(anchor_file)]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith("tcd-audit-anchor:1:3:")
    assert json.loads(anchor_file.read_text())["anchor"] == line
    assert run_cli(["audit", "verify", "--database", url, "--anchor", str(anchor_file)]) == 0
    assert "Khớp dấu neo" in capsys.readouterr().out
    path = url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:  # wipe: drop the guard, delete, reset the head
        conn.execute("DROP TRIGGER audit_entries_no_delete")
        conn.execute("DELETE FROM audit_entries")
        conn.execute("DELETE FROM app_meta WHERE key LIKE 'audit_%'")
    assert run_cli(["audit", "verify", "--database", url]) == 0  # nothing to compare with
    capsys.readouterr()
    assert run_cli(["audit", "verify", "--database", url, "--anchor", line]) == 1
    assert "xoá sạch" in capsys.readouterr().out
    assert run_cli(["audit", "verify", "--database", url, "--anchor", "rubbish"]) == 2
    assert "Dấu neo không hợp lệ" in capsys.readouterr().err
