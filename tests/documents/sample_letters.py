"""Form samples. Letters written by the citizen: complaint, authorisation, withdrawal letter and record."""

from __future__ import annotations

import datetime as dt

from tcd_desktop.documents.fields import (
    Person,
)
from tcd_desktop.documents.forms.citizen_forms import (
    AuthorisationData,
    ComplaintLetterData,
    WithdrawalLetterData,
    WithdrawalRecordData,
)
from tests.documents.sample_parties import (
    CITIZEN,
    DAY,
    DENOUNCED,
    DENOUNCER,
    OFFICER,
    PROVINCE,
    SUBJECT,
    VN,
)


def complaint_letter(on: dt.date = DAY) -> ComplaintLetterData:
    return ComplaintLetterData(
        issued_on=on,
        addressee="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        complainant=CITIZEN,
        respondent=SUBJECT + " của Ủy ban nhân dân xã Hoàng Văn Thụ",
        content="Chưa bồi thường cây trồng trên đất bị thu hồi.",
        request="Bồi thường cây trồng theo quy định",
        attachments=("Bản sao Quyết định số 125/QĐ-UBND",),
        place="Lạng Sơn",
    )


def authorisation(on: dt.date = DAY) -> AuthorisationData:
    return AuthorisationData(
        issued_on=on,
        principal=CITIZEN,
        agent=Person(full_name="Hoàng Thị Lan", honorific="Bà", id_number="020190004321"),
        scope="Thực hiện việc khiếu nại đối với " + SUBJECT,
        period="Đến khi có quyết định giải quyết khiếu nại có hiệu lực pháp luật",
        place="Lạng Sơn",
    )


def withdrawal_letter(on: dt.date = DAY) -> WithdrawalLetterData:
    return WithdrawalLetterData(
        issued_on=on,
        addressee="Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        denouncer=DENOUNCER,
        denounced=DENOUNCED,
        denounced_on=dt.date(2026, 2, 1),
        contents=("Kéo dài thời gian giải quyết hồ sơ",),
        reason="Đã được giải thích, thấy hồ sơ còn thiếu giấy tờ",
        place="Lạng Sơn",
    )


def withdrawal_record(on: dt.date = DAY) -> WithdrawalRecordData:
    return WithdrawalRecordData(
        issuer=PROVINCE,
        started_at=dt.datetime(on.year, on.month, on.day, 9, 0, tzinfo=VN),
        location="Trụ sở Tiếp công dân tỉnh",
        officer=OFFICER,
        denouncer=DENOUNCER,
        denounced=DENOUNCED,
        contents=("Kéo dài thời gian giải quyết hồ sơ",),
        reason="Đã được giải thích",
        number="04/BB-UBND",
    )
