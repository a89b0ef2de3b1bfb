"""The pack's pages: Jinja2 templates (resources/templates/public_pack, found through
`paths.templates_dir`, so the wheel and the bundle carry them) filled with the public records.

Every HTML template is autoescaped: a name typed as `<script>alert(1)</script>` is written
as text, never as markup, and no page is built from strings by hand. The README is Markdown
(not autoescaped); the one record it names, the council, goes through the `md` filter.
StrictUndefined makes a misspelt name in a template an error, not an empty cell.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from kenesh_desktop import paths
from kenesh_desktop.documents.annual_plan import due_text
from kenesh_desktop.documents.public_pack.view import PublicCouncil, PublicPlanItem
from kenesh_desktop.documents.public_pack.words import text
from kenesh_desktop.documents.wording import (
    article,
    law_citation,
    rulebook_name,
    share_text,
    topic_citation,
)
from kenesh_desktop.lang import format_date
from kenesh_desktop.rules.messages import format_days
from kenesh_desktop.rules.records import PlanItem

NAV = (
    ("index.html", "nav_home"),
    ("composition.html", "nav_composition"),
    ("sittings.html", "nav_sittings"),
    ("plans.html", "nav_plans"),
    ("reports.html", "nav_reports"),
    ("data.html", "nav_data"),
)
"""The pages every page links to, in the navigation's order."""

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _markdown_text(value: object) -> str:
    """Text that Markdown shows as typed: its special characters backslash-escaped."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(value))


def template_folder() -> Path:
    """The folder of the pack's templates and stylesheet."""
    return paths.templates_dir() / "public_pack"


NBSP = "\u00a0"


def _unbroken(text: str) -> str:
    """«ст. 17», «2026 г.», "Art. 17" kept on one line (a narrow phone screen would otherwise
    leave «17» or «г.» alone at the start of a line)."""
    return (text.replace(" г.", NBSP + "г.").replace("ст. ", "ст." + NBSP)
            .replace("Art. ", "Art." + NBSP))


def page_date(day: dt.date | None, lang: str) -> str:
    return _unbroken(format_date(day, lang))


@jinja2.pass_context
def _date_filter(context: jinja2.runtime.Context, day: dt.date | None) -> str:
    return page_date(day, context["lang"])


@jinja2.pass_context
def _due_filter(context: jinja2.runtime.Context, item: PublicPlanItem) -> str:
    """A plan's due column: a day, a month or a quarter, as the plan's PDF writes it."""
    return due_text(PlanItem(title=item.title, due=item.due, due_precision=item.due_precision),
                    context["lang"])


@cache
def environment() -> jinja2.Environment:
    """The templates, loaded once; HTML autoescaped, Markdown not."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(template_folder()),
        autoescape=lambda name: bool(name) and name.endswith(".html.j2"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(date=_date_filter, due=_due_filter, md=_markdown_text)
    return env


def _when(lang: str):
    def when(sitting: Any) -> str:
        day = page_date(sitting.date, lang)
        return f"{day}, {sitting.time}" if sitting.time else day
    return when


def render(template: str, public: PublicCouncil, lang: str, current: str = "",
           section: str = "", **context: Any) -> str:
    """The page `template` of the pack in `lang`: `current` is its own file name, `section`
    the navigation's page it belongs to (a sitting's page to the sittings), marked there."""
    rb = public.rulebook
    values: dict[str, Any] = {
        "lang": lang,
        "council": public,
        "nav": NAV,
        "current": current,
        "section": section or current,
        "law": rulebook_name(rb, lang),
        "share": share_text(rb.quorum_share),
        "answer_days": format_days(rb.answer_days, lang),
        # «… 2026 г.» ending a sentence: one full stop, not two.
        "t": lambda key, **values: text(key, lang, **values).replace("г..", "г."),
        "article": lambda topic: _unbroken(article(rb.article(topic), lang)),
        # A topic only some rulebooks cite (duties): with its article and the rulebook's name,
        # or the name alone; `cite` is " (ст. 6)" or nothing.
        "citation": lambda topic: _unbroken(law_citation(rb, topic, lang)),
        "cite": lambda topic: _unbroken(topic_citation(rb, topic, lang)),
        "when": _when(lang),
        **context,
    }
    return environment().get_template(template).render(values)
