"""The one set of custom item-data roles every table and list model of the app uses.

Before, ``UserRole + 2`` meant an id in four models and a sort key in three; a proxy or a
delegate written for one model then read the wrong thing from another. Models import their
roles from here (module aliases such as ``CardRole = RECORD_ROLE`` only rename).
"""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = int(Qt.ItemDataRole.UserRole)

#: The whole record of the row (a service dataclass, a card, a match…).
RECORD_ROLE = _USER + 1
#: The record's id as text (what selections and drag data carry).
ID_ROLE = _USER + 2
#: Native value to sort by (dates, numbers), for ``QSortFilterProxyModel.setSortRole``.
SORT_ROLE = _USER + 3
#: A person's name alone (citizen suggestions).
NAME_ROLE = _USER + 4
#: The unit of a dashboard row.
UNIT_ROLE = _USER + 5
#: True for a heading row (report tables).
HEADING_ROLE = _USER + 6

ALL_ROLES = {
    "RECORD_ROLE": RECORD_ROLE,
    "ID_ROLE": ID_ROLE,
    "SORT_ROLE": SORT_ROLE,
    "NAME_ROLE": NAME_ROLE,
    "UNIT_ROLE": UNIT_ROLE,
    "HEADING_ROLE": HEADING_ROLE,
}
