"""Who is bound by a commitment, towards whom, and whether the promisor said it itself.

The promisor is the clause's acting subject, or the one who promises when a promise verb
reports the clause ("He promised that the people would not ..."), or the speaker when the
subject is a pronoun or an existential standing for them ('"There will be no rewards," Obama
said'), or each party's own when a pair speaks of itself ("The two leaders said they would
..."); the promisee the actor the promised act is aimed at. A commitment is first party when
every named voice between it and the reader is the promisor's own side, or the document is
published by the promisor's state.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from pledgewatch.commitments.attribution import (
    Attribution,
    ReportingCues,
    ReportLevel,
    phrase_text,
)
from pledgewatch.commitments.clause import CommitmentClause
from pledgewatch.commitments.clause_analysis import ClauseAnalysis, acting_mention
from pledgewatch.commitments.formality import FormalityReading, country_of
from pledgewatch.commitments.issuer_voice import refused_in_saying, threatened_in_saying
from pledgewatch.commitments.joint_parties import (
    STATELESS,
    JointWords,
    joint_parties,
    joint_words,
    named_states,
)
from pledgewatch.commitments.strength import StrengthCues
from pledgewatch.commitments.topics import TopicTaxonomy, default_taxonomy
from pledgewatch.commitments.voice_sides import (
    named_text_of_the_parties,
    opposed_sides,
    speaks_in_joint_text,
)
from pledgewatch.events.types import EventFinding
from pledgewatch.model import ActorMention, Commitment


def promises_by_verb(trigger: Token, cues: StrengthCues) -> bool:
    """A verb of promising proper (not of agreeing: "agreed that X would" commits X)."""
    lemma = trigger.lemma_.lower()
    return lemma in cues.promise_verbs and lemma not in AGREEING_VERBS


def promisor_of(
    finding: EventFinding,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    why: list[str],
    strength_cues: StrengthCues,
    reporting_cues: ReportingCues,
) -> tuple[str | None, str]:
    """(code, text) of who is bound: the clause's acting subject, the one who promises when
    a promise verb reports it, or the speaker for a pronoun or an existential that stands for
    the speaker; ``why`` gets the reason when the speaker is chosen."""
    # the event's source is the speaker when the trigger reports the clause ("said")
    descended = analysis.clause.descended
    # "said the talks will be over", coded as the sayer's halt: the sayer is bound too
    promised = descended and (
        promises_by_verb(finding.trigger, strength_cues)
        or refused_in_saying(finding, analysis, strength_cues)
        or threatened_in_saying(finding, analysis)
    )
    source = None if descended else finding.source
    if promised and finding.source is not None:
        # "He promised that the people would not have to tighten their belts": the one
        # who promises is bound, whoever the promise is about
        source = finding.source
    if source is None and analysis.clause.subject is not None:
        source = acting_mention(analysis.clause.subject, mentions)
    if source is None and promised:
        # "Pyongyang promised that farmers would not lose their land": with no actor
        # in what is promised, the one who promises is the promisor
        source = finding.source
    fallback = None if descended else finding.event.source
    code = source.code if source else fallback
    text = source.text if source else ("" if descended else finding.event.source_text or "")
    subject = analysis.clause.subject
    if not text and subject is not None:
        text = phrase_text(subject)
    pronoun = text.lower() if text else ""
    cues = reporting_cues
    speaker = analysis.attribution.speaker
    own = member_of_speaking_pair(finding, analysis, mentions, pronoun)
    if own is not None:
        why.append(f"promisor {text!r} is the pair speaking; this event's party is {own}")
        return own, text
    unresolved = not code or code.startswith("---")
    is_pronoun = pronoun in cues.speaker_pronouns or pronoun in cues.anaphoric_pronouns
    # "There will be no rewards," Obama said: an existential binds the one who says it
    is_pronoun = is_pronoun or (
        subject is None and any(c.dep_ == "expl" for c in analysis.clause.head.children)
    )
    if unresolved and is_pronoun and speaker and speaker.speaker_code:
        if pronoun in PLURAL_PRONOUNS and one_person(speaker.speaker_token, mentions):
            return code, text  # '"They agreed ...," Richardson said': not Richardson
        why.append(f"promisor {text!r} is the speaker {speaker.speaker_code}")
        return speaker.speaker_code, text
    spoken_by_a_country = speaker is not None and not (speaker.speaker_code or "---").startswith(
        "---"
    )
    if (
        unresolved
        and subject is not None
        and spoken_by_a_country
        and includes_speaker(subject, cues)
    ):
        assert speaker is not None
        why.append(f"promisor {text!r} includes the speaker {speaker.speaker_code}")
        return speaker.speaker_code, text
    return code, text


def member_of_speaking_pair(
    finding: EventFinding, analysis: ClauseAnalysis, mentions: Sequence[ActorMention], pronoun: str
) -> str | None:
    """The event's own party when "they" in what a pair says is the pair ("The two leaders said
    they would work together"): the event coder gives each party an event of its own, so each
    binds its own source, not the one party the pronoun was resolved to. None otherwise."""
    speaker = analysis.attribution.speaker
    source = finding.source
    if pronoun not in PLURAL_PRONOUNS or source is None or not source.code:
        return None
    if not analysis.clause.descended or speaker is None or speaker.speaker_token is None:
        return None
    pair = joint_parties(speaker.speaker_token, mentions)
    if pair is None or country_of(source.code) not in pair:
        return None
    return source.code


def target_taken_for_doer(
    finding: EventFinding, analysis: ClauseAnalysis, promisor: str | None
) -> bool:
    """Is ``promisor`` (read from the clause's subject) the country of the event's target while
    the event coder found no source? "Lee's measures cut most trade with North Korea. They will
    hurt the North": "They" resolved to the North is what the measures hurt, not who promises;
    the coder, which left the source empty, already judged that the subject is no actor."""
    if analysis.clause.descended or finding.event.source is not None:
        return False
    target = finding.target.code if finding.target else finding.event.target
    country = country_of(promisor)
    return country is not None and country == country_of(target)


def includes_speaker(subject: Token, cues: ReportingCues) -> bool:
    """A group that takes in whoever speaks of it: "the two sides", "both countries", "the
    allies" (``speaker_inclusive_nouns`` after "the", "both" or "two" and nothing else, in the
    plural or counted). The allies or the two sides a spokesman speaks of are his own side and
    one other; the promise binds his side at least, which is what the ledger can check.
    "Other countries", "many countries", "Western governments", "our allies" need not."""
    if subject.lemma_.lower() not in cues.speaker_inclusive_nouns:
        return False
    modifiers = [c for c in subject.children if c.dep_ in _NOUN_MODIFIERS]
    words = {c.lower_ for c in modifiers}
    # "other countries", "many countries", "Western governments" need not take in the speaker
    if not words & _INCLUSIVE_DETERMINERS or words - _INCLUSIVE_DETERMINERS:
        return False
    return bool(words & {"both", "two"}) or subject.tag_ in ("NNS", "NNPS")


#: Dependents that narrow a noun phrase ("the", "other", "Western", "two", "our": our allies
#: are others).
_NOUN_MODIFIERS = frozenset({"det", "predet", "nummod", "poss", "amod", "compound", "nmod"})
#: The only ones with which a group takes in whoever speaks of it.
_INCLUSIVE_DETERMINERS = frozenset({"the", "both", "two"})


def host_of_access(
    promisor: str | None,
    promisee: str | None,
    analysis: ClauseAnalysis,
    cues: StrengthCues,
    mentions: Sequence[ActorMention] = (),
    taxonomy: TopicTaxonomy | None = None,
) -> str | None:
    """The host bound by another's account of inspectors' access ("Richardson said the IAEA
    inspectors could visit Yongbyon": North Korea would let them), or None. The inspecting
    body's own words ("the IAEA is ready to send inspectors back") stay its own. With no one
    named as the act's target, the host is the story's (:func:`story_host`); ``taxonomy`` is the
    grader's (a user's ``--topics`` included), the shipped one when None."""
    if not promisor or not any(promisor.startswith(b) for b in cues.inspecting_bodies):
        return None
    if not tells_access(analysis.clause.head, cues):
        return None  # before the story's host is looked for: most clauses tell no access
    if promisee is None:
        promisee = story_host(analysis, mentions, taxonomy)
    if not promisee or country_of(promisee) in (None, *STATELESS):
        return None
    speaker = analysis.attribution.speaker
    if speaker is not None and (speaker.speaker_code or "").startswith(promisor):
        return None
    return promisee


#: Kinds of a host's word on letting inspectors in.
_GRANTING_KINDS = ("promise", "offer", "refusal")


def inspecting_body_let_in(
    commitment: Commitment,
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    *_story: object,
) -> str | None:
    """A story promisee reader (:func:`~pledgewatch.commitments.story_promisees.
    read_story_promisees`): the inspecting body a host's promise, offer or refusal lets in
    (:func:`inspectors_let_in`, with the shipped cues)."""
    if commitment.kind not in _GRANTING_KINDS:
        return None
    return inspectors_let_in(analysis, StrengthCues.default(), mentions)


def inspectors_let_in(
    analysis: ClauseAnalysis, cues: StrengthCues, mentions: Sequence[ActorMention] = ()
) -> str | None:
    """The inspecting body a host's grant lets in ("Bolivia had agreed to let inspectors
    return", "will allow international inspectors to go back"): the body the inspectors'
    phrase names, else the first of ``inspecting_bodies`` in alphabetical order; None when
    the clause lets no inspectors in or its topic is not ``iaea_inspections`` (grader44)."""
    if not cues.inspecting_bodies or not any(
        m.topic == "iaea_inspections" for m in analysis.topics
    ):
        return None
    for verb in analysis.clause.scope_tokens():
        if verb.lemma_.lower() not in cues.permitting_verbs or _promised_to_a_hearer(verb, cues):
            continue
        for inspectors in _let_in(verb, cues):
            phrase = set(range(inspectors.left_edge.i, inspectors.right_edge.i + 1))
            named = next(
                (
                    m.code
                    for m in mentions
                    if m.code
                    and m.start in phrase
                    and any(m.code.startswith(b) for b in cues.inspecting_bodies)
                ),
                None,
            )
            return named or sorted(cues.inspecting_bodies)[0]
    return None


def _promised_to_a_hearer(verb: Token, cues: StrengthCues) -> bool:
    """ "had promised him it would let inspectors return": the grant is made to the one
    told, named or not, not to the inspectors' body."""
    return any(
        above.lemma_.lower() in cues.promise_verbs
        and any(c.dep_ in ("dobj", "dative", "iobj") for c in above.children)
        for above in verb.ancestors
    )


