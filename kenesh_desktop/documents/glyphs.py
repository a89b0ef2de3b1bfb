"""Characters the bundled font cannot print never become an empty box in a document.

DejaVu Sans (documents/fonts.py) has Ң Ө Ү and about 5,300 other characters in every face,
but not, for example, most emoji or a flag. A character missing from any of the faces a
document uses is printed as its code point in brackets, «[U+1F389]»: visible, unambiguous,
and the same in the PDF, the Word copy and the printout. (The window refuses such characters
at input where it can; this is the documents' own guarantee for whatever reaches them.)
Line breaks and tabs are kept; other control characters become a space.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics

from kenesh_desktop.documents.fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts

_KEPT = {"\n", "\t"}


@cache
def _covered() -> frozenset[int]:
    """The code points every face of the bundled family has a glyph for (reportlab's TTFont
    keeps the font's character map)."""
    register_fonts()
    maps = [frozenset(pdfmetrics.getFont(face).face.charToGlyph)
            for face in (REGULAR, BOLD, ITALIC, BOLD_ITALIC)]
    return frozenset.intersection(*maps)


def replacement(char: str) -> str:
    """What is printed for a character the font lacks: «[U+XXXX]»."""
    return f"[U+{ord(char):04X}]"


def missing(text: str) -> list[str]:
    """The characters of `text` the bundled font cannot print (each once, in order)."""
    covered = _covered()
    seen: dict[str, None] = {}
    for char in text:
        if ord(char) not in covered and char not in _KEPT and char >= " ":
            seen.setdefault(char)
    return list(seen)


def printable(text: str) -> str:
    """`text` with every character the font lacks replaced by «[U+XXXX]», and control
    characters other than line breaks and tabs by a space."""
    covered = _covered()
    if all(ord(char) in covered for char in text):
        return text
    out = []
    for char in text:
        if ord(char) in covered or char in _KEPT:
            out.append(char)
        elif char < " " or "\x7f" <= char < "\xa0":
            out.append(" ")
        else:
            out.append(replacement(char))
    return "".join(out)
