"""Headless commands: ``tcd-desktop SUBCOMMAND [--json] [--database URL]``.

Every command prints human text, or JSON with ``--json``; bad input exits non-zero with a
clear Vietnamese message and changes nothing.
"""

from __future__ import annotations

import sys

from tcd_desktop.cli.common import CliError
from tcd_desktop.cli.parser import SUBCOMMANDS, build_parser


def has_subcommand(args: list[str]) -> bool:
    """True when the arguments name a subcommand (or ask for help / the version)."""
    return any(a in SUBCOMMANDS or a in ("-h", "--help", "--version") for a in args)


def run_cli(args: list[str]) -> int:
    """Parse and run one command; returns the process exit code."""
    parser = build_parser()
    ns = parser.parse_args(args)
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
