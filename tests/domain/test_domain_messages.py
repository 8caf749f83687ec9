"""Coded messages: the Vietnamese text itself, with a code and parameters."""

from __future__ import annotations

import copy
import pickle

from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.domain.messages import Catalogue, Message
from tcd_desktop.domain.validators import validate_citizen_id, validate_phone


def test_a_message_is_its_vietnamese_text() -> None:
    catalogue = Catalogue({"kind": "Loại đơn {kind}, {count} trang."})
    message = catalogue("kind", kind=PetitionKind.COMPLAINT, count=3)
    assert message == "Loại đơn Khiếu nại, 3 trang."
    assert isinstance(message, str)
    assert (message.code, dict(message.params)) == (
        "kind",
        {"kind": PetitionKind.COMPLAINT, "count": 3},
    )
    assert f"{message}" == str(message) == "Loại đơn Khiếu nại, 3 trang."
    for copied in (pickle.loads(pickle.dumps(message)), copy.deepcopy(message)):
        assert copied == message and copied.code == "kind" and copied.params == message.params


def test_validators_give_coded_messages_with_the_same_text() -> None:
    result = validate_citizen_id("0011234")
    assert result.message_vi == (
        "Số CCCD phải gồm 12 chữ số (hoặc CMND cũ 9 chữ số); đã nhập 7 chữ số"
    )
    assert isinstance(result.message_vi, Message)
    assert (result.message_vi.code, dict(result.message_vi.params)) == (
        "citizen_id.length",
        {"count": 7},
    )
    phone = validate_phone("0123")
    assert isinstance(phone.message_vi, Message) and phone.message_vi.code == "phone.prefix"
    assert phone.message_vi == "Đầu số 012 không hợp lệ"
