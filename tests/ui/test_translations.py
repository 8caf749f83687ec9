"""Vietnamese must be complete: every tr() string is in the .ts and has a finished translation.

When this fails after you added or changed a ``tr()`` text: run ``python3 dev.py translations``
(refreshes ``translations/*.ts`` with pyside6-lupdate), translate the new entries (Qt
Linguist: ``.venv/bin/pyside6-linguist translations/tcd_desktop_vi.ts``, or by hand), commit
the ``.ts``.
"""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
import pytest

from tcd_desktop.config.resources import translations_dir

PACKAGE = Path(__file__).resolve().parents[2] / "tcd_desktop"
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
HOW_TO_FIX = "run 'python3 dev.py translations' and translate the new entries"


def ts_files() -> list[Path]:
    return sorted(translations_dir().glob("*.ts"))


def messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) for every message of a .ts file."""
    root = ET.parse(ts).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source") or "", translation))
    return found


def test_there_is_a_vietnamese_catalogue() -> None:
    assert [p.name for p in ts_files()] == ["tcd_desktop_vi.ts"]
    root = ET.parse(ts_files()[0]).getroot()
    assert root.get("language") == "vi"


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_every_message_has_a_finished_translation(ts: Path) -> None:
    problems = []
    for context, source, translation in messages(ts):
        kind = translation.get("type")
        text = "".join(translation.itertext()).strip()
        if kind in ("unfinished", "vanished", "obsolete") or not text:
            problems.append(f"{context}: {source!r} ({kind or 'empty'})")
    assert not problems, f"untranslated ({HOW_TO_FIX}):\n" + "\n".join(problems)


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_placeholders_match(ts: Path) -> None:
    problems = []
    for context, source, translation in messages(ts):
        text = "".join(translation.itertext())
        if translation.get("type") == "unfinished" or not text.strip():
            continue  # reported by test_every_message_has_a_finished_translation
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{context}: {source!r} -> {text!r}")
    assert not problems, "placeholders differ:\n" + "\n".join(problems)


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_catalogue_is_up_to_date_with_the_source(ts: Path, tmp_path: Path) -> None:
    """lupdate over the package finds exactly the messages the committed .ts holds."""
    folder = Path(PySide6.__file__).parent
    lupdate = next(folder / n for n in ("lupdate", "lupdate.exe") if (folder / n).exists())
    fresh = tmp_path / ts.name
    subprocess.run(
        [
            str(lupdate),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            str(PACKAGE),
            "-ts",
            str(fresh),
        ],
        check=True,
    )
    in_source = {(c, s) for c, s, _ in messages(fresh)}
    no_context = sorted(s for c, s, _ in messages(fresh) if not c)
    assert not no_context, (
        "lupdate found tr() texts outside a class (empty context), which Qt never looks up: "
        "use self.tr() in a QObject subclass, or QCoreApplication.translate('Context', '...') / "
        f"QT_TRANSLATE_NOOP('Context', '...') with a literal context: {no_context}"
    )
    committed = {(c, s) for c, s, _ in messages(ts)}
    missing = sorted(in_source - committed)
    stale = sorted(committed - in_source)
    assert not missing, f"tr() texts missing from {ts.name} ({HOW_TO_FIX}): {missing}"
    assert not stale, f"{ts.name} holds texts no longer in the source ({HOW_TO_FIX}): {stale}"
