"""Text as the program keeps it once typed or read: a name or a title on one line, an optional
field empty as None. One clean-up for the window, the store and the command line alike."""

from __future__ import annotations


def one_line(text: object) -> str:
    """`text` on one line: runs of spaces, tabs and line breaks become one space, none at
    either end; None is ""."""
    return " ".join(str("" if text is None else text).split())


def optional_text(text: str | None) -> str | None:
    """An optional field's text without spaces at either end; None when nothing is left."""
    return (text or "").strip() or None
