"""A pledge to work for a body's measure is kept by the body's act.

"Washington would work for tougher sanctions at the United Nations" pledges the United States
to get sanctions adopted by a body it sits in; the Security Council adopting new sanctions on
the North after it keeps the pledge, though no act of the United States is coded (the members
that drafted the text are named at most inside "China joined the United States in drafting").
:func:`body_of` finds such a pledge in its words (a verb of seeking, then the body named after a
preposition: ``data/ledger/body_measures.yaml``) and gives the body's actor code and the day it
was first so worded; the linking (:func:`pledgewatch.ledger.linking.link_pledges`) then reads
the body's events by the topic's own rules and keeps those that fulfil the pledge, each saying
whose act it is (:func:`body_reason`). The body acting the other way is no breach of a member's
pledge, so only keeping links are taken.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pledgewatch.errors import ConfigError
from pledgewatch.ledger.records import Pledge
from pledgewatch.ledger.spans import phrase_alternation, phrase_pattern
from pledgewatch.yaml_lists import read_word_yaml, word_list


def default_body_measures_path() -> Path:
    """The shipped words of body pledges, ``data/ledger/body_measures.yaml``."""
    return Path(__file__).resolve().parent.parent / "data" / "ledger" / "body_measures.yaml"


@dataclass(frozen=True)
class BodyMeasures:
    """The compiled words: the verbs of seeking, each body's name pattern, the topics."""

    verbs: re.Pattern[str]
    bodies: tuple[tuple[str, re.Pattern[str]], ...]
    topics: frozenset[str]

    def body_named(self, text: str | None) -> str | None:
        """The actor code of the body a text pledges to seek a measure at, or None."""
        for verb in self.verbs.finditer(text or ""):
            after = (text or "")[verb.end() :]
            found = [(m.start(), code) for code, names in self.bodies if (m := names.search(after))]
            if found:
                return min(found)[1]  # the body named first after the verb
        return None


@functools.lru_cache(maxsize=4)
def load_body_measures(path: str | None = None) -> BodyMeasures:
    """The words of body pledges (cached per path), by default the shipped file."""
    file = Path(path) if path else default_body_measures_path()
    data = read_word_yaml(file)
    where = str(file)
    prepositions = phrase_alternation(word_list(data, "prepositions", where))
    bodies = data.get("bodies")
    if not isinstance(bodies, dict) or not bodies:
        raise ConfigError("'bodies' must map actor codes to lists of names", path=where)
    compiled = []
    for code, names in bodies.items():
        words = word_list({"names": names}, "names", f"{where}: bodies.{code}")
        pattern = rf"\b(?:{prepositions})\s+(?:the\s+)?(?:{phrase_alternation(words)})\b"
        compiled.append((str(code).strip().upper(), re.compile(pattern, re.IGNORECASE)))
    return BodyMeasures(
        verbs=phrase_pattern(word_list(data, "verbs", where)),
        bodies=tuple(compiled),
        topics=frozenset(word_list(data, "topics", where)),
    )


def body_of(pledge: Pledge) -> tuple[str, dt.date, str] | None:
    """The body whose act keeps ``pledge`` (its actor code), the day the pledge was first
    worded so and those words, when a mention (no retraction) on a topic of the file pledges to
    seek the measure at the body ("would work for tougher sanctions at the United Nations");
    else None."""
    words = load_body_measures()
    if pledge.topic not in words.topics:
        return None
    for mention in sorted(pledge.mentions, key=lambda m: m.date):
        if mention.retraction:
            continue
        for text in (mention.text, mention.topic_text):
            code = words.body_named(text)
            if code is not None:
                return code, mention.date, str(text)
    return None


def body_reason(reason: str, body: str, words: str) -> str:
    """A body's link's reason: the rule's, then whose act it is and the pledge's words."""
    return f"{reason}; kept by {body}, the body the pledge works at ({words!r})"
