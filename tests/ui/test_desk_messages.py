"""The desk services' coded messages on screen (tcd_desktop/ui/desk_messages.py).

In Vietnamese each message reads exactly as the service wrote it (the catalogue translates
every English source back to the service's template); in English it reads in English; a
text with no code, or an unknown code, shows as written.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tcd_desktop.domain.enums import CaseStatus
from tcd_desktop.domain.messages import Catalogue, Message
from tcd_desktop.domain.validators import MESSAGES as VALIDATORS
from tcd_desktop.domain.validators import validate_citizen_id, validate_phone
from tcd_desktop.services.errors import NotFound, StepNotAllowed, ValidationFailed
from tcd_desktop.services.petitions.messages import MESSAGES as PROCESSING
from tcd_desktop.services.reception.inputs import ParticipantRole
from tcd_desktop.services.reception.messages import MESSAGES as RECEPTION
from tcd_desktop.ui import desk_messages
from tcd_desktop.ui.desk_messages import field_messages, message_text, service_message
from tests.ui.screen_walk import english

CATALOGUES = {
    "validators": (VALIDATORS, desk_messages.VALIDATOR_MESSAGES),
    "reception": (RECEPTION, desk_messages.RECEPTION_MESSAGES),
    "processing": (PROCESSING, desk_messages.PROCESSING_MESSAGES),
}
VIETNAMESE = re.compile("[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]", re.I)
FIELD = re.compile(r"\{\w+\}")


@pytest.mark.parametrize("name", sorted(CATALOGUES))
def test_every_code_reads_back_as_the_services_vietnamese(qapp: QApplication, name: str) -> None:
    """The session runs in Vietnamese: each English source translates to exactly the
    service's template, so the Vietnamese screens cannot drift from the command line."""
    catalogue, sources = CATALOGUES[name]
    assert set(sources) == set(catalogue), name
    for code, source in sources.items():
        assert (
            QCoreApplication.translate(desk_messages.CONTEXT, source) == (catalogue.templates[code])
        ), code
        assert sorted(FIELD.findall(source)) == sorted(FIELD.findall(catalogue.templates[code]))
        assert not VIETNAMESE.search(source), source


def test_the_codes_are_unique_across_the_services() -> None:
    codes = [set(catalogue) for catalogue, _ in CATALOGUES.values()]
    assert sum(len(c) for c in codes) == len(desk_messages.MESSAGES)


def _samples() -> list[Message]:
    return [
        validate_citizen_id("001234").message_vi,  # type: ignore[list-item]
        validate_citizen_id("099085001234").message_vi,  # type: ignore[list-item]
        validate_citizen_id("020085001234", 1990).message_vi,  # type: ignore[list-item]
        validate_phone("0123").message_vi,  # type: ignore[list-item]
        RECEPTION("visit.proof_missing", role=ParticipantRole.LAWYER),
        RECEPTION("group.too_many_representatives", headcount=12, limit=5, count=6),
        PROCESSING("processing.already_processed", number="12", status=CaseStatus.CLOSED),
        PROCESSING("outcome.late", rule="T2", date="02/03/2026", citation="Điều 6 TT 05/2021"),
    ]


def test_vietnamese_screens_show_the_services_text(qapp: QApplication) -> None:
    for message in _samples():
        assert message_text(message) == str(message), message.code


def test_english_screens_show_english(qapp: QApplication) -> None:
    samples = _samples()
    with english(qapp):
        shown = [message_text(m) for m in samples]
    assert shown[:4] == [
        "A CCCD number has 12 digits (or an old CMND 9 digits); 6 digit(s) entered",
        "Province code 099 is not valid",
        "Year of birth 1990 does not match the CCCD number (the century/year of birth it "
        "encodes is 1985)",
        "The prefix 012 is not valid",
    ]
    assert shown[4].startswith("Lawyer must show papers proving their standing")
    assert shown[5].startswith("A group of 12 people may appoint at most 5 representatives (6")
    assert shown[6] == "Petition 12 has already been processed (Closed)."
    assert shown[7] == "Processed late: the T2 deadline was 02/03/2026 (Điều 6 TT 05/2021)."


def test_uncoded_texts_show_as_written(qapp: QApplication) -> None:
    unknown = Catalogue({"nope": "Không rõ {x}."})("nope", x=1)
    with english(qapp):
        assert message_text(unknown) == "Không rõ 1."
        assert message_text("Văn bản thường") == "Văn bản thường"
        assert message_text(None) == ""


def test_service_errors_in_english(qapp: QApplication) -> None:
    failed = ValidationFailed(
        {
            "citizen.full_name": RECEPTION("citizen.name_missing"),
            "citizen.phone": validate_phone("abc").message_vi or "",
        }
    )
    with english(qapp):
        assert service_message(failed) == (
            "No full name entered.; A phone number may contain digits only"
        )
        assert field_messages(failed.field_errors) == {
            "citizen.full_name": "No full name entered.",
            "citizen.phone": "A phone number may contain digits only",
        }
        assert service_message(NotFound(PROCESSING("processing.gone"))) == (
            "The petition was not found (it may have been deleted)."
        )
        assert service_message(StepNotAllowed("Văn bản thường")) == "Văn bản thường"
        assert service_message(ValidationFailed({"x": "a"}, "tóm tắt")) == "tóm tắt"
    assert service_message(failed) == str(failed)
