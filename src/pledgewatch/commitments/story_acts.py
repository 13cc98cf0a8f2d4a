"""The act a story named before, for a nominal that names it again without its object.

"The two Koreas agreed on the reopening last week" names no complex: "the reopening" is the
act the story told already ("Kaesong complex reopens", "the reopening of the Kaesong
complex"). With no topic in its own words, a clause takes the words of that earlier act
(:func:`words_named_before`), so the promise is filed under what was reopened, not under
``other`` (the ledger audit of stop 16, benchmarks/RESULTS.md). Only a definite noun of an act
("the reopening", "the resumption", "the suspension") with no object of its own ("of",
"on", a possessive) is read so, and only an earlier sentence of the same story is searched,
nearest first: the verb of the same act (reopen, resume, suspend) with its subject and
objects, or the same noun with its "of".

So too a thing named again by a bare definite noun (grader27): "keep its promise not to shut
down the complex again", after "the Kaesong industrial complex" earlier in the story, is about
that complex (:func:`phrase_named_before`). Only "the" or a demonstrative with no modifier of
its own, the same head noun, the nearest fuller naming before it, and only when that fuller
phrase has a topic of its own; with no fuller naming of its own head, the nearest one with a
topic of a head of its family ("leave the site" after "the Mount Kumgang resort", "the food"
after "food aid": ``head_families`` of told_acts.yaml, grader44). Failing that, a noun that
points back at the story's matter ("the rules it has accepted", "signed a three-point accord")
takes the story's topic (:mod:`pledgewatch.commitments.story_topics`, grader34).

So too a launch named without its kind ("condemned the launch and demanded that North Korea
not conduct further launches"): halted or negated, it is a moratorium on the kind of launch
the sentence or the story named before ("launched a long-range rocket": missile launches;
:func:`act_kind_named_before`); so too a test named without its kind ("agreed to a
moratorium on tests", after "the moratorium on nuclear tests": grader37), and one gone on with
("urged La Paz not to go ahead with a test", after "a nuclear test": grader38). A kind told as
lifting off ("its rocket will lift off this week") is named as a launch word names it
(``liftoff_verbs``, grader44).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from pledgewatch.commitments.story_topics import story_matter_words
from pledgewatch.commitments.told_acts import told_act_words
from pledgewatch.commitments.topics import TopicEvent, TopicMatch, TopicTaxonomy, topic_phrase

#: Children of an act noun that give it an object of its own ("the reopening of Kaesong").
_OWN_OBJECT_DEPS = frozenset({"poss", "compound", "nmod", "amod"})
#: Prepositions that give an act noun its object.
_OWN_OBJECT_PREPOSITIONS = frozenset({"of", "on", "for"})
#: Children of an earlier verb that are its participants (kept), not its circumstances.
_PARTICIPANT_DEPS = frozenset(
    {"nsubj", "nsubjpass", "dobj", "compound", "amod", "npadvmod", "attr", "prt"}
)


def words_named_before(tokens: list[Token]) -> list[Token]:
    """The words of the earlier act each bare act noun among ``tokens`` names again, or []."""
    found: list[Token] = []
    for token in tokens:
        stem = _act_stem(token)
        if stem is None:
            continue
        earlier = _earlier_act(token, stem)
        if earlier:
            found.extend(earlier)
    return found


def _act_stem(token: Token) -> str | None:
    """The verb stem of a bare definite act noun ("the reopening" -> "reopen"), or None."""
    if token.pos_ != "NOUN" or token.tag_ != "NN":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if any(
        c.dep_ in _OWN_OBJECT_DEPS
        or (c.dep_ == "prep" and c.lower_ in _OWN_OBJECT_PREPOSITIONS)
        or c.dep_ in ("acl", "relcl")
        for c in token.children
    ):
        return None
    noun = token.lower_
    for suffix in told_act_words().act_noun_suffixes:
        if noun.endswith(suffix) and len(noun) - len(suffix) >= 4:
            return noun[: -len(suffix)]
    return None


def _earlier_act(noun: Token, stem: str) -> list[Token]:
    """The participants of the nearest earlier naming of the act in the story. The coder
    parses only the sentences with an actor and a trigger, so an earlier sentence may have no
    parse ("Kaesong complex reopens after five-month shutdown"): there its words are read as
    written (:func:`_unparsed_participants`)."""
    doc = noun.doc
    for token in reversed(doc[: noun.sent.start]):
        if not token.pos_:
            words = _unparsed_participants(token, stem, noun)
            if words:
                return words
            continue
        if token.pos_ in ("VERB", "AUX") and token.lemma_.lower().startswith(stem):
            words = [
                t
                for child in token.children
                if child.dep_ in _PARTICIPANT_DEPS
                for t in child.subtree
                if not t.is_punct
            ]
            if words:
                return sorted([*words, token], key=lambda t: t.i)
        if token.pos_ == "NOUN" and token.lower_ == noun.lower_:
            of = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"]
            if of:
                return [token, *(t for t in of[0].subtree if not t.is_punct)]
    return []


#: Children that make a noun's naming fuller than the bare noun ("the Kaesong industrial
#: complex", "relief supplies", "the reactor at Yongbyon"), or give it a referent of its own.
_FULLER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod"})
#: Where a noun stands as what a clause acts on.
_OBJECT_DEPS = frozenset({"dobj", "pobj"})
#: Children that describe a bare noun as a new thing ("the complex that China is building").
_DESCRIBING_DEPS = frozenset({"acl", "relcl", "appos"})


def topics_named_before(
    words: list[Token],
    topics: list[TopicMatch],
    taxonomy: TopicTaxonomy,
    negated: bool,
    event: TopicEvent,
    why: list[str] | None = None,
) -> list[TopicMatch]:
    """The clause's topics with those of what its nouns name again from the story
    (:func:`phrase_named_before`), for a clause with no topic or with a general one; the
    story's words are added to ``words`` (in place). A general topic stays beside the one a
    noun takes from the story when the two stand in coordinated phrases ("called for full
    implementation and for a return to dialogue", grader40). ``why`` (appended to when
    given): where the story's words came from, for words of an earlier sentence."""
    if topics and not any(taxonomy.topics[m.topic].general for m in topics):
        return topics
    anchors: dict[Token, Token] = {}
    referred = phrase_named_before(words, taxonomy, objects_only=bool(topics), anchors=anchors)
    if not referred:
        return topics
    earlier = [t for t in referred if words and t.sent.start < words[0].sent.start]
    if why is not None and earlier:
        told = earlier[0].sent
        why.append(
            f"topic words {' '.join(t.text for t in earlier)!r} from an earlier sentence"
            f" ({told.text[:60]!r})"
        )
    words += [t for t in referred if t not in words]
    return taxonomy.match(words, negated=negated, event=event, stand_ins=anchors)


