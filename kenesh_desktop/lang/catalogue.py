"""The fixed texts of the documents and the findings in Kyrgyz and Russian: gettext catalogues.

The English text is the source and stays in the code, in tables of `Texts` (each key's English
`str.format` template, written as `key: text` lines), as the window's English stays in its
tr() calls. The Kyrgyz and Russian are in `translations/ky.po` and `ru.po`, compiled to the
`.mo` files read here by Python's own `gettext` (no dependency): a text is found by its
table's name and key as the message context (msgctxt "minutes:heard") and its English as the
message id, so one English word can have two translations ("Present" as a heading and as a
column). A text the catalogue lacks is shown in English, as Qt shows an untranslated window
string; tests/i18n/test_catalogues.py fails on one.

`translations/update.py` collects every table (`TABLES`) into the catalogues and compiles them.
"""

from __future__ import annotations

import functools
import gettext
import re
import string
from collections.abc import Iterator, Mapping

from kenesh_desktop.lang import LANGUAGES
from kenesh_desktop.paths import translations_dir

SOURCE_LANGUAGE = "en"

TABLES: dict[str, Texts] = {}
"""Every table with texts of its own, by name: what translations/update.py extracts."""


@functools.cache
def catalogue(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of `lang` (translations/<lang>.mo), read once; without it every
    text is English."""
    try:
        with (translations_dir() / f"{lang}.mo").open("rb") as file:
            return gettext.GNUTranslations(file)
    except FileNotFoundError:
        return gettext.NullTranslations()


def check_language(lang: str) -> None:
    """ValueError unless `lang` is ky, ru or en."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")


_LINE = re.compile(r"(?P<key>[\w.-]+): (?P<text>\S.*)")


_FORMATTER = string.Formatter()


def fill(template: str, values: Mapping[str, object]) -> str:
    """`template.format(**values)`, except that a sentence's full stop after a value that ends
    with one is dropped: «по состоянию на {date}.» with «2 декабря 2026 г.» ends in one stop."""
    if "." not in template:
        return template.format(**values)
    out: list[str] = []
    for literal, field, spec, conversion in _FORMATTER.parse(template):
        if literal.startswith(".") and not literal.startswith("..") and out and \
                out[-1].endswith(".") and not out[-1].endswith(".."):
            literal = literal[1:]
        out.append(literal)
        if field is not None:
            value, _ = _FORMATTER.get_field(field, (), values)
            value = _FORMATTER.convert_field(value, conversion)
            out.append(_FORMATTER.format_field(value, spec or ""))
    return "".join(out)


def parse(block: str) -> dict[str, str]:
    """A table's English written as lines of `key: text`: a line indented under one goes on
    with its text (joined by one space), a line starting with # is a comment, a blank line is
    nothing. Plainer to read and edit than a dictionary of quoted strings."""
    texts: dict[str, str] = {}
    key = None
    for number, line in enumerate(block.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line[0].isspace():
            if key is None:
                raise ValueError(f"line {number} goes on with no text above it: {line!r}")
            texts[key] += " " + line.strip()
            continue
        match = _LINE.fullmatch(line.rstrip())
        if match is None:
            raise ValueError(f"line {number} is not 'key: text': {line!r}")
        key = match["key"]
        if key in texts:
            raise ValueError(f"{key!r} is worded twice")
        texts[key] = match["text"]
    return texts


class Texts(Mapping[str, str]):
    """A table of fixed texts: key → English template, each language's text from the catalogue.

    `borrowed` names keys another table words (the pack's roles are the documents' roles):
    they are looked up there, so a text is written and translated once. As a mapping the table
    gives the English of its own and its borrowed keys.
    """

    def __init__(self, name: str, english: str | Mapping[str, str],
                 borrowed: Mapping[str, Texts] | None = None) -> None:
        self.name = name
        self._english = parse(english) if isinstance(english, str) else dict(english)
        self._borrowed = dict(borrowed or {})
        both = self._english.keys() & self._borrowed.keys()
        if both:
            raise ValueError(f"table {name!r} words and borrows {sorted(both)}")
        if self._english:
            if name in TABLES:
                raise ValueError(f"two tables named {name!r}: their contexts would clash")
            TABLES[name] = self

    @classmethod
    def joined(cls, name: str, *tables: Texts) -> Texts:
        """One lookup over several tables (a key may be in one only)."""
        borrowed: dict[str, Texts] = {}
        for table in tables:
            for key in table:
                if key in borrowed:
                    raise ValueError(f"{key!r} is in {borrowed[key].name!r} and {table.name!r}")
                borrowed[key] = table
        return cls(name, {}, borrowed)

    def __getitem__(self, key: str) -> str:
        if key in self._borrowed:
            return self._borrowed[key][key]
        return self._english[key]

    def __iter__(self) -> Iterator[str]:
        yield from self._english
        yield from self._borrowed

    def __len__(self) -> int:
        return len(self._english) + len(self._borrowed)

    def context(self, key: str) -> str:
        """The message context of one of the table's own keys in the catalogues."""
        return f"{self.name}:{key}"

    def entries(self) -> Iterator[tuple[str, str]]:
        """(context, English) of every text the table words itself."""
        for key, english in self._english.items():
            yield self.context(key), english

    def template(self, key: str, lang: str) -> str:
        """The text `key` in `lang` (ky, ru or en) as a template; ValueError for another
        language, KeyError for a key the table does not have."""
        check_language(lang)
        if key in self._borrowed:
            return self._borrowed[key].template(key, lang)
        english = self._english[key]
        if lang == SOURCE_LANGUAGE:
            return english
        return catalogue(lang).pgettext(self.context(key), english)

    def text(self, key: str, lang: str, **values: object) -> str:
        """The text `key` in `lang`, with `values` filled in."""
        template = self.template(key, lang)
        return fill(template, values) if values else template

    def forms(self, key: str) -> Forms:
        """The text `key` in every language, read when asked (a preset's name)."""
        if key not in self:  # fail here, not when a language is first asked for
            raise KeyError(key)
        return Forms(self, key)


class Forms(Mapping[str, str]):
    """One text of a table by language: {"ky": …, "ru": …, "en": …}, read from the catalogue
    when a language is asked for."""

    def __init__(self, table: Texts, key: str) -> None:
        self._table = table
        self._key = key

    def __getitem__(self, lang: str) -> str:
        if lang not in LANGUAGES:
            raise KeyError(lang)
        return self._table.template(self._key, lang)

    def __iter__(self) -> Iterator[str]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)
