"""The narrative report (báo cáo bằng lời văn) skeleton, with the key figures filled in.

Quý I, 6 tháng, 9 tháng and năm carry a narrative report beside the data forms (TT 01/2024);
Quý II–IV send the forms only. The official outline of the annex was not available, so the
headings follow the usual order of these reports (results, assessment, tasks, proposals) and
the officer completes the prose; every figure comes from the same counting as the forms.
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Paragraph

from tcd_desktop.documents.blocks import SignatureBox
from tcd_desktop.documents.fields import Issuer
from tcd_desktop.documents.styles import esc, styles
from tcd_desktop.documents.template import DocumentSpec, GridClosing, build_pdf
from tcd_desktop.domain.report_periods import Period, PeriodKind
from tcd_desktop.services.context import Actor, require
from tcd_desktop.services.errors import ServiceError
from tcd_desktop.services.reports.service import READ_ROLES, build_report
from tcd_desktop.services.reports.writers import OfficeHeader
from tcd_desktop.store.database import Database

__all__ = ["narrative_facts", "narrative_pdf"]

DOTS = "……………………………………………………………………………………………………"


def _n(value: int | None) -> str:
    return f"{value or 0:,}".replace(",", ".")


def narrative_facts(
    db: Database, actor: Actor, period: Period, unit_code: str | None = None
) -> list[str]:
    """The sentences with figures, section by section (``"#"`` starts a heading)."""
    require(actor, *READ_ROLES, action="xem báo cáo định kỳ")
    if period.kind in (PeriodKind.Q2, PeriodKind.Q3, PeriodKind.Q4):
        raise ServiceError(
            f"{period.label}: Thông tư 01/2024/TT-TTCP chỉ yêu cầu gửi biểu số liệu, không có "
            "báo cáo bằng lời văn (chỉ Quý I, 6 tháng, 9 tháng và năm)."
        )
    t = build_report(db, actor, "01/TCD", period, unit_code).total
    x = build_report(db, actor, "01/XLD", period, unit_code).total
    k = build_report(db, actor, "01/KQGQ", period, unit_code).total
    d = build_report(db, actor, "03/KQGQ", period, unit_code).total
    return [
        "#I. KẾT QUẢ CÔNG TÁC TIẾP CÔNG DÂN, XỬ LÝ ĐƠN, GIẢI QUYẾT KHIẾU NẠI, TỐ CÁO",
        "#1. Công tác tiếp công dân",
        f"Trong kỳ đã tiếp {_n(t[0])} lượt với {_n(t[1])} người, {_n(t[2])} vụ việc; tiếp "
        f"thường xuyên {_n(t[3])} lượt; Thủ trưởng tiếp {_n(t[12])} lượt trong {_n(t[11])} kỳ "
        f"tiếp; ủy quyền tiếp {_n(t[21])} lượt. Đoàn đông người: {_n(t[7] + t[16] + t[25])} "
        f"đoàn với {_n(t[8] + t[17] + t[26])} người. {DOTS}",
        "#2. Tiếp nhận, phân loại và xử lý đơn",
        f"Tổng số đơn phải xử lý {_n(x[0])} đơn (kỳ trước chuyển sang {_n(x[1])}, tiếp nhận "
        f"trong kỳ {_n(x[2])}); đã xử lý {_n(x[3])} đơn, chưa xử lý {_n(x[4])} đơn. Đơn đủ "
        f"điều kiện xử lý {_n(x[5])} đơn ({_n(x[6])} vụ việc): khiếu nại {_n(x[7])}, tố cáo "
        f"{_n(x[8])}, kiến nghị, phản ánh {_n(x[9])}; thuộc thẩm quyền {_n(x[13])} đơn, "
        f"không thuộc thẩm quyền {_n(x[17])} đơn. {DOTS}",
        "#3. Kết quả giải quyết khiếu nại, tố cáo thuộc thẩm quyền",
        f"Khiếu nại: {_n(k[0])} đơn thuộc thẩm quyền ({_n(k[3])} vụ việc); đã giải quyết "
        f"{_n(k[4])} vụ việc bằng quyết định hành chính, {_n(k[5])} vụ việc rút đơn; giải quyết "
        f"đúng thời hạn {_n(k[24])}, quá thời hạn {_n(k[25])} vụ việc. {DOTS}",
        f"Tố cáo: {_n(d[0])} đơn thuộc thẩm quyền ({_n(d[3])} vụ việc, trong đó {_n(d[4])} "
        f"tố cáo tiếp); đã giải quyết {_n(d[5])} vụ việc; đúng thời hạn {_n(d[29])}, quá thời "
        f"hạn {_n(d[30])} vụ việc. {DOTS}",
        "#II. ĐÁNH GIÁ",
        f"1. Ưu điểm: {DOTS}",
        f"2. Tồn tại, hạn chế và nguyên nhân: {DOTS}",
        "#III. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
        DOTS,
        "#IV. KIẾN NGHỊ, ĐỀ XUẤT",
        DOTS,
    ]


def narrative_pdf(
    db: Database,
    actor: Actor,
    period: Period,
    office: OfficeHeader,
    unit_code: str | None = None,
    today: dt.date | None = None,
) -> bytes:
    """The narrative report as a PDF on the Nghị định 30/2020 template."""
    require(actor, *READ_ROLES, action="xem báo cáo định kỳ")
    st = styles(14.0)
    body = []
    for line in narrative_facts(db, actor, period, unit_code):
        if line.startswith("#"):
            body.append(Paragraph(esc(line[1:]), st.heading))
        else:
            body.append(Paragraph(esc(line), st.body))
    spec = DocumentSpec(
        issuer=Issuer(name=office.name or "………………………", place=office.place),
        issued_on=today or dt.date.today(),
        title="BÁO CÁO",
        subtitle=(
            "Kết quả công tác tiếp công dân, xử lý đơn, giải quyết khiếu nại, tố cáo "
            f"{period.label.lower() if period.year else period.label}"
        ),
        title_note=(
            f"(Số liệu tính từ ngày {period.start:%d/%m/%Y} đến ngày {period.end:%d/%m/%Y})"
        ),
        body=tuple(body),
        closing=GridClosing(
            (
                SignatureBox("NGƯỜI LẬP BÁO CÁO", "(Ký, ghi rõ họ tên)"),
                SignatureBox("THỦ TRƯỞNG CƠ QUAN", "(Ký tên, đóng dấu)"),
            )
        ),
        form_reference="Báo cáo định kỳ theo Thông tư số 01/2024/TT-TTCP",
    )
    return build_pdf(spec)
