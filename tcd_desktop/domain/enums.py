"""Enumerations shared by every layer, each with a Vietnamese label.

All enums are :class:`enum.StrEnum`, so a member compares equal to its stored value
(``PetitionKind.COMPLAINT == "khieu_nai"``) and can be written to the database as is.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "CaseStatus",
    "DayUnit",
    "DeadlineState",
    "Direction",
    "LabelledEnum",
    "PetitionKind",
    "ReceptionKind",
    "Role",
    "UnitLevel",
]


class LabelledEnum(StrEnum):
    """A StrEnum whose members are declared as ``(value, label_vi)`` pairs.

    Shared by every labelled enumeration of the application (domain and services), so a
    member's ``label_vi`` and :meth:`from_label_vi` work the same everywhere.
    """

    _label_vi: str

    def __new__(cls, value: str, label_vi: str = "") -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member._label_vi = label_vi or value
        return member

    @property
    def label_vi(self) -> str:
        """Vietnamese label shown to users and printed on documents."""
        return self._label_vi

    @classmethod
    def from_label_vi(cls, label: str) -> LabelledEnum:
        """Return the member whose Vietnamese label is ``label`` (exact match)."""
        for member in cls:
            if member.label_vi == label:
                return member
        raise ValueError(f"{label!r} is not a label of {cls.__name__}")


#: Former private name, kept so older imports keep working.
_LabelledEnum = LabelledEnum


class PetitionKind(LabelledEnum):
    """Type of petition (loại đơn)."""

    COMPLAINT = ("khieu_nai", "Khiếu nại")
    DENUNCIATION = ("to_cao", "Tố cáo")
    RECOMMENDATION = ("kien_nghi", "Kiến nghị")
    REFLECTION = ("phan_anh", "Phản ánh")


class DayUnit(LabelledEnum):
    """How a time limit is counted.

    ``CALENDAR``: plain "ngày", counted from the day after the event with the Civil Code
    roll-forward of the last day (BLDS 2015 Điều 147–148).  ``WORKING``: ngày làm việc.
    """

    CALENDAR = ("calendar", "ngày")
    WORKING = ("working", "ngày làm việc")


class Direction(LabelledEnum):
    """Whether a limit runs after its start event or is a minimum notice before it."""

    AFTER = ("after", "sau")
    BEFORE = ("before", "trước")


class DeadlineState(LabelledEnum):
    """Traffic-light state of a deadline on the boards."""

    NOT_STARTED = ("not_started", "Chưa bắt đầu")
    ON_TRACK = ("on_track", "Trong hạn")
    DUE_SOON = ("due_soon", "Sắp đến hạn")
    OVERDUE = ("overdue", "Quá hạn")
    DONE_ON_TIME = ("closed_on_time", "Hoàn thành đúng hạn")
    DONE_LATE = ("closed_late", "Hoàn thành quá hạn")
    PAUSED = ("paused", "Tạm dừng tính thời hạn")


class ReceptionKind(LabelledEnum):
    """Form of citizen reception (hình thức tiếp công dân)."""

    REGULAR = ("regular", "Thường xuyên")
    PERIODIC = ("periodic", "Định kỳ")
    SUDDEN = ("sudden", "Đột xuất")
    ONLINE = ("online", "Trực tuyến")


class CaseStatus(LabelledEnum):
    """Lifecycle status of a petition or case.  Transitions belong to the workflow module."""

    RECEIVED = ("received", "Đã tiếp nhận")
    ACCEPTED = ("accepted", "Đã thụ lý")
    REJECTED = ("rejected", "Không thụ lý")
    TRANSFERRED = ("transferred", "Đã chuyển đơn")
    GUIDED = ("guided", "Đã hướng dẫn")
    RETURNED = ("returned", "Đã trả lại đơn")
    REPORTED_TO_LOWER = ("reported_to_lower", "Đã báo cáo để cấp dưới giải quyết")
    FILED = ("filed", "Lưu đơn")
    VERIFYING = ("verifying", "Đang xác minh")
    DIALOGUE = ("dialogue", "Đang đối thoại")
    DECIDED = ("decided", "Đã có quyết định / kết luận")
    ENFORCING = ("enforcing", "Đang tổ chức thực hiện")
    SUSPENDED = ("suspended", "Tạm đình chỉ")
    CLOSED = ("closed", "Đã kết thúc")
    TERMINATED = ("terminated", "Đình chỉ giải quyết")
    WITHDRAWN = ("withdrawn", "Đã rút đơn")

    @property
    def is_final(self) -> bool:
        """True for statuses after which no deadline of the case runs any more."""
        return self in _FINAL_STATUSES


_FINAL_STATUSES = frozenset(
    {
        CaseStatus.REJECTED,
        CaseStatus.TRANSFERRED,
        CaseStatus.GUIDED,
        CaseStatus.RETURNED,
        CaseStatus.REPORTED_TO_LOWER,
        CaseStatus.FILED,
        CaseStatus.CLOSED,
        CaseStatus.TERMINATED,
        CaseStatus.WITHDRAWN,
    }
)


class UnitLevel(LabelledEnum):
    """Administrative level of a body (two-level local government since 01/7/2025)."""

    CENTRAL = ("central", "Trung ương")
    PROVINCE = ("province", "Cấp tỉnh")
    COMMUNE = ("commune", "Cấp xã")
    DEPARTMENT = ("department", "Sở, ngành")
    DISTRICT_FORMER = ("district_former", "Cấp huyện (trước 01/7/2025)")


class Role(LabelledEnum):
    """User role in the application."""

    RECEPTION_OFFICER = ("reception_officer", "Cán bộ tiếp công dân")
    HANDLING_OFFICER = ("handling_officer", "Chuyên viên xử lý đơn")
    LEADER = ("leader", "Lãnh đạo")
    SUPERVISOR = ("supervisor", "Thanh tra, giám sát")
    ADMINISTRATOR = ("administrator", "Quản trị hệ thống")
