"""The one place that registers the bundled fonts with reportlab.

Only the DejaVu Sans faces shipped in resources/fonts are used, never a system font path: the
documents must have Ң ң Ө ө Ү ү on every machine (the seed's broken font turned them into
Ў ў Є є Ї ї, DOMAIN.md), and a PDF must look the same wherever it is built.
"""

from __future__ import annotations

import threading

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from kenesh_desktop.paths import fonts_dir

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FACES = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)
_lock = threading.Lock()
_registered = False


def register_fonts() -> str:
    """Register the four DejaVu Sans faces as one family and return the family's name.

    Idempotent and thread-safe (the window may export in a worker thread). The family mapping
    makes `<b>` and `<i>` in a Paragraph pick the bold and oblique faces instead of falling
    back to Helvetica, which has no Kyrgyz letters.
    """
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        folder = fonts_dir()
        for face in _FACES:
            path = folder / f"{face}.ttf"
            if not path.is_file():
                raise FileNotFoundError(f"bundled font missing: {path}")
            pdfmetrics.registerFont(TTFont(face, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True
    return FAMILY
