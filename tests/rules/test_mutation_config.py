"""The mutation run of rules/ (README, "Tests and checks") stays runnable: every path its
configuration in pyproject.toml names exists, and it mutates rules/ with tests/rules. mutmut
itself is not a test dependency (the run takes minutes and CI does not make it)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_mutmut_configuration_names_what_exists():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]
    mutmut = config["mutmut"]
    assert mutmut["source_paths"] == ["kenesh_desktop/"]
    assert mutmut["pytest_add_cli_args_test_selection"] == ["tests/rules"]
    for path in (*mutmut["source_paths"], *mutmut["also_copy"],
                 *mutmut["pytest_add_cli_args_test_selection"], *mutmut["do_not_mutate"]):
        assert (ROOT / path).exists(), path
    rules = [p.relative_to(ROOT).as_posix() for p in (ROOT / "kenesh_desktop/rules").glob("*.py")]
    mutated = [p for p in rules if any(fnmatch.fnmatch(p, g) for g in mutmut["only_mutate"])]
    assert "kenesh_desktop/rules/checks.py" in mutated and len(mutated) == len(rules)
    outside = (ROOT / "kenesh_desktop/store/db.py").relative_to(ROOT).as_posix()
    assert not any(fnmatch.fnmatch(outside, g) for g in mutmut["only_mutate"])
