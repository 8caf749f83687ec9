"""One case's legal clock and outcome as of today, and the steps taken so far."""

from __future__ import annotations

from typing import Any, NamedTuple

from tcd_desktop.services.demo_data.chain_tables import ChainTables
from tcd_desktop.services.demo_data.common import (
    _RESULTS,
    _RUNNING,
    KN,
    KNG,
    LEADER_DAYS,
    PA,
    S_ACCEPTED,
    S_CLOSED,
    S_DECIDED,
    S_DIALOGUE,
    S_ENFORCING,
    S_SUSPENDED,
    S_TERMINATED,
    S_VERIFYING,
    S_WITHDRAWN,
    TC,
    ForcedCase,
)
from tcd_desktop.services.demo_data.intake import Intake


class Outcome(NamedTuple):
    """The dates, status and timeline steps of one case."""

    acc: int
    appealed: bool
    closed: int | None
    decision_number: str | None
    decision_on: int | None
    dialogue_on: int | None
    due: int
    end: int
    enforced: int | None
    extensions: int
    legal_effect: int | None
    long_running: bool
    notice: int | None
    pause: tuple[int, int] | None
    paused_since: int | None
    result: str | None
    status: str
    steps: list[tuple[int, str, str, Any]]
    suspension: int | None


class OutcomeMixin(ChainTables):
    """Dates a case and decides where it stands today."""

    def _outcome(
        self,
        forced: ForcedCase | None,
        recv: int,
        intake: Intake,
    ) -> Outcome:
        """Acceptance, due date, outcome and the steps of the case drawn by ``intake``."""
        g = self.g
        rnd = g.rng.random
        due_of = g.due
        today = g.today_ord
        kind, level, complex_, very = intake.kind, intake.level, intake.complex_, intake.very
        remote, repeat, case_unit = intake.remote, intake.repeat, intake.case_unit

        # acceptance and the legal clock
        if forced is not None:
            acc = g._forced_acceptance(forced)
        else:
            acc = g._roll_forward(recv + 1 + int(rnd() * (10 if kind == TC else 7)))
        acc = max(recv, min(acc, today))
        leader_days = 15 if forced is not None else LEADER_DAYS[int(rnd() * 3)]
        extensions = 0
        if kind == TC and complex_ and (forced is None or forced.state not in _RUNNING):
            if very:
                extensions = 2 if rnd() < 0.5 else int(rnd() * 2)
            elif rnd() < 0.6:
                extensions = 1
        due = g._case_due(kind, level, acc, complex_, very, remote, extensions, leader_days)

        # outcome as of today (suspension exists for denunciations, and for complaints
        # only from 01/7/2026; recommendations and reflections are never suspended)
        state = forced.state if forced is not None else None
        pause: tuple[int, int] | None = None
        pausable_from = self.pausable_from[kind]
        if state is None:
            u = rnd()
            if due >= today:
                state = "closed_on_time" if u < 0.25 else "paused" if u < 0.3 else "running"
            else:
                state = (
                    "closed_on_time"
                    if u < 0.83
                    else "closed_late"
                    if u < 0.93
                    else "overdue"
                    if u < 0.985
                    else "paused"
                )
            if state == "paused" and max(acc + 1, pausable_from) > today:
                state = "running" if due >= today else "overdue"
            if state[0] == "c" and acc + 60 < today and rnd() < 0.03:
                a = acc + 3 + int(rnd() * 12)
                pause = (a, a + 5 + int(rnd() * 35))  # suspended days, both included
                if pause[1] >= today or a < pausable_from:
                    pause = None
                else:
                    due = g._case_due(
                        kind, level, acc, complex_, very, remote, extensions, leader_days, pause
                    )
        closed = paused_since = None
        if state == "closed_on_time":
            hi = min(due, today)
            closed = max(acc, g._roll_back(acc + 1 + int(rnd() * max(1, hi - acc))))
            closed = min(closed, hi)
        elif state == "closed_late":
            if due >= today:  # cannot be late yet
                state, closed = "closed_on_time", today
            else:
                closed = due + 1 + int(rnd() * min(90, today - due))
                closed = min(today, g._roll_forward(closed))
        elif state == "paused":
            first = max(acc + 1, pausable_from)
            paused_since = min(today, first + int(rnd() * max(1, today - first)))
        if pause is not None and closed is not None and closed <= pause[1] + 1:
            closed = min(today, pause[1] + 2)  # decided after the continuation
        if state == "running":
            board = "due_soon" if g._working_between(today, due) <= 5 else "on_track"
        else:
            board = state
        g.state_counts[board] += 1
        end = closed if closed is not None else today
        long_running = end - recv > 365 or (repeat and rnd() < 0.2)

        # the steps taken so far: (day, step, note, data) for the timeline
        steps: list[tuple[int, str, str, Any]] = []
        decision_number = decision_on = result = legal_effect = enforced = None
        verification = kind in (KN, TC) and (closed is not None or rnd() < 0.6)
        v_from = min(today, g._roll_forward(acc + 2 + int(rnd() * 5)))
        if kind in (KNG, PA):
            steps.append(
                (acc, "assignment", "Giao xử lý, ấn định thời hạn trả lời", self._json_due(due))
            )
        dialogue_on = None
        appealed = False
        if closed is not None:
            u = rnd()
            if kind in (KN, TC) and u < 0.05:
                status = S_WITHDRAWN
                steps.append(
                    (
                        closed,
                        "withdrawal",
                        "Người khiếu nại, tố cáo rút toàn bộ nội dung",
                        self.empty_dict,
                    )
                )
                verification = verification and v_from < closed
            elif kind in (KN, TC) and u < 0.07:
                status = S_TERMINATED
                steps.append(
                    (
                        closed,
                        "termination",
                        "Đình chỉ giải quyết: rút toàn bộ nội dung",
                        self.termination_data,
                    )
                )
                verification = verification and v_from < closed
            elif kind in (KN, TC):
                decision_on = closed
                no = int(rnd() * 4000) + 1
                result = _RESULTS[int(rnd() * 3)]
                verification = True
                if kind == KN:
                    decision_number = f"{no}/QĐ-UBND"
                    effect_rule = "K10" if level == 1 else "K11"
                    legal_effect = due_of(effect_rule, closed, False, False, remote)
                    # a dialogue before every second-level decision and every finding
                    # right or partly right (NĐ 124/2020 Điều 28); otherwise sometimes
                    if level == 2 or result != "sai" or rnd() < 0.4:
                        dialogue_on = max(acc, g._roll_back(closed - 2 - int(rnd() * 8)))
                    step_data = self._json_decision(no, result, level, legal_effect)
                    steps.append((closed, "decision", decision_number, step_data))
                    status = S_DECIDED
                    dispatched = min(today, g._roll_forward(closed + 1 + int(rnd() * 3)))
                    steps.append(
                        (dispatched, "dispatch", "Gửi quyết định giải quyết", self.empty_dict)
                    )
                    if level == 1 and closed + 3 < today and rnd() < 0.3:
                        appealed = True  # a second complaint will follow: no legal effect
                    elif legal_effect <= today:
                        status = S_ENFORCING
                        steps.append(
                            (
                                legal_effect,
                                "legal_effect",
                                "Quyết định có hiệu lực pháp luật",
                                self.empty_dict,
                            )
                        )
                        done_on = legal_effect + 5 + int(rnd() * 55)
                        if done_on <= today and rnd() < 0.75:
                            enforced, status = done_on, S_CLOSED
                            steps.append(
                                (
                                    done_on,
                                    "enforcement_done",
                                    "Hoàn thành thực hiện",
                                    self.empty_dict,
                                )
                            )
                else:
                    authority = "TTr" if case_unit.role == "TTR" else "UBND"
                    decision_number = f"{no}/KL-{authority}"
                    step_data = self._json_conclusion(decision_number, result)
                    steps.append((closed, "conclusion", decision_number, step_data))
                    status = S_DECIDED
                    handled = closed + 3 + int(rnd() * 7)
                    if handled <= today:
                        status = S_ENFORCING
                        steps.append(
                            (handled, "handling", "Xử lý kết luận nội dung tố cáo", self.empty_dict)
                        )
                        done_on = handled + 10 + int(rnd() * 50)
                        if done_on <= today and rnd() < 0.75:
                            enforced, status = done_on, S_CLOSED
                            steps.append(
                                (
                                    done_on,
                                    "enforcement_done",
                                    "Hoàn thành thực hiện",
                                    self.empty_dict,
                                )
                            )
            else:
                status = S_CLOSED
                steps.append((closed, "answer", "Đã trả lời bằng văn bản", self.empty_dict))
        elif paused_since is not None:
            status = S_SUSPENDED
        elif kind == KN:
            u = rnd()
            status = S_DIALOGUE if u < 0.25 else S_VERIFYING if verification else S_ACCEPTED
            if status == S_DIALOGUE:
                verification = True
                dialogue_on = g._roll_forward(today + 3 + int(rnd() * 7))
        elif kind == TC:
            status = S_VERIFYING if verification else S_ACCEPTED
        else:
            status = S_ACCEPTED
        # verification, then (complaints) the dialogue: assigned <= report <= notice <= held,
        # never while suspended, never after the decision
        suspension = pause[0] if pause is not None else paused_since
        last = min(closed if closed is not None else today, today)

        def outside_pause(day: int) -> int:
            """Move a step out of a suspension (and its resumption day), keeping order."""
            if pause is not None and pause[0] <= day <= pause[1] + 1:
                return pause[1] + 2
            if paused_since is not None and day > paused_since:
                return paused_since
            return day

        notice = None
        if dialogue_on is not None:
            dialogue_on = outside_pause(dialogue_on)
            notice = outside_pause(min(max(acc, g._roll_back(dialogue_on - 7)), dialogue_on, today))
        if verification:
            report_on = None
            if closed is not None or notice is not None:
                report_on = min(notice if notice is not None else last, last)
                report_on = max(acc, g._roll_back(report_on - 1 - int(rnd() * 3)))
                report_on = outside_pause(report_on)
            hi = report_on if report_on is not None else last
            if suspension is not None:
                hi = min(hi, suspension)
            v_from = outside_pause(max(acc, min(v_from, hi)))
            steps.append((v_from, "assign_verification", "Giao nhiệm vụ xác minh", self.empty_dict))
            if report_on is not None:
                steps.append(
                    (report_on, "verification_report", "Báo cáo kết quả xác minh", self.empty_dict)
                )
        for i in range(extensions):
            on = outside_pause(min(due_of("D4", acc, complex_, very, remote, i), last))
            steps.append((on, "extension", f"Gia hạn giải quyết lần {i + 1}", self.ext_event))
        if suspension is not None:
            ground = self.pause_grounds[kind][int(rnd() * len(self.pause_grounds[kind]))]
            steps.append((suspension, "suspension", ground[1], ground[2]))
            if pause is not None:
                steps.append((pause[1] + 1, "resumption", "Tiếp tục giải quyết", self.empty_dict))
        return Outcome(
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
        )
