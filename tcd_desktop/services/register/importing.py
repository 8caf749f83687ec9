"""Reading a reception register (Mẫu 03/TCD layout) from XLSX or CSV for import.

``preview_import`` reads the file and checks every row (Vietnamese errors per row); nothing
is written. :mod:`tcd_desktop.services.register.apply` writes the previewed rows.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from tcd_desktop.domain.enums import PetitionKind, Role
from tcd_desktop.domain.folding import fold, nfc
from tcd_desktop.domain.text_safety import first_control
from tcd_desktop.domain.validators import validate_citizen_id
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.office_messages import MESSAGES as OFFICE
from tcd_desktop.services.progress import Progress, in_chunks, step
from tcd_desktop.services.reception._records import VN_TZ
from tcd_desktop.services.register._dupes import (
    is_duplicate,
    mark_duplicates,
    previous_import,
)
from tcd_desktop.services.register.read_file import (
    SEARCH_ROWS,
    FileProblem,
    Formula,
    read_register_file,
)
from tcd_desktop.services.register.safe import restore
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
_DMY = re.compile(r"^(\d{2})/(\d{2})/(\d{4})$")
_KIND_SPLIT = re.compile(r"[;,/+\n]")
#: Short names of the 13 columns, for messages that name a cell.
COLUMN_NAMES = (
    "STT",
    "Ngày tiếp",
    "Họ tên, địa chỉ",
    "Số CCCD",
    "Nội dung đơn",
    "Loại đơn",
    "Số người",
    "Cơ quan đã giải quyết",
    "Thuộc thẩm quyền",
    "Hướng dẫn",
    "Thụ lý, chuyển đơn",
    "Theo dõi kết quả",
    "Ghi chú",
)
#: The longest text each column may hold (characters); the name is limited by the database.
MAX_CHARS = (20, 40, 1000, 40, 10_000, 200, 20, 2000, 10, 2000, 2000, 2000, 2000)
MAX_NAME_CHARS = 255
MAX_HEADCOUNT = 100_000
MIN_YEAR = 1990


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
    #: Duplicates an administrator let through (``allow_duplicates``): shown, not blocking.
    warnings: tuple[str, ...] = ()

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
    #: SHA-256 of the file: the same file is not imported twice.
    sha256: str = ""
    #: Repeated rows and rows already in the register were let through (administrator only).
    allow_duplicates: bool = False
    #: Lines repeated in the file or already in the register (errors unless allowed).
    duplicate_lines: tuple[int, ...] = ()
    #: Set when this very file was imported before: when, by whom.
    imported_before: str = ""

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
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if abs(value) >= 10**20:
            return "số quá lớn"
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
    quick = _DMY.match(text)
    if quick:
        try:
            return dt.date(int(quick[3]), int(quick[2]), int(quick[1]))
        except ValueError:
            return None
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _header_problems(cells: list[Any]) -> list[str]:
    if len(cells) < len(HEADER_KEYS):
        return [f"Sổ phải có {len(HEADER_KEYS)} cột theo Mẫu 03/TCD; tệp có {len(cells)} cột."]
    out = []
    for i, keys in enumerate(HEADER_KEYS):
        folded = fold(_text(cells[i]))
        if not any(k in folded for k in keys):
            out.append(f"Cột ({i + 1}) có tiêu đề {_text(cells[i])!r}, không đúng Mẫu 03/TCD.")
    return out


def preview_import(
    session: Session,
    actor: Actor,
    path: str | Path,
    *,
    allow_duplicates: bool = False,
    progress: Progress | None = None,
) -> ImportPreview:
    """Read and check a register file; nothing is written.

    Rows repeated in the file, rows already in the register and a file imported before are
    errors, unless ``allow_duplicates`` (which :func:`apply_import` lets only an
    administrator use). ``progress`` hears the stages and every chunk of rows checked.
    """
    require(actor, Role.RECEPTION_OFFICER, action="nhập sổ tiếp công dân")
    source = Path(path)
    if source.suffix.lower() not in (".xlsx", ".csv"):
        return ImportPreview(source, (), ("Chỉ nhập được tệp .xlsx hoặc .csv.",))
    step(progress, "Đọc tệp")
    try:
        raw = read_register_file(source)
    except FileProblem as exc:
        return ImportPreview(source, (), (str(exc),))
    lines = raw.lines
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
            raw.sha256,
        )
    problems = _header_problems(lines[header][1])
    if problems:
        return ImportPreview(source, (), tuple(problems), raw.sha256)
    body = lines[header + 1 :]
    if body and all(_COLUMN_NUMBER.match(_text(c)) for c in body[0][1][:13] if _text(c)):
        body = body[1:]
    today = dt.datetime.now(VN_TZ).date()
    rows = [
        _parse(line, [*cells, *[None] * 13], today, csv=raw.is_csv)
        for line, cells in in_chunks(body, progress, "Kiểm tra từng dòng", len(body))
        if any(_text(c) for c in cells)
    ]
    if not rows:
        return ImportPreview(source, (), ("Tệp không có dòng dữ liệu nào.",), raw.sha256)
    file_errors: list[str] = []
    if raw.declared_rows is not None and raw.declared_rows != len(rows):
        file_errors.append(
            f"Tệp ghi {raw.declared_rows} lượt tiếp nhưng đọc được {len(rows)}: tệp bị cắt "
            "cụt hoặc đã bị xoá dòng. Hãy xuất lại tệp (muốn bỏ dòng nào thì dùng loại trừ, "
            "--exclude, thay vì xoá trong tệp); chưa nhập gì."
        )
    step(progress, "Đối chiếu với sổ tiếp công dân")
    before = previous_import(session, raw.sha256)
    if before and not allow_duplicates:
        file_errors.append(before)
    marked = mark_duplicates(session, rows, allow_duplicates)
    duplicates = tuple(r.line for r in marked if r.warnings or is_duplicate(r.errors))
    return ImportPreview(
        source,
        marked,
        tuple(file_errors),
        raw.sha256,
        allow_duplicates,
        duplicates,
        before or "",
    )


@functools.lru_cache(maxsize=4096)
def _fold_short(text: str) -> str:
    """``fold`` of the short cells that repeat on every row (kind, 'x')."""
    return fold(text)


def _n(number: int) -> str:
    """A whole number with Vietnamese thousands dots."""
    return f"{number:,}".replace(",", ".")


def _cell_problems(cells: list[Any], csv: bool) -> tuple[list[Any], list[str]]:
    """Cells with CSV apostrophes removed, and the problems of formula, control characters
    and overlong text, each naming its column."""
    errors: list[str] = []
    clean: list[Any] = list(cells[:13])
    for i, value in enumerate(clean):
        if i == 0:
            continue  # STT is renumbered on import
        column = OFFICE("row.column", number=i + 1, name=COLUMN_NAMES[i])
        if isinstance(value, Formula):
            errors.append(OFFICE("row.formula", column=column))
            clean[i] = None
            continue
        if not isinstance(value, str):
            continue
        text = restore(value) if csv else value
        bad = first_control(text)
        if bad is not None:
            errors.append(OFFICE("row.control", column=column, code=f"{ord(bad):04X}"))
            text = ""
        elif len(text) > MAX_CHARS[i]:
            errors.append(
                OFFICE("row.too_long", column=column, length=_n(len(text)), limit=_n(MAX_CHARS[i]))
            )
            text = text[: MAX_CHARS[i]]
        clean[i] = text
    return clean, errors


def _parse(line: int, raw_cells: list[Any], today: dt.date, *, csv: bool = True) -> ImportRow:
    cells, errors = _cell_problems(raw_cells, csv)
    received_on = _date(cells[1])
    if received_on is None:
        errors.append(
            OFFICE("row.date_invalid", text=repr(_text(cells[1])))
            if _text(cells[1])
            else OFFICE("row.date_missing")
        )
    elif received_on > today:
        errors.append(OFFICE("row.date_future"))
    elif received_on.year < MIN_YEAR:
        errors.append(OFFICE("row.date_early", date=f"{received_on:%d/%m/%Y}", year=MIN_YEAR))
    name, _, address = _text(cells[2]).partition("\n")
    if not address and "," in name:
        name, _, address = name.partition(",")
    name, address = nfc(name), nfc(address)
    sealed = name == SEALED_NAME
    if not name:
        errors.append(OFFICE("row.name_missing"))
    elif len(name) > MAX_NAME_CHARS:
        errors.append(OFFICE("row.name_long", length=len(name), limit=MAX_NAME_CHARS))
    id_number = _id_text(cells[3])
    if id_number == SEALED_ID or sealed:
        id_number = ""
    elif id_number and id_number.isdigit():
        check = validate_citizen_id(id_number)
        if check.ok:
            id_number = check.value
        else:
            errors.append(OFFICE("row.id_number", problem=check.message_vi))
    summary = _text(cells[4])
    if not summary:
        errors.append(OFFICE("row.summary_missing"))
    kinds: list[str] = []
    for token in filter(None, (_fold_short(t) for t in _KIND_SPLIT.split(_text(cells[5])))):
        kind = KIND_WORDS.get(token)
        if kind is None:
            errors.append(OFFICE("row.kind", text=repr(token)))
        elif kind.value not in kinds:
            kinds.append(kind.value)
    # An empty kind is a visit that produced no petition (refused, explained on the spot):
    # the register writes such rows that way, so they must come back the same.
    headcount_text = _text(cells[6]) or "1"
    ascii_digits = (
        headcount_text.isascii() and headcount_text.isdigit() and len(headcount_text) < 10
    )
    headcount = int(headcount_text) if ascii_digits else 0
    if not 1 <= headcount <= MAX_HEADCOUNT:
        errors.append(
            OFFICE("row.headcount", limit=_n(MAX_HEADCOUNT), text=repr(headcount_text[:20]))
        )
    competent_text = _fold_short(_text(cells[8]))
    if competent_text not in ("", "x"):
        errors.append(OFFICE("row.competent"))
    return ImportRow(
        line=line,
        received_on=received_on,
        full_name=name,
        address=address,
        id_number=id_number,
        sealed=sealed,
        summary=summary,
        kinds=tuple(kinds),
        headcount=min(max(headcount, 1), MAX_HEADCOUNT),
        prior=_text(cells[7]),
        competent=competent_text == "x",
        guidance=_text(cells[9]),
        transfer=_text(cells[10]),
        follow_up=_text(cells[11]),
        note=_text(cells[12]),
        errors=tuple(errors),
    )
