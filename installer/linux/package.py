#!/usr/bin/env python3
"""Linux packages of a built bundle: a .tar.gz and a .deb (dpkg-deb only).

    python3 installer/linux/package.py dist/tcd-desktop dist

* ``tcd-desktop-VERSION-linux-ARCH.tar.gz``: the folder ``tcd-desktop-VERSION/`` with the
  bundle, ``tcd-desktop.desktop``, ``tcd-desktop.svg`` and ``install-user.sh`` (installs the
  menu entry and icon for the current user, pointing at the unpacked folder).
* ``tcd-desktop_VERSION_ARCH.deb``: the bundle under ``/opt/tcd-desktop``, ``/usr/bin/tcd-desktop``
  (a symlink), the menu entry and the icon; ``Depends`` names the system libraries Qt loads
  that the bundle does not carry (X11/xcb, OpenGL/EGL, fontconfig, D-Bus, GLib).

Standard library only; the version comes from pyproject.toml.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = "tcd-desktop"
DESKTOP = ROOT / "installer" / f"{NAME}.desktop"
ICON = ROOT / "resources" / "icons" / f"{NAME}.svg"
#: Debian 12 / Ubuntu 22.04+ packages of the libraries Qt opens from the system.
DEPENDS = (
    "libc6 (>= 2.31)",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libglib2.0-0t64 | libglib2.0-0",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libx11-xcb1",
    "libxcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "fonts-dejavu-core | fonts-liberation",
)
POSTINST = """#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
"""
INSTALL_USER = """#!/bin/sh
# Menu entry and icon for the current user, pointing at this unpacked folder.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"
mkdir -p "$apps" "$icons"
sed "s|^Exec=.*|Exec=\\"$here/tcd-desktop\\"|" "$here/tcd-desktop.desktop" > "$apps/tcd-desktop.desktop"
cp "$here/tcd-desktop.svg" "$icons/tcd-desktop.svg"
echo "Đã thêm TCD Desktop vào trình đơn ứng dụng ($apps)."
"""


def version() -> str:
    """The project version from pyproject.toml."""
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def architecture() -> str:
    """Debian architecture name of this machine (amd64, arm64...)."""
    if shutil.which("dpkg"):
        out = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True)
        if out.returncode == 0 and out.stdout.strip():
            return out.stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine)


def make_tarball(bundle: Path, out_dir: Path, ver: str, arch: str) -> Path:
    """The bundle plus desktop entry, icon and per-user installer as a .tar.gz."""
    machine = {"amd64": "x86_64", "arm64": "aarch64"}.get(arch, arch)
    target = out_dir / f"{NAME}-{ver}-linux-{machine}.tar.gz"
    top = f"{NAME}-{ver}"
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "install-user.sh"
        script.write_text(INSTALL_USER, encoding="utf-8")
        script.chmod(0o755)
        with tarfile.open(target, "w:gz", compresslevel=6) as tar:
            tar.add(bundle, arcname=top)
            tar.add(DESKTOP, arcname=f"{top}/{NAME}.desktop")
            tar.add(ICON, arcname=f"{top}/{NAME}.svg")
            tar.add(script, arcname=f"{top}/install-user.sh")
    return target


def _control(ver: str, arch: str, installed_kb: int) -> str:
    return (
        f"Package: {NAME}\n"
        f"Version: {ver}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Architecture: {arch}\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {', '.join(DEPENDS)}\n"
        "Maintainer: TCD Desktop <tcd-desktop@localhost>\n"
        "Description: Tiếp công dân, giải quyết khiếu nại, tố cáo, kiến nghị, phản ánh\n"
        " TCD Desktop for citizen reception offices: the reception desk, the petition\n"
        " register, complaint and denunciation cases with their legal time limits and the\n"
        " documents of Nghị định 30/2020. Self-contained (Python and Qt are bundled).\n"
    )


def make_deb(bundle: Path, out_dir: Path, ver: str, arch: str) -> Path:
    """A .deb installing the bundle under /opt/tcd-desktop, built with dpkg-deb."""
    target = out_dir / f"{NAME}_{ver}_{arch}.deb"
    with tempfile.TemporaryDirectory() as tmp:
        stage = Path(tmp) / "root"
        opt = stage / "opt" / NAME
        shutil.copytree(bundle, opt, symlinks=True)
        (stage / "usr" / "bin").mkdir(parents=True)
        (stage / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
        apps = stage / "usr" / "share" / "applications"
        apps.mkdir(parents=True)
        shutil.copy2(DESKTOP, apps / f"{NAME}.desktop")
        icons = stage / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
        icons.mkdir(parents=True)
        shutil.copy2(ICON, icons / f"{NAME}.svg")
        size = sum(f.stat().st_size for f in stage.rglob("*") if f.is_file() and not f.is_symlink())
        debian = stage / "DEBIAN"
        debian.mkdir()
        (debian / "control").write_text(_control(ver, arch, size // 1024 + 1), encoding="utf-8")
        postinst = debian / "postinst"
        postinst.write_text(POSTINST, encoding="utf-8")
        postinst.chmod(0o755)
        for path in [stage, *stage.rglob("*")]:
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "-z3", "--build", str(stage), str(target)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    return target


def main(argv: list[str]) -> int:
    """Build both packages; print their paths and sizes."""
    bundle = Path(argv[0] if argv else "dist/tcd-desktop").resolve()
    out_dir = Path(argv[1] if len(argv) > 1 else bundle.parent).resolve()
    if not (bundle / NAME).is_file():
        print(f"Không thấy bản đóng gói: {bundle / NAME}", file=sys.stderr)
        return 1
    ver, arch = version(), architecture()
    outputs = [make_tarball(bundle, out_dir, ver, arch)]
    if shutil.which("dpkg-deb"):
        outputs.append(make_deb(bundle, out_dir, ver, arch))
    else:
        print("dpkg-deb is missing: no .deb made", file=sys.stderr)
    for path in outputs:
        print(f"{path} ({path.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
