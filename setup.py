"""Build hook: put the top-level ``resources/`` and ``translations/`` into the wheel.

All metadata lives in ``pyproject.toml``; this file only extends ``build_py`` so that a wheel
carries ``tcd_desktop/_data/resources`` and ``tcd_desktop/_data/translations``, which
``tcd_desktop.config.resources`` finds at run time. Editable installs skip the copy: the
resolver then uses the checkout's own folders.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
DATA_DIRNAME = "_data"
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", ".*")


def _compile_translations(folder: Path) -> None:
    """Build missing or stale ``.qm`` files when an lrelease is on PATH (dev.py builds them)."""
    lrelease = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if lrelease is None:
            print(f"warning: {qm.name} not built (no lrelease on PATH); the wheel lacks it")
            continue
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)


class BuildPyWithData(build_py):
    """``build_py`` that also copies the data folders into the package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "tcd_desktop" / DATA_DIRNAME
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(ROOT / "resources", target / "resources", ignore=IGNORED)
        translations = ROOT / "translations"
        if translations.is_dir():
            _compile_translations(translations)
            (target / "translations").mkdir(parents=True)
            for path in sorted(translations.glob("*.[tq][sm]")):
                shutil.copy2(path, target / "translations" / path.name)


setup(cmdclass={"build_py": BuildPyWithData})
