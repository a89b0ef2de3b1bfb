"""Names shared by the server tests: the two councils, the logins, connecting as a login."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit, urlunsplit

DAY = dt.date(2026, 6, 1)
A, B = "minfin", "agro"
SECRETARY_A, SECRETARY_B = "kt_secretary_a", "kt_secretary_b"
CHAIR_A, READER, STRANGER = "kt_chair_a", "kt_reader", "kt_stranger"
LOGINS = (SECRETARY_A, SECRETARY_B, CHAIR_A, READER, STRANGER)


def as_login(address: str, login: str) -> str:
    """The same server and database, connecting as `login`."""
    parts = urlsplit(address)
    netloc = f"{login}@{parts.hostname}:{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
