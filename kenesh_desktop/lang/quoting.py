"""A name in quotation marks, once: «Жаңы муун» фонду is not quoted again (issue 17 saw
"««Үмүт» …»"). Kyrgyz and Russian use « », English “ ”."""

from __future__ import annotations

QUOTE_MARKS = "«»“”„\""


def quoted(text: str, lang: str) -> str:
    """`text` in the language's quotation marks, unless it already holds quotation marks."""
    text = text.strip()
    if not text or any(mark in text for mark in QUOTE_MARKS):
        return text
    return f"“{text}”" if lang == "en" else f"«{text}»"
