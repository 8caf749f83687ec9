"""Headless commands: ``tcd-desktop SUBCOMMAND [--json] [--database URL]``.

Every command prints human text, or JSON with ``--json``; bad input exits non-zero with a
clear Vietnamese message and changes nothing. A word that is not a command (``tcd-desktop
reprot``) is answered with "lệnh không tồn tại" and never opens the window.
"""

from __future__ import annotations

import logging
import sys

from tcd_desktop.cli.common import CliError, database_error_message
from tcd_desktop.cli.parser import SUBCOMMANDS, build_parser

log = logging.getLogger(__name__)

#: Options of the window (app.parse_args) that take a value.
GUI_VALUE_OPTIONS = ("--database", "--language", "--lang", "--smoke-receipt")
#: Qt's own command-line options that take a value (QGuiApplication / QApplication).
QT_VALUE_OPTIONS = (
    "-platform",
    "-platformpluginpath",
    "-platformtheme",
    "-plugin",
    "-qmljsdebugger",
    "-qwindowgeometry",
    "-qwindowicon",
    "-qwindowtitle",
    "-style",
    "-stylesheet",
    "-session",
    "-display",
    "-geometry",
    "-title",
    "-name",
    "-font",
    "-fn",
    "-bg",
    "-background",
    "-fg",
    "-foreground",
    "-btn",
    "-button",
    "-visual",
    "-ncols",
    "-cmap",
    "-im",
    "-inputstyle",
)


def command_word(args: list[str]) -> str | None:
    """The first word that is neither an option nor an option's value (the command), if any."""
    skip = False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg == "--":
            return None
        if arg.startswith("-"):
            skip = "=" not in arg and (arg in GUI_VALUE_OPTIONS or arg in QT_VALUE_OPTIONS)
            continue
        return arg
    return None


def has_subcommand(args: list[str]) -> bool:
    """True when the arguments name a command, a misspelt one, or ask for help / the version.

    Without any such word (no arguments, or only the window's and Qt's options such as
    ``--database URL``, ``--language en``, ``--smoke-test``, ``-platform offscreen``) the
    window opens.
    """
    if command_word(args) is not None:
        return True
    return any(a in ("-h", "--help", "--version") for a in args)


def run_cli(args: list[str]) -> int:
    """Parse and run one command; returns the process exit code."""
    from tcd_desktop.cli.argparse_vi import unknown_command_message

    word = command_word(args)
    if word is not None and word not in SUBCOMMANDS:
        print(f"Lỗi: {unknown_command_message(word, SUBCOMMANDS)}", file=sys.stderr)
        return 2
    parser = build_parser()
    try:
        ns = parser.parse_args(args)
    except SystemExit as exc:  # --help, --version, or an argument error already printed
        return exc.code if isinstance(exc.code, int) else 2
    if not getattr(ns, "handler", None):
        parser.print_help()
        return 2
    try:
        return int(ns.handler(ns) or 0)
    except CliError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130
    except Exception as exc:  # a database error must never print SQL or its parameters
        message = database_error_message(exc)
        if message is None:
            raise
        log.info("lệnh %s: %s", word, type(exc).__name__)  # the class only: no SQL, no values
        print(f"Lỗi: {message}", file=sys.stderr)
        return 1
