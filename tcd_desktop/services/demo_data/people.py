"""Names, addresses, CCCD numbers and phones of the generated citizens and officials."""

from __future__ import annotations

from typing import Any

from tcd_desktop.services.demo_data import vocab
from tcd_desktop.services.demo_data.codec import uuid7_int
from tcd_desktop.services.demo_data.common import (
    CitizenInfo,
    Rows,
    UnitInfo,
)
from tcd_desktop.services.demo_data.core import GeneratorCore


class PeopleMixin(GeneratorCore):
    """Draws people: officials' names and citizens with their addresses."""

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
                *head,
                unit.desk,
                name,
                self._fold(name),
                None,
                "mst",
                None,
                None,
                address,
                address_f,
                spec.code,
                place,
                self._phone(),
                None,
                True,
                False,
                unit.id,
            )
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
            *head,
            unit.desk,
            name,
            name_f,
            cccd,
            "cccd",
            year,
            "nam" if male else "nữ",
            address,
            address_f,
            spec.code,
            place,
            phone,
            email,
            False,
            confidential,
            unit.id,
        )
        rows["citizens"].append(row)
        return CitizenInfo(row[0], prov, commune, unit.is_remote, name)

    def _phone(self) -> str:
        rnd = self.rng.random
        prefix = vocab.MOBILE_PREFIXES[int(rnd() * len(vocab.MOBILE_PREFIXES))]
        return f"{prefix}{int(rnd() * 10_000_000):07d}"
