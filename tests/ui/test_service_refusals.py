"""Refusals, conflicts and errors of the office services on English screens.

The conflict dialog's field labels and sides, the hand-written permission refusals and the
validation errors of users, schedule, setup, import, backup and publication are coded
messages: the Vietnamese text is what the command line prints, the English screen names
them in English (sources in the ui/*_messages.py modules).
"""

from __future__ import annotations

import re
import uuid

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tcd_desktop.domain.enums import CaseStatus
from tcd_desktop.domain.workflow import Step
from tcd_desktop.services.errors import ConcurrentChange, FieldConflict
from tcd_desktop.services.messages import MESSAGES as SERVICES
from tcd_desktop.ui.conflict.dialog import ConflictDialog
from tests.ui.screen_walk import english

VIETNAMESE = re.compile("[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]", re.I)


def _case_conflict() -> ConcurrentChange:
    status = SERVICES("conflict.status_now", status=CaseStatus.CLOSED)
    return ConcurrentChange(
        SERVICES("record.case"),
        entity="case",
        entity_id=uuid.UUID(int=9),
        version=5,
        fields=(
            FieldConflict(
                "step",
                SERVICES("field.step"),
                SERVICES("conflict.step_on", step=Step.CONCLUSION, date="06/08/2026"),
                SERVICES("conflict.step_on", step=Step.ACCEPTANCE_NOTICE, date="01/08/2026"),
            ),
            FieldConflict(
                "status",
                SERVICES("field.status"),
                SERVICES("conflict.loaded_version", version=4),
                status,
            ),
            FieldConflict("phone", SERVICES("field.phone"), "0987654321", "0912000111"),
        ),
        status=CaseStatus.CLOSED,
    )


def _rows(dialog: ConflictDialog) -> list[list[str]]:
    table = dialog.table
    return [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]


def test_case_conflict_reads_as_before_in_vietnamese(qtbot: QtBot) -> None:
    conflict = _case_conflict()
    assert str(conflict.fields[1].mine) == "(phiên bản 4)"
    assert str(conflict.fields[0].mine) == f"{Step.CONCLUSION.label_vi} (06/08/2026)"
    dialog = ConflictDialog(conflict, per_field=False)
    qtbot.addWidget(dialog)
    assert _rows(dialog)[1] == ["Trạng thái", "(phiên bản 4)", CaseStatus.CLOSED.label_vi]


def test_conflict_dialog_labels_in_english(qapp: QApplication, qtbot: QtBot) -> None:
    with english(qapp):
        dialog = ConflictDialog(_case_conflict(), per_field=False)
        qtbot.addWidget(dialog)
        rows = _rows(dialog)
        intro = dialog.findChild(QLabel, "conflictIntro").text()
    assert rows[1] == ["Status", "(version 4)", "Closed"]
    assert rows[2][0] == "Phone number"
    assert rows[0][0] == "Step" and rows[0][1].endswith(" (06/08/2026)")
    for row in rows:
        assert not VIETNAMESE.search(" ".join(row)), row
    assert "another desk moved the case on (now version 5)" in intro


def test_hand_written_refusals_in_both_languages(qapp: QApplication) -> None:
    from tcd_desktop.services.errors import PermissionDenied, ValidationFailed
    from tcd_desktop.ui.desk_messages import service_message

    refusals = [
        PermissionDenied(SERVICES(code))
        for code in (
            "identity.refused",
            "identity.visit_refused",
            "attachment.sealed",
            "sign_in.officers",
            "sign_in.password",
            "conflict.sign_in",
        )
    ]
    too_large = ValidationFailed(
        {
            "filename": SERVICES("attachment.no_name"),
            "content": SERVICES("attachment.too_large", size=25),
        }
    )
    assert str(refusals[3]) == "Cần đăng nhập để xem danh sách cán bộ."
    assert str(too_large) == "Phải có tên tệp.; Tệp lớn hơn 25 MB."
    assert [service_message(r) for r in refusals] == [str(r) for r in refusals]
    with english(qapp):
        shown = [service_message(r) for r in [*refusals, too_large]]
    assert shown[3] == "Sign in to see the list of officers."
    assert shown[-1] == "The file needs a name.; The file is larger than 25 MB."
    for text in shown:
        assert not VIETNAMESE.search(text.split(" (Law")[0]), text


def test_account_and_setup_errors_in_english(qapp: QApplication) -> None:
    from tcd_desktop.services import setup
    from tcd_desktop.services.errors import ValidationFailed
    from tcd_desktop.services.users.signin import MIN_PASSWORD_LENGTH, password_problem
    from tcd_desktop.ui.desk_messages import field_messages, message_text

    short = password_problem("a1")
    assert short == f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự."
    try:
        setup._validate_office("", "", "", "x", "", "", "abcdefghij")
    except ValidationFailed as exc:
        errors = exc.field_errors
    assert errors["unit_name"] == "Chưa nhập tên cơ quan, đơn vị."
    with english(qapp):
        assert message_text(short) == (
            f"The password must have at least {MIN_PASSWORD_LENGTH} characters."
        )
        shown = field_messages(errors)
    assert shown["desk_code"].endswith("for example LS-01.")
    assert shown["admin_password"] == "The password must contain both letters and digits."
    for text in shown.values():
        assert not VIETNAMESE.search(text), text


