"""First start on an empty database: the office profile and the administrator account, or
"Dùng thử với dữ liệu mẫu" (sample data and one sample account per role, marked as such).
After the office is created: the holiday calendar of this year and next for confirmation,
then the printer test page (:mod:`.steps`). The database itself was chosen before it was
opened (:mod:`.database_page`).

After the office is created the administrator is signed in (``actor``). After the sample
data is loaded the dialog lists the sample accounts; the application then shows the sign-in
dialog with ``suggested_username`` filled in.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.config import settings
from tcd_desktop.domain.enums import UnitLevel
from tcd_desktop.services import setup, users_ops
from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.first_run.steps import CalendarStep, PrinterStep
from tcd_desktop.ui.login.dialog import SAMPLE_BADGE_STYLE
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.field import FieldBox, FieldErrors, FieldMessage
from tcd_desktop.ui.widgets.page import expected_message, report_bug, run_guarded
from tcd_desktop.ui.widgets.places import PROVINCES

SAMPLE_CASES = 2000
LEVELS = (UnitLevel.COMMUNE, UnitLevel.PROVINCE, UnitLevel.DEPARTMENT, UnitLevel.CENTRAL)


def _line(name: str, placeholder: str = "", *, password: bool = False) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class FirstRunDialog(QDialog):
    """Creates the office and its administrator, or loads the sample office."""

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        runner: BackgroundRunner | None = None,
        sample_cases: int = SAMPLE_CASES,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.setWindowTitle("Thiết lập lần đầu — TCD Desktop")
        self.setMinimumWidth(620)
        self.db = db
        self.runner = runner or BackgroundRunner(self)
        self.sample_cases = sample_cases
        self.actor: Actor | None = None
        self.sample: setup.SampleOffice | None = None
        self.suggested_username = ""
        self.errors = FieldErrors()

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_form())
        self.stack.addWidget(self._build_sample_done())
        self.calendar_step: CalendarStep | None = None
        self.printer_step: PrinterStep | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.unit_name.setFocus(Qt.FocusReason.OtherFocusReason)

    # pages -------------------------------------------------------------------------------------

    def _build_form(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            "Cơ sở dữ liệu chưa có cơ quan và tài khoản nào. Nhập thông tin cơ quan tiếp công dân "
            "và tài khoản quản trị, hoặc chọn “Dùng thử với dữ liệu mẫu” để làm quen với phần mềm."
        )
        intro.setWordWrap(True)

        self.unit_name = _line("unitName", "Ví dụ: Ủy ban nhân dân xã Cao Lộc")
        self.unit_code = _line("unitCode", "Ví dụ: LS-CAOLOC")
        self.unit_level = QComboBox()
        self.unit_level.setObjectName("unitLevel")
        for level in LEVELS:
            self.unit_level.addItem(level.label_vi, level.value)
        self.province = QComboBox()
        self.province.setObjectName("province")
        self.province.addItem("— Chọn tỉnh/thành phố —", "")
        for code, name in PROVINCES:
            self.province.addItem(name, code)
        self.desk_code = _line("deskCode", "Ví dụ: LS-01")
        self.desk_hint = QLabel("Số phiếu sẽ có dạng LS-01-2026-000001.")
        self.desk_hint.setObjectName("deskHint")
        self.desk_code.textChanged.connect(self._update_desk_hint)

        office = QGroupBox("Cơ quan tiếp công dân")
        office_form = QFormLayout(office)
        for label, name, widget in (
            ("Tên cơ quan, đơn vị *", "unit_name", self.unit_name),
            ("Mã cơ quan *", "unit_code", self.unit_code),
            ("Cấp", "unit_level", self.unit_level),
            ("Tỉnh/thành phố *", "province", self.province),
            ("Mã bàn tiếp *", "desk_code", self.desk_code),
        ):
            box = FieldBox(widget)
            self.errors.add(name, box)
            office_form.addRow(label, box)
        office_form.addRow("", self.desk_hint)

        self.admin_full_name = _line("adminFullName", "Họ và tên")
        self.admin_username = _line("adminUsername", "Ví dụ: quantri")
        self.admin_password = _line("adminPassword", "Ít nhất 8 ký tự, có chữ và số", password=True)
        self.admin_password2 = _line("adminPassword2", "Nhập lại mật khẩu", password=True)
        admin = QGroupBox("Tài khoản quản trị hệ thống")
        admin_form = QFormLayout(admin)
        for label, name, widget in (
            ("Họ và tên *", "admin_full_name", self.admin_full_name),
            ("Tên đăng nhập *", "admin_username", self.admin_username),
            ("Mật khẩu *", "admin_password", self.admin_password),
            ("Nhập lại mật khẩu *", "admin_password2", self.admin_password2),
        ):
            box = FieldBox(widget)
            self.errors.add(name, box)
            admin_form.addRow(label, box)

        self.message = FieldMessage(self)
        self.message.setObjectName("firstRunMessage")
        self.create_button = QPushButton("Tạo cơ quan và tài khoản")
        self.create_button.setObjectName("createOffice")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_office)
        self.sample_button = QPushButton("Dùng thử với dữ liệu mẫu")
        self.sample_button.setObjectName("loadSample")
        self.sample_button.clicked.connect(self.load_sample)
        self.quit_button = QPushButton("Thoát")
        self.quit_button.setObjectName("quitFirstRun")
        self.quit_button.clicked.connect(self.reject)
        for button in (self.sample_button, self.quit_button):
            button.setAutoDefault(False)  # Enter creates the office
        buttons = QHBoxLayout()
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(office)
        layout.addWidget(admin)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        return page

    def _build_sample_done(self) -> QWidget:
        page = QWidget()
        badge = QLabel("DỮ LIỆU MẪU — chỉ để làm quen, không nhập thông tin thật của công dân")
        badge.setStyleSheet(SAMPLE_BADGE_STYLE)
        self.sample_summary = QLabel()
        self.sample_summary.setObjectName("sampleSummary")
        self.sample_summary.setWordWrap(True)
        self.sample_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.continue_button = QPushButton("Tiếp tục đăng nhập")
        self.continue_button.setObjectName("continueToSignIn")
        self.continue_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addWidget(badge)
        layout.addWidget(self.sample_summary, 1)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    @Slot(str)
    def _update_desk_hint(self, text: str) -> None:
        code = text.strip().upper() or "LS-01"
        self.desk_hint.setText(f"Số phiếu sẽ có dạng {code}-2026-000001.")

    # actions -----------------------------------------------------------------------------------

    @Slot()
    def create_office(self) -> None:
        """Validate locally, then create the office and sign the administrator in."""
        self.errors.clear()
        password = self.admin_password.text()
        if password != self.admin_password2.text():
            self.errors.show({"admin_password2": "Hai lần nhập mật khẩu không khớp."})
            return
        province_code = str(self.province.currentData() or "")
        args = {
            "unit_name": self.unit_name.text(),
            "unit_code": self.unit_code.text(),
            "province": self.province.currentText() if province_code else "",
            "desk_code": self.desk_code.text(),
            "admin_username": self.admin_username.text(),
            "admin_full_name": self.admin_full_name.text(),
            "admin_password": password,
        }
        level = str(self.unit_level.currentData())
        db = self.db

        def work() -> tuple[Actor, str]:
            return users_ops.create_office_and_sign_in(
                db, **args, unit_level=level, province_code=province_code
            )

        self._busy(True, "Đang tạo cơ quan và tài khoản…")
        run_guarded(self, self.runner, work, self._created, self._failed)

    def _created(self, created: tuple[Actor, str]) -> None:
        """The office exists: confirm the holiday calendar, then the printer test page."""
        self._busy(False, "")
        self.actor, desk_code = created
        settings.set_value(settings.DESK_CODE, desk_code)  # this computer is this desk now
        self.calendar_step = CalendarStep(self.db)
        self.calendar_step.confirmed.connect(self._calendar_confirmed)
        self.stack.addWidget(self.calendar_step)
        self.stack.setCurrentWidget(self.calendar_step)
        self.calendar_step.confirm_button.setFocus()

    @Slot()
    def _calendar_confirmed(self) -> None:
        self.printer_step = PrinterStep(self.unit_name.text().strip())
        self.printer_step.finished.connect(self.accept)
        self.stack.addWidget(self.printer_step)
        self.stack.setCurrentWidget(self.printer_step)
        self.printer_step.finish_button.setFocus()

    @Slot()
    def load_sample(self) -> None:
        """Load the sample office in the background (a few seconds)."""
        self.errors.clear()
        db, cases = self.db, self.sample_cases
        self._busy(True, "Đang tạo dữ liệu mẫu, vui lòng chờ trong giây lát…")
        run_guarded(
            self,
            self.runner,
            lambda: setup.load_sample_office(db, cases=cases),
            self._sample_loaded,
            self._failed,
        )

    def _sample_loaded(self, sample: setup.SampleOffice) -> None:
        self._busy(False, "")
        self.sample = sample
        names = {u: (n, t) for u, n, t, _r in setup.SAMPLE_USERS}
        lines = []
        for username, password in sample.passwords.items():
            full_name, title = names.get(username.removesuffix(".mau"), ("", ""))
            lines.append(f"• <b>{username}</b> / {password} — {title} ({full_name})")
            if not self.suggested_username:
                self.suggested_username = username
        self.sample_summary.setText(
            f"Đã tạo dữ liệu mẫu cho <b>{sample.profile.office_name}</b> (bàn tiếp "
            f"{sample.profile.desk_code}).<br><br>Tài khoản mẫu, mỗi vai trò một tài khoản:<br>"
            + "<br>".join(lines)
        )
        self.stack.setCurrentIndex(1)
        self.continue_button.setFocus()

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self._busy(False, "")
        if isinstance(exc, ValidationFailed):
            leftover = self.errors.show(exc.field_errors)
            if leftover:
                self.message.show_message("; ".join(leftover.values()))
            return
        message = expected_message(exc)
        if message is None:
            self.message.show_message("Lỗi không mong muốn.")
            report_bug(exc)
        else:
            self.message.show_message(message)

    def _busy(self, busy: bool, text: str) -> None:
        for button in (self.create_button, self.sample_button, self.quit_button):
            button.setEnabled(not busy)
        self.message.show_message(text or None, "warning")
