"""Who a meeting, talks or a treaty asked for, offered or refused is with: its other party.

"Russia had requested the meeting", "North Korea wants a peace treaty", "the South Korean side
begged for summit talks", "the United States was still open to dialogue": a joint act takes two,
so the one who asks for, offers or refuses it binds the other party, though the event coder gives
the act no target. The other party is, first, an actor the clause names as an object ("will meet
the U.S. side again"); for a meeting named as one already told ("the meeting", "the talks"), the
other actor of the last earlier sentence telling a meeting; else the state the story names most
(other than the promisor's), except for a refusal, which refuses talks with anyone. Talks of
many parties or of parties named ("the six-party talks", "inter-Korean dialogue"), talks in a
condition ("during talks"), "the talks" told as no meeting before and a body's own meeting have
no one other party and are left alone. The words are ``joint_act_nouns``, ``meeting_words``,
``many_party_marks``, ``process_nouns``, ``place_verbs`` and ``told_before_determiners`` of
``second_readings.yaml``.

Also here: a meeting's purpose is no hedge. "Will meet the U.S. side again to discuss the food
aid" promises the meeting; "to discuss" says what it is for, so the discussion verb's hedge is
dropped when it is the aim of a meeting verb.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from pledgewatch.commitments.clause_analysis import ClauseAnalysis
from pledgewatch.commitments.formality import country_of
from pledgewatch.commitments.joint_parties import STATELESS, second_readings_words
from pledgewatch.commitments.second_readings import is_agenda_of_a_meeting
from pledgewatch.commitments.strength import drop_hedges
from pledgewatch.model import ActorMention, Commitment

#: Kinds whose act a joint act's other party receives.
_ASKING_KINDS = ("demand", "offer", "refusal", "promise")
#: Where an actor the clause acts on stands ("meet the U.S. side", "talks with Seoul").
_OBJECT_DEPS = ("dobj", "pobj", "dative")
#: Where a state stands to the party noun it names ("the U.S. side", "Peruvian side").
_MODIFIER_DEPS = ("amod", "compound", "nmod", "poss")


def address_to_meeting_party(
    commitment: Commitment, analysis: ClauseAnalysis, mentions: Sequence[ActorMention]
) -> None:
    """Set the promisee of a joint act asked for, offered or refused with no promisee yet to
    its other party (in place, with its reason in ``why``)."""
    if commitment.kind not in _ASKING_KINDS or commitment.promisee or not commitment.promisor:
        return
    own = country_of(commitment.promisor)
    if own is None or own in STATELESS:
        return  # a council's or a body's own meeting is no act with another party
    joint_act = _joint_act_noun(analysis)
    if joint_act is None:
        return
    party = _object_party(analysis, mentions, own)
    how = "named as the clause's object"
    if party is None and _a_known_process(joint_act):
        return
    if party is None and _told_before(joint_act):
        # "the talks" the story never told as a meeting are a process of its own ("return to
        # the talks"): no one other party
        party = _party_of_meeting_told_before(joint_act, mentions, own)
        how = "the other party of the meeting told before"
    elif party is None and commitment.kind != "refusal":
        # "would not hold talks for their own sake" refuses talks with anyone
        party = story_party(joint_act.doc, mentions, own)
        how = "the state the story names most"
    if party is None:
        return
    commitment.why.append(f"promisee: {party} is the other party of {joint_act.text!r} ({how})")
    commitment.promisee = party


def meeting_purpose_unhedged(commitment: Commitment, analysis: ClauseAnalysis) -> None:
    """Drop the hedge of a discussion verb that is the aim of a meeting verb ("will meet ...
    again to discuss the details"): the meeting is promised, the discussion is its purpose."""
    head = analysis.clause.head
    if not commitment.hedges or not is_agenda_of_a_meeting(head):
        return
    purpose = second_readings_words("discussion_verbs")
    why = f"no hedge: {head.text!r} is the purpose of {head.head.text!r}"
    drop_hedges(commitment, purpose, why)


def _joint_act_noun(analysis: ClauseAnalysis) -> Token | None:
    """The noun of a two-party joint act in the clause's words (or the meeting verb whose
    purpose the clause is: "will meet the U.S. side again to discuss"), or None (also when its
    phrase marks many parties: "the six-party talks")."""
    head = analysis.clause.head
    if is_agenda_of_a_meeting(head):
        return head.head
    nouns = second_readings_words("joint_act_nouns")
    many = second_readings_words("many_party_marks")
    conditions = analysis.reading.condition_tokens
    for token in analysis.clause.scope_tokens():
        if token.i in conditions:
            continue  # "ready to discuss a moratorium during talks": the talks are a condition
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        # "contacts" is listed as written: its lemma "contact" ("lost contact") is no meeting
        if token.lemma_.lower() not in nouns and token.lower_ not in nouns:
            continue
        if _part_of_another_noun(token):
            continue
        # "six-party" is three tokens: the marks are read in the phrase's text
        phrase = token.doc[token.left_edge.i : token.right_edge.i + 1].text.lower()
        if any(mark in phrase for mark in many):
            return None
        return token
    return None


def _told_before(noun: Token) -> bool:
    """ "the meeting", "this meeting": a joint act named as one the story has told."""
    marks = second_readings_words("told_before_determiners")
    return any(c.dep_ == "det" and c.lower_ in marks for c in noun.children)


def _a_known_process(noun: Token) -> bool:
    """ "would return to the talks", "resume the dialogue": a process (``process_nouns``) the
    story names as known, often of many parties; no one other party is bound by it."""
    return noun.lemma_.lower() in second_readings_words("process_nouns") and _told_before(noun)


def _part_of_another_noun(token: Token) -> bool:
    """ "study the results of the summit": the joint act is what another noun is of, not what
    the clause asks for, offers or refuses."""
    head = token.head
    return (
        token.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ in ("NOUN", "PROPN")
        and head.head.lemma_.lower() not in second_readings_words("joint_act_nouns")
    )


def mention_token(doc: Doc, mention: ActorMention) -> Token:
    """The head word of an actor mention."""
    return doc[mention.start : mention.end].root


def named_as_a_place(token: Token) -> bool:
    """ "who is visiting Seoul", "met in Beijing": a state named as a place is no party."""
    places = second_readings_words("place_prepositions")
    if token.dep_ == "pobj" and token.head.lower_ in places:
        return True
    return token.dep_ == "dobj" and token.head.lemma_.lower() in second_readings_words(
        "place_verbs"
    )


def _other(mention: ActorMention, own: str) -> str | None:
    """The mention's code when it names a party other than the promisor's country."""
    country = country_of(mention.code)
    if not mention.code or country is None or country == own:
        return None
    return mention.code


def _object_party(
    analysis: ClauseAnalysis, mentions: Sequence[ActorMention], own: str
) -> str | None:
    """An actor of another country the clause acts on: "meet the U.S. side", "talks with X"."""
    head = analysis.clause.head
    scope = {t.i for t in analysis.clause.scope_tokens()}
    if is_agenda_of_a_meeting(head):  # "meet the U.S. side again to discuss": the meeting's
        scope |= {t.i for t in head.head.subtree}
    doc = head.doc
    sides = second_readings_words("pair_nouns")
    for mention in sorted(mentions, key=lambda m: m.start):
        token = mention_token(doc, mention)
        if token.dep_ in _MODIFIER_DEPS and token.head.lemma_.lower() in sides:
            # "meet the U.S. side": the mention is the modifier of the side met (grader41)
            token = token.head
        if token.i in scope and token.dep_ in _OBJECT_DEPS and not named_as_a_place(token):
            party = _other(mention, own)
            if party:
                return party
    return None


def _party_of_meeting_told_before(
    noun: Token, mentions: Sequence[ActorMention], own: str
) -> str | None:
    """The other actor of the last sentence before ``noun``'s that tells a meeting ("The
    Security Council met in emergency session. Russia had requested the meeting.")."""
    doc = noun.doc
    words = second_readings_words("meeting_words")
    sentences: list[Span] = [s for s in doc.sents if s.end <= noun.sent.start]
    for sent in reversed(sentences):
        if not any(t.lemma_.lower() in words for t in sent):
            continue
        for mention in mentions:
            if sent.start <= mention.start < sent.end:
                token = mention_token(doc, mention)
                party = None if named_as_a_place(token) else _other(mention, own)
                if party:
                    return party
    return None


def story_party(doc: Doc, mentions: Sequence[ActorMention], own: str) -> str | None:
    """The state the story names most, other than the promisor's (the first named of a tie);
    None when it names no other state."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for mention in sorted(mentions, key=lambda m: m.start):
        country = country_of(mention.code)
        if country is None or country == own or country in STATELESS:
            continue
        if named_as_a_place(mention_token(doc, mention)):
            continue
        counts[country] += 1
        first.setdefault(country, mention.start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))
