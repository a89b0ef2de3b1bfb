"""Running `kenesh-desktop` in the test's process and reading what it said, as the command
line's contract (EXCHANGE.md) states it: an exit code, and bad input on ONE line of stderr."""

from __future__ import annotations

from kenesh_desktop.cli import main

DAY = "2027-03-01"
"""The day the commands' demo council is built for."""


def run(capsys, *argv) -> tuple[int, str, str]:
    """`kenesh-desktop argv...`: the exit code, stdout and stderr."""
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *parts: str) -> None:
    """One line on stderr, from the program, no traceback, naming each of `parts`."""
    assert err.endswith("\n") and err.count("\n") == 1, err
    assert err.startswith("kenesh-desktop"), err
    assert "Traceback" not in err
    for part in parts:
        assert part in err, (part, err)
