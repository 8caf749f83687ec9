"""Reading a reception register (Mẫu 03/TCD layout) from XLSX or CSV for import.

``preview_import`` reads the file and checks every row (Vietnamese errors per row); nothing
is written. :mod:`tcd_desktop.services.register_io_apply` writes the previewed rows.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.domain.folding import fold, nfc
from tcd_desktop.domain.validators import validate_citizen_id
from tcd_desktop.services.intake_records import (
    VN_TZ,
)
from tcd_desktop.store.queries.register import SEALED_ID
from tcd_desktop.store.queries.search import SEALED_NAME

#: Folded words expected in each of the 13 header cells (any one of them).
HEADER_KEYS: tuple[tuple[str, ...], ...] = (
    ("stt",),
    ("ngay",),
    ("ho ten",),
    ("cccd", "cmnd", "ho chieu"),
    ("noi dung",),
    ("loai",),
    ("so nguoi",),
    ("giai quyet",),
    ("tham quyen",),
    ("huong dan",),
    ("thu ly", "chuyen"),
    ("theo doi",),
    ("ghi chu",),
)
KIND_WORDS = {
    "khieu nai": PetitionKind.COMPLAINT,
    "kn": PetitionKind.COMPLAINT,
    "to cao": PetitionKind.DENUNCIATION,
    "tc": PetitionKind.DENUNCIATION,
    "kien nghi": PetitionKind.RECOMMENDATION,
    "phan anh": PetitionKind.REFLECTION,
    "pa": PetitionKind.REFLECTION,
}
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")
_KIND_SPLIT = re.compile(r"[;,/+\n]")
SEARCH_ROWS = 30


@dataclass(frozen=True)
class ImportRow:
    """One data row of the file, parsed, with its problems (empty when valid)."""

    line: int
    received_on: dt.date | None
    full_name: str
    address: str
    id_number: str
    sealed: bool
    summary: str
    kinds: tuple[str, ...]
    headcount: int
    prior: str
    competent: bool
    guidance: str
    transfer: str
    follow_up: str
    note: str
    errors: tuple[str, ...] = ()

    @property
    def valid(self) -> bool:
        """True when the row can be imported."""
        return not self.errors


@dataclass(frozen=True)
class ImportPreview:
    """The file as it would be imported."""

    path: Path
    rows: tuple[ImportRow, ...]
    file_errors: tuple[str, ...] = ()

    @property
    def invalid_lines(self) -> tuple[int, ...]:
        """File line numbers of rows with errors."""
        return tuple(r.line for r in self.rows if not r.valid)

    @property
    def valid_count(self) -> int:
        """How many rows are valid."""
        return sum(1 for r in self.rows if r.valid)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return nfc(str(value))


def _id_text(value: Any) -> str:
    """An ID cell; a number typed into Excel loses its leading zero, which is put back."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        digits = str(int(value))
        return (
            digits.zfill(12)
            if len(digits) == 11
            else digits.zfill(9)
            if len(digits) == 8
            else digits
        )
    return _text(value)


def _date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = _text(value)
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _read_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    if path.suffix.lower() == ".xlsx":
        wb = load_workbook(path, read_only=True, data_only=True)
        try:
            sheet = wb.worksheets[0]
            for line, values in enumerate(sheet.iter_rows(values_only=True), 1):
                yield line, list(values)
        finally:
            wb.close()
        return
    text = path.read_text(encoding="utf-8-sig")
    yield from enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)), 1)


def _delimiter(text: str) -> str:
    """The delimiter that splits the 'STT' header line into the most cells."""
    best, cells = ",", 0
    for delimiter in (",", ";", "\t"):
        for row in itertools.islice(
            csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), SEARCH_ROWS
        ):
            if row and fold(row[0]) == "stt" and len(row) > cells:
                best, cells = delimiter, len(row)
    return best


def _header_problems(cells: list[Any]) -> list[str]:
    if len(cells) < len(HEADER_KEYS):
        return [f"Sổ phải có {len(HEADER_KEYS)} cột theo Mẫu 03/TCD; tệp có {len(cells)} cột."]
    out = []
    for i, keys in enumerate(HEADER_KEYS):
        folded = fold(_text(cells[i]))
        if not any(k in folded for k in keys):
            out.append(f"Cột ({i + 1}) có tiêu đề {_text(cells[i])!r}, không đúng Mẫu 03/TCD.")
    return out


