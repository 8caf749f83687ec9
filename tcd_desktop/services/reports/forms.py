"""Report forms as data: one declaration per form, read by the counting, the writers and drill-down.

Headings, units and the MS-row formulas come from ``resources/reports/report-forms.json`` (a
packaged copy of ``shared/domain/report-forms.json``); the counting rule of every column and
the corrections REPORTS.md asks for come from ``resources/reports/report-rules.json``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from tcd_desktop.config.resources import resource_path

__all__ = [
    "ColumnDecl",
    "CountRule",
    "Equality",
    "FormDecl",
    "form_codes",
    "get_form",
    "parse_equality",
]


@dataclass(frozen=True)
class CountRule:
    """How a column is counted: ``source`` r/p/c, ``aggregate`` n/hc/days, facts that must hold.

    ``source`` is ``"-"`` for a column the data model cannot count (printed 0) and
    ``"note"`` for free text.
    """

    source: str
    aggregate: str = "n"
    facts: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> CountRule:
        """Parse ``"p n kn received"``; ``"-"`` and ``"note"`` stand alone."""
        parts = text.split()
        if not parts or parts[0] in ("-", "note"):
            return cls(parts[0] if parts else "-", "", ())
        if parts[0] not in ("r", "p", "c") or len(parts) < 2:
            raise ValueError(f"bad counting rule {text!r}")
        return cls(parts[0], parts[1], tuple(parts[2:]))

    @property
    def counted(self) -> bool:
        """True when the rule reads records (not a gap or a note)."""
        return self.source in ("r", "p", "c")


@dataclass(frozen=True)
class Equality:
    """``sides[0] = sides[1] = …``, each side a tuple of column numbers to add."""

    sides: tuple[tuple[int, ...], ...]


def parse_equality(text: str) -> Equality:
    """Parse ``"6=8+9+10=11+12+13"`` or ``"5=20+..+24 (i.e. …)"`` (``..`` is a range)."""
    core = re.split(r"\s*\(|;", text, maxsplit=1)[0]
    sides: list[tuple[int, ...]] = []
    for side in core.split("="):
        tokens = [t.strip() for t in side.split("+") if t.strip()]
        cols: list[int] = []
        for i, token in enumerate(tokens):
            if token in ("..", "…"):
                cols.extend(range(cols[-1] + 1, int(tokens[i + 1])))
            else:
                cols.append(int(token))
        sides.append(tuple(cols))
    if len(sides) < 2:
        raise ValueError(f"not an equality: {text!r}")
    return Equality(tuple(sides))


@dataclass(frozen=True)
class ColumnDecl:
    """One numbered column: heading path, unit, printed MS cell and how it gets its value."""

    no: int
    heading_path: tuple[str, ...]
    unit: str
    meaning: str
    formula: str
    rule: CountRule

    @property
    def heading(self) -> str:
        """The heading path joined with ' › '."""
        return " › ".join(self.heading_path)

    @property
    def ms(self) -> str:
        """The MS-row cell: the number, or the printed formula."""
        return self.formula or str(self.no)

    @property
    def computed_from(self) -> tuple[int, ...]:
        """The columns this one adds (first side of its formula), or () when counted."""
        if not self.formula:
            return ()
        return parse_equality(self.formula).sides[1]

    @property
    def is_gap(self) -> bool:
        """True when the data model has no fact for this column (always 0)."""
        return self.rule.source == "-" and not self.formula

    @property
    def is_note(self) -> bool:
        """True for the free-text 'Ghi chú' column."""
        return self.rule.source == "note"


@dataclass(frozen=True)
class FormDecl:
    """A statutory report form: code, title, columns and the equalities that hold."""

    code: str
    key: str
    title: str
    columns: tuple[ColumnDecl, ...]
    checks: tuple[Equality, ...] = ()
    inconsistent: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())

    def column(self, no: int) -> ColumnDecl:
        """The column numbered ``no`` (1-based); ``KeyError`` when the form has none."""
        if not 1 <= no <= len(self.columns):
            raise KeyError(no)
        return self.columns[no - 1]

    @property
    def depth(self) -> int:
        """Number of heading rows (the longest heading path)."""
        return max(len(c.heading_path) for c in self.columns)

    @property
    def equalities(self) -> tuple[Equality, ...]:
        """Every printed formula that holds, plus the declared checks."""
        printed = []
        for col in self.columns:
            if col.formula:
                eq = parse_equality(col.formula)
                kept = [eq.sides[0]]
                for side in eq.sides[1:]:
                    text = "=".join("+".join(map(str, s)) for s in (eq.sides[0], side))
                    if text not in self.inconsistent:
                        kept.append(side)
                printed.append(Equality(tuple(kept)))
        return (*printed, *self.checks)


def _load_json(name: str) -> Any:
    with resource_path("reports", name).open(encoding="utf-8") as fh:
        return json.load(fh)


@cache
def field_groups() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Ordered (group, field-code prefixes) used by the 'field:' facts."""
    rules = _load_json("report-rules.json")
    return tuple((g, tuple(prefixes)) for g, prefixes in rules["field_groups"])


def _clean_formula(text: str) -> str:
    text = (text or "").strip()
    if not re.match(r"^\d+\s*=", text):
        return ""
    return re.sub(r"\s+", "", re.split(r"\s*\(", text, maxsplit=1)[0])


@cache
def _forms() -> dict[str, FormDecl]:
    forms_json = _load_json("report-forms.json")
    rules = _load_json("report-rules.json")["forms"]
    out: dict[str, FormDecl] = {}
    for form in forms_json:
        code = form["code"]
        spec = rules.get(code, {})
        counts: dict[str, str] = spec.get("count", {})
        overrides: dict[str, str] = spec.get("formula", {})
        columns = []
        for col in form["columns"]:
            no = int(col["no"])
            formula = _clean_formula(overrides.get(str(no), col.get("formula", "")))
            rule = CountRule.parse(counts.get(str(no), "-"))
            if formula and rule.counted:
                raise ValueError(f"{code} column {no} is both counted and a formula")
            if not formula and not rule.counted and str(no) not in counts:
                raise ValueError(f"{code} column {no} has no counting rule")
            columns.append(
                ColumnDecl(
                    no=no,
                    heading_path=tuple(col["heading_path"]),
                    unit=col.get("unit", ""),
                    meaning=col.get("meaning", ""),
                    formula=formula,
                    rule=rule,
                )
            )
        out[code] = FormDecl(
            code=code,
            key=form["key"],
            title=form["title"],
            columns=tuple(columns),
            checks=tuple(parse_equality(t) for t in spec.get("checks", [])),
            inconsistent=tuple(spec.get("inconsistent", [])),
            notes=tuple(form.get("notes", [])),
        )
    return out


def form_codes() -> tuple[str, ...]:
    """Every declared form code, in the order of the data file (01/TCD first)."""
    return tuple(_forms())


def get_form(code: str) -> FormDecl:
    """The declaration of ``code`` (``01/TCD``, ``02/XLD`` …); ``KeyError`` when unknown."""
    normal = code.strip().upper()
    forms = _forms()
    if normal not in forms:
        raise KeyError(code)
    return forms[normal]
