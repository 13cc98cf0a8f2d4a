"""Tellings dated by their reports: which links may retell an act a pledge already has.

The coder dates an act by the time words of its sentence and, when it finds none, by its
report's day. A report that recalls an act of some days before without time words ("U.S.-DPRK
bilateral discussions" in a statement six days after the talks; "North Korea broke its pledge
when it launched the rocket" four days after the launch) is so dated by itself, and its link
became a second link of the act, dated later. A link is *dated by its report*
(:func:`dated_by_report`) when its date is its report's day, known to the day, and:

* the coder says so: the event's stored date basis (:class:`~pledgewatch.model.DateBasis`,
  kept in its ``provenance``) is ``report``, not its sentence's time words nor another event's
  date. An event coded before the basis was kept has none; then its sentence is read again
  (with :func:`~pledgewatch.nlp.dates.resolve_relative_dates` against the report's day, as the
  coder reads it) for time words naming that day, and its ``why`` for another sentence's date
  ("dated as its twin"); or
* the act is called past to its telling ("about the recent DPRK-U.S. talks", whose sentence's
  "on Monday" dates the answer, not the talks): a ``recency`` word in its words or just before.

Such a link *may retell* an earlier act (:func:`may_retell`) unless its sentence says it is
another act ("again", "another", the lexicon's ``@repetition`` class, and the ledger's own
``repetition`` words: "a second round", "new talks", "resumed"). Whether it does is decided
with the pledge's other links in :func:`pledgewatch.ledger.acts.one_link_per_act` (an earlier
link of the same relation, kind and parties within ``window_days``). The words are data
(``data/ledger/retellings.yaml``).

A year-end analysis recalls the year's acts with no time words ("The North then tested a nuclear
device"): dated by its report, such a telling came months after the act, beyond the window. An
act of a kind that comes seldom (a nuclear test, a long-range launch: ``long_reach_acts``) is
known again further back (``long_reach_days``) when the telling stands in its report's body,
not its headline or lead (``lead_sentences``: a report's news is told there; a new act told in
the body has the lead's date, given it by the coder), and names the same act (its *heads*,
:func:`act_heads`: the coder's pattern word, the verb and head of its action text, "tested" and
"conducted ... test" share "test"; "restarted Yongbyon" is another act under the same rule).
Meetings come too often for this: "The two sides held three days of talks" is no talks of
months before.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from pledgewatch.errors import ConfigError
from pledgewatch.ledger.evidence import period_end
from pledgewatch.ledger.spans import phrase_pattern
from pledgewatch.model import DateBasis
from pledgewatch.nlp.dates import resolve_relative_dates
from pledgewatch.word_classes import WORD_CLASSES_FILE, word_class
from pledgewatch.yaml_lists import read_word_yaml, whole_number, word_list

#: The lexicon's word class of words that make a telling another act (read, never copied).
REPETITION_CLASS = "@repetition"
_WORD = re.compile(r"[\w'-]+")
#: The verb of an event as its ``why`` names it: "pattern discuss.v→040 (verb 'discuss', ...".
_WHY_VERB = re.compile(r"\bpattern ([a-z_-]+)\.v[^(]*\(verb '([^']+)'")
#: A capitalised word right after a match: "New York", "Second Avenue" are names.
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")


def default_retellings_path() -> Path:
    """The shipped words of retellings, ``data/ledger/retellings.yaml``."""
    return Path(__file__).resolve().parent.parent / "data" / "ledger" / "retellings.yaml"


def _word_classes_path() -> Path:
    return Path(__file__).resolve().parent.parent / "data" / "lexicon" / WORD_CLASSES_FILE


@dataclass(frozen=True)
class Retellings:
    """The compiled words of :func:`dated_by_report` and :func:`may_retell`."""

    window: dt.timedelta
    recency: frozenset[str]
    reach: int
    repetition: re.Pattern[str]
    twin_dated: tuple[str, ...]
    present_endings: tuple[str, ...] = ("", "s", "es")
    long_reach: dt.timedelta = dt.timedelta(0)
    long_reach_acts: frozenset[str] = frozenset()
    lead_sentences: int = 2
    head_endings: tuple[str, ...] = ()

    def in_body(self, sentence_id: str | None) -> bool:
        """Whether a sentence ("doc:9") stands after its report's headline and lead."""
        place = (sentence_id or "").rpartition(":")[2]
        return place.isdigit() and int(place) >= self.lead_sentences

    def stem(self, word: str) -> str:
        """A word without its ending ("tested" -> "test", "devices" -> "devic"), and without
        a final "e" so that "device" and "devices" meet."""
        word = word.lower()
        for ending in self.head_endings:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                word = word[: -len(ending)]
                break
        return word[:-1] if word.endswith("e") and len(word) > 3 else word

    def called_recent(self, sentence: str, evidence: str | None) -> bool:
        """Whether a recency word stands in the act's words or just before them."""
        at = sentence.find(evidence) if evidence else -1
        if at < 0:
            return False
        before = _WORD.findall(sentence[:at])[-self.reach :] if self.reach else []
        words = [*before, *_WORD.findall(evidence or "")]
        return any(word.lower() in self.recency for word in words)

    def told_in_present(self, why: str | None) -> bool:
        """Whether the event's verb, as its ``why`` names it, is in the present ("discuss",
        "shells"): the headline's present tells the report's own news, not a past act."""
        found = _WHY_VERB.search(why or "")
        if found is None:
            return False
        lemma, form = found.group(1).split("_")[0], found.group(2).lower()
        forms = {lemma + ending for ending in self.present_endings}
        if lemma.endswith("y"):  # carry -> carries
            forms.add(lemma[:-1] + "ies")
        return form in forms

    def another_act(self, sentence: str | None) -> bool:
        """Whether the sentence says its act is another one ("again", "a second round"); a
        capitalised word before another capitalised one is part of a name ("New York")."""
        for found in self.repetition.finditer(sentence or ""):
            if not (
                found.group(0)[0].isupper() and _NAME_GOES_ON.match(sentence or "", found.end())
            ):
                return True
        return False


