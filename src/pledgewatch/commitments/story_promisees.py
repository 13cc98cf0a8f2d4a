"""The promisee a pledge's own act does not give: the one told, the party of its condition, the
holder of what is asked released, the other party of the agreement the story names.

The event coder gives a pledge the target of its own act, and that act often names no one the
pledge is made to (brief grader33, the seed-60 grading audit):

- "Zelensky told Chancellor Scholz that his country was ready to resume grain exports": the
  promisor's own side told the pledge to Scholz, so it is made to him
  (:func:`_told_party`);
- "would consider budget support again only if Hungary restored ...": an offer whose condition
  is another party's act is made to that party (:func:`_condition_party`);
- "Guinea seized a Bolivian plane. Bolivia demanded the release of its plane": the release of
  one's own is asked of whoever the story told seized it (:func:`_holder_of_the_seized`);
- "Chile and Peru released different versions of their border agreement. ... the DPRK has
  agreed to ...": an agreement's promise with no promisee is made to the other party of the
  agreement or talks the story named before, when that sentence names the promisor and one
  other state; a promise another party's statement reports only when that party is the one
  (:func:`_agreement_partner`); a state's own statement of "talks with the DPRK" names the
  state itself as the other party. Talks that are only the setting of a sentence ("Chile said
  Peru was ready to talk during talks") name no agreement of its states
  (:func:`_only_an_occasion`);
- "its allies", named nearby (:mod:`~pledgewatch.commitments.named_allies`), and the state a
  demand naming no one asks after the story told its pledge withheld
  (:mod:`~pledgewatch.commitments.withheld_pledges`) (grader39);
- the first other signer of a text the story told signed, for its signers and for one that
  renounces it later, and the other state that told an agreement jointly with the promisor
  (:mod:`~pledgewatch.commitments.agreement_sides`, grader42).

And a promisee the event coder took from the owner of the thing acted on is replaced where the
sentence names the party: "France and Germany agreed on a plan to clear Serbia's mines" is the
pair's agreement, each partner's promisee the other; "meets Vietnam president, urges end to
Russia arms deals" urges the one met (:func:`_party_for_an_owner`). A demand with no demander
that spells out a counted list of steps demanded a sentence or two before ("have demanded that
North Korea take four steps. The North should allow inspectors ...") is the list's demanders'
(:func:`_demander_of_a_list`). The words are those of
``story_promisees.yaml``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from pledgewatch.commitments.agreement_sides import joint_announcer, signer_of_the_text
from pledgewatch.commitments.attribution import mention_for
from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import (
    FormalityCues,
    country_of,
    document_author,
    sector_of,
)
from pledgewatch.commitments.joint_parties import STATELESS, joint_parties, second_readings_words
from pledgewatch.commitments.lexicon import data_path
from pledgewatch.commitments.meeting_parties import mention_token, named_as_a_place
from pledgewatch.commitments.named_allies import named_ally
from pledgewatch.commitments.parties import inspecting_body_let_in
from pledgewatch.commitments.withheld_pledges import withholding_party
from pledgewatch.events.types import DocContext, EventFinding
from pledgewatch.model import PLEDGE_KINDS, ActorMention, Commitment
from pledgewatch.yaml_lists import read_word_yaml, whole_number, word_list

STORY_PROMISEES_FILE = "story_promisees.yaml"
#: Kinds read here: pledges and demands, not a statement.
_STORY_KINDS = frozenset({*PLEDGE_KINDS, "demand"})
#: Kinds that give something to a party (a demand asks of one, read separately).
_GIVING_KINDS = ("promise", "offer")
#: Where the one addressed stands beside a verb of telling ("told Scholz", "assured Seoul").
_ADDRESSEE_DEPS = ("dobj", "dative")


@dataclass(frozen=True, slots=True)
class StoryPromiseeWords:
    """The lists of ``story_promisees.yaml`` (lower-case lemmas)."""

    address_verbs: frozenset[str]
    addressee_sectors: frozenset[str]
    condition_subject_deps: frozenset[str]
    release_words: frozenset[str]
    seizing_verbs: frozenset[str]
    agreement_nouns: frozenset[str]
    agreeing_verbs: frozenset[str]
    owner_deps: frozenset[str]
    pair_verbs: frozenset[str]
    pair_act_nouns: frozenset[str]
    meeting_verbs: frozenset[str]
    origin_prepositions: frozenset[str]
    circumstance_prepositions: frozenset[str]
    list_demand_verbs: frozenset[str]
    list_nouns: frozenset[str]
    list_determiners: frozenset[str]
    list_reach: int


@functools.lru_cache(maxsize=1)
def story_promisee_words() -> StoryPromiseeWords:
    """The shipped lists (``story_promisees.yaml``); a missing or malformed list is a
    :class:`ConfigError`."""
    data = read_word_yaml(data_path(STORY_PROMISEES_FILE))

    def words(key: str) -> frozenset[str]:
        return frozenset(word_list(data, key, str(data_path(STORY_PROMISEES_FILE))))

    reach = whole_number(data, "list_reach", 2, str(data_path(STORY_PROMISEES_FILE)))
    lists = [name for name in StoryPromiseeWords.__dataclass_fields__ if name != "list_reach"]
    return StoryPromiseeWords(**{name: words(name) for name in lists}, list_reach=reach)


def read_story_promisees_all(
    findings: Sequence[EventFinding],
    ctx: DocContext,
    mentions: Sequence[ActorMention],
    analyse: Callable[[EventFinding, Sequence[ActorMention]], ClauseAnalysis],
    cues: FormalityCues,
) -> None:
    """:func:`read_story_promisees` for each pledge and demand of a document, once frames that
    report another graded event are statements (a statement's speaker made no pledge to the
    party its reported clause names). ``analyse`` is the grader's clause reading."""
    author = document_author(ctx, cues)
    author_country = author.country if author and author.kind != "media" else None
    for finding in findings:
        commitment = finding.event.commitment
        if commitment is None or commitment.kind not in _STORY_KINDS:
            continue
        settled = commitment.promisor and commitment.promisee
        if settled and not _owner_named(finding, commitment.promisee or "", mentions):
            continue  # both parties of its own act: nothing to read (and no clause to re-read)
        analysis = analyse(finding, mentions)
        read_story_promisees(commitment, analysis, mentions, author_country)


