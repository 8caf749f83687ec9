"""``blank-form``: print an empty citizen letter (Đơn khiếu nại, Giấy ủy quyền khiếu nại,
Đơn rút tố cáo) in the version in force on a date. No personal data: no sign-in."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tcd_desktop.cli.common import CliError, parse_date
from tcd_desktop.services.board import today_vn
from tcd_desktop.services.case_documents.citizen import LETTERS, blank_letter_pdf
from tcd_desktop.services.errors import ValidationFailed

COMMANDS = ("blank-form",)


def add_forms_commands(sub: Any) -> None:
    """Add ``blank-form`` to the ``tcd-desktop`` sub-parsers."""
    p = sub.add_parser("blank-form", help="in mẫu đơn trống cho công dân (PDF)")
    p.add_argument("form", metavar="MẪU", help=f"một trong: {', '.join(LETTERS)}")
    p.add_argument("--out", required=True, metavar="FILE", help="tệp PDF kết quả")
    p.add_argument("--date", metavar="DATE", help="mẫu có hiệu lực vào ngày (YYYY-MM-DD)")
    p.set_defaults(handler=cmd_blank_form)


def cmd_blank_form(ns: argparse.Namespace) -> int:
    """Write the empty form to ``--out``."""
    on = parse_date(ns.date, "--date") if ns.date else today_vn()
    target = Path(ns.out)
    if target.suffix.lower() != ".pdf":
        raise CliError("Tệp kết quả phải có đuôi .pdf.")
    try:
        pdf = blank_letter_pdf(ns.form, on)
    except ValidationFailed as exc:
        raise CliError(str(exc)) from exc
    try:
        target.write_bytes(pdf)
    except OSError as exc:
        raise CliError(f"Không ghi được tệp {target}: {exc.strerror}") from exc
    print(f"Đã ghi mẫu {ns.form} vào {target}")
    return 0
