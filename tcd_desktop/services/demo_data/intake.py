"""One case's intake: its kind, the citizen, the petition's text and the visit."""

from __future__ import annotations

from typing import Any, NamedTuple

from tcd_desktop.services.demo_data.chain_tables import ChainTables
from tcd_desktop.services.demo_data.codec import DAY_MS, EPOCH_ORDINAL, uuid7_int
from tcd_desktop.services.demo_data.common import (
    _RECEIVED_DETAIL,
    _REGISTER_CHARS,
    KN,
    R_ONLINE,
    R_PERIODIC,
    R_REGULAR,
    R_SUDDEN,
    TC,
    CitizenInfo,
    ForcedCase,
    Rows,
    UnitInfo,
)


class Intake(NamedTuple):
    """What the intake of one case decided (read by the outcome and the rows)."""

    case_unit: UnitInfo
    channel: str
    citizen: CitizenInfo
    complex_: bool
    desk: str
    duplicate_of: Any
    field_code: str
    headcount: int
    kind: str
    level: int
    mass: bool
    officer: Any
    parent: Any
    reception_id: Any
    recv_day: Any
    recv_unit: UnitInfo
    remote: bool
    repeat: bool
    respondent: str
    respondent_f: str
    summary: str
    summary_f: str
    very: bool


