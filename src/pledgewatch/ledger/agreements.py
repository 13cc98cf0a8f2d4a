"""An agreement renounced: which pledges a general retraction reaches beyond those the promisor
stated itself.

A general retraction ("we are no longer bound by the agreement", a refusal on a generic topic
with a cue of ``retraction_cues``) first reaches the pledges the promisor stated itself,
formally or officially, shortly before it (:func:`~pledgewatch.ledger.grouping.group_mentions`).
An agreement is often told differently by its parties: the U.S. text of the Leap Day deal says
North Korea agreed to a moratorium on nuclear activities at Yongbyon, the North's own text does
not. The North renouncing the agreement renounces what it is said to hold, whoever said so:
a pledge of the agreement that only others stated is retracted too.

Which pledges the agreement holds is read from its reports, since no text names it reliably:

* *Its day and its terms.* The agreement's day is the day (or days) on which the promisor
  stated the pledges the retraction reaches at the highest formality it used in the window
  (an agreement is a formal act: KCNA's statement of 29 February 2012, not a speech of 15
  April); its *terms* are the pledges the promisor stated that day.
* *A pledge it holds* is one of the same promisor, not already reached, whose first statement
  within the window (its first mention, by anyone, between the window's start and the
  retraction) tells it with the agreement: in a sentence that states one of its terms ("a
  moratorium on long-range missile launches, nuclear tests and nuclear activities at
  Yongbyon", one commitment filed under three topics), or in a report of the agreement's day
  that states one of its terms that day (the State Department's account of the deal).

A pledge first claimed within the window in another report on another day (another agreement,
an older claim recalled) is left untouched, as is one the retraction's promisee rules out. The
retraction joins each such pledge with the ``via`` that says so, and its evidence is the
retraction's own sentence.

A retraction that names an agreement ("no longer bound by the agreement": a noun of
``agreements_concluded.yaml`` in its sentence, :func:`names_an_agreement`) renounces that
agreement, not everything its promisor said lately: of the pledges the promisor stated itself in
the window it reaches only the agreement's terms and those the promisor stated with them, in a
sentence or a report that tells one of its terms (:func:`of_the_agreement`). A leader's parade
speech two days before the North renounced the Leap Day deal is no part of the deal.

An agreement concluded is also what reopens a pledge its promisor refused: a report telling, as
a fact, the promisor reaching or signing an agreement (:func:`concluded_in`) tells its own act,
and the terms the report gives that day are the promisor's, though the reporter voices them.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from pledgewatch.errors import ConfigError
from pledgewatch.ledger.records import Mention, country_key
from pledgewatch.ledger.said_days import said_day
from pledgewatch.model import FORMALITY_ORDER
from pledgewatch.yaml_lists import read_word_yaml, word_list

#: A pledge's group key: (promisor, topic, object country).
GroupKey = tuple[str, str, str | None]


def _in_window(mention: Mention, earliest: dt.date, retraction: Mention) -> bool:
    return not mention.retraction and earliest <= mention.date <= retraction.date


def agreement_terms(
    retraction: Mention,
    groups: Mapping[GroupKey, list[Mention]],
    reached: Iterable[GroupKey],
    window_days: int,
) -> tuple[set[dt.date], dict[GroupKey, list[Mention]]]:
    """The agreement's days and its terms: the pledges of ``reached`` the promisor stated
    itself, in the window, at the highest formality it used there, with those statements."""
    earliest = retraction.date - dt.timedelta(days=window_days)
    own: dict[GroupKey, list[Mention]] = {}
    for key in reached:
        said = [
            m for m in groups.get(key, []) if m.first_party and _in_window(m, earliest, retraction)
        ]
        if said:
            own[key] = said
    if not own:
        return set(), {}
    top = max(FORMALITY_ORDER.get(m.formality, 0) for said in own.values() for m in said)
    days = {
        m.date for said in own.values() for m in said if FORMALITY_ORDER.get(m.formality, 0) == top
    }
    terms = {key: said for key, said in own.items() if any(m.date in days for m in said)}
    return days, terms


def agreement_members(
    retraction: Mention,
    promisor: str,
    groups: Mapping[GroupKey, list[Mention]],
    reached: list[GroupKey],
    window_days: int,
) -> tuple[list[dt.date], list[GroupKey]]:
    """The agreement's days and the pledges of ``promisor`` it holds beyond ``reached`` (those
    the promisor stated itself): each one's first statement in the window tells it with the
    agreement, in a sentence stating one of its terms or in a report of its day stating one
    that day."""
    days, terms = agreement_terms(retraction, groups, reached, window_days)
    if not terms:
        return [], []
    earliest = retraction.date - dt.timedelta(days=window_days)
    told = _terms_told(terms, groups, earliest, retraction)
    sentences = {m.sentence_id for m in told if m.sentence_id}
    reports = {(m.doc_id, m.date) for m in told if m.doc_id and m.date in days}
    promisee = country_key(retraction.promisee)
    members: list[GroupKey] = []
    for key, mentions in groups.items():
        if key[0] != promisor or key in reached:
            continue
        recent = sorted(
            (m for m in mentions if _in_window(m, earliest, retraction) and m.via is None),
            key=lambda m: (m.date, m.event_id),
        )
        if promisee is not None:
            recent = [m for m in recent if country_key(m.promisee) in (None, promisee)]
        if not recent:
            continue
        first_day = recent[0].date
        first = [m for m in recent if m.date == first_day]
        if any(
            (m.sentence_id is not None and m.sentence_id in sentences)
            or (m.doc_id, m.date) in reports
            for m in first
        ):
            members.append(key)
    return sorted(days), members


def _terms_told(
    terms: Iterable[GroupKey],
    groups: Mapping[GroupKey, list[Mention]],
    earliest: dt.date,
    retraction: Mention,
) -> list[Mention]:
    """The mentions of the agreement's ``terms`` told in the window before ``retraction``
    (their own statements, not those a retraction reached)."""
    return [
        m
        for key in terms
        for m in groups.get(key, [])
        if _in_window(m, earliest, retraction) and m.via is None
    ]


def of_the_agreement(
    retraction: Mention,
    groups: Mapping[GroupKey, list[Mention]],
    reached: list[GroupKey],
    window_days: int,
) -> list[GroupKey]:
    """Of ``reached`` (the pledges the promisor stated itself in the window), those of the
    agreement a retraction names: its terms, and those the promisor stated, in the window, in
    a sentence or a report that tells one of its terms there (the analysis of the deal's two
    texts quoting the North's "at the request of the U.S."). A pledge stated elsewhere (a
    speech at a parade) is not the agreement's, however official."""
    days, terms = agreement_terms(retraction, groups, reached, window_days)
    if not terms:
        return reached
    earliest = retraction.date - dt.timedelta(days=window_days)
    told = _terms_told(terms, groups, earliest, retraction)
    sentences = {m.sentence_id for m in told if m.sentence_id}
    reports = {m.doc_id for m in told if m.doc_id}
    kept = []
    for key in reached:
        own = [
            m for m in groups.get(key, []) if m.first_party and _in_window(m, earliest, retraction)
        ]
        if key in terms or any(
            (m.sentence_id is not None and m.sentence_id in sentences) or m.doc_id in reports
            for m in own
        ):
            kept.append(key)
    return kept


