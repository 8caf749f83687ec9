#!/usr/bin/env python3
"""Smoke-test a frozen build: start it offscreen on a fresh data folder, expect a clean exit.

    .venv/bin/python installer/smoke_test.py dist/tcd-desktop

1. ``tcd-desktop --smoke-test --smoke-receipt FILE`` on an empty ``TCD_DATA_DIR``: the
   application creates and migrates its default SQLite database, loads the bundled fonts and
   the Vietnamese catalogue, shows the main window, makes the sample office, prints a receipt
   to ``FILE`` and quits with 0. The receipt's text is read back (pypdf, when installed: it is
   in requirements-bundle.lock) and must hold the form's title and the receipt number.
2. ``tcd-desktop deadline K3 --from 2026-03-01 --json`` from the bundle must print exactly what
   the checkout's own ``tcd_desktop`` prints (run with this Python, when it can import it).
3. With ``TCD_TEST_DATABASE_URL`` set (CI): ``db upgrade`` and ``db check`` from the bundle on
   a throw-away PostgreSQL database (created and dropped with this Python's SQLAlchemy).

The log must show that the resources came from inside the bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

DEADLINE_ARGS = ["deadline", "K3", "--from", "2026-03-01", "--json"]
RECEIPT_TITLE = "GIẤY BIÊN NHẬN"


def executable(bundle: Path, *, cli: bool = False) -> Path:
    """The bundle's executable (Windows: the console twin for subcommands)."""
    if os.name == "nt":
        return bundle / ("tcd-desktop-cli.exe" if cli else "tcd-desktop.exe")
    return bundle / "tcd-desktop"


def _pdf_text(pdf: Path) -> str | None:
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    return "\n".join(page.extract_text() or "" for page in PdfReader(str(pdf)).pages)


def check_gui(bundle: Path) -> list[str]:
    """Run the GUI smoke test; return the problems found."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="tcd-smoke-") as data:
        receipt = Path(data) / "receipt.pdf"
        env = dict(os.environ, TCD_DATA_DIR=data, QT_QPA_PLATFORM="offscreen")
        env.pop("TCD_DATABASE_URL", None)
        # the console twin on Windows: the windowed executable has no stdout to read
        cmd = [str(executable(bundle, cli=True)), "--smoke-test", "--smoke-receipt", str(receipt)]
        result = subprocess.run(cmd, env=env, timeout=300, check=False, capture_output=True)
        database = Path(data) / "tcd-desktop.sqlite3"
        log_file = Path(data) / "logs" / "tcd-desktop.log"
        log_text = log_file.read_text(encoding="utf-8") if log_file.is_file() else ""
        problems += [
            f"log: {line}"
            for line in log_text.splitlines()
            if " ERROR " in line or " CRITICAL " in line or "not found" in line
        ]
        if result.returncode != 0:
            problems.append(f"exit code {result.returncode}")
        if not database.is_file():
            problems.append("the default database was not created")
        if "with 2 translator(s)" not in log_text:
            problems.append("the Vietnamese translations were not loaded")
        if "TCD_SMOKE main window shown" not in result.stdout.decode(errors="replace"):
            problems.append("the main window was not shown")
        inside = str(bundle.resolve())
        if f"resources and translations from {inside}" not in log_text:
            problems.append(f"the resources were not found inside the bundle ({inside})")
        if not receipt.is_file():
            problems.append("no receipt PDF was printed")
        else:
            text = _pdf_text(receipt)
            number = next((w for w in log_text.split() if w.count("-") == 3 and "000001" in w), "")
            if text is None:
                print("note: pypdf is not installed; the receipt's text was not read back")
            elif RECEIPT_TITLE not in text or (number and number not in text):
                problems.append(f"the receipt does not read back ({text[:200]!r})")
            else:
                print(f"receipt {number}: {len(text)} characters read back")
        if problems:
            sys.stderr.write(result.stderr.decode(errors="replace"))
            sys.stderr.write(log_text)
    return problems


def check_deadline(bundle: Path) -> list[str]:
    """The bundle and the checkout give the same deadline answer."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    frozen = subprocess.run(
        [str(executable(bundle, cli=True)), *DEADLINE_ARGS],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if frozen.returncode != 0:
        return [f"deadline from the bundle failed ({frozen.returncode}): {frozen.stderr}"]
    checkout = subprocess.run(
        [sys.executable, "-m", "tcd_desktop", *DEADLINE_ARGS],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    if checkout.returncode != 0:
        print("note: the checkout's tcd_desktop cannot run with this Python; not compared")
        return []
    if frozen.stdout != checkout.stdout:
        return [f"deadline differs:\nbundle:   {frozen.stdout}\ncheckout: {checkout.stdout}"]
    print(f"deadline K3 from the bundle equals the checkout's ({len(frozen.stdout)} bytes)")
    return []


def check_postgres(bundle: Path) -> list[str]:
    """With ``TCD_TEST_DATABASE_URL`` set: the bundle creates the schema in a throw-away
    PostgreSQL database and checks it (psycopg, libpq and its OpenSSL are in the bundle)."""
    server = os.environ.get("TCD_TEST_DATABASE_URL", "").strip()
    if not server:
        print("note: TCD_TEST_DATABASE_URL is not set; PostgreSQL from the bundle not tried")
        return []
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"tcd_smoke_bundle_{uuid.uuid4().hex[:8]}"
    admin = create_engine(make_url(server), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    problems: list[str] = []
    try:
        for action in ("upgrade", "check"):
            done = subprocess.run(
                [str(executable(bundle, cli=True)), "db", action, "--database", url],
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            if done.returncode != 0:
                problems.append(f"db {action} on PostgreSQL failed: {done.stderr.strip()[-400:]}")
                break
        else:
            print(f"PostgreSQL from the bundle: schema created and checked in {name}")
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return problems


def main(argv: list[str]) -> int:
    """Run the checks; return 0 when the frozen application passed them."""
    bundle = Path(argv[0] if argv else "dist/tcd-desktop")
    problems = check_gui(bundle) + check_deadline(bundle) + check_postgres(bundle)
    for line in problems:
        print(f"problem: {line}")
    print("smoke test", "FAILED" if problems else "passed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
