"""Hostile command lines: every one answered in Vietnamese, non-zero, nothing written.

Runs ``tcd-desktop`` in-process (``tcd_desktop.__main__.main``) with the window forbidden:
a command line that would open it fails the test. ``INPUTS`` counts the command lines tried;
``-s`` prints the figure.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, assume, given, settings
from hypothesis import strategies as st

from tcd_desktop.__main__ import main
from tcd_desktop.cli import has_subcommand
from tcd_desktop.cli.auth import PASSWORD_ENV, USER_ENV
from tcd_desktop.cli.parser import SUBCOMMANDS
from tcd_desktop.domain.enums import Role
from tests.cli.test_cli import PASSWORD, add_account
from tests.dbfixtures import fresh_sqlite_file

INPUTS: Counter[str] = Counter()
HYPO = settings(
    max_examples=80,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
TABLES = ("audit_entries", "rules", "calendar_days", "receptions", "users", "app_meta", "units")


pytestmark = pytest.mark.usefixtures("no_window")


@pytest.fixture(scope="module", autouse=True)
def _report() -> Iterator[None]:
    yield
    print(f"\n[hostile CLI] command lines tried: {sum(INPUTS.values())} {dict(INPUTS)}")


def fingerprint(url: str) -> tuple[int, ...]:
    """Row counts of the tables a command could write (and the audit head)."""
    with sqlite3.connect(url.removeprefix("sqlite:///")) as conn:
        counts = tuple(conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES)
    return counts


def call(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run one command line; it must return an exit code, never raise."""
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def refused(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    """Run a command line that must be refused; returns the Vietnamese message."""
    code, out, err = call(capsys, *args)
    assert code != 0, (args, out)
    assert err.startswith("Lỗi: ") and out == ""
    return err


# --- commands ---------------------------------------------------------------------------------

words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_characters="\x00"), min_size=1, max_size=30
).filter(lambda w: not w.startswith("-") and w not in SUBCOMMANDS)


@HYPO
@given(word=words, rest=st.lists(st.sampled_from(["--json", "x", "--database", "y"]), max_size=3))
def test_unknown_commands_are_refused_never_opening_the_window(
    capsys: pytest.CaptureFixture[str], word: str, rest: list[str]
) -> None:
    INPUTS["unknown command"] += 1
    assert has_subcommand([word, *rest])
    code, _, err = call(capsys, word, *rest)
    assert code == 2 and "không tồn tại" in err


@HYPO
@given(command=st.sampled_from(SUBCOMMANDS), data=st.data())
def test_misspelt_commands_suggest_the_right_one(
    capsys: pytest.CaptureFixture[str], command: str, data: st.DataObject
) -> None:
    i = data.draw(st.integers(0, len(command) - 2))
    typo = command[:i] + command[i + 1] + command[i] + command[i + 2 :]  # two letters swapped
    assume(typo not in SUBCOMMANDS)
    INPUTS["misspelt command"] += 1
    err = refused(capsys, typo)
    assert f"lệnh {typo!r} không tồn tại" in err and "Có phải ý bạn là" in err


gui_options = st.lists(
    st.sampled_from(
        [
            ["--database", "sqlite:///x.sqlite3"],
            ["--database=postgresql+psycopg://u@h/db"],
            ["--language", "en"],
            ["--language", "vi"],
            ["--smoke-test"],
            ["--smoke-receipt", "/tmp/tcd-smoke/receipt.pdf"],
            ["-platform", "offscreen"],
            ["-platform=offscreen"],
            ["-style", "fusion"],
            ["-qwindowgeometry", "800x600"],
            ["-reverse"],
        ]
    ),
    max_size=5,
).map(lambda groups: [a for g in groups for a in g])


@HYPO
@given(args=gui_options)
def test_window_options_still_open_the_window(args: list[str]) -> None:
    INPUTS["window options"] += 1
    assert not has_subcommand(args)


def test_help_and_argparse_errors_are_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    INPUTS["help"] += 4
    code, out, _ = call(capsys, "--help")
    assert code == 0 and "cách dùng:" in out and "deadline" in out
    code, out, _ = call(capsys, "deadline", "--help")
    assert code == 0 and "tuỳ chọn:" in out
    assert "thiếu tham số bắt buộc: --from" in refused(capsys, "deadline", "K3")
    assert "phải là số nguyên" in refused(capsys, "calendar", "năm")
    assert "không được hỗ trợ: --bogus" in refused(capsys, "calendar", "2026", "--bogus")


