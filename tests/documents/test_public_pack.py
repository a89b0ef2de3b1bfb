"""The public pack (EXCHANGE.md v2 `publish`, Art. 6) as a browser and a reader meet it: every
page is valid HTML5, every link resolves to a file of the folder, nothing is fetched from the
network, markup typed into a record shows as text, and the folder is written whole or not at
all into an empty or new folder only."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib
import pytest
from public_factory import DAY, SCRIPT, Page, public_test_council

from kenesh_desktop import paths
from kenesh_desktop.documents import public_pack
from kenesh_desktop.documents.public_pack import (
    PackTargetError,
    check_target,
    data_files,
    publish_pack,
)
from kenesh_desktop.documents.report_figures import REQUEST_STATES
from kenesh_desktop.rules.outcome import OUTCOMES
from kenesh_desktop.rules.records import GUEST_CATEGORIES, MEETING_KINDS, PLAN_ITEM_STATUSES, ROLES

VOCABULARIES = {
    "kind_": MEETING_KINDS, "sitting_title_": MEETING_KINDS, "role_": ROLES,
    "status_": ("finalized", "in_preparation", "upcoming", *PLAN_ITEM_STATUSES),
    "notice_": ("in_preparation", "upcoming"), "outcome_": OUTCOMES,
    "guest_": GUEST_CATEGORIES, "ar_request_": REQUEST_STATES,
    "vote_": ("for", "against", "abstain"),
    "table.": (*data_files.COLUMNS, "council"), "about.": (*data_files.COLUMNS, "council"),
    "council.": data_files.COUNCIL_FIELDS,
}
"""The values a template puts after a text's prefix (t("kind_" + sitting.kind))."""


@pytest.fixture(scope="module")
def packs(tmp_path_factory) -> dict[str, Path]:
    """The test council's pack in each language (built once for the module)."""
    council = public_test_council()
    out = {}
    for lang in ("ky", "ru", "en"):
        folder = tmp_path_factory.mktemp("pack") / lang
        publish_pack(council, folder, lang, DAY)
        out[lang] = folder
    return out


def html_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.html"))


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_every_page_is_valid_html5(packs, lang):
    pages = html_files(packs[lang])
    assert len(pages) >= 12
    for page in pages:
        parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
        parser.parse(page.read_bytes())  # raises on any parse error of the standard
        assert not parser.errors, (page.name, parser.errors)
        head = page.read_text(encoding="utf-8")[:400]
        assert head.startswith("<!DOCTYPE html>")
        assert f'<html lang="{lang}">' in head
        assert '<meta charset="utf-8">' in head
        assert 'name="viewport"' in head  # phones: the width of the device, not 980 px
        ids = re.findall(r'\bid="([^"]+)"', page.read_text(encoding="utf-8"))
        assert len(ids) == len(set(ids)), (page.name, "duplicate id")


def test_the_files_a_reader_expects(packs):
    folder = packs["ky"]
    for name in ("index.html", "composition.html", "sittings.html", "plans.html",
                 "reports.html", "data.html", "style.css", "sittings.ics", "data/README.md",
                 "data/council.json", "plan-2027.html", "report-2027.html"):
        assert (folder / name).is_file(), name
    # One page and one calendar file per sitting.
    for number in (1, 3, 4, 5, 6):
        assert (folder / f"sitting-{number}.html").is_file()
        assert (folder / "calendar" / f"sitting-{number}.ics").is_file()
    # The 2028 plan is not approved: the council's draft, not published.
    assert not (folder / "plan-2028.html").exists()


@pytest.mark.parametrize("lang", ["ky", "en"])
def test_every_link_resolves_inside_the_folder(packs, lang):
    folder = packs[lang].resolve()
    checked = 0
    for path in html_files(folder):
        page = Page(path)
        for link in page.links:
            parts = urlsplit(link)
            assert not parts.scheme and not parts.netloc, (path.name, link)
            if not parts.path:  # a link within the page
                assert parts.fragment in page.ids, (path.name, link)
                continue
            target = (path.parent / unquote(parts.path)).resolve()
            assert target.is_relative_to(folder), (path.name, link)
            assert target.is_file(), (path.name, link)
            if parts.fragment:
                assert parts.fragment in Page(target).ids, (path.name, link)
            checked += 1
    assert checked > 100


