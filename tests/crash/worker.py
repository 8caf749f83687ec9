"""The process the kill trials kill: ``python -m tests.crash.worker OP URL [FILE]``.

Prints ``READY`` once imported and about to work, then one ``ACK …`` line after each
committed save or import (a line printed is a promise the data is there), and loops until
killed (``demo`` and ``migrate`` do their one operation and print ``DONE``).
"""

from __future__ import annotations

import csv
import os
import sys
import tempfile
from pathlib import Path

from tcd_desktop.domain.folding import fold
from tcd_desktop.services.context import SYSTEM
from tcd_desktop.store.audit import append_audit
from tcd_desktop.store.database import open_database
from tcd_desktop.store.models import Citizen


def say(line: str) -> None:
    """One line on stdout, flushed at once."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def saves(url: str, tag: str) -> None:
    """Save citizens one transaction at a time (FTS triggers and the audit chain too)."""
    db = open_database(url, upgrade=False)
    say("READY")
    i = 0
    while True:
        name = f"Nguyễn Văn Lưu {tag} {i}"
        with db.session() as s:
            citizen = Citizen(full_name=name, name_folded=fold(name), address="Thôn Kiểm Thử")
            s.add(citizen)
            s.flush()
            append_audit(s, "citizen.create", entity="citizen", entity_id=citizen.id)
        say(f"ACK {name}")
        i += 1


def imports(url: str, file: str) -> None:
    """Import the register file again and again (rows varied), one transaction each."""
    from tcd_desktop.services.register.apply import apply_import
    from tcd_desktop.services.register.importing import preview_import
    from tcd_desktop.services.register.safe import CSV_FOOTER, CSV_TITLE

    db = open_database(url, upgrade=False)
    source = Path(file)
    with source.open(encoding="utf-8-sig", newline="") as fh:
        lines = list(csv.reader(fh))
    # the export's own layout: title line, headers, rows, the row-count footer
    header, body = lines[1], lines[2:-1]
    say("READY")
    i = 0
    while True:
        # a different file each time (summaries numbered): never a re-import of the same rows
        copy = Path(tempfile.gettempdir()) / f"tcd-kill-import-{os.getpid()}-{i}.csv"
        with copy.open("w", encoding="utf-8-sig", newline="") as fh:
            out = csv.writer(fh)
            out.writerow([CSV_TITLE])
            out.writerows([header, *[[*r[:4], f"{r[4]} ({i})", *r[5:]] for r in body]])
            out.writerow([CSV_FOOTER.format(rows=len(body))])
        with db.session() as s:
            preview = preview_import(s, SYSTEM, copy)
            rows = apply_import(s, SYSTEM, preview).rows
        copy.unlink()
        say(f"ACK {rows}")
        i += 1


def exports(url: str, folder: str) -> None:
    """Export the register to CSV and XLSX again and again (reads only)."""
    from tcd_desktop.services.register.export import export_register
    from tcd_desktop.store.queries.register import RegisterFilter

    db = open_database(url, upgrade=False)
    say("READY")
    i = 0
    while True:
        for suffix in (".csv", ".xlsx"):
            with db.session() as s:
                export_register(s, SYSTEM, Path(folder) / f"so-{i}{suffix}", RegisterFilter())
        i += 1


def demo(url: str, cases: str) -> None:
    """Fill the empty database with sample data."""
    from tcd_desktop.services.demo_data import generate_demo_data

    db = open_database(url, upgrade=False)
    say("READY")
    generate_demo_data(db, SYSTEM, cases=int(cases), seed=7)
    say("DONE")


def migrate(url: str, backups: str) -> None:
    """Open an old database: back it up, upgrade it to head."""
    say("READY")
    open_database(url, backup_dir=Path(backups)).close()
    say("DONE")


def main(argv: list[str]) -> None:
    """Dispatch on the operation name."""
    op, url, arg = argv[0], argv[1], argv[2] if len(argv) > 2 else tempfile.gettempdir()
    {"save": saves, "import": imports, "export": exports, "demo": demo, "migrate": migrate}[op](
        url, arg
    )


if __name__ == "__main__":
    main(sys.argv[1:])
