"""The six participant groups of the dialogue minutes (Mẫu 14) and how each one signs."""

from __future__ import annotations

from enum import StrEnum


class DialogueRole(StrEnum):
    """Role of a participant in a complaint dialogue."""

    CHAIR = "chair"
    RECORDER = "recorder"
    COMPLAINANT = "complainant"
    RESPONDENT = "respondent"
    RELATED_PERSON = "related_person"
    RELATED_BODY = "related_body"

    @property
    def group_label(self) -> str:
        """Heading of the group in part I of the minutes."""
        return _GROUP[self]

    @property
    def short_label(self) -> str:
        """How an opinion is introduced ("người khiếu nại" …)."""
        return _SHORT[self]

    @property
    def sign_title(self) -> str:
        """Title of the signature box."""
        return _SIGN[self][0]

    @property
    def sign_note(self) -> str:
        """Instruction under the title."""
        return _SIGN[self][1]

    @property
    def sign_rank(self) -> int:
        """Position in the Mẫu 14 grid: left/right, top to bottom."""
        return _SIGN_ORDER.index(self)

    @property
    def shows_identity(self) -> bool:
        """The complainant's identity paper is recorded."""
        return self is DialogueRole.COMPLAINANT

    @property
    def shows_address(self) -> bool:
        """Persons with related rights and related bodies are recorded with an address."""
        return self in (
            DialogueRole.COMPLAINANT,
            DialogueRole.RELATED_PERSON,
            DialogueRole.RELATED_BODY,
        )


ROLE_ORDER = (
    DialogueRole.CHAIR,
    DialogueRole.RECORDER,
    DialogueRole.COMPLAINANT,
    DialogueRole.RESPONDENT,
    DialogueRole.RELATED_PERSON,
    DialogueRole.RELATED_BODY,
)
"""Order of the groups in part I (Mẫu 14)."""

_SIGN_ORDER = (
    DialogueRole.RESPONDENT,
    DialogueRole.CHAIR,
    DialogueRole.COMPLAINANT,
    DialogueRole.RELATED_BODY,
    DialogueRole.RELATED_PERSON,
    DialogueRole.RECORDER,
)

_GROUP = {
    DialogueRole.CHAIR: "Người giải quyết khiếu nại (người chủ trì đối thoại)",
    DialogueRole.RECORDER: "Người ghi biên bản",
    DialogueRole.COMPLAINANT: "Người khiếu nại (hoặc người đại diện, người được ủy quyền)",
    DialogueRole.RESPONDENT: "Người bị khiếu nại (hoặc người đại diện)",
    DialogueRole.RELATED_PERSON: "Người có quyền, nghĩa vụ liên quan",
    DialogueRole.RELATED_BODY: "Đại diện cơ quan, tổ chức, cá nhân có liên quan",
}
_SHORT = {
    DialogueRole.CHAIR: "người chủ trì",
    DialogueRole.RECORDER: "người ghi biên bản",
    DialogueRole.COMPLAINANT: "người khiếu nại",
    DialogueRole.RESPONDENT: "người bị khiếu nại",
    DialogueRole.RELATED_PERSON: "người có quyền, nghĩa vụ liên quan",
    DialogueRole.RELATED_BODY: "đại diện cơ quan có liên quan",
}
_SIGN = {
    DialogueRole.CHAIR: ("Người giải quyết khiếu nại", "(Ký, ghi rõ họ tên, đóng dấu nếu có)"),
    DialogueRole.RECORDER: ("Người ghi biên bản", "(Ký, ghi rõ họ tên)"),
    DialogueRole.COMPLAINANT: ("Người khiếu nại", "(Ký hoặc điểm chỉ, ghi rõ họ tên)"),
    DialogueRole.RESPONDENT: ("Người bị khiếu nại", "(Ký, ghi rõ họ tên)"),
    DialogueRole.RELATED_PERSON: ("Người có quyền, nghĩa vụ liên quan", "(Ký, ghi rõ họ tên)"),
    DialogueRole.RELATED_BODY: (
        "Đại diện cơ quan, tổ chức, cá nhân có liên quan",
        "(Ký, ghi rõ họ tên)",
    ),
}
