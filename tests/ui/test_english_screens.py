"""The application in English: every screen but the login's reads in English.

The main window is started once for the module on the sample office with the interface in
English (the source texts, as ``--lang en`` shows them) and walked: the desk's screens
(reception with a returning citizen, the repeat warning, the refusal grounds and a form
that fails to save; the register; Xử lý đơn with its acceptance and outcome dialogs, the
complaint's acceptance and each outcome also refused by the service), the
board, schedule, overview, reports and backup pages, the menus, the settings, about and help
windows, the case window on one case of each kind with every tab, and every step dialog the
case offers. No text a user reads there (labels, buttons, tabs, combo items, placeholders,
table cells, headers and tooltips) may be Vietnamese, except what is not interface, listed
explicitly: the office's data (names, addresses, units, summaries, notes: every text stored
in the database), the law's own texts the screens quote (the rule pack's steps and
citations, the official form names, the refusal grounds' citations), the rating pack's
grades, the services' uncoded messages (the schedule's warnings, the rating's reasons:
``walk.service_texts``) and proper names (the province list). The desk services' validation
errors and refusals are coded and checked like any label (tcd_desktop/ui/desk_messages.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from tcd_desktop.config.resources import resource_path
from tcd_desktop.documents.versions import catalogue
from tcd_desktop.domain.places import PROVINCES
from tcd_desktop.services.dashboard.rating import RATING_FILE
from tcd_desktop.services.reception.grounds import REFUSAL_GROUNDS
from tcd_desktop.services.reception.repeats import REASONS
from tcd_desktop.services.register.phrases import PHRASES, TEMPLATES
from tcd_desktop.services.rulebook import RULE_PACK_FILE
from tcd_desktop.services.schedule.core import QUOTA_RULES
from tcd_desktop.ui import desk_labels
from tests.ui.desk_fixtures import copy_database
from tests.ui.desk_walk import DESK_HOOKS, seed
from tests.ui.screen_walk import (
    DESK_WALKS,
    WALKS,
    Walk,
    database_strings,
    english,
    walk_case_windows,
    walk_main_window,
)

VIETNAMESE = re.compile(
    "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", re.I
)
#: Proper names: a language's own name, official number symbols (125/QĐ-UBND).
PROPER = re.compile(r"Tiếng Việt|\b[A-ZĐ]+(?:-[A-ZĐ]+)+\b")
SCREENS = ("board", "schedule", "dashboard", "reports", "backup", "settings", "about", "help")
DESK_SCREENS = (
    "reception",
    "reception-repeat",
    "reception-refusal",
    "reception-errors",
    "reception-errors-citizen",
    "register",
    "petitions",
    "petitions-accept-khieu_nai",
    "petitions-accept-khieu_nai-error",
    "petitions-accept-to_cao",
    "petitions-chuyen_don-error",
    "petitions-huong_dan-error",
    "petitions-tra_lai-error",
    "petitions-luu_don-error",
    "petitions-yeu_cau_cap_duoi-error",
)
#: What the walk must meet in English where the desk shows a service's message: the
#: reception form's failed save (under the fields and in the banner) and a refused outcome.
SERVICE_MESSAGES_SHOWN = {
    "reception-errors": (
        "The prefix 012 is not valid",
        "A CCCD number has 12 digits (or an old CMND 9 digits); 5 digit(s) entered",
        "No summary of the content entered.",
        "item(s) of the form are not valid:",
    ),
    "petitions-accept-khieu_nai-error": (
        "A finding that a case is complex needs a document stating its grounds",
    ),
    "petitions-chuyen_don-error": ("Enter the competent body receiving the transferred petition.",),
    "petitions-huong_dan-error": ("Enter the competent body to guide the citizen to.",),
    "petitions-tra_lai-error": ("State the reason for returning the petition.",),
    "petitions-luu_don-error": (
        "Choose the ground for filing under Article 28 of Circular 05/2021/TT-TTCP.",
    ),
    "petitions-yeu_cau_cap_duoi-error": ("Enter the competent lower-level body.",),
}


def _strings(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set().union(set(), *(_strings(v) for v in value.values()))
    if isinstance(value, list):
        return set().union(set(), *(_strings(v) for v in value))
    return set()


def legal_texts() -> set[str]:
    """The law's texts the screens quote as they are: rule steps and citations, form names."""
    rules = json.loads(Path(resource_path(*RULE_PACK_FILE)).read_text(encoding="utf-8"))
    found = _strings(rules)
    found |= {v.name_vi for versions in catalogue().values() for v in versions}
    found |= {rule.citation for rule in QUOTA_RULES}
    rating = json.loads(Path(resource_path(*RATING_FILE)).read_text(encoding="utf-8"))
    found |= _strings(rating)
    found |= {ground.citation for ground in REFUSAL_GROUNDS}
    return {text for text in found if len(text) > 3}


def proper_names() -> set[str]:
    """Names the same in every language: the provinces."""
    return {name for _code, name in PROVINCES}


def untranslated(texts: list[str], exempt: list[str]) -> list[str]:
    """The texts still carrying Vietnamese once the exempt texts are taken out (only exempt
    texts with Vietnamese letters can take Vietnamese out)."""
    whole = set(exempt)
    exempt = [known for known in exempt if VIETNAMESE.search(known)]
    left = []
    for text in dict.fromkeys(texts):
        if not VIETNAMESE.search(text) or text in whole:
            continue
        rest = text
        for known in exempt:
            if known in rest:
                rest = rest.replace(known, "")
        rest = PROPER.sub("", rest)
        if VIETNAMESE.search(rest):
            left.append(text)
    return left