@functools.lru_cache(maxsize=4)
def _agreement_words(path: str | None = None) -> tuple[list[str], list[str], int]:
    """(verbs, nouns, max_words_between) of ``agreements_concluded.yaml``, read once and
    checked: a list written as a plain value is a :class:`ConfigError` naming the file."""
    file = Path(path) if path else default_concluded_path()
    data = read_word_yaml(file)
    verbs = word_list(data, "verbs", str(file))
    nouns = word_list(data, "nouns", str(file))
    try:
        between = int(data["max_words_between"])
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(
            f"cannot read max_words_between ({exc}); see its header", path=str(file)
        ) from exc
    return verbs, nouns, between


@functools.lru_cache(maxsize=4)
def _agreement_nouns(path: str | None = None) -> re.Pattern[str]:
    """The nouns of ``agreements_concluded.yaml`` ("deal", "accord"), as one pattern."""
    nouns = "|".join(re.escape(n) for n in _agreement_words(path)[1])
    return re.compile(rf"\b(?:{nouns})\b", re.I)


def names_an_agreement(text: str | None) -> bool:
    """Whether a retraction's sentence names an agreement ("no longer bound by the deal")."""
    return bool(text) and _agreement_nouns().search(text or "") is not None


# --- an agreement concluded, told as a fact ----------------------------------------------------


def default_concluded_path() -> Path:
    """The shipped words of agreements concluded, ``data/ledger/agreements_concluded.yaml``."""
    return Path(__file__).resolve().parent.parent / "data" / "ledger" / "agreements_concluded.yaml"


@functools.lru_cache(maxsize=4)
def load_concluded_words(path: str | None = None) -> re.Pattern[str]:
    """The words of an agreement concluded ("reached an interim deal"), as one pattern."""
    verb_list, noun_list, between = _agreement_words(path)
    verbs = "|".join(re.escape(v) for v in verb_list)
    nouns = "|".join(re.escape(n) for n in noun_list)
    return re.compile(rf"\b(?:{verbs})\b(?:\s+[\w-]+){{0,{between}}}?\s+(?:{nouns})\b", re.I)


def concluded_in(rows: Iterable[Mapping[str, Any]]) -> set[tuple[str, str, dt.date]]:
    """(report, promisor's country, day) of every commitment row that tells, in the reporter's
    own words, its promisor concluding an agreement ("Iran and six world powers reached an
    interim deal"): the report tells the promisor's own act, and what it says the promisor will
    do that day are the agreement's terms, whoever voices them (see the status's replay)."""
    words = load_concluded_words()
    found: set[tuple[str, str, dt.date]] = set()
    for row in rows:
        promisor = country_key(row.get("promisor"))
        day = said_day(_day(row.get("date")), "day", _day(row.get("published")))[0]
        text = f"{row.get('evidence') or ''} {_topic_words(row)}"  # "reached" + "an interim deal"
        if row.get("doc_id") and promisor and isinstance(day, dt.date) and words.search(text):
            found.add((str(row["doc_id"]), promisor, day))
    return found


def _day(value: Any) -> dt.date | None:
    """A stored date or datetime as a date."""
    if isinstance(value, dt.datetime):
        return value.date()
    return value if isinstance(value, dt.date) else None


def _topic_words(row: Mapping[str, Any]) -> str:
    """A commitment row's topic words ("an interim deal on Sunday"), from its column or data."""
    if row.get("topic_text"):
        return str(row["topic_text"])
    data = row.get("data")
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except ValueError:
            return ""
    return str(data.get("topic_text") or "") if isinstance(data, dict) else ""
