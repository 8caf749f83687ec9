"""``tcd-desktop unit-successor``: list, set (administrator, reason, audited), clear, refusals."""

from __future__ import annotations

import argparse
import json

import pytest

from tcd_desktop.cli.common import CliError
from tcd_desktop.cli.unit_cmds import add_unit_commands
from tcd_desktop.store.models import Unit
from tests.services.conftest import audit_actions
from tests.services.reception_fixtures import PASSWORD, Office
from tests.services.report_fixtures import make_sample


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    parser = argparse.ArgumentParser(prog="tcd-desktop")
    add_unit_commands(parser.add_subparsers())
    ns = parser.parse_args(list(args))
    try:
        code = int(ns.handler(ns) or 0)
    except CliError as exc:
        print(f"Lỗi: {exc}")
        code = exc.exit_code
    out, _err = capsys.readouterr()
    return code, out


def test_set_list_and_clear(
    office: Office, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    sample = make_sample(office.db, n=10)
    with office.db.session() as s:
        prov = s.query(Unit).filter(Unit.code == sample.province).one()
        s.add(
            Unit(code="T-LS.H1", name="UBND huyện cũ", level="district_former", parent_id=prov.id)
        )
    url = office.db.url
    code, out = run(capsys, "unit-successor", "T-LS.H1", sample.commune, "--database", url)
    assert code != 0 and "--reason" in out  # nothing written without a reason
    monkeypatch.setenv("TCD_USER", "thanhtra")  # a supervisor may not
    monkeypatch.setenv("TCD_PASSWORD", PASSWORD)
    code, out = run(
        capsys,
        "unit-successor",
        "T-LS.H1",
        sample.commune,
        "--reason",
        "NQ 2025",
        "--database",
        url,
    )
    assert code != 0
    monkeypatch.setenv("TCD_USER", "admin")
    code, out = run(
        capsys,
        "unit-successor",
        "T-LS.H1",
        sample.commune,
        "--reason",
        "NQ 2025",
        "--json",
        "--database",
        url,
    )
    assert code == 0
    data = json.loads(out)
    assert data["successor"] == sample.commune and data["until"] == "2025-06-30"
    code, out = run(capsys, "unit-successor", "--json", "--database", url)
    assert code == 0 and [e["unit"] for e in json.loads(out)] == ["T-LS.H1"]
    code, out = run(capsys, "unit-successor", "T-LS.H1", "NOPE", "--reason", "x", "--database", url)
    assert code != 0 and "NOPE" in out
    code, out = run(
        capsys, "unit-successor", "T-LS.H1", "--clear", "--reason", "nhầm", "--database", url
    )
    assert code == 0 and "đã bỏ" in out
    assert audit_actions(office.db).count("unit.successor") == 2
