"""Dialogue minutes (Mẫu 14): participants, attendance, opinions, a signature box for everyone."""

from __future__ import annotations

import dataclasses

import pytest

from tcd_desktop.documents.forms.dialogue_minutes import DialogueParticipant, signature_boxes
from tcd_desktop.documents.forms.dialogue_roles import ROLE_ORDER, DialogueRole
from tcd_desktop.documents.registry import render
from tests.documents import samples
from tests.documents.pdftext import pdf_text


def _signature_part(text: str) -> str:
    return text.split("Biên bản được lập thành", 1)[1]


def test_every_participant_has_a_signature_box() -> None:
    data = samples.minutes()
    text = pdf_text(render("kn.dialogue_minutes", data).pdf)
    signatures = _signature_part(text)
    boxes = signature_boxes(data)
    assert len(boxes) == len(data.participants)
    assert sorted(b.name for b in boxes) == sorted(p.full_name for p in data.participants)
    for participant in data.participants:
        assert participant.full_name in signatures
        assert participant.role.sign_title.upper() in signatures


def test_signature_boxes_follow_the_form_grid() -> None:
    titles = [b.title for b in signature_boxes(samples.minutes())]
    assert titles == [
        "Người bị khiếu nại",
        "Người giải quyết khiếu nại",
        "Người khiếu nại",
        "Đại diện cơ quan, tổ chức, cá nhân có liên quan",
        "Người có quyền, nghĩa vụ liên quan",
        "Người ghi biên bản",
    ]


def test_many_participants_each_get_a_box() -> None:
    extra = tuple(
        DialogueParticipant(DialogueRole.COMPLAINANT, name, address="Thôn Nà Sla")
        for name in ("Hà Thị Thu", "Vi Văn Đoàn", "Lăng Thị Nguyệt")
    )
    data = dataclasses.replace(
        samples.minutes(), participants=samples.minutes().participants + extra
    )
    signatures = _signature_part(pdf_text(render("kn.dialogue_minutes", data).pdf))
    assert len(signature_boxes(data)) == 9
    for p in extra:
        assert p.full_name in signatures
    assert signatures.count("NGƯỜI KHIẾU NẠI") == 4


def test_attendance_absence_and_refusal_are_recorded() -> None:
    text = pdf_text(render("kn.dialogue_minutes", samples.minutes()).pdf)
    for group in ROLE_ORDER:
        assert group.group_label in text
    assert "vắng mặt, có lý do: ốm đau, có giấy của trạm y tế" in text
    assert "(Vắng mặt)" in _signature_part(text)
    assert (
        "Người không ký biên bản và lý do: Chu Văn Tiến: Không đồng ý với ý kiến của người "
        "khiếu nại." in text
    )
    assert "Không ký. Lý do: Không đồng ý với ý kiến của người khiếu nại" in text


def test_absent_without_reason_and_no_refusal_leaves_a_line_to_fill() -> None:
    people = tuple(
        dataclasses.replace(p, refused_to_sign_reason="", absence_reason="")
        for p in samples.minutes().participants
    )
    data = dataclasses.replace(samples.minutes(), participants=people)
    text = pdf_text(render("kn.dialogue_minutes", data).pdf)
    assert "vắng mặt không có lý do" in text
    assert "Người không ký biên bản và lý do: …" in text


def test_opinions_of_each_side_and_the_results() -> None:
    text = pdf_text(render("kn.dialogue_minutes", samples.minutes()).pdf)
    assert "Ý kiến của người khiếu nại Đặng Đức Đạt: Đề nghị bồi thường 45 cây vải thiều." in text
    assert "Ý kiến của người bị khiếu nại Chu Văn Tiến: Chỉ có 30 cây" in text
    assert "1. Những nội dung đã thống nhất: - Kiểm đếm lại cây trồng trong 10 ngày" in text
    assert "2. Những nội dung còn có ý kiến khác nhau: - Số lượng cây vải thiều" in text
    assert "4. Kết quả đối thoại: Giao Sở Nông nghiệp và Môi trường kiểm đếm lại." in text


def test_at_least_three_copies() -> None:
    with pytest.raises(ValueError, match="03 bản"):
        render("kn.dialogue_minutes", samples.minutes(copies=2))
    text = pdf_text(render("kn.dialogue_minutes", samples.minutes(copies=4)).pdf)
    assert "Biên bản được lập thành 04 bản" in text
