"""The regular forms of an English verb from its lemma: "slam" -> slam, slams, slammed, slamming.

Word lists are kept once, as lemmas, where a parse gives a lemma to compare with; a reader that
sees only the word as written (a commitment's recorded ``reporting_verb``: "blamed") compares
with these forms instead of keeping a second list of forms that drifts from the first. Regular
inflection only: a verb whose forms are irregular is listed with them by its reader.
"""

from __future__ import annotations

_VOWELS = frozenset("aeiou")
#: Endings that take "-es" in the third person: "censures" no, "reaches", "fixes" yes.
_SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh")


def _doubles_final(lemma: str) -> bool:
    """Whether a one-syllable verb ending consonant-vowel-consonant doubles its last letter
    before "-ed"/"-ing" ("slam" -> "slammed"; not "fault", "blame", "show")."""
    if len(lemma) < 3 or lemma[-1] in _VOWELS or lemma[-1] in "wxy":
        return False
    if lemma[-2] not in _VOWELS or lemma[-3] in _VOWELS:
        return False
    groups = sum(
        1 for i, ch in enumerate(lemma) if ch in _VOWELS and (i == 0 or lemma[i - 1] not in _VOWELS)
    )
    return groups == 1


def verb_forms(lemma: str) -> frozenset[str]:
    """The lemma and its regular third-person, past and "-ing" forms, lower-cased."""
    lemma = lemma.strip().lower()
    if not lemma:
        return frozenset()
    if lemma.endswith("ee"):  # "agree": agreed, agreeing
        return frozenset({lemma, lemma + "s", lemma + "d", lemma + "ing"})
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return frozenset({lemma, lemma + "s", lemma + "d", stem + "ing"})
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in _VOWELS:
        stem = lemma[:-1]
        return frozenset({lemma, stem + "ies", stem + "ied", lemma + "ing"})
    third = lemma + ("es" if lemma.endswith(_SIBILANT_ENDINGS) else "s")
    base = lemma + lemma[-1] if _doubles_final(lemma) else lemma
    return frozenset({lemma, third, base + "ed", base + "ing"})
