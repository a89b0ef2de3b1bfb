"""Temporary files and written documents are private (issue 16, finding 9): every document
and export is written 0600, a temporary left by a killed run is swept at the next start,
"Open PDF" never writes into the system's shared temporary folder, and the private folder is
the user's alone (0700)."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest
from safety_helpers import python

from kenesh_desktop import files, private_files
from kenesh_desktop.documents.csv_export import write_csv

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def test_documents_and_exports_are_written_0600(tmp_path, council):
    from kenesh_desktop.documents.annual_plan import build_plan
    from kenesh_desktop.store.exchange import dump_exchange_file

    os.umask(0o022)
    pdf, csv_file, exchange = (tmp_path / "plan.pdf", tmp_path / "r.csv",
                               tmp_path / "x.kenesh.json")
    build_plan(council, council.plans[0].year, pdf, "ky")
    write_csv(csv_file, ["a", "b"], [["1", "2"]])
    dump_exchange_file([council], exchange)
    for path in (pdf, csv_file, exchange):
        assert path.stat().st_mode & 0o777 == 0o600, path


def test_a_temporary_is_recorded_while_it_exists_and_removed_on_success(tmp_path):
    target = tmp_path / "out.pdf"
    with files.replacing(target) as temporary:
        temporary.write_bytes(b"%PDF")
        assert temporary.stat().st_mode & 0o777 == 0o600
        records = list((private_files.private_dir("pending")).glob("*.path"))
        assert [Path(r.read_text()) for r in records] == [temporary]
    assert target.read_bytes() == b"%PDF"
    assert not temporary.exists() and not list(private_files.private_dir("pending").iterdir())


def test_a_killed_run_leaves_nothing_after_the_next_start(tmp_path):
    target = tmp_path / "secret.kenesh.json"
    child = python(
        "import sys, time\n"
        "from kenesh_desktop import files\n"
        "with files.replacing(sys.argv[1]) as t:\n"
        "    t.write_text('personal data'); print(t, flush=True); time.sleep(60)\n",
        str(target))
    temporary = Path(child.stdout.readline().strip())
    assert temporary.exists()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert temporary.exists() and not target.exists()  # what a killed run leaves
    removed = private_files.sweep()
    assert temporary in removed and not temporary.exists()


def test_old_files_in_the_private_folder_are_swept(tmp_path):
    folder = private_files.private_dir("open")
    old = folder / "minutes-x.pdf"
    old.write_bytes(b"%PDF")
    assert folder.stat().st_mode & 0o777 == 0o700
    private_files.sweep(now=time.time() + 3600)
    assert not old.exists()