def _owner_named(finding: EventFinding, promisee: str, mentions: Sequence[ActorMention]) -> bool:
    """Whether the finding's sentence names ``promisee`` as an owner ("Syria's weapons")."""
    sent = finding.trigger.sent
    deps = story_promisee_words().owner_deps
    return any(
        m.code == promisee
        and sent.start <= m.start < sent.end
        and mention_token(sent.doc, m).dep_ in deps
        for m in mentions
    )


def read_story_promisees(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    author_country: str | None = None,
) -> None:
    """Correct an owner taken for the promisee, then fill a missing promisee from the one told,
    the condition, the story's seizure or its agreement (in place, the reason in ``why``);
    ``author_country`` is the state publishing the document, if one does."""
    words = story_promisee_words()
    if commitment.kind == "demand" and not commitment.promisor:
        _demander_of_a_list(commitment, analysis, mentions, words)
        return
    own = country_of(commitment.promisor)
    if own is None:
        return
    _party_for_an_owner(commitment, analysis, mentions, own, words)
    if commitment.promisee:
        return
    readers: tuple[tuple[Callable[..., str | None], str], ...] = (
        (_told_party, "the party the promisor's side told it to"),
        (inspecting_body_let_in, "the body whose inspectors the host lets in"),  # grader44
        (_condition_party, "the party whose act is its condition"),
        (_holder_of_the_seized, "the holder the story told seized what is asked released"),
        (_agreement_partner, "the other party of the agreement the story named before"),
        (signer_of_the_text, "the first other signer of the text the story told signed"),
        (joint_announcer, "the other state that told the agreement jointly"),
        (named_ally, "the first of 'its allies' the story names"),
        (withholding_party, "the state the story said withheld a pledge just before"),
    )
    for reader, how in readers:
        party = reader(commitment, analysis, mentions, own, words, author_country)
        if party:
            commitment.promisee = party
            commitment.why.append(f"promisee: {party} is {how}")
            return


def _other_party(token: Token, mentions: Sequence[ActorMention], own: str) -> str | None:
    """The code of the actor a phrase names, when it is a state other than ``own``."""
    mention = mention_for(token, mentions)
    if mention is None or named_as_a_place(mention_token(token.doc, mention)):
        return None
    country = country_of(mention.code)
    if country is None or country == own or country in STATELESS:
        return None
    return mention.code


