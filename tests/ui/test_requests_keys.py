"""The batch search and sort keys of the Requests tab agree with the language helpers they
stand in for: the same folded search text as `lang.search_key` for any text, and the same
order as `lang.kyrgyz_sort_key` for Kyrgyz words (Ң after Н, Ө after О, Ү after У, case and
look-alike letters ignored); numbers compare as numbers; an empty text sorts last."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kenesh_desktop.lang.collation import KYRGYZ_ALPHABET, kyrgyz_sort_key
from kenesh_desktop.lang.folding import search_key
from kenesh_desktop.ui.requests.keys import search_keys, sort_keys

LOOKALIKES = "ӉӊҤҥЎўЄєѲѳЇїҰұ"
any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=30)
kyrgyz_word = st.text(alphabet=KYRGYZ_ALPHABET + KYRGYZ_ALPHABET.upper() + LOOKALIKES,
                      min_size=1, max_size=12)


@given(st.lists(any_text, max_size=8))
def test_search_keys_are_lang_search_key(texts):
    assert search_keys(texts) == [search_key(text) for text in texts]


def test_search_keys_fold_the_lookalikes_and_case():
    assert search_keys(["ЄЗДЄШТЇРЇЛЇШЇ", "Ӊ ҥ Ё"]) == ["оздоштурулушу", "н н е"]  # ө=о, ү=у
    assert search_keys([]) == []


@given(st.lists(kyrgyz_word, min_size=2, max_size=8))
def test_sort_keys_give_the_kyrgyz_order(words):
    keys = sort_keys(words)
    by_batch = sorted(range(len(words)), key=lambda i: (keys[i], words[i]))
    by_lang = sorted(range(len(words)), key=lambda i: kyrgyz_sort_key(words[i]))
    assert [words[i] for i in by_batch] == [words[i] for i in by_lang]


def test_kyrgyz_letters_follow_their_base_letters():
    words = ["Үсөнова", "Урматов", "Өмүрбеков", "Орозов", "Ңайманов", "Нуриев", "Яковлев", ""]
    keys = sort_keys(words)
    ordered = [word for _key, word in sorted(zip(keys, words, strict=True))]
    assert ordered == ["Нуриев", "Ңайманов", "Орозов", "Өмүрбеков", "Урматов", "Үсөнова",
                       "Яковлев", ""]


def test_natural_keys_compare_numbers_as_numbers():
    numbers = ["КК-10", "КК-2", "КК-1", "12/3", "12/10", "2"]
    keys = sort_keys(numbers, natural=True)
    assert [n for _k, n in sorted(zip(keys, numbers, strict=True))] == [
        "2", "12/3", "12/10", "КК-1", "КК-2", "КК-10"]


def test_a_text_holding_the_separator_still_gets_its_key():
    assert search_keys(["a\x00B", "Ң"]) == [search_key("a\x00B"), "н"]
    assert len(sort_keys(["a\x00b", "c"])) == 2
