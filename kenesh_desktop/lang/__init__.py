"""Language without Qt: official date styles, Kyrgyz alphabetical order, look-alike letters,
and the catalogues of the documents' and findings' texts (`catalogue`).

A leaf package (of ours it imports only `kenesh_desktop.paths`, to find the catalogues; no Qt,
no database), so every layer, `rules/` included, can use it.
"""

from kenesh_desktop.lang.collation import kyrgyz_sort_key
from kenesh_desktop.lang.dates import format_date, format_date_attributive
from kenesh_desktop.lang.folding import fold_lookalikes, identity_key

LANGUAGES = ("ky", "ru", "en")

__all__ = [
    "LANGUAGES",
    "format_date",
    "format_date_attributive",
    "fold_lookalikes",
    "identity_key",
    "kyrgyz_sort_key",
]
