"""The layer rule of DESIGN.md: every module of kenesh_desktop.rules and kenesh_desktop.lang
imports without Qt and without the database, checked in a fresh interpreter so no other
test's imports can hide a leak."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import importlib, json, pkgutil, sys
import kenesh_desktop.lang, kenesh_desktop.rules
names = []
for package in (kenesh_desktop.rules, kenesh_desktop.lang):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
        names.append(info.name)
heavy = sorted(
    name for name in sys.modules
    if name.split(".")[0] in ("PySide6", "shiboken6", "peewee", "reportlab")
)
print(json.dumps({"imported": names, "heavy": heavy}))
"""


def test_rules_and_lang_import_no_qt_and_no_database():
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    report = json.loads(result.stdout)
    # the walk really reached the modules the rule is about
    assert {
        "kenesh_desktop.rules.checks",
        "kenesh_desktop.rules.messages",
        "kenesh_desktop.rules.composition",
        "kenesh_desktop.lang.dates",
    } <= set(report["imported"])
    assert report["heavy"] == []
