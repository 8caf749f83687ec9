"""Packaging and build plumbing: resources found in every layout, fonts, wheel, dev.py, CI.

The wheel and editable-install tests build the project in a scratch copy (never in the
checkout, where other work is going on) and install it into throw-away venvs; they need
PyPI for the isolated build (setuptools), as ``pip install`` does.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import textwrap
import unicodedata
import venv
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from tcd_desktop.config import resources
from tcd_desktop.config.resources import resource_path, translations_dir

ROOT = Path(__file__).resolve().parents[1]
FONT_FILES = [
    f"Liberation{family}-{style}.ttf"
    for family in ("Serif", "Sans")
    for style in ("Regular", "Bold", "Italic", "BoldItalic")
]
SAMPLE = "Đặng Đức Đạt ỷ ữ ỡ ặ"


def vietnamese_letters() -> set[str]:
    """All 134 precomposed vowels with tone marks, plain vowels, and đ/Đ."""
    tones = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
    vowels = "aăâeêioôơuưy"
    letters = {"đ", "Đ"}
    for vowel in vowels + vowels.upper():
        for tone in tones:
            letters.add(unicodedata.normalize("NFC", vowel + tone))
    return letters


# --- resources from the checkout (and editable install) -----------------------------------


def test_resource_path_finds_the_checkout_folders() -> None:
    font = resource_path("fonts", "LiberationSerif-Regular.ttf")
    assert font == ROOT / "resources" / "fonts" / "LiberationSerif-Regular.ttf"
    assert font.is_file()
    assert resource_path("rules").is_dir()
    assert translations_dir() == ROOT / "translations"
    assert (translations_dir() / "tcd_desktop_vi.ts").is_file()


def test_frozen_layout_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    resources.data_root.cache_clear()
    try:
        assert resource_path("fonts") == tmp_path / "resources" / "fonts"
        assert translations_dir() == tmp_path / "translations"
    finally:
        monkeypatch.undo()
        resources.data_root.cache_clear()
    assert resource_path("fonts") == ROOT / "resources" / "fonts"


# --- fonts --------------------------------------------------------------------------------


def test_bundled_fonts_and_licence_are_present() -> None:
    folder = resource_path("fonts")
    for name in FONT_FILES:
        assert (folder / name).is_file(), name
    licence = (folder / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Reserved Font Name Liberation" in licence


@pytest.mark.parametrize("name", FONT_FILES)
def test_fonts_cover_every_vietnamese_letter(name: str) -> None:
    """Liberation 2 has them all; Liberation 1.07 lacks 93 and must never come back."""
    cmap = TTFont(name, str(resource_path("fonts", name))).face.charToGlyph
    missing = sorted(
        c for c in vietnamese_letters() | set(SAMPLE.replace(" ", "")) if ord(c) not in cmap
    )
    assert not missing, f"{name} lacks {''.join(missing)}"


def test_reportlab_fonts_register_once_and_embed_vietnamese(tmp_path: Path) -> None:
    from pypdf import PdfReader
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from tcd_desktop.documents import fonts

    fonts.register_fonts()
    fonts.register_fonts()  # idempotent
    registered = set(pdfmetrics.getRegisteredFontNames())
    for names in fonts.FAMILIES.values():
        assert set(names) <= registered

    path = tmp_path / "vi.pdf"
    style = ParagraphStyle("body", fontName=fonts.SERIF, fontSize=13)
    SimpleDocTemplate(str(path)).build(
        [Paragraph(f"{SAMPLE} <b>đậm</b> <i>nghiêng</i> <b><i>cả hai</i></b>", style)]
    )
    page = PdfReader(str(path)).pages[0]
    assert SAMPLE in page.extract_text()
    used = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for font in page["/Resources"]["/Font"].values()
    }
    assert {
        fonts.SERIF,
        fonts.SERIF_BOLD,
        fonts.SERIF_ITALIC,
        fonts.SERIF_BOLD_ITALIC,
    } <= used


# --- the wheel and the editable install, in scratch venvs ---------------------------------


def scratch_copy(target: Path) -> Path:
    """Copy what a build needs into ``target`` (builds write build/ and *.egg-info)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info", "build")
    for name in ("tcd_desktop", "resources", "translations"):
        shutil.copytree(ROOT / name, target / name, ignore=ignore)
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, target / name)
    return target


def make_venv(path: Path) -> Path:
    """A bare venv (no pip: the outer pip installs into it with --python)."""
    venv.EnvBuilder(with_pip=False).create(path)
    return path / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def pip(*args: str | Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q", *map(str, args)],
        check=True,
        timeout=600,
    )


