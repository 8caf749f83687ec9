#!/usr/bin/env python3
"""Developer commands for TCD Desktop. Standard library only: runs with a bare ``python3``.

    python3 dev.py run [app args]       set up .venv, build translations, start the app
    python3 dev.py test [pytest args]   set up .venv with test tools, run the test suite
    python3 dev.py translations         refresh translations/*.ts from the source, build .qm
    python3 dev.py lock                 regenerate requirements*.lock from pyproject.toml
    python3 dev.py bundle [--smoke] [--packages]
                                        PyInstaller one-folder build in dist/tcd-desktop/;
                                        --smoke runs installer/smoke_test.py on it, --packages
                                        (Linux) also makes the .tar.gz and .deb in dist/

Set-up is idempotent: the virtual environment is created once, the locked requirements and
the project (editable) are installed again only when a lock file, ``pyproject.toml`` or
``setup.py`` changed (a stamp file in ``.venv`` holds their hash).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

MIN_PYTHON = (3, 11)
ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
IS_WINDOWS = os.name == "nt"
BIN = VENV / ("Scripts" if IS_WINDOWS else "bin")
EXE = ".exe" if IS_WINDOWS else ""
PYTHON = BIN / f"python{EXE}"
LOCKS = {
    "run": [ROOT / "requirements.lock"],
    "test": [ROOT / "requirements-test.lock"],
    # PyInstaller (pinned build tool, not a runtime dependency) on top of the runtime lock
    "bundle": [ROOT / "requirements.lock", ROOT / "requirements-bundle.lock"],
}
DIST = ROOT / "dist"
BUNDLE = DIST / "tcd-desktop"
TRANSLATIONS = ROOT / "translations"
PACKAGE = ROOT / "tcd_desktop"

#: Debian/Ubuntu package -> a shared library it provides (checked with ``ldconfig -p``).
QT_OFFSCREEN_LIBS = {
    "libegl1": "libEGL.so.1",
    "libgl1": "libGL.so.1",
    "libxkbcommon0": "libxkbcommon.so.0",
    "libfontconfig1": "libfontconfig.so.1",
    "libdbus-1-3": "libdbus-1.so.3",
    "libglib2.0-0": "libglib-2.0.so.0",
}
#: Additionally needed to show windows on a real X11 display (the xcb platform plugin).
QT_XCB_LIBS = {
    "libxcb-cursor0": "libxcb-cursor.so.0",
    "libxcb-icccm4": "libxcb-icccm.so.4",
    "libxcb-image0": "libxcb-image.so.0",
    "libxcb-keysyms1": "libxcb-keysyms.so.1",
    "libxcb-randr0": "libxcb-randr.so.0",
    "libxcb-render-util0": "libxcb-render-util.so.0",
    "libxcb-shape0": "libxcb-shape.so.0",
    "libxcb-xinerama0": "libxcb-xinerama.so.0",
    "libxcb-xkb1": "libxcb-xkb.so.1",
    "libxkbcommon-x11-0": "libxkbcommon-x11.so.0",
}


def say(message: str) -> None:
    """Progress message on stderr (stdout stays for the command being run)."""
    print(f"[dev.py] {message}", file=sys.stderr, flush=True)


def run(cmd: list[str | Path], **kwargs: object) -> None:
    """Run a command, stop dev.py with its exit code if it fails."""
    result = subprocess.run([str(part) for part in cmd], check=False, **kwargs)  # type: ignore[call-overload]
    if result.returncode != 0:
        say(f"command failed ({result.returncode}): {' '.join(str(p) for p in cmd)}")
        sys.exit(result.returncode)


def is_root() -> bool:
    """True when running as root on a POSIX system."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


def has_apt() -> bool:
    """True on Debian/Ubuntu-like systems."""
    return shutil.which("apt-get") is not None and shutil.which("dpkg") is not None


def apt_install(packages: list[str]) -> None:
    """``apt-get update`` and ``apt-get install -y`` (root only)."""
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    say(f"installing system packages: {' '.join(packages)}")
    run(["apt-get", "update", "-qq"], env=env)
    run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], env=env)


# --- virtual environment ------------------------------------------------------------------


