"""One composition, three renderings: the minutes, the extract and the plan are built once as
blocks (documents/blocks.py) and the PDF (pypdf), the Word copy (python-docx) and the print
HTML say the same text in the same order, in Kyrgyz, Russian and English. The Word copy
carries the fingerprint of the record it was made from; the page dressing (draft mark,
fingerprint, page numbers) is in its header and footer as on the PDF."""

from __future__ import annotations

import datetime as dt
import io
from html.parser import HTMLParser

import pytest
from documents_factory import docx_lines, in_order, pdf_text
from docx import Document as open_docx

from kenesh_desktop.documents.annual_plan import plan_document
from kenesh_desktop.documents.blocks import Document, lines
from kenesh_desktop.documents.extract import extract_document
from kenesh_desktop.documents.fingerprint import meeting_fingerprint
from kenesh_desktop.documents.formats import format_of, write_document
from kenesh_desktop.documents.minutes import minutes_document
from kenesh_desktop.documents.render_html import to_html
from kenesh_desktop.rules.records import Speaker


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return " ".join(parser.parts).replace("_", "")


def rendered(document: Document, fmt: str) -> bytes:
    out = io.BytesIO()
    write_document(document, out, fmt)
    return out.getvalue()


def documents(council, lang: str) -> list[Document]:
    council.meeting("s3").items[0].speakers = [Speaker("Жеңишбеков Эрлан Асанович", "Колдойм."),
                                               Speaker("Бекова Үмүт", "")]
    council.meeting("s3").finalized = True
    return [minutes_document(council, council.meeting("s3"), lang),
            minutes_document(council, council.meeting("s4"), lang),
            extract_document(council, council.meeting("s3"), 0, lang),
            plan_document(council, 2027, lang, on=dt.date(2027, 11, 1))]


@pytest.mark.parametrize("lang", ["ky", "ru", "en"])
def test_pdf_word_and_print_say_the_same_in_the_same_order(council, lang):
    for document in documents(council, lang):
        expected = list(lines(document))
        assert len(expected) > 10
        assert in_order(expected, pdf_text(rendered(document, "pdf"))) == [], document.title
        assert in_order(expected, " ".join(docx_lines(rendered(document, "docx")))) == []
        assert in_order(expected, html_text(to_html(document))) == [], document.title
        # Nothing more in the Word copy's body than the blocks' text.
        assert [line for line in docx_lines(rendered(document, "docx"))] == [
            line for line in expected]


def test_the_word_copy_carries_the_records_fingerprint(council):
    sitting = council.meeting("s3")
    fingerprint = meeting_fingerprint(council, sitting)
    draft = open_docx(io.BytesIO(rendered(minutes_document(council, sitting, "en"), "docx")))
    assert draft.core_properties.identifier == fingerprint  # even for a draft
    assert draft.core_properties.author == "Kenesh Desktop"
    assert draft.core_properties.language == "en"
    header = " ".join(p.text for p in draft.sections[0].header.paragraphs)
    assert "DRAFT" in header
    sitting.finalized = True
    final = open_docx(io.BytesIO(rendered(minutes_document(council, sitting, "ky"), "docx")))
    footer = " ".join(p.text for p in final.sections[0].footer.paragraphs)
    assert f"Текшерүү коду: {fingerprint}" in footer
    assert "ДОЛБООР" not in " ".join(p.text for p in final.sections[0].header.paragraphs)
    # "Page X of Y" is made of Word's own page fields.
    xml = final.sections[0].footer._element.xml
    assert "PAGE" in xml and "NUMPAGES" in xml


def test_the_plan_in_word_is_a_table_with_a_repeated_header(council):
    word = open_docx(io.BytesIO(rendered(plan_document(council, 2027, "ru",
                                                       on=dt.date(2027, 11, 1)), "docx")))
    table = word.tables[0]  # then the signature lines
    assert [c.text for c in table.rows[0].cells][:3] == ["№", "Наименование мероприятия", "Срок"]
    assert "w:tblHeader" in table.rows[0]._tr.xml
    assert table.rows[1].cells[1].text == "Маморгандын бюджетинин долбоорун коомдук талкуулоо"
    assert word.sections[0].page_width > word.sections[0].page_height  # landscape, as the PDF


def test_a_format_is_chosen_by_the_suffix(tmp_path):
    assert format_of(tmp_path / "a.PDF") == "pdf" and format_of("b.docx") == "docx"
    for name in ("a.doc", "a.txt", "minutes"):
        with pytest.raises(ValueError, match=r"must end in \.pdf or \.docx"):
            format_of(name)
    with pytest.raises(ValueError, match="needs the format"):
        write_document(Document("t", "s", None, ()), io.BytesIO())  # type: ignore[arg-type]
