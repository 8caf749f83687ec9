"""Issuers, signers and people shared by every form sample, with names that stress the diacritics."""

from __future__ import annotations

import datetime as dt

from tcd_desktop.documents.fields import (
    Issuer,
    ItemCondition,
    Official,
    Person,
    ReceivedItem,
    Signer,
)

VN = dt.timezone(dt.timedelta(hours=7))
DAY = dt.date(2026, 3, 5)
FEB_DAY = dt.date(2026, 2, 14)
AFTER_SWITCH = dt.date(2026, 7, 1)

ISSUER = Issuer(
    name="Ban Tiếp công dân tỉnh Lạng Sơn",
    parent="Ủy ban nhân dân tỉnh Lạng Sơn",
    abbreviation="BTCD",
    place="Lạng Sơn",
)
PROVINCE = Issuer(name="Ủy ban nhân dân tỉnh Lạng Sơn", abbreviation="UBND", place="Lạng Sơn")
HEAD = Signer(full_name="Hoàng Văn Thưởng", position="Trưởng ban")
CHAIRMAN = Signer(full_name="Lương Trọng Quỳnh", position="Phó Chủ tịch", authority="KT. Chủ tịch")
OFFICER = Official("Nguyễn Thị Hường", "Chuyên viên", "Ban Tiếp công dân tỉnh Lạng Sơn")

CITIZEN = Person(
    full_name="Đặng Đức Đạt",
    honorific="Ông",
    id_number="020085001234",
    id_issued_on=dt.date(2021, 4, 12),
    id_issued_by="Cục Cảnh sát quản lý hành chính về trật tự xã hội",
    address="Thôn Bản Ngõ, xã Hoàng Văn Thụ, tỉnh Lạng Sơn",
    phone="0912345678",
)
DENOUNCER = Person(
    full_name="Trịnh Thị Ngọc Ánh",
    honorific="Bà",
    id_number="020190004321",
    address="Số 18 đường Bà Triệu, phường Đông Kinh, tỉnh Lạng Sơn",
    phone="0987654321",
)
DENOUNCED = "ông Vũ Quốc Khánh, Trưởng phòng Tài nguyên và Môi trường"
ITEMS = (
    ReceivedItem("Đơn khiếu nại đề ngày 01/3/2026", 3, ItemCondition.ORIGINAL),
    ReceivedItem(
        "Quyết định số 125/QĐ-UBND ngày 14/02/2026 về việc thu hồi đất",
        4,
        ItemCondition.CERTIFIED_COPY,
    ),
    ReceivedItem("Giấy chứng nhận quyền sử dụng đất số CH-00872", 2, ItemCondition.COPY),
)
SUBJECT = "Quyết định số 125/QĐ-UBND ngày 14/02/2026 về việc thu hồi đất tại thôn Bản Ngõ"
