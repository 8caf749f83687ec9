"""Verification of the audit chain (:mod:`tcd_desktop.store.audit`): walk it in sequence
order, report every broken link in Vietnamese, and check it against an anchor."""

from __future__ import annotations

import datetime as dt
import hmac
from dataclasses import dataclass, field

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from tcd_desktop.store.audit import (
    GENESIS,
    HEAD_KEY,
    KEYED_KEY,
    SERVER_KEY_PREFIX,
    entry_hash,
    flush_audit,
    parse_segments,
    server_keeps_chain,
)
from tcd_desktop.store.audit_anchor import Anchor
from tcd_desktop.store.audit_key import AuditKey, load_key
from tcd_desktop.store.models import AppMeta, AuditEntry

__all__ = ["AuditReport", "verify_audit"]


@dataclass
class AuditReport:
    """Result of checking the whole chain."""

    checked: int = 0
    problems: list[str] = field(default_factory=list)
    keyed_from: int | None = None
    anchor_checked: bool = False

    @property
    def ok(self) -> bool:
        """True when no entry was edited, removed, inserted, reordered or forged."""
        return not self.problems


class _Walk:
    """State of one walk along the chain."""

    def __init__(self, session: Session, key: AuditKey | None, report: AuditReport) -> None:
        keyed = session.get(AppMeta, KEYED_KEY)
        self.segments = parse_segments(keyed.value) if keyed else []
        self.key = key
        self.report = report
        self.unverifiable: set[str] = set()
        self.server_bad: set[int] = set()
        self.server_from: int | None = None
        if server_keeps_chain(session):
            self.server_from, self.server_bad = _server_check(session, report)
            if self.server_from is not None and not any(
                seq == self.server_from and k.startswith(SERVER_KEY_PREFIX)
                for seq, k in self.segments
            ):
                report.problems.append(
                    f"Điểm máy chủ bắt đầu ký nhật ký (mục {self.server_from}) đã bị xoá hoặc "
                    "thay đổi trong cơ sở dữ liệu."
                )
        report.keyed_from = self.segments[0][0] if self.segments else None

    def expected_hash(self, entry: AuditEntry) -> str | None:
        key_id = None
        for start, kid in self.segments:
            if entry.seq >= start:
                key_id = kid
        if self.server_from is not None and entry.seq >= self.server_from:
            # keyed by the database server, which checked it (``tcd_audit_check``)
            return "" if entry.seq in self.server_bad else entry.hash
        if key_id is None:
            if self.key is not None and _as_utc(entry.at) > self.key.created:
                self.report.problems.append(
                    f"Mục nhật ký số {entry.seq} ({entry.action}) không có khoá dù được ghi "
                    "sau khi cơ quan đã có khoá: có thể bị giả mạo."
                )
            return entry_hash(entry)
        if self.key is None or self.key.key_id != key_id:
            if key_id not in self.unverifiable:
                self.unverifiable.add(key_id)
                self.report.problems.append(
                    f"Không kiểm tra được các mục từ số {entry.seq}: chúng được ký bằng khoá "
                    f"{key_id}, máy này không có khoá đó (chép tệp audit.key của cơ quan vào)."
                )
            return None
        return entry_hash(entry, self.key)


def _server_check(session: Session, report: AuditReport) -> tuple[int | None, set[int]]:
    """Ask the server from which entry it keys the chain, which entries its key no longer
    matches, and whether its own copy of the head is still reached by the table (after a
    truncation or a wipe it is not)."""
    bad: set[int] = set()
    start: int | None = None
    for seq, problem in session.execute(text("SELECT * FROM tcd_audit_check()")).all():
        if problem.startswith("from:"):
            start = int(seq)
        elif problem == "head":
            report.problems.append(
                f"Máy chủ ghi nhật ký đến mục số {seq} nhưng bảng nhật ký không còn khớp: "
                "nhật ký đã bị cắt bớt, xoá sạch hoặc viết lại."
            )
        else:
            bad.add(int(seq))
    return start, bad


def _as_utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC) if value.tzinfo else value.replace(tzinfo=dt.UTC)


def verify_audit(
    session: Session,
    *,
    anchor: Anchor | None = None,
    key: AuditKey | None = None,
    batch: int = 5000,
) -> AuditReport:
    """Walk the chain in sequence order and report every broken link (Vietnamese).

    With ``anchor``, also prove that the chain still contains the anchored head unchanged
    (so truncation, a wipe or a rewrite since then is detected).
    """
    flush_audit(session)  # this transaction's own entries are part of the chain
    report = AuditReport()
    walk = _Walk(session, key if key is not None else load_key(), report)
    expected_prev, expected_seq = GENESIS, 1
    last_seq = 0
    anchor_hash_seen: str | None = None
    while True:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.seq > last_seq)
            .order_by(AuditEntry.seq)
            .limit(batch)
        ).all()
        if not rows:
            break
        for entry in rows:
            report.checked += 1
            if entry.seq != expected_seq:
                report.problems.append(
                    f"Thiếu mục nhật ký số {expected_seq}–{entry.seq - 1} (đã bị xoá)."
                )
            if entry.prev_hash != expected_prev:
                report.problems.append(
                    f"Mục nhật ký số {entry.seq}: liên kết với mục trước không khớp "
                    "(bị chèn, xoá hoặc đổi thứ tự)."
                )
            wanted = walk.expected_hash(entry)
            if wanted is not None and not hmac.compare_digest(wanted, entry.hash):
                report.problems.append(
                    f"Mục nhật ký số {entry.seq} ({entry.action}) đã bị sửa sau khi ghi "
                    "hoặc được thêm bởi người không có khoá."
                )
            if anchor is not None and (
                entry.seq == anchor.seq if anchor.seq else entry.hash == anchor.hash
            ):
                anchor_hash_seen = entry.hash
            expected_prev, expected_seq, last_seq = entry.hash, entry.seq + 1, entry.seq
        session.expunge_all()
    head = session.get(AppMeta, HEAD_KEY)
    head_value = head.value if head else f"0:{GENESIS}"
    if head_value != f"{last_seq}:{expected_prev}":
        report.problems.append(
            "Cuối nhật ký không khớp với dấu đã lưu: các mục mới nhất đã bị xoá hoặc sửa."
        )
    if anchor is not None:
        _check_anchor(anchor, anchor_hash_seen, last_seq, walk, report)
    return report


def _check_anchor(
    anchor: Anchor, seen: str | None, last_seq: int, walk: _Walk, report: AuditReport
) -> None:
    report.anchor_checked = True
    if anchor.seq > last_seq:
        report.problems.append(
            f"Dấu neo ghi {anchor.seq} mục nhưng nhật ký chỉ còn {last_seq} mục: "
            "nhật ký đã bị cắt bớt hoặc xoá sạch sau khi lấy dấu neo."
        )
    elif anchor.seq > 0 and seen != anchor.hash:
        report.problems.append(
            f"Mục nhật ký số {anchor.seq} không còn khớp với dấu neo: nhật ký đã bị viết lại "
            "sau khi lấy dấu neo."
        )
    elif anchor.seq == 0 and anchor.hash != GENESIS and seen is None:
        report.problems.append("Không tìm thấy mục nhật ký có mã băm của dấu neo.")
    first = walk.segments[0] if walk.segments else None
    if anchor.keyed_from is not None and (
        first is None or first != (anchor.keyed_from, anchor.key_id or first[1])
    ):
        report.problems.append(
            "Điểm chuyển sang nhật ký có khoá đã bị thay đổi so với dấu neo "
            f"(dấu neo: từ mục {anchor.keyed_from})."
        )
