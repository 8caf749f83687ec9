"""One content item of a visit: a petition with its kind, field, party, history, documents
and what the desk does with it (forward, guide, transfer, explain and close)."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tcd_desktop.domain.enums import PetitionKind
from tcd_desktop.services.reception.inputs import DocumentCondition, HandlingAction
from tcd_desktop.ui.labels import enum_label, label_of
from tcd_desktop.ui.widgets.choices import set_combo
from tcd_desktop.ui.widgets.field import FieldBox, FieldErrors
from tcd_desktop.ui.widgets.form_watch import watch
from tcd_desktop.ui.widgets.rows_table import Column, RowsEditor

PRIOR_COLUMNS = [
    Column("body", QT_TRANSLATE_NOOP("PetitionEditor", "Body that handled it"), width=230),
    Column(
        "decision_number", QT_TRANSLATE_NOOP("PetitionEditor", "Decision/document No."), width=150
    ),
    Column("decided_on", QT_TRANSLATE_NOOP("PetitionEditor", "Date (dd/mm/yyyy)"), width=120),
    Column("result", QT_TRANSLATE_NOOP("PetitionEditor", "Result"), width=160),
]
DOCUMENT_COLUMNS = [
    Column("name", QT_TRANSLATE_NOOP("PetitionEditor", "Document or evidence"), width=260),
    Column("pages", QT_TRANSLATE_NOOP("PetitionEditor", "Pages"), kind="int", default=1, width=70),
    Column(
        "condition",
        QT_TRANSLATE_NOOP("PetitionEditor", "Condition"),
        kind="choice",
        default=DocumentCondition.COPY.value,
        choices=tuple((c.value, c.label_vi) for c in DocumentCondition),
        width=170,
    ),
]


def _translated(columns: list[Column], owner: QWidget) -> list[Column]:
    """The columns with their headers (and the document conditions) in the interface
    language."""
    return [
        dataclasses.replace(
            c,
            header=owner.tr(c.header),
            choices=tuple((v, label_of(DocumentCondition, v)) for v, _label in c.choices),
        )
        if c.key == "condition"
        else dataclasses.replace(c, header=owner.tr(c.header))
        for c in columns
    ]


ACTIONS_NEEDING_BODY = (HandlingAction.GUIDE.value, HandlingAction.TRANSFER.value)


class PetitionEditor(QWidget):
    """Editor of one petition; ``kind_changed`` when its kind changes (sealing, tab title)."""

    changed = Signal()
    field_done = Signal()
    kind_changed = Signal()
    content_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("petitionEditor")
        self.duplicate_of_id: str | None = None

        self.kind = QComboBox()
        self.kind.setObjectName("petitionKind")
        for kind in PetitionKind:
            self.kind.addItem(enum_label(kind), kind.value)
        self.field = QComboBox()
        self.field.setObjectName("petitionField")
        self.field.addItem(self.tr("— Choose a field —"), None)
        self.field_box = FieldBox(self.field)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("petitionSummary")
        self.summary.setPlaceholderText(
            self.tr(
                "Summary of what the citizen presents and asks for (each different complaint, denunciation, proposal or report is a separate petition)"
            )
        )
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(64)
        self.summary_box = FieldBox(self.summary)
        self.respondent = QLineEdit()
        self.respondent.setObjectName("petitionRespondent")
        self.respondent.setPlaceholderText(
            self.tr("Body, organisation or person complained against / denounced")
        )
        self.respondent_box = FieldBox(self.respondent)
        self.prior = RowsEditor(
            _translated(PRIOR_COLUMNS, self),
            add_text=self.tr("Add a body"),
            object_name="priorHandling",
        )
        self.documents = RowsEditor(
            _translated(DOCUMENT_COLUMNS, self),
            add_text=self.tr("Add a document"),
            object_name="documentsReceived",
        )
        self.action = QComboBox()
        self.action.setObjectName("handlingAction")
        for action in HandlingAction:
            self.action.addItem(enum_label(action), action.value)
        self.body = QLineEdit()
        self.body.setObjectName("handlingBody")
        self.body.setPlaceholderText(self.tr("Competent body"))
        self.body_box = FieldBox(self.body)
        self.document_number = QLineEdit()
        self.document_number.setObjectName("handlingDocumentNumber")
        self.document_number.setPlaceholderText(self.tr("No. of the guidance / transfer document"))
        self.note = QLineEdit()
        self.note.setObjectName("handlingNote")
        self.note.setPlaceholderText(self.tr("Note, what was explained / answered"))

        grid = QGridLayout(self)
        grid.setVerticalSpacing(4)
        grid.addWidget(QLabel(self.tr("Petition kind")), 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(QLabel(self.tr("Field")), 0, 2)
        grid.addWidget(self.field_box, 0, 3)
        grid.addWidget(QLabel(self.tr("Content *")), 1, 0)
        grid.addWidget(self.summary_box, 1, 1, 1, 3)
        self.respondent_label = QLabel(self.tr("Complained against"))
        grid.addWidget(self.respondent_label, 2, 0)
        grid.addWidget(self.respondent_box, 2, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Already handled by")), 3, 0)
        grid.addWidget(self.prior, 3, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Documents received")), 4, 0)
        grid.addWidget(self.documents, 4, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Handling at the desk")), 5, 0)
        grid.addWidget(self.action, 5, 1)
        grid.addWidget(self.body_box, 5, 2, 1, 2)
        grid.addWidget(QLabel(self.tr("Document No.")), 6, 0)
        grid.addWidget(self.document_number, 6, 1)
        grid.addWidget(self.note, 6, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)

        for widget in (
            self.kind,
            self.field,
            self.summary,
            self.respondent,
            self.prior,
            self.documents,
            self.action,
            self.body,
            self.document_number,
            self.note,
        ):
            watch(widget, self.changed.emit, self.field_done.emit)
        self.kind.currentIndexChanged.connect(self._on_kind)
        self.action.currentIndexChanged.connect(self._on_action)
        self.summary.textChanged.connect(self.content_changed)
        self.respondent.textChanged.connect(self.content_changed)
        self._on_kind()
        self._on_action()

    def register_errors(self, errors: FieldErrors, prefix: str) -> None:
        """Let service errors for ``petitions[i].…`` land next to these fields."""
        errors.add(f"{prefix}.field_code", self.field_box)
        errors.add(f"{prefix}.summary", self.summary_box)
        errors.add(f"{prefix}.respondent", self.respondent_box)
        errors.add(f"{prefix}.prior_handling", self.prior)
        errors.add(f"{prefix}.documents", self.documents)
        errors.add(f"{prefix}.handling", self.body_box)
        errors.add(prefix, self.summary_box)

    def set_fields(self, fields: list[tuple[str, str]]) -> None:
        """Fill the field catalogue with (code, name); keep the selection."""
        current = self.field.currentData()
        self.field.blockSignals(True)
        self.field.clear()
        self.field.addItem(self.tr("— Choose a field —"), None)
        for code, name in fields:
            self.field.addItem(name, code)
        set_combo(self.field, current)
        self.field.blockSignals(False)

    @Slot()
    def _on_kind(self) -> None:
        denunciation = self.kind.currentData() == PetitionKind.DENUNCIATION.value
        self.respondent_label.setText(
            self.tr("Denounced") if denunciation else self.tr("Respondent, subject")
        )
        self.kind_changed.emit()

    @Slot()
    def _on_action(self) -> None:
        needs_body = self.action.currentData() in ACTIONS_NEEDING_BODY
        self.body.setEnabled(needs_body)
        self.document_number.setEnabled(needs_body)
        if not needs_body:
            self.body_box.set_error(None)

    def is_denunciation(self) -> bool:
        """True for a tố cáo."""
        return self.kind.currentData() == PetitionKind.DENUNCIATION.value

    def title(self) -> str:
        """Short label for the tab."""
        return str(self.kind.currentText())

    def to_dict(self) -> dict[str, Any]:
        """The petition as plain data."""
        return {
            "kind": self.kind.currentData(),
            "field_code": self.field.currentData(),
            "summary": self.summary.toPlainText(),
            "respondent": self.respondent.text(),
            "prior_handling": self.prior.model.filled_rows(),
            "documents": self.documents.model.filled_rows(),
            "handling": {
                "action": self.action.currentData(),
                "body": self.body.text() if self.body.isEnabled() else "",
                "document_number": self.document_number.text()
                if self.document_number.isEnabled()
                else "",
                "note": self.note.text(),
            },
            "duplicate_of_id": self.duplicate_of_id,
        }

    def load_dict(self, data: dict[str, Any]) -> None:
        """Fill from :meth:`to_dict` output."""
        set_combo(self.kind, data.get("kind") or PetitionKind.COMPLAINT.value)
        set_combo(self.field, data.get("field_code"))
        self.summary.setPlainText(str(data.get("summary") or ""))
        self.respondent.setText(str(data.get("respondent") or ""))
        self.prior.model.set_rows(list(data.get("prior_handling") or []))
        self.documents.model.set_rows(list(data.get("documents") or []))
        handling = data.get("handling") or {}
        set_combo(self.action, handling.get("action") or HandlingAction.FORWARD.value)
        self.body.setText(str(handling.get("body") or ""))
        self.document_number.setText(str(handling.get("document_number") or ""))
        self.note.setText(str(handling.get("note") or ""))
        self.duplicate_of_id = data.get("duplicate_of_id")

    def tab_chain(self) -> list[QWidget]:
        """Widgets in keyboard order."""
        return [
            self.kind,
            self.field,
            self.summary,
            self.respondent,
            self.prior.view,
            self.prior.add_button,
            self.prior.remove_button,
            self.documents.view,
            self.documents.add_button,
            self.documents.remove_button,
            self.action,
            self.body,
            self.document_number,
            self.note,
        ]