def _told_party(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    own: str,
    words: StoryPromiseeWords,
    author: str | None,
) -> str | None:
    """ "X told President Y that his country was ready to ...": Y, when X is the promisor's
    side (a third party telling it relays, pledges nothing)."""
    for level in analysis.attribution.levels:
        verb = level.verb_token
        if verb is None or verb.lemma_.lower() not in words.address_verbs:
            continue
        if country_of(level.speaker_code) != own:
            return None
        for child in verb.children:
            if child.dep_ in _ADDRESSEE_DEPS:
                party = _other_party(child, mentions, own)
                # a state told, not an outlet interviewing the speaker ("told CNN that ...")
                sector = sector_of(party)
                if party and (not sector or sector.lower() in words.addressee_sectors):
                    return party
                return None
        return None
    return None


def _condition_party(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    own: str,
    words: StoryPromiseeWords,
    author: str | None,
) -> str | None:
    """ "would consider aid again only if the North changed its behaviour": the North."""
    if commitment.kind not in _GIVING_KINDS:
        return None
    doc = analysis.clause.head.doc
    for i in sorted(analysis.reading.condition_tokens):
        token = doc[i]
        if token.dep_ in words.condition_subject_deps:
            party = _other_party(token, mentions, own)
            if party:
                return party
    return None


def _holder_of_the_seized(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    own: str,
    words: StoryPromiseeWords,
    author: str | None,
) -> str | None:
    """ "demanded the release of its ship": the state the story told seized the promisor's
    ship, nearest sentence first."""
    if commitment.kind != "demand":
        return None
    if not any(t.lemma_.lower() in words.release_words for t in analysis.clause.scope_tokens()):
        return None
    head = analysis.clause.head
    for sent in reversed([s for s in head.doc.sents if s.end <= head.sent.start]):
        for verb in sent:
            if verb.pos_ == "VERB" and verb.lemma_.lower() in words.seizing_verbs:
                holder = _seizer(verb, mentions, own)
                if holder:
                    return holder
    return None


def _seizer(verb: Token, mentions: Sequence[ActorMention], own: str) -> str | None:
    """The other state that seized something of ``own``'s at ``verb`` ("Panama seized a
    North Korean ship", "a Bolivian plane was seized by Guinea"), or None."""
    seized = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    holders = [c for c in verb.children if c.dep_ == "nsubj"]
    holders += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    if not any(_names_own(s, mentions, own) for s in seized):
        return None
    for holder in holders:
        party = _other_party(holder, mentions, own)
        if party:
            return party
    return None


def _names_own(phrase: Token, mentions: Sequence[ActorMention], own: str) -> bool:
    """Whether the phrase headed by ``phrase`` names the promisor's state ("a North Korean
    ship"), outside a relative clause."""
    indices = {t.i for t in phrase.subtree} - {
        t.i for c in phrase.children if c.dep_ in ("relcl", "acl") for t in c.subtree
    }
    return any(m.start in indices and country_of(m.code) == own for m in mentions)


def _agreement_partner(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    own: str,
    words: StoryPromiseeWords,
    author: str | None,
) -> str | None:
    """ "The United States and North Korea released different versions of their agreement.
    The U.S. statement said North Korea would halt ...": the United States. The nearest
    earlier sentence naming an agreement or talks decides: it must name the promisor and one
    other state (no many-party talks), and a promise reported by another state's statement
    is read so only when that state is the one. So too a demand that names no one asked
    ("Iran has asked for relief from sanctions" after "U.S. and Iranian envoys began talks"):
    at talks of two, what one side asks, it asks of the other (grader48)."""
    if commitment.kind not in ("promise", "demand"):
        return None
    head = analysis.clause.head
    speaker = analysis.attribution.speaker
    reporter = country_of(speaker.speaker_code) if speaker else None
    agreed = commitment.kind == "demand" or (
        head.lemma_.lower() in words.agreeing_verbs
        or (head.dep_ == "xcomp" and head.head.lemma_.lower() in words.agreeing_verbs)
    )
    by_other = reporter is not None and reporter != own and reporter not in STATELESS
    if not (agreed or by_other):
        return None
    many = second_readings_words("many_party_marks")
    for sent in reversed([s for s in head.doc.sents if s.end <= head.sent.start]):
        if not any(
            t.lower_ in words.agreement_nouns and not _only_an_occasion(t, mentions, words)
            for t in sent
        ):
            continue
        states = _states_named(sent, mentions, words) or _pair_named(sent, mentions)
        if own not in states:
            # "The Leap Day agreement was the only written pledge.": the nearest agreement
            # told is one whose parties the sentence does not name; an older one is no guide
            return None
        others = {c: code for c, code in states.items() if c != own}
        if not others and author and author != own and author not in STATELESS:
            # a government's own statement of "talks with the DPRK": its own talks
            others = {author: author}
        if len(others) != 1 or any(m in sent.text.lower() for m in many):
            return None
        ((country, code),) = others.items()
        if by_other and not agreed and country != reporter:
            return None
        return code
    return None


