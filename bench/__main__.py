"""`python -m bench` runs every benchmark and prints the table (bench/run.py)."""

import sys

from bench.run import main

sys.exit(main())