def _let_in(verb: Token, cues: StrengthCues) -> list[Token]:
    """The inspectors ``verb`` lets come: its object or its complement's subject, with an
    access verb or particle ("let inspectors return", "allow inspectors to go back")."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp"):
            doer = next((g for g in child.children if g.dep_ == "nsubj"), None)
            access = (
                child.lemma_.lower() in cues.access_verbs or child.lower_ in cues.access_particles
            )
        elif child.dep_ == "dobj":
            doer = child
            access = any(
                g.lower_ in cues.access_particles or g.lemma_.lower() in cues.access_verbs
                for g in [*child.children, *verb.children]
            )
        else:
            continue
        if doer is not None and access and doer.lemma_.lower() in cues.inspector_nouns:
            found.append(doer)
    return found


def tells_access(head: Token, cues: StrengthCues) -> bool:
    """Is the clause an act of access (``access_verbs``) or the aim of one ("inspectors will
    return to monitor the moratorium and to confirm the disablement": "confirm" under
    "return")? "is going to confirm" is a future, no going."""
    return any(
        t.lemma_.lower() in cues.access_verbs and not (t.lemma_.lower() == "go" and t.tag_ == "VBG")
        for t in (head, *head.ancestors)
    )


def story_host(
    analysis: ClauseAnalysis,
    mentions: Sequence[ActorMention],
    taxonomy: TopicTaxonomy | None = None,
) -> str | None:
    """The country inspections told with no host named are in: the one of the site the topic
    names ("the 5-MW reactor", "Yongbyon": North Korea; ``inspection_site_hosts``), or the
    site the access act's whole words name (:func:`ground_of_access`), else the one country
    the document's actor mentions name; None when they name none or several."""
    words = joint_words()
    for match in analysis.topics:
        if match.topic in words.inspection_site_hosts:
            return words.inspection_site_hosts[match.topic]
    ground = ground_of_access(analysis.clause.head, taxonomy)
    if ground is not None:
        return ground
    states = named_states(mentions)
    return states[0] if len(states) == 1 else None