CHECK_RESOURCES = textwrap.dedent(
    """
    import json, tcd_desktop
    from tcd_desktop.config.resources import resource_path, translations_dir
    print(json.dumps({
        "package": tcd_desktop.__file__,
        "font": str(resource_path("fonts", "LiberationSerif-Regular.ttf")),
        "font_ok": resource_path("fonts", "LiberationSerif-Regular.ttf").is_file(),
        "licence_ok": resource_path("fonts", "OFL.txt").is_file(),
        "rules_ok": resource_path("rules").is_dir(),
        "rules": sorted(p.name for p in resource_path("rules").iterdir()),
        "icon_ok": resource_path("icons", "tcd-desktop.svg").is_file(),
        "translations": sorted(p.name for p in translations_dir().iterdir()),
    }))
    """
)


def check_resources(python: Path, cwd: Path) -> dict[str, object]:
    """Run the resolver in another interpreter (outside the checkout) and return its answers."""
    import json

    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    out = subprocess.run(
        [str(python), "-I", "-c", CHECK_RESOURCES],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=True,
        timeout=60,
    ).stdout
    return json.loads(out)


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    src = scratch_copy(tmp_path_factory.mktemp("src"))
    out = tmp_path_factory.mktemp("dist")
    pip("wheel", "--no-deps", "-w", out, src)
    (wheel,) = out.glob("tcd_desktop-*.whl")
    yield wheel


@pytest.mark.slow
def test_wheel_carries_resources_and_translations(built_wheel: Path, tmp_path: Path) -> None:
    python = make_venv(tmp_path / "venv")
    pip("--python", python, "install", "--no-deps", "--no-index", built_wheel)
    found = check_resources(python, tmp_path)
    assert str(tmp_path / "venv") in str(found["package"])
    assert str(tmp_path / "venv") in str(found["font"]), "resolved outside the installed wheel"
    assert found["font_ok"] and found["licence_ok"] and found["icon_ok"]
    assert found["rules_ok"]
    assert found["rules"] == sorted(p.name for p in (ROOT / "resources" / "rules").iterdir())
    assert "tcd_desktop_vi.ts" in found["translations"]  # type: ignore[operator]
    if (ROOT / "translations" / "tcd_desktop_vi.qm").exists():
        assert "tcd_desktop_vi.qm" in found["translations"]  # type: ignore[operator]
    scripts = tmp_path / "venv" / ("Scripts" if os.name == "nt" else "bin")
    assert any(p.name.startswith("tcd-desktop") for p in scripts.iterdir())


@pytest.mark.slow
def test_editable_install_uses_the_checkout_folders(tmp_path: Path) -> None:
    src = scratch_copy(tmp_path / "src")
    python = make_venv(tmp_path / "venv")
    pip("--python", python, "install", "--no-deps", "-e", src)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    found = check_resources(python, elsewhere)
    assert found["font"] == str(src / "resources" / "fonts" / "LiberationSerif-Regular.ttf")
    assert found["font_ok"] and found["rules_ok"]
    assert not (src / "tcd_desktop" / "_data").exists(), "editable build copied data in-tree"


# --- dev.py, the README and CI ------------------------------------------------------------


def load_dev() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tcd_dev_script", ROOT / "dev.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_py_uses_the_standard_library_only() -> None:
    # -S: no site-packages, so any third-party import would fail
    result = subprocess.run(
        [sys.executable, "-I", "-S", "dev.py"], cwd=ROOT, capture_output=True, text=True
    )
    assert "python3 dev.py run" in result.stdout, result.stderr
    assert result.returncode == 2


def test_install_stamp_follows_the_lock(tmp_path: Path) -> None:
    dev = load_dev()
    lock = tmp_path / "requirements.lock"
    lock.write_text("a==1\n")
    first = dev.install_stamp_hash([lock])
    assert dev.install_stamp_hash([lock]) == first
    lock.write_text("a==2\n")
    assert dev.install_stamp_hash([lock]) != first


def test_locks_pin_everything_and_keep_qt_6_11_3() -> None:
    for name in ("requirements.lock", "requirements-test.lock"):
        lines = [
            line.split(";")[0].strip()
            for line in (ROOT / name).read_text().splitlines()
            if line.strip() and not line.startswith(("#", " "))
        ]
        assert lines and all("==" in line for line in lines), name
        assert "pyside6-essentials==6.11.3" in lines
        assert "pyside6-addons==6.11.3" in lines
    test_lock = (ROOT / "requirements-test.lock").read_text()
    assert (
        "pytest-qt==" in test_lock and "pytest-qt==" not in (ROOT / "requirements.lock").read_text()
    )


