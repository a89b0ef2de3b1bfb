"""The minutes PDF: read back with pypdf, it must hold who was there, who presided and who
took the minutes, the quorum statement naming the rule (Art. 17), each item heard, spoke,
resolved (a neutral heading, numbered), its vote and its outcome in words (never "adopted"
without a quorum), the signatures of whoever presided (never an absent chair) and took the
minutes, never alone on a page, the draft mark until the sitting is finalized and the
fingerprint after, in Kyrgyz, Russian and English, with Ң Ө Ү intact."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import replace
from fractions import Fraction

import pytest
from documents_factory import lacking, pdf_pages, pdf_text
from pypdf import PdfReader

from kenesh_desktop.documents.fingerprint import meeting_fingerprint
from kenesh_desktop.documents.minutes import build_minutes
from kenesh_desktop.rules.records import (
    AgendaItem,
    Council,
    Guest,
    Meeting,
    Member,
    Speaker,
    Term,
)
from kenesh_desktop.rules.rulebook import LAW_74, Adoption

# Present at sitting No. 3, in Kyrgyz alphabetical order (Ө after О, Ү after У), by hand.
PRESENT_IN_ORDER = [
    "Асанова Айгүл Бакытовна",
    "Бөрүбаев Азамат Орозбекович",
    "Жеңишбеков Эрлан Асанович",
    "Кенжебаева Айпери Төлөновна",
    "Ноорузбаев Мирлан Үсөнович",
    "Өмүрбеков Нурлан Таалайбекович",
    "Сыдыкова Мээрим Жеңишбековна",
    "Төлөгөнова Чолпон Кубанычбековна",
    "Үсөнова Гүлнара Маратовна",
]
ABSENT = {
    "Маңкеев Бакыт Сооронбаевич": "иш сапарында",
    "Дөөлөтова Нургүл Эсенгуловна": "ооруп калды",
    "Абдыкадыров Тилек Маратович": "өргүүдө",
}


def minutes(council: Council, meeting_id: str = "s3", lang: str = "ky") -> bytes:
    out = io.BytesIO()
    build_minutes(council, meeting_id, out, lang=lang)
    return out.getvalue()


def test_kyrgyz_minutes_list_every_present_member_in_kyrgyz_order(council):
    text = pdf_text(minutes(council))
    for number, name in enumerate(PRESENT_IN_ORDER, start=1):
        assert f"{number}. {name}" in text
    assert "Коомдук кеңештин 13 мүчөсүнөн 9 мүчө катышты." in text


def test_kyrgyz_letters_come_back_unchanged(council):
    text = pdf_text(minutes(council))
    for word in ("Жеңишбеков", "Өмүрбеков", "Үсөнова", "Маңкеев", "Чыңгышева", "ӨКҮЛҮ"):
        assert word in text
    # The seed's broken font turned Ң Ө Ү into these look-alikes: none may appear.
    assert not set(text) & set("ЎўЄєЇї")


def test_absent_members_with_their_reasons(council):
    text = pdf_text(minutes(council))
    assert "КАТЫШПАГАНДАР" in text
    for name, reason in ABSENT.items():
        assert f"{name} — {reason}" in text
    assert "Чыңгышева Асел Айбековна — себеби көрсөтүлгөн эмес" in text
    # Kyrgyz order: Д, then М, then Ч (by hand).
    assert "1. Абдыкадыров" in text and "2. Дөөлөтова" in text
    assert "3. Маңкеев" in text and "4. Чыңгышева" in text


def test_header_particulars_in_official_date_style(council):
    assert lacking(pdf_text(minutes(council)), [
        "Саламаттык сактоо министрлигинин алдындагы Коомдук кеңеш",
        "Кыргыз Республикасынын Саламаттык сактоо министрлиги",
        "Коомдук кеңештин отурумунун №3 ПРОТОКОЛУ",
        "Күнү: 2027-жылдын 15-марты, саат 10:00",
        "Бишкек ш., Чүй проспекти, 106, №3 зал",
        "Бөкөнбаев Талант Үмөтович, министрдин орун басары",
        "Исаков Өмүр Талантович — «Азаттык» радиосу (ЖМК)",
    ]) == []


def test_header_names_who_presided_and_who_took_the_minutes(council):
    text = pdf_text(minutes(council))
    assert "Төрагалык кылган: Асанова Айгүл Бакытовна (төрага)" in text
    assert "Протоколду жүргүзгөн: Өмүрбеков Нурлан Таалайбекович (катчы)" in text
    council.meeting("s3").presiding = "m05"  # recorded: a present member
    council.meeting("s3").minutes_by = "m06"
    text = pdf_text(minutes(council, lang="ru"))
    assert "Председательствующий: Төлөгөнова Чолпон Кубанычбековна" in text
    assert "Протокол вёл(а): Ноорузбаев Мирлан Үсөнович" in text
    assert re.search(r"Председательствующий Ч\. К\. Төлөгөнова \(подпись\) \(Ф\. И\. О\.\) "
                     r"Протокол вёл\(а\) М\. Ү\. Ноорузбаев", text)


def test_quorum_statement_names_the_rule_at_exactly_two_thirds(council):
    text = pdf_text(minutes(council))
    assert ("Кворум: мүчөлөрдүн 2/3 бөлүгү (2023-жылы күчүн жоготкон №74 Мыйзам, 17-берене) "
            "— 9 керек, 9 катышты: "
            "отурум укук ченемдүү.") in text
    assert "кворумсуз" not in text and "кворум болгон жок" not in text
    # The rulebook is named once, in the quorum sentence; no commentary of the program.
    assert text.count("№74 Мыйзам") == 1


def test_one_short_of_the_quorum_adopts_nothing_whatever_the_votes(council):
    text = pdf_text(minutes(council, "s4", "en"))
    assert lacking(text, [
        "Quorum: 2/3 of members (Law No. 74, repealed in 2023, Art. 17) — 9 needed, "
        "8 present: the sitting is not competent.",
        # The unanimous vote is printed, as what happened, but nothing is adopted.
        "Voting: for — 8, against — 0, abstained — 0.",
        "Not adopted: the sitting had no quorum (Art. 17).",
        "Kind: extraordinary sitting (called by Жеңишбеков Эрлан Асанович)",
        "MINUTES No. 4 of the extraordinary sitting of the Public Council",
    ]) == []
    assert "Adopted" not in text and "without a quorum" not in text


@pytest.mark.parametrize(("lang", "claim", "outcome"), [
    ("ky", "кабыл алынды", "Чечим кабыл алынган жок: отурумда кворум болгон жок (17-берене)."),
    ("ru", "принято:", "Решение не принято: заседание неправомочно, кворума нет (ст. 17)."),
    ("en", "Adopted", "Not adopted: the sitting had no quorum (Art. 17)."),
])
def test_no_adopted_claim_at_a_sitting_without_a_quorum(council, lang, claim, outcome):
    text = pdf_text(minutes(council, "s4", lang))
    assert outcome in text
    assert claim not in text.replace(outcome, "")


def test_the_decision_heading_is_neutral(council):
    text = pdf_text(minutes(council, "s4"))
    assert "ТОКТОМ КЫЛЫНДЫ: 1. Кайрылуу кабыл алынсын." in text
    assert "ЧЕЧИМ КАБЫЛ АЛЫНДЫ" not in text


def test_nothing_said_about_decisions_without_a_quorum_when_nothing_was_voted(council):
    sitting = council.meeting("s4")
    for item in sitting.items:
        item.votes = {}
    text = pdf_text(minutes(council, "s4", "en"))
    assert "the sitting is not competent." in text
    assert "Not adopted: the sitting had no quorum (Art. 17)." in text
    assert "Voting:" not in text and "taken without a quorum" not in text


def test_with_a_quorum_an_item_without_a_vote_was_not_put_to_the_vote(council):
    text = pdf_text(minutes(council, lang="en"))
    assert "RESOLVED: 1. Маалымат эске алынсын." in text
    assert text.count("Not put to the vote.") == 1


def test_a_sitting_prepared_ahead_has_no_attendance_yet(council):
    sitting = council.meeting("s4")
    sitting.present, sitting.finalized = [], False
    text = pdf_text(minutes(council, "s4", "en"))
    assert text.count("Attendance is not recorded yet.") == 1
    assert ("INVITED none Quorum: 2/3 of members (Law No. 74, repealed in 2023, Art. 17) — "
            "9 needed.") in text
    assert "ABSENT" not in text and "no reason given" not in text
    assert "not competent" not in text and "Not adopted" not in text
    assert "Presiding: ____" in text  # nobody present: a line to fill in by hand


def test_no_commentary_of_the_program_in_the_record(council):
    text = pdf_text(minutes(council, "s3", "en"))
    assert "does not set" not in text and "own rule" not in text
    assert "abstentions count as present" not in text


def test_items_heard_spoke_resolved_counts_and_who_voted_how(council):
    first = council.meeting("s3").items[0]
    first.speakers = [Speaker("Жеңишбеков Эрлан Асанович", "Сунуштарды колдойм."),
                      Speaker("Бекова Үмүт Сапаровна")]
    first.decision = "1) Маалымат эске алынсын.\n2. Маморганга сунуштар жөнөтүлсүн."
    text = pdf_text(minutes(council))
    assert "КҮН ТАРТИБИ" in text
    assert "(сунуштаган: мамлекеттик орган, 18-берене)" in text
    assert ("УГУЛДУ: Бөкөнбаев Т. Ү. — Министрликтин 2026-жылдагы ишинин жыйынтыктары "
            "баяндалды;") in text
    assert ("ЧЫГЫП СҮЙЛӨДҮ: 1. Жеңишбеков Эрлан Асанович — Сунуштарды колдойм. "
            "2. Бекова Үмүт Сапаровна ТОКТОМ КЫЛЫНДЫ: 1. Маалымат эске алынсын. "
            "2. Маморганга сунуштар жөнөтүлсүн.") in text
    assert "Добуш берүү: макул — 7, каршы — 1, калыс калды — 1." in text
    assert "Чечим кабыл алынды: катышкандардын жарымынан көбү макул болду." in text
    assert "Каршы: Бөрүбаев Азамат Орозбекович." in text
    assert "Калыс калды: Кенжебаева Айпери Төлөновна." in text
    # Item 2: 4 of 9 present voted for, not more than half.
    assert "Добуш берүү: макул — 4, каршы — 3, калыс калды — 2." in text
    assert ("Чечим кабыл алынган жок: макул болгондор катышкандардын жарымынан ашкан жок."
            in text)
    # Item 3 has no vote; its title's & and < come back literally.
    assert "3. Ар кандай маселелер: «A & B» <тест>" in text
    assert "Добушка коюлган жок." in text
    # An item with no discussion has no SPOKE heading.
    assert text.count("ЧЫГЫП СҮЙЛӨДҮ") == 1


@pytest.mark.parametrize(("votes_for", "outcome"), [(5, "Not adopted"), (6, "Adopted")])
def test_adoption_needs_more_than_half_of_those_present(council, votes_for, outcome):
    meeting = council.meeting("s3")
    meeting.present = [m.id for m in council.members[:10]]
    yes = meeting.present[:votes_for]
    meeting.items = [AgendaItem(title="Сунуш", decision="Кабыл алынсын.",
                                votes={mid: "for" for mid in yes}
                                | {mid: "abstain" for mid in meeting.present[votes_for:]})]
    text = pdf_text(minutes(council, lang="en"))
    assert f"Voting: for — {votes_for}, against — 0, abstained — {10 - votes_for}." in text
    expected = {"Adopted": "Adopted: more than half of those present voted for.",
                "Not adopted": "Not adopted: not more than half of those present voted for."}
    assert expected[outcome] in text


@pytest.mark.parametrize(("lang", "adopted", "rejected"), [
    ("en", "Adopted: at least 2/3 of the members voted for.",
     "Not adopted: fewer than 2/3 of the members voted for."),
    ("ru", "Решение принято: за проголосовали не менее 2/3 членов совета.",
     "Решение не принято: за проголосовали менее 2/3 членов совета."),
    ("ky", "Чечим кабыл алынды: мүчөлөрдүн кеминде 2/3 бөлүгү макул болду.",
     "Чечим кабыл алынган жок: макул болгондор мүчөлөрдүн 2/3 бөлүгүнө жеткен жок."),
])
def test_the_outcome_states_the_councils_own_adoption_rule(council, lang, adopted, rejected):
    rulebook = replace(LAW_74, adoption=Adoption(Fraction(2, 3), "members", more_than=False))
    meeting = council.meeting("s3")
    meeting.present = [m.id for m in council.members]  # 13 members: 9 is exactly 2/3 (8.67)
    meeting.items = [AgendaItem(title="Биринчи", votes={m: "for" for m in meeting.present[:9]}),
                     AgendaItem(title="Экинчи", votes={m: "for" for m in meeting.present[:8]})]
    out = io.BytesIO()
    build_minutes(council, "s3", out, lang=lang, rulebook=rulebook)
    text = pdf_text(out.getvalue())
    assert adopted in text and rejected in text


def test_present_member_who_did_not_vote_is_named(council):
    meeting = council.meeting("s3")
    del meeting.items[0].votes["m09"]
    text = pdf_text(minutes(council, lang="en"))
    assert "Did not vote: Кенжебаева Айпери Төлөновна." in text


def test_signatures_of_who_presided_and_took_the_minutes(council):
    text = pdf_text(minutes(council, lang="en"))
    assert re.search(r"Presiding А\. Б\. Асанова \(signature\) \(name\) "
                     r"Minutes taken by Н\. Т\. Өмүрбеков \(signature\) \(name\)", text)


def test_an_absent_chair_is_only_among_the_absent(council):
    meeting = council.meeting("s3")
    meeting.present = [mid for mid in meeting.present if mid != "m01"] + ["m10"]
    for item in meeting.items:
        item.votes.pop("m01", None)
    for lang, presiding in (("en", "Presiding"), ("ru", "Председательствующий"),
                            ("ky", "Төрагалык кылган")):
        text = pdf_text(minutes(council, lang=lang))
        # Only among the absent: her name once, her initials nowhere.
        assert text.count("Асанова Айгүл") == 1 and "А. Б. Асанова" not in text
        # The deputy chair present presided (DOMAIN.md: the chair if present, else a deputy).
        assert f"{presiding} Э. А. Жеңишбеков" in text


def test_signature_follows_a_change_of_chair(council):
    council.members[0].end = dt.date(2027, 3, 1)
    council.members.append(Member(id="m14", full_name="Сатыбалдиева Зуура Өмүровна",
                                  sex="female", organization="Жаңы уюм", role="chair",
                                  start=dt.date(2027, 3, 2)))
    council.meeting("s3").present[0] = "m14"
    for item in council.meeting("s3").items:
        if "m01" in item.votes:
            item.votes["m14"] = item.votes.pop("m01")
    text = pdf_text(minutes(council, lang="en"))
    assert "Presiding З. Ө. Сатыбалдиева" in text
    assert "А. Б. Асанова" not in text and "Асанова Айгүл" not in text


def test_nobody_to_sign_leaves_a_line_to_fill_by_hand(council):
    council.members[0].role = council.members[3].role = "member"  # no chair nor deputy
    council.members[1].role = "member"  # no secretary
    text = pdf_text(minutes(council, lang="en"))
    assert "Presiding: ____" in text and "Minutes taken by: ____" in text
    assert re.search(r"Presiding \(signature\) \(name\) Minutes taken by \(signature\) "
                     r"\(name\)", text)


def test_a_signature_never_stands_alone_on_a_page(council):
    meeting = council.meeting("s3")
    for count in range(0, 40, 3):  # push the end of the text down the page, step by step
        meeting.guests = [Guest(f"Мейман {n}") for n in range(count)]
        pages = pdf_pages(minutes(council, lang="en"))
        last = pages[-1]
        assert "Presiding" in last
        # The block above the signatures is on the same page.
        assert "Not put to the vote." in last, count


def test_draft_mark_on_every_page_until_finalized(council):
    pages = pdf_pages(minutes(council))
    assert len(pages) >= 2
    assert all("ДОЛБООР" in page for page in pages)
    assert all("fingerprint" not in page for page in pages)


def test_finalized_minutes_carry_the_fingerprint_and_no_draft_mark(council):
    meeting = council.meeting("s3")
    meeting.finalized = True
    pages = pdf_pages(minutes(council))
    fingerprint = meeting_fingerprint(council, meeting)
    assert all("ДОЛБООР" not in page for page in pages)
    assert all(f"Текшерүү коду: {fingerprint}" in page for page in pages)


def test_page_x_of_y_on_every_page(council):
    pages = pdf_pages(minutes(council, lang="en"))
    total = len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {total}" in page


def test_russian_minutes(council):
    assert lacking(pdf_text(minutes(council, lang="ru")), [
        "ПРОТОКОЛ №3 заседания Общественного совета",
        "Дата: 15 марта 2027 г., 10:00",
        "Присутствовали 9 из 13 членов совета.",
        "Кворум: 2/3 членов совета (Закон №74, утративший силу в 2023 году, ст. 17) — "
        "необходимо 9, присутствуют 9: заседание правомочно.",
        "СЛУШАЛИ:", "РЕШИЛИ:",
        "Голосовали: за — 7, против — 1, воздержались — 1.",
        "Решение принято: за проголосовали более половины присутствующих.",
        "Решение не принято: за проголосовали не более половины присутствующих.",
        "На голосование не ставилось.",
        "ОТСУТСТВОВАЛИ", "ПРИГЛАШЁННЫЕ",
        "Председательствующий А. Б. Асанова (подпись)",
    ]) == []
    assert all("ПРОЕКТ" in page for page in pdf_pages(minutes(council, lang="ru")))


def test_english_minutes(council):
    assert lacking(pdf_text(minutes(council, lang="en")), [
        "MINUTES No. 3 of the sitting of the Public Council",
        "Date: 15 March 2027, 10:00",
        "Present: 9 of 13 members.",
        "Quorum: 2/3 of members (Law No. 74, repealed in 2023, Art. 17) — 9 needed, 9 present: "
        "the sitting is competent.",
        "HEARD:", "RESOLVED:",
        "Adopted: more than half of those present voted for.",
    ]) == []
    assert all("DRAFT" in page for page in pdf_pages(minutes(council, lang="en")))


def test_unknown_sitting_raises_lookup_error(council):
    with pytest.raises(LookupError):
        build_minutes(council, "no-such-sitting", io.BytesIO())


def test_writes_to_a_path_with_metadata(council, tmp_path):
    target = tmp_path / "minutes.pdf"
    build_minutes(council, "s3", target, lang="en")
    reader = PdfReader(target)
    assert reader.metadata.author == "Kenesh Desktop"
    assert reader.metadata.title.startswith("Minutes No. 3")


def test_large_sitting_keeps_every_item_and_consistent_page_numbers(council):
    members = [Member(id=f"x{i:02d}", full_name=f"Мүчө Өмүр Үсөн уулу {i:02d}", sex="male",
                      organization=f"Уюм {i}", role="member", start=dt.date(2026, 1, 1))
               for i in range(15)]
    items = [AgendaItem(title=f"Маселе номер {i:02d}", heard="Маалымат угулду. " * 12,
                        decision="Чечим кабыл алынсын. " * 6,
                        votes={m.id: "for" for m in members})
             for i in range(30)]
    big = Council(id="big", name="Коомдук кеңеш", state_body="Министрлик",
                  terms=[Term(dt.date(2026, 1, 1), dt.date(2027, 12, 31))],
                  members=members,
                  meetings=[Meeting(id="b1", number=7, date=dt.date(2026, 6, 1),
                                    present=[m.id for m in members], items=items)])
    pages = pdf_pages(minutes(big, "b1", "en"))
    text = " ".join(pages)
    for i in range(30):
        assert f"Маселе номер {i:02d}" in text
    assert "Present: 15 of 15 members." in text
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert len(pages) > 2


# ---------------------------------------------------------------- under another rulebook


def _own_rulebook():
    from dataclasses import replace
    from fractions import Fraction

    from kenesh_desktop.rules.rulebook import LAW_74, Adoption

    return replace(LAW_74, key="own", name="Положение о совете", short_name="Положение о совете",
                   source="Приказ № 1", quorum_share=Fraction(1, 2),
                   adoption=Adoption(Fraction(2, 3), "members", more_than=False),
                   articles={"composition": 9, "sittings": 13, "state_body": 5})


@pytest.mark.parametrize(("lang", "quorum", "rejected"), [
    ("ru", "(Положение о совете, ст. 13)",
     "Решение не принято: за проголосовали менее 2/3 членов совета."),
    ("ky", "(Положение о совете, 13-берене)",
     "Чечим кабыл алынган жок: макул болгондор мүчөлөрдүн 2/3 бөлүгүнө жеткен жок."),
    ("en", "(Положение о совете, Art. 13)",
     "Not adopted: fewer than 2/3 of the members voted for."),
])
def test_the_minutes_state_the_councils_own_rules(council, lang, quorum, rejected):
    council.rulebook = _own_rulebook()  # no rulebook given: the council's own is followed
    text = pdf_text(minutes(council, "s3", lang))
    assert quorum in text
    assert rejected in text  # item 2: 4 for, where 9 of the 13 members are needed
    assert "Law No. 74" not in text and "№74" not in text and "Закон" not in text
    # sitting 4: 8 of 13 present is no quorum under Law No. 74, but half is enough here
    fourth = pdf_text(minutes(council, "s4", lang))
    assert quorum in fourth
    assert "no quorum" not in fourth and "неправомочно" not in fourth
    assert "кворум болгон жок" not in fourth


def test_the_heading_above_the_last_block_goes_with_the_signatures(council):
    meeting = council.meeting("s4")
    meeting.present, meeting.items[0].votes, meeting.items[0].decision = [], {}, ""
    for count in range(0, 40, 3):
        meeting.guests = [Guest(f"Мейман {n}") for n in range(count)]
        pages = pdf_pages(minutes(council, "s4", "en"))
        last = pages[-1]
        # RESOLVED: / "not recorded" / the signatures: never the heading alone at a foot.
        assert "RESOLVED: not recorded" in last and "Presiding" in last, count
