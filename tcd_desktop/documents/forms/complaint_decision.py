"""Quyết định giải quyết khiếu nại (lần đầu / lần hai): a skeleton with every legal content.

Luật Khiếu nại Điều 31 khoản 2 (lần đầu) and Điều 40 khoản 2 (lần hai) list what the
decision must contain. Each item is a field; an empty one prints a dotted placeholder for
the drafter, and :func:`missing_contents` lists what is still empty before signing.
Layout: NĐ 30/2020 Mẫu 1.2 (QUYẾT ĐỊNH, authority, Căn cứ…, QUYẾT ĐỊNH:, Điều 1…).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from reportlab.platypus import Flowable

from tcd_desktop.documents.fields import Issuer, Person, Signer
from tcd_desktop.documents.forms.common import decides, heading, para, recipients, resolve, spec
from tcd_desktop.documents.styles import PLACEHOLDER, Styles, clean, esc, styles, value
from tcd_desktop.documents.template import StandardClosing, build_pdf
from tcd_desktop.documents.versions import FormVersion

CODE = "kn.decision"
LEVELS = {1: "lần đầu", 2: "lần hai"}


class ComplaintFinding(StrEnum):
    """Conclusion on the complaint."""

    RIGHT = "dung"
    PARTLY_RIGHT = "dung_mot_phan"
    WRONG = "sai"

    @property
    def label_vi(self) -> str:
        """ "đúng", "đúng một phần", "sai"."""
        return {"dung": "đúng", "dung_mot_phan": "đúng một phần", "sai": "sai"}[self.value]


@dataclass(frozen=True)
class ComplaintDecisionData:
    """Fields of the decision resolving a complaint."""

    issuer: Issuer
    issued_on: dt.date
    authority_title: str
    """Who decides, e.g. "Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn"."""
    complainant: Person
    respondent: str
    """The person or body complained against."""
    signer: Signer
    number: str = ""
    level: int = 1
    respondent_address: str = ""
    complaint_content: str = ""
    first_decision: str = ""
    """Lần hai: the first-level decision ("Quyết định số … ngày … của …")."""
    first_decision_result: str = ""
    """Lần hai: what the first-level resolution concluded."""
    verification_result: str = ""
    dialogue_result: str = ""
    legal_grounds: str = ""
    """The substantive law applied to the case."""
    finding: ComplaintFinding | None = None
    conclusion: str = ""
    remedy: str = ""
    """Keep, amend, supplement or annul the decision, or stop the act; other specific issues."""
    compensation: str = ""
    extra_bases: tuple[str, ...] = ()
    """Further "Căn cứ" lines (law on the body's organisation, the acceptance decision…)."""
    proposer: str = ""
    """"Theo đề nghị của …" line."""
    next_level_body: str = ""
    """Lần đầu: who resolves a second complaint."""
    is_remote: bool = False
    executors: tuple[str, ...] = ()
    competence: str = ""
    """The clause that makes the signer competent (default: :func:`competence_basis`)."""
    first_outcome: FirstOutcome | None = None
    """Lần hai: whether the first decision is upheld, amended or annulled."""
    superior: str = ""
    """Lần đầu: the resolver's direct superior (Luật KN Điều 32)."""
    first_resolver: str = ""
    """Lần hai: who made the first decision (Luật KN Điều 41)."""
    forwarded_by: str = ""
    """The body, organisation or person that forwarded the complaint (Điều 32, 41)."""
    interested_parties: tuple[str, ...] = ()
    """People with related rights and obligations (Điều 32, 41)."""
    inspectorate: str = ""
    """Lần đầu: the same-level state inspectorate (Điều 32)."""


class FirstOutcome(StrEnum):
    """What the second decision does with the first one (Luật KN Điều 40 k2 g)."""

    UPHELD = "giu_nguyen"
    AMENDED = "sua_doi"
    ANNULLED = "huy_bo"

    @property
    def label_vi(self) -> str:
        """The wording of Điều 1 of the second decision."""
        return {
            "giu_nguyen": "Công nhận, giữ nguyên",
            "sua_doi": "Sửa đổi, bổ sung một phần",
            "huy_bo": "Hủy bỏ toàn bộ",
        }[self.value]

    @classmethod
    def from_finding(cls, finding: ComplaintFinding | None) -> FirstOutcome | None:
        """The usual consequence: a wrong second complaint upholds the first decision, a
        partly right one amends it, a right one annuls it."""
        if finding is None:
            return None
        return {
            ComplaintFinding.WRONG: cls.UPHELD,
            ComplaintFinding.PARTLY_RIGHT: cls.AMENDED,
            ComplaintFinding.RIGHT: cls.ANNULLED,
        }[finding]


#: (start of the authority title, article of Luật Khiếu nại on its competence)
_COMPETENCE: tuple[tuple[str, str], ...] = (
    ("Chủ tịch Ủy ban nhân dân xã", "Điều 17"),
    ("Chủ tịch Ủy ban nhân dân phường", "Điều 17"),
    ("Chủ tịch Ủy ban nhân dân đặc khu", "Điều 17"),
    ("Chủ tịch Ủy ban nhân dân huyện", "Điều 18"),
    ("Chủ tịch Ủy ban nhân dân quận", "Điều 18"),
    ("Chủ tịch Ủy ban nhân dân tỉnh", "Điều 21"),
    ("Chủ tịch Ủy ban nhân dân thành phố", "Điều 21"),
    ("Giám đốc Sở", "Điều 20"),
)


def competence_basis(authority_title: str, level: int) -> str:
    """ "Căn cứ khoản 2 Điều 21 Luật Khiếu nại …": the clause giving the signer competence."""
    article = next((a for start, a in _COMPETENCE if authority_title.startswith(start)), "")
    if not article:
        return (
            "Căn cứ các quy định về thẩm quyền giải quyết khiếu nại của Luật Khiếu nại "
            f"(từ Điều 17 đến Điều 26) đối với {authority_title}"
        )
    clause = "" if article == "Điều 17" else f"khoản {level} "
    what = "lần đầu" if level == 1 else "lần hai"
    return (
        f"Căn cứ {clause}{article} Luật Khiếu nại quy định thẩm quyền giải quyết khiếu nại "
        f"{what} của {authority_title}"
    )


def effect_clause(data: ComplaintDecisionData) -> str:
    """Legal effect per Luật KN Điều 44 (K10 first, K11 second), never "kể từ ngày ký"."""
    days = "45 ngày" if data.is_remote else "30 ngày"
    remote = " (vùng sâu, vùng xa đi lại khó khăn)" if data.is_remote else ""
    if data.level == 1:
        return (
            f"Quyết định này có hiệu lực pháp luật sau {days}{remote} kể từ ngày ban hành mà "
            "người khiếu nại không khiếu nại lần hai (khoản 1 Điều 44 Luật Khiếu nại); "
            "quyết định có hiệu lực pháp luật được thi hành ngay."
        )
    return (
        f"Quyết định này có hiệu lực pháp luật sau {days}{remote} kể từ ngày ban hành "
        "(khoản 2 Điều 44 Luật Khiếu nại) và được thi hành ngay."
    )


def decision_recipients(data: ComplaintDecisionData) -> tuple[str, ...]:
    """ "Nơi nhận" per Luật KN Điều 32 (lần đầu) and Điều 41 (lần hai)."""
    who = f"{data.complainant.salutation} {clean(data.complainant.full_name)}".strip()
    common = (
        f"{who} (người khiếu nại)",
        f"{clean(data.respondent)} (người bị khiếu nại)" if clean(data.respondent) else "",
        *(f"{clean(p)} (người có quyền, nghĩa vụ liên quan)" for p in data.interested_parties),
        f"{clean(data.forwarded_by)} (đã chuyển khiếu nại đến)" if clean(data.forwarded_by) else "",
    )
    if data.level == 1:
        return recipients(
            f"{clean(data.superior) or PLACEHOLDER} (thủ trưởng cấp trên trực tiếp)",
            common,
            clean(data.inspectorate) or "Thanh tra cùng cấp",
        )
    return recipients(
        common,
        f"{clean(data.first_resolver) or PLACEHOLDER} (người giải quyết khiếu nại lần đầu)",
    )


#: Luật KN Điều 31 k2 / Điều 40 k2: (item, field, levels where it is required)
LEGAL_CONTENTS: tuple[tuple[str, str, tuple[int, ...]], ...] = (
    ("Ngày, tháng, năm ra quyết định", "issued_on", (1, 2)),
    ("Tên, địa chỉ người khiếu nại", "complainant", (1, 2)),
    ("Tên, địa chỉ người bị khiếu nại", "respondent", (1, 2)),
    ("Nội dung khiếu nại", "complaint_content", (1, 2)),
    (
        "Kết quả giải quyết khiếu nại của người giải quyết khiếu nại lần đầu",
        "first_decision_result",
        (2,),
    ),
    ("Kết quả xác minh nội dung khiếu nại", "verification_result", (1, 2)),
    ("Kết quả đối thoại", "dialogue_result", (1, 2)),
    ("Căn cứ pháp luật để giải quyết khiếu nại", "legal_grounds", (1, 2)),
    ("Kết luận nội dung khiếu nại (đúng, đúng một phần hoặc sai)", "conclusion", (1, 2)),
    (
        "Giữ nguyên, sửa đổi, bổ sung, hủy bỏ quyết định hoặc chấm dứt hành vi bị khiếu nại",
        "remedy",
        (1, 2),
    ),
    ("Việc bồi thường thiệt hại cho người bị thiệt hại (nếu có)", "compensation", (1, 2)),
    (
        "Quyền khiếu nại lần hai, quyền khởi kiện vụ án hành chính tại Tòa án",
        "next_level_body",
        (1,),
    ),
)


def missing_contents(data: ComplaintDecisionData) -> list[str]:
    """The legal contents still empty (compensation and dialogue are optional by law)."""
    optional = {"compensation", "dialogue_result"}
    missing = []
    for label, name, levels in LEGAL_CONTENTS:
        if data.level not in levels or name in optional:
            continue
        field_value = getattr(data, name)
        if isinstance(field_value, str) and not clean(field_value):
            missing.append(label)
        if name == "conclusion" and data.finding is None and label not in missing:
            missing.append(label)
    return missing


def _rights(data: ComplaintDecisionData) -> str:
    days = "45 ngày" if data.is_remote else "30 ngày"
    who = f"{esc(data.complainant.pronoun)} {esc(data.complainant.full_name)}"
    if data.level == 1:
        return (
            f"Trong thời hạn {days} kể từ ngày nhận được Quyết định này, nếu không đồng ý với "
            f"quyết định giải quyết khiếu nại thì {who} có quyền khiếu nại đến "
            f"{value(data.next_level_body)} hoặc khởi kiện vụ án hành chính tại Tòa án theo "
            "quy định của Luật Tố tụng hành chính."
        )
    return (
        f"Trường hợp không đồng ý với quyết định giải quyết khiếu nại lần hai, {who} có quyền "
        "khởi kiện vụ án hành chính tại Tòa án theo quy định của Luật Tố tụng hành chính."
    )


def _findings(data: ComplaintDecisionData, st: Styles) -> list[Flowable]:
    out = [
        heading("1. Nội dung khiếu nại", st),
        para(value(data.complaint_content), st),
    ]
    n = 2
    if data.level == 2:
        out += [
            heading(f"{n}. Kết quả giải quyết khiếu nại lần đầu", st),
            para(f"{value(data.first_decision)}: {value(data.first_decision_result)}", st),
        ]
        n += 1
    finding = f"Khiếu nại là {esc(data.finding.label_vi)}. " if data.finding else ""
    out += [
        heading(f"{n}. Kết quả xác minh nội dung khiếu nại", st),
        para(value(data.verification_result), st),
        heading(f"{n + 1}. Kết quả đối thoại", st),
        para(value(data.dialogue_result), st),
        heading(f"{n + 2}. Kết luận", st),
        para(f"Căn cứ pháp luật: {value(data.legal_grounds)}", st),
        para(f"{finding}{value(data.conclusion)}", st),
    ]
    return out


def _article_one(data: ComplaintDecisionData) -> str:
    c = data.complainant
    finding = esc(data.finding.label_vi) if data.finding else value(None)
    text = (
        f"<b>Điều 1.</b> Kết luận nội dung khiếu nại của {esc(c.pronoun)} {esc(c.full_name)} "
        f"là {finding}."
    )
    if data.level == 2:
        outcome = data.first_outcome or FirstOutcome.from_finding(data.finding)
        action = esc(outcome.label_vi) if outcome else value(None)
        text += f" {action} {value(data.first_decision)}."
    return f"{text} {value(data.remedy)}"


def render_complaint_decision(
    data: ComplaintDecisionData, version: FormVersion | None = None
) -> bytes:
    """The decision as PDF bytes, in the version in force on its date."""
    if data.level not in LEVELS:
        raise ValueError("Lần giải quyết khiếu nại phải là 1 (lần đầu) hoặc 2 (lần hai).")
    v = resolve(CODE, data.issued_on, version)
    st = styles()
    level = LEVELS[data.level]
    c = data.complainant
    competence = clean(data.competence) or competence_basis(data.authority_title, data.level)
    bases = (*v.bases, competence, *data.extra_bases)
    if clean(data.proposer):
        bases += (f"Theo đề nghị của {clean(data.proposer)}",)
    body: list[Flowable] = [
        para(
            f"Xét đơn khiếu nại của {esc(c.pronoun)} <b>{esc(c.full_name)}</b>, địa chỉ: "
            f"{value(c.address)}; khiếu nại đối với {esc(data.respondent)}, địa chỉ: "
            f"{value(data.respondent_address)}.",
            st,
        ),
        *_findings(data, st),
        decides(st),
        para(_article_one(data), st),
        para(f"<b>Điều 2.</b> Bồi thường thiệt hại (nếu có): {value(data.compensation)}", st),
        para(f"<b>Điều 3.</b> {_rights(data)}", st),
        para(
            f"<b>Điều 4.</b> {esc(effect_clause(data))} "
            + (", ".join(esc(e) for e in data.executors) or value(None))
            + f", {esc(c.pronoun)} {esc(c.full_name)} và các cơ quan, tổ chức, cá nhân có liên "
            "quan chịu trách nhiệm thi hành Quyết định này.",
            st,
        ),
    ]
    closing = StandardClosing(
        recipients=recipients("Như Điều 4", decision_recipients(data)), signer=data.signer
    )
    return build_pdf(
        spec(
            v,
            data.issuer,
            data.issued_on,
            data.number,
            body=tuple(body),
            closing=closing,
            bases=bases,
            authority=data.authority_title,
            subtitle=v.subtitle.format(complainant=f"{c.pronoun} {c.full_name}", level=level),
        )
    )
