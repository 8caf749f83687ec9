"""The row factory: a seeded, deterministic world of units, people, visits, petitions and cases.

Everything is drawn from one ``random.Random(seed)``; the same seed, ``today`` and case
count give the same rows, byte for byte, on every backend. Ids are UUIDv7 built from the
row's own date (``uuid7_at(ms, rng.getrandbits(74))``), so they are time-ordered.

Cases are generated in the order of the day their petition was received. Each case first
gets its kind, level, field and flags, then its dates: acceptance a few days after receipt,
the due date from the domain deadline engine (memoised; K3/K7/D4 with the rule version in
force on the acceptance date, a leader's date "LD" for recommendations and reflections),
and finally an outcome that fits the dates as of ``today`` — closed on time or late, still
running, overdue or suspended. A few cases are *forced* into every combination of petition
kind and deadline state the law allows, so that even a 300-case database shows every board
column.

The cases follow the procedure of :mod:`tcd_desktop.domain.workflow` and the case services:
the same step names on the timeline (verification before a decision, a dialogue before every
second-level decision, extensions for complex denunciations only, suspension of complaints
only from 01/7/2026, the statuses each step leads to), decision results and complexity
criteria from the domain enums, suspended spans stored the way ``services.cases.clock``
reads them, a second complaint linked to a first decision of the same citizen received at
most 30 days before. The tests replay every timeline through the state machine.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from argon2 import PasswordHasher
from argon2.low_level import hash_secret

from tcd_desktop.domain.calendar import WorkingCalendar
from tcd_desktop.domain.deadlines import compute_deadline
from tcd_desktop.domain.enums import CaseStatus, PetitionKind, ReceptionKind, Role
from tcd_desktop.domain.folding import fold
from tcd_desktop.domain.rules import RulePack
from tcd_desktop.domain.workflow import (
    LAW_136_IN_FORCE,
    SUSPENSION_GROUNDS,
    CaseKind,
    ComplexityCriterion,
    DecisionResult,
    ProcessingOutcome,
    SuspensionGround,
    TerminationGround,
)
from tcd_desktop.services.demo_data import vocab
from tcd_desktop.services.demo_data.codec import DAY_MS, EPOCH_ORDINAL, Codec, uuid7_int

Rows = dict[str, list[tuple[Any, ...]]]

KN = PetitionKind.COMPLAINT.value
TC = PetitionKind.DENUNCIATION.value
KNG = PetitionKind.RECOMMENDATION.value
PA = PetitionKind.REFLECTION.value
KINDS = (KN, TC, KNG, PA)
R_REGULAR, R_PERIODIC, R_SUDDEN, R_ONLINE = (k.value for k in ReceptionKind)
S_CLOSED = CaseStatus.CLOSED.value
S_WITHDRAWN = CaseStatus.WITHDRAWN.value
S_TERMINATED = CaseStatus.TERMINATED.value
S_SUSPENDED = CaseStatus.SUSPENDED.value
S_ACCEPTED = CaseStatus.ACCEPTED.value
S_VERIFYING = CaseStatus.VERIFYING.value
S_DIALOGUE = CaseStatus.DIALOGUE.value
S_DECIDED = CaseStatus.DECIDED.value
S_ENFORCING = CaseStatus.ENFORCING.value
P_ACCEPT = ProcessingOutcome.ACCEPT.value
#: Steps a leader signs (the rest are recorded by the officer in charge).
_LEADER_STEPS = frozenset(
    {"accepted", "assignment", "extension", "suspension", "resumption", "decision",
     "conclusion", "withdrawal", "termination", "handling"}
)  # fmt: skip

#: Board states the generator aims at (the words of ``domain.enums.DeadlineState``).
STATES = ("on_track", "due_soon", "overdue", "paused", "closed_on_time", "closed_late")

#: Password of every sample account (the hash is computed once per generation).
SAMPLE_PASSWORD = "dulieumau"

#: Closed cases accepted longer ago than this have no timeline rows (open ones always have
#: one): the timeline is the biggest table, and old closed cases are rarely opened.
TIMELINE_DAYS = 180

#: Days a leader gives for answering a recommendation or reflection (no statutory limit).
LEADER_DAYS = (15, 20, 30)

_OFFICE_MS = (  # office hours in UTC (07:30–11:30 and 13:30–17:00 in Asia/Ho_Chi_Minh)
    (30 * 60_000, 4 * 3_600_000 + 30 * 60_000),
    (6 * 3_600_000 + 30 * 60_000, 10 * 3_600_000),
)
_DOCS = {
    KN: [{"name": "Đơn khiếu nại", "pages": 2, "condition": "original"},
         {"name": "Quyết định bị khiếu nại", "pages": 3, "condition": "copy"}],
    TC: [{"name": "Đơn tố cáo", "pages": 2, "condition": "original"}],
    KNG: [{"name": "Đơn kiến nghị", "pages": 1, "condition": "original"}],
    PA: [{"name": "Đơn phản ánh", "pages": 1, "condition": "original"}],
}  # fmt: skip
#: A visit's line in the register shows the start of the petition's text.
_REGISTER_CHARS = 90
_GUIDANCE = (
    "Hỏi về thủ tục cấp giấy chứng nhận quyền sử dụng đất lần đầu",
    "Hỏi về chế độ trợ cấp xã hội hằng tháng cho người cao tuổi",
    "Hỏi về trình tự khởi kiện vụ án hành chính",
    "Đề nghị hướng dẫn viết đơn khiếu nại đúng quy định",
    "Hỏi về tiến độ giải quyết đơn đã gửi trước đây",
)
#: Petitions that did not become a case: (status, processing outcome) (services/petitions).
_NO_CASE_OUTCOMES = (
    (CaseStatus.GUIDED.value, ProcessingOutcome.GUIDE.value),
    (CaseStatus.TRANSFERRED.value, ProcessingOutcome.TRANSFER.value),
    (CaseStatus.FILED.value, ProcessingOutcome.FILE.value),
    (CaseStatus.RETURNED.value, ProcessingOutcome.RETURN.value),
)
#: Visits for advice only: (outcome, note) (services/intake HandlingAction).
_ADVICE_OUTCOMES = (
    ("guide", "Hướng dẫn công dân đến cơ quan có thẩm quyền"),
    ("explain", "Giải thích, hướng dẫn trực tiếp"),
)
_RESULTS = tuple(r.value for r in DecisionResult)


#: Order of the steps recorded on one day (the timeline is ordered by event id).
_STEP_RANK = {
    name: rank
    for rank, name in enumerate(
        ("assignment", "assign_verification", "verification_report", "dialogue_scheduled",
         "dialogue_held", "extension", "suspension", "resumption", "decision", "conclusion",
         "answer", "withdrawal", "termination", "dispatch", "legal_effect", "handling",
         "enforcement_done")
    )
}  # fmt: skip


def _step_order(step: tuple[Any, ...]) -> tuple[int, int]:
    return step[0], _STEP_RANK[step[1]]

_RUNNING = frozenset({"on_track", "due_soon"})
_RECEIVED_DETAIL = "Nhận đơn, hẹn trả lời bằng văn bản"
_DIALOGUE_HELD = (
    "Các bên thống nhất về diễn biến sự việc",
    "Người khiếu nại chưa đồng ý với mức bồi thường",
    "Đã lập biên bản đối thoại",
)
_DIALOGUE_PLANNED = ("", "", "")


@dataclass(slots=True)
class UnitInfo:
    """A generated unit and what the case factory needs to know about it."""

    id: Any
    code: str
    name: str
    name_folded: str
    level: str
    role: str  # UBND, TTR, BTCD, a department suffix, or COMMUNE
    prov: int
    desk: str
    is_remote: bool = False
    commune: str = ""
    commune_kind: str = ""  # "phường" / "xã"
    leaders: list[Any] = field(default_factory=list)
    handlers: list[Any] = field(default_factory=list)
    receivers: list[Any] = field(default_factory=list)
    leader_name: str = ""
    index: int = 0  # position among the province's communes
    tail: str = ""  # end of an address here: "phường Láng, thành phố Hà Nội"
    tail_f: str = ""  # and its folded form


@dataclass(slots=True)
class CitizenInfo:
    """What later cases need to reuse a citizen (a repeat visitor)."""

    id: Any
    prov: int
    commune: int  # index into the province's commune units
    remote: bool
    name: str
    last_reception: Any = None
    last_petition: Any = None  # id of the citizen's latest petition
    last_kind: str = ""  # and its kind


@dataclass(frozen=True, slots=True)
class ForcedCase:
    """A case placed on purpose so that every kind shows every state."""

    kind: str
    state: str
    level: int = 1
    complex: bool = False
    very_complex: bool = False
    mass: bool = False


class Generator:
    """Builds every generated row; see the module docstring."""

    def __init__(
        self,
        codec: Codec,
        pack: RulePack,
        calendar: WorkingCalendar,
        *,
        seed: int,
        today: dt.date,
        span_years: int = 5,
    ) -> None:
        """Prepare a generator; nothing random happens before :meth:`world`."""
        self.codec = codec
        self.pack = pack
        self.calendar = calendar
        self.rng = random.Random(seed)
        self._bits = self.rng.getrandbits
        self._ts = codec.ts
        self._uid = codec.uid
        self.seed = seed
        self.today = today
        self.today_ord = today.toordinal()
        self.first_ord = dt.date(today.year - span_years, today.month, 1).toordinal()
        calendar.preload(today.year - span_years - 1, today.year + 2)
        self.units: list[UnitInfo] = []
        self.by_prov: list[dict[str, Any]] = []
        self.counters: dict[tuple[str, str, int], int] = {}
        self._due_memo: dict[tuple[Any, ...], int] = {}
        self._rule_memo: dict[tuple[str, int], Any] = {}
        self._work_memo: dict[int, bool] = {}
        self._fold_memo: dict[str, str] = {}
        self._cccd_seen: set[str] = set()
        self.state_counts: dict[str, int] = dict.fromkeys(STATES, 0)

    # ------------------------------------------------------------------ helpers
    def _fold(self, text: str) -> str:
        value = self._fold_memo.get(text)
        if value is None:
            value = self._fold_memo[text] = fold(text)
        return value

    def _tracked(
        self, ms: int, desk: str, by: Any = None, updated_ms: int | None = None
    ) -> tuple[Any, ...]:
        """The ``Tracked`` columns of a row created at ``ms`` (and last changed at ``updated_ms``)."""
        ts = self._ts
        created = ts(ms)
        updated = created if updated_ms is None or updated_ms == ms else ts(updated_ms)
        return (self._uid(uuid7_int(ms, self._bits(74))), created, updated, by, desk)

    def _next_number(self, desk: str, kind: str, year: int) -> str:
        key = (desk, kind, year)
        value = self.counters.get(key, 0) + 1
        self.counters[key] = value
        return f"{desk}-{year}-{value:06d}"

    def _is_working(self, ordinal: int) -> bool:
        value = self._work_memo.get(ordinal)
        if value is None:
            value = self._work_memo[ordinal] = self.calendar.is_working_day(
                dt.date.fromordinal(ordinal)
            )
        return value

    def _roll_forward(self, ordinal: int) -> int:
        while not self._is_working(ordinal):
            ordinal += 1
        return ordinal

    def _roll_back(self, ordinal: int) -> int:
        while not self._is_working(ordinal):
            ordinal -= 1
        return ordinal

    def _rule(self, rule_id: str, ordinal: int) -> Any:
        key = (rule_id, ordinal)
        rule = self._rule_memo.get(key)
        if rule is None:
            rule = self._rule_memo[key] = self.pack.get(rule_id, dt.date.fromordinal(ordinal))
        return rule

    def due(
        self,
        rule_id: str,
        start: int,
        complex: bool = False,
        very_complex: bool = False,
        remote: bool = False,
        extensions: int = 0,
        pause: tuple[int, int] | None = None,
    ) -> int:
        """Due date (ordinal) of ``rule_id`` started on ``start``, memoised.

        Flags that cannot change the result are dropped from the memo key: without variants
        only the number of extensions counts, with variants "very complex" is "complex".
        """
        rule = self._rule(rule_id, start)
        if rule.variants:
            complex, very_complex = complex or very_complex, False
        else:
            complex, very_complex, remote = extensions >= 1, extensions >= 2, False
        key = (rule_id, start, complex, very_complex, remote, extensions, pause)
        value = self._due_memo.get(key)
        if value is None:
            spans = ()
            if pause is not None:
                spans = ((dt.date.fromordinal(pause[0]), dt.date.fromordinal(pause[1])),)
            deadline = compute_deadline(
                rule,
                dt.date.fromordinal(start),
                self.calendar,
                complex=complex,
                very_complex=very_complex,
                remote=remote,
                extensions=extensions,
                paused=spans,
            )
            value = self._due_memo[key] = deadline.due.toordinal()
        return value

    # ------------------------------------------------------------------ reference data
    def world(self) -> Rows:
        """Units, users and roles, desks and the field catalogue."""
        rng = self.rng
        base_ms = (self.first_ord - 400 - EPOCH_ORDINAL) * DAY_MS + _OFFICE_MS[0][0]
        rows: Rows = {k: [] for k in ("units", "users", "user_roles", "desks", "field_categories")}

        for code, name, parent in vocab.FIELDS:
            rows["field_categories"].append((*self._tracked(base_ms, ""), code, name, parent))

        for p_idx, prov in enumerate(vocab.PROVINCES):
            desk_no = 0

            def add_unit(
                role: str,
                code: str,
                name: str,
                level: str,
                parent: Any,
                *,
                prov: vocab.ProvinceSpec = prov,
                p_idx: int = p_idx,
                **extra: Any,
            ) -> UnitInfo:
                nonlocal desk_no
                desk_no += 1
                desk = f"{prov.abbr}-{desk_no:02d}"
                ms = base_ms + len(self.units) * 1000
                tracked = self._tracked(ms, "")
                unit = UnitInfo(
                    tracked[0], code, name, self._fold(name), level, role, p_idx, desk, **extra
                )
                self.units.append(unit)
                rows["units"].append(
                    (
                        *tracked, code, name, unit.name_folded, level, parent,
                        prov.code, unit.is_remote, None, None,
                    )
                )  # fmt: skip
                rows["desks"].append(
                    (*self._tracked(ms, desk), desk, f"Bàn tiếp công dân — {name}", unit.id)
                )
                return unit

            bodies: dict[str, UnitInfo] = {}
            top: Any = None
            for suffix, pattern, level in vocab.PROVINCE_BODIES:
                unit = add_unit(
                    suffix,
                    f"{prov.abbr}.{suffix}",
                    pattern.format(pl=prov.full_name),
                    level,
                    top,
                )
                if suffix == "UBND":
                    top = unit.id
                bodies[suffix] = unit
            communes: list[UnitInfo] = []
            places = [("phường", w) for w in prov.wards] + [("xã", c) for c in prov.communes]
            for n, (kind_word, place) in enumerate(places, start=1):
                unit = add_unit(
                    "COMMUNE",
                    f"{prov.abbr}.X{n:02d}",
                    f"Ủy ban nhân dân {kind_word} {place}",
                    "commune",
                    top,
                    is_remote=place in prov.remote,
                    commune=place,
                    commune_kind=kind_word,
                    index=n - 1,
                    tail=f"{kind_word} {place}, {prov.full_name}",
                    tail_f=self._fold(f"{kind_word} {place}, {prov.full_name}"),
                )
                communes.append(unit)
            self.by_prov.append({"bodies": bodies, "communes": communes, "spec": prov})

        hasher = PasswordHasher()
        salt = hashlib.sha256(f"tcd-demo-{self.seed}".encode()).digest()[: hasher.salt_len]
        password_hash = hash_secret(
            SAMPLE_PASSWORD.encode(),
            salt,
            time_cost=hasher.time_cost,
            memory_cost=hasher.memory_cost,
            parallelism=hasher.parallelism,
            hash_len=hasher.hash_len,
            type=hasher.type,
        ).decode()
        usernames: set[str] = set()

        def add_user(unit: UnitInfo | None, title: str, roles: tuple[str, ...]) -> Any:
            name = self._person_name(rng.random() < 0.55)
            words = self._fold(name).split()
            base = words[-1] + "".join(w[0] for w in words[:-1])
            base = f"{base}.{unit.code.lower()}" if unit else f"{base}.mau"
            login, n = base, 1
            while login in usernames:
                n += 1
                login = f"{base}{n}"
            usernames.add(login)
            ms = base_ms + DAY_MS + len(usernames) * 1000
            desk = unit.desk if unit else ""
            tracked = self._tracked(ms, desk)
            uid = tracked[0]
            unit_id = unit.id if unit else None
            rows["users"].append(
                (*tracked, login, name, title, unit_id, password_hash, True, 0, None)
            )
            for role in roles:
                rows["user_roles"].append((*self._tracked(ms, desk), uid, role, unit_id))
            if unit is not None and Role.LEADER.value in roles and not unit.leader_name:
                unit.leader_name = f"{title} {name}"
            return uid

        leader, handler, receiver = (
            Role.LEADER.value,
            Role.HANDLING_OFFICER.value,
            Role.RECEPTION_OFFICER.value,
        )
        add_user(None, "Quản trị hệ thống", (Role.ADMINISTRATOR.value,))
        staff = {
            "UBND": (("Chủ tịch", 1, (leader,)), ("Phó Chủ tịch", 2, (leader,)),
                     ("Chuyên viên", 3, (handler,))),
            "TTR": (("Chánh Thanh tra", 1, (leader, Role.SUPERVISOR.value)),
                    ("Thanh tra viên", 4, (handler,)),
                    ("Thanh tra viên chính", 1, (handler, Role.SUPERVISOR.value))),
            "BTCD": (("Trưởng Ban", 1, (leader,)), ("Chuyên viên", 4, (receiver,)),
                     ("Chuyên viên", 2, (handler,))),
            "COMMUNE": (("Chủ tịch", 1, (leader,)), ("Công chức", 1, (handler, receiver)),
                        ("Công chức", 1, (handler,))),
            "DEPT": (("Giám đốc", 1, (leader,)), ("Chuyên viên", 2, (handler,)),
                     ("Chuyên viên", 1, (receiver,))),
        }  # fmt: skip
        for unit in self.units:
            plan = staff.get(unit.role, staff["DEPT"])
            for title, count, roles in plan:
                for _ in range(count):
                    uid = add_user(unit, title, roles)
                    if leader in roles:
                        unit.leaders.append(uid)
                    if handler in roles:
                        unit.handlers.append(uid)
                    if receiver in roles:
                        unit.receivers.append(uid)
            if not unit.receivers:
                unit.receivers = unit.handlers
        return rows

    # ------------------------------------------------------------------ people
    def _build_name_tables(self) -> None:
        def expand(pairs: tuple[tuple[str, int], ...]) -> list[tuple[str, str]]:
            out: list[tuple[str, str]] = []
            for word, weight in pairs:
                out.extend([(word, self._fold(word))] * weight)
            return out

        self._surnames = expand(vocab.SURNAMES)
        self._mid_m = expand(vocab.MIDDLE_MALE)
        self._mid_f = expand(vocab.MIDDLE_FEMALE)
        self._given_m = [(w, self._fold(w)) for w in vocab.GIVEN_MALE]
        self._given_f = [(w, self._fold(w)) for w in vocab.GIVEN_FEMALE]
        self._streets = [(w, self._fold(w)) for w in vocab.STREETS]
        self._hamlets = [(w, self._fold(w)) for w in vocab.HAMLETS]
        self._titles = [(w, self._fold(w)) for w in vocab.OFFICIAL_TITLES]

    def _person_name(self, male: bool) -> str:
        if not hasattr(self, "_surnames"):
            self._build_name_tables()
        rnd = self.rng.random
        s = self._surnames[int(rnd() * len(self._surnames))][0]
        mids, givens = (self._mid_m, self._given_m) if male else (self._mid_f, self._given_f)
        return f"{s} {mids[int(rnd() * len(mids))][0]} {givens[int(rnd() * len(givens))][0]}"

    def _name_pair(self, male: bool) -> tuple[str, str]:
        rnd = self.rng.random
        s, sf = self._surnames[int(rnd() * len(self._surnames))]
        mids, givens = (self._mid_m, self._given_m) if male else (self._mid_f, self._given_f)
        m, mf = mids[int(rnd() * len(mids))]
        g, gf = givens[int(rnd() * len(givens))]
        return f"{s} {m} {g}", f"{sf} {mf} {gf}"

    def _new_citizen(
        self, rows: Rows, ms: int, prov: int, commune: int, *, confidential: bool, at: Any = None
    ) -> CitizenInfo:
        """Create one citizen living in ``commune`` of ``prov`` and append its row.

        ``at`` is the already-encoded timestamp of ``ms`` (computed once per case).
        """
        if at is None:
            at = self._ts(ms)
        head = (self._uid(uuid7_int(ms, self._bits(74))), at, at, None)
        rnd = self.rng.random
        spec: vocab.ProvinceSpec = self.by_prov[prov]["spec"]
        unit: UnitInfo = self.by_prov[prov]["communes"][commune]
        place = unit.commune
        if unit.commune_kind == "phường":
            st, st_f = self._streets[int(rnd() * len(self._streets))]
            no = int(rnd() * 300) + 1
            address = f"Số {no}, đường {st}, {unit.tail}"
            address_f = f"so {no}, duong {st_f}, {unit.tail_f}"
        else:
            ham, ham_f = self._hamlets[int(rnd() * len(self._hamlets))]
            address = f"{ham}, {unit.tail}"
            address_f = f"{ham_f}, {unit.tail_f}"
        if not confidential and rnd() < 0.01:
            kind = vocab.COMPANY_KINDS[int(rnd() * len(vocab.COMPANY_KINDS))]
            cname = vocab.COMPANY_NAMES[int(rnd() * len(vocab.COMPANY_NAMES))]
            name = f"{kind} {cname}"
            row = (
                *head, unit.desk, name, self._fold(name), None, "mst", None, None,
                address, address_f, spec.code, place, self._phone(), None, True, False, unit.id,
            )  # fmt: skip
            rows["citizens"].append(row)
            return CitizenInfo(row[0], prov, commune, unit.is_remote, name)
        male = rnd() < 0.52
        name, name_f = self._name_pair(male)
        year = self.today.year - 18 - int(rnd() * 62)
        sex_digit = (0 if male else 1) + (2 if year >= 2000 else 0)
        origin = spec.cccd if rnd() < 0.85 else vocab.OTHER_CCCD[int(rnd() * len(vocab.OTHER_CCCD))]
        while True:
            cccd = f"{origin}{sex_digit}{year % 100:02d}{int(rnd() * 1_000_000):06d}"
            if cccd not in self._cccd_seen:
                self._cccd_seen.add(cccd)
                break
        phone = self._phone() if rnd() < 0.85 else None
        email = None
        if rnd() < 0.08:
            email = f"{name_f.split()[-1]}{name_f.split()[0]}{year % 100:02d}@gmail.com"
        row = (
            *head, unit.desk, name, name_f, cccd, "cccd", year,
            "nam" if male else "nữ", address, address_f, spec.code, place, phone, email, False,
            confidential, unit.id,
        )  # fmt: skip
        rows["citizens"].append(row)
        return CitizenInfo(row[0], prov, commune, unit.is_remote, name)

    def _phone(self) -> str:
        rnd = self.rng.random
        prefix = vocab.MOBILE_PREFIXES[int(rnd() * len(vocab.MOBILE_PREFIXES))]
        return f"{prefix}{int(rnd() * 10_000_000):07d}"

    # ------------------------------------------------------------------ the plan
    def _day_ms(self, ordinal: int) -> int:
        """A random office-hours instant on ``ordinal`` (Unix ms, UTC)."""
        lo, hi = _OFFICE_MS[0] if self.rng.random() < 0.55 else _OFFICE_MS[1]
        return (ordinal - EPOCH_ORDINAL) * DAY_MS + lo + int(self.rng.random() * (hi - lo))

    def _plan(self, n: int) -> tuple[list[int], dict[int, ForcedCase]]:
        """Receipt instants of ``n`` cases (sorted) and the forced cases among them."""
        rng = self.rng
        days = [d for d in range(self.first_ord, self.today_ord + 1) if self._is_working(d)]
        recent = [d for d in days if d > self.today_ord - 75]
        forced: list[ForcedCase] = []
        extras = (
            ForcedCase(KN, "on_track", level=2),
            ForcedCase(KN, "closed_on_time", level=2, complex=True),
            ForcedCase(KN, "overdue", complex=True),
            ForcedCase(TC, "closed_on_time", complex=True, very_complex=True),
            ForcedCase(KN, "closed_late", mass=True),
        )
        kn_pausable = self.today_ord > LAW_136_IN_FORCE.toordinal() + 25
        for state in STATES:
            for kind in KINDS:
                if state == "paused" and (kind in (KNG, PA) or (kind == KN and not kn_pausable)):
                    continue  # no suspension in law for these (domain/workflow.py)
                forced.append(ForcedCase(kind, state))
        forced.extend(extras)
        forced = forced[: max(0, min(len(forced), n // 6))] if n < 6 * len(forced) else forced
        times: list[int] = []
        n_normal = n - len(forced)
        rnd = rng.random
        n_days, n_recent = len(days), len(recent)
        for _ in range(n_normal):
            d = recent[int(rnd() * n_recent)] if rnd() < 0.12 else days[int(rnd() * n_days)]
            times.append(self._day_ms(d))
        placed: dict[int, ForcedCase] = {}
        for spec in forced:
            acc = self._forced_acceptance(spec)
            recv = self._roll_back(acc - 1)
            ms = self._day_ms(recv)
            while ms in placed:
                ms += 1
            placed[ms] = spec
            times.append(ms)
        times.sort()
        return times, placed

    def _rule_for(self, kind: str, level: int) -> str | None:
        if kind == KN:
            return "K7" if level == 2 else "K3"
        if kind == TC:
            return "D4"
        return None

    def _case_due(
        self,
        kind: str,
        level: int,
        acc: int,
        complex: bool,
        very_complex: bool,
        remote: bool,
        extensions: int,
        leader_days: int,
        pause: tuple[int, int] | None = None,
    ) -> int:
        rule_id = self._rule_for(kind, level)
        if rule_id is None:
            end = acc + leader_days
            if pause is not None:
                end += pause[1] - pause[0] + 1
            return self._roll_forward(end)
        return self.due(rule_id, acc, complex, very_complex, remote, extensions, pause)

    def _forced_acceptance(self, spec: ForcedCase) -> int:
        """An acceptance date that puts ``spec`` in its target state as of today."""
        t = self.today_ord
        if spec.state == "on_track":
            return self._roll_back(t - 2)
        if spec.state == "due_soon":
            for back in range(0, 120):
                acc = t - back
                if not self._is_working(acc):
                    continue
                due = self._case_due(
                    spec.kind, spec.level, acc, spec.complex, spec.very_complex, False, 0, 15
                )
                if t <= due and self._working_between(t, due) <= 3:
                    return acc
            raise RuntimeError("no acceptance date gives a due-soon case")  # pragma: no cover
        if spec.state == "paused":
            return self._roll_back(t - 20)
        if spec.state == "overdue":
            return self._roll_back(t - 200)
        return self._roll_back(t - 400 - 30 * KINDS.index(spec.kind))

    def _working_between(self, a: int, b: int) -> int:
        return self.calendar.working_days_between(dt.date.fromordinal(a), dt.date.fromordinal(b))

    # ------------------------------------------------------------------ cases
    def chains(self, n: int, chunk: int) -> Iterator[Rows]:
        """Yield the rows of ``n`` cases (with their petitions, visits, citizens), by chunk."""
        if not hasattr(self, "_surnames"):
            self._build_name_tables()
        times, forced = self._plan(n)
        builder = _ChainBuilder(self)
        for start in range(0, len(times), chunk):
            rows: Rows = {
                k: []
                for k in (
                    "citizens", "receptions", "reception_participants", "petitions", "cases",
                    "case_events", "case_pauses", "dialogues",
                )
            }  # fmt: skip
            for ms in times[start : start + chunk]:
                builder.build(rows, ms, forced.get(ms))
            yield rows

    def number_series(self) -> list[tuple[Any, ...]]:
        """One row per (desk, kind, year) with the last number the sample used."""
        out = []
        for (desk, kind, year), last in sorted(self.counters.items()):
            ms = (dt.date(year, 12, 31).toordinal() - EPOCH_ORDINAL) * DAY_MS
            ms = min(ms, (self.today_ord - EPOCH_ORDINAL) * DAY_MS + _OFFICE_MS[1][1])
            out.append((*self._tracked(ms, desk), desk, kind, year, last))
        return out


class _ChainBuilder:
    """Builds one case and everything that led to it (kept apart to keep locals fast)."""

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
        if not self.codec.sqlite:
            return [citizen, leader]
        quoted = self.quoted
        a = quoted.get(citizen) or quoted.setdefault(citizen, json.dumps(citizen))
        b = quoted.get(leader) or quoted.setdefault(leader, json.dumps(leader))
        return f"[{a}, {b}]"

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
        return {"number": f"{no}/QĐ-UBND", "result": result, "level": level,
                "legal_effect_on": self.iso[effect]}  # fmt: skip

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

    # ---------------------------------------------------------------- one case
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
            "so": str(int(rnd() * 3500) + 1), "ngay": self.vn_date[when],
            "thua": str(int(rnd() * 900) + 1), "to": str(int(rnd() * 60) + 1),
            "dt": str(int(rnd() * 480) + 20), "tien": money,
            "nam": str(w_year - int(rnd() * 20)), "thang": self.vn_date[when][3:5].lstrip("0"),
        }  # fmt: skip
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
                R_REGULAR if r_kind < 0.85
                else R_PERIODIC if r_kind < 0.95
                else R_SUDDEN if r_kind < 0.98
                else R_ONLINE
            )  # fmt: skip
            leader = recv_unit.leaders[0] if rk == R_PERIODIC and recv_unit.leaders else None
            reception_id = uid(uuid7_int(ms, bits(74)))
            rows["receptions"].append(
                (
                    reception_id, c_ts, c_ts, officer, desk,
                    g._next_number(desk, "reception", year), recv_unit.id, c_ts, recv_day, rk,
                    officer, leader, citizen.id, headcount, mass, mass and rnd() < 0.85, line,
                    line_f, field_code, "forward", _RECEIVED_DETAIL, day[due_of("T1", recv)],
                    citizen.last_reception if repeat else None,
                )
            )  # fmt: skip
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
                    (uid(uuid7_int(ms, bits(74))), c_ts, c_ts, officer, desk,
                     reception_id, helper.id, role, proof)
                )  # fmt: skip
            channel = "in_person"
        else:
            u = rnd()
            channel = "post" if u < 0.6 else "online" if u < 0.85 else "forwarded"

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
                    "closed_on_time" if u < 0.83
                    else "closed_late" if u < 0.93
                    else "overdue" if u < 0.985
                    else "paused"
                )  # fmt: skip
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
            steps.append((acc, "assignment", "Giao xử lý, ấn định thời hạn trả lời",
                          self._json_due(due)))  # fmt: skip
        dialogue_on = None
        appealed = False
        if closed is not None:
            u = rnd()
            if kind in (KN, TC) and u < 0.05:
                status = S_WITHDRAWN
                steps.append((closed, "withdrawal", "Người khiếu nại, tố cáo rút toàn bộ nội dung",
                              self.empty_dict))  # fmt: skip
                verification = verification and v_from < closed
            elif kind in (KN, TC) and u < 0.07:
                status = S_TERMINATED
                steps.append((closed, "termination", "Đình chỉ giải quyết: rút toàn bộ nội dung",
                              self.termination_data))  # fmt: skip
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
                    if level == 2 or rnd() < 0.4:
                        dialogue_on = max(acc, g._roll_back(closed - 2 - int(rnd() * 8)))
                    step_data = self._json_decision(no, result, level, legal_effect)
                    steps.append((closed, "decision", decision_number, step_data))
                    status = S_DECIDED
                    dispatched = min(today, g._roll_forward(closed + 1 + int(rnd() * 3)))
                    steps.append((dispatched, "dispatch", "Gửi quyết định giải quyết", self.empty_dict))
                    if level == 1 and closed + 3 < today and rnd() < 0.3:
                        appealed = True  # a second complaint will follow: no legal effect
                    elif legal_effect <= today:
                        status = S_ENFORCING
                        steps.append((legal_effect, "legal_effect", "Quyết định có hiệu lực pháp luật",
                                       self.empty_dict))  # fmt: skip
                        done_on = legal_effect + 5 + int(rnd() * 55)
                        if done_on <= today and rnd() < 0.75:
                            enforced, status = done_on, S_CLOSED
                            steps.append((done_on, "enforcement_done", "Hoàn thành thực hiện",
                                          self.empty_dict))  # fmt: skip
                else:
                    authority = "TTr" if case_unit.role == "TTR" else "UBND"
                    decision_number = f"{no}/KL-{authority}"
                    step_data = self._json_conclusion(decision_number, result)
                    steps.append((closed, "conclusion", decision_number, step_data))
                    status = S_DECIDED
                    handled = closed + 3 + int(rnd() * 7)
                    if handled <= today:
                        status = S_ENFORCING
                        steps.append((handled, "handling", "Xử lý kết luận nội dung tố cáo",
                                      self.empty_dict))  # fmt: skip
                        done_on = handled + 10 + int(rnd() * 50)
                        if done_on <= today and rnd() < 0.75:
                            enforced, status = done_on, S_CLOSED
                            steps.append((done_on, "enforcement_done", "Hoàn thành thực hiện",
                                          self.empty_dict))  # fmt: skip
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
                steps.append((report_on, "verification_report", "Báo cáo kết quả xác minh",
                              self.empty_dict))  # fmt: skip
        for i in range(extensions):
            on = outside_pause(min(due_of("D4", acc, complex_, very, remote, i), last))
            steps.append((on, "extension", f"Gia hạn giải quyết lần {i + 1}", self.ext_event))
        if suspension is not None:
            ground = self.pause_grounds[kind][int(rnd() * len(self.pause_grounds[kind]))]
            steps.append((suspension, "suspension", ground[1], ground[2]))
            if pause is not None:
                steps.append((pause[1] + 1, "resumption", "Tiếp tục giải quyết", self.empty_dict))

        # petition, then the case
        a_ms = (acc - EPOCH_ORDINAL) * DAY_MS + tod + 120_000
        a_ts = ts(a_ms)
        petition_id = uid(uuid7_int(ms, bits(74)))
        prior = self.empty_list
        if parent is not None:
            prior = codec.js(
                [{"body": case_unit.name, "decision_number": parent[4],
                  "decided_on": dt.date.fromordinal(parent[5]).isoformat(), "result": ""}]
            )  # fmt: skip
        rows["petitions"].append(
            (
                petition_id, c_ts, a_ts, officer, desk,
                g._next_number(desk, "petition", year), recv_unit.id, reception_id, citizen.id,
                recv_day, channel, kind, field_code, summary, summary_f, respondent,
                respondent_f, prior, self.docs[kind], headcount, False, rnd() < 0.05,
                duplicate_of, S_ACCEPTED, P_ACCEPT, day[due_of("T2", recv)], day[acc],
            )
        )  # fmt: skip
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
        grounds = self.grounds[very][int(rnd() * len(self.grounds[very]))] if complex_ else self.empty_list
        acc_day = day[acc]
        rows["cases"].append(
            (
                case_id, a_ts, e_ts, assignee, c_desk, code, petition_id,
                case_unit.id, citizen.id, parent[0] if parent is not None else None, kind, level,
                field_code, summary, status, complex_, very, grounds, remote, mass, repeat,
                long_running, assignee, recv_day, acc_day, acc_day, rule_id,
                day[due], extensions, self.ext_json[extensions], paused_since is not None,
                day[paused_since], day[closed], decision_number, day[decision_on], result,
                day[legal_effect], day[enforced],
            )
        )  # fmt: skip
        if parent is not None and parent[6]:  # the first case's timeline: second complaint
            p_ms = (acc - EPOCH_ORDINAL) * DAY_MS + tod + 150_000
            at = ts(p_ms)
            rows["case_events"].append(
                (uid(uuid7_int(p_ms, bits(74))), at, at, assignee, c_desk, parent[0],
                 "second_complaint", acc_day, assignee, f"Khiếu nại lần hai: {code}", None,
                 codec.js({"child_case_id": codec.uuid_text(case_id),
                           "child_code": code, "received_on": dt.date.fromordinal(recv).isoformat()}))
            )  # fmt: skip

        # suspensions
        if suspension is not None:
            s_ms = (suspension - EPOCH_ORDINAL) * DAY_MS + tod
            at = ts(s_ms)
            resumed = pause[1] + 1 if pause is not None else None
            rows["case_pauses"].append(
                (uid(uuid7_int(s_ms, bits(74))), at, at, leader, c_desk, case_id,
                 day[suspension], day[resumed], steps[-1 if pause is None else -2][2])
            )  # fmt: skip

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
                    uid(uuid7_int(n_ms, bits(74))), at, at, assignee, c_desk, case_id,
                    ts(at_ms), place, day[notice], case_unit.leader_name,
                    self._participants(citizen.name, case_unit.leader_name), self.empty_list,
                    *(_DIALOGUE_HELD if held else _DIALOGUE_PLANNED), held, None,
                )
            )  # fmt: skip
            steps.append((notice, "dialogue_scheduled", "Thông báo đối thoại", self.empty_dict))
            if held:
                steps.append((dialogue_on, "dialogue_held", "Tổ chức đối thoại", self.empty_dict))

        # timeline (kept for open cases and those accepted recently; see TIMELINE_DAYS)
        if timeline:
            events = rows["case_events"]
            events.append(
                (uid(uuid7_int(a_ms, bits(74))), a_ts, a_ts, leader, c_desk, case_id, "accepted",
                 acc_day, leader, "Thụ lý giải quyết", None, self.empty_dict)
            )  # fmt: skip
            steps.sort(key=_step_order)
            for i, (on, step, note, data) in enumerate(steps, start=1):
                e_ms = (on - EPOCH_ORDINAL) * DAY_MS + tod + 240_000 + i * 1000
                at = ts(e_ms)
                actor = leader if step in _LEADER_STEPS else assignee
                events.append(
                    (uid(uuid7_int(e_ms, bits(74))), at, at, actor, c_desk, case_id, step,
                     day[on], actor, note, None, data)
                )  # fmt: skip

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
                        uid(uuid7_int(x_ms, bits(74))), at, at, officer, desk,
                        g._next_number(desk, "petition", year), recv_unit.id, None, other.id,
                        recv_day, "post", (KNG, PA)[int(rnd() * 2)], None, text, text_f, "", "",
                        self.empty_list, self.empty_list, 1, False, False, None, status,
                        outcome, day[due_of("T2", recv)],
                        day[g._roll_forward(recv + 1 + int(rnd() * 8))],
                    )
                )  # fmt: skip
            else:
                advice, advice_note = _ADVICE_OUTCOMES[int(rnd() * 2)]
                visit_id = uid(uuid7_int(x_ms, bits(74)))
                rows["receptions"].append(
                    (
                        visit_id, at, at, officer, desk,
                        g._next_number(desk, "reception", year), recv_unit.id, at, recv_day,
                        R_REGULAR, officer, None, other.id, 1, False, False, text, text_f, None,
                        advice, advice_note, None, other.last_reception,
                    )
                )  # fmt: skip
                other.last_reception = visit_id
