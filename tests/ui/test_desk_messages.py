"""The desk services' coded messages on screen (tcd_desktop/ui/desk_messages.py).

In Vietnamese each message reads exactly as the service wrote it (the catalogue translates
every English source back to the service's template); in English it reads in English; a
text with no code, or an unknown code, shows as written.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tcd_desktop.domain.deadline_messages import MESSAGES as DEADLINES
from tcd_desktop.domain.enums import CaseStatus, Role
from tcd_desktop.domain.messages import Catalogue, Message
from tcd_desktop.domain.validators import MESSAGES as VALIDATORS
from tcd_desktop.domain.validators import validate_citizen_id, validate_phone
from tcd_desktop.domain.workflow import Step
from tcd_desktop.domain.workflow_messages import MESSAGES as WORKFLOW
from tcd_desktop.services.case_documents.messages import MESSAGES as CASE_DOCUMENTS
from tcd_desktop.services.cases.messages import HIERARCHY
from tcd_desktop.services.cases.messages import MESSAGES as CASES
from tcd_desktop.services.context import Actor, require, require_signed_in
from tcd_desktop.services.errors import (
    ConcurrentChange,
    NotFound,
    PermissionDenied,
    StepNotAllowed,
    ValidationFailed,
)
from tcd_desktop.services.messages import ACTIONS
from tcd_desktop.services.messages import MESSAGES as SERVICES
from tcd_desktop.services.office_messages import MESSAGES as OFFICE
from tcd_desktop.services.petitions.messages import MESSAGES as PROCESSING
from tcd_desktop.services.reception.inputs import ParticipantRole
from tcd_desktop.services.reception.messages import MESSAGES as RECEPTION
from tcd_desktop.ui import (
    case_messages,
    desk_messages,
    office_messages,
    service_messages,
    workflow_messages,
)
from tcd_desktop.ui.desk_messages import field_messages, message_text, service_message
from tests.ui.screen_walk import english

CATALOGUES = {
    "validators": (VALIDATORS, desk_messages.VALIDATOR_MESSAGES),
    "reception": (RECEPTION, desk_messages.RECEPTION_MESSAGES),
    "processing": (PROCESSING, desk_messages.PROCESSING_MESSAGES),
    "services": (SERVICES, service_messages.SERVICE_MESSAGES),
    "actions": (ACTIONS, service_messages.ACTION_NAMES),
    "cases": (CASES, case_messages.CASE_MESSAGES),
    "workflow": (WORKFLOW, workflow_messages.WORKFLOW_MESSAGES),
    "case_documents": (CASE_DOCUMENTS, case_messages.CASE_DOCUMENT_MESSAGES),
    "office": (OFFICE, office_messages.OFFICE_MESSAGES),
    "deadlines": (DEADLINES, office_messages.DEADLINE_MESSAGES),
    "hierarchy": (HIERARCHY, office_messages.HIERARCHY_MESSAGES),
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


SERVICES_DIR = Path(__file__).resolve().parents[2] / "tcd_desktop" / "services"
#: every action a service passes to ``require``/``require_signed_in`` (literal or constant)
ACTION = re.compile(
    r'(?:require(?:_signed_in)?\((?:[^()]|\([^()]*\))*?action=|^(?:_ACTION|READ) = )"([^"]+)"',
    re.M,
)


def test_every_refused_action_is_catalogued() -> None:
    """Every action a service refuses is a coded message, so the refusal reads in English."""
    found = {
        m.group(1)
        for path in SERVICES_DIR.rglob("*.py")
        for m in ACTION.finditer(path.read_text(encoding="utf-8"))
    }
    assert len(found) > 70
    assert found <= set(ACTIONS.templates.values()), found - set(ACTIONS.templates.values())


def _refusal(*roles: str, action: str | None = None, signed_in: bool = True) -> PermissionDenied:
    actor = Actor(None, "an", "An", frozenset({"supervisor"} if signed_in else ()))
    try:
        if signed_in:
            require(actor, *roles, action=action)
        else:
            require_signed_in(actor, action=action)
    except PermissionDenied as exc:
        return exc
    raise AssertionError("not refused")


def test_permission_refusals_in_both_languages(qapp: QApplication) -> None:
    handling = _refusal(Role.HANDLING_OFFICER, Role.LEADER, action="xử lý vụ việc")
    step = _refusal(Role.LEADER, action=SERVICES("action.step", step=Step.ACCEPTANCE))
    plain = _refusal(Role.LEADER)
    no_role = _refusal(action="xem vụ việc", signed_in=False)
    unknown = _refusal(Role.LEADER, action="làm việc lạ")
    assert str(handling) == (
        "Tài khoản an không có quyền xử lý vụ việc (cần: "
        f"{Role.HANDLING_OFFICER.label_vi}, {Role.LEADER.label_vi})."
    )
    assert str(
        step
    ) == f"Tài khoản an không có quyền thực hiện bước «{Step.ACCEPTANCE.label_vi}» " + (
        f"(cần: {Role.LEADER.label_vi})."
    )
    for exc in (handling, step, plain, no_role, unknown):
        assert service_message(exc) == str(exc)
    with english(qapp):
        shown = [service_message(e) for e in (handling, step, plain, no_role, unknown)]
    assert shown[0].startswith("Account an may not handle cases (requires: ")
    assert not VIETNAMESE.search(shown[0]), shown[0]
    assert shown[1].startswith("Account an may not take the step «")
    assert not VIETNAMESE.search(shown[1]), shown[1]
    assert shown[2].startswith("Account an may not do this (requires: ")
    assert shown[3] == "Sign in with a role to view cases."
    assert shown[4].startswith("Account an may not làm việc lạ")  # an unlisted action as written


def test_conflicts_and_missing_records_in_both_languages(qapp: QApplication) -> None:
    case = ConcurrentChange("vụ việc")
    status = ConcurrentChange("vụ việc", status=CaseStatus.CLOSED)
    other = ConcurrentChange("thứ khác", detail="Chi tiết.")
    gone = NotFound(SERVICES("not_found.case"))
    assert str(case) == "Vụ việc vừa được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại."
    assert str(status) == f"{case} Trạng thái hiện nay: {CaseStatus.CLOSED.label_vi}."
    assert str(other) == (
        "Thứ khác vừa được người khác cập nhật. Vui lòng tải lại rồi thực hiện lại. Chi tiết."
    )
    assert str(ConcurrentChange()).startswith("Bản ghi vừa được")
    assert str(gone) == "Không tìm thấy vụ việc (có thể đã bị xoá)."
    with english(qapp):
        assert service_message(case) == (
            "The case has just been updated by someone else. Please reload and try again."
        )
        assert service_message(status).endswith("Its status now: Closed.")
        assert service_message(other) == str(other)
        assert service_message(gone) == "The case was not found (it may have been deleted)."


def test_acceptance_refusals_in_both_languages(qapp: QApplication) -> None:
    processed = StepNotAllowed(
        CASES("acceptance.already_processed", number="7", status=CaseStatus.ACCEPTED)
    )
    late = CASES(
        "acceptance.second_too_late",
        date="02/03/2026",
        days=30,
        since=CASES("since.first_due", date="01/02/2026"),
        citation="Điều 33 Luật KN",
    )
    assert str(late) == (
        "Đã hết thời hạn khiếu nại lần hai: chậm nhất ngày 02/03/2026 (30 ngày kể từ hết thời "
        "hạn giải quyết lần đầu ngày 01/02/2026; Điều 33 Luật KN)."
    )
    assert service_message(processed) == str(processed)
    assert message_text(late) == str(late)
    with english(qapp):
        assert service_message(processed) == "Petition 7 has already been processed (Accepted)."
        assert message_text(late) == (
            "The time for a second complaint has passed: 02/03/2026 at the latest (30 days from "
            "the end of the first resolution period on 01/02/2026; Điều 33 Luật KN)."
        )


def test_citizen_search_refusals_in_english(qapp: QApplication) -> None:
    throttled = PermissionDenied(RECEPTION("lookup.throttled", n=20, m=10))
    assert str(throttled).startswith("Đã tra cứu theo số giấy tờ hoặc số điện thoại quá 20 lần")
    assert service_message(throttled) == str(throttled)
    with english(qapp):
        assert service_message(throttled) == (
            "More than 20 searches by identity document or phone number in 10 minute(s). "
            "Please wait and try again, or search by name."
        )


def test_step_dialog_refusals_in_english(qapp: QApplication) -> None:
    from tcd_desktop.services.cases.core import require_text

    try:
        require_text(" ", "summary", CASES("step.verification_summary_missing"))
    except ValidationFailed as exc:
        missing = exc
    early = ValidationFailed({"on": CASES("step.before_acceptance", date="02/03/2026")})
    assert str(missing) == "Phải tóm tắt kết quả xác minh."
    assert str(early) == "Ngày thực hiện không được trước ngày thụ lý 02/03/2026."
    with english(qapp):
        assert service_message(missing) == "Summarise the verification findings."
        assert service_message(early) == (
            "The date may not be before the case was accepted, 02/03/2026."
        )


def test_workflow_refusals_in_english(qapp: QApplication) -> None:
    from tcd_desktop.domain.workflow import CaseKind, WorkflowState, refusal

    state = WorkflowState(kind=CaseKind.DENUNCIATION.value, is_paused=True)
    reason = refusal(state, Step.CONCLUSION, dt.date(2026, 8, 1))
    assert reason == (
        "Vụ việc đang tạm đình chỉ giải quyết; phải có quyết định tiếp tục giải quyết trước khi "
        f"«{Step.CONCLUSION.label_vi}» (Luật Tố cáo 2018)."
    )
    assert message_text(reason) == reason
    with english(qapp):
        shown = message_text(reason)
    assert shown.startswith("The case is suspended; a decision to resume is needed before «")
    assert shown.endswith("» (Law on Denunciations 2018).")
    assert not VIETNAMESE.search(shown), shown


def test_listed_parameters_keep_their_separator(qapp: QApplication) -> None:
    from tcd_desktop.domain.messages import Listed
    from tcd_desktop.services.cases.withdrawal import WithdrawalCheck

    refused = StepNotAllowed(
        CASES("withdrawal.checks_missing", checks=Listed(WithdrawalCheck, "; "))
    )
    labels = [c.label_vi for c in WithdrawalCheck]
    assert str(refused) == (
        "Trước khi đình chỉ do rút tố cáo phải kiểm tra các trường hợp vẫn phải giải quyết: "
        + "; ".join(labels)
        + " (Luật Tố cáo 2018, Điều 33 khoản 3)."
    )
    assert service_message(refused) == str(refused)
    with english(qapp):
        shown = service_message(refused)
    assert shown.startswith("Before terminating because the denunciation was withdrawn")
    assert shown.count("; ") == len(labels) - 1
    assert not VIETNAMESE.search(shown.split(" (Law")[0]), shown


def test_case_document_reasons_in_english(qapp: QApplication) -> None:
    reason = CASE_DOCUMENTS("precondition.no_decision")
    assert reason == "Chưa ghi nhận quyết định giải quyết khiếu nại (số, ngày, kết quả)."
    with english(qapp):
        assert message_text(reason) == (
            "The complaint decision has not been recorded (number, date, result)."
        )
