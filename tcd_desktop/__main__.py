"""Entry point: ``tcd-desktop`` opens the GUI; ``tcd-desktop SUBCOMMAND ...`` runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Run a CLI subcommand when one is given, otherwise start the GUI."""
    args = list(sys.argv[1:] if argv is None else argv)
    from tcd_desktop.cli import has_subcommand, run_cli

    if has_subcommand(args):
        return run_cli(args)
    from tcd_desktop.app import run_gui

    return run_gui(args)


if __name__ == "__main__":
    sys.exit(main())
