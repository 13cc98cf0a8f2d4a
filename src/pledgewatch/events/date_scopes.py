"""Date expressions that belong to another act than the event being dated.

The coder dates an event by the date expression nearest its trigger. Several kinds of phrase
carry the date of something else:
- a "since" phrase or clause, which names the earlier act a count runs from ("held their first
  talks since 2008 on Wednesday" are talks of Wednesday; but a "since" on the event itself,
  uncounted, dates its start: "detained since last year");
- a relative clause on a noun other than the trigger and its object ("arrived in Seoul for a
  summit that begins on Monday"); the clause on the trigger's own object is the same act told on
  ("fired a missile that landed in the sea on Tuesday"), unless it is a schedule ("called off
  talks planned for Wednesday") or tells the object's own earlier act, its making ("honoured
  the treaty that it signed in 1998", "recalled the pledge made three weeks ago": the signing's
  time, not the honouring's; a gathering's holding is the taking part's, "attended the talks
  that Oslo hosted on Monday");
- the clause a verb trigger tells or intends ("announced that it would launch in mid-April" is an
  announcement of the story's day);
- a condition ("would consider talks if the North took responsibility for last year's attacks":
  the condition's time is not the offer's), and a time in the possessive on another noun ("last
  year's attacks", "Monday's talks"), which dates that noun's act.
:func:`foreign_date_spans` gives the character ranges whose date expressions the date resolver
(``pledgewatch.nlp.dates.date_for_span``) must not use for this event; :func:`forward_spans` the
times still to come, which date no act that happened; :func:`date_of_telling` moves a told act
to its telling's date; :func:`undated_pluperfect` says when an act has no day at all. The word
lists are the lexicon's word classes (:class:`DateScopeWords`).

A past perfect in a clause on a noun ("freed an American teacher who had been jailed for
entering the country") tells an act that happened before the telling, on a day the sentence
does not give: it is not the story's day (the jailing was months before the release). It is
dated by the date expressions of its own clause only, and with none there it is stored with no
day (date None, precision "unknown"), as an event of an undated document is: no wrong day is
better than the story's.
The ledger places only acts known by a day (``ledger/acts.known_by``), so an undated act is
listed but keeps or breaks no pledge in the replay; a pluperfect with a date of its own ("who
had been jailed in January") keeps that date, and a main clause's past perfect ("the North had
fired two missiles earlier") is dated as before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pledgewatch.nlp.dates import is_month_or_weekday

__all__ = [
    "DateScopeWords",
    "date_of_telling",
    "foreign_date_spans",
    "forward_spans",
    "NOT_PLUPERFECT",
    "undated_pluperfect",
    "undated_summary",
]

#: Dependency labels of a clause modifying a noun ("a summit that begins on Monday").
NOUN_CLAUSES = frozenset({"relcl", "acl"})
_OBJECTS = frozenset({"dobj", "obj", "nsubjpass", "attr"})
#: Tags of a relative pronoun standing as a clause's subject ("a missile that landed").
_RELATIVE_PRONOUNS = frozenset({"WDT", "WP"})


@dataclass(frozen=True)
class DateScopeWords:
    """The lexicon's word lists the date scopes read, built once per coder.

    Attributes:
        since: words opening a phrase that names the act a span runs from (@since_word).
        counting: words that make an event one of a count from it ("the first talks since",
            @counting_word).
        scheduling: verbs whose clause on an object dates the act planned (@scheduling_verb).
        phase: verbs whose infinitive is the act itself ("began to withdraw on Monday",
            @phase_verb).
        forward: words that turn a time toward what is still to come (@forward_time_word).
        time_units: nouns of a span of time a forward word turns ahead (@time_unit).
        summary: quantifiers of many acts that make a present perfect with "since" a summary
            over a span (@summary_quantifier: "has made many offers since 2010").
        supposing: marks of a condition (@supposing_mark: if, unless), whose dates are the
            condition's, not the act's.
        reason: conjunctions of a clause giving the reason, another act with its own time
            ("did not break a promise, because it had declared the deal dead in April";
            @reason_mark).
        occasion: nouns of a gathering taken part in while it is held, whose clause dates the
            taking part ("attended the summit that Oslo hosted on Monday", @occasion_noun).
        state: verbs whose participle on the object is a state it is in, not an act with a
            time of its own ("a ship loaded with arms", @state_participle).
    """

    since: frozenset[str]
    counting: frozenset[str]
    scheduling: frozenset[str]
    phase: frozenset[str]
    forward: frozenset[str]
    time_units: frozenset[str]
    summary: frozenset[str] = frozenset()
    supposing: frozenset[str] = frozenset()
    reason: frozenset[str] = frozenset()
    occasion: frozenset[str] = frozenset()
    state: frozenset[str] = frozenset()

    @classmethod
    def of(cls, lexicon: Any) -> DateScopeWords:
        return cls(
            lexicon.words("@since_word"),
            lexicon.words("@counting_word"),
            lexicon.words("@scheduling_verb"),
            lexicon.words("@phase_verb"),
            lexicon.words("@forward_time_word"),
            lexicon.words("@time_unit"),
            lexicon.words("@summary_quantifier"),
            lexicon.words("@supposing_mark"),
            lexicon.words("@reason_mark"),
            lexicon.words("@occasion_noun"),
            lexicon.words("@state_participle"),
        )


def foreign_date_spans(trigger: Any, words: DateScopeWords) -> list[tuple[int, int]]:
    """Character ranges (start, end) in the document text of the phrases in ``trigger``'s
    sentence whose dates are another act's: "since" phrases and clauses, the clause a verb
    trigger tells or intends, clauses on a noun other than the trigger or its object, and a
    schedule on its object ("talks planned for Wednesday"), each only when the trigger is outside
    it."""
    sentence = trigger.sent
    own_objects = {c.i for c in trigger.children if c.dep_ in _OBJECTS}
    arguments = own_objects | {c.i for c in trigger.children if c.dep_ == "nsubj"}
    spans: list[tuple[int, int]] = []
    for token in sentence:
        if token.lower_ in words.since and token.dep_ in ("prep", "mark", "advmod"):
            scope = token if token.dep_ != "mark" else token.head
            if scope.head.i == trigger.i and not _counted(trigger, words):
                continue  # "detained since last year": the state began then, with the act
        elif (
            _own_content_clause(token, trigger, words)
            or _marked_clause(token, words.reason)
            or (
                token.dep_ in NOUN_CLAUSES
                and token.pos_ in ("VERB", "AUX")
                and token.head.i != trigger.i
                and (
                    token.head.i not in own_objects
                    or token.lemma_.lower() in words.scheduling
                    or tells_nouns_own_making(token, words)
                )
            )
            or _marked_clause(token, words.supposing)
            or _possessive_time(token, trigger, arguments, words)
        ):
            scope = token
        else:
            continue
        phrase = list(scope.subtree)
        if any(w.i == trigger.i for w in phrase):
            continue
        if token.lower_ in words.since and not any(_is_time_word(w, words) for w in phrase):
            # "since the death of Kim Jong Il in December": the parser hangs the act's date on
            # the main verb; a since-phrase naming an act takes the date phrase right after it
            phrase.extend(_date_phrase_after(phrase[-1], trigger, words))
        first, last = phrase[0], phrase[-1]
        spans.append((min(first.idx, token.idx), last.idx + len(last.text)))
    return spans


def tells_nouns_own_making(clause: Any, words: DateScopeWords) -> bool:
    """Does the clause ``clause`` on a noun tell an act done to that noun, its own earlier act?
    Read for the trigger's object here and for a nominal trigger's own clause by
    ``coder._own_words`` ("the pledge it gave last year" is dated last year): a relative clause
    whose subject is not the relative pronoun ("honoured the treaty that it signed in 1998",
    "broke the pledge it gave last year"), a passive one ("the sanctions that were imposed in
    2010"), or a past participle ("recalled the pledge made three weeks ago"). The signing and
    the making have their time; the honouring and the breaking take their own or the report's.
    A clause whose subject is the object ("a missile that landed in the sea on Tuesday") tells
    the same act on and keeps dating it, as one on a gathering taken part in while it is held
    ("attended the talks that Oslo hosted on Monday", @occasion_noun), and a participle of a
    state ("a ship loaded with arms", @state_participle)."""
    if clause.head.lemma_.lower() in words.occasion or clause.head.lower_ in words.occasion:
        return False
    if clause.dep_ == "acl":
        # "a ship loaded with arms on Tuesday": a state; its time is more often the seizure's
        return clause.tag_ == "VBN" and clause.lemma_.lower() not in words.state
    if any(c.dep_ == "nsubjpass" for c in clause.children):
        return True
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    return bool(subjects) and all(s.tag_ not in _RELATIVE_PRONOUNS for s in subjects)


def _marked_clause(token: Any, marks: frozenset[str]) -> bool:
    """Is ``token`` the verb of an adverbial clause opened by one of ``marks``: a condition ("if
    the North took responsibility for last year's attacks") or a reason ("because it had declared
    the deal dead in April")? Its time is the condition's or the reason's, not the act's."""
    return token.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in marks for c in token.children
    )


def _possessive_time(token: Any, trigger: Any, arguments: set[int], words: DateScopeWords) -> bool:
    """Is ``token`` a time in the possessive on a noun other than ``trigger`` and its subject
    and objects ("over last year's attacks", "praised Monday's meeting")? It dates that noun's
    act. On the trigger ("Tuesday's launch") or an argument of it ("Tuesday's talks were held",
    "Monday's talks ended") it is the event's own date, and stays so for now where the noun is
    an act of its own ("condemned last month's test"). ``arguments``: the token indices of the
    trigger's subject and objects."""
    return (
        token.dep_ == "poss"
        and token.head.i != trigger.i
        and token.head.i not in arguments
        and (token.lower_ in words.time_units or is_month_or_weekday(token.text))
    )


def forward_spans(trigger: Any, words: DateScopeWords) -> list[tuple[int, int]]:
    """Character ranges of the time phrases in ``trigger``'s sentence that look forward ("later
    this week", "next month", "in the coming days"): the caller passes them as foreign for an
    act that happened ("has invited him for talks later this week": the invitation is of the
    story's day, the talks of later in the week)."""
    spans: list[tuple[int, int]] = []
    for token in trigger.sent:
        if token.lower_ not in words.forward or token.i == trigger.i:
            continue
        following = [t for t in token.doc[token.i + 1 : token.i + 3] if t.sent == token.sent]
        if not any(t.lower_ in words.time_units or is_month_or_weekday(t.text) for t in following):
            continue  # "the next step", "later, he said": no time
        last = following[-1]
        spans.append((token.idx, last.idx + len(last.text)))
    return spans


def date_of_telling(
    text: str, trigger: Any, date: Any, date_at: Callable[[Any], Any], words: DateScopeWords
) -> Any:
    """The date of an act told in a clause ("said on Tuesday that it would attend the talks"):
    ``date`` (as read from the sentence) when its expression lies in the act's own clause or no
    verb tells the act; else the telling verb's date (``date_at`` that verb): a date phrase
    hanging on "said" dates the saying, and a pledge with no date of its own was made then,
    not on the next Tuesday a future act would look to."""
    telling = _telling_verb(trigger, words)
    if telling is None or not date.text:
        return date
    clause = list(_clause_of(trigger, telling).subtree)
    told = text[clause[0].idx : clause[-1].idx + len(clause[-1].text)]
    return date if date.text in told else date_at(telling)


def _telling_verb(trigger: Any, words: DateScopeWords) -> Any:
    """The verb whose told clause (a that-clause, not an infinitive) holds ``trigger``."""
    token = trigger
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and _own_content_clause(token, token.head, words):
            return token.head  # not "is expected to meet next week": an infinitive looks ahead
        if token.dep_ not in ("conj", "aux", "xcomp", "dobj", "prep", "pobj", "amod", "compound"):
            return None
        token = token.head
    return None


def _clause_of(trigger: Any, telling: Any) -> Any:
    """The head of the clause under ``telling`` that holds ``trigger``."""
    token = trigger
    while token.head.i != telling.i:
        token = token.head
    return token


def _own_content_clause(token: Any, trigger: Any, words: DateScopeWords) -> bool:
    """Is ``token`` the head of the clause a verb trigger tells or intends ("announced that it
    would launch a satellite in mid-April", "vowed to carry out a test next month")? Its dates
    are the told act's: the announcement and the vow are the report's. An infinitive after a
    verb of phase ("began to shell the island on Tuesday") is the act itself and keeps its date,
    as one after a passive of looking ahead ("is expected to meet next week")."""
    if token.head.i != trigger.i or trigger.pos_ not in ("VERB", "AUX"):
        return False
    if token.pos_ not in ("VERB", "AUX"):
        return False  # "declared the armistice void on March 11": a small clause is the act
    if token.dep_ == "ccomp":
        return True
    return (
        token.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        and trigger.lemma_.lower() not in words.phase
        # "is expected / scheduled to meet next week": a passive of looking ahead tells when
        and not any(c.dep_ == "auxpass" for c in trigger.children)
    )


def _counted(trigger: Any, words: DateScopeWords) -> bool:
    """Is the trigger (or its object) counted from the "since" act ("the first visit since
    2002", "held their first talks since 2008"): then that act is an earlier one, not this
    event's start?"""
    nouns = [trigger, *(c for c in trigger.children if c.dep_ in _OBJECTS)]
    return any(
        c.dep_ in ("amod", "advmod") and c.lower_ in words.counting
        for noun in nouns
        for c in noun.children
    )


def _is_time_word(word: Any, words: DateScopeWords) -> bool:
    """A number, a month or a weekday: a "since" phrase holding one names a time ("since
    2008", "since Monday"), not an act."""
    return (word.like_num and word.lower_ not in words.counting) or is_month_or_weekday(word.text)


def _date_phrase_after(last: Any, trigger: Any, words: DateScopeWords) -> list[Any]:
    """The "in" phrase that starts right after ``last`` and holds a time word ("in December",
    "in 2010"), unless it holds the trigger; else nothing."""
    doc = last.doc
    following = last.i + 1
    if following >= len(doc) or doc[following].dep_ != "prep" or doc[following].lower_ != "in":
        return []  # "since the shelling on Wednesday": a day is more often the main act's
    phrase = list(doc[following].subtree)
    if any(w.i == trigger.i for w in phrase) or not any(_is_time_word(w, words) for w in phrase):
        return []
    return phrase


def undated_pluperfect(
    trigger: Any,
    start: int,
    end: int,
    date_with: Callable[[list[tuple[int, int]]], Any],
    *,
    earlier: bool = False,
) -> Any:
    """The date of a past perfect verb in a clause on a noun ("a teacher who had been
    jailed") in the sentence ``start``-``end`` (characters) from its own clause's date
    expressions only (``date_with(foreign)`` dates it with the character ranges ``foreign``
    left out); None when its clause gives none. So too an ``earlier`` act named as another's
    circumstance ("urged restraint after the shelling of the island": events/circumstance_acts.py),
    from its own phrase. A trigger of any other kind is no concern here: :data:`NOT_PLUPERFECT`."""
    if not earlier and not _pluperfect_in_noun_clause(trigger):
        return NOT_PLUPERFECT
    clause = list(trigger.subtree)
    first, last = clause[0], clause[-1]
    outside = [(start, first.idx), (last.idx + len(last.text), end)]
    date = date_with(outside)
    return date if date is not None and date.text is not None else None


def undated_summary(trigger: Any, words: DateScopeWords) -> bool:
    """Is the trigger a summary of many acts over a span ("Since 2010 North Korea has made many
    offers", "has fired several missiles since January"): a present perfect with a "since" on
    itself and a quantifier of many acts (@summary_quantifier) on its object or on the event
    noun it makes? The since-time starts the span; no act of that day is meant, so the event
    has no day. A single state begun then ("has been detained since last year") keeps it."""
    verb = trigger
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in _OBJECTS:
        verb = trigger.head  # "has made many offers": the event noun of a light verb
    present_perfect = any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in ("VBZ", "VBP")
        for c in verb.children
    )
    since = any(
        c.lower_ in words.since
        and c.dep_ in ("prep", "mark", "advmod")
        or (c.dep_ == "advcl" and any(m.lower_ in words.since for m in c.children))
        for c in verb.children
    )
    if not present_perfect or not since:
        return False
    nouns = [trigger] + [c for c in verb.children if c.dep_ in _OBJECTS]
    return any(
        m.lower_ in words.summary and m.dep_ in ("amod", "nummod", "quantmod", "det")
        for noun in nouns
        for m in noun.children
    )


#: What :func:`undated_pluperfect` gives for a trigger that is no past perfect in a noun clause.
NOT_PLUPERFECT = object()


def _pluperfect_in_noun_clause(trigger: Any) -> bool:
    if trigger.pos_ not in ("VERB", "AUX") or trigger.tag_ != "VBN":
        return False
    if trigger.dep_ not in NOUN_CLAUSES:
        return False
    # the auxiliary "had" (have in the past) makes it a past perfect
    return any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ == "VBD" for c in trigger.children
    )