def test_the_detector_finds_an_untranslated_label() -> None:
    assert untranslated(["Đã tiếp nhận", "Received"], []) == ["Đã tiếp nhận"]
    assert untranslated(["Signed in: Lê Văn Lãnh"], ["Lê Văn Lãnh"]) == []
    assert untranslated(["e.g. 125/QĐ-UBND", "Tiếng Việt"], []) == []


@pytest.fixture(scope="module")
def walked(
    qapp: QApplication, sample_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Walk, list[str]]]:
    """One walk of every screen in English on one copy of the sample office, and the texts
    exempt from the check (longest first). The reception form's drafts and the windows'
    settings go to a folder of this module's own."""
    folder = tmp_path_factory.mktemp("english")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TCD_DATA_DIR", str(folder / "data"))
        for db in copy_database(sample_template, folder):
            seed(db)
            walk = Walk()
            with english(qapp):
                walk_main_window(db, walk, DESK_WALKS + WALKS, DESK_HOOKS)
                walk_case_windows(db, walk)
            exempt = database_strings(db) | legal_texts() | proper_names()
    exempt |= walk.service_texts | walk.data_texts
    yield walk, sorted(exempt, key=len, reverse=True)


def _left(walk: Walk, exempt: list[str], screens: list[str]) -> dict[str, list[str]]:
    return {
        screen: found for screen in screens if (found := untranslated(walk.texts[screen], exempt))
    }


def test_the_desk_screens_read_in_english(walked: tuple[Walk, list[str]]) -> None:
    walk, exempt = walked
    desk = [name for name in walk.texts if name.startswith(("reception", "register", "petitions"))]
    assert set(DESK_SCREENS) <= set(desk), sorted(walk.texts)
    assert len([n for n in desk if n.startswith("petitions-")]) >= 7, desk
    left = _left(walk, exempt, desk)
    assert not left, f"Vietnamese on the English desk screens: {left}"


def test_the_desk_walk_met_what_it_checks(walked: tuple[Walk, list[str]]) -> None:
    walk, _exempt = walked
    texts = walk.texts
    assert any("\nReason: Same citizen" in text for text in texts["reception-repeat"])
    assert any(
        "Earlier visits" in text or "Petitions (" in text for text in texts["reception-repeat"]
    )
    assert any(text.startswith("Case ") for text in texts["register"]), "no case in the register"
    for name, expected in SERVICE_MESSAGES_SHOWN.items():
        for message in expected:
            assert any(message in text for text in texts[name]), (name, message, texts[name])
    assert not walk.service_texts & {t for n in SERVICE_MESSAGES_SHOWN for t in texts[n]}


def test_every_other_screen_reads_in_english(walked: tuple[Walk, list[str]]) -> None:
    walk, exempt = walked
    assert set(SCREENS) <= set(walk.texts), sorted(walk.texts)
    steps = [name for name in walk.texts if "-step-" in name]
    assert len(steps) >= 10, steps
    assert any("-tab" in name for name in walk.texts)
    others = [n for n in walk.texts if not n.startswith(("reception", "register", "petitions"))]
    left = _left(walk, exempt, others)
    assert not left, f"Vietnamese on the English screens: {left}"


def test_desk_labels_read_as_the_services_wrote_them_in_vietnamese(qapp: QApplication) -> None:
    """The Vietnamese screens are unchanged: each English source translates back to exactly
    the service's Vietnamese (the session runs in Vietnamese)."""

    def vi(source: str) -> str:
        return QCoreApplication.translate(desk_labels.CONTEXT, source)

    for ground in REFUSAL_GROUNDS:
        assert desk_labels.refusal_ground_label(ground) == ground.text_vi
    assert {vi(desk_labels.REPEAT_REASONS[code]) for code in REASONS} == set(REASONS.values())
    phrases = {**PHRASES, **TEMPLATES}
    assert set(desk_labels.REGISTER_PHRASES) == set(phrases)
    for code, source in desk_labels.REGISTER_PHRASES.items():
        assert vi(source) == phrases[code], code
    cell = "Vụ việc LS-01-2026-000001: Đã kết thúc, quyết định số 12/QĐ-UBND; Ghi chú"
    assert desk_labels.register_text(cell) == cell
    reason = REASONS["similar_content"].format(share="62%")
    assert desk_labels.repeat_reason(reason) == reason


def test_desk_labels_in_english(qapp: QApplication) -> None:
    with english(qapp):
        assert (
            desk_labels.register_text(
                "Vụ việc LS-01-2026-000001: Đã kết thúc, quyết định số 12/QĐ-UBND; Ghi chú"
            )
            == "Case LS-01-2026-000001: Closed, decision no. 12/QĐ-UBND; Ghi chú"
        )
        assert desk_labels.register_text("Đã tiếp nhận, hạn xử lý 02/03/2026") == (
            "Received, processing due 02/03/2026"
        )
        assert desk_labels.repeat_reason(REASONS["similar_content"].format(share="62%")) == (
            "Similar content (62% of words in common) against the same person complained "
            "against or denounced"
        )
        assert desk_labels.kinds_text(["khieu_nai", "to_cao"]) == "Complaint; Denunciation"


@pytest.mark.parametrize("key", ["Received", "Complaint"])
def test_english_context_shows_the_source_texts(qapp: QApplication, key: str) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("EnumLabels", key) != key  # the session is Vietnamese
    with english(qapp):
        assert QCoreApplication.translate("EnumLabels", key) == key
    assert QCoreApplication.translate("EnumLabels", key) != key