def ground_of_access(head: Token, taxonomy: TopicTaxonomy | None = None) -> str | None:
    """The host of the site the access act or its purposes name, whatever else the story
    names ("... will return to monitor the moratorium and to confirm the disablement of the
    5-MW reactor": North Korea): an account of an agreement names both parties, so the one
    country of the story is no help, but the site is on one party's ground. The site is read
    with the grader's ``taxonomy`` (a user's topics file may name a site the shipped one does
    not), the shipped one when None."""
    words = joint_words()
    for match in (taxonomy or default_taxonomy()).match(list(head.subtree)):
        if match.topic in words.inspection_site_hosts:
            return words.inspection_site_hosts[match.topic]
    return None


#: Where the actor an act is aimed at stands in a clause: "will not reward North Korea",
#: "would work with the United States".
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "pobj"})


def promisee_object(clause: CommitmentClause, mentions: Sequence[ActorMention]) -> str | None:
    """The code of the first actor that is an object in the clause's own words."""
    core = clause.core
    for mention in sorted(mentions, key=lambda m: m.start):
        if not mention.code or mention.start not in core:
            continue
        doc = clause.trigger.doc
        head = doc[mention.start : mention.end].root
        if head.i in core and head.dep_ in OBJECT_DEPS:
            return mention.code
    return None


