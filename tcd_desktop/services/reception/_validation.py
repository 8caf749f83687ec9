"""Checks of a :class:`VisitInput` before anything is written.

Every problem is collected under its field key with a Vietnamese message, so the form can
show all of them at once; nothing is saved while any remain.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tcd_desktop.domain.delegation import representative_limits
from tcd_desktop.domain.enums import PetitionKind, ReceptionKind, Role
from tcd_desktop.domain.folding import nfc
from tcd_desktop.domain.text_safety import control_problem
from tcd_desktop.domain.validators import validate_citizen_id, validate_phone
from tcd_desktop.services.reception.grounds import refusal_ground
from tcd_desktop.services.reception.inputs import (
    ROLES_NEEDING_PROOF,
    CitizenInput,
    DocumentCondition,
    HandlingAction,
    IdKind,
    ParticipantRole,
    PetitionInput,
    VisitInput,
)
from tcd_desktop.store.models import Citizen, FieldCategory, Reception, User, UserRole

ONLINE_FROM = dt.date(2026, 7, 1)
_PASSPORT = re.compile(r"^[A-Z0-9]{6,12}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

Errors = dict[str, str]
MAX_NAME = 255


def control_characters(value: Any, key: str, errors: Errors) -> None:
    """Add an error under ``key.field`` for every text of ``value`` holding a control
    character (dataclasses, lists and tuples are walked)."""
    if isinstance(value, str):
        problem = control_problem(value, "Nội dung")
        if problem:
            errors.setdefault(key or "text", problem)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            control_characters(getattr(value, f.name), f"{key}.{f.name}" if key else f.name, errors)
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            control_characters(item, f"{key}[{i}]", errors)


@dataclass
class CleanCitizen:
    """A citizen's fields after normalisation (digits-only numbers, NFC text)."""

    existing_id: uuid.UUID | None
    full_name: str
    id_number: str | None
    id_kind: str
    birth_year: int | None
    gender: str | None
    address: str
    province_code: str
    commune: str
    phone: str | None
    email: str | None
    is_organisation: bool
    version: int | None = None


def clean_citizen(
    session: Session, data: CitizenInput, prefix: str, errors: Errors, *, need_identity: bool
) -> CleanCitizen:
    """Normalise one person; problems go to ``errors`` under ``prefix.field``."""
    if data.existing_id is not None:
        row = session.get(Citizen, data.existing_id)
        if row is None or row.deleted_at is not None:
            errors[f"{prefix}.existing_id"] = "Công dân đã chọn không còn trong cơ sở dữ liệu."
    name = nfc(data.full_name)
    address = nfc(data.address)
    if data.existing_id is None and not name:
        errors[f"{prefix}.full_name"] = "Chưa nhập họ và tên."
    elif len(name) > MAX_NAME:
        errors[f"{prefix}.full_name"] = f"Họ và tên tối đa {MAX_NAME} ký tự."
    id_kind = data.id_kind or IdKind.CCCD.value
    if id_kind not in {k.value for k in IdKind}:
        errors[f"{prefix}.id_kind"] = "Loại giấy tờ tùy thân không hợp lệ."
    id_number: str | None = None
    raw_id = nfc(data.id_number)
    if raw_id:
        if id_kind in (IdKind.CCCD.value, IdKind.CMND.value):
            result = validate_citizen_id(raw_id, data.birth_year)
            if result.ok:
                id_number = result.value
            else:
                errors[f"{prefix}.id_number"] = result.message_vi or "Số CCCD không hợp lệ."
        elif id_kind == IdKind.PASSPORT.value:
            id_number = re.sub(r"\s", "", raw_id).upper()
            if not _PASSPORT.match(id_number):
                errors[f"{prefix}.id_number"] = "Số hộ chiếu gồm 6–12 chữ cái in hoa hoặc chữ số."
        else:
            id_number = raw_id[:20]
    if need_identity and data.existing_id is None and not address and not id_number:
        errors.setdefault(
            f"{prefix}.address",
            "Phải có địa chỉ hoặc giấy tờ tùy thân của người đến trình bày "
            "(Luật Tiếp công dân Điều 25 khoản 1).",
        )
    phone: str | None = None
    if data.phone.strip():
        result = validate_phone(data.phone)
        if result.ok:
            phone = result.value
        else:
            errors[f"{prefix}.phone"] = result.message_vi or "Số điện thoại không hợp lệ."
    email = data.email.strip() or None
    if email and not _EMAIL.match(email):
        errors[f"{prefix}.email"] = "Địa chỉ thư điện tử không hợp lệ."
    year = dt.date.today().year
    if data.birth_year is not None and not 1900 <= data.birth_year <= year:
        errors[f"{prefix}.birth_year"] = f"Năm sinh phải từ 1900 đến {year}."
    return CleanCitizen(
        existing_id=data.existing_id,
        full_name=name,
        id_number=id_number,
        id_kind=id_kind,
        birth_year=data.birth_year,
        gender=data.gender,
        address=address,
        province_code=nfc(data.province_code),
        commune=nfc(data.commune),
        phone=phone,
        email=email,
        is_organisation=data.is_organisation,
        version=data.version,
    )


