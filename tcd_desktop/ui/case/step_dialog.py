"""``StepDialog``: one form for every workflow step, built from its :class:`StepSpec`.

The date (today by default), the note when the service takes one, and the step's own
fields.  The service runs in the background; a refusal (``ValidationFailed``,
``StepNotAllowed``, …) is shown inside the dialog in the service's Vietnamese words and the
input is kept.  The service returns what it changed and the runner publishes it on the change bus; warnings (a late
notice, a due date that moved) are shown before the dialog closes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.services.cases import CaseView
from tcd_desktop.services.cases.step_forms import record_step_form
from tcd_desktop.services.context import Actor
from tcd_desktop.services.errors import ConcurrentChange
from tcd_desktop.services.event_dates import future_date_message
from tcd_desktop.services.runtime import Database
from tcd_desktop.ui.case.step_specs import FieldSpec, Options, StepSpec, Values
from tcd_desktop.ui.conflict import settle_case_conflict
from tcd_desktop.ui.i18n import translate
from tcd_desktop.ui.labels import enum_label
from tcd_desktop.ui.tasks import BackgroundRunner, ChangeBus
from tcd_desktop.ui.widgets.service_dialog import ServiceDialog as BaseServiceDialog
from tcd_desktop.ui.widgets.window_fit import available_geometry


def date_edit(value: dt.date) -> QDateEdit:
    """A dd/MM/yyyy date field with a calendar popup."""
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    return edit


class ServiceDialog(BaseServiceDialog):
    """Base of the case dialogs (:class:`~tcd_desktop.ui.widgets.service_dialog.ServiceDialog`
    for one case): subclasses put their form in :attr:`form_layout`."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        case: CaseView,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent, ok_text=self.tr("Record"))
        self.setMinimumWidth(520)
        self._db, self._actor, self._bus = db, actor, bus
        self.case = case
        self.form_layout = self.body
        self.error.setObjectName("stepError")
        self.warning.setObjectName("stepWarning")
        self.ok.setObjectName("stepSave")

    def showEvent(self, event: QShowEvent) -> None:
        """Wide enough for the form (labels whole beside long choices, e.g. in English),
        within the screen."""
        super().showEvent(event)
        wanted = min(self.sizeHint().width(), available_geometry(self).width())
        if self.width() < wanted:
            self.resize(wanted, self.height())

    def _failed(self, exc: BaseException, tb: str) -> None:
        super()._failed(exc, tb)
        if isinstance(exc, ConcurrentChange) and exc.has_sides and exc.entity == "case":
            settle_case_conflict(self, exc)  # mine: again on the stored version; theirs: close


