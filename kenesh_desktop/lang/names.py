"""A person's name as a signature line prints it: initials and surname («А. Б. Асанова»).

Names are typed as people write them: «Асанова Айгүл Бакытовна» (surname, name, patronymic),
«Айгүл Токтогулова» (name, surname), «Бакыт Сапар уулу» (the Kyrgyz «father's name + уулу /
кызы» stands where a surname would). Which word is the surname is read from the words
themselves: a «… уулу / кызы» pair, else a word with a surname ending (-ов, -ева, -ин…),
else the first word of three (the official order) or the last of two.
"""

from __future__ import annotations

NBSP = "\u00a0"
_KYRGYZ_PATRONYMIC = ("уулу", "кызы")
_PATRONYMIC_ENDINGS = ("вич", "вна", "ична", "инична", "оглы", "кызы", "уулу")
# Strong surname endings first: a given name may end in -ин/-ын (Эркин, Алтын), rarely -ов.
_STRONG_SURNAME = ("ов", "ова", "ев", "ева", "ёв", "ёва", "ский", "ская", "цкий", "цкая",
                   "енко", "швили", "дзе", "ян")
_WEAK_SURNAME = ("ин", "ина", "ын", "ына", "их", "ых")


def _initial(word: str) -> str:
    letters = [part[0].upper() + "." for part in word.split("-") if part]
    return "-".join(letters)


def _ends(word: str, endings: tuple[str, ...]) -> bool:
    lower = word.lower()
    return any(lower.endswith(end) and len(lower) > len(end) + 1 for end in endings)


def _surname_index(words: list[str], pairs: set[int]) -> int:
    """Which of `words` is the surname; `pairs` are the «… уулу / кызы» tokens."""
    singles = [i for i in range(len(words)) if i not in pairs]
    for endings in (_STRONG_SURNAME, _WEAK_SURNAME):
        found = [i for i in singles if _ends(words[i], endings)]
        if len(found) == 1 or (found and found[0] == 0 and len(words) >= 3):
            return found[0]
    if pairs:
        return min(pairs)  # «Бакыт Сапар уулу»: the father's name stands for the surname
    return 0 if len(words) >= 3 else len(words) - 1


def initials_and_surname(full_name: str) -> str:
    """«Асанова Айгүл Бакытовна» -> «А. Б. Асанова»; «Айгүл Токтогулова» -> «А. Токтогулова»;
    «Бакыт Сапар уулу» -> «Б. Сапар уулу». Joined by no-break spaces, so a signature line
    never breaks inside a name. A single word is returned as it is."""
    words = full_name.split()
    tokens: list[str] = []
    pairs: set[int] = set()
    index = 0
    while index < len(words):
        if index + 1 < len(words) and words[index + 1].lower() in _KYRGYZ_PATRONYMIC:
            pairs.add(len(tokens))
            tokens.append(words[index] + NBSP + words[index + 1])
            index += 2
        else:
            tokens.append(words[index])
            index += 1
    if len(tokens) <= 1:
        return NBSP.join(tokens)
    surname = _surname_index(tokens, pairs)
    initials = [_initial(word) for i, word in enumerate(tokens) if i != surname]
    return NBSP.join([*initials, tokens[surname]])
