"""Which Sổ tiếp công dân form a printed register uses, and how its columns are filled.

Before 01/7/2026 the register is TT 04/2021/TT-TTCP Mẫu số 03 (12 columns, "Hướng xử lý"
grouping columns 8–10); from 01/7/2026 it is NĐ 154/2026/NĐ-CP Mẫu số 03/TCD (13 columns).
A register printed for a period uses the form in force on the last day of that period
(FORMS.md §2.2). Rows are always built as the 13 cells of the 2026 form
(``RegisterRow.cells``) and mapped onto the older layout here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from tcd_desktop.documents.versions import UNCONFIRMED_MARK, find_version

SWITCH = dt.date(2026, 7, 1)
"""NĐ 154/2026/NĐ-CP in force (Mẫu 03/TCD replaces TT 04/2021 Mẫu 03)."""

ND154_HEADERS: tuple[str, ...] = (
    "STT",
    "Ngày tiếp",
    "Họ tên, địa chỉ",
    "Số CCCD/CMND/Hộ chiếu",
    "Nội dung đơn (tóm tắt)",
    "Loại đơn",
    "Số người cùng nội dung",
    "Cơ quan đã giải quyết",
    "Thuộc thẩm quyền",
    "Hướng dẫn công dân đến cơ quan có thẩm quyền (số văn bản)",
    "Cơ quan, đơn vị thụ lý (số văn bản chuyển đơn)",
    "Theo dõi kết quả giải quyết",
    "Ghi chú",
)
TT04_HEADERS: tuple[str, ...] = (
    "STT",
    "Ngày tiếp",
    "Họ tên - Địa chỉ",
    "CMND/Hộ chiếu của công dân",
    "Nội dung vụ việc",
    "Phân loại đơn / Số người",
    "Cơ quan đã giải quyết",
    "Thụ lý để giải quyết",
    "Trả lại đơn và hướng dẫn",
    "Chuyển đơn đến cơ quan, tổ chức, đơn vị có thẩm quyền",
    "Theo dõi kết quả giải quyết",
    "Ghi chú",
)


@dataclass(frozen=True)
class RegisterLayout:
    """One version of the register form: its reference line, headers and cell mapping."""

    version: str
    form_line: str
    headers: tuple[str, ...]
    widths_mm: tuple[float, ...]
    cells: Callable[[Sequence[Any]], tuple[Any, ...]]
    """The 13 cells of the 2026 form → this form's cells (date stays a ``date``)."""
    group: tuple[str, int, int] | None = None
    """A header spanning columns [first, last] (0-based), e.g. "Hướng xử lý" 7–9."""
    centred: tuple[int, ...] = ()
    """Columns centred (0-based, counted from the third column as in the writer)."""

    @property
    def printed_form_line(self) -> str:
        """The reference line as printed: "(chưa đối chiếu Công báo)" follows it, on a line of
        its own, while the ``tcd.register`` version in ``resources/forms`` is flagged
        ``unconfirmed``."""
        version = find_version("tcd.register", self.version)
        if version is not None and version.reference_unconfirmed:
            return f"{self.form_line}\n({UNCONFIRMED_MARK})"
        return self.form_line


def _tt04_cells(c: Sequence[Any]) -> tuple[Any, ...]:
    kind, headcount = str(c[5] or ""), c[6]
    return (
        c[0],
        c[1],
        c[2],
        c[3],
        c[4],
        f"{kind} / {headcount}" if kind else str(headcount or ""),
        c[7],
        c[8],
        c[9],
        c[10],
        c[11],
        c[12],
    )


ND154 = RegisterLayout(
    version="ND154-2026-03TCD",
    form_line="Mẫu số 03/TCD. Ban hành kèm theo Nghị định số 154/2026/NĐ-CP",
    headers=ND154_HEADERS,
    widths_mm=(9, 19, 34, 24, 38, 15, 12, 21, 12, 22, 22, 22, 18),
    cells=tuple,
    centred=(3, 4, 6),
)
TT04 = RegisterLayout(
    version="TT04-2021-M03",
    form_line="Mẫu số 03. Ban hành kèm theo Thông tư số 04/2021/TT-TTCP",
    headers=TT04_HEADERS,
    widths_mm=(9, 19, 38, 24, 44, 20, 24, 14, 24, 24, 25, 18),
    cells=_tt04_cells,
    group=("Hướng xử lý", 7, 9),
    centred=(3, 5),
)


def layout_for_period(start: dt.date | None, end: dt.date | None) -> RegisterLayout:
    """The form in force on the period's last day (today when the period is open)."""
    last = end or max(start or dt.date.today(), dt.date.today())
    return TT04 if last < SWITCH else ND154