def test_locks_cover_every_dependency_in_pyproject() -> None:
    """A dependency added to pyproject.toml needs 'python3 dev.py lock'."""
    import re
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

    def names(requirements: list[str]) -> set[str]:
        return {
            re.sub(r"[-_.]+", "-", re.split(r"[\s\[<>=!~;]", req, maxsplit=1)[0]).lower()
            for req in requirements
        }

    def locked(lock: str) -> set[str]:
        return {
            line.split("==")[0].strip().lower()
            for line in (ROOT / lock).read_text().splitlines()
            if "==" in line and not line.startswith(("#", " "))
        }

    runtime = names(project["dependencies"])
    test = names(project["optional-dependencies"]["test"])
    assert runtime <= locked("requirements.lock"), "run: python3 dev.py lock"
    assert runtime | test <= locked("requirements-test.lock"), "run: python3 dev.py lock"


def test_dev_py_runs_the_tests_on_every_core_unless_told_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dev = load_dev()
    monkeypatch.delenv(dev.WORKERS_ENV, raising=False)
    assert dev.test_workers([]) == ["-n", "auto"]
    assert dev.test_workers(["-q", "tests/ui"]) == ["-n", "auto"]
    # -s output, a debugger, or workers chosen by hand: one process, or what was asked
    for args in (["-q", "-s", "-m", "slow"], ["--pdb"], ["-n", "3"], ["-n3"], ["-p", "no:xdist"]):
        assert dev.test_workers(args) == [], args
    monkeypatch.setenv(dev.WORKERS_ENV, "0")
    assert dev.test_workers([]) == []
    monkeypatch.setenv(dev.WORKERS_ENV, "2")
    assert dev.test_workers([]) == ["-n", "2"]


def test_system_library_check_reports_missing_packages() -> None:
    dev = load_dev()
    missing = dev.missing_libraries({"libdefinitely-not-here0": "libdefinitely-not-here.so.0"})
    if sys.platform.startswith("linux") and shutil.which("ldconfig"):
        assert missing == ["libdefinitely-not-here0"]


def test_readme_quick_start_has_exactly_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    commands = [line.strip() for line in quick.splitlines() if line.strip().startswith("python3 ")]
    assert commands == ["python3 dev.py run", "python3 dev.py test"]


def test_ci_script_is_executable_bash_running_the_readme_command() -> None:
    script = ROOT / ".ci" / "run"
    assert os.access(script, os.X_OK)
    subprocess.run(["bash", "-n", str(script)], check=True)
    text = script.read_text()
    assert "python3 dev.py test" in text
    assert "TCD_REQUIRE_POSTGRES=1" in text


# --- the PostgreSQL policy of tests/conftest.py -------------------------------------------

#: plugins the inner run does not need (they only slow its start)
NO_PLUGINS = ["-p", "no:pytest-qt", "-p", "no:hypothesispytest"]

POLICY_TESTS = textwrap.dedent(
    """
    import pytest

    @pytest.mark.postgres
    def test_needs_server():
        pass

    @pytest.mark.postgres
    def test_skips_itself():
        pytest.skip("server unreachable")

    def test_plain():
        pass
    """
)


@pytest.mark.parametrize(
    ("env", "outcome"),
    [
        ({}, "1 passed, 2 skipped"),
        ({"TCD_REQUIRE_POSTGRES": "1"}, "2 errors"),
        ({"TCD_TEST_DATABASE_URL": "postgresql://x/y", "TCD_REQUIRE_POSTGRES": "1"}, "1 failed"),
    ],
)
def test_skipped_postgres_tests_fail_when_required(
    tmp_path: Path, env: dict[str, str], outcome: str
) -> None:
    (tmp_path / "conftest.py").write_text(
        "from tests.conftest import pytest_collection_modifyitems, pytest_runtest_makereport\n"
        "def pytest_configure(config):\n"
        "    config.addinivalue_line('markers', 'postgres: needs PostgreSQL')\n"
    )
    (tmp_path / "test_policy.py").write_text(POLICY_TESTS)
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("TCD_TEST_DATABASE_URL", "TCD_REQUIRE_POSTGRES")
    }
    clean["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-rs",
            "-p",
            "no:cacheprovider",
            *NO_PLUGINS,
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**clean, **env},
        timeout=120,
    )
    assert outcome in result.stdout, result.stdout
    if "TCD_REQUIRE_POSTGRES" in env:
        assert result.returncode == 1
        assert "TCD_REQUIRE_POSTGRES=1 but this PostgreSQL test was skipped" in result.stdout
    else:
        assert result.returncode == 0
        assert "PostgreSQL tests need TCD_TEST_DATABASE_URL" in result.stdout
