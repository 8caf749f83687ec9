"""Entry script for the PyInstaller build: the same ``main`` as the ``tcd-desktop`` command."""

import sys

from tcd_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