def test_schedule_calendar_register_and_publication_in_english(qapp: QApplication) -> None:
    from tcd_desktop.services.errors import StepNotAllowed, ValidationFailed
    from tcd_desktop.services.office_messages import MESSAGES as OFFICE
    from tcd_desktop.services.publication import NOT_CONFIRMED
    from tcd_desktop.ui.desk_messages import service_message

    left = ValidationFailed({"row:3": "x"}, OFFICE("import.rows_left", count=2, lines="3, 7"))
    too_many = ValidationFailed({"path": OFFICE("export.too_many", total="12.345", limit="5.000")})
    day = ValidationFailed({"day": OFFICE("calendar.not_listed", day="02/09/2026")})
    assert str(left) == "Còn 2 dòng lỗi chưa sửa hoặc loại trừ (dòng 3, 7); chưa nhập gì."
    assert str(too_many).startswith("Sổ lọc ra 12.345 lượt tiếp. quá nhiều để in PDF")
    with english(qapp):
        shown = [service_message(e) for e in (left, too_many, day, StepNotAllowed(NOT_CONFIRMED))]
    assert shown[0] == (
        "2 row(s) with errors are neither corrected nor excluded (rows 3, 7); nothing was imported."
    )
    assert "12.345 visits" in shown[1]
    assert shown[2].startswith("The day 02/09/2026 is not in the office's own calendar")
    for text in shown:
        assert not VIETNAMESE.search(text), text


def test_deadline_form_and_superior_refusals_in_english(qapp: QApplication) -> None:
    import datetime as dt

    from tcd_desktop.documents.versions import FormNotInForce
    from tcd_desktop.domain.deadline_checks import DeadlineError
    from tcd_desktop.domain.pauses import merge_spans
    from tcd_desktop.services.cases.messages import HIERARCHY
    from tcd_desktop.services.errors import StepNotAllowed
    from tcd_desktop.services.messages import error_text
    from tcd_desktop.ui.desk_messages import message_text, service_message

    try:
        merge_spans([(dt.date(2026, 8, 5), dt.date(2026, 8, 1))])
    except DeadlineError as exc:
        backwards = error_text(exc)
    form = error_text(
        FormNotInForce("Không có phiên bản mẫu TB-01 có hiệu lực vào ngày 01/01/2020.")
    )
    other = HIERARCHY(
        "superior.same",
        what=HIERARCHY("superior.second_complaint"),
        superior="UBND tỉnh Lạng Sơn",
        first="UBND huyện Cao Lộc",
        acting="UBND huyện Cao Lộc",
        citation="Luật Khiếu nại 2011, Điều 7 khoản 1",
    )
    assert backwards == (
        "Khoảng tạm đình chỉ không hợp lệ: 05/08/2026 đến 01/08/2026 (ngày kết thúc trước)"
    )
    assert form == "Không có phiên bản mẫu TB-01 có hiệu lực vào ngày 01/01/2020."
    assert str(other).startswith("Thụ lý, giải quyết khiếu nại lần hai chỉ do UBND tỉnh")
    with english(qapp):
        assert message_text(backwards) == (
            "Suspension period not valid: 05/08/2026 to 01/08/2026 (the end comes first)"
        )
        assert message_text(form) == "No version of form TB-01 is in force on 01/01/2020."
        shown = service_message(StepNotAllowed(other))
    assert shown == (
        "Accepting and resolving a second complaint is done only by UBND tỉnh Lạng Sơn "
        "(directly above UBND huyện Cao Lộc), not by UBND huyện Cao Lộc — the body that "
        "resolved it the first time (Luật Khiếu nại 2011, Điều 7 khoản 1)."
    )


def test_a_step_with_its_own_operation_is_named_by_its_label(qapp: QApplication) -> None:
    from tcd_desktop.services.cases.messages import MESSAGES as CASES
    from tcd_desktop.ui.desk_messages import message_text
    from tcd_desktop.ui.labels import enum_label

    refused = CASES("step.own_operation", step=Step.CONCLUSION)
    assert (
        refused
        == f"Bước {Step.CONCLUSION.label_vi} không ghi được ở đây: hãy dùng thao tác riêng của bước."
    )
    assert Step.CONCLUSION.value not in refused
    with english(qapp):
        shown = message_text(refused)
        label = enum_label(Step.CONCLUSION)
    assert shown == f"Step {label} cannot be recorded here: use the step's own action."
    assert not VIETNAMESE.search(shown), shown


def test_backup_failures_in_english(qapp: QApplication) -> None:
    from pathlib import Path

    from tcd_desktop.services.backup.service import BackupError
    from tcd_desktop.services.office_messages import MESSAGES as OFFICE
    from tcd_desktop.ui.desk_messages import service_message

    tool = OFFICE("pg.failed_code", what=OFFICE("pg.dump"), code=1, detail="FATAL: no")
    failed = BackupError(OFFICE("backup.failed", target=Path("/srv/bk"), detail=tool))
    assert (
        str(failed)
        == "Không sao lưu được vào /srv/bk: Sao lưu bằng pg_dump thất bại (mã 1): FATAL: no"
    )
    with english(qapp):
        shown = service_message(failed)
    assert (
        shown == "Could not back up to /srv/bk: Backing up with pg_dump failed (code 1): FATAL: no"
    )


def test_register_import_row_errors_in_english(qapp: QApplication) -> None:
    from tcd_desktop.services.office_messages import MESSAGES as OFFICE
    from tcd_desktop.ui.desk_messages import message_text

    column = OFFICE("row.column", number=3, name="Họ tên")
    long = OFFICE("row.too_long", column=column, length="1.200", limit="200")
    assert long == "Cột (3) 'Họ tên' dài 1.200 ký tự, tối đa 200."
    with english(qapp):
        assert message_text(long) == "Column (3) 'Họ tên' has 1.200 characters, at most 200."
        assert message_text(OFFICE("row.date_future")) == "The reception date is in the future."