def ensure_venv() -> None:
    """Create ``.venv`` with pip when it does not exist (or is broken)."""
    if PYTHON.exists():
        probe = subprocess.run(
            [str(PYTHON), "-c", "import sys; print(sys.version_info[:2] >= (3, 11))"],
            capture_output=True,
            text=True,
            check=False,
        )
        if probe.returncode == 0 and probe.stdout.strip() == "True":
            return
        say(f"{VENV} is broken or too old; recreating it")
        shutil.rmtree(VENV)
    say(f"creating virtual environment {VENV}")
    try:
        venv.EnvBuilder(with_pip=True).create(VENV)
    except (subprocess.CalledProcessError, OSError) as exc:
        # Debian/Ubuntu ship ensurepip separately, in python3-venv
        shutil.rmtree(VENV, ignore_errors=True)
        package = f"python{sys.version_info.major}.{sys.version_info.minor}-venv"
        if sys.platform.startswith("linux") and is_root() and has_apt():
            apt_install([package])
            venv.EnvBuilder(with_pip=True).create(VENV)
        else:
            say(f"could not create the virtual environment ({exc}).")
            say(f"On Debian/Ubuntu install it first: sudo apt-get install {package}")
            sys.exit(1)


def install_stamp_hash(locks: list[Path]) -> str:
    """Hash of everything that decides what gets installed."""
    digest = hashlib.sha256()
    for path in [VENV / "pyvenv.cfg", *locks, ROOT / "pyproject.toml", ROOT / "setup.py"]:
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()


def ensure_installed(kind: str) -> None:
    """Install the locked requirements and the project (editable), unless already done."""
    ensure_venv()
    locks = LOCKS[kind]
    missing = [lock for lock in locks if not lock.exists()]
    if missing:
        say(f"missing lock file(s): {', '.join(p.name for p in missing)}; run: python3 dev.py lock")
        sys.exit(1)
    stamp = VENV / f".tcd-installed-{kind}"
    wanted = install_stamp_hash(locks)
    if stamp.exists() and stamp.read_text().strip() == wanted:
        return
    say(f"installing locked requirements ({', '.join(p.name for p in locks)})")
    pip = [PYTHON, "-m", "pip", "--disable-pip-version-check", "install", "--quiet"]
    for lock in locks:
        run([*pip, "-r", lock])
    say("installing tcd-desktop (editable)")
    run([*pip, "--no-deps", "-e", ROOT])
    stamp.write_text(wanted + "\n")


# --- translations -------------------------------------------------------------------------


def qt_tool(name: str) -> Path:
    """Path of a PySide6 tool wrapper in the venv, e.g. ``pyside6-lrelease``."""
    return BIN / f"pyside6-{name}{EXE}"


def build_translations() -> None:
    """Build ``translations/*.qm`` from ``*.ts`` when missing or older than the source."""
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        say(f"building {qm.relative_to(ROOT)}")
        run([qt_tool("lrelease"), "-silent", ts, "-qm", qm])


def update_translations() -> None:
    """Refresh our ``.ts`` sources from every ``tr()`` in the package, then build ``.qm``.

    ``qtbase_*.ts`` (Qt's own dialogs, translated by hand) is not ours to refresh: lupdate
    would find none of its texts in the package and drop them all.
    """
    for ts in sorted(TRANSLATIONS.glob("tcd_desktop_*.ts")):
        language = ts.stem.rsplit("_", 1)[-1]
        run(
            [
                qt_tool("lupdate"),
                "-extensions",
                "py",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                language,
                PACKAGE.relative_to(ROOT),
                "-ts",
                ts.relative_to(ROOT),
            ],
            cwd=ROOT,
        )
    build_translations()
    say("now translate the unfinished entries (pyside6-linguist translations/*.ts)")


# --- system libraries (Linux) -------------------------------------------------------------


def missing_libraries(wanted: dict[str, str]) -> list[str]:
    """Debian packages from ``wanted`` whose library the dynamic linker does not know."""
    if not sys.platform.startswith("linux"):
        return []
    ldconfig = shutil.which("ldconfig") or next(
        (p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if os.path.exists(p)), None
    )
    if ldconfig is None:
        return []
    listing = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=False).stdout
    known = {line.split()[0] for line in listing.splitlines()[1:] if line.strip()}
    return [package for package, soname in wanted.items() if soname not in known]


def ensure_system_libraries(wanted: dict[str, str], *, install: bool) -> None:
    """Install (as root on Debian/Ubuntu) or name the system libraries Qt needs."""
    missing = missing_libraries(wanted)
    if not missing:
        return
    if install and is_root() and has_apt():
        apt_install(missing)
        return
    say("Qt needs system libraries that are missing here. On Debian/Ubuntu run:")
    say(f"  sudo apt-get install {' '.join(missing)}")


# --- commands -----------------------------------------------------------------------------


def cmd_run(args: list[str]) -> int:
    """Set up and start the application."""
    ensure_installed("run")
    build_translations()
    if os.environ.get("QT_QPA_PLATFORM", "") != "offscreen":
        ensure_system_libraries({**QT_OFFSCREEN_LIBS, **QT_XCB_LIBS}, install=False)
    app = BIN / f"tcd-desktop{EXE}"
    return subprocess.call([str(app), *args])