# --- dates and numbers ------------------------------------------------------------------------


@HYPO
@given(day=st.dates())
def test_dates_outside_1990_2100_are_refused(
    capsys: pytest.CaptureFixture[str], day: dt.date
) -> None:
    INPUTS["dates"] += 1
    text = f"{day.year:04}-{day.month:02}-{day.day:02}"
    code, out, err = call(capsys, "deadline", "K3", "--from", text)
    if 1990 <= day.year <= 2100:
        assert "ngoài khoảng" not in err and (code == 0) == bool(out)
    else:
        assert code == 2 and "nằm ngoài khoảng hỗ trợ (năm 1990–2100)" in err


@HYPO
@given(text=st.text(max_size=40))
def test_any_date_text_is_answered(capsys: pytest.CaptureFixture[str], text: str) -> None:
    INPUTS["date text"] += 1
    assume(not text.startswith("-"))
    code, _, err = call(capsys, "board", "--today", text, "--database", "sqlite:///nowhere.db")
    assert code != 0 and ("không hợp lệ" in err or "ngoài khoảng" in err or "Không tìm" in err)


@HYPO
@given(
    option=st.sampled_from(
        [
            ("deadline", "K3", "--from", "2026-08-03", "--extensions"),
            ("search", "an", "--limit"),
            ("calendar",),
            (
                "rules",
                "override",
                "K2",
                "--unit",
                "calendar",
                "--from",
                "2026-07-01",
                "--reason",
                "QĐ 1",
                "--days",
            ),
            (
                "rules",
                "override",
                "K2",
                "--unit",
                "working",
                "--from",
                "2026-07-01",
                "--reason",
                "QĐ 1",
                "--days",
            ),
        ]
    ),
    number=st.one_of(
        st.integers(-(10**30), 10**30), st.sampled_from([0, -1, 11, 366, 251, 2101, 1989])
    ),
)
def test_numbers_outside_their_legal_range_are_refused(
    capsys: pytest.CaptureFixture[str], office_url: str, option: tuple[str, ...], number: int
) -> None:
    low, high = {
        "deadline": (0, 10),
        "search": (1, 10_000),
        "calendar": (1990, 2100),
        "rules": (1, 365 if "calendar" in option else 250),
    }[option[0]]
    assume(not low <= number <= high)
    INPUTS["numbers"] += 1
    before = fingerprint(office_url)
    err = refused(capsys, *option, str(number), "--database", office_url)
    assert "phải là số nguyên từ" in err or "ngoài khoảng" in err or "không được âm" in err
    assert fingerprint(office_url) == before


# --- database URLs ----------------------------------------------------------------------------

port = st.one_of(
    st.text(alphabet="abc-+ 0123456789x", min_size=1, max_size=12),
    st.integers(65536, 10**12).map(str),
)


@HYPO
@given(
    url=st.one_of(
        st.text(max_size=60).filter(lambda u: not u.startswith("-") and u.strip()),
        port.map(lambda p: f"postgresql+psycopg://u:bimat@127.0.0.1:{p}/db"),
        st.sampled_from(
            [
                "notaurl",
                "mysql://a/b",
                "oracle://x",
                "sqlite:////proc/x/y.db",
                "sqlite:////tmp/" + "ố" * 300 + ".db",
                "sqlite:////tmp/" + "ố/" * 1500 + "x.db",
            ]
        ),
    ),
    command=st.sampled_from([("db", "check"), ("search", "an"), ("board",), ("audit", "verify")]),
)
def test_bad_database_urls_are_answered_without_the_password(
    capsys: pytest.CaptureFixture[str], url: str, command: tuple[str, ...]
) -> None:
    assume(not url.startswith("sqlite:") or "proc" in url)
    INPUTS["database URL"] += 1
    err = refused(capsys, *command, "--database", url)
    assert "bimat" not in err


# --- output files -----------------------------------------------------------------------------


