"""The minutes out of the window: the PDF (documents.minutes) and the printer.

PDF: `write_minutes_pdf` calls `documents.minutes.build_minutes` (reportlab imported only
then); saving and the system viewer are `ui.documents_export`'s. Choosing a printer goes
through `choose_printer`, a module function, so tests replace it and no print dialog ever
appears in a test run.

Printing: Qt cannot draw a PDF here (QtPdf is not part of PySide6-Essentials), so Ctrl+P
prints a QTextDocument of the same minutes, built by `minutes_html` from the same records with
the same wording (documents.wording) and the same rules, in the bundled DejaVu font (it has
Ң Ө Ү). The draft mark and the fingerprint are printed as in the PDF.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from kenesh_desktop import paths
from kenesh_desktop.documents.fingerprint import meeting_fingerprint
from kenesh_desktop.documents.wording import (
    adoption_rule_text,
    article,
    members_noun,
    rulebook_name,
    share_text,
    text,
    vote_outcome_text,
)
from kenesh_desktop.lang import format_date, kyrgyz_sort_key
from kenesh_desktop.rules.meetings import adopted, meeting_quorum, vote_totals
from kenesh_desktop.rules.records import Council, Meeting, Member
from kenesh_desktop.rules.rulebook import Rulebook

_font_family: str | None = None


def write_minutes_pdf(council: Council, meeting_id: str, path: Path, lang: str,
                      rulebook: Rulebook | None = None) -> None:
    """The minutes PDF at `path` (reportlab is imported only when a PDF is made)."""
    rulebook = rulebook or council.followed_rulebook
    from kenesh_desktop.documents.minutes import build_minutes

    build_minutes(council, meeting_id, path, lang, rulebook)


def choose_printer(parent: QWidget | None, printer: QPrinter) -> bool:
    """The system print dialog; True when the user chose to print (tests replace this)."""
    dialog = QPrintDialog(printer, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def document_font() -> QFont:
    """The bundled DejaVu Sans (Ң Ө Ү), registered once; the default font if it is missing."""
    global _font_family
    if _font_family is None:
        font_id = QFontDatabase.addApplicationFont(str(paths.fonts_dir() / "DejaVuSans.ttf"))
        for face in ("DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                     "DejaVuSans-BoldOblique.ttf"):
            QFontDatabase.addApplicationFont(str(paths.fonts_dir() / face))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _font_family = families[0] if families else ""
    font = QFont(_font_family) if _font_family else QFont()
    font.setPointSizeF(10.5)
    return font


def print_minutes(parent: QWidget | None, council: Council, meeting: Meeting, lang: str,
                  rulebook: Rulebook | None = None) -> bool:
    """Print the minutes through the system print dialog; False when cancelled."""
    rulebook = rulebook or council.followed_rulebook
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(text("minutes_short", lang, number=meeting.number))
    if not choose_printer(parent, printer):
        return False
    document = QTextDocument()
    document.setDefaultFont(document_font())
    document.setHtml(minutes_html(council, meeting, lang, rulebook))
    document.print_(printer)
    return True


# ---------------------------------------------------------------- the minutes as HTML


def _t(key: str, lang: str, **values: object) -> str:
    """A fixed text of the documents with its values, escaped for HTML."""
    return escape(text(key, lang, **values))


def _with_role(member: Member, lang: str) -> str:
    if member.role == "member":
        return escape(member.full_name)
    return f"{escape(member.full_name)} ({_t('role_' + member.role, lang)})"


def _name(council: Council, member_id: str) -> str:
    member = council.member(member_id)
    return member.full_name if member else member_id


def _holder(council: Council, meeting: Meeting, role: str) -> Member | None:
    holders = sorted((m for m in council.active_members(meeting.date) if m.role == role),
                     key=lambda m: (m.start, m.id))
    return holders[-1] if holders else None


def _list(lines: list[str]) -> str:
    return "<ol>" + "".join(f"<li>{line}</li>" for line in lines) + "</ol>"


def minutes_html(council: Council, meeting: Meeting, lang: str,
                 rulebook: Rulebook | None = None) -> str:
    """The minutes as HTML for printing: the same parts, in the same order, as the PDF."""
    rulebook = rulebook or council.followed_rulebook
    quorum = meeting_quorum(council, meeting, rulebook)
    kind = "extraordinary" if meeting.kind == "extraordinary" else "regular"
    day = format_date(meeting.date, lang)
    out = [
        f"<p align='center'><b>{escape(council.name)}</b><br/>{escape(council.state_body)}</p>",
        f"<h3 align='center'>{_t('minutes_title_' + kind, lang, number=meeting.number)}</h3>",
    ]
    if not meeting.finalized:
        out.append(f"<p align='center'><b>{_t('draft', lang)}</b></p>")
    lines = [_t("date_time_line", lang, date=day, time=meeting.time) if meeting.time
             else _t("date_line", lang, date=day)]
    if meeting.place:
        lines.append(_t("place_line", lang, place=meeting.place))
    kind_line = _t(f"kind_{kind}", lang)
    if meeting.kind == "extraordinary" and meeting.called_by:
        kind_line += " (" + _t("called_by", lang, name=_name(council, meeting.called_by)) + ")"
    lines.append(kind_line)
    if meeting.agenda_sent:
        lines.append(_t("agenda_sent_line", lang, date=format_date(meeting.agenda_sent, lang)))
    out.append("<p>" + "<br/>".join(lines) + "</p>")

    # Art. 17: who was there out of the membership on the day, and the quorum.
    active = sorted(council.active_members(meeting.date),
                    key=lambda m: kyrgyz_sort_key(m.full_name))
    present_ids = set(meeting.present)
    out.append(f"<h4>{_t('present_heading', lang)}</h4>")
    out.append("<p>" + _t("present_count", lang, present=quorum.present,
                          members=quorum.members,
                          members_noun=members_noun(quorum.members, lang)) + "</p>")
    out.append(_list([_with_role(m, lang) for m in active if m.id in present_ids]))
    out.append(f"<h4>{_t('absent_heading', lang)}</h4>")
    absent = []
    for member in (m for m in active if m.id not in present_ids):
        reason = meeting.absence_reasons.get(member.id, "").strip()
        absent.append(f"{_with_role(member, lang)} — "
                      f"{escape(reason) if reason else _t('no_reason', lang)}")
    out.append(_list(absent) if absent else f"<p>{_t('none', lang)}</p>")
    key = "quorum_competent" if quorum.reached else "quorum_not_competent"
    out.append("<p><b>" + _t(key, lang, share=share_text(rulebook.quorum_share),
                             law=rulebook_name(rulebook, lang),
                             article=article(quorum.article, lang), needed=quorum.needed,
                             present=quorum.present) + "</b></p>")
    out.append(f"<p><small>{escape(adoption_rule_text(rulebook, lang))}</small></p>")
    out.append(f"<h4>{_t('state_body_rep_heading', lang)}</h4>")
    out.append(f"<p>{escape(meeting.state_body_representative.strip()) or _t('none', lang)}</p>")
    out.append(f"<h4>{_t('guests_heading', lang)}</h4>")
    guests = []
    for guest in meeting.guests:
        line = escape(guest.full_name)
        if guest.organization.strip():
            line += f" — {escape(guest.organization.strip())}"
        guests.append(f"{line} ({_t('guest_' + guest.category, lang)})")
    out.append(_list(guests) if guests else f"<p>{_t('none', lang)}</p>")

    out.append(f"<h4>{_t('agenda_heading', lang)}</h4>")
    if not meeting.items:
        out.append(f"<p>{_t('no_items', lang)}</p>")
    agenda = []
    for item in meeting.items:
        if item.proposed_by == "state_body":
            # Art. 18: the state body may put items on the council's agenda.
            proposer = _t("proposed_state_body", lang,
                          article=article(rulebook.article("state_body"), lang))
        else:
            proposer = _t("proposed_council", lang)
        agenda.append(f"{escape(item.title)} <small>({proposer})</small>")
    if agenda:
        out.append(_list(agenda))
    for number, item in enumerate(meeting.items, start=1):
        out.append(f"<h4>{number}. {escape(item.title)}</h4>")
        out.append(f"<p><b>{_t('heard', lang)}:</b><br/>")
        if item.speaker.strip():
            out.append(_t("speaker", lang, name=item.speaker.strip()) + "<br/>")
        out.append((escape(item.heard.strip()) or f"<i>{_t('nothing_recorded', lang)}</i>")
                   + "</p>")
        out.append(f"<p><b>{_t('decided', lang)}:</b><br/>"
                   + (escape(item.decision.strip())
                      or f"<i>{_t('nothing_recorded', lang)}</i>") + "</p>")
        if not item.votes:
            out.append(f"<p><i>{_t('no_vote', lang)}</i></p>")
            continue
        totals = vote_totals(item.votes)
        passed = adopted(totals, quorum.present, rulebook, members=quorum.members)
        vote = [_t("vote_counts", lang, for_=totals.for_, against=totals.against,
                   abstain=totals.abstain),
                f"<b>{escape(vote_outcome_text(passed, rulebook, lang))}</b>"]
        if not quorum.reached:
            # Art. 17: a sitting without a quorum is not competent.
            vote.append("<b>" + _t("without_quorum", lang,
                                   article=article(quorum.article, lang)) + "</b>")
        for choice, label in (("for", "voted_for"), ("against", "voted_against"),
                              ("abstain", "voted_abstain")):
            names = sorted((_name(council, mid) for mid, c in item.votes.items() if c == choice),
                           key=kyrgyz_sort_key)
            if names:
                vote.append(f"<small>{_t(label, lang)}: {escape(', '.join(names))}</small>")
        out.append("<p>" + "<br/>".join(vote) + "</p>")

    signers = []
    for role in ("chair", "secretary"):
        holder = _holder(council, meeting, role)
        signers.append(f"<tr><td width='25%'><b>{_t(role, lang)}</b></td>"
                       f"<td width='35%'>______________________</td>"
                       f"<td>{escape(holder.full_name) if holder else ''}</td></tr>")
    out.append("<br/><table width='100%' cellpadding='8'>" + "".join(signers) + "</table>")
    if meeting.finalized:
        out.append("<p><small>" + _t("fingerprint", lang,
                                     fingerprint=meeting_fingerprint(council, meeting))
                   + "</small></p>")
    return "<html><body>" + "\n".join(out) + "</body></html>"
