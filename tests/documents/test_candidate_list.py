"""The list of candidates for the Commission (Art. 14), read back with pypdf: every candidate
with organisation, documents, requirements and the Commission's choice, in Kyrgyz, Russian and
English; a day outside the intake window marked; the selection check's reasons naming the
article; and the candidates' contacts absent unless asked for (personal data)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from documents_factory import pdf_text

from kenesh_desktop.documents.candidate_list import build_candidate_list
from kenesh_desktop.rules.records import REQUIREMENT_KEYS, Candidate, Competition

D = dt.date
DOCS = {"application": True, "cv_with_photo": True, "recommendation_letters": 2, "vision": True}
MET = {key: True for key in REQUIREMENT_KEYS}


@pytest.fixture
def competition(council) -> Competition:
    candidates = [
        Candidate("k1", "Өмүрзакова Айнура Үсөновна", "female", "«Ачык коом» фонду",
                  D(2027, 11, 20), dict(DOCS), dict(MET), selected=True,
                  phone="+996 555 123 456", email="ainura@example.kg"),
        Candidate("k2", "Жеңишбеков Тилек Маратович", "male", "Ишкерлер ассоциациясы",
                  D(2027, 12, 6), {**DOCS, "recommendation_letters": 1}, dict(MET),
                  phone="+996 700 987 654"),
        Candidate("k3", "Ноорузова Гүлзат Бакытовна", "female", "",
                  D(2027, 11, 12), dict(DOCS), {**MET, "no_criminal_record": False},
                  requirement_notes={"no_criminal_record": "Соттун өкүмү 2019"}),
        Candidate("k4", "Маңкеев Эрмек Талантович", "male", "Укук коргоо борбору",
                  D(2027, 11, 14), dict(DOCS), {**MET, "reputation": None}),
    ]
    competition = Competition("c1", announced=D(2027, 11, 1), published=D(2027, 11, 5),
                              candidates=candidates)
    council.competitions.append(competition)
    return competition


def candidate_pdf(council, lang="ky", include_contacts=False) -> bytes:
    out = io.BytesIO()
    build_candidate_list(council, "c1", out, lang, include_contacts=include_contacts)
    return out.getvalue()


def test_every_candidate_with_documents_requirements_and_choice_in_kyrgyz(council, competition):
    text = pdf_text(candidate_pdf(council))
    assert "Коомдук кеңештин жаңы курамына конкурстун талапкерлеринин ТИЗМЕСИ" in text
    for candidate in competition.candidates:
        assert candidate.full_name in text
    assert "«Ачык коом» фонду" in text and "Укук коргоо борбору" in text
    assert "жок: сунуштама каттар (1/2)" in text
    assert "белгилене элек" in text  # k4: a requirement not yet recorded
    assert "Документтер 2027-жылдын 5-декабры чейин кабыл алынат (14-берене)" in text
    assert "Талапкерлер: 4; документтери толук: 3; талаптарга жооп бергендер: 1; " \
           "тандалгандар: 1." in text
    # Art. 14: documents arrived on 6 December, the day after the window closed.
    assert "кабыл алуу мөөнөтүнөн тышкары" in text
    # One selected candidate is no composition: the reasons name the article.
    assert "14-берене: тандалган талапкерлер — 1" in text


def test_the_failed_requirement_itself_is_never_printed(council, competition):
    text = pdf_text(candidate_pdf(council, "en"))
    assert "Соттун өкүмү" not in text
    assert "criminal" not in text.lower()


def test_contacts_are_left_out_unless_asked_for(council, competition):
    without = pdf_text(candidate_pdf(council, "en"))
    assert "+996 555 123 456" not in without and "ainura@example.kg" not in without
    assert "Contacts" not in without
    with_contacts = pdf_text(candidate_pdf(council, "en", include_contacts=True))
    assert "+996 555 123 456" in with_contacts and "ainura@example.kg" in with_contacts
    assert "+996 700 987 654" in with_contacts
    assert "Personal data: this list contains the candidates' contacts." in with_contacts


def test_russian_and_english_lists(council, competition):
    ru = pdf_text(candidate_pdf(council, "ru"))
    assert "СПИСОК кандидатов конкурса на новый состав Общественного совета" in ru
    assert "нет: рекомендательные письма (1 из 2)" in ru
    assert "Конкурс объявлен: 1 ноября 2027 г.; опубликовано в СМИ: 5 ноября 2027 г. " in ru
    assert "г.." not in ru
    en = pdf_text(candidate_pdf(council, "en"))
    assert "missing: recommendation letters (1 of 2)" in en
    assert "the new composition is formed by 24 January 2028 (Art. 14)" in en
    assert "outside the intake window" in en


def test_a_lawful_selection_is_said_to_be_lawful(council, competition):
    names = ["Асанова Айгүл", "Үсөнова Гүлнара", "Төлөгөнова Чолпон", "Сыдыкова Мээрим",
             "Бөрүбаев Азамат", "Маңкеев Бакыт", "Абдыкадыров Тилек"]
    competition.candidates = [
        Candidate(f"n{i}", name, "female" if i < 4 else "male", f"Уюм {i}", D(2027, 11, 20),
                  dict(DOCS), dict(MET), selected=True)
        for i, name in enumerate(names)
    ]
    en = pdf_text(candidate_pdf(council, "en"))
    assert "The selected candidates form a lawful composition (Art. 14)." in en


def test_unknown_competition_raises_lookup_error(council):
    with pytest.raises(LookupError):
        build_candidate_list(council, "c9", io.BytesIO(), "en")
