"""Giấy biên nhận thông tin, tài liệu, bằng chứng (TT 04/2021 Mẫu 02; NĐ 154/2026 Mẫu 02/TCD).

Lists every item handed over at the desk (name, pages, original / copy / certified copy),
how many copies of the receipt are made, and carries the two signature boxes
NGƯỜI CUNG CẤP THÔNG TIN, TÀI LIỆU and NGƯỜI NHẬN. The header number and the QR code are
the receipt number (the reception's desk number, e.g. ``LS-01-2026-000123``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from tcd_desktop.documents.blocks import SignatureBox
from tcd_desktop.documents.dates import local_date, vn_date_time
from tcd_desktop.documents.fields import Issuer, Official, Person, ReceivedItem
from tcd_desktop.documents.forms.common import (
    field_line,
    grid_table,
    id_phrase,
    labelled,
    para,
    resolve,
    spec,
    two_digits,
)
from tcd_desktop.documents.styles import clean, esc, styles, value
from tcd_desktop.documents.template import GridClosing, build_pdf, frame_width
from tcd_desktop.documents.versions import FormVersion
from tcd_desktop.domain.enums import PetitionKind

CODE = "tcd.receipt"
BODY_SIZE = 13.0

_ROLE_BY_KIND = {
    PetitionKind.COMPLAINT: "người khiếu nại",
    PetitionKind.DENUNCIATION: "người tố cáo",
    PetitionKind.RECOMMENDATION: "người kiến nghị",
    PetitionKind.REFLECTION: "người phản ánh",
}


@dataclass(frozen=True)
class ReceiptData:
    """Fields of the receipt for information, documents and evidence."""

    issuer: Issuer
    received_at: dt.datetime
    location: str
    officer: Official
    provider: Person
    items: tuple[ReceivedItem, ...]
    number: str = ""
    petition_kind: PetitionKind | None = None
    provider_role: str = ""
    """Overrides the role derived from ``petition_kind`` (e.g. "người có quyền, nghĩa vụ liên quan")."""
    content_summary: str = ""
    copies: int = 2
    provider_copies: int = 1

    @property
    def issued_on(self) -> dt.date:
        """The date of the receipt: the day the items were received (Vietnam time)."""
        return local_date(self.received_at)

    @property
    def role(self) -> str:
        """The provider's role as printed."""
        if clean(self.provider_role):
            return clean(self.provider_role)
        if self.petition_kind is None:
            return "người cung cấp thông tin, tài liệu"
        return _ROLE_BY_KIND[self.petition_kind]


def render_receipt(data: ReceiptData, version: FormVersion | None = None) -> bytes:
    """The receipt as PDF bytes, in the form version in force on the day of receipt."""
    if data.copies < 2 or not 1 <= data.provider_copies < data.copies:
        raise ValueError(
            "Giấy biên nhận phải lập ít nhất 02 bản và giao người cung cấp ít nhất 01 bản."
        )
    v = resolve(CODE, data.issued_on, version)
    st = styles(BODY_SIZE)
    phrase = str(v.params.get("items_phrase", "thông tin, tài liệu"))
    officer = data.officer
    officer_text = f"<b>{esc(officer.full_name)}</b>, chức vụ: {value(officer.position)}"
    if clean(officer.organisation):
        officer_text += f", {esc(officer.organisation)}"
    body = [
        para(f"Vào hồi {esc(vn_date_time(data.received_at))}, tại {value(data.location)}.", st),
        para(f"Tôi là: {officer_text}.", st),
        para(
            f"Đã nhận của {esc(data.provider.pronoun)}: <b>{esc(data.provider.full_name)}</b>"
            f", là {esc(data.role)}.",
            st,
        ),
        field_line(id_phrase(data.provider) + ".", st),
        field_line(_sentence(labelled("Địa chỉ", data.provider.address)), st),
    ]
    if clean(data.content_summary):
        body.append(para(_sentence(labelled("Nội dung vụ việc", data.content_summary)), st))
    body.append(para(f"Các {esc(phrase)} gồm:", st))
    width = frame_width()
    rows = [
        (
            str(i),
            item.name + (f" ({item.note})" if clean(item.note) else ""),
            str(item.pages) if item.pages else "",
            item.condition.label_vi,
        )
        for i, item in enumerate(data.items, start=1)
    ]
    widths = [12 * mm, width - 12 * mm - 22 * mm - 45 * mm, 22 * mm, 45 * mm]
    body.append(
        grid_table(
            ("STT", f"Tên {phrase}", "Số trang", "Tình trạng"),
            rows or [("", "Không có", "", "")],
            widths,
            st,
            centred_columns=(0, 2, 3),
        )
    )
    body.append(Spacer(1, 6))
    body.append(
        para(
            f"Giấy biên nhận được lập thành {two_digits(data.copies)} bản, giao người cung cấp "
            f"{esc(phrase)} {two_digits(data.provider_copies)} bản.",
            st,
        )
    )
    boxes = (
        SignatureBox(
            title=str(v.params.get("provider_title", "Người cung cấp thông tin, tài liệu")),
            note="(Ký, ghi rõ họ tên)",
            name=data.provider.full_name,
        ),
        SignatureBox(
            title="Người nhận",
            note="(Ký, ghi rõ họ tên, đóng dấu nếu có)",
            name=officer.full_name,
        ),
    )
    return build_pdf(
        spec(
            v,
            data.issuer,
            data.issued_on,
            data.number,
            body=tuple(body),
            closing=GridClosing(boxes),
            body_size=BODY_SIZE,
            show_number=bool(v.params.get("number_line", True)),
        )
    )


def _sentence(text: str) -> str:
    """``text`` ending with one full stop (a summary that ends with "." gets no second one)."""
    stripped = text.rstrip()
    return stripped if stripped.endswith((".", "!", "?", "…")) else stripped + "."
