"""The application in English: every screen outside the desk's and the login's reads in English.

The main window is started on the sample office with the interface in English (the source
texts, as ``--lang en`` shows them) and walked: the board, schedule, overview, reports and
backup pages, the menus, the settings, about and help windows, the case window on one case of
each kind with every tab, and every step dialog the case offers. No text a user reads there
may be Vietnamese, except what is not interface: the office's data (names, summaries, units:
every text stored in the database), the law's own texts the screens quote (the rule pack's
steps and citations, the official form names), the rating pack's grades, the services'
messages (the schedule's warnings, the rating's reasons) and proper names.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tcd_desktop.config.resources import resource_path
from tcd_desktop.documents.versions import catalogue
from tcd_desktop.services.dashboard.rating import RATING_FILE
from tcd_desktop.services.rulebook import RULE_PACK_FILE
from tcd_desktop.services.schedule.core import QUOTA_RULES
from tcd_desktop.store.database import Database
from tests.ui.screen_walk import (
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
    return {text for text in found if len(text) > 3}


def untranslated(texts: list[str], exempt: list[str]) -> list[str]:
    """The texts still carrying Vietnamese once the exempt texts are taken out."""
    left = []
    for text in texts:
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


def test_every_screen_reads_in_english(qapp: QApplication, sample_db: Database) -> None:
    walk = Walk()
    with english(qapp):
        walk_main_window(sample_db, walk)
        walk_case_windows(sample_db, walk)
    assert set(SCREENS) <= set(walk.texts), sorted(walk.texts)
    steps = [name for name in walk.texts if "-step-" in name]
    assert len(steps) >= 10, steps
    assert any("-tab" in name for name in walk.texts)
    exempt = sorted(
        database_strings(sample_db) | legal_texts() | walk.service_texts, key=len, reverse=True
    )
    left = {
        screen: found
        for screen, texts in walk.texts.items()
        if (found := untranslated(texts, exempt))
    }
    assert not left, f"Vietnamese on the English screens: {left}"


@pytest.mark.parametrize("key", ["Received", "Complaint"])
def test_english_context_shows_the_source_texts(qapp: QApplication, key: str) -> None:
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("EnumLabels", key) != key  # the session is Vietnamese
    with english(qapp):
        assert QCoreApplication.translate("EnumLabels", key) == key
    assert QCoreApplication.translate("EnumLabels", key) != key
