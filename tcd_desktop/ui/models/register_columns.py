"""The columns of the reception register (Mẫu 03/TCD): translated header, SQL sort key, width."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class RegisterColumn:
    """A column: header (with the official column number), SQL sort key, width."""

    header: str
    sort_key: str | None
    width: int
    number: int | None = None

    @property
    def label(self) -> str:
        """The header, translated (broken over lines as the table shows it)."""
        return QCoreApplication.translate("RegisterTableModel", self.header)

    @property
    def title(self) -> str:
        """The translated header on one line."""
        return self.label.replace("\n", " ")


#: The 13 columns of Mẫu 03/TCD (NĐ 154/2026), then the receipt number.
COLUMNS: tuple[RegisterColumn, ...] = (
    RegisterColumn(QT_TRANSLATE_NOOP("RegisterTableModel", "No."), "received", 56, 1),
    RegisterColumn(QT_TRANSLATE_NOOP("RegisterTableModel", "Received on"), "received", 88, 2),
    RegisterColumn(
        QT_TRANSLATE_NOOP("RegisterTableModel", "Full name, address"), "citizen", 260, 3
    ),
    RegisterColumn(
        QT_TRANSLATE_NOOP("RegisterTableModel", "ID card/\nPassport"), "id_number", 120, 4
    ),
    RegisterColumn(
        QT_TRANSLATE_NOOP("RegisterTableModel", "Content of the petition"), "summary", 320, 5
    ),
    RegisterColumn(QT_TRANSLATE_NOOP("RegisterTableModel", "Petition kind"), "kind", 90, 6),
    RegisterColumn(
        QT_TRANSLATE_NOOP("RegisterTableModel", "People\nwith the same\ncontent"),
        "headcount",
        72,
        7,
    ),
    RegisterColumn(
        QT_TRANSLATE_NOOP("RegisterTableModel", "Agency that\nresolved it"), "prior", 170, 8
    ),
    RegisterColumn(
        QT_TRANSLATE_NOOP("RegisterTableModel", "Within\ncompetence"), "competent", 80, 9
    ),
    RegisterColumn(
        QT_TRANSLATE_NOOP("RegisterTableModel", "Citizen guided\nto the competent\nagency"),
        "guidance",
        170,
        10,
    ),
    RegisterColumn(
        QT_TRANSLATE_NOOP(
            "RegisterTableModel", "Agency, unit that\naccepted it (transfer\ndocument no.)"
        ),
        "transfer",
        170,
        11,
    ),
    RegisterColumn(
        QT_TRANSLATE_NOOP("RegisterTableModel", "Follow-up of\nthe result"), "follow_up", 200, 12
    ),
    RegisterColumn(QT_TRANSLATE_NOOP("RegisterTableModel", "Note"), "note", 170, 13),
    RegisterColumn(QT_TRANSLATE_NOOP("RegisterTableModel", "Receipt no."), "number", 150),
)
NUMBER_COLUMN = len(COLUMNS) - 1

__all__ = ["COLUMNS", "NUMBER_COLUMN", "RegisterColumn"]
