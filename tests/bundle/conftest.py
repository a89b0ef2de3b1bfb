"""The slow tests (building the standalone bundle takes minutes) run only when asked for with
`-m slow`, as .ci/run does in its second pytest run; a plain `pytest` skips them."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if "slow" in (config.getoption("markexpr") or ""):
        return
    skip = pytest.mark.skip(reason="builds the standalone bundle (minutes): run with -m slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
