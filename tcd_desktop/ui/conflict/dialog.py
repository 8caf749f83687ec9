"""The conflict dialog: this desk's change and the other desk's, side by side.

Shown when a save is refused because another desk saved the same record first. Each field
the two desks saved differently is one row: the value typed here, the value the other desk
saved, and a choice between them. "Take mine" keeps every typed value, "Take theirs" takes
every stored value, "Merge" keeps the choice made on each row. Nothing is saved by the
dialog itself: the form is filled in as chosen and the person saves again (the save now
says it edited the other desk's version, so it goes through the normal check).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tcd_desktop.services.conflicts import Resolution
from tcd_desktop.services.errors import ConcurrentChange, FieldConflict
from tcd_desktop.ui.desk_messages import message_text

MINE, THEIRS = "mine", "theirs"


class ConflictDialog(QDialog):
    """Take mine / take theirs / merge field by field; ``choices`` holds the outcome."""

    COLUMNS = 4

    def __init__(
        self, conflict: ConcurrentChange, parent: QWidget | None = None, *, per_field: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        self.choices: dict[str, str] = {}
        self.setWindowTitle(self.tr("Another desk saved this record first"))
        self.setMinimumWidth(760)
        if per_field:
            text = self.tr(
                "While you were editing, another desk saved %1 (now version %2). Nothing of "
                "yours was saved and everything you typed is still in the form. Choose, for "
                "each field, which value to keep; then save again."
            )
        else:
            text = self.tr(
                "While you were working, another desk moved %1 on (now version %2). Your step "
                "was not recorded and what you entered is kept. Record it anyway on the case "
                "as it is now, or drop it and look at the other desk's change."
            )
        intro = QLabel(
            text.replace("%1", message_text(conflict.what)).replace(
                "%2", str(conflict.version or "")
            )
        )
        intro.setWordWrap(True)
        intro.setObjectName("conflictIntro")
        self.table = QTableWidget(len(conflict.fields), self.COLUMNS)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Your change (this desk)"),
                self.tr("Saved by the other desk"),
                self.tr("Keep"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.groups: dict[str, QButtonGroup] = {}
        for row, item in enumerate(conflict.fields):
            self._add_row(row, item)
        self.table.resizeRowsToContents()

        self.mine_button = QPushButton(self.tr("Take &mine"))
        self.mine_button.setToolTip(self.tr("Keep every value you typed"))
        self.theirs_button = QPushButton(self.tr("Take &theirs"))
        self.theirs_button.setToolTip(self.tr("Use every value the other desk saved"))
        self.merge_button = QPushButton(self.tr("M&erge as chosen"))
        self.merge_button.setToolTip(self.tr("Keep the value chosen on each row"))
        self.merge_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Decide later"))
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.mine_button.clicked.connect(lambda: self._finish(MINE))
        self.theirs_button.clicked.connect(lambda: self._finish(THEIRS))
        self.merge_button.clicked.connect(lambda: self._finish(None))
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("The record is saved only when you press Save in the form."))
        hint.setObjectName("conflictHint")
        if not per_field:  # one step against another: nothing to merge field by field
            self.table.setColumnHidden(3, True)
            self.merge_button.hide()
            self.mine_button.setText(self.tr("Record &mine anyway"))
            self.mine_button.setToolTip(self.tr("Record your step on the case as it is now"))
            self.theirs_button.setText(self.tr("Drop mine, keep &theirs"))
            self.theirs_button.setToolTip(self.tr("Close your step and look at the case again"))
            hint.setText(self.tr("Your step is recorded only if you choose to record it."))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.resize(900, min(560, 200 + 48 * max(1, len(conflict.fields))))
        (self.merge_button if per_field else self.theirs_button).setFocus()

    def _add_row(self, row: int, item: FieldConflict) -> None:
        empty = self.tr("(empty)")
        shown = (message_text(item.label), message_text(item.mine), message_text(item.theirs))
        for column, text in enumerate((shown[0], shown[1] or empty, shown[2] or empty)):
            cell = QTableWidgetItem(text)
            cell.setToolTip(text)
            self.table.setItem(row, column, cell)
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(6, 0, 6, 0)
        group = QButtonGroup(holder)
        for key, label in ((MINE, self.tr("Mine")), (THEIRS, self.tr("Theirs"))):
            button = QRadioButton(label)
            button.setObjectName(f"{item.name}_{key}")
            button.setProperty("choice", key)
            group.addButton(button)
            layout.addWidget(button)
        group.buttons()[0].setChecked(True)  # what the person typed, until they say otherwise
        self.groups[item.name] = group
        self.table.setCellWidget(row, 3, holder)

    def choose(self, name: str, choice: str) -> None:
        """Tick ``choice`` (mine/theirs) on the row of field ``name``."""
        for button in self.groups[name].buttons():
            button.setChecked(button.property("choice") == choice)

    def row_choices(self) -> dict[str, str]:
        """What is ticked on each row now."""
        out = {}
        for name, group in self.groups.items():
            checked = group.checkedButton()
            out[name] = str(checked.property("choice")) if checked else MINE
        return out

    def _finish(self, everything: str | None) -> None:
        if everything is not None:
            for name in self.groups:
                self.choose(name, everything)
        self.choices = self.row_choices()
        self.accept()

    def resolution(self) -> Resolution:
        """What was chosen, for the audit trail."""
        return Resolution(
            entity=self.conflict.entity,
            entity_id=str(self.conflict.entity_id),
            version=int(self.conflict.version or 0),
            choices=dict(self.choices),
        )

    def theirs_values(self) -> dict[str, str]:
        """The other desk's value of every field where it was chosen (to put in the form)."""
        return {
            item.name: item.theirs
            for item in self.conflict.fields
            if self.choices.get(item.name) == THEIRS
        }
