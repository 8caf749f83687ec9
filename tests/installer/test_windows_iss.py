"""The Inno Setup script cannot be compiled here: check it against the spec and pyproject.

* its version is pyproject.toml's;
* it installs every file and folder the spec's COLLECT puts in ``dist/tcd-desktop`` on Windows
  (the two executables and the ``_internal`` folder, recursively) and, when a Linux bundle was
  built, every top-level entry of it under its Windows name;
* shortcuts point at installed files and have Vietnamese names; AppId is a fixed GUID;
  per-machine install; nothing of the user's data folder is deleted on uninstall.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "installer" / "windows" / "tcd-desktop.iss"
SPEC = ROOT / "installer" / "tcd-desktop.spec"
BUNDLE = ROOT / "dist" / "tcd-desktop"


def _iss_text() -> str:
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Inno Setup reads UTF-8 only with a BOM"
    return raw.decode("utf-8-sig")


def _defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define\s+(\w+)\s+"([^"]*)"', text, flags=re.M))


def _section(text: str, name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\s*$(.*?)(?=^\[|\Z)", text, flags=re.M | re.S)
    assert match, f"no [{name}] section"
    return [ln for ln in match.group(1).splitlines() if ln.strip() and not ln.startswith(";")]


def _expand(value: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], value)


def _param(line: str, key: str) -> str:
    match = re.search(rf'{key}:\s*"([^"]*)"', line)
    return match.group(1) if match else ""


def _installed(text: str) -> dict[str, str]:
    """Bundle-relative source (Windows separators) -> its Flags, from [Files]."""
    defines = _defines(text)
    files: dict[str, str] = {}
    for line in _section(text, "Files"):
        source = _expand(_param(line, "Source"), defines)
        prefix = _expand("{#Bundle}\\", defines)
        assert source.startswith(prefix), line
        files[source[len(prefix) :]] = line.partition("Flags:")[2]
    return files


def _spec_outputs() -> set[str]:
    """Top-level entries of the Windows bundle the spec produces."""
    spec = SPEC.read_text(encoding="utf-8")
    app = re.search(r'^APP_NAME = "([^"]+)"', spec, flags=re.M)
    assert app
    names = {f"{app.group(1)}.exe"}
    for suffix in re.findall(r"name=APP_NAME \+ \"([^\"]+)\"", spec):
        names.add(f"{app.group(1)}{suffix}.exe")
    assert "COLLECT(" in spec and "contents_directory" not in spec  # PyInstaller's _internal
    return names | {"_internal"}


def test_version_matches_pyproject() -> None:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        version = tomllib.load(fh)["project"]["version"]
    assert _defines(_iss_text())["MyAppVersion"] == version


def test_installs_everything_the_spec_produces() -> None:
    installed = _installed(_iss_text())
    for entry in _spec_outputs():
        if entry.endswith(".exe"):
            assert entry in installed, f"{entry} is not installed"
        else:
            key = f"{entry}\\*"
            assert key in installed, f"{entry}\\ is not installed"
            assert "recursesubdirs" in installed[key] and "createallsubdirs" in installed[key]
    assert set(installed) <= {*_spec_outputs(), "_internal\\*"}, "installs a file the spec lacks"


def test_linux_bundle_entries_have_their_windows_counterparts() -> None:
    if not BUNDLE.is_dir():
        return  # nothing built in this checkout: the spec check above still holds
    outputs = _spec_outputs()
    entries = list(BUNDLE.iterdir())
    assert entries, "dist/tcd-desktop/ is empty"
    for entry in entries:
        name = f"{entry.name}.exe" if entry.is_file() else entry.name
        assert name in outputs, f"dist/tcd-desktop/{entry.name} has no Windows counterpart"


def test_shortcuts_uninstaller_and_upgrade() -> None:
    text = _iss_text()
    defines = _defines(text)
    setup = dict(line.split("=", 1) for line in _section(text, "Setup"))
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", setup["AppId"])
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["DefaultDirName"].startswith("{autopf}")
    installed = {f"{{app}}\\{name}" for name in _installed(text)}
    icons = _section(text, "Icons")
    names = [_expand(_param(line, "Name"), defines) for line in icons]
    assert any(n.startswith("{autoprograms}\\") and "Tiếp công dân" in n for n in names)
    assert any(n.startswith("{autodesktop}\\") and "Tiếp công dân" in n for n in names)
    for line in icons:
        target = _expand(_param(line, "Filename"), defines)
        assert target == "{uninstallexe}" or target in installed, target
    deleted = " ".join(_section(text, "UninstallDelete"))
    assert "appdata" not in deleted.lower() and "{app}" in deleted