@functools.lru_cache(maxsize=4)
def load_retellings(path: str | None = None) -> Retellings:
    """The words of retellings (cached per path), by default the shipped file; the lexicon's
    ``@repetition`` class joins the file's ``repetition`` words."""
    file = Path(path) if path else default_retellings_path()
    data = read_word_yaml(file)
    where = str(file)
    repetition = word_list(data, "repetition", where)
    repetition += sorted(
        word_class(REPETITION_CLASS, _word_classes_path(), "the ledger's retellings")
    )
    return Retellings(
        window=dt.timedelta(days=whole_number(data, "window_days", 14, where)),
        recency=frozenset(word_list(data, "recency", where)),
        reach=whole_number(data, "recency_reach", 3, where),
        repetition=phrase_pattern(repetition),
        twin_dated=tuple(word_list(data, "twin_dated", where)),
        present_endings=tuple(_endings(data, where)),
        long_reach=dt.timedelta(days=whole_number(data, "long_reach_days", 0, where)),
        long_reach_acts=frozenset(word_list(data, "long_reach_acts", where)),
        lead_sentences=whole_number(data, "lead_sentences", 2, where),
        # longest first: "tested" loses "ed", not "d"
        head_endings=tuple(sorted(word_list(data, "head_endings", where), key=len, reverse=True)),
    )


def _endings(data: dict[str, object], where: str) -> list[str]:
    """The endings of present forms; the empty ending (the bare lemma) is allowed here."""
    endings = data.get("present_endings")
    if not isinstance(endings, list) or not all(isinstance(e, str) for e in endings):
        raise ConfigError("'present_endings' must be a list of endings; see the header", path=where)
    return [e.strip().lower() for e in endings]


def _names_day(sentence: str, reported: dt.date, day: dt.date) -> bool:
    """Whether the sentence has time words, read against its report's day, that name ``day``
    (on it, or a week or month that holds it)."""
    return any(
        m.date <= day <= period_end(m.date, m.precision)
        for m in resolve_relative_dates(sentence, reported)
    )


def dated_by_report(
    sentence: str | None,
    evidence: str | None,
    day: dt.date | None,
    precision: str | None,
    reported: dt.date | None,
    why: str | None = None,
    retellings: Retellings | None = None,
    basis: DateBasis | None = None,
) -> bool:
    """Whether an event's date is only its report's: its report's day, known to the day, with
    the act called recent to its telling ("the recent talks"), or else dated by the report as
    its stored ``basis`` says; with no basis (a store coded before it was kept), with no time
    words of its sentence naming the day (nor another sentence's date given it, which its
    ``why`` tells)."""
    if day is None or reported is None or day != reported or (precision or "day") != "day":
        return False
    words = retellings or load_retellings()
    if not sentence:
        return True
    if words.called_recent(sentence, evidence):
        return True
    if basis is not None:
        return basis.kind == "report"
    if why and any(mark in why.lower() for mark in words.twin_dated):
        return False
    return not _names_day(sentence, reported, day)


def may_retell(
    sentence: str | None,
    evidence: str | None,
    day: dt.date | None,
    precision: str | None,
    reported: dt.date | None,
    why: str | None = None,
    basis: DateBasis | None = None,
) -> bool:
    """Whether a link may retell an earlier act of its pledge: dated by its report
    (:func:`dated_by_report`, by its stored date ``basis`` when it has one), not told in the
    present (the report's own news: "U.S., North Korea discuss ...") and not told as another
    act ("again", "a second round")."""
    words = load_retellings()
    if not dated_by_report(sentence, evidence, day, precision, reported, why, words, basis):
        return False
    return not (words.told_in_present(why) or words.another_act(sentence))


def retelling_window() -> dt.timedelta:
    """How many days after an act an untimed telling is still taken for it."""
    return load_retellings().window


#: The word of the coder's pattern in an event's ``why``: "pattern test.v+missile",
#: "carry.v_out.light→-(light) + pattern test.n→150" (the light verb's noun).
_WHY_PATTERN = re.compile(r"\bpattern ([a-z-]+)[._]")


def act_heads(why: str | None, action_text: str | None) -> tuple[str, ...]:
    """The words that name an act, stemmed: the coder's pattern word (its lemma) and the
    first and last words of its action text, its verb and the head of its object ("conducts
    third nuclear test" -> conduct, test; "restarted Yongbyon" -> restart, yongbyon), not its
    modifiers ("nuclear" names a test and a reactor alike)."""
    words = load_retellings()
    heads = {m.group(1) for m in _WHY_PATTERN.finditer(why or "")}
    told = _WORD.findall(action_text or "")
    if told:
        heads.update((told[0], told[-1]))
    return tuple(sorted({words.stem(h) for h in heads if h}))


def long_reach() -> tuple[dt.timedelta, frozenset[str]]:
    """How far back a telling in a report's body recalls an act of a seldom kind, and those
    kinds (rule ids of the topic-action map)."""
    words = load_retellings()
    return words.long_reach, words.long_reach_acts


def in_report_body(sentence_id: str | None) -> bool:
    """Whether a sentence stands after its report's headline and lead."""
    return load_retellings().in_body(sentence_id)