#: Promise verbs whose content clause names who is bound ("agreed that X would ...").
AGREEING_VERBS = frozenset({"agree", "commit", "undertake"})
#: Pronouns that cannot stand for one person speaking.
PLURAL_PRONOUNS = frozenset({"they", "their", "them"})


def one_person(token: Token | None, mentions: Sequence[ActorMention] = ()) -> bool:
    """A singular proper name or person noun ("Richardson", "the envoy"), not a country or a
    group: "North Korea said they ..." may be the country, "Richardson said they ..." not.
    A person is known by the actor matcher's mention (kind "person") or by spaCy's entity."""
    if token is None or token.tag_ not in ("NNP", "NN"):
        return False
    if any(getattr(m, "kind", None) == "person" and m.start <= token.i < m.end for m in mentions):
        return True
    return token.ent_type_ == "PERSON" or token.pos_ == "NOUN"


#: Where a reciprocal event's source sits when the coder turned "A met B" round to B -> A.
OBJECT_POSITIONS = frozenset({"dobj", "dative", "iobj"})


def source_is_an_object(finding: EventFinding) -> bool:
    """Whether the event's source is the object of its verb (or of its "with"): the reverse
    direction of a symmetric act, which is no commitment of that actor's."""
    if finding.source is None or finding.trigger.pos_ not in ("VERB", "AUX"):
        return False
    token = finding.sent.doc[finding.source.start]
    trigger = finding.trigger
    while token.head.i != token.i and token.head.i != trigger.i:
        token = token.head
    if token.head.i != trigger.i or token.i == trigger.i:
        return False
    return token.dep_ in OBJECT_POSITIONS or (token.dep_ == "prep" and token.lower_ == "with")


def is_first_party(
    promisor: str | None,
    attribution: Attribution,
    formality: FormalityReading,
    why: list[str],
    subject: Token | None = None,
    mentions: Sequence[ActorMention] = (),
    reporting_cues: ReportingCues | None = None,
) -> bool:
    """Whether the promisor states the commitment itself. ``subject`` (the promised clause's),
    ``mentions`` (the story's actors) and ``reporting_cues`` tell whether an official named
    with no country written speaks for the promisor (:func:`_own_unplaced_voice`)."""
    promisor_country = country_of(promisor)
    if attribution.anonymous or promisor_country is None:
        why.append("third party: anonymous source or unknown promisor")
        return False
    # Every named voice between the promise and the reader must be the promisor's own side:
    # "Richardson said North Korea had promised him" is Richardson's account, however firmly
    # the inner clause names North Korea as the one who promised.
    named = [level for level in attribution.levels if level.speaker_token is not None]
    story = _StoryVoices(promisor_country, subject, mentions, reporting_cues)
    outsider = next(
        (
            lvl
            for lvl in reversed(named)
            if (
                country_of(lvl.speaker_code) != promisor_country
                and not _own_unplaced_voice(lvl, story)
                and not speaks_in_joint_text(lvl.verb_token, subject, promisor_country, mentions)
                and not named_text_of_the_parties(
                    lvl.speaker_token, subject, promisor_country, mentions
                )
            )
            or opposed_sides(lvl.speaker_code, promisor)  # the opposition's account
        ),
        None,
    )
    if outsider is not None:
        why.append(f"third party: {outsider.speaker_code or outsider.speaker_text} reports it")
        return False
    if named:
        voice = named[0].speaker_code or named[0].speaker_text
        why.append(f"first party: speaker {voice} is the promisor's side")
        return True
    if formality.own_text:
        why.append(f"first party: the promisor's own text ({formality.why})")
        return True
    if formality.author_country == promisor_country:
        why.append(f"first party: the promisor's own statement ({formality.author_country})")
        return True
    # "Kim promises Medvedev a moratorium" with no voice named is the paper's own account: the
    # headline that overstated the Kremlin's hedged report. A reporter's paraphrase is not the
    # promisor's statement, or the ledger would cite that headline as Pyongyang's own words.
    why.append("third party: no statement of the promisor's own")
    return False


