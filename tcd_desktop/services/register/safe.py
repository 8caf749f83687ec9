"""Safe register files: cells that cannot become formulas, whole files or none, a row count.

- A text cell that begins with ``= + - @`` (or a tab / carriage return) is written as text: a
  string cell in XLSX, a leading apostrophe in CSV (the convention spreadsheet programs
  follow); the import takes the apostrophe off again.
- Every export is written under a temporary name in the target folder and renamed when
  complete, so a killed export never leaves a half file under the final name.
- The CSV ends with a footer line ``Tổng số lượt tiếp: N`` and the XLSX carries the count as
  a workbook property; the import checks them, so a truncated file is refused.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tcd_desktop.services.errors import ValidationFailed

#: First characters that make a spreadsheet program read a cell as a formula.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
#: Name of the XLSX custom property holding the number of register rows.
ROWS_PROPERTY = "tcd_register_rows"
#: First line of a CSV export; a file that starts with it must end with the footer.
CSV_TITLE = "SỔ TIẾP CÔNG DÂN (Mẫu số 03/TCD)"
CSV_FOOTER = "Tổng số lượt tiếp: {rows}"
FOOTER_PATTERN = re.compile(r"^\s*tong so luot tiep\s*:\s*(\d{1,9})\s*$")


_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(value: Any) -> Any:
    """Text with control characters (a NUL typed in before they were refused) made visible.

    XLSX cannot hold them at all; replacing them keeps one bad record from breaking an export.
    """
    if isinstance(value, str) and _ILLEGAL.search(value):
        return _ILLEGAL.sub("\ufffd", value)
    return value


def neutralise(value: Any) -> Any:
    """A CSV cell: cleaned, and text that would start a formula gets a leading apostrophe."""
    value = clean(value)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def restore(text: str) -> str:
    """Undo :func:`neutralise` on an imported cell."""
    if text.startswith("'") and text[1:2] and text[1:].startswith(FORMULA_START):
        return text[1:]
    return text


def _os_message(exc: OSError, target: Path) -> str:
    reason = {
        errno.ENOENT: "thư mục không tồn tại",
        errno.EACCES: "không có quyền ghi vào thư mục",
        errno.EPERM: "không được phép ghi vào thư mục",
        errno.EROFS: "ổ đĩa chỉ đọc",
        errno.ENOSPC: "ổ đĩa đã đầy",
        errno.EDQUOT: "đã hết hạn mức dung lượng",
        errno.ENAMETOOLONG: "tên tệp quá dài",
        errno.EISDIR: "đó là một thư mục",
        errno.ENOTDIR: "một phần của đường dẫn không phải thư mục",
    }.get(exc.errno or 0, f"lỗi hệ thống số {exc.errno}")
    return f"Không ghi được tệp {target.name}: {reason}. Không có tệp nào được tạo."


def write_atomically(target: Path, write: Callable[[Path], int]) -> int:
    """Run ``write(temporary_path)`` then rename onto ``target``; nothing is left on failure.

    An operating-system error (no folder, no permission, disk full, name too long) becomes a
    ``ValidationFailed`` with a Vietnamese message.
    """
    temporary = target.with_name(f".{target.name[:200]}.{os.getpid()}.tmp")
    try:
        if target.is_dir():
            raise ValidationFailed({"path": f"{target} là một thư mục, không phải tệp."})
        count = write(temporary)
        os.replace(temporary, target)
    except OSError as exc:
        raise ValidationFailed({"path": _os_message(exc, target)}) from None
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
    return count