def test_nothing_comes_from_the_network_and_nothing_runs(packs):
    for lang, folder in packs.items():
        for path in [*html_files(folder), folder / "style.css"]:
            content = path.read_text(encoding="utf-8")
            assert "http://" not in content and "https://" not in content, path.name
            assert "@import" not in content and "url(" not in content, path.name
            if path.suffix == ".html":
                tags = Page(path).tags
                assert "script" not in tags and "iframe" not in tags, (lang, path.name)
                assert "<link rel=\"stylesheet\" href=\"style.css\">" in content


def test_markup_in_a_record_shows_as_text(packs):
    """A member named <script>alert(1)</script>: written escaped, read back as that text."""
    for folder in packs.values():
        for path in html_files(folder):
            assert "<script" not in path.read_text(encoding="utf-8").lower(), path.name
        composition = Page(folder / "composition.html")
        assert SCRIPT in composition.text
        assert "«A & B»" in composition.text
        assert "script" not in composition.tags
    # In the sitting he attended, among those present, as text too.
    assert SCRIPT in Page(packs["ky"] / "sitting-3.html").text


def test_the_sittings_and_their_state(packs):
    folder = packs["ru"]
    listing = Page(folder / "sittings.html").text
    for number in (1, 3, 4, 5, 6):
        assert f"Заседание №{number}" in listing or f">{number}<" in (
            folder / "sittings.html").read_text(encoding="utf-8")
    finalized = Page(folder / "sitting-3.html").text
    assert "протокол утверждён" in finalized.lower() or "утверждён" in finalized
    assert "Присутствовали" in finalized and "Отсутствовали" in finalized
    # Sitting No. 4 had no quorum: nothing adopted, said with the article (Art. 17).
    draft4 = Page(folder / "sitting-4.html").text
    assert "Протокол этого заседания ещё не утверждён" in draft4
    ahead = Page(folder / "sitting-6.html").text
    assert "Заседание ещё не состоялось" in ahead
    assert "не указано" in ahead  # neither time nor place yet
    assert "ст. 18" in ahead  # proposed by the state body (Art. 18)


def test_the_outcome_of_each_item_of_a_finalized_sitting(packs):
    page = Page(packs["en"] / "sitting-3.html").text
    # 9 of 14 present (the markup member counts): 14 need 10, so no quorum: nothing adopted.
    assert "9 of 14 members present" in page
    assert "Not adopted: there was no quorum" in page
    assert "Adopted" not in page.replace("adopts nothing", "")
    first = Page(packs["en"] / "sitting-1.html").text
    assert "Adopted" in first
    assert "Votes: for — 11, against — 0, abstained — 0." in first


def test_the_composition_in_force(packs):
    page = Page(packs["en"] / "composition.html").text
    assert "Members: 14 (women: 7, men: 7)." in page
    assert "Term of office: 1 February 2026 – 31 January 2028" in page
    assert "Art. 14" in page
    # The chair first.
    assert page.index("Асанова Айгүл Бакытовна") < page.index("Өмүрбеков Нурлан")


def test_the_report_counts_only_finalized_minutes(packs):
    page = Page(packs["en"] / "report-2027.html").text
    # Sittings 1 and 3 are finalized; 4 and 5 wait for their minutes.
    assert "2 sittings were held in 2027" in page
    assert "2 sitting(s) whose minutes are not finalized yet are not counted here." in page
    assert "Of 4 items in finalized minutes: adopted 1, not adopted 0, not put to the vote 0, "\
           "not adopted for want of a quorum 3." in page
    svg = (packs["en"] / "report-2027.html").read_text(encoding="utf-8")
    assert svg.count("<svg") == 2  # attendance and requests, inline


def test_languages_word_the_same_pages(packs):
    assert "Курамы" in Page(packs["ky"] / "index.html").text
    assert "Состав" in Page(packs["ru"] / "index.html").text
    assert "Composition" in Page(packs["en"] / "index.html").text


