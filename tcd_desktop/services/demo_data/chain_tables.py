"""Lookup tables, JSON helpers and unit choice of the case factory."""

from __future__ import annotations

import datetime as dt
import json
from collections import deque
from typing import TYPE_CHECKING, Any

from tcd_desktop.domain.workflow import (
    LAW_136_IN_FORCE,
    SUSPENSION_GROUNDS,
    CaseKind,
    ComplexityCriterion,
    SuspensionGround,
    TerminationGround,
)
from tcd_desktop.services.demo_data import vocab
from tcd_desktop.services.demo_data.common import (
    _DOCS,
    _GUIDANCE,
    KINDS,
    KN,
    KNG,
    PA,
    TC,
    TIMELINE_DAYS,
    CitizenInfo,
    UnitInfo,
)

if TYPE_CHECKING:
    from tcd_desktop.services.demo_data.generator import Generator


class ChainTables:
    """Lookup tables and JSON helpers of the case factory, prepared once per generation."""

    def __init__(self, gen: Generator) -> None:
        self.g = gen
        self.codec = gen.codec
        self.citizens: list[CitizenInfo] = []
        self.denouncers: list[CitizenInfo] = []
        self.level1: deque[tuple[Any, CitizenInfo, int, str, str, int, bool]] = deque(maxlen=5000)
        self.kind_table = [KN] * 45 + [TC] * 12 + [KNG] * 23 + [PA] * 20
        self.prov_table = [0] * 30 + [1, 2, 3, 4, 5] * 14
        roots: dict[str, list[str]] = {}
        weights = {"DD": 6, "CB": 5, "MT": 3, "CS": 3, "NO": 2}
        for (kind, root), _texts in vocab.TEMPLATES.items():
            roots.setdefault(kind, []).extend([root] * weights.get(root, 1))
        self.roots = roots
        children: dict[str, list[str]] = {}
        for code, _name, parent in vocab.FIELDS:
            if parent:
                children.setdefault(parent, []).append(code)
        self.children = children
        self.templates = {
            key: [(t, gen._fold(t)) for t in texts] for key, texts in vocab.TEMPLATES.items()
        }
        criteria = [c.value for c in ComplexityCriterion]
        pairs = [[a, b] for i, a in enumerate(criteria) for b in criteria[i + 1 :]]
        # complex: one or two criteria; very complex (denunciations): at least two
        self.grounds = {
            False: [gen.codec.js([c]) for c in criteria] + [gen.codec.js(p) for p in pairs[:6]],
            True: [gen.codec.js(p) for p in pairs],
        }
        # suspension grounds allowed per kind, as (code, note, event data)
        self.pause_grounds = {
            kind: [
                (g.value, g.label_vi, gen.codec.js({"ground": g.value}))
                for g in SuspensionGround
                if g in SUSPENSION_GROUNDS[CaseKind(kind)]
            ]
            for kind in (KN, TC)
        }
        law_136 = LAW_136_IN_FORCE.toordinal()
        never = gen.today_ord + 10_000
        self.pausable_from = {KN: law_136, TC: 0, KNG: never, PA: never}
        self.termination_data = gen.codec.js({"ground": TerminationGround.WITHDRAWN.value})
        self.empty_list = gen.codec.js([])
        self.empty_dict = gen.codec.js({})
        self.docs = {k: gen.codec.js(v) for k, v in _DOCS.items()}
        self.ext_json = {n: gen.codec.js([30] * n) for n in range(3)}
        self.guidance = [(t, gen._fold(t)) for t in _GUIDANCE]
        self.titles = [(t, gen._fold(t)) for t in vocab.OFFICIAL_TITLES]
        self.respondents = dict(vocab.RESPONDENTS)
        self.respondents_f = {k: gen._fold(v) for k, v in vocab.RESPONDENTS.items()}
        self.streets = gen._streets
        self.places = vocab.DIALOGUE_PLACES
        # due_rule of the case row; "LD": the leader set the date (services/cases/clock.py)
        self.rule_ids = {(k, lv): gen._rule_for(k, lv) or "LD" for k in KINDS for lv in (1, 2)}
        self.ext_event = gen.codec.js({"days": 30})
        self.timeline_from = gen.today_ord - TIMELINE_DAYS
        # stored form, year and dd/mm/yyyy of every day the generator may touch
        lo, hi = gen.first_ord - 800, gen.today_ord + 800
        self.day: dict[int | None, Any] = {None: None}
        self.year_of: dict[int, int] = {}
        self.vn_date: dict[int, str] = {}
        self.iso: dict[int, str] = {}
        self.quoted: dict[str, str] = {}  # name -> its JSON string literal
        for o in range(lo, hi):
            d = dt.date.fromordinal(o)
            self.day[o] = gen.codec.day(o)
            self.year_of[o] = d.year
            self.vn_date[o] = f"{d.day:02d}/{d.month:02d}/{d.year}"
            self.iso[o] = d.isoformat()

    # ---------------------------------------------------------------- JSON of the timeline
    # The frequent JSON values are written as text directly on SQLite (what json.dumps gives,
    # as SQLAlchemy writes it; the tests compare), objects elsewhere.
    def _participants(self, citizen: str, leader: str) -> Any:
        people = [
            {"role": "complainant", "name": citizen},
            {"role": "presiding", "name": leader},
        ]
        return json.dumps(people) if self.codec.sqlite else people

    def _json_due(self, due: int) -> Any:
        if self.codec.sqlite:
            return f'{{"due_on": "{self.iso[due]}"}}'
        return {"due_on": self.iso[due]}

    def _json_decision(self, no: int, result: str, level: int, effect: int) -> Any:
        if self.codec.sqlite:
            return (
                f'{{"number": "{no}/Q\\u0110-UBND", "result": "{result}", "level": {level}, '
                f'"legal_effect_on": "{self.iso[effect]}"}}'
            )
        return {
            "number": f"{no}/QĐ-UBND",
            "result": result,
            "level": level,
            "legal_effect_on": self.iso[effect],
        }

    def _json_conclusion(self, number: str, result: str) -> Any:
        if self.codec.sqlite:  # the number is ASCII
            return f'{{"number": "{number}", "result": "{result}"}}'
        return {"number": number, "result": result}

    # ---------------------------------------------------------------- unit choice
    def _units(self, kind: str, level: int, prov: int) -> tuple[UnitInfo, UnitInfo]:
        """(unit that resolves the case, unit whose desk received the petition)."""
        rnd = self.g.rng.random
        p = self.g.by_prov[prov]
        bodies: dict[str, UnitInfo] = p["bodies"]
        communes: list[UnitInfo] = p["communes"]
        u = rnd()
        if kind == KN and level == 2:
            case_unit = bodies["UBND"] if u < 0.7 else bodies["STNMT"]
        elif kind == KN:
            case_unit = communes[int(rnd() * len(communes))] if u < 0.7 else bodies["UBND"]
        elif kind == TC:
            if u < 0.45:
                case_unit = communes[int(rnd() * len(communes))]
            elif u < 0.7:
                case_unit = bodies["TTR"]
            elif u < 0.85:
                case_unit = bodies["UBND"]
            else:
                case_unit = bodies["SNV"]
        else:
            if u < 0.75:
                case_unit = communes[int(rnd() * len(communes))]
            else:
                case_unit = bodies[("STNMT", "SXD", "SLDTBXH", "STP", "SYT")[int(rnd() * 5)]]
        if case_unit.role == "COMMUNE" or rnd() < 0.3:
            return case_unit, case_unit
        return case_unit, bodies["BTCD"]
