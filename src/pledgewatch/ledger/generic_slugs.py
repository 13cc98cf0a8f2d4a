"""The key of a pledge on no taxonomy topic: ``PROMISOR:other:<slug>``.

The commitment analysis reads the promised act and its object as key words
(:func:`pledgewatch.commitments.generic_keys.generic_key`: "reward @PRKGOV"); here they become
the slug against the promisor the ledger files the pledge under: an actor of the promisor's
own country is dropped (it names the one who promises: "Washington would not reward"), any
other is written as its country ("north korea", "pyongyang" -> ``prk``). A commitment coded
before the key words existed has none; its slug is then read off its words, as before
(:func:`words_slug`). The readable label stays the commitment's own words.

Passes over the candidates then key what one mention cannot: a promise retold as a noun
with nothing said of its content takes the promise its report names for the promisor
(:func:`retold_in_story`); an act told with no object joins the promisor's one pledge of that
act on an object (:func:`bare_acts_keyed`); a retold promise still unnamed is keyed by the day
it was made, so unnamed promises of other days stay apart (:func:`unspecified_by_day`).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

from pledgewatch.commitments.generic_keys import ACTOR_MARK, UNSPECIFIED
from pledgewatch.commitments.topics import FALLBACK_TOPIC
from pledgewatch.ledger.evidence import period_end, shown_date
from pledgewatch.ledger.keys import country_key
from pledgewatch.ledger.movement_keys import movement_slug
from pledgewatch.yaml_lists import read_word_yaml, whole_number


class _Keyed(Protocol):
    """What the passes read of a ledger candidate
    (:class:`~pledgewatch.ledger.grouping.Candidate`)."""

    @property
    def promisor(self) -> str: ...
    @property
    def topic(self) -> str: ...
    @property
    def generic(self) -> bool: ...
    @property
    def mention(self) -> Any: ...


_C = TypeVar("_C", bound=_Keyed)

#: Words left out of the key of a generic-topic pledge ("to hold a summit" ~ "hold summit").
_SLUG_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "of",
        "on",
        "in",
        "for",
        "and",
        "or",
        "with",
        "its",
        "their",
        "his",
        "her",
        "it",
        "they",
        "be",
        "will",
        "would",
    ]
)
_SLUG_WORDS = 6


def words_slug(text: str | None) -> str:
    """A short key from the promised action's words: "hold a summit with Lee" -> hold-summit-lee."""
    words = [w for w in re.findall(r"[a-z0-9]+", (text or "").lower()) if w not in _SLUG_STOPWORDS]
    return "-".join(words[:_SLUG_WORDS]) or UNSPECIFIED


def generic_slug(key_words: str | None, text: str | None, promisor: str | None) -> str:
    """The slug of a generic-topic pledge: its key words against ``promisor`` (a country key),
    or, with no key words, the slug of its words (:func:`words_slug`). A promise to go back
    or to stay is keyed by where it goes (:func:`~.movement_keys.movement_slug`: "return home"
    and "return to the talks" are two pledges)."""
    moved = movement_slug(key_words, text, promisor)
    if moved is not None:
        return moved
    if not key_words:
        return words_slug(text)
    slug: list[str] = []
    for word in key_words.split():
        if word.startswith(ACTOR_MARK):
            country = country_key(word[len(ACTOR_MARK) :])
            if country is None or country == promisor:
                continue
            word = country.lower()
        part = "-".join(re.findall(r"[a-z0-9]+", word.lower()))
        if part and part not in slug:
            slug.append(part)
    return "-".join(slug) or words_slug(text)


def _slug_of(topic: str) -> str | None:
    """The slug of a generic key ``other:<slug>``; None for a taxonomy topic."""
    head, sep, slug = topic.partition(":")
    return slug if sep and head == FALLBACK_TOPIC else None


