"""Spelling rules for dictionary phrases: plurals of agent nouns and variants of names.

The dictionary files list each agent noun once, in the singular, and each name in its usual
spelling; these functions produce the other forms found in news text ("officials", "spokesmen",
"Kim Jong Il" for "Kim Jong-il", "Erdogan" for "Erdoğan"), and decide which phrases must match
with their exact capitalisation ("US" is the country, "us" the pronoun).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

#: A phrase written with this prefix in a data file matches only with its exact capitalisation.
EXACT_CASE_PREFIX = "="

_HYPHEN_BETWEEN_LETTERS = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")
_VOWELS = frozenset("aeiou")


@lru_cache(maxsize=65536)
def parse_phrase(raw: str) -> tuple[str, bool]:
    """Split a phrase as written in a data file into its text and whether case must match.

    A leading "=" asks for an exact-case match; so does an acronym of at most four letters written
    without lower-case letters ("US", "U.N.", "ROK", "KPA"), because its lower-case form is often an
    ordinary word ("us", "un"). A leading lower-case "the " is dropped: the article never needs to
    be matched ("Kremlin" also finds "the Kremlin"); a capitalised "The" is part of a name
    ("The Hague", "The Economist") and kept.
    """
    text = " ".join(str(raw).split())
    exact = text.startswith(EXACT_CASE_PREFIX)
    if exact:
        text = text[len(EXACT_CASE_PREFIX) :].strip()
    if text.startswith("the "):
        text = text[4:]
    if not exact and len(text) <= 12:
        letters = "".join(filter(str.isalpha, text))
        exact = 0 < len(letters) <= 4 and letters.isupper()
    return text, exact


def fold_accents(text: str) -> str:
    """The text with accents removed ("Erdoğan" -> "Erdogan", "Côte" -> "Cote")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_variants(name: str) -> list[str]:
    """Other spellings of a name: without accents, and hyphenated parts spaced or joined.

    "Kim Jong-il" gives "Kim Jong il" and "Kim Jongil"; "Recep Tayyip Erdoğan" gives
    "Recep Tayyip Erdogan". Curly apostrophes are added for names with a straight one.
    """
    forms = [name]
    folded = fold_accents(name)
    if folded != name:
        forms.append(folded)
    for form in list(forms):
        if _HYPHEN_BETWEEN_LETTERS.search(form):
            forms.append(_HYPHEN_BETWEEN_LETTERS.sub(" ", form))
            forms.append(_HYPHEN_BETWEEN_LETTERS.sub("", form))
    for form in list(forms):
        if "'" in form:
            forms.append(form.replace("'", "\u2019"))
    return _unique(forms)


def plural_of(noun: str, irregular: Mapping[str, str], uncountable: Iterable[str]) -> str | None:
    """The plural of an agent noun phrase, or None when it has none or is plural already.

    The head noun is pluralised: the last word, or the word before "of" ("chief of staff" ->
    "chiefs of staff"). Words ending in "s" are taken as plural already ("troops", "forces").
    """
    lowered = noun.lower()
    if lowered in irregular:
        return irregular[lowered]
    if lowered in {word.lower() for word in uncountable}:
        return None
    words = noun.split(" ")
    head_index = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    head = words[head_index]
    plural_head = _plural_word(head)
    if plural_head is None:
        return None
    words[head_index] = plural_head
    return " ".join(words)


def _plural_word(word: str) -> str | None:
    lowered = word.lower()
    if lowered.endswith("s") and not lowered.endswith("ss"):
        return None
    if lowered.endswith("person"):
        return word[: -len("person")] + "people"
    if lowered == "child":
        return word + "ren"
    if lowered.endswith("man") and lowered not in {"german", "human", "ottoman", "roman"}:
        return word[:-3] + "men"
    if lowered.endswith("y") and len(lowered) > 1 and lowered[-2] not in _VOWELS:
        return word[:-1] + "ies"
    if lowered.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def _unique(items: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)
