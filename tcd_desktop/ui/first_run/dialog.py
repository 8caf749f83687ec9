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
from tcd_desktop.services import setup
from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import ValidationFailed
from tcd_desktop.services.runtime import Database
from tcd_desktop.services.users import ops as users_ops
from tcd_desktop.ui.desk_messages import field_messages
from tcd_desktop.ui.first_run.steps import CalendarStep, PrinterStep
from tcd_desktop.ui.labels import enum_label
from tcd_desktop.ui.login.dialog import SAMPLE_BADGE_STYLE
from tcd_desktop.ui.tasks import BackgroundRunner
from tcd_desktop.ui.widgets.field import FieldBox, FieldErrors, FieldMessage
from tcd_desktop.ui.widgets.page import expected_message, report_bug, run_guarded
from tcd_desktop.ui.widgets.places import PROVINCES
from tcd_desktop.ui.widgets.progress_dialog import run_with_progress

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
        self.setWindowTitle(self.tr("First set-up — TCD Desktop"))
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
            self.tr(
                "The database has no office and no account yet. Enter the citizen reception "
                "office and the administrator account, or choose “Try with sample data” to get "
                "to know the software."
            )
        )
        intro.setWordWrap(True)

        self.unit_name = _line("unitName", self.tr("e.g. Ủy ban nhân dân xã Cao Lộc"))
        self.unit_code = _line("unitCode", self.tr("e.g. LS-CAOLOC"))
        self.unit_level = QComboBox()
        self.unit_level.setObjectName("unitLevel")
        for level in LEVELS:
            self.unit_level.addItem(enum_label(level), level.value)
        self.province = QComboBox()
        self.province.setObjectName("province")
        self.province.addItem(self.tr("— Choose a province —"), "")
        for code, name in PROVINCES:
            self.province.addItem(name, code)
        self.desk_code = _line("deskCode", self.tr("e.g. LS-01"))
        self.desk_hint = QLabel(
            self.tr("Numbers will look like %1.").replace("%1", "LS-01-2026-000001")
        )
        self.desk_hint.setObjectName("deskHint")
        self.desk_code.textChanged.connect(self._update_desk_hint)

        office = QGroupBox(self.tr("Citizen reception office"))
        office_form = QFormLayout(office)
        for label, name, widget in (
            (self.tr("Agency or unit name *"), "unit_name", self.unit_name),
            (self.tr("Agency code *"), "unit_code", self.unit_code),
            (self.tr("Level"), "unit_level", self.unit_level),
            (self.tr("Province *"), "province", self.province),
            (self.tr("Desk code *"), "desk_code", self.desk_code),
        ):
            box = FieldBox(widget)
            self.errors.add(name, box)
            office_form.addRow(label, box)
        office_form.addRow("", self.desk_hint)

        self.admin_full_name = _line("adminFullName", self.tr("Full name"))
        self.admin_username = _line("adminUsername", self.tr("e.g. quantri"))
        self.admin_password = _line(
            "adminPassword", self.tr("At least 8 characters, letters and digits"), password=True
        )
        self.admin_password2 = _line("adminPassword2", self.tr("Password again"), password=True)
        admin = QGroupBox(self.tr("System administrator account"))
        admin_form = QFormLayout(admin)
        for label, name, widget in (
            (self.tr("Full name *"), "admin_full_name", self.admin_full_name),
            (self.tr("Username *"), "admin_username", self.admin_username),
            (self.tr("Password *"), "admin_password", self.admin_password),
            (self.tr("Password again *"), "admin_password2", self.admin_password2),
        ):
            box = FieldBox(widget)
            self.errors.add(name, box)
            admin_form.addRow(label, box)

        self.message = FieldMessage(self)
        self.message.setObjectName("firstRunMessage")
        self.create_button = QPushButton(self.tr("Create office and account"))
        self.create_button.setObjectName("createOffice")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_office)
        self.sample_button = QPushButton(self.tr("Try with sample data"))
        self.sample_button.setObjectName("loadSample")
        self.sample_button.clicked.connect(self.load_sample)
        self.quit_button = QPushButton(self.tr("Quit"))
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
        badge = QLabel(
            self.tr("SAMPLE DATA — for getting to know the software; enter no real citizen data")
        )
        badge.setStyleSheet(SAMPLE_BADGE_STYLE)
        self.sample_summary = QLabel()
        self.sample_summary.setObjectName("sampleSummary")
        self.sample_summary.setWordWrap(True)
        self.sample_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.continue_button = QPushButton(self.tr("Continue to sign in"))
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
        self.desk_hint.setText(
            self.tr("Numbers will look like %1.").replace("%1", f"{code}-2026-000001")
        )

    # actions -----------------------------------------------------------------------------------

    @Slot()
    def create_office(self) -> None:
        """Validate locally, then create the office and sign the administrator in."""
        self.errors.clear()
        password = self.admin_password.text()
        if password != self.admin_password2.text():
            self.errors.show({"admin_password2": self.tr("The two passwords differ.")})
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

        self._busy(True, self.tr("Creating the office and the account…"))
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
        self._busy(True, self.tr("Creating sample data, please wait a moment…"))
        self.progress = run_with_progress(
            self,
            self.runner,
            self.tr("Creating the sample data"),
            lambda token: setup.load_sample_office(db, cases=cases, progress=token),
            self._sample_loaded,
            self._failed,
            lambda: self._busy(False, ""),
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
            self.tr(
                "Sample data created for <b>%1</b> (desk %2).<br><br>"
                "Sample accounts, one per role:<br>"
            )
            .replace("%1", sample.profile.office_name)
            .replace("%2", sample.profile.desk_code)
            + "<br>".join(lines)
        )
        self.stack.setCurrentIndex(1)
        self.continue_button.setFocus()

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self._busy(False, "")
        if isinstance(exc, ValidationFailed):
            leftover = self.errors.show(field_messages(exc.field_errors))
            if leftover:
                self.message.show_message("; ".join(leftover.values()))
            return
        message = expected_message(exc)
        if message is None:
            self.message.show_message(self.tr("Unexpected error."))
            report_bug(exc)
        else:
            self.message.show_message(message)

    def _busy(self, busy: bool, text: str) -> None:
        for button in (self.create_button, self.sample_button, self.quit_button):
            button.setEnabled(not busy)
        self.message.show_message(text or None, "warning")