def phrase_named_before(
    tokens: list[Token],
    taxonomy: TopicTaxonomy,
    *,
    objects_only: bool = False,
    anchors: dict[Token, Token] | None = None,
) -> list[Token]:
    """The words of the fuller phrase each bare definite noun among ``tokens`` names again
    ("the complex" -> "the Kaesong industrial complex"), when that phrase has a topic; or [].
    ``objects_only``: only a noun the clause acts on ("return to the talks", "withhold the
    aid"), for a clause that has a general topic already: "the talks were useful" tells the
    story's own meeting, not the six-party talks it named before."""
    found: list[Token] = []
    for token in tokens:
        if not _bare_definite(token) or (objects_only and token.dep_ not in _OBJECT_DEPS):
            continue
        # "leave the site" after "the Mount Kumgang resort": a noun of its head's family when
        # no naming of the same noun is fuller (grader44)
        earlier = _fuller_naming_before(token) or _family_naming_before(token, taxonomy)
        if earlier and taxonomy.match(earlier):
            found.extend(earlier)
            if anchors is not None:
                anchors.update((t, token) for t in earlier)
    # "the rules it has already accepted", "signed a three-point accord": the story's matter
    # (grader34, story_topics.py)
    return found or story_matter_words(tokens, taxonomy, objects_only=objects_only, anchors=anchors)


def _bare_definite(token: Token) -> bool:
    """A common noun with "the" or a demonstrative and nothing else of its own."""
    if token.pos_ != "NOUN":
        return False
    determiners = told_act_words().referring_determiners
    if not any(c.dep_ == "det" and c.lower_ in determiners for c in token.children):
        return False
    return not any(
        c.dep_ in _FULLER_DEPS or c.dep_ in _DESCRIBING_DEPS or c.dep_ == "prep"
        for c in token.children
    )


def _same_head(token: Token, noun: Token) -> bool:
    forms = {noun.lower_, noun.lemma_.lower()}
    return token.lower_ in forms or (bool(token.lemma_) and token.lemma_.lower() in forms)