def retold_in_story(candidates: list[_C]) -> list[_C]:
    """A promise retold as a noun with nothing said of what was promised ("the commitments
    that Ruritania made": key ``other:unspecified``) is the promise its report names for the
    same promisor elsewhere, when the report names one alone (a taxonomy topic or an act);
    else it keeps the unspecified key, a reference to an unnamed promise that the ledger
    lists only with ``--generic``."""
    named: dict[tuple[Any, str], set[tuple[str, bool]]] = defaultdict(set)
    for c in candidates:
        if c.mention.doc_id and _slug_of(c.topic) != UNSPECIFIED:
            named[(c.mention.doc_id, c.promisor)].add((c.topic, c.generic))
    found: list[_C] = []
    for c in candidates:
        told = named.get((c.mention.doc_id, c.promisor), set())
        if _slug_of(c.topic) == UNSPECIFIED and len(told) == 1:
            topic, generic = next(iter(told))
            c = dataclasses.replace(c, topic=topic, generic=generic)  # type: ignore[type-var]
        found.append(c)
    return found


def bare_acts_keyed(candidates: list[_C]) -> list[_C]:
    """A generic pledge keyed by its act alone (an act told with no object: "there will be no
    rewards") is the promisor's pledge of that act on an object when the promisor has one
    such alone ("reward-prk"); with none or several it keeps its own key."""
    keys: dict[str, set[str]] = defaultdict(set)
    for c in candidates:
        slug = _slug_of(c.topic)
        if slug and slug != UNSPECIFIED:
            keys[c.promisor].add(slug)
    found: list[_C] = []
    for c in candidates:
        slug = _slug_of(c.topic)
        if slug and "-" not in slug and slug != UNSPECIFIED:
            fuller = [k for k in keys[c.promisor] if k.startswith(slug + "-")]
            if len(fuller) == 1:
                c = dataclasses.replace(c, topic=f"{FALLBACK_TOPIC}:{fuller[0]}")  # type: ignore[type-var]
        found.append(c)
    return found


def default_unspecified_path() -> Path:
    """The shipped setting of unnamed promises, ``data/ledger/unspecified_promises.yaml``."""
    return Path(__file__).resolve().parent.parent / "data" / "ledger" / "unspecified_promises.yaml"


@functools.lru_cache(maxsize=4)
def _days_apart(path: str | None = None) -> int:
    file = Path(path) if path else default_unspecified_path()
    return whole_number(read_word_yaml(file), "max_days_apart", 7, str(file))


def _one_promise(first: Any, later: Any) -> bool:
    """Whether two retellings of an unnamed promise, in date order, date one promise: the
    earlier's date (to its precision) holds the later's day, or they are days apart at most."""
    holds = later.date <= period_end(first.date, first.date_precision)
    return holds or (later.date - first.date).days <= _days_apart()


def unspecified_by_day(candidates: list[_C]) -> list[_C]:
    """A promise retold with nothing said of it, and named by no other words of its report
    (:func:`retold_in_story`), keyed by the day it was made: the promisor's retellings of one
    day (or period) join, as ``other:unspecified-2012-02``; those of other days, unlike
    promises, stay apart."""
    unnamed = [c for c in candidates if _slug_of(c.topic) == UNSPECIFIED]
    keys: dict[int, str] = {}
    latest: dict[str, tuple[Any, str]] = {}  # promisor -> (its group's latest mention, key)
    for c in sorted(unnamed, key=lambda c: (c.mention.date, c.mention.event_id)):
        held = latest.get(c.promisor)
        if held is None or not _one_promise(held[0], c.mention):
            day = shown_date(c.mention.date, c.mention.date_precision)
            held = (c.mention, f"{FALLBACK_TOPIC}:{UNSPECIFIED}-{day}")
        latest[c.promisor] = (c.mention, held[1])
        keys[id(c)] = held[1]
    return [
        dataclasses.replace(c, topic=keys[id(c)]) if id(c) in keys else c  # type: ignore[type-var]
        for c in candidates
    ]


#: Words of a generic pledge's label, at most (the label is read, the key compared).
_LABEL_WORDS = 12


def generic_label(topic: str, mentions: Sequence[Any]) -> str | None:
    """The label of a generic pledge: the words of its first mention that has any ("not reward
    North Korea for its provocations"), the key's words for none; an unspecified one reads
    as an unnamed promise. None for a taxonomy topic (the topic map labels it)."""
    slug = _slug_of(topic)
    if slug is None:
        return None
    words = next((str(m.topic_text) for m in mentions if m.topic_text), "").split()
    text = " ".join(words[:_LABEL_WORDS]) + (" ..." if len(words) > _LABEL_WORDS else "")
    if slug.startswith(UNSPECIFIED):
        return f"an unnamed promise ({text})" if text else "an unnamed promise"
    return text or slug.replace("-", " ")