@dataclass(frozen=True, slots=True)
class _StoryVoices:
    """What places a voice of no written country: the promisor's country, the promised
    clause's subject and the story's actor mentions."""

    promisor_country: str
    subject: Token | None
    mentions: Sequence[ActorMention]
    cues: ReportingCues | None


def _own_unplaced_voice(level: ReportLevel, story: _StoryVoices) -> bool:
    """A voice of no written country that speaks for the promisor: a joint text of the
    parties ("according to a joint statement issued in Beijing"), or an official named by name
    with no nationality ("Foreign Minister Jeyhun Bayramov said", "spokesman Zabihullah
    Mujahid told a news conference") whom nothing places elsewhere (:func:`_placed_with_
    promisor`). An office with no name ("the defense ministry said", "the spokeswoman said")
    or a pronoun is left unplaced: in Seoul's copy "the defense ministry" is Seoul's, whoever
    the promisor is."""
    words = joint_words()
    code = level.speaker_code or ""
    if code.startswith("---") and code[3:6] in words.unplaced_own_sectors:
        return _named_person(level.speaker_token, words) and _placed_with_promisor(
            level.speaker_token, story
        )
    text = (level.speaker_text or "").lower().split()
    return (
        not code
        and bool(words.joint_text_marks & set(text))
        and bool(words.joint_text_nouns & set(text))
    )


def _placed_with_promisor(speaker: Token | None, story: _StoryVoices) -> bool:
    """Does the story put an official of no written country on the promisor's side? Only when
    the promised clause's subject stands for the promisor without naming a country (a pronoun,
    "the government": '... said, adding that it will not expel them'), or every country the
    story names before the official speaks is the promisor's ('Mali will hold elections, Prime
    Minister Abdoulaye Maiga said'). "Foreign Minister Jeyhun Bayramov said Armenia will
    withdraw its troops" names a country as the doer with none before him: Bayramov is
    Azerbaijan's, so he may be anyone's (review 18)."""
    if speaker is None:
        return False
    if _subject_stands_for_promisor(story):
        return True
    return set(named_states(story.mentions, before=speaker.i)) == {story.promisor_country}


def _subject_stands_for_promisor(story: _StoryVoices) -> bool:
    """The promised clause's subject is a pronoun ("we", "it") or a polity noun of the
    reporting cues' ``group_nouns`` ("the government", "the country") with no country named
    in it ("the Armenian government" names one)."""
    subject, cues = story.subject, story.cues
    if subject is None or cues is None:
        return False
    word = subject.lower_
    if word in cues.speaker_pronouns or word in cues.anaphoric_pronouns:
        return True
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in cues.group_nouns:
        return False
    phrase = range(subject.left_edge.i, subject.right_edge.i + 1)
    return not any(m.start in phrase and country_of(m.code) for m in story.mentions) and not any(
        t.ent_type_ in ("GPE", "NORP") for t in subject.subtree
    )


def _named_person(speaker: Token | None, words: JointWords) -> bool:
    """The speaker's head is a proper name that names no office ("Bayramov", not "the
    Defense Ministry")."""
    if speaker is None or speaker.pos_ != "PROPN":
        return False
    return speaker.lower_ not in words.office_nouns and speaker.lemma_.lower() not in (
        words.office_nouns
    )
