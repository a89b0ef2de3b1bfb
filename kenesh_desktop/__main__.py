"""`python -m kenesh_desktop` is the same as the `kenesh-desktop` command."""

import sys

from kenesh_desktop.cli import main

sys.exit(main())
