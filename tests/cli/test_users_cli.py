"""Headless administration: ``setup`` as the first-run dialog, ``users add|disable|password``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from tcd_desktop.__main__ import main
from tcd_desktop.cli.auth import PASSWORD_ENV, USER_ENV
from tcd_desktop.services import users
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.services.setup import office_profile
from tcd_desktop.store.database import open_database
from tcd_desktop.store.models import AuditEntry, User

SETUP = [
    "setup",
    "--office-name",
    "Ủy ban nhân dân xã Tân Thanh",
    "--province",
    "20",
    "--unit-code",
    "ubnd-x01",
    "--desk-code",
    "ls-01",
    "--admin",
    "QuanTri",
    "--admin-name",
    "Hoàng Văn Quản",
    "--password-stdin",
]


def run(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stdin: str,
    *args: str,
) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def url(tmp_path: Path, fast_hashing: None, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.delenv(USER_ENV, raising=False)
    monkeypatch.delenv(PASSWORD_ENV, raising=False)
    return f"sqlite:///{tmp_path / 'office.sqlite3'}"


def test_setup_then_users(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    code, out, err = run(capsys, monkeypatch, "matkhau123\n", *SETUP, "--database", url, "--json")
    assert code == 0, err
    assert json.loads(out) == {
        "office": "Ủy ban nhân dân xã Tân Thanh",
        "unit_code": "UBND-X01",
        "province": "Tỉnh Lạng Sơn",
        "desk_code": "LS-01",
        "admin": "quantri",
    }
    # a second set-up is refused and changes nothing
    code, _, err = run(capsys, monkeypatch, "matkhau123\n", *SETUP, "--database", url)
    assert code == 1 and "đã được thiết lập" in err
    # users add: admin's password on line 1, the new account's on line 2
    code, out, err = run(
        capsys,
        monkeypatch,
        "matkhau123\nmatkhau456\n",
        "users",
        "add",
        "tiepdan",
        "--role",
        "tiepdan",
        "--role",
        "xulydon",
        "--full-name",
        "Nguyễn Thị Tiếp",
        "--user",
        "quantri",
        "--password-stdin",
        "--database",
        url,
    )
    assert code == 0 and "Đã tạo tài khoản tiepdan" in out, err
    # the new account signs in and searches
    code, out, err = run(
        capsys,
        monkeypatch,
        "matkhau456\n",
        "search",
        "an",
        "--user",
        "tiepdan",
        "--password-stdin",
        "--database",
        url,
    )
    assert code == 0 and "Không tìm thấy" in out, err
    # users password with TCD_PASSWORD for the admin: stdin holds only the new password
    monkeypatch.setenv(PASSWORD_ENV, "matkhau123")
    code, out, err = run(
        capsys,
        monkeypatch,
        "matkhau789\n",
        "users",
        "password",
        "tiepdan",
        "--user",
        "quantri",
        "--password-stdin",
        "--database",
        url,
    )
    assert code == 0, err
    monkeypatch.delenv(PASSWORD_ENV)
    code, _, err = run(
        capsys,
        monkeypatch,
        "matkhau456\n",
        "search",
        "an",
        "--user",
        "tiepdan",
        "--password-stdin",
        "--database",
        url,
    )
    assert code == 3 and "không đúng" in err
    code, out, err = run(
        capsys,
        monkeypatch,
        "matkhau123\n",
        "users",
        "disable",
        "tiepdan",
        "--user",
        "quantri",
        "--password-stdin",
        "--database",
        url,
    )
    assert code == 0, err
    code, _, err = run(
        capsys,
        monkeypatch,
        "matkhau789\n",
        "search",
        "an",
        "--user",
        "tiepdan",
        "--password-stdin",
        "--database",
        url,
    )
    assert code == 3
    # the last administrator cannot be disabled
    code, _, err = run(
        capsys,
        monkeypatch,
        "matkhau123\n",
        "users",
        "disable",
        "quantri",
        "--user",
        "quantri",
        "--password-stdin",
        "--database",
        url,
    )
    assert code == 1
    db = open_database(url)
    with db.session() as s:
        profile = office_profile(s, SYSTEM)
        admin = users.find_user(s, "quantri")
        tiepdan = users.find_user(s, "tiepdan")
        actions = {
            e.action: e.user_id
            for e in s.scalars(select(AuditEntry).where(AuditEntry.action.like("user.%")))
        }
    db.close()
    assert profile is not None and profile.unit_code == "UBND-X01"
    assert admin is not None and tiepdan is not None and not tiepdan.is_active
    assert tiepdan.unit_id == profile.unit_id
    # audit entries carry the administrator who acted
    assert actions["user.deactivate"] == admin.id and actions["user.change_password"] == admin.id


@pytest.mark.parametrize(
    ("stdin", "args", "message"),
    [
        ("matkhau123\n", [a if a != "20" else "99" for a in SETUP], "Không có tỉnh/thành phố"),
        ("ngan\n", SETUP, "ít nhất"),
        ("", SETUP, "Chưa có mật khẩu"),
        ("matkhau123\n", [a if a != "ls-01" else "L" for a in SETUP], "Mã bàn tiếp"),
        ("matkhau123\n", [a if a != "QuanTri" else "quan tri" for a in SETUP], "dấu cách"),
        ("matkhau123\n", [*SETUP[:2], "UBND\x1b[2J", *SETUP[3:]], "ký tự điều khiển"),
    ],
)
def test_setup_refuses_bad_input_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    url: str,
    stdin: str,
    args: list[str],
    message: str,
) -> None:
    code, out, err = run(capsys, monkeypatch, stdin, *args, "--database", url)
    assert code != 0 and out == "" and message in err, err
    path = Path(url.removeprefix("sqlite:///"))
    if path.exists():
        db = open_database(url)
        with db.session() as s:
            assert s.scalar(select(User.id)) is None and office_profile(s, SYSTEM) is None
        db.close()


def test_users_add_refuses_bad_input(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    assert run(capsys, monkeypatch, "matkhau123\n", *SETUP, "--database", url)[0] == 0
    base = [
        "users",
        "add",
        "moi",
        "--full-name",
        "Người Mới",
        "--user",
        "quantri",
        "--password-stdin",
        "--database",
        url,
    ]
    cases = [
        ("matkhau123\nngan\n", ["--role", "tiepdan"], "ít nhất"),
        ("matkhau123\n", ["--role", "tiepdan"], "Chưa có mật khẩu mới"),
        ("matkhau123\nmatkhau456\n", ["--role", "vua"], "giá trị 'vua' không hợp lệ"),
        ("matkhau123\nmatkhau456\n", ["--role", "tiepdan", "--title", "a\x00b"], "U+0000"),
        ("sai\nmatkhau456\n", ["--role", "tiepdan"], "không đúng"),
    ]
    for stdin, extra, message in cases:
        code, _, err = run(capsys, monkeypatch, stdin, *base, *extra)
        assert code != 0 and message in err, (extra, err)
    db = open_database(url)
    with db.session() as s:
        assert users.find_user(s, "moi") is None
    db.close()


def test_demo_data_on_an_office_whose_desk_code_is_a_sample_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    """Found by hand: the refusal was a traceback; it is a Vietnamese message, exit 1."""
    code, _, err = run(capsys, monkeypatch, "matkhau123\n", *SETUP, "--database", url)
    assert code == 0, err
    code, out, err = run(
        capsys,
        monkeypatch,
        "matkhau123\n",
        "demo-data",
        "--cases",
        "10",
        "--database",
        url,
        "--user",
        "quantri",
        "--password-stdin",
    )
    assert code == 1 and "Traceback" not in err and "trùng với mã của dữ liệu mẫu" in err, err
    assert out == ""
