"""An acceptance of another's offer of something given files on the offerer's pledge.

The grader addresses an acceptance of another's offer to the offer's maker, with the offer's
topic ("The United States will provide emergency relief supplies ... The North Korean
government has accepted the offer": a promise of the North, promisee the United States,
humanitarian aid). On an aid topic keyed by its object that would read as the North's aid to
the United States (``PRK:humanitarian_aid@USA``), which no one pledged: the North accepted aid.
:func:`as_answer` files such a mention on the offerer's pledge to the accepter instead
(``USA:humanitarian_aid@PRK``): the offer's maker becomes its promisor, the accepter its
promisee and object, and it stands as others' word of that offer (never the offerer's own
statement), its role saying who accepted it (:attr:`~pledgewatch.ledger.records.Mention.via`).
An acceptance on another topic ("accepted the offer of talks") is the accepter's own pledge and
stays where it is. The words and topics are data (``data/ledger/offer_answers.yaml``).
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pledgewatch.ledger.records import ACCEPTED_BY, UNKNOWN_COUNTRY, Mention, country_key
from pledgewatch.ledger.spans import phrase_pattern
from pledgewatch.yaml_lists import read_word_yaml, word_list


def default_offer_answers_path() -> Path:
    """The shipped acceptance words, ``data/ledger/offer_answers.yaml``."""
    return Path(__file__).resolve().parent.parent / "data" / "ledger" / "offer_answers.yaml"


@dataclass(frozen=True)
class OfferAnswers:
    """The compiled acceptance words and the topics whose offers go to the accepter."""

    accepting: re.Pattern[str]
    given_topics: frozenset[str]


@functools.lru_cache(maxsize=4)
def load_offer_answers(path: str | None = None) -> OfferAnswers:
    """The acceptance words (cached per path), by default the shipped file."""
    file = Path(path) if path else default_offer_answers_path()
    data = read_word_yaml(file)
    words = word_list(data, "accepting_words", str(file))
    topics = word_list(data, "given_topics", str(file))
    return OfferAnswers(phrase_pattern(words), frozenset(topics))


def as_answer(promisor: str, topic: str, mention: Mention) -> tuple[str, Mention] | None:
    """The offerer's pledge key (its country) and the mention filed on it, when ``mention`` is
    an acceptance of the promisee's offer on a topic whose offers go to the accepter; else
    None. The mention keeps its words, date and report; its promisor becomes the offerer, its
    promisee and object the accepter; it is no first-party statement of the offerer."""
    answers = load_offer_answers()
    if topic not in answers.given_topics or mention.kind != "promise" or mention.retraction:
        return None
    offerer = country_key(mention.promisee)
    if offerer is None or offerer in (UNKNOWN_COUNTRY, promisor):
        return None
    if not mention.text or not answers.accepting.search(mention.text):
        return None
    filed = dataclasses.replace(
        mention,
        promisor=mention.promisee,
        promisee=mention.promisor,
        object_country=promisor,
        story_counterparts=(promisor,),
        first_party=False,
        via=f"{ACCEPTED_BY} {promisor}",
    )
    return offerer, filed