class StepDialog(ServiceDialog):
    """Record one step of ``case`` from its :class:`StepSpec`."""

    #: emitted once the spec's ``load`` has filled the ``choice`` fields
    choices_loaded = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        bus: ChangeBus,
        runner: BackgroundRunner,
        case: CaseView,
        spec: StepSpec,
        today: dt.date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, bus, runner, case, parent)
        self.setObjectName("stepDialog")
        self.setWindowTitle(f"{enum_label(spec.step)} — {case.code}")
        self.spec = spec
        self.today = today
        self.inputs: dict[str, QWidget] = {}
        form = QFormLayout()
        self.date = date_edit(today)
        self.date.setObjectName("stepDate")
        form.addRow(translate("StepForm", spec.date_label), self.date)
        for item in spec.fields:
            widget = self._build(item)
            widget.setObjectName(f"field_{item.name}")
            self.inputs[item.name] = widget
            if item.kind in ("check", "checks"):
                form.addRow(widget)
            else:
                form.addRow(translate("StepForm", item.label), widget)
        self.note: QPlainTextEdit | None = None
        if spec.note:
            self.note = QPlainTextEdit()
            self.note.setObjectName("stepNote")
            self.note.setMaximumHeight(70)
            form.addRow(self.tr("Note"), self.note)
        self.form_layout.addLayout(form)
        if spec.load is not None:
            self.ok.setEnabled(False)
            self._runner.run(
                partial(spec.load, self._db, self._actor, case.id),
                partial(_alive_call, self, "_fill_choices"),
                partial(_alive_call, self, "_failed"),
            )

    def _fill_choices(self, choices: dict[str, Options]) -> None:
        for name, options in choices.items():
            combo = self.inputs.get(name)
            if not isinstance(combo, QComboBox):
                continue
            for value, label in options:
                combo.addItem(label, value)
            if len(options) == 1:
                combo.setCurrentIndex(1)
        self.ok.setEnabled(True)
        self.choices_loaded.emit()

    def _build(self, item: FieldSpec) -> QWidget:
        if item.kind == "text":
            line = QLineEdit()
            line.setPlaceholderText(_placeholder(item))
            return line
        if item.kind in ("multiline", "lines"):
            text = QPlainTextEdit()
            text.setMaximumHeight(90)
            text.setPlaceholderText(_placeholder(item))
            return text
        if item.kind in ("combo", "choice"):
            combo = QComboBox()
            combo.addItem(self.tr("— Choose —"), "")
            for value, label in item.options(self.case.kind) if item.options else []:
                combo.addItem(label, value)
            return combo
        if item.kind == "date":
            return date_edit(self.today + dt.timedelta(days=int(item.default or 0)))
        if item.kind == "file":
            return FilePicker(translate("StepForm", item.label))
        if item.kind == "days":
            spin = QSpinBox()
            spin.setRange(item.minimum, item.maximum)
            if item.minimum == 0:
                spin.setSpecialValueText(self.tr("not given"))
            spin.setValue(int(item.default or item.minimum))
            return spin
        if item.kind == "check":
            check = QCheckBox(translate("StepForm", item.label))
            check.setChecked(bool(item.default))
            return check
        if item.kind == "checks":
            box = QGroupBox(translate("StepForm", item.label))
            inner = QVBoxLayout(box)
            for value, label in item.options(self.case.kind) if item.options else []:
                check = QCheckBox(label)
                check.setObjectName(f"check_{value}")
                check.setProperty("value", value)
                inner.addWidget(check)
            return box
        raise ValueError(f"unknown field kind {item.kind}")

    def values(self) -> Values:
        """The form's values, keyed by field name (plus ``note``)."""
        out: Values = {}
        for item in self.spec.fields:
            widget = self.inputs[item.name]
            if isinstance(widget, QLineEdit):
                out[item.name] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                text = widget.toPlainText()
                out[item.name] = (
                    tuple(t.strip() for t in text.splitlines() if t.strip())
                    if item.kind == "lines"
                    else text
                )
            elif isinstance(widget, QComboBox):
                out[item.name] = widget.currentData() or ""
            elif isinstance(widget, QSpinBox):
                out[item.name] = widget.value()
            elif isinstance(widget, QCheckBox):
                out[item.name] = widget.isChecked()
            elif isinstance(widget, QDateEdit):
                out[item.name] = widget.date().toPython()
            elif isinstance(widget, FilePicker):
                out[item.name] = widget.path.text().strip()
            else:
                out[item.name] = [
                    str(c.property("value"))
                    for c in widget.findChildren(QCheckBox)
                    if c.isChecked()
                ]
        out["note"] = self.note.toPlainText() if self.note is not None else ""
        return out

    def on_date(self) -> dt.date:
        """The date entered."""
        return self.date.date().toPython()  # type: ignore[no-any-return]

    def job(self) -> Callable[[], Any]:
        """The step's operation with the form's values (one transaction in the service).

        The step has happened when it is recorded: a date after today is refused here.
        """
        label = translate("StepForm", self.spec.date_label)
        refusal = future_date_message(label, self.on_date(), self.today)
        if refusal:
            self.date.setFocus()
            raise ValueError(refusal)
        return partial(
            record_step_form,
            self._db,
            self._actor,
            self.spec.step,
            self.case.id,
            self.on_date(),
            self.values(),
            self.case.version,
        )


class FilePicker(QWidget):
    """A path field with a "Choose file…" button opening a file dialog (scans: PDF or images)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.path = QLineEdit()
        self.path.setObjectName("filePath")
        self.path.setPlaceholderText(self.tr("No file chosen"))
        self.browse = QPushButton(self.tr("Choose file…"))
        self.browse.setObjectName("fileBrowse")
        self.browse.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)

    @Slot()
    def choose(self) -> None:
        """Ask for the file; keep the previous choice when cancelled."""
        scans = self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)")
        name, _filter = QFileDialog.getOpenFileName(self, self.title, "", scans)
        if name:
            self.path.setText(name)


def _placeholder(item: FieldSpec) -> str:
    return translate("StepForm", item.placeholder) if item.placeholder else ""


def _alive_call(target: QWidget, method: str, *args: Any) -> None:
    """Call ``target.method(*args)`` unless the widget was destroyed meanwhile."""
    if shiboken6.isValid(target):
        getattr(target, method)(*args)


__all__ = ["FilePicker", "ServiceDialog", "StepDialog", "date_edit"]