def _check_user(session: Session, user_id: uuid.UUID, role: Role | None) -> bool:
    user = session.get(User, user_id)
    if user is None or user.deleted_at is not None or not user.is_active:
        return False
    if role is None:
        return True
    roles = set(
        session.scalars(
            select(UserRole.role).where(UserRole.user_id == user_id, UserRole.deleted_at.is_(None))
        )
    )
    return role.value in roles or Role.ADMINISTRATOR.value in roles


def check_visit(session: Session, visit: VisitInput, received_on: dt.date, errors: Errors) -> None:
    """Visit-level checks: kind, presiding leader, officer, delegation, refusal, repeat.

    Every text of the visit (people, petitions, documents) is also checked for control
    characters (a NUL or an escape code is refused at the boundary, under its field key).
    """
    control_characters(visit, "", errors)
    try:
        kind = ReceptionKind(visit.kind)
    except ValueError:
        errors["kind"] = "Hình thức tiếp không hợp lệ."
        kind = ReceptionKind.REGULAR
    if kind in (ReceptionKind.PERIODIC, ReceptionKind.SUDDEN):
        if visit.leader_id is None:
            errors["leader_id"] = (
                "Tiếp định kỳ, đột xuất phải do người đứng đầu trực tiếp chủ trì: "
                "chọn lãnh đạo chủ trì."
            )
        elif not _check_user(session, visit.leader_id, Role.LEADER):
            errors["leader_id"] = "Người chủ trì phải là lãnh đạo có tài khoản đang hoạt động."
    if kind is ReceptionKind.ONLINE and received_on < ONLINE_FROM:
        errors["kind"] = "Tiếp công dân trực tuyến chỉ áp dụng từ ngày 01/7/2026 (Luật 136/2025)."
    if visit.officer_id is not None and not _check_user(session, visit.officer_id, None):
        errors["officer_id"] = "Cán bộ tiếp không có tài khoản đang hoạt động."
    if visit.headcount < 1:
        errors["headcount"] = "Số người phải từ 1 trở lên."
    _check_delegation(visit, errors)
    for i, part in enumerate(visit.participants):
        try:
            role = ParticipantRole(part.role)
        except ValueError:
            errors[f"participants[{i}].role"] = "Tư cách người tham gia không hợp lệ."
            continue
        appointed = role is ParticipantRole.REPRESENTATIVE and bool(
            representative_limits(visit.headcount) and nfc(visit.appointment_document)
        )
        if role in ROLES_NEEDING_PROOF and not appointed and not nfc(part.proof_document):
            errors[f"participants[{i}].proof_document"] = (
                f"{role.label_vi} phải xuất trình giấy tờ chứng minh tư cách "
                "(giấy giới thiệu, giấy ủy quyền, thẻ luật sư, văn bản cử người đại diện)."
            )
    if visit.refusal is not None:
        ground = refusal_ground(visit.refusal.ground)
        if ground is None:
            errors["refusal.ground"] = "Chưa chọn căn cứ từ chối tiếp công dân."
        elif not ground.in_force(received_on):
            errors["refusal.ground"] = (
                f"Căn cứ này ({ground.citation}) chỉ áp dụng từ ngày {ground.valid_from:%d/%m/%Y}."
            )
        elif ground.needs_note and not nfc(visit.refusal.note):
            errors["refusal.note"] = "Ghi rõ căn cứ pháp luật khác làm cơ sở từ chối."
    if visit.repeat_of_id is not None:
        earlier = session.get(Reception, visit.repeat_of_id)
        if earlier is None or earlier.deleted_at is not None:
            errors["repeat_of_id"] = "Lượt tiếp trước được chọn không tồn tại."


