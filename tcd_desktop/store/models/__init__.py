"""All mapped classes; importing this module registers them on ``Base.metadata``."""

from tcd_desktop.store.models.cases import Case, CaseEvent, CasePause, Dialogue
from tcd_desktop.store.models.intake import Petition, Reception, ReceptionParticipant
from tcd_desktop.store.models.org import (
    AppMeta,
    Desk,
    FieldCategory,
    NumberSeries,
    Unit,
    User,
    UserRole,
)
from tcd_desktop.store.models.people import Citizen
from tcd_desktop.store.models.records import (
    Attachment,
    AuditEntry,
    CalendarDay,
    Document,
    OutboxEntry,
    RuleRow,
    SyncState,
)
from tcd_desktop.store.models.reports import OpeningBalance, ReportLock
from tcd_desktop.store.models.schedule import ReceptionScheduleDay

__all__ = [
    "AppMeta",
    "Attachment",
    "AuditEntry",
    "CalendarDay",
    "Case",
    "CaseEvent",
    "CasePause",
    "Citizen",
    "Desk",
    "Dialogue",
    "Document",
    "FieldCategory",
    "NumberSeries",
    "OpeningBalance",
    "OutboxEntry",
    "Petition",
    "Reception",
    "ReceptionParticipant",
    "ReceptionScheduleDay",
    "ReportLock",
    "RuleRow",
    "SyncState",
    "Unit",
    "User",
    "UserRole",
]
