"""The one way the benchmarks time an action in their own process: the median of several
runs, in milliseconds (a median, so one pause of the machine does not move the figure)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def median_ms(action: Callable[[], object], runs: int, warm: bool = False) -> float:
    """The median of `runs` timed calls of `action`, in milliseconds. `warm` first calls it
    once untimed (fonts registered, modules imported: what only the first call pays)."""
    if warm:
        action()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)
