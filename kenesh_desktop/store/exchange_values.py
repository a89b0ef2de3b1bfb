"""The values of an exchange file read strictly (exchange_read.py's base): the format's names
and versions, the refusal (`ExchangeError`, naming the file and the JSON path), and the
converters of one value each (text, id, date, time, a vocabulary, a reference to an id
defined earlier in the council), with the limits of rules/limits.py.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable
from typing import Any

from kenesh_desktop.lang.folding import fold_lookalikes
from kenesh_desktop.rules import limits
from kenesh_desktop.rules.dates import parse_iso

FORMAT = "kenesh-exchange"
VERSION = 2
"""The version `export` writes."""
READ_VERSIONS = (1, 2)
"""The versions `import` reads."""
SUFFIX = ".kenesh.json"

_REQUIRED = object()
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


class ExchangeError(ValueError):
    """A refused exchange file: `file` (or None), the JSON `path` (or None) and the `problem`.

    `str()` is one line: "FILE: $.councils[0].members[2].sex: 'x' is not one of: female, male".
    """

    def __init__(self, problem: str, *, path: str | None = None, file: str | None = None):
        super().__init__(problem)
        self.problem = problem
        self.path = path
        self.file = file

    def __str__(self) -> str:
        return ": ".join(part for part in (self.file, self.path, self.problem) if part)


def _key_path(path: str, key: str) -> str:
    if _NAME.fullmatch(key):
        return f"{path}.{key}"
    escaped = key.replace("\\", "\\\\").replace("'", "\\'")
    return f"{path}['{escaped}']"


def _show(value: Any) -> str:
    shown = repr(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= 60 else shown[:57] + "..."


class ValueReader:
    """The converters of one pass over a document; `ids` holds the current council's
    namespace (exchange_read.py's parser reads the records with them)."""

    def __init__(self, file: str | None) -> None:
        self.file = file
        self.version = VERSION
        self.ids: dict[str, tuple[str, str]] = {}  # id -> (kind, path where defined)

    def fail(self, path: str, problem: str):
        raise ExchangeError(problem, path=path, file=self.file)

    # -- value converters: (value, path) -> value
    def as_object(self, value: Any, path: str) -> dict:
        if not isinstance(value, dict):
            self.fail(path, f"expected an object, got {_show(value)}")
        return value

    def as_list(self, value: Any, path: str) -> list:
        if not isinstance(value, list):
            self.fail(path, f"expected a list, got {_show(value)}")
        return value

    def as_text(self, value: Any, path: str) -> str:
        """A string within the limits of its field (rules/limits.py, by the field's key)."""
        if not isinstance(value, str):
            self.fail(path, f"expected a string, got {_show(value)}")
        key = re.sub(r"\[\d+\]$", "", path).rsplit(".", 1)[-1].strip("[]'")
        self.limit(limits.text_problem(value, limits.kind_of(key)), path)
        return value

    def limit(self, problem: limits.Problem | None, path: str) -> None:
        if problem is not None:
            self.fail(path, problem.template.format(field="the value", **problem.values))

    def as_words(self, value: Any, path: str) -> str:
        """Free text (a name, an organisation, a title): look-alike letters folded."""
        return fold_lookalikes(self.as_text(value, path))

    def as_id(self, value: Any, path: str, *, defined: bool = True) -> str:
        """An id; one being defined is held to the id form (a reference to an id not defined
        is refused as unknown)."""
        if not self.as_text(value, path).strip():
            self.fail(path, "an id cannot be empty")
        if defined:
            self.limit(limits.id_problem(value), path)
        return value

    def as_int(self, value: Any, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(path, f"expected a whole number, got {_show(value)}")
        self.limit(limits.number_problem(value, -limits.NUMBER_MAX), path)  # never 2**63
        return value

    def as_bool(self, value: Any, path: str) -> bool:
        if not isinstance(value, bool):
            self.fail(path, f"expected true or false, got {_show(value)}")
        return value

    def as_date(self, value: Any, path: str) -> dt.date:
        if not isinstance(value, str):
            self.fail(path, f"expected a date YYYY-MM-DD, got {_show(value)}")
        try:
            day = parse_iso(value)
        except ValueError as exc:
            self.fail(path, str(exc))
        self.limit(limits.date_problem(day), path)
        return day

    def as_time(self, value: Any, path: str) -> str:
        if not _TIME.fullmatch(self.as_text(value, path)):
            self.fail(path, f"expected a time HH:MM, got {_show(value)}")
        return value

    def one_of(self, vocabulary: tuple[str, ...]) -> Callable[[Any, str], str]:
        def convert(value: Any, path: str) -> str:
            if value not in vocabulary or not isinstance(value, str):
                self.fail(path, f"{_show(value)} is not one of: {', '.join(vocabulary)}")
            return value

        return convert

    # -- fields of an object
    def field(self, obj: dict, key: str, path: str, convert, default: Any = _REQUIRED,
              nullable: bool = False) -> Any:
        where = _key_path(path, key)
        if key not in obj:
            if default is _REQUIRED:
                self.fail(where, "required field is missing")
            return default
        value = obj[key]
        if value is None and nullable:
            return None
        if value is None:
            self.fail(where, "may not be null")
        return convert(value, where)

    def items(self, obj: dict, key: str, path: str, parse_one, *,
              required: bool = True) -> list:
        """The list under `key`, each element parsed with its path. Version-1 lists are
        required (they may be empty); an extension list may be left out."""
        where = _key_path(path, key)
        if key not in obj and required:
            self.fail(where, "required field is missing")
        values = self.as_list(obj[key], where) if key in obj else []
        return [parse_one(self.as_object(v, f"{where}[{i}]"), f"{where}[{i}]")
                for i, v in enumerate(values)]

    def new_id(self, obj: dict, path: str, kind: str) -> str:
        code = self.field(obj, "id", path, self.as_id)
        where = _key_path(path, "id")
        if code in self.ids:
            self.fail(where, f"duplicate id {code!r} (also at {self.ids[code][1]})")
        self.ids[code] = (kind, where)
        return code

    def reference(self, code: Any, path: str, kind: str) -> str:
        self.as_id(code, path, defined=False)
        if self.ids.get(code, ("",))[0] != kind:
            self.fail(path, f"unknown {kind} id {code!r}")
        return code

    def ref_field(self, obj: dict, key: str, path: str, kind: str) -> str | None:
        return self.field(obj, key, path, lambda v, p: self.reference(v, p, kind),
                          default=None, nullable=True)
