"""The README's networked office, in process on the real server: set-up, database roles,
accounts, a registered desk that connects as its own login and then as the signed-in user."""

from __future__ import annotations

import io
import json
import secrets
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tcd_desktop.__main__ import main
from tcd_desktop.cli.auth import PASSWORD_ENV, USER_ENV
from tcd_desktop.services.users.signin import sign_in_at_desk
from tcd_desktop.store.database import open_database
from tests.dbfixtures import make_database
from tests.network.roles_fixture import _drop_roles

pytestmark = pytest.mark.postgres

ADMIN_PW = "quan-tri-2026"
USER_PW = "mat-khau-2026"


def _run(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], stdin: str, *args: str
) -> str:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_from_an_empty_database_to_a_desk_signed_in_as_its_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv(USER_ENV, raising=False)
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    suffix = secrets.token_hex(4)
    prefix, admin, clerk = f"c{suffix}", f"quantri_{suffix}", f"tiepdan_{suffix}"
    server, desk_dir = tmp_path / "server", tmp_path / "ban2"
    try:
        with make_database("postgres", tmp_path) as owner:
            url = owner.url
            monkeypatch.setenv("TCD_DATA_DIR", str(server))
            _run(
                monkeypatch,
                capsys,
                f"{ADMIN_PW}\n",
                "setup",
                "--database",
                url,
                "--office-name",
                "UBND xã Hữu Lũng",
                "--province",
                "20",
                "--unit-code",
                "UBND-HL",
                "--desk-code",
                "LS-01",
                "--admin",
                admin,
                "--password-stdin",
            )
            roles = json.loads(
                _run(
                    monkeypatch,
                    capsys,
                    f"{ADMIN_PW}\n",
                    "users",
                    "db-roles",
                    "--prefix",
                    prefix,
                    "--database",
                    url,
                    "--user",
                    admin,
                    "--password-stdin",
                    "--json",
                )
            )
            assert roles["logins"] == [admin]
            _run(
                monkeypatch,
                capsys,
                f"{ADMIN_PW}\n{USER_PW}\n",
                "users",
                "add",
                clerk,
                "--role",
                "reception_officer",
                "--full-name",
                "Cán bộ tiếp dân",
                "--database",
                url,
                "--user",
                admin,
                "--password-stdin",
            )
            monkeypatch.setenv("TCD_DATA_DIR", str(desk_dir))
            me = json.loads(_run(monkeypatch, capsys, "", "users", "desk-id", "--json"))
            monkeypatch.setenv("TCD_DATA_DIR", str(server))
            desk = json.loads(
                _run(
                    monkeypatch,
                    capsys,
                    f"{ADMIN_PW}\n",
                    "users",
                    "desk-register",
                    "LS-02",
                    "--installation",
                    me["installation"],
                    "--database",
                    url,
                    "--user",
                    admin,
                    "--password-stdin",
                    "--json",
                )
            )
            assert desk["db_login"] == f"{prefix}_desk_ls_02" and desk["db_password"]

            monkeypatch.setenv("TCD_DATA_DIR", str(desk_dir))
            at_desk = open_database(url, upgrade=False)
            try:
                at_desk.switch_login(desk["db_login"], desk["db_password"])
                assert at_desk.login_name() == desk["db_login"]
                actor = sign_in_at_desk(at_desk, clerk, USER_PW)
                assert at_desk.login_name() == clerk and actor.desk_code == "LS-02"
            finally:
                at_desk.close()
            # the board's counts from the desk's own address: nobody named (the desk's login
            # reads the counts, #11 §2) or under the named user's role — the same numbers
            desk_url = (
                make_url(url)
                .set(username=desk["db_login"], password=desk["db_password"])
                .render_as_string(hide_password=False)
            )
            as_desk = _run(monkeypatch, capsys, "", "board", "--json", "--database", desk_url)
            monkeypatch.setenv(USER_ENV, clerk)
            monkeypatch.setenv(PASSWORD_ENV, USER_PW)
            as_clerk = _run(monkeypatch, capsys, "", "board", "--json", "--database", desk_url)
            assert json.loads(as_desk) == json.loads(as_clerk)
            assert "Quá hạn" in _run(monkeypatch, capsys, "", "board", "--database", desk_url)
    finally:
        _drop_roles(prefix, [admin, clerk])