def preview_import(session: Session, path: str | Path) -> ImportPreview:
    """Read and check a register file; nothing is written."""
    source = Path(path)
    if source.suffix.lower() not in (".xlsx", ".csv"):
        return ImportPreview(source, (), ("Chỉ nhập được tệp .xlsx hoặc .csv.",))
    try:
        lines = list(_read_rows(source))
    except (OSError, ValueError, KeyError) as exc:
        return ImportPreview(source, (), (f"Không đọc được tệp {source.name}: {exc}",))
    header = next(
        (
            i
            for i, (_, cells) in enumerate(lines[:SEARCH_ROWS])
            if cells and fold(_text(cells[0])) == "stt"
        ),
        None,
    )
    if header is None:
        return ImportPreview(
            source,
            (),
            ("Không tìm thấy dòng tiêu đề bắt đầu bằng 'STT' của sổ tiếp công dân (Mẫu 03/TCD).",),
        )
    problems = _header_problems(lines[header][1])
    if problems:
        return ImportPreview(source, (), tuple(problems))
    body = lines[header + 1 :]
    if body and all(_COLUMN_NUMBER.match(_text(c)) for c in body[0][1][:13] if _text(c)):
        body = body[1:]
    today = dt.datetime.now(VN_TZ).date()
    rows = tuple(
        _parse(line, cells + [None] * 13, today)
        for line, cells in body
        if any(_text(c) for c in cells)
    )
    if not rows:
        return ImportPreview(source, (), ("Tệp không có dòng dữ liệu nào.",))
    return ImportPreview(source, rows)


def _parse(line: int, cells: list[Any], today: dt.date) -> ImportRow:
    errors: list[str] = []
    received_on = _date(cells[1])
    if received_on is None:
        errors.append(
            f"Ngày tiếp không hợp lệ: {_text(cells[1])!r} (dùng dạng ngày/tháng/năm)."
            if _text(cells[1])
            else "Thiếu ngày tiếp."
        )
    elif received_on > today:
        errors.append("Ngày tiếp ở tương lai.")
    name, _, address = _text(cells[2]).partition("\n")
    if not address and "," in name:
        name, _, address = name.partition(",")
    name, address = nfc(name), nfc(address)
    sealed = name == SEALED_NAME
    if not name:
        errors.append("Thiếu họ tên người đến trình bày.")
    id_number = _id_text(cells[3])
    if id_number == SEALED_ID or sealed:
        id_number = ""
    elif id_number and id_number.isdigit():
        check = validate_citizen_id(id_number)
        if check.ok:
            id_number = check.value
        else:
            errors.append(f"Số CCCD/CMND: {check.message_vi}.")
    summary = _text(cells[4])
    if not summary:
        errors.append("Thiếu nội dung đơn.")
    kinds: list[str] = []
    for token in filter(None, (fold(t) for t in _KIND_SPLIT.split(_text(cells[5])))):
        kind = KIND_WORDS.get(token)
        if kind is None:
            errors.append(
                f"Loại đơn không hợp lệ: {token!r} (khiếu nại, tố cáo, kiến nghị hoặc phản ánh)."
            )
        elif kind.value not in kinds:
            kinds.append(kind.value)
    # An empty kind is a visit that produced no petition (refused, explained on the spot):
    # the register writes such rows that way, so they must come back the same.
    headcount_text = _text(cells[6]) or "1"
    headcount = int(headcount_text) if headcount_text.isdigit() else 0
    if headcount < 1:
        errors.append(f"Số người phải là số nguyên từ 1 trở lên (đang ghi {headcount_text!r}).")
    competent_text = fold(_text(cells[8]))
    if competent_text not in ("", "x"):
        errors.append("Cột 'Thuộc thẩm quyền' chỉ ghi 'x' hoặc để trống.")
    return ImportRow(
        line=line,
        received_on=received_on,
        full_name=name,
        address=address,
        id_number=id_number,
        sealed=sealed,
        summary=summary,
        kinds=tuple(kinds),
        headcount=max(headcount, 1),
        prior=_text(cells[7]),
        competent=competent_text == "x",
        guidance=_text(cells[9]),
        transfer=_text(cells[10]),
        follow_up=_text(cells[11]),
        note=_text(cells[12]),
        errors=tuple(errors),
    )
