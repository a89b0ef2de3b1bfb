"""The council's annual report to the public (Art. 6: a council informs and reports to the
public on its activity and decisions), a portrait A4 PDF for one year.

What it reports, all from the records: the sittings held and their quorum (Art. 17) with a
bar chart of attendance, each member's attendance, the decisions adopted, the requests sent
and how they were answered against the 2-week deadline (Art. 18) with a chart, the
proposals received and considered (Art. 6), and how far the year's work plan was carried
out. `report_figures.report_figures` computes the figures, `build_annual_report` prints them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from kenesh_desktop.documents import styles as st
from kenesh_desktop.documents.annual_plan import due_text
from kenesh_desktop.documents.common import (
    Output,
    PageSetup,
    build_document,
    esc,
    frame_width,
    markup,
    para,
    signature_block,
    table_style,
)
from kenesh_desktop.documents.fonts import REGULAR
from kenesh_desktop.documents.report_figures import (
    REQUEST_STATES,
    ReportFigures,
    SittingFigures,
    report_figures,
)
from kenesh_desktop.documents.wording import (
    article,
    law_citation,
    share_text,
    text,
    topic_citation,
)
from kenesh_desktop.lang import format_date, format_date_attributive
from kenesh_desktop.rules.meetings import vote_totals
from kenesh_desktop.rules.messages import format_days
from kenesh_desktop.rules.records import AnnualPlan, Council, Member
from kenesh_desktop.rules.rulebook import Rulebook

_GREEN = colors.HexColor("#2E7D32")
_RED = colors.HexColor("#C62828")
_AMBER = colors.HexColor("#E0A526")
_GREY = colors.HexColor("#9E9E9E")
_STATE_COLOURS = {"on_time": _GREEN, "late": _AMBER, "unanswered": _RED, "waiting": _GREY}


# ---------------------------------------------------------------- the document


def build_annual_report(council: Council, year: int, out: Output, lang: str = "ky",
                        rulebook: Rulebook | None = None, on: dt.date | None = None) -> None:
    """Write the council's annual report for `year` as a PDF to `out` in `lang`, with the
    figures as of `on` (default today; the year's last day once it is over)."""
    rulebook = rulebook or council.followed_rulebook
    on = on or dt.date.today()
    figures = report_figures(council, year, on, rulebook)
    short = text("ar_short", lang, year=year)
    setup = PageSetup(lang=lang, header_left=council.name, header_right=short)
    story = report_story(council, figures, lang, rulebook, on)
    build_document(out, story, setup, title=f"{short} — {council.name}", subject=council.name)


def report_story(council: Council, figures: ReportFigures, lang: str, rulebook: Rulebook,
                 on: dt.date) -> list[Flowable]:
    width = frame_width()
    year = figures.year
    story: list[Flowable] = [
        para(esc(council.name), "council"),
        para(esc(council.state_body), "state_body"),
        para(markup("ar_title", lang, year=year), "title"),
        para(markup("ar_basis", lang, citation=law_citation(rulebook, "duties", lang)),
             "body_justified"),
        para(markup("ar_as_of", lang, date=format_date(figures.as_of, lang)), "small"),
    ]
    for number, (key, section) in enumerate(_SECTIONS, start=1):
        story.append(para(f"{number}. {markup(key, lang)}", "heading"))
        story += section(council, figures, lang, rulebook, width)
    chair = _chair(council, figures.as_of)
    story.append(Spacer(1, 8))
    story.append(para(markup("ar_prepared", lang, date=format_date(on, lang)), "small"))
    story.append(signature_block([(text("chair", lang), chair.full_name if chair else "")],
                                 lang, width))
    return story


def _none(key: str, lang: str, **values: object) -> list[Flowable]:
    """What a section says when the year has nothing of its kind."""
    return [para(markup(key, lang, **values), "body")]


def _grid(columns: tuple[tuple[str, float], ...], rows: list[list[Any]], lang: str,
          width: float) -> Table:
    """A table in the plan's style: grid, grey header row repeated on every page; `columns`
    are each the key of its heading and its share of `width`."""
    head = [para(markup(key, lang), "cell_head") for key, _share in columns]
    table = Table([head, *rows], colWidths=[width * share for _key, share in columns],
                  repeatRows=1, hAlign="LEFT")
    table.setStyle(table_style([
        ("GRID", (0, 0), (-1, -1), 0.5, st.RULE_GREY),
        ("BACKGROUND", (0, 0), (-1, 0), st.HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _cell(value: object) -> Any:
    return para(esc(value), "cell")


def _day(day: dt.date | None) -> str:
    """A date in a table cell: 17.09.2026, as Kyrgyz and Russian papers write it in tables
    (the written-out form wraps in a narrow column)."""
    return "" if day is None else f"{day.day:02d}.{day.month:02d}.{day.year}"


def _sittings(council: Council, figures: ReportFigures, lang: str, rulebook: Rulebook,
              width: float) -> list[Flowable]:
    if not figures.sittings:
        return _none("ar_no_sittings", lang, year=figures.year)
    out: list[Flowable] = [para(markup(
        "ar_sittings_summary", lang, year=figures.year, held=len(figures.sittings),
        extraordinary=figures.extraordinary, competent=figures.competent,
        article=article(rulebook.article("sittings"), lang),
        share=share_text(rulebook.quorum_share)), "body")]
    rows: list[list[Any]] = []
    for sitting in figures.sittings:
        meeting, quorum = sitting.meeting, sitting.quorum
        rows.append([
            para(str(meeting.number), "cell_number"),
            _cell(_day(meeting.date)),
            _cell(text(f"ar_kind_short_{meeting.kind}", lang)),
            _cell(f"{quorum.present} / {quorum.members}"),
            _cell(text("ar_competent" if quorum.reached else "ar_not_competent", lang)),
            para(str(len(meeting.items)), "cell_number"),
        ])
    out.append(_grid((("col_no", 0.07), ("ar_col_date", 0.2), ("ar_col_kind", 0.2),
                      ("ar_col_present", 0.15), ("ar_col_quorum", 0.24), ("ar_col_items", 0.14)),
                     rows, lang, width))
    out.append(Spacer(1, 8))
    out.append(KeepTogether([para(markup("ar_chart_attendance", lang), "small"),
                             _attendance_chart(figures.sittings, width)]))
    return out


def _drawing(width: float, height: float) -> Drawing:
    """A Drawing whose graphics state starts in the bundled font: reportlab's default is
    Helvetica, which has no Kyrgyz letters and would otherwise be embedded too."""
    drawing = Drawing(width, height)
    drawing.initialFontName = REGULAR
    return drawing


def _attendance_chart(sittings: list[SittingFigures], width: float) -> Drawing:
    """Bars of members present per sitting (green: competent, red: not), with a dashed mark
    at the number the quorum needed that day (Art. 17)."""
    height = 150.0
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 28, 22
    chart.width, chart.height = width - 36, height - 32
    chart.data = [[s.quorum.present for s in sittings]]
    top = max(max(s.quorum.members for s in sittings), 1)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = max(1, top // 5)
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [f"№{s.meeting.number}" for s in sittings]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 7
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.barWidth = 10
    chart.groupSpacing = 10
    chart.bars[0].strokeColor = None
    for index, sitting in enumerate(sittings):
        chart.bars[(0, index)].fillColor = _GREEN if sitting.quorum.reached else _RED
    drawing.add(chart)
    slot = chart.width / len(sittings)
    for index, sitting in enumerate(sittings):
        y = chart.y + chart.height * sitting.quorum.needed / top
        left = chart.x + slot * index + slot * 0.12
        mark = Line(left, y, left + slot * 0.76, y, strokeColor=colors.black, strokeWidth=0.8)
        mark.strokeDashArray = [2, 2]
        drawing.add(mark)
    return drawing


def _attendance(council: Council, figures: ReportFigures, lang: str, rulebook: Rulebook,
                width: float) -> list[Flowable]:
    if not figures.attendance:
        return _none("ar_no_sittings", lang, year=figures.year)
    rows: list[list[Any]] = []
    for index, line in enumerate(figures.attendance, start=1):
        rows.append([
            para(str(index), "cell_number"),
            _cell(line.member.full_name),
            _cell(text(f"role_{line.member.role}", lang)),
            _cell(f"{line.attended} / {line.of}"),
            para(f"{line.percent}%", "cell_number"),
        ])
    return [_grid((("col_no", 0.07), ("ar_col_member", 0.41), ("ar_col_role", 0.22),
                   ("ar_col_attended", 0.18), ("ar_col_share", 0.12)), rows, lang, width)]


def _decisions(council: Council, figures: ReportFigures, lang: str, rulebook: Rulebook,
               width: float) -> list[Flowable]:
    out: list[Flowable] = []
    if figures.items_total:
        out.append(para(markup(
            "ar_decisions_summary", lang, items=figures.items_total,
            adopted=len(figures.decisions), rejected=figures.items_rejected,
            no_quorum=figures.items_no_quorum, unvoted=figures.items_unvoted), "body"))
    if not figures.decisions:
        return out + _none("ar_no_decisions", lang)
    rows: list[list[Any]] = []
    for decision in figures.decisions:
        meeting, item = decision.meeting, decision.item
        where = text("ar_sitting_ref", lang, number=meeting.number,
                     date=_day(meeting.date))
        totals = vote_totals(item.votes)
        votes = text("ar_votes_short", lang, for_=totals.for_, against=totals.against,
                     abstain=totals.abstain)
        rows.append([_cell(where), _cell(item.title),
                     para(f"{esc(item.decision)}<br/>{esc(votes)}", "cell")])
    return out + [_grid((("ar_col_sitting", 0.2), ("ar_col_item", 0.38),
                         ("ar_col_decision", 0.42)), rows, lang, width)]


def _requests(council: Council, figures: ReportFigures, lang: str, rulebook: Rulebook,
              width: float) -> list[Flowable]:
    if not figures.requests:
        return _none("ar_no_requests", lang, year=figures.year)
    out: list[Flowable] = [para(markup(
        "ar_requests_summary", lang, year=figures.year, total=len(figures.requests),
        article=article(rulebook.article("state_body"), lang),
        days=format_days(rulebook.answer_days, lang)), "body")]
    counts = figures.request_counts()
    out.append(KeepTogether([
        para(markup("ar_chart_requests", lang), "small"),
        _requests_chart(counts, lang, width),
    ]))
    out.append(Spacer(1, 6))
    rows: list[list[Any]] = []
    for request, state in figures.requests:
        rows.append([
            _cell(request.number),
            _cell(request.subject),
            _cell(request.addressee),
            _cell(_day(request.registered)),
            _cell(_day(request.answered)),
            _cell(text(f"ar_request_{state}", lang)),
        ])
    return out + [_grid((("col_no", 0.08), ("ar_col_subject", 0.25), ("ar_col_addressee", 0.2),
                         ("ar_col_registered", 0.15), ("ar_col_answered", 0.15),
                         ("col_status", 0.17)), rows, lang, width)]


def _requests_chart(counts: dict[str, int], lang: str, width: float) -> Drawing:
    """One bar per state of the requests (Art. 18), each with its count."""
    labels = [text(f"ar_request_{state}", lang) for state in REQUEST_STATES]
    label_width = max(stringWidth(label, REGULAR, 8) for label in labels) + 8
    height = 22.0 * len(REQUEST_STATES) + 16
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width, 6
    chart.width, chart.height = min(width - label_width - 24, 260), height - 12
    # A horizontal chart draws its first category at the bottom: reverse to read top-down.
    order = list(reversed(REQUEST_STATES))
    chart.data = [[counts[state] for state in order]]
    chart.categoryAxis.categoryNames = [text(f"ar_request_{state}", lang) for state in order]
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(max(counts.values()), 1)
    chart.valueAxis.visible = False
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = 8
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.bars[0].strokeColor = None
    for index, state in enumerate(order):
        chart.bars[(0, index)].fillColor = _STATE_COLOURS[state]
    drawing.add(chart)
    if not any(counts.values()):
        drawing.add(String(chart.x + 4, height / 2, "0", fontName=REGULAR, fontSize=8))
    return drawing


def _proposals(council: Council, figures: ReportFigures, lang: str, rulebook: Rulebook,
               width: float) -> list[Flowable]:
    if not figures.proposals:
        return _none("ar_no_proposals", lang, year=figures.year)
    # Art. 6: the council receives and considers proposals of citizens and organisations.
    out: list[Flowable] = [para(markup(
        "ar_proposals_summary", lang, year=figures.year, received=len(figures.proposals),
        considered=figures.considered, cite=topic_citation(rulebook, "duties", lang)),
        "body")]
    rows: list[list[Any]] = []
    for proposal in figures.proposals:
        meeting = council.meeting(proposal.considered_at) if proposal.considered_at else None
        considered = (text("ar_sitting_ref", lang, number=meeting.number,
                           date=_day(meeting.date))
                      if meeting else text("ar_not_considered", lang))
        rows.append([
            _cell(_day(proposal.received)),
            _cell(proposal.author),
            _cell(proposal.summary),
            _cell(considered),
            _cell(proposal.outcome or ""),
        ])
    return out + [_grid((("ar_col_received", 0.15), ("ar_col_author", 0.2),
                         ("ar_col_summary", 0.3), ("ar_col_considered", 0.17),
                         ("ar_col_outcome", 0.18)), rows, lang, width)]


def _plan(council: Council, figures: ReportFigures, lang: str, rulebook: Rulebook,
          width: float) -> list[Flowable]:
    plan = figures.plan
    if plan is None:
        return _none("ar_no_plan", lang, year=figures.year)
    out: list[Flowable] = [para(_approval(council, plan, lang, rulebook), "body")]
    counts = figures.plan_counts()
    out.append(para(markup("ar_plan_summary", lang, year=figures.year, total=len(plan.items),
                           **counts), "body"))
    if not plan.items:
        return out
    rows: list[list[Any]] = []
    for index, item in enumerate(plan.items, start=1):
        rows.append([
            para(str(index), "cell_number"),
            _cell(item.title),
            _cell(due_text(item, lang)),
            _cell(item.responsible),
            _cell(text(f"status_{item.status}", lang)),
        ])
    return out + [_grid((("col_no", 0.06), ("col_activity", 0.4), ("col_due", 0.17),
                         ("col_responsible", 0.2), ("col_status", 0.17)), rows, lang, width)]


def _approval(council: Council, plan: AnnualPlan, lang: str, rulebook: Rulebook) -> str:
    """The approval line and, when recorded, the copy sent to the state body (Art. 18)."""
    if plan.approved is None:
        return markup("ar_plan_not_approved", lang)
    meeting = council.meeting(plan.approved_at) if plan.approved_at else None
    if meeting is not None:
        line = markup("approved_at", lang, number=meeting.number,
                      date=format_date_attributive(meeting.date, lang))
    else:
        line = markup("approved_on", lang, date=format_date(plan.approved, lang))
    if plan.sent is not None:
        # «20 января 2026 г.» already ends the sentence.
        line += " " if line.endswith(".") else ". "
        line += markup("plan_sent", lang, date=format_date(plan.sent, lang),
                       article=article(rulebook.article("state_body"), lang))
        if plan.letter_number.strip():
            line += ", " + markup("plan_letter", lang, number=plan.letter_number.strip())
    return line if line.endswith(".") else line + "."


def _chair(council: Council, day: dt.date) -> Member | None:
    chairs = [m for m in council.active_members(day) if m.role == "chair"]
    chairs.sort(key=lambda m: (m.start, m.id))
    return chairs[-1] if chairs else None


_SECTIONS = (("ar_sec_sittings", _sittings), ("ar_sec_attendance", _attendance),
             ("ar_sec_decisions", _decisions), ("ar_sec_requests", _requests),
             ("ar_sec_proposals", _proposals), ("ar_sec_plan", _plan))
"""The report's numbered sections: the key of each heading and what it holds."""
