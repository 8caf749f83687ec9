"""Reading a register file's cells, refusing what is not one: every problem a Vietnamese message.

XLSX: a truncated, corrupt or renamed file is refused; a formula cell is marked so that the
row is refused (its value would be whatever Excel last computed). CSV: UTF-8 (with or
without BOM) or UTF-16 with a BOM; Windows-1258/TCVN3 and UTF-16 without a BOM are refused
with the line where it shows. A file exported by TCD Desktop declares its number of rows
(CSV footer, XLSX property); a file that does not match it was cut short and is refused.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tcd_desktop.domain.folding import fold
from tcd_desktop.services.errors import ServiceError
from tcd_desktop.services.register.safe import FOOTER_PATTERN, ROWS_PROPERTY

#: Larger files are not a reception register (100,000 rows of CSV are about 30 MB).
MAX_FILE_BYTES = 300 * 1024 * 1024
MAX_ROWS = 200_000
SEARCH_ROWS = 30
TITLE_WORDS = "so tiep cong dan"


class FileProblem(ServiceError):
    """The file cannot be read as a register; ``str()`` is the Vietnamese message."""


@dataclass(frozen=True)
class Formula:
    """An XLSX cell holding a formula (its text), refused by the import."""

    text: str

    def __str__(self) -> str:
        return self.text


@dataclass(frozen=True)
class RawFile:
    """The cells of a register file, line by line, and what the file says about itself."""

    lines: list[tuple[int, list[Any]]]
    sha256: str
    declared_rows: int | None
    exported: bool
    is_csv: bool


def read_register_file(path: Path) -> RawFile:
    """Read every line of ``path`` (.xlsx or .csv); ``FileProblem`` when it is not readable."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise FileProblem(
                f"Tệp {path.name} quá lớn ({size // 1024 // 1024} MB); sổ tiếp công dân "
                f"không quá {MAX_FILE_BYTES // 1024 // 1024} MB."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise FileProblem(
            f"Không đọc được tệp {path.name} (lỗi hệ thống số {exc.errno})."
        ) from None
    if not data.strip():
        raise FileProblem(f"Tệp {path.name} trống.")
    digest = hashlib.sha256(data).hexdigest()
    if path.suffix.lower() == ".xlsx":
        lines, declared = _xlsx(data, path.name)
        exported = _has_title(lines)
        return RawFile(lines, digest, declared, exported, is_csv=False)
    lines = _csv(data, path.name)
    exported = _has_title(lines)
    declared = _footer(lines)
    if exported and declared is None:
        raise FileProblem(
            f"Tệp {path.name} bị cắt cụt: thiếu dòng cuối 'Tổng số lượt tiếp: …' mà tệp xuất "
            "từ TCD Desktop luôn có. Hãy xuất lại tệp; chưa nhập gì."
        )
    return RawFile(lines, digest, declared, exported, is_csv=True)


def _has_title(lines: list[tuple[int, list[Any]]]) -> bool:
    for _, cells in lines[:SEARCH_ROWS]:
        if cells and str(cells[0] or "").strip():
            return fold(str(cells[0])).startswith(TITLE_WORDS)
    return False


def _footer(lines: list[tuple[int, list[Any]]]) -> int | None:
    while lines and not any(str(c or "").strip() for c in lines[-1][1]):
        lines.pop()
    if not lines:
        return None
    cells = [str(c or "").strip() for c in lines[-1][1]]
    match = FOOTER_PATTERN.match(fold(cells[0])) if cells else None
    if match and not any(cells[1:]):
        lines.pop()
        return int(match.group(1))
    return None


def _xlsx(data: bytes, name: str) -> tuple[list[tuple[int, list[Any]]], int | None]:
    from openpyxl import load_workbook

    if not data.startswith(b"PK"):
        raise FileProblem(
            f"Tệp {name} không phải tệp Excel .xlsx (có thể là tệp khác bị đổi đuôi)."
        )
    try:
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        try:
            declared = next(
                (int(p.value) for p in wb.custom_doc_props if p.name == ROWS_PROPERTY), None
            )
            lines = []
            for line, row in enumerate(wb.worksheets[0].iter_rows(), 1):
                if line > MAX_ROWS + SEARCH_ROWS:
                    raise FileProblem(f"Tệp {name} có hơn {MAX_ROWS:,} dòng.".replace(",", "."))
                lines.append((line, [_xlsx_value(c) for c in row]))
        finally:
            wb.close()
    except FileProblem:
        raise
    except Exception:  # BadZipFile, KeyError, XML errors, zlib errors: a broken workbook
        raise FileProblem(
            f"Tệp {name} không phải tệp Excel .xlsx hợp lệ hoặc đã bị hỏng, bị cắt cụt. "
            "Hãy mở lại bằng Excel và lưu dạng .xlsx; chưa nhập gì."
        ) from None
    return lines, declared


def _xlsx_value(cell: Any) -> Any:
    value = getattr(cell, "value", None)
    if getattr(cell, "data_type", "") == "f" and isinstance(value, str):
        return Formula(value)
    return value


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"PK\x03\x04"):
        raise FileProblem(
            f"Tệp {name} là tệp Excel (ZIP) mang đuôi .csv; hãy đổi đuôi thành .xlsx."
        )
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise FileProblem(f"Tệp {name} ghi mã UTF-16 nhưng bị hỏng hoặc cắt cụt.") from None
    head = data[:4096]
    if head.count(b"\x00") > len(head) // 4:
        raise FileProblem(
            f"Tệp {name} có vẻ là mã UTF-16 không có dấu BOM. Hãy lưu lại dạng 'CSV UTF-8'."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise FileProblem(
            f"Tệp {name} không phải mã UTF-8 (lỗi ở dòng {line}): có thể là Windows-1258 hoặc "
            "TCVN3. Hãy mở bằng Excel và lưu dạng 'CSV UTF-8 (Comma delimited)'; chưa nhập gì."
        ) from None


def _csv(data: bytes, name: str) -> list[tuple[int, list[Any]]]:
    text = _decode(data, name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    lines: list[tuple[int, list[Any]]] = []
    rows: Iterator[list[str]] = iter(reader)
    while True:
        try:
            cells = next(rows)
        except StopIteration:
            break
        except csv.Error:
            limit = f"{csv.field_size_limit():,}".replace(",", ".")
            raise FileProblem(
                f"Dòng {reader.line_num} của tệp {name}: có ô dài quá {limit} ký tự hoặc sai "
                "dấu ngoặc kép; chưa nhập gì."
            ) from None
        lines.append((len(lines) + 1, list(cells)))
        if len(lines) > MAX_ROWS + SEARCH_ROWS:
            raise FileProblem(f"Tệp {name} có hơn {MAX_ROWS:,} dòng.".replace(",", "."))
    return lines


def _delimiter(text: str) -> str:
    """The delimiter that splits the 'STT' header line into the most cells."""
    best, cells = ",", 0
    for delimiter in (",", ";", "\t"):
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for row in itertools.islice(reader, SEARCH_ROWS):
                if row and fold(row[0]) == "stt" and len(row) > cells:
                    best, cells = delimiter, len(row)
        except csv.Error:
            continue
    return best
