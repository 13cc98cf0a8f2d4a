"""Clauses read as pledges that tell something else: a schedule, an act done, a kind chosen.

:func:`told_not_pledged` is one of the second readings (:func:`~pledgewatch.commitments.
second_readings.reread`): it gives the reason a promise or refusal the grader has read is a
statement after all, or None. Each check comes from the ledger audit of stop 16
(benchmarks/RESULTS.md, "the ledger audit's grading errors"):

- *a reporter's schedule*: "Obama will meet Chinese President Hu Jintao in Seoul on Monday",
  in the report's own voice (no speaker), an encounter with someone named, dated to a day, is
  the day's programme, not a summit pledge the ledger should count kept when the meeting is
  held; so is a body's session with no one met ("The UN Security Council will meet on
  Tuesday") and the aim of a dated meeting ("... to discuss the attacks"). A speaker's
  announcement ("the White House said Obama will meet ...") and a leader's
  own "I will meet X" stay promises; so does "will hold talks on Monday" and "will meet next
  week" (a plan, not a day's programme);
- *an agreement signed on fields of cooperation*: "The two governments signed agreements on
  development aid and energy cooperation" tells the signing (an act, CAMEO 057, which the
  ledger may link as one), not who owes what; "signed an agreement to freeze" or "on a
  nuclear freeze" names an act promised and stays a promise;
- *a purchase signed*: "Poland signed a contract to buy 96 Apache helicopters" tells a
  transaction done (the signing, CAMEO 057), not a pledge of policy the ledger should track
  (stop 21, and the Senkaku purchase of the grading sample after stop 16);
- *a kind chosen*: "The United States does not plan to send rice or other grain" says which
  food is sent (the story's pledge being food aid in general), not that the aid is refused;
  "will not send any food aid" stays a refusal;
- *an act mentioned*: "urged Bolivian officials not to retaliate against the Peruvian drill"
  names the drill (a nominal event of the clause, whose own code makes no pledge); the urging
  is the verb's own event, and the drill is no demand of Peru's (grader37). A mentioned noun of
  speech whose code makes a pledge ("China's call for talks") stands.

The word lists are in ``data/commitments/told_acts.yaml``.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass

from spacy.tokens import Span, Token

from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.factuality import FIRST_PERSON
from pledgewatch.commitments.lexicon import data_path, load_yaml
from pledgewatch.errors import ConfigError
from pledgewatch.events.modality import ModalityCues
from pledgewatch.events.types import EventFinding
from pledgewatch.model import Commitment
from pledgewatch.yaml_lists import word_list

#: The data file of these readings (and of :mod:`~pledgewatch.commitments.story_acts`).
TOLD_ACTS_FILE = "told_acts.yaml"


@dataclass(frozen=True, slots=True)
class ToldActWords:
    """The word lists of ``told_acts.yaml``."""

    schedule_verbs: frozenset[str]
    gathering_verbs: frozenset[str]
    travel_verbs: frozenset[str]
    destination_prepositions: frozenset[str]
    day_words: frozenset[str]
    week_words: frozenset[str]
    month_words: frozenset[str]
    signing_verbs: frozenset[str]
    agreement_nouns: frozenset[str]
    field_nouns: frozenset[str]
    purchase_verbs: frozenset[str]
    narrow_kinds: Mapping[str, frozenset[str]]
    general_kinds: Mapping[str, frozenset[str]]
    narrowing_words: frozenset[str]
    whole_determiners: frozenset[str]
    act_noun_suffixes: tuple[str, ...]
    referring_determiners: frozenset[str] = frozenset()
    launch_words: frozenset[str] = frozenset()
    launched_kinds: frozenset[str] = frozenset()
    firing_words: frozenset[str] = frozenset()
    launching_verbs: frozenset[str] = frozenset()
    launch_topic: str = ""
    #: words before and after a launch word where the story's kind of launch is looked for
    launch_kind_window: tuple[int, int] = (0, 0)
    #: the same for tests named without their kind ("a moratorium on tests", grader37)
    test_words: frozenset[str] = frozenset()
    tested_kinds: frozenset[str] = frozenset()
    testing_verbs: frozenset[str] = frozenset()
    test_topic: str = ""
    test_kind_window: tuple[int, int] = (0, 0)
    test_kind_read_after: bool = False
    #: verbs of going on with an act named as their prepositional object ("not go ahead
    #: with a test"): their negation is the act's own (grader38)
    proceeding_verbs: frozenset[str] = frozenset()
    proceeding_prepositions: frozenset[str] = frozenset()
    #: verbs that, with the particle "off", tell a launch of their subject ("its rocket will
    #: lift off"): grader44
    liftoff_verbs: frozenset[str] = frozenset()
    #: head nouns that name the same thing again ("the site" after "the Kumgang resort"):
    #: each set is one family (grader44)
    head_families: tuple[frozenset[str], ...] = ()


@functools.lru_cache(maxsize=1)
def told_act_words() -> ToldActWords:
    """The shipped lists."""
    path = str(data_path(TOLD_ACTS_FILE))
    data = load_yaml(path)

    def words(key: str) -> frozenset[str]:
        # through the guard: a bare string is an error, not a set of letters (mend22b)
        return frozenset(word_list(data, key, path)) if key in data else frozenset()

    def per_topic(key: str) -> dict[str, frozenset[str]]:
        table = data.get(key) or {}
        return {str(t): frozenset(str(w).lower() for w in ws or ()) for t, ws in table.items()}

    return ToldActWords(
        schedule_verbs=words("schedule_verbs"),
        gathering_verbs=words("gathering_verbs"),
        travel_verbs=words("travel_verbs"),
        destination_prepositions=words("destination_prepositions"),
        day_words=words("day_words"),
        week_words=words("week_words"),
        month_words=words("month_words"),
        signing_verbs=words("signing_verbs"),
        agreement_nouns=words("agreement_nouns"),
        field_nouns=words("field_nouns"),
        purchase_verbs=words("purchase_verbs"),
        narrow_kinds=per_topic("narrow_kinds"),
        general_kinds=per_topic("general_kinds"),
        narrowing_words=words("narrowing_words"),
        whole_determiners=words("whole_determiners"),
        # longest first, so "ption" is taken off before "tion"
        act_noun_suffixes=tuple(sorted(words("act_noun_suffixes"), key=len, reverse=True)),
        referring_determiners=words("referring_determiners"),
        launch_words=words("launch_words"),
        launched_kinds=words("launched_kinds"),
        firing_words=words("firing_words"),
        launching_verbs=words("launching_verbs"),
        launch_topic=str(data.get("launch_topic") or ""),
        launch_kind_window=_window(data.get("launch_kind_window"), "launch_kind_window"),
        test_words=words("test_words"),
        tested_kinds=words("tested_kinds"),
        testing_verbs=words("testing_verbs"),
        test_topic=str(data.get("test_topic") or ""),
        test_kind_window=_window(data.get("test_kind_window"), "test_kind_window"),
        test_kind_read_after=bool(data.get("test_kind_read_after", False)),
        proceeding_verbs=words("proceeding_verbs"),
        proceeding_prepositions=words("proceeding_prepositions"),
        liftoff_verbs=words("liftoff_verbs"),
        head_families=_families(data.get("head_families"), "head_families"),
    )


def _families(value: object, key: str) -> tuple[frozenset[str], ...]:
    """Lists of lower-case words of the data file, checked: a bare string or a number is an
    error, not a family."""
    if value is None:
        return ()
    if not isinstance(value, list) or not all(
        isinstance(family, list) and family and all(isinstance(w, str) for w in family)
        for family in value
    ):
        raise ConfigError(
            f"{TOLD_ACTS_FILE}: {key} must be a list of lists of words, got {value!r}"
        )
    return tuple(frozenset(w.lower() for w in family) for family in value)


def _window(value: object, key: str) -> tuple[int, int]:
    """A (words before, words after) pair of the data file, checked."""
    if value is None:
        return (0, 0)
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)):
        raise ConfigError(
            f"{TOLD_ACTS_FILE}: {key} must be two whole numbers [before, after], got {value!r}"
        )
    return (value[0], value[1])


def told_not_pledged(
    commitment: Commitment,
    finding: EventFinding,
    analysis: ClauseAnalysis,
    cameo_kind: str | None = None,
) -> str | None:
    """Why a promise or refusal read so far tells a schedule, an act done or a kind chosen
    (a statement); None when it stands. ``cameo_kind`` is the kind the event's own code gives
    (strength_cues.yaml ``cameo_kinds``; None when it gives none), for a mentioned act."""
    words = told_act_words()
    if finding.role == "mentioned" and cameo_kind is None and commitment.kind != "statement":
        # "urged X not to retaliate against the Peruvian drill": the drill is named, not
        # pledged; the urging's demand is the verb's own event (grader37, seed 62 #10). A
        # code the data file skips (04, consult) may still name an offer ("North's talks
        # offer"): only a code with no kind at all is an act (the 15-20 of force)
        return (
            f"{finding.trigger.text!r} is an act named by the clause, not pledged: its "
            f"{commitment.kind} is of the verb above it"
        )
    if commitment.kind == "promise":
        day = reporters_schedule(analysis, words)
        if day:
            return (
                f"a schedule in the report's own voice ({analysis.clause.head.text!r} someone "
                f"on {day!r}): the day's programme, no pledge"
            )
        fields = signed_on_fields(finding.trigger, words)
        if fields:
            return f"an agreement on {fields!r} signed: an act done, who owes what is not told"
        bought = signed_a_purchase(finding.trigger, words)
        if bought:
            return f"a contract to {bought!r} signed: a transaction done, no pledge of policy"
    if commitment.kind == "refusal":
        kinds = kind_chosen(commitment, analysis, words)
        if kinds:
            return (
                f"{kinds!r} is one kind of the {commitment.topic} sent or not: which kind, "
                "no refusal of the whole"
            )
    return None


def reporters_schedule(analysis: ClauseAnalysis, words: ToldActWords) -> str | None:
    """The day of "X will meet Y on Monday" or "X will travel to Z this week" told in the
    report's own voice, or None."""
    attribution = analysis.attribution
    if attribution.levels or attribution.quotation:
        return None  # a speaker announces it: an intent to meet (CAMEO 036), kept a promise
    clause = analysis.clause
    head = clause.head
    trip = head.head if head.dep_ in ("advcl", "xcomp") and head.tag_ == "VB" else None
    if trip is not None and trip.lemma_.lower() in words.travel_verbs | words.schedule_verbs:
        # "will travel to Seoul on Friday to meet her counterpart", "will meet on Friday to
        # discuss the attacks": the trip's or the meeting's aim
        head = trip
    lemma = head.lemma_.lower()
    if head.pos_ != "VERB" or (
        lemma not in words.schedule_verbs and lemma not in words.travel_verbs
    ):
        return None
    subject = clause.subject
    if subject is not None and subject.lower_ in FIRST_PERSON:
        return None  # "we will meet them on Monday" is the speaker's own plan
    # a future told as a plan ("will meet": the modality cues' future auxiliaries); "would"
    # is reported or hedged
    future = ModalityCues.load().future_aux
    auxiliaries = [c for c in head.children if c.dep_ == "aux"]
    # the present of a programme: "Kim Kye Gwan arrives in New York this week" (pass 24)
    programme = head.tag_ in ("VBZ", "VBP") and not auxiliaries
    if not programme and not any(a.lower_ in future for a in auxiliaries):
        return None
    if any(c.dep_ == "neg" for c in head.children):
        return None
    if lemma in words.travel_verbs:
        if not _goes_somewhere(head, words):
            return None
    elif not (_meets_someone(head) or lemma in words.gathering_verbs):
        return None  # "will meet on Friday" with no one met: a body's session (stop 21)
    return _day_named(head, words)