def _check_delegation(visit: VisitInput, errors: Errors) -> None:
    limits = representative_limits(visit.headcount)
    if limits is None:
        return
    low, high = limits
    reps = 1 + sum(1 for p in visit.participants if p.role == ParticipantRole.REPRESENTATIVE.value)
    if reps > high:
        errors["representatives"] = (
            f"Đoàn {visit.headcount} người chỉ được cử tối đa {high} người đại diện "
            f"(đã nhập {reps}; Luật Tiếp công dân Điều 29)."
        )
    elif reps < low:
        errors["representatives"] = "Đoàn đông người phải cử người đại diện."
    if not visit.representatives_appointed:
        errors["representatives_appointed"] = (
            "Đoàn từ 5 người trở lên phải cử người đại diện bằng văn bản có chữ ký của những "
            "người cùng khiếu nại, tố cáo (Luật Tiếp công dân Điều 29)."
        )
    if not nfc(visit.appointment_document):
        errors["appointment_document"] = "Ghi tên văn bản cử người đại diện."


def check_petition(
    session: Session, item: PetitionInput, prefix: str, errors: Errors, known_fields: set[str]
) -> None:
    """One content item: kind, summary, field, prior handling, documents, desk handling."""
    try:
        kind = PetitionKind(item.kind)
    except ValueError:
        errors[f"{prefix}.kind"] = "Chọn loại đơn: khiếu nại, tố cáo, kiến nghị hoặc phản ánh."
        kind = None
    if not nfc(item.summary):
        errors[f"{prefix}.summary"] = "Chưa nhập tóm tắt nội dung."
    if item.field_code and known_fields and item.field_code not in known_fields:
        errors[f"{prefix}.field_code"] = f"Lĩnh vực {item.field_code} không có trong danh mục."
    for j, prior in enumerate(item.prior_handling):
        if not nfc(prior.body):
            errors[f"{prefix}.prior_handling[{j}].body"] = "Chưa nhập cơ quan đã giải quyết."
    for j, doc in enumerate(item.documents):
        if not nfc(doc.name):
            errors[f"{prefix}.documents[{j}].name"] = "Chưa nhập tên tài liệu."
        if not isinstance(doc.pages, int) or doc.pages < 1:
            errors[f"{prefix}.documents[{j}].pages"] = "Số trang phải là số nguyên từ 1 trở lên."
        if doc.condition not in {c.value for c in DocumentCondition}:
            errors[f"{prefix}.documents[{j}].condition"] = (
                "Tình trạng tài liệu: bản gốc, bản sao hoặc bản sao có chứng thực."
            )
    _check_handling(item, kind, prefix, errors)


def _check_handling(
    item: PetitionInput, kind: PetitionKind | None, prefix: str, errors: Errors
) -> None:
    try:
        action = HandlingAction(item.handling.action)
    except ValueError:
        errors[f"{prefix}.handling.action"] = "Chọn hướng xử lý tại nơi tiếp."
        return
    body = nfc(item.handling.body)
    if action in (HandlingAction.GUIDE, HandlingAction.TRANSFER) and not body:
        errors[f"{prefix}.handling.body"] = (
            "Ghi rõ cơ quan có thẩm quyền hướng dẫn công dân đến."
            if action is HandlingAction.GUIDE
            else "Ghi rõ cơ quan có thẩm quyền nhận đơn chuyển."
        )
    if action is HandlingAction.TRANSFER and kind is PetitionKind.COMPLAINT:
        errors[f"{prefix}.handling.action"] = (
            "Khiếu nại không thuộc thẩm quyền thì hướng dẫn công dân đến cơ quan có thẩm quyền, "
            "không chuyển đơn (Luật Tiếp công dân Điều 26)."
        )
    if action is HandlingAction.EXPLAIN and not item.prior_handling:
        errors[f"{prefix}.prior_handling"] = (
            "Chỉ giải thích, yêu cầu chấp hành khi vụ việc đã được cơ quan có thẩm quyền giải "
            "quyết: ghi cơ quan và số quyết định đã giải quyết."
        )


def known_field_codes(session: Session) -> set[str]:
    """Codes in the field catalogue (empty catalogue: any code is accepted)."""
    return set(
        session.scalars(select(FieldCategory.code).where(FieldCategory.deleted_at.is_(None)))
    )
