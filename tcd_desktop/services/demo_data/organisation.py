"""Reference data: units, desks, users and their roles, the field catalogue."""

from __future__ import annotations

import hashlib
from typing import Any

from argon2 import PasswordHasher
from argon2.low_level import hash_secret

from tcd_desktop.domain.enums import Role
from tcd_desktop.services.demo_data import vocab
from tcd_desktop.services.demo_data.codec import DAY_MS, EPOCH_ORDINAL
from tcd_desktop.services.demo_data.common import (
    _OFFICE_MS,
    SAMPLE_PASSWORD,
    Rows,
    UnitInfo,
)
from tcd_desktop.services.demo_data.people import PeopleMixin


class OrganisationMixin(PeopleMixin):
    """Builds the organisation: units, desks, users and roles, fields."""

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
                        *tracked,
                        code,
                        name,
                        unit.name_folded,
                        level,
                        parent,
                        prov.code,
                        unit.is_remote,
                        None,
                        None,
                    )
                )
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
            "UBND": (
                ("Chủ tịch", 1, (leader,)),
                ("Phó Chủ tịch", 2, (leader,)),
                ("Chuyên viên", 3, (handler,)),
            ),
            "TTR": (
                ("Chánh Thanh tra", 1, (leader, Role.SUPERVISOR.value)),
                ("Thanh tra viên", 4, (handler,)),
                ("Thanh tra viên chính", 1, (handler, Role.SUPERVISOR.value)),
            ),
            "BTCD": (
                ("Trưởng Ban", 1, (leader,)),
                ("Chuyên viên", 4, (receiver,)),
                ("Chuyên viên", 2, (handler,)),
            ),
            "COMMUNE": (
                ("Chủ tịch", 1, (leader,)),
                ("Công chức", 1, (handler, receiver)),
                ("Công chức", 1, (handler,)),
            ),
            "DEPT": (
                ("Giám đốc", 1, (leader,)),
                ("Chuyên viên", 2, (handler,)),
                ("Chuyên viên", 1, (receiver,)),
            ),
        }
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