def _fuller_naming_before(noun: Token) -> list[Token]:
    """The nearest earlier naming of the noun with words of its own (its modifiers, its "of"
    phrase), read as written in a sentence the coder did not parse; else []. Bare namings
    in between ("the complex" told again) are read through."""
    doc = noun.doc
    for token in reversed(doc[: noun.i]):
        if not _same_head(token, noun):
            continue
        words = _naming_at(token)
        if words:
            return words
    return []


def _family_naming_before(noun: Token, taxonomy: TopicTaxonomy) -> list[Token]:
    """The nearest earlier naming with words of its own and a topic of a noun of the same
    family as ``noun`` (``head_families`` of told_acts.yaml: "the site" after "the Mount
    Kumgang resort", "the food" after "food aid"); else [] (grader44)."""
    forms = {noun.lower_, noun.lemma_.lower()}
    family = next((f for f in told_act_words().head_families if forms & f), None)
    if family is None:
        return []
    for token in reversed(noun.doc[: noun.i]):
        if _same_head(token, noun) or not {token.lower_, token.lemma_.lower()} & family:
            continue
        words = _naming_at(token)
        if words and taxonomy.match(words):
            return words
    return []


def _naming_at(token: Token) -> list[Token]:
    """The words of ``token``'s naming when it has words of its own (its modifiers, its "of"
    phrase; the words before it in a sentence the coder did not parse), else []."""
    if not token.pos_:
        before = _words_before(token)
        return sorted([*before, token], key=lambda t: t.i) if before else []
    if token.pos_ != "NOUN":
        return []
    own = [
        c
        for c in token.children
        if c.dep_ in _FULLER_DEPS or (c.dep_ == "prep" and c.lower_ == "of")
    ]
    if not own:
        return []
    words = {t for c in own for t in c.subtree if not t.is_punct}
    return sorted([*words, token], key=lambda t: t.i)


def _words_before(token: Token) -> list[Token]:
    """The content words before ``token`` in an unparsed sentence, hyphens and number words
    read through ("the six-party talks": six, party), up to punctuation or a function word."""
    words: list[Token] = []
    i = token.i - 1
    while i >= token.sent.start:
        word = token.doc[i]
        if word.text in ("-", "–") and words:
            i -= 1
            continue
        # a number word is a stop word to spaCy, but part of the name ("six-party")
        if word.is_punct or word.is_space or (word.is_stop and not word.like_num):
            break
        words.append(word)
        i -= 1
    return words


#: Determiners read through when the words of an unparsed phrase are gathered.
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})


def _unparsed_participants(token: Token, stem: str, noun: Token) -> list[Token]:
    """In an unparsed sentence, the words next to the act: the phrase before a verb form
    ("Kaesong complex [reopens]") and the one after it, or the words after "the reopening
    of"; a phrase ends at punctuation or a function word."""
    lower = token.lower_
    if lower == noun.lower_:
        after = token.nbor() if token.i + 1 < len(token.doc) else None
        if after is None or after.lower_ != "of":
            return []
        return [token, *_phrase(after, +1)]
    if not lower.startswith(stem) or len(lower) > len(stem) + 3:
        return []
    return sorted([*_phrase(token, -1), token, *_phrase(token, +1)], key=lambda t: t.i)


def _phrase(token: Token, step: int) -> list[Token]:
    """The content words next to ``token`` in the direction ``step`` (determiners read
    through after the token, a phrase ending at punctuation or another function word)."""
    doc, sentence = token.doc, token.sent
    words: list[Token] = []
    i = token.i + step
    while sentence.start <= i < sentence.end:
        word = doc[i]
        if word.is_punct or word.is_space:
            break
        if word.is_stop:
            if step > 0 and not words and word.lower_ in _DETERMINERS:
                i += step
                continue
            break
        words.append(word)
        i += step
    return words


@dataclass(frozen=True, slots=True)
class _ActKinds:
    """One kind of act named without its kind: the act's words, the kinds the story names
    near them, the story's other words for the act, the verbs whose negation is the act's own,
    the topic, the window around an act word searched, and the words that give the clause's
    act a kind of its own."""

    act_words: frozenset[str]
    kinds: frozenset[str]
    story_words: frozenset[str]
    acting_verbs: frozenset[str]
    topic: str
    window: tuple[int, int]
    own_kinds: frozenset[str]
    #: whether the story's later sentences are read when none before names the kind
    read_after: bool = False
    #: verbs that tell the act with the particle "off" ("its rocket will lift off")
    liftoff_verbs: frozenset[str] = frozenset()


