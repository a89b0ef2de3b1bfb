"""What the open database lets this person do: everything on a laptop's file; on a shared
server, what the server's owner granted the login (`server grant`), council by council.

The server enforces the grants itself (row-level security, postgres_policies.py); these
answers let the program say so before it tries (an import of a council the login may not
write is refused up front, with nothing written) and let the window show a reader's
councils as read-only.
"""

from __future__ import annotations

from dataclasses import dataclass

from kenesh_desktop.store.binding import db

OWNER = "owner"
SECRETARY = "secretary"
CHAIR = "chair"
READER = "reader"
ALL_COUNCILS = "*"
_RANK = {READER: 1, CHAIR: 2, SECRETARY: 3, OWNER: 4}


@dataclass(frozen=True)
class Access:
    """The login (None on a file) and its grants: (council id or "*", role)."""

    login: str | None
    owner: bool
    grants: tuple[tuple[str, str], ...]

    def role(self, council_id: str) -> str | None:
        """The strongest role on this council: owner, secretary, chair, reader or None."""
        if self.owner:
            return OWNER
        roles = [role for council, role in self.grants if council in (council_id, ALL_COUNCILS)]
        return max(roles, key=_RANK.__getitem__, default=None)

    def may_write(self, council_id: str) -> bool:
        """May change the council's records (import it, edit it)."""
        return self.role(council_id) in (OWNER, SECRETARY)

    def may_finalize(self, council_id: str) -> bool:
        """May finalize and reopen the council's sittings."""
        return self.role(council_id) in (OWNER, SECRETARY, CHAIR)

    def may_create(self) -> bool:
        """May add a council (the server still fences its id: a secretary's grant on it)."""
        return self.owner or any(role == SECRETARY for _, role in self.grants)

    @property
    def reads_all(self) -> bool:
        """Sees every council of the server (the Coordination Council's view)."""
        return self.owner or any(council == ALL_COUNCILS for council, _ in self.grants)


def current() -> Access:
    """The open database's access (a file: its user may do everything)."""
    database = db.obj
    grants = getattr(database, "grants", None)
    if not callable(grants):
        return Access(None, True, ())
    return Access(database.who(), database.is_owner(), tuple(grants()))


def is_server() -> bool:
    """True when the open database is a shared server."""
    return callable(getattr(db.obj, "grants", None))