@HYPO
@given(
    name=st.one_of(
        st.text(min_size=1, max_size=300),
        st.text(alphabet="abc", min_size=250, max_size=400).map(lambda n: n + ".csv"),
        st.sampled_from(
            [
                "/proc/so.csv",
                "/proc/self/so.xlsx",
                "/sys/so.pdf",
                "thieu/thu/muc/so.csv",
                ".",
                "/",
                "/tmp/" + "ố/" * 1500 + "so",
                "/etc/passwd/so",
            ]
        ),
    ),
    suffix=st.sampled_from(["", ".csv", ".xlsx", ".pdf", ".doc"]),
)
def test_export_paths_are_checked_and_nothing_is_written(
    capsys: pytest.CaptureFixture[str],
    office_url: str,
    tmp_path_factory: pytest.TempPathFactory,
    name: str,
    suffix: str,
) -> None:
    assume(not name.startswith("-") and "\x00" not in name)
    INPUTS["export path"] += 1
    folder = tmp_path_factory.mktemp("out")
    target = name + suffix if name.startswith("/") else str(folder / (name + suffix))
    before = fingerprint(office_url)
    refused(capsys, "export-register", "--out", target, "--database", office_url)
    assert list(folder.iterdir()) == [] or all(p.is_dir() for p in folder.iterdir())
    assert fingerprint(office_url) == before


# --- control characters and sign-in -----------------------------------------------------------

control = st.characters(codec="utf-8", categories=["Cc"], exclude_characters="\t\n\r\x00")


@HYPO
@given(bad=control, where=st.sampled_from(["name", "reason", "rule"]))
def test_control_characters_in_arguments_are_refused(
    capsys: pytest.CaptureFixture[str], office_url: str, bad: str, where: str
) -> None:
    INPUTS["control characters"] += 1
    before = fingerprint(office_url)
    if where == "rule":
        args = [
            "rules",
            "override",
            f"K{bad}2",
            "--days",
            "7",
            "--unit",
            "working",
            "--from",
            "2026-07-01",
            "--reason",
            "QĐ 1",
        ]
    else:
        args = [
            "calendar-day",
            "2026-10-05",
            "--off",
            "--name",
            "Nghỉ bão",
            "--reason",
            "Công văn 1",
        ]
        i = args.index(f"--{where}") + 1
        args[i] = args[i][:3] + bad + args[i][3:]
    err = refused(capsys, *args, "--database", office_url)
    assert f"ký tự điều khiển không được phép (mã U+{ord(bad):04X})" in err
    assert fingerprint(office_url) == before


@pytest.mark.parametrize(
    "args",
    [
        ["search", "an"],
        ["export-register", "--out", "{tmp}/so.csv"],
        ["import-register", "{tmp}/so.csv", "--dry-run"],
        [
            "rules",
            "override",
            "K2",
            "--days",
            "7",
            "--unit",
            "working",
            "--from",
            "2026-07-01",
            "--reason",
            "QĐ 1",
        ],
        ["calendar-day", "2026-10-05", "--off", "--name", "Nghỉ bão"],
        ["users", "add", "moi", "--role", "tiepdan", "--full-name", "Người Mới"],
        ["users", "disable", "tiepdan"],
        ["users", "password", "tiepdan"],
    ],
)
def test_data_commands_need_the_right_sign_in(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    args: list[str],
) -> None:
    INPUTS["sign-in"] += 3
    url = f"sqlite:///{fresh_sqlite_file(tmp_path / 'signin.sqlite3')}"
    add_account(url, "quantri", Role.ADMINISTRATOR)
    add_account(url, "tiepdan", Role.RECEPTION_OFFICER)
    (tmp_path / "so.csv").write_text("STT\n", encoding="utf-8")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args] + ["--database", url]
    kept = ("rules", "calendar_days", "receptions", "users", "units")
    before = fingerprint(url)
    assert "cần đăng nhập" in refused(capsys, *args)
    monkeypatch.setenv(USER_ENV, "tiepdan")
    monkeypatch.setenv(PASSWORD_ENV, "sai-mat-khau1")
    assert "không đúng" in refused(capsys, *args)
    if args[0] in ("rules", "calendar-day", "users"):
        monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
        assert "không có quyền" in refused(capsys, *args)
    after = fingerprint(url)
    for table in kept:  # failed sign-ins are audited; nothing else changes
        assert after[TABLES.index(table)] == before[TABLES.index(table)], table