def _only_an_occasion(
    noun: Token, mentions: Sequence[ActorMention], words: StoryPromiseeWords
) -> bool:
    """Whether an agreement noun is only the setting of what its sentence tells ("Chile said
    Peru was ready to talk during talks", "on the sidelines of the G20 talks"): it stands in a
    phrase of time or setting on a verb or adjective, and that phrase names no party of its
    own ("after their talks", "at talks with Peru" do). The states such a sentence names are
    the parties of its verbs, not of the talks."""
    token = noun
    while token.dep_ != "ROOT" and token.head.i != token.i:
        head = token.head
        if (
            token.dep_ == "pobj"
            and head.lower_ in words.circumstance_prepositions
            and head.head.pos_ in ("VERB", "AUX", "ADJ")
        ):
            return not _names_a_party(token, mentions, words)
        if token.pos_ not in ("NOUN", "PROPN") and token.dep_ != "pobj" and token.pos_ != "ADP":
            return False
        token = head
    return False


def _names_a_party(
    phrase: Token, mentions: Sequence[ActorMention], words: StoryPromiseeWords
) -> bool:
    """A phrase that names whose it is: a possessive ("their talks") or a state in it ("talks
    with Peru", "the Chile-Peru talks"), not as a place ("talks in Rome")."""
    own = _phrase_tokens(phrase)
    if any(phrase.doc[i].dep_ == "poss" for i in own):
        return True
    return any(
        m.start in own
        and country_of(m.code) not in (None, *STATELESS)
        and not _a_place_of_the_story(mention_token(phrase.doc, m), words)  # "talks in Rome"
        for m in mentions
    )


#: Dependencies of a clause inside a noun phrase: its words are no part of the phrase's naming
#: ("during the talks that Peru ...": Peru names no party of the talks).
_CLAUSE_DEPS = frozenset({"relcl", "acl", "ccomp", "advcl"})


def _phrase_tokens(phrase: Token) -> set[int]:
    """The indices of a noun phrase's own words, not those of a clause inside it."""
    found = {phrase.i}
    for child in phrase.children:
        if child.dep_ not in _CLAUSE_DEPS:
            found |= _phrase_tokens(child)
    return found


def _pair_named(sent: Span, mentions: Sequence[ActorMention]) -> dict[str, str]:
    """The story's two states a pair phrase of the sentence stands for ("the agreement that
    the two sides announced"), country -> country; empty when it has none."""
    for token in sent:
        pair = joint_parties(token, mentions) if token.pos_ == "NOUN" else None
        if pair is not None:
            return {country_of(code) or code: code for code in pair}
    return {}


def _a_place_of_the_story(token: Token, words: StoryPromiseeWords) -> bool:
    """A state named as a place: "in Geneva" (:func:`named_as_a_place`), or where someone
    went from ("has returned from Beijing after talks with the DPRK")."""
    if named_as_a_place(token):
        return True
    return (
        token.dep_ == "pobj"
        and token.head.lower_ in words.origin_prepositions
        and token.head.head.pos_ == "VERB"
    )


def _states_named(
    sent: Span, mentions: Sequence[ActorMention], words: StoryPromiseeWords
) -> dict[str, str]:
    """The states a sentence names as parties (no place), country -> first code."""
    states: dict[str, str] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        if not sent.start <= mention.start < sent.end:
            continue
        country = country_of(mention.code)
        if country is None or country in STATELESS or not mention.code:
            continue
        if _a_place_of_the_story(mention_token(sent.doc, mention), words):
            continue
        states.setdefault(country, mention.code)
    return states


