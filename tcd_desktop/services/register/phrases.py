"""The fixed phrases the register's cells are made of, by stable code.

``store/queries/register_rows.py`` writes the cells of Mẫu 03/TCD in Vietnamese (the
official register: printed and exported as it is). The screen, in another language, names
each phrase by its code (``ui/desk_labels.py``); what a phrase holds besides (case codes,
document numbers, dates, bodies, notes the officers typed) is data and stays as written.
``{status}`` is the label of a case or petition status (``CaseStatus.label_vi``).
tests/ui/test_english_screens.py fails when the register shows a phrase not listed here.
"""

from __future__ import annotations

from tcd_desktop.store.queries.register_rows import SEALED_ID
from tcd_desktop.store.queries.search import SEALED_NAME

#: Whole phrases (a cell, or one of its parts joined by "; ").
PHRASES: dict[str, str] = {
    "sealed_name": SEALED_NAME,
    "sealed_id": SEALED_ID,
    "refused": "Đã từ chối tiếp công dân",
    "repeat": "Đơn trùng, tái diễn",
    "mass": "Đoàn đông người",
    "explained": "Đã giải thích, yêu cầu chấp hành kết quả giải quyết",
}

#: Phrases with data in them, most specific first (``{name}``: the data, kept as it is).
TEMPLATES: dict[str, str] = {
    "case_decision": "Vụ việc {code}: {status}, quyết định số {number}",
    "case": "Vụ việc {code}: {status}",
    "petition_due": "{status}, hạn xử lý {due}",
    "refused_under": "Từ chối tiếp theo {ground}",
    "handled_at": "{body} (văn bản số {number})",
}

#: What joins the parts of one cell.
SEPARATOR = "; "

__all__ = ["PHRASES", "SEPARATOR", "TEMPLATES"]