#: pytest options after which the tests run in this one process (pytest-xdist's workers would
#: swallow ``-s`` output, cannot stop in a debugger, or were chosen by hand already).
SERIAL_OPTIONS = ("-s", "--capture=no", "--pdb", "--trace", "-n", "--numprocesses", "no:xdist")
WORKERS_ENV = "TCD_TEST_WORKERS"


def test_workers(args: list[str]) -> list[str]:
    """The pytest-xdist options for ``args``: ``-n auto`` (one worker per core) unless an
    option in :data:`SERIAL_OPTIONS` is given or ``TCD_TEST_WORKERS`` says otherwise
    (``0``: one process; ``N``: N workers). Each worker has its own SQLite template, its own
    PostgreSQL schemas and its own data folder (tests/dbfixtures.py, tests/conftest.py)."""
    wanted = os.environ.get(WORKERS_ENV, "auto").strip() or "auto"
    serial = any(a == o or a.startswith(f"{o}=") for a in args for o in SERIAL_OPTIONS)
    if serial or wanted == "0" or any(a.startswith("-n") and a[2:].isdigit() for a in args):
        return []
    return ["-n", wanted]


def cmd_test(args: list[str]) -> int:
    """Set up with the test tools and run pytest offscreen, on every core (pytest-xdist);
    return pytest's exit code."""
    ensure_installed("test")
    build_translations()
    ensure_system_libraries(QT_OFFSCREEN_LIBS, install=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [str(PYTHON), "-m", "pytest", *test_workers(args), *args]
    return subprocess.call(command, cwd=ROOT, env=env)


def cmd_translations(args: list[str]) -> int:
    """Refresh and build the translations."""
    ensure_installed("run")
    update_translations()
    return 0


def cmd_lock(args: list[str]) -> int:
    """Regenerate the fully pinned lock files with ``uv pip compile``."""
    ensure_installed("test")
    uv = BIN / f"uv{EXE}"
    if not uv.exists():
        run([PYTHON, "-m", "pip", "--disable-pip-version-check", "install", "--quiet", "uv"])
    base = [uv, "pip", "compile", "pyproject.toml", "--universal", "--python-version", "3.11"]
    base += ["--extra", "encrypted"]  # the bundle offers the encrypted laptop database
    run([*base, "-q", "-o", "requirements.lock", *args], cwd=ROOT)
    run([*base, "--extra", "test", "-q", "-o", "requirements-test.lock", *args], cwd=ROOT)
    say("lock files written; commit them")
    return 0


def cmd_bundle(args: list[str]) -> int:
    """Build the one-folder bundle with the pinned PyInstaller; optionally test and package it."""
    unknown = [a for a in args if a not in ("--smoke", "--packages")]
    if unknown:
        say(f"unknown option(s) for bundle: {' '.join(unknown)}")
        return 2
    ensure_installed("bundle")
    build_translations()
    say("building dist/tcd-desktop with PyInstaller (a few minutes)")
    work = ROOT / "build" / "pyinstaller"
    spec = ROOT / "installer" / "tcd-desktop.spec"
    run(
        [
            PYTHON,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            DIST,
            "--workpath",
            work,
            spec,
        ]
    )
    files = [f for f in BUNDLE.rglob("*") if f.is_file() and not f.is_symlink()]
    size = sum(f.stat().st_size for f in files)
    say(f"bundle: {BUNDLE} ({size / 1e6:.0f} MB unpacked)")
    if "--packages" in args and sys.platform.startswith("linux"):
        run([PYTHON, ROOT / "installer" / "linux" / "package.py", BUNDLE, DIST])
    if "--smoke" in args:
        ensure_system_libraries(QT_OFFSCREEN_LIBS, install=True)
        return subprocess.call(
            [str(PYTHON), str(ROOT / "installer" / "smoke_test.py"), str(BUNDLE)]
        )
    return 0


COMMANDS = {
    "run": cmd_run,
    "test": cmd_test,
    "translations": cmd_translations,
    "lock": cmd_lock,
    "bundle": cmd_bundle,
}


def main(argv: list[str]) -> int:
    """Dispatch ``dev.py COMMAND [args...]``."""
    if sys.version_info < MIN_PYTHON:
        say(f"Python {'.'.join(map(str, MIN_PYTHON))} or newer is needed (this is {sys.version})")
        return 1
    if not argv or argv[0] not in COMMANDS:
        print(__doc__)
        return 0 if argv[:1] in (["-h"], ["--help"]) else 2
    return COMMANDS[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