def _goes_somewhere(head: Token, words: ToldActWords) -> bool:
    """ "travel to Beijing", "fly to Seoul": where the trip goes is named."""
    return any(
        child.dep_ == "prep"
        and child.lower_ in words.destination_prepositions
        and any(g.dep_ == "pobj" for g in child.children)
        for child in head.children
    )


def _meets_someone(head: Token) -> bool:
    """ "meet Wi Sung-lac", "meet with Hu": whom the encounter is with is named."""
    for child in head.children:
        if child.dep_ == "dobj":
            return True
        if child.dep_ == "prep" and child.lower_ == "with":
            return any(g.dep_ == "pobj" for g in child.children)
    return False


def _day_named(head: Token, words: ToldActWords) -> str | None:
    """The words of the day in the verb's own modifiers ("on Tuesday", "on March 5")."""
    for child in head.children:
        if child.dep_ not in ("prep", "npadvmod", "advmod", "tmod"):
            continue
        for token in child.subtree:
            if token.lower_ in words.day_words:
                return token.text
            if token.lower_ in words.week_words and any(
                d.lower_ == "this" for d in token.children if d.dep_ == "det"
            ):
                return f"this {token.text}"  # "later this week": days away, not a plan
            following = token.nbor() if token.i + 1 < len(token.doc) else None
            if (
                token.lower_ in words.month_words
                and following is not None
                and following.like_num
                and following.text.isdigit()
                and 1 <= int(following.text) <= 31
            ):
                return f"{token.text} {following.text}"
    return None