class IntakeMixin(ChainTables):
    """Draws who brought which petition, and records the visit."""

    def _intake(self, rows: Rows, ms: int, forced: ForcedCase | None, c_ts: Any) -> Intake:
        """Draw the case's kind, citizen and text; append the citizen and visit rows."""
        g, codec = self.g, self.codec
        rnd = g.rng.random
        bits = g._bits
        uid = codec.uid
        day = self.day  # ordinal (or None) -> stored date
        due_of = g.due
        recv = ms // DAY_MS + EPOCH_ORDINAL
        year = self.year_of[recv]

        # what kind of case
        if forced is not None:
            kind, level = forced.kind, forced.level
            complex_, very = forced.complex or forced.very_complex, forced.very_complex
            mass = forced.mass
        else:
            kind = self.kind_table[int(rnd() * 100)]
            level = 2 if kind == KN and rnd() < 0.18 else 1
            very = kind == TC and rnd() < 0.08
            complex_ = very or (kind in (KN, TC) and rnd() < 0.16)
            mass = kind != TC and rnd() < 0.03
        roots = self.roots[kind]
        root = roots[int(rnd() * len(roots))]
        subs = self.children.get(root)
        field_code = subs[int(rnd() * len(subs))] if subs and rnd() < 0.85 else root

        # a second complaint follows a first-level decision received at most 30 days ago
        # (Luật Khiếu nại Điều 33); without one at hand, the complaint is a first one
        parent = None
        if level == 2:
            level1 = self.level1
            while level1 and level1[0][2] + 30 < recv:
                level1.popleft()  # too late for a second complaint
            if level1 and level1[0][2] + 3 <= recv:
                parent = level1.popleft()
            else:
                level = 1

        # who
        confidential = kind == TC
        pool = self.denouncers if confidential else self.citizens
        citizen: CitizenInfo
        reused = False
        if parent is not None:
            citizen, reused = parent[1], True
            prov = citizen.prov
        elif pool and rnd() < 0.38:
            citizen, reused = pool[int(rnd() * len(pool))], True
            prov = citizen.prov
        else:
            prov = self.prov_table[int(rnd() * len(self.prov_table))]
        case_unit, recv_unit = self._units(kind, level, prov)
        if not reused:
            n_communes = len(g.by_prov[prov]["communes"])
            if case_unit.role == "COMMUNE" and rnd() < 0.9:
                commune = case_unit.index
            else:
                commune = int(rnd() * n_communes)
            citizen = g._new_citizen(rows, ms, prov, commune, confidential=confidential, at=c_ts)
            pool.append(citizen)
        remote = citizen.remote or case_unit.is_remote
        # a repeat: the same citizen brought a petition of the same kind before
        duplicate_of = citizen.last_petition if citizen.last_kind == kind else None
        repeat = duplicate_of is not None

        # the text
        texts = self.templates[(kind, root)]
        tpl, tpl_f = texts[int(rnd() * len(texts))]
        person, person_f = g._name_pair(rnd() < 0.6)
        title, title_f = self.titles[int(rnd() * len(self.titles))]
        street, street_f = self.streets[int(rnd() * len(self.streets))]
        when = recv - 20 - int(rnd() * 300)
        w_year = self.year_of[when]
        money = f"{(int(rnd() * 900) + 5) * 1_000_000:,}".replace(",", ".")
        nums = {
            "so": str(int(rnd() * 3500) + 1),
            "ngay": self.vn_date[when],
            "thua": str(int(rnd() * 900) + 1),
            "to": str(int(rnd() * 60) + 1),
            "dt": str(int(rnd() * 480) + 20),
            "tien": money,
            "nam": str(w_year - int(rnd() * 20)),
            "thang": self.vn_date[when][3:5].lstrip("0"),
        }
        summary = tpl.format(dv=case_unit.name, nguoi=person, cv=title, duong=street, **nums)
        summary_f = tpl_f.format(
            dv=case_unit.name_folded, nguoi=person_f, cv=title_f, duong=street_f, **nums
        )
        respondent = respondent_f = self.respondents[kind]
        if respondent:
            respondent = respondent.format(dv=case_unit.name, cv=title)
            respondent = respondent[0].upper() + respondent[1:]
            respondent_f = self.respondents_f[kind].format(dv=case_unit.name_folded, cv=title_f)

        # the visit (most petitions are brought in person)
        desk = recv_unit.desk
        officer = recv_unit.receivers[int(rnd() * len(recv_unit.receivers))]
        reception_id = None
        headcount = int(rnd() * 35) + 5 if mass else 1
        recv_day = day[recv]
        if rnd() < 0.8 or mass:
            if len(summary) > _REGISTER_CHARS:
                cut = summary.rfind(" ", 0, _REGISTER_CHARS)
                line, line_f = summary[:cut] + "…", summary_f[:cut] + "…"
            else:
                line, line_f = summary, summary_f
            r_kind = rnd()
            rk = (
                R_REGULAR
                if r_kind < 0.85
                else R_PERIODIC
                if r_kind < 0.95
                else R_SUDDEN
                if r_kind < 0.98
                else R_ONLINE
            )
            leader = recv_unit.leaders[0] if rk == R_PERIODIC and recv_unit.leaders else None
            reception_id = uid(uuid7_int(ms, bits(74)))
            rows["receptions"].append(
                (
                    reception_id,
                    c_ts,
                    c_ts,
                    officer,
                    desk,
                    g._next_number(desk, "reception", year),
                    recv_unit.id,
                    c_ts,
                    recv_day,
                    rk,
                    officer,
                    leader,
                    citizen.id,
                    headcount,
                    mass,
                    mass and rnd() < 0.85,
                    line,
                    line_f,
                    field_code,
                    "forward",
                    _RECEIVED_DETAIL,
                    day[due_of("T1", recv)],
                    citizen.last_reception if repeat else None,
                )
            )
            citizen.last_reception = reception_id
            helpers = 2 + int(rnd() * 4) if mass else 1 if rnd() < 0.03 else 0
            for _ in range(helpers):
                helper = g._new_citizen(
                    rows, ms, citizen.prov, citizen.commune, confidential=confidential, at=c_ts
                )
                if mass:
                    role, proof = "representative", "Văn bản cử người đại diện"
                elif rnd() < 0.6:
                    role, proof = "proxy", "Giấy ủy quyền có chứng thực"
                else:
                    role, proof = "lawyer", "Thẻ luật sư"
                rows["reception_participants"].append(
                    (
                        uid(uuid7_int(ms, bits(74))),
                        c_ts,
                        c_ts,
                        officer,
                        desk,
                        reception_id,
                        helper.id,
                        role,
                        proof,
                    )
                )
            channel = "in_person"
        else:
            u = rnd()
            channel = "post" if u < 0.6 else "online" if u < 0.85 else "forwarded"
        return Intake(
            case_unit,
            channel,
            citizen,
            complex_,
            desk,
            duplicate_of,
            field_code,
            headcount,
            kind,
            level,
            mass,
            officer,
            parent,
            reception_id,
            recv_day,
            recv_unit,
            remote,
            repeat,
            respondent,
            respondent_f,
            summary,
            summary_f,
            very,
        )