def test_every_text_of_the_pages_is_worded_in_every_language():
    """Each fixed text a template or the pack names exists in ky, ru and en (a missing one
    would fail only on the page that needs it)."""
    from kenesh_desktop.documents import wording
    from kenesh_desktop.documents.public_pack import words

    folder = paths.templates_dir() / "public_pack"
    used = set()
    for template in folder.glob("*.j2"):
        source = template.read_text("utf-8")
        used |= set(re.findall(r"""\bt\(["']([a-z_.]+)["']\s*[,)]""", source))
        # Keys made of a prefix and a record's value: every value of the vocabulary.
        for prefix in re.findall(r"""\bt\(["']([a-z_.]+)["']\s*\+""", source):
            used |= {prefix + value for value in VOCABULARIES[prefix]}
    assert len(used) > 80
    for key in used:
        assert key in words.PACK, key
    for key in words.PACK:
        texts = words.PACK.forms(key)
        assert set(texts) == {"ky", "ru", "en"} and all(texts.values()), key
    for key in words.BORROWED:
        assert key in wording.DOCUMENTS, key


def test_the_templates_ship_with_the_resources():
    """Inside resources/: the wheel's force-include and build.spec's datas carry that folder
    whole, so the installed program and the bundle find the templates as the checkout does."""
    folder = paths.templates_dir() / "public_pack"
    assert folder.is_relative_to(paths.resources_dir())
    assert (folder / "base.html.j2").is_file() and (folder / "style.css").is_file()
    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text("utf-8")
    assert '"resources" = "kenesh_desktop/resources"' in pyproject
    spec = (Path(__file__).resolve().parents[2] / "build.spec").read_text("utf-8")
    assert '(str(ROOT / "resources"), "kenesh_desktop/resources")' in spec


# ---------------------------------------------------------------- the folder


def test_a_folder_with_anything_in_it_is_refused(tmp_path):
    target = tmp_path / "site"
    target.mkdir()
    (target / "old.txt").write_text("keep me")
    with pytest.raises(PackTargetError, match="not empty"):
        publish_pack(public_test_council(), target, "ky", DAY)
    assert [p.name for p in target.iterdir()] == ["old.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_a_file_or_a_missing_parent_is_refused(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(PackTargetError, match="not a folder"):
        check_target(tmp_path / "file")
    with pytest.raises(PackTargetError, match="does not exist"):
        check_target(tmp_path / "missing" / "site")


def test_an_empty_folder_is_filled(tmp_path):
    target = tmp_path / "usb"
    target.mkdir()
    index = publish_pack(public_test_council(), target, "en", DAY)
    assert index == target / "index.html" and index.is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["usb"]  # no staging left


def test_a_failure_leaves_nothing(tmp_path, monkeypatch):
    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(public_pack.data_files, "write_data", broken)
    with pytest.raises(OSError, match="disk full"):
        publish_pack(public_test_council(), tmp_path / "site", "ky", DAY)
    assert list(tmp_path.iterdir()) == []


def test_progress_is_reported_to_the_end(tmp_path):
    seen: list[tuple[int, int]] = []
    publish_pack(public_test_council(), tmp_path / "site", "ky", DAY,
                 lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]
    assert [done for done, _ in seen] == list(range(1, len(seen) + 1))


def test_an_unknown_language_is_refused(tmp_path):
    with pytest.raises(ValueError, match="language"):
        publish_pack(public_test_council(), tmp_path / "site", "de", DAY)


def test_a_council_under_its_own_regulation_is_published_by_it(tmp_path):
    """Issue 18: a council's own regulation names only the composition, sittings and state
    body: the pack cites its articles and its name, and words the duties without one."""
    import dataclasses
    from fractions import Fraction

    from kenesh_desktop.rules.rulebook import LAW_74

    council = public_test_council()
    council.rulebook = dataclasses.replace(
        LAW_74, key="own", name="Положение об Общественном совете", short_name="Положение",
        source="Приказ министерства № 1", quorum_share=Fraction(1, 2),
        articles={"composition": 9, "sittings": 13, "state_body": 5})
    publish_pack(council, tmp_path / "pack", "ru", DAY)
    pages = {p.name: Page(p).text.replace("\u00a0", " ")
             for p in html_files(tmp_path / "pack")}
    every = " ".join(pages.values())
    assert "Закон №74" not in every and "ст. 14" not in every and "ст. 17" not in every
    name = "Положение об Общественном совете"
    assert f"решениях ({name}):" in pages["index.html"]  # the duties: the regulation alone
    assert f"(ст. 9, {name})" in pages["composition.html"]