def signed_on_fields(trigger: Token, words: ToldActWords) -> str | None:
    """The fields of "signed agreements on development aid and energy cooperation" (a past
    signing of agreements whose only content is fields of cooperation), or None."""
    if not _signed_in_the_past(trigger, words):
        return None
    if any(c.dep_ in ("xcomp", "ccomp") for c in trigger.children):
        return None
    agreements = [
        c
        for c in trigger.children
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in words.agreement_nouns
    ]
    if len(agreements) != 1:
        return None
    agreement = agreements[0]
    if any(c.dep_ in ("acl", "relcl", "ccomp", "xcomp") for c in agreement.children):
        return None  # "an agreement to freeze", "under which Pyongyang will ..."
    topics = [
        p for p in agreement.children if p.dep_ == "prep" and p.lower_ in ("on", "for", "about")
    ]
    fields = [
        noun
        for prep in topics
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for noun in (pobj, *pobj.conjuncts)
    ]
    if not fields or not all(f.lemma_.lower() in words.field_nouns for f in fields):
        return None
    return " and ".join(f.text for f in fields)


def _signed_in_the_past(trigger: Token, words: ToldActWords) -> bool:
    """ "signed", "has signed": a verb of signing told as done."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in words.signing_verbs:
        return False
    return trigger.tag_ == "VBD" or (
        trigger.tag_ == "VBN"
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children)
    )


def signed_a_purchase(trigger: Token, words: ToldActWords) -> str | None:
    """The purchase of "signed a contract to buy 96 helicopters" (a past signing of an
    agreement whose content is buying or selling: a transaction done, whose delivery no one
    pledged as policy), or None. "signed an agreement to freeze ..." stays a promise."""
    if not _signed_in_the_past(trigger, words):
        return None
    agreements = [
        c
        for c in trigger.children
        if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in words.agreement_nouns
    ]
    # "to buy" hangs on the noun ("a contract to buy") or, misparsed, on the verb
    holders = [*agreements, trigger] if agreements else []
    for holder in holders:
        for verb in holder.children:
            if (
                verb.dep_ in ("acl", "xcomp", "advcl", "relcl")
                and verb.lemma_.lower() in words.purchase_verbs
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            ):
                bought = next((c for c in verb.children if c.dep_ == "dobj"), None)
                return f"{verb.text} {bought.text}" if bought is not None else verb.text
    return None


def kind_chosen(
    commitment: Commitment, analysis: ClauseAnalysis, words: ToldActWords
) -> str | None:
    """The kinds named by a negated act that says which kind of the topic's thing is sent
    ("does not plan to send rice or other grain"), or None."""
    reading = analysis.reading
    kinds = words.narrow_kinds.get(commitment.topic)
    if not reading.negated or not kinds:
        return None
    objects = [
        token
        for token in analysis.clause.core_tokens()
        if token.dep_ in ("dobj", "nsubjpass") and token.pos_ == "NOUN"
    ]
    named = [n for o in objects for n in (o, *o.conjuncts)]
    if not named or not all(n.lemma_.lower() in kinds for n in named):
        return None
    if any(
        c.dep_ in ("det", "amod", "advmod") and c.lower_ in words.whole_determiners
        for n in named
        for c in n.children
    ):
        return None  # "will not send any rice": the whole of it refused
    sentence = analysis.clause.trigger.sent
    marked = any(
        c.dep_ == "amod" and c.lower_ == "other" for n in named for c in n.children
    ) or any(t.lower_ in words.narrowing_words for t in sentence)
    if not marked and not _story_names_the_whole(sentence, words.general_kinds, commitment):
        return None
    return " or ".join(n.text for n in named)


def _story_names_the_whole(
    sentence: Span, general: Mapping[str, frozenset[str]], commitment: Commitment
) -> bool:
    """Whether another sentence of the story names the topic's thing in general ("the food
    aid that Washington has promised")."""
    whole = general.get(commitment.topic) or frozenset()
    return any(
        t.lemma_.lower() in whole or t.lower_ in whole
        for t in sentence.doc
        if not sentence.start <= t.i < sentence.end
    )