def _party_for_an_owner(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    own: str,
    words: StoryPromiseeWords,
) -> None:
    """Replace a promisee that only owns the thing acted on ("Syria's weapons", "North Korea
    ties") by the pair partner of a joint act or the party met in the same headline."""
    target = commitment.promisee
    if not target:
        return
    doc = analysis.clause.head.doc
    scope = {t.i for t in analysis.clause.scope_tokens()}
    owner = next(
        (mention_token(doc, m) for m in mentions if m.code == target and m.start in scope),
        None,
    )
    if owner is None or owner.dep_ not in words.owner_deps or owner.head.pos_ != "NOUN":
        return
    party = _pair_partner(owner, mentions, own, words) or _party_met(
        analysis.clause.head, mentions, own, words
    )
    if party and country_of(party) != country_of(target):
        commitment.why.append(
            f"promisee: {party}, not {target}, which owns {owner.head.text!r} acted on"
        )
        commitment.promisee = party


def _pair_partner(
    owner: Token, mentions: Sequence[ActorMention], own: str, words: StoryPromiseeWords
) -> str | None:
    """The other member of the coordinated subject of the pair verb above ``owner``."""
    verb = next(
        (a for a in owner.ancestors if a.pos_ == "VERB" and a.lemma_.lower() in words.pair_verbs),
        None,
    )
    if verb is None:
        return None
    # the joint act is on an agreement or plan that holds the owned thing ("agreed on a plan to
    # remove Syria's weapons"); "agreed to buy Norway's gas" makes no pact of the pair
    below = [a for a in owner.ancestors if a.i != verb.i and verb in a.ancestors]
    if not any(a.pos_ == "NOUN" and a.lemma_.lower() in words.pair_act_nouns for a in below):
        return None
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        for member in (subject, *subject.conjuncts):
            party = _other_party(member, mentions, own)
            if party:
                return party
    return None


def _party_met(
    head: Token, mentions: Sequence[ActorMention], own: str, words: StoryPromiseeWords
) -> str | None:
    """ "meets Vietnam president, urges end to ...": the one met, whose verb the urging is
    joined to."""
    verbs = [*head.conjuncts, *(a for a in head.ancestors if a.pos_ == "VERB")]
    for verb in verbs:
        if verb.lemma_.lower() not in words.meeting_verbs:
            continue
        for child in verb.children:
            if child.dep_ == "dobj":
                return _other_party(child, mentions, own)
    return None


def _demander_of_a_list(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    words: StoryPromiseeWords,
) -> None:
    """ "Washington and Seoul have demanded that North Korea take four steps. The North should
    allow inspectors ...": a demand with no demander that spells out a counted list of steps
    demanded of the same party a sentence or two before is that list's demanders' (the first
    named, for the one promisor a commitment has)."""
    asked = country_of(commitment.promisee)
    if asked is None:
        return
    head = analysis.clause.head
    before = [s for s in head.doc.sents if s.end <= head.sent.start][-words.list_reach :]
    for sent in reversed(before):
        for verb in sent:
            if verb.lemma_.lower() not in words.list_demand_verbs or not _asks_a_list(
                verb, mentions, asked, words
            ):
                continue
            demanders = [
                code
                for subject in verb.children
                if subject.dep_ == "nsubj"
                for member in (subject, *subject.conjuncts)
                if (code := _other_party(member, mentions, asked))
            ]
            if demanders:
                commitment.promisor = demanders[0]
                commitment.why.append(
                    f"demander: {', '.join(demanders)} demanded the list of steps "
                    f"({verb.text!r}) this demand spells out"
                )
                return


def _asks_a_list(
    verb: Token, mentions: Sequence[ActorMention], asked: str, words: StoryPromiseeWords
) -> bool:
    """Whether ``verb`` asks ``asked`` for a counted list ("demanded that North Korea take
    four steps", "set the North five conditions")."""
    phrase = {t.i for t in verb.subtree}
    names_asked = any(m.start in phrase and country_of(m.code) == asked for m in mentions)
    counted = any(
        t.i in phrase
        and t.lemma_.lower() in words.list_nouns
        and any(c.dep_ == "nummod" or c.lower_ in words.list_determiners for c in t.children)
        for t in verb.subtree
    )
    return names_asked and counted
