"""The case factory: one case with its petition, visit, citizen, timeline and dialogue."""

from __future__ import annotations

import datetime as dt

from tcd_desktop.services.demo_data.codec import DAY_MS, EPOCH_ORDINAL, uuid7_int
from tcd_desktop.services.demo_data.common import (
    _ADVICE_OUTCOMES,
    _DIALOGUE_HELD,
    _DIALOGUE_PLANNED,
    _LEADER_STEPS,
    _NO_CASE_OUTCOMES,
    KNG,
    P_ACCEPT,
    PA,
    R_REGULAR,
    S_ACCEPTED,
    S_RECEIVED,
    ForcedCase,
    Rows,
    _step_order,
)
from tcd_desktop.services.demo_data.intake import IntakeMixin
from tcd_desktop.services.demo_data.outcome import OutcomeMixin


class ChainBuilder(IntakeMixin, OutcomeMixin):
    """Builds one case and everything that led to it (kept apart to keep locals fast)."""

    def build(self, rows: Rows, ms: int, forced: ForcedCase | None) -> None:
        """Append one case (and its petition, visit, citizen, events...) to ``rows``."""
        g, codec = self.g, self.codec
        rnd = g.rng.random
        bits = g._bits
        uid = codec.uid
        ts = codec.ts
        day = self.day  # ordinal (or None) -> stored date
        due_of = g.due
        today = g.today_ord
        recv = ms // DAY_MS + EPOCH_ORDINAL
        tod = ms % DAY_MS
        year = self.year_of[recv]
        c_ts = ts(ms)  # every row of the visit is created at this instant
        intake = self._intake(rows, ms, forced, c_ts)
        (
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
        ) = intake
        (
            acc,
            appealed,
            closed,
            decision_number,
            decision_on,
            dialogue_on,
            due,
            end,
            enforced,
            extensions,
            legal_effect,
            long_running,
            notice,
            pause,
            paused_since,
            result,
            status,
            steps,
            suspension,
        ) = self._outcome(forced, recv, intake)

        # petition, then the case
        a_ms = (acc - EPOCH_ORDINAL) * DAY_MS + tod + 120_000
        a_ts = ts(a_ms)
        petition_id = uid(uuid7_int(ms, bits(74)))
        prior = self.empty_list
        if parent is not None:
            prior = codec.js(
                [
                    {
                        "body": case_unit.name,
                        "decision_number": parent[4],
                        "decided_on": dt.date.fromordinal(parent[5]).isoformat(),
                        "result": "",
                    }
                ]
            )
        rows["petitions"].append(
            (
                petition_id,
                c_ts,
                a_ts,
                officer,
                desk,
                g._next_number(desk, "petition", year),
                recv_unit.id,
                reception_id,
                citizen.id,
                recv_day,
                channel,
                kind,
                field_code,
                summary,
                summary_f,
                respondent,
                respondent_f,
                prior,
                self.docs[kind],
                headcount,
                False,
                rnd() < 0.05,
                duplicate_of,
                S_ACCEPTED,
                P_ACCEPT,
                day[due_of("T2", recv)],
                day[acc],
            )
        )
        citizen.last_petition, citizen.last_kind = petition_id, kind

        c_desk = case_unit.desk
        e_ts = ts((end - EPOCH_ORDINAL) * DAY_MS + tod + 180_000) if closed else a_ts
        assignee = case_unit.handlers[int(rnd() * len(case_unit.handlers))]
        leader = case_unit.leaders[0] if case_unit.leaders else assignee
        case_id = uid(uuid7_int(a_ms, bits(74)))
        code = g._next_number(c_desk, "case", self.year_of[acc])
        timeline = closed is None or acc >= self.timeline_from
        if appealed:
            self.level1.append((case_id, citizen, closed, code, decision_number, closed, timeline))
        rule_id = self.rule_ids[(kind, level)]
        grounds = (
            self.grounds[very][int(rnd() * len(self.grounds[very]))]
            if complex_
            else self.empty_list
        )
        acc_day = day[acc]
        rows["cases"].append(
            (
                case_id,
                a_ts,
                e_ts,
                assignee,
                c_desk,
                code,
                petition_id,
                case_unit.id,
                citizen.id,
                parent[0] if parent is not None else None,
                kind,
                level,
                field_code,
                summary,
                status,
                complex_,
                very,
                grounds,
                remote,
                mass,
                repeat,
                long_running,
                assignee,
                recv_day,
                acc_day,
                acc_day,
                rule_id,
                day[due],
                extensions,
                self.ext_json[extensions],
                paused_since is not None,
                day[paused_since],
                day[closed],
                decision_number,
                day[decision_on],
                result,
                day[legal_effect],
                day[enforced],
            )
        )
        if parent is not None and parent[6]:  # the first case's timeline: second complaint
            p_ms = (acc - EPOCH_ORDINAL) * DAY_MS + tod + 150_000
            at = ts(p_ms)
            rows["case_events"].append(
                (
                    uid(uuid7_int(p_ms, bits(74))),
                    at,
                    at,
                    assignee,
                    c_desk,
                    parent[0],
                    "second_complaint",
                    acc_day,
                    assignee,
                    f"Khiếu nại lần hai: {code}",
                    None,
                    codec.js(
                        {
                            "child_case_id": codec.uuid_text(case_id),
                            "child_code": code,
                            "received_on": dt.date.fromordinal(recv).isoformat(),
                        }
                    ),
                )
            )

        # suspensions
        if suspension is not None:
            s_ms = (suspension - EPOCH_ORDINAL) * DAY_MS + tod
            at = ts(s_ms)
            resumed = pause[1] + 1 if pause is not None else None
            rows["case_pauses"].append(
                (
                    uid(uuid7_int(s_ms, bits(74))),
                    at,
                    at,
                    leader,
                    c_desk,
                    case_id,
                    day[suspension],
                    day[resumed],
                    steps[-1 if pause is None else -2][2],
                )
            )

        # the dialogue (complaints): notice at least 5 days before, minutes when held
        if dialogue_on is not None:
            held = dialogue_on <= today
            at_ms = (dialogue_on - EPOCH_ORDINAL) * DAY_MS + 2 * 3_600_000
            assert notice is not None
            n_ms = (notice - EPOCH_ORDINAL) * DAY_MS + tod
            at = ts(n_ms)
            place = self.places[int(rnd() * len(self.places))].format(dv=case_unit.name)
            rows["dialogues"].append(
                (
                    uid(uuid7_int(n_ms, bits(74))),
                    at,
                    at,
                    assignee,
                    c_desk,
                    case_id,
                    ts(at_ms),
                    place,
                    day[notice],
                    case_unit.leader_name,
                    self._participants(citizen.name, case_unit.leader_name),
                    self.empty_list,
                    *(_DIALOGUE_HELD if held else _DIALOGUE_PLANNED),
                    held,
                    None,
                )
            )
            steps.append((notice, "dialogue_scheduled", "Thông báo đối thoại", self.empty_dict))
            if held:
                steps.append((dialogue_on, "dialogue_held", "Tổ chức đối thoại", self.empty_dict))

        # timeline (kept for open cases and those accepted recently; see TIMELINE_DAYS)
        if timeline:
            events = rows["case_events"]
            events.append(
                (
                    uid(uuid7_int(a_ms, bits(74))),
                    a_ts,
                    a_ts,
                    leader,
                    c_desk,
                    case_id,
                    "accepted",
                    acc_day,
                    leader,
                    "Thụ lý giải quyết",
                    None,
                    self.empty_dict,
                )
            )
            steps.sort(key=_step_order)
            for i, (on, step, note, data) in enumerate(steps, start=1):
                e_ms = (on - EPOCH_ORDINAL) * DAY_MS + tod + 240_000 + i * 1000
                at = ts(e_ms)
                actor = leader if step in _LEADER_STEPS else assignee
                events.append(
                    (
                        uid(uuid7_int(e_ms, bits(74))),
                        at,
                        at,
                        actor,
                        c_desk,
                        case_id,
                        step,
                        day[on],
                        actor,
                        note,
                        None,
                        data,
                    )
                )

        # now and then: a petition that did not become a case, or a visit for advice only
        u = rnd()
        if u < 0.10 and self.citizens:
            other = self.citizens[int(rnd() * len(self.citizens))]
            text, text_f = self.guidance[int(rnd() * len(self.guidance))]
            x_ms = ms + 90_000
            at = ts(x_ms)
            if u < 0.05:
                status, outcome = _NO_CASE_OUTCOMES[int(rnd() * 4)]
                rows["petitions"].append(
                    (
                        uid(uuid7_int(x_ms, bits(74))),
                        at,
                        at,
                        officer,
                        desk,
                        g._next_number(desk, "petition", year),
                        recv_unit.id,
                        None,
                        other.id,
                        recv_day,
                        "post",
                        (KNG, PA)[int(rnd() * 2)],
                        None,
                        text,
                        text_f,
                        "",
                        "",
                        self.empty_list,
                        self.empty_list,
                        1,
                        False,
                        False,
                        None,
                        status,
                        outcome,
                        day[due_of("T2", recv)],
                        day[g._roll_forward(recv + 1 + int(rnd() * 8))],
                    )
                )
                if (u < 0.02 and recv > today - 60) or rows["petitions"][-1][-1] > day[today]:
                    # not processed yet today (never "processed" in the future): the sample
                    # office's petition queue has work in it, some past the 45-day T2B mark
                    row = rows["petitions"][-1]
                    rows["petitions"][-1] = (*row[:-4], S_RECEIVED, None, row[-2], None)
            else:
                advice, advice_note = _ADVICE_OUTCOMES[int(rnd() * 2)]
                visit_id = uid(uuid7_int(x_ms, bits(74)))
                rows["receptions"].append(
                    (
                        visit_id,
                        at,
                        at,
                        officer,
                        desk,
                        g._next_number(desk, "reception", year),
                        recv_unit.id,
                        at,
                        recv_day,
                        R_REGULAR,
                        officer,
                        None,
                        other.id,
                        1,
                        False,
                        False,
                        text,
                        text_f,
                        None,
                        advice,
                        advice_note,
                        None,
                        other.last_reception,
                    )
                )
                other.last_reception = visit_id
