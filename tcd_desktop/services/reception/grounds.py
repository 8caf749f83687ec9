"""Legal grounds for refusing to receive a citizen (từ chối tiếp công dân), as data.

Luật Tiếp công dân 2013 Điều 9, and the cases added by Nghị định 154/2026/NĐ-CP Điều 4
(in force from 01/7/2026; the 2026 decree text comes from a single source and is marked
``unconfirmed`` as in LAW.md §11). For the grounds marked ``written_notice`` the head of
the body issues a written refusal notice (Mẫu 01/TCD) within 03 working days (rule T5).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

NEW_DECREE_FROM = dt.date(2026, 7, 1)
LAW = "Luật Tiếp công dân 2013"
DECREE = "Nghị định 154/2026/NĐ-CP"


@dataclass(frozen=True)
class RefusalGround:
    """One ground: code stored with the visit, Vietnamese text, citation, validity."""

    code: str
    text_vi: str
    citation: str
    written_notice: bool = False
    needs_note: bool = False
    valid_from: dt.date | None = None
    unconfirmed: bool = False

    def in_force(self, on: dt.date) -> bool:
        """True when the ground may be used for a visit on ``on``."""
        return self.valid_from is None or on >= self.valid_from


REFUSAL_GROUNDS: tuple[RefusalGround, ...] = (
    RefusalGround(
        "luat9_1",
        "Người trong tình trạng say do dùng chất kích thích, người mắc bệnh tâm thần hoặc bệnh "
        "khác làm mất khả năng nhận thức hoặc khả năng điều khiển hành vi của mình",
        f"{LAW}, Điều 9 khoản 1",
    ),
    RefusalGround(
        "luat9_2",
        "Người có hành vi đe dọa, xúc phạm cơ quan, tổ chức, đơn vị, người tiếp công dân, người "
        "thi hành công vụ hoặc có hành vi khác vi phạm nội quy nơi tiếp công dân",
        f"{LAW}, Điều 9 khoản 2",
    ),
    RefusalGround(
        "luat9_3",
        "Người khiếu nại, tố cáo về vụ việc đã giải quyết đúng chính sách, pháp luật, được cơ "
        "quan nhà nước có thẩm quyền kiểm tra, rà soát, thông báo bằng văn bản và đã được tiếp, "
        "giải thích, hướng dẫn nhưng vẫn cố tình khiếu nại, tố cáo kéo dài",
        f"{LAW}, Điều 9 khoản 3",
        written_notice=True,
    ),
    RefusalGround(
        "luat9_4",
        "Trường hợp khác theo quy định của pháp luật (ghi rõ căn cứ)",
        f"{LAW}, Điều 9 khoản 4",
        needs_note=True,
    ),
    RefusalGround(
        "nd154_weapon",
        "Mang theo vũ khí, vật liệu nổ, công cụ hỗ trợ hoặc không chấp hành việc kiểm tra an ninh",
        f"{DECREE}, Điều 4",
        valid_from=NEW_DECREE_FROM,
        unconfirmed=True,
    ),
    RefusalGround(
        "nd154_recording",
        "Ghi âm, ghi hình, phát trực tiếp tại nơi tiếp công dân khi chưa được phép",
        f"{DECREE}, Điều 4",
        valid_from=NEW_DECREE_FROM,
        unconfirmed=True,
    ),
    RefusalGround(
        "nd154_disorder",
        "Kích động, lôi kéo, gây rối trật tự tại nơi tiếp công dân",
        f"{DECREE}, Điều 4",
        valid_from=NEW_DECREE_FROM,
        unconfirmed=True,
    ),
    RefusalGround(
        "nd154_no_capacity",
        "Người không có năng lực hành vi dân sự đầy đủ mà không có người đại diện hợp pháp",
        f"{DECREE}, Điều 4",
        valid_from=NEW_DECREE_FROM,
        unconfirmed=True,
    ),
    RefusalGround(
        "nd154_no_mandate",
        "Người đại diện, người được ủy quyền không xuất trình được giấy tờ chứng minh tư cách",
        f"{DECREE}, Điều 4",
        valid_from=NEW_DECREE_FROM,
        unconfirmed=True,
    ),
    RefusalGround(
        "nd154_not_petition",
        "Nội dung trình bày không phải là khiếu nại, tố cáo, kiến nghị, phản ánh",
        f"{DECREE}, Điều 4",
        valid_from=NEW_DECREE_FROM,
        unconfirmed=True,
    ),
    RefusalGround(
        "nd154_answered",
        "Kiến nghị, phản ánh đã được trả lời, không có thông tin, tình tiết mới",
        f"{DECREE}, Điều 4",
        written_notice=True,
        valid_from=NEW_DECREE_FROM,
        unconfirmed=True,
    ),
    RefusalGround(
        "nd154_court",
        "Vụ việc đã được giải quyết bằng bản án, quyết định của Tòa án đã có hiệu lực pháp luật",
        f"{DECREE}, Điều 4",
        valid_from=NEW_DECREE_FROM,
        unconfirmed=True,
    ),
    RefusalGround(
        "nd154_other_body",
        "Vụ việc đang được cơ quan có thẩm quyền khác thụ lý, giải quyết",
        f"{DECREE}, Điều 4",
        valid_from=NEW_DECREE_FROM,
        unconfirmed=True,
    ),
)

_BY_CODE = {g.code: g for g in REFUSAL_GROUNDS}


def refusal_ground(code: str) -> RefusalGround | None:
    """The ground with ``code``, or None."""
    return _BY_CODE.get(code)


def grounds_in_force(on: dt.date) -> list[RefusalGround]:
    """Grounds the form offers for a visit on ``on``."""
    return [g for g in REFUSAL_GROUNDS if g.in_force(on)]