def _act_kinds() -> tuple[_ActKinds, ...]:
    """Launches (pass 22), then tests (grader37): "missile tests" are launches, so a missile
    word gives a test a kind of its own."""
    lists = told_act_words()
    return (
        _ActKinds(
            lists.launch_words,
            lists.launched_kinds,
            lists.launch_words | lists.firing_words,
            lists.launching_verbs,
            lists.launch_topic,
            lists.launch_kind_window,
            lists.launched_kinds,
            liftoff_verbs=lists.liftoff_verbs,
        ),
        _ActKinds(
            lists.test_words,
            lists.tested_kinds,
            lists.test_words,
            lists.testing_verbs,
            lists.test_topic,
            lists.test_kind_window,
            lists.tested_kinds | lists.launched_kinds,
            lists.test_kind_read_after,
        ),
    )


def act_kind_named_before(
    words: Sequence[Token],
    taxonomy: TopicTaxonomy,
    topics: Sequence[TopicMatch],
    *,
    event: TopicEvent | None,
) -> list[TopicMatch]:
    """The moratorium topic of a clause whose launches or tests have no kind of their own
    ("not conduct further launches", "a moratorium on tests") when the sentence or an earlier
    one of the story names the kind near an act word ("launched a long-range rocket", "the
    moratorium on nuclear tests"), and the topic's own terms then match (a negation or a
    halting word); else []."""
    found: list[TopicMatch] = []
    for acts in _act_kinds():
        found += _kind_named_before(words, taxonomy, [*topics, *found], event, acts)
    return found


def _kind_named_before(
    words: Sequence[Token],
    taxonomy: TopicTaxonomy,
    topics: Sequence[TopicMatch],
    event: TopicEvent | None,
    acts: _ActKinds,
) -> list[TopicMatch]:
    if not words or not acts.topic or any(m.topic == acts.topic for m in topics):
        return []

    def starts(token: Token, stems: frozenset[str]) -> bool:
        return any(token.lower_.startswith(stem) for stem in stems)

    launches = [t for t in words if starts(t, acts.act_words)]
    if not launches or any(starts(t, acts.own_kinds) for t in words):
        return []
    doc = words[0].doc
    before, after = acts.window  # told_acts.yaml: launch_kind_window, test_kind_window
    kind = None
    end = launches[0].sent.end
    later = list(doc[end:]) if acts.read_after else []
    for token in [*reversed(doc[:end]), *later]:
        if not starts(token, acts.story_words) and not _lifts_off(token, acts):
            continue
        sent_start, sent_end = token.sent.start, token.sent.end
        near = doc[max(sent_start, token.i - before) : min(sent_end, token.i + after + 1)]
        kind = next((t for t in near if starts(t, acts.kinds)), None)
        if kind is not None:
            break
    if kind is None:
        return []
    # only the launches' own negation counts ("demanded that X not conduct further launches",
    # "no further launches"), not that of a verb of speech over them ("did not mention")
    launch = launches[0]
    verb = _acting_verb(launch, acts)
    negated = any(c.lower_ == "no" for c in launch.children) or (
        verb is not None and any(c.dep_ == "neg" for c in verb.children)
    )
    found = taxonomy.match([*words, kind], negated=negated, event=event)
    if not any(m.topic == acts.topic for m in found):
        return []
    return [TopicMatch(acts.topic, topic_phrase([[launch]]), launch.i)]


def _lifts_off(token: Token, acts: _ActKinds) -> bool:
    """ "its rocket will lift off": a verb of ``liftoff_verbs`` with the particle "off" tells
    the launch of its subject (grader44)."""
    return token.lemma_.lower() in acts.liftoff_verbs and any(
        c.lower_ == "off" and c.dep_ in ("prt", "prep", "advmod") for c in token.children
    )


def _acting_verb(act: Token, acts: _ActKinds) -> Token | None:
    """The verb whose act ``act`` is: one of the acting verbs it is the object of ("not conduct
    further launches"), or a verb of going on with it ("not go ahead with a test": grader38);
    else None."""
    head = act.head
    if head.lemma_.lower() in acts.acting_verbs:
        return head
    lists = told_act_words()
    if act.dep_ == "pobj" and head.lower_ in lists.proceeding_prepositions:
        # "go ahead with": the preposition hangs on the verb or on its adverb ("ahead")
        verb = head.head if head.head.pos_ == "VERB" else head.head.head
        if verb.lemma_.lower() in lists.proceeding_verbs:
            return verb
    return None
