"""Leaders' periodic reception schedule: the rules and records (:mod:`.core`), the month's
evaluation against the legal minimum (:mod:`.check`), the day rows (:mod:`.days`) and the
schedule screen's operations (:mod:`.screen`)."""

from tcd_desktop.services.schedule.core import (
    HELD_DEFAULT_NOTE,
    LAW_2026,
    LeaderCategory,
    LeaderMonth,
    QuotaRule,
    ReceptionDay,
    leader_month,
    plan_month,
    quota_rule,
    record_held_day,
    schedule_overview,
    set_leader_category,
)

__all__ = [
    "HELD_DEFAULT_NOTE",
    "LAW_2026",
    "LeaderCategory",
    "LeaderMonth",
    "QuotaRule",
    "ReceptionDay",
    "leader_month",
    "plan_month",
    "quota_rule",
    "record_held_day",
    "schedule_overview",
    "set_leader_category",
]
