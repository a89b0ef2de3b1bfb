"""The `council` fixture of the document tests: fresh hand-built records for every test."""

from __future__ import annotations

import pytest
from documents_factory import make_council

from kenesh_desktop.rules.records import Council


@pytest.fixture
def council() -> Council:
    return make_council()
