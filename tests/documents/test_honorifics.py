"""Records and minutes: "Ông"/"Bà" from the person (never "Ông/Bà Ông …"), the presiding
person's name and title apart, the officers' opinions taken from the visit record."""

from __future__ import annotations

import dataclasses
from types import SimpleNamespace

import pytest

from tcd_desktop.documents.fields import Official, honorific_for, split_honorific
from tcd_desktop.documents.forms.dialogue_roles import DialogueRole
from tcd_desktop.documents.registry import render
from tcd_desktop.services.case_documents.minutes import handling_opinions, presiding_parts
from tests.documents import sample_minutes, samples
from tests.documents.pdftext import pdf_text


@pytest.mark.parametrize(
    ("name", "given", "expected"),
    [
        ("Ông Nguyễn Văn An", "", ("Ông", "Nguyễn Văn An")),
        ("bà  Hoàng Thị Lan", "Ông", ("Bà", "Hoàng Thị Lan")),
        ("Ông/Bà Lý Văn Tư", "", ("Ông/Bà", "Lý Văn Tư")),
        ("Nguyễn Văn An", "Bà", ("Bà", "Nguyễn Văn An")),
        ("Nguyễn Văn An", "", ("Ông/Bà", "Nguyễn Văn An")),
        ("Ôn Văn Bình", "", ("Ông/Bà", "Ôn Văn Bình")),
    ],
)
def test_split_honorific(name: str, given: str, expected: tuple[str, str]) -> None:
    assert split_honorific(name, given) == expected


def test_honorific_from_gender() -> None:
    assert (honorific_for("nam"), honorific_for("nu"), honorific_for(None)) == ("Ông", "Bà", "")


def test_verbal_record_never_doubles_the_honorific() -> None:
    data = dataclasses.replace(
        samples.verbal_record(),
        chair=Official("Ông Hoàng Văn Thưởng", "Trưởng ban"),
        officers=(Official("Phùng Thế Dũng", "Chuyên viên", honorific="Ông"),),
        officer_opinions="Nội dung «thu hồi đất»: đề xuất hướng dẫn đến cơ quan có thẩm quyền",
    )
    flat = " ".join(pdf_text(render("tcd.record", data).pdf).split())
    assert "Ông/Bà Ông" not in flat
    assert "Ông Hoàng Văn Thưởng, chức vụ: Trưởng ban" in flat
    assert "Ông Phùng Thế Dũng, chức vụ: Chuyên viên" in flat
    assert "1. Ý kiến của người cùng tiếp: Nội dung «thu hồi đất»: đề xuất hướng dẫn" in flat


def test_dialogue_minutes_chair_name_and_title_apart() -> None:
    data = sample_minutes.minutes()
    people = tuple(
        dataclasses.replace(p, full_name="Bà " + p.full_name, honorific="")
        if p.role is DialogueRole.CHAIR
        else p
        for p in data.participants
    )
    flat = " ".join(
        pdf_text(
            render("kn.dialogue_minutes", dataclasses.replace(data, participants=people)).pdf
        ).split()
    )
    assert "Ông/Bà Bà" not in flat and "Bà Bà" not in flat


def test_presiding_line_is_split_into_name_and_title() -> None:
    assert presiding_parts("Nguyễn Văn An, Phó Chủ tịch UBND tỉnh") == (
        "Nguyễn Văn An",
        "Phó Chủ tịch UBND tỉnh",
    )
    assert presiding_parts("Nguyễn Văn An - Chánh Thanh tra") == (
        "Nguyễn Văn An",
        "Chánh Thanh tra",
    )
    assert presiding_parts("Nguyễn Văn An (Trưởng ban)") == ("Nguyễn Văn An", "Trưởng ban")
    assert presiding_parts("Nguyễn Văn An") == ("Nguyễn Văn An", "")


def test_officer_opinions_come_from_the_handling_of_each_content() -> None:
    petitions = [
        SimpleNamespace(action="guide", body="Ủy ban nhân dân xã Hoàng Văn Thụ", summary="Đất"),
        SimpleNamespace(action="forward", body="", summary="Bồi thường"),
    ]
    assert handling_opinions(petitions) == (
        "Nội dung «Đất»: đề xuất hướng dẫn đến cơ quan có thẩm quyền (Ủy ban nhân dân xã "
        "Hoàng Văn Thụ); Nội dung «Bồi thường»: đề xuất báo cáo người có thẩm quyền để thụ lý"
    )
