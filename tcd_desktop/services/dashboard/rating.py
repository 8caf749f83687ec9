"""Unit rating (xếp loại): a score from weighted criteria and grade thresholds kept as data.

The weights and thresholds live in ``resources/rating/xep-loai-v1.json`` (versioned like
the deadline rule pack); every grade comes with the sentence that explains it. A criterion
without data for a unit (no case to judge, no reception duty, no record of reports sent)
is left out and the other weights count proportionally — the reason says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from tcd_desktop.config.resources import resource_path
from tcd_desktop.services.dashboard.model import Grade, UnitRow

RATING_FILE = ("rating", "xep-loai-v1.json")


@dataclass(frozen=True)
class Criterion:
    """One weighted criterion."""

    key: str
    weight: float
    label: str
    how: str


@dataclass(frozen=True)
class GradeBand:
    """A grade and the lowest score that earns it."""

    grade: str
    label: str
    min_score: float


@dataclass(frozen=True)
class RatingPack:
    """Weights and thresholds of one version."""

    id: str
    version: int
    min_cases: int
    criteria: tuple[Criterion, ...]
    grades: tuple[GradeBand, ...]
    #: report punctuality: days after a period's end a report is due, the forms to send
    due_days: int = 5
    report_forms: tuple[str, ...] = ()


def parse_pack(data: dict[str, Any]) -> RatingPack:
    """Check and read a rating pack; ``ValueError`` on a bad one."""
    criteria = tuple(
        Criterion(c["key"], float(c["weight"]), c["label"], c.get("how", ""))
        for c in data["criteria"]
    )
    grades = tuple(
        sorted(
            (GradeBand(g["grade"], g["label"], float(g["min_score"])) for g in data["grades"]),
            key=lambda g: -g.min_score,
        )
    )
    if not criteria or any(c.weight < 0 for c in criteria) or not grades:
        raise ValueError("rating pack needs criteria with weights ≥ 0 and grades")
    if grades[-1].min_score > 0:
        raise ValueError("the lowest grade must start at 0")
    punctual = data.get("punctuality", {})
    due_days = int(punctual.get("due_days", 5))
    if not 0 <= due_days <= 366:
        raise ValueError("punctuality.due_days must be 0–366")
    return RatingPack(
        data["id"],
        int(data["version"]),
        int(data.get("min_cases", 0)),
        criteria,
        grades,
        due_days,
        tuple(str(f) for f in punctual.get("forms", ())),
    )


@cache
def load_pack() -> RatingPack:
    """The rating pack shipped with the application."""
    path = resource_path(*RATING_FILE)
    return parse_pack(json.loads(path.read_text(encoding="utf-8")))


def components(row: UnitRow) -> dict[str, float | None]:
    """Each criterion as a percentage (``None``: no data for this unit)."""
    rate = row.on_time_rate
    opened = row.open
    compliance = row.reception.compliance
    return {
        "on_time_rate": None if rate is None else 100 * rate,
        "not_overdue_share": None if not opened else 100 * (1 - row.total["overdue"] / opened),
        "reception_days": None if compliance is None else 100 * compliance,
        "report_punctuality": None
        if row.reports is None or row.reports.share is None
        else 100 * row.reports.share,
    }


def _pct(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + "%"


def _detail(key: str, row: UnitRow) -> str:
    """The counts behind a criterion, where the percentage alone would hide them."""
    if key == "report_punctuality" and row.reports is not None:
        r = row.reports
        return f" ({r.on_time}/{r.due} báo cáo đúng hạn, {r.late} muộn)"
    return ""


def rate_units(rows: list[UnitRow], pack: RatingPack | None = None) -> list[Grade]:
    """Grades of ``rows``, best first (units below ``min_cases`` are listed, not rated)."""
    pack = pack or load_pack()
    graded: list[tuple[float | None, UnitRow, dict[str, float | None], str, GradeBand | None]] = []
    for row in rows:
        parts = components(row)
        cases = row.open + row.closed
        if cases < pack.min_cases:
            reason = f"Không xếp loại: chỉ có {cases} vụ việc (cần ít nhất {pack.min_cases})."
            graded.append((None, row, parts, reason, None))
            continue
        used = [(c, parts[c.key]) for c in pack.criteria if parts.get(c.key) is not None]
        weight = sum(c.weight for c, _ in used)
        if not weight:
            graded.append((None, row, parts, "Không xếp loại: không có số liệu.", None))
            continue
        score = sum(c.weight * v for c, v in used) / weight  # type: ignore[operator]
        band = next(g for g in pack.grades if score >= g.min_score)
        said = "; ".join(
            f"{c.label} {_pct(v)}{_detail(c.key, row)} (trọng số {c.weight:g})"  # type: ignore[arg-type]
            for c, v in used
        )
        missing = [c.label for c in pack.criteria if parts.get(c.key) is None]
        above = [g.min_score for g in pack.grades if g.min_score > band.min_score]
        bound = f"≥ {band.min_score:g}" if band.min_score > 0 or not above else f"< {min(above):g}"
        reason = f"{said}. Điểm {_pct(score)[:-1]} {bound} → {band.label}."
        if missing:
            reason += " Chưa có số liệu, không tính: " + ", ".join(missing) + "."
        graded.append((score, row, parts, reason, band))
    graded.sort(key=lambda g: (g[0] is None, -(g[0] or 0), g[1].code))
    out: list[Grade] = []
    for i, (score, row, parts, reason, band) in enumerate(graded, start=1):
        out.append(
            Grade(
                unit_id=row.unit_id,
                code=row.code,
                name=row.name,
                rank=i if score is not None else 0,
                score=score,
                grade=band.grade if band else "",
                grade_label=band.label if band else "",
                reason=reason,
                components=parts,
            )
        )
    return out
