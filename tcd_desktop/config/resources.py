"""One resolver for the files that live outside the package: ``resources/`` and ``translations/``.

The two folders sit at the top of the repository, next to ``tcd_desktop/``. They are found in
three layouts, checked in this order:

1. **frozen** (PyInstaller): the spec copies them to ``sys._MEIPASS/resources`` and
   ``sys._MEIPASS/translations``;
2. **installed from a wheel**: the build hook in ``setup.py`` copies them into the package as
   ``tcd_desktop/_data/resources`` and ``tcd_desktop/_data/translations``;
3. **source checkout / editable install** (``pip install -e .``): the package is imported from
   the checkout, so the folders are the repository's own, one level above the package.

This module uses the standard library only, so it can be imported anywhere (CLI, tests,
installer scripts) without Qt.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

import tcd_desktop

#: Name of the folder inside the package that a wheel build fills (see ``setup.py``).
PACKAGED_DATA_DIRNAME = "_data"


class ResourceNotFoundError(FileNotFoundError):
    """The ``resources/`` or ``translations/`` folder could not be located."""


def _candidate_roots() -> list[Path]:
    """Folders that may hold ``resources/`` and ``translations/``, most specific first."""
    roots: list[Path] = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        roots.append(Path(frozen_root))
    package_dir = Path(tcd_desktop.__file__).resolve().parent
    roots.append(package_dir / PACKAGED_DATA_DIRNAME)
    roots.append(package_dir.parent)
    return roots


@cache
def data_root() -> Path:
    """Return the folder that contains ``resources/`` (and normally ``translations/``).

    Raises:
        ResourceNotFoundError: when none of the three layouts is present, which means a
            broken installation.
    """
    candidates = _candidate_roots()
    for root in candidates:
        if (root / "resources").is_dir():
            return root
    tried = ", ".join(str(root) for root in candidates)
    raise ResourceNotFoundError(f"Cannot find the 'resources' folder (looked in: {tried})")


def resource_path(*parts: str) -> Path:
    """Return the path of ``resources/<parts...>``, e.g. ``resource_path("fonts", "x.ttf")``.

    The path is returned whether or not the file exists, so callers can test ``is_file()``;
    only a missing ``resources/`` folder raises :class:`ResourceNotFoundError`.
    """
    return data_root().joinpath("resources", *parts)


def translations_dir() -> Path:
    """Return the folder with ``*.ts`` sources and the ``*.qm`` files built from them."""
    return data_root() / "translations"
