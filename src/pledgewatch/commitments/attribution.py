"""Who says that who promised: the reporting chain above a commitment, and quotation.

"Yonhap reported that Russian officials said North Korea would allow inspectors back" has
two levels of reporting above the promise: Russian officials (the speaker, closest to the
promise) and Yonhap (who reports the speaker). This module walks the dependency parse up
from the commitment clause through reporting verbs ("said", "declared", "was quoted as
saying"), "according to X" and "citing X" phrases, hearsay adverbs ("reportedly") and
impersonal reports ("it is understood"), and records each level innermost first. It also
tells quotation from paraphrase.

Cue words are data: ``reporting_verbs.yaml`` (compiled by :mod:`.reporting_cues`). Every
attribution cue of a sentence, for the attribution benchmark, is found by
:mod:`.attribution_spans`. Where these rules find no level at all above a clause, the
learned cue detector may name one (``detector=``, :func:`learned_levels`): the long tail
of cue words no lexicon lists ("the senator lamented that ...").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spacy.tokens import Token

from pledgewatch.commitments.clause import climb_to_clause_head
from pledgewatch.commitments.reporting_cues import ReportingCues
from pledgewatch.commitments.tail_tags import misparsed_tail_tag
from pledgewatch.model import ActorMention

if TYPE_CHECKING:
    from pledgewatch.commitments.cue_detector import CueDetector

__all__ = [
    "Attribution",
    "ReportLevel",
    "ReportingCues",
    "attribute",
    "in_quotation",
    "learned_levels",
    "object_of_cue",
    "level_for_verb",
    "mention_for",
    "phrase_extent",
    "phrase_text",
    "quote_tag_after",
    "reporting_chain",
    "speaker_of",
]

SPEAKER_SKIP_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc"})
#: how a subjectless reporting verb hangs on the clause whose subject speaks: a participle
#: ("..., calling it propaganda"), a coordinated verb ("tested a device and declared ..."),
#: a noun's clause ("a statement saying ..."), a preposition's ("ended by saying ..."); not
#: an infinitive ("has to guarantee")
INHERITING_REPORT_DEPS = frozenset({"advcl", "conj", "acl", "pcomp"})
#: the longest sentence read as a quotation's tag ("he told reporters on Monday.")
TAG_MAX_TOKENS = 15
OPENING_QUOTES = frozenset({"“", "«", "„", "``"})
CLOSING_QUOTES = frozenset({"”", "»", "''"})


@dataclass(slots=True)
class ReportLevel:
    """One level of reporting: who (if anyone is named) reports, and with which words."""

    verb: str
    speaker_text: str | None = None
    speaker_code: str | None = None
    speaker_token: Token | None = None
    verb_token: Token | None = None
    stance: str = "neutral"
    anonymous: bool = False
    past: bool = False

    def describe(self) -> str:
        """Readable form for the attribution chain: ``RUSGOV (Kremlin spokeswoman) said``."""
        who = self.speaker_code or ("(anonymous)" if self.anonymous else None)
        if who and self.speaker_text and self.speaker_text != who:
            who = f"{who} ({self.speaker_text})"
        elif who is None:
            who = self.speaker_text or "(unnamed)"
        return f"{who} {self.verb}".strip()


@dataclass(slots=True)
class Attribution:
    """The reporting chain above a commitment, innermost (closest to the promise) first."""

    levels: list[ReportLevel] = field(default_factory=list)
    quotation: bool = False

    @property
    def speaker(self) -> ReportLevel | None:
        """The innermost level that names or describes a speaker."""
        return next((lvl for lvl in self.levels if lvl.speaker_token is not None), None)

    @property
    def anonymous(self) -> bool:
        return any(level.anonymous for level in self.levels)

    @property
    def reported_in_past(self) -> bool:
        """The innermost reporting verb is past, so "would" is a back-shifted "will". A
        level with no tensed verb ("according to two officials", "reportedly") tells no
        tense: "assured negotiators that they would not ..., according to officials" is
        told in the past by "assured"."""
        tensed = [lvl for lvl in self.levels if _tensed(lvl.verb_token)]
        inner = tensed[0] if tensed else (self.levels[0] if self.levels else None)
        return inner is not None and inner.past


def _tensed(verb: Token | None) -> bool:
    return verb is not None and verb.tag_ in ("VBD", "VBN", "VBZ", "VBP", "VB", "MD")


def mention_for(token: Token, mentions: Sequence[ActorMention]) -> ActorMention | None:
    """The actor mention that best covers a noun phrase headed by ``token``.

    A mention covering the head word wins; then one inside its modifiers ("Russian
    officials"); relative clauses are not looked into ("Richardson, who is visiting
    Pyongyang" is not Pyongyang).
    """
    inside = [m for m in mentions if m.start <= token.i < m.end]
    if inside:
        return min(inside, key=lambda m: m.end - m.start)
    words = _phrase_indices(token)
    near = [m for m in mentions if any(m.start <= i < m.end for i in words)]
    if not near:
        return None
    return min(near, key=lambda m: abs(m.start - token.i))


def _phrase_indices(token: Token) -> set[int]:
    words: set[int] = set()
    stack = [token]
    while stack:
        current = stack.pop()
        words.add(current.i)
        stack.extend(c for c in current.children if c.dep_ not in SPEAKER_SKIP_DEPS)
    return words


def phrase_extent(token: Token) -> tuple[int, int]:
    """Token range (end exclusive) of the noun phrase headed by ``token``, without its
    relative clauses, trailing punctuation and leading determiner: the speaker as shown."""
    words = sorted(_phrase_indices(token))
    doc = token.doc
    start, end = words[0], words[-1] + 1
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].dep_ == "det"):
        start += 1
    return start, end


def phrase_text(token: Token) -> str:
    """Text of a noun phrase without its relative clauses and trailing punctuation."""
    start, end = phrase_extent(token)
    return token.doc[start:end].text


def speaker_of(verb: Token, cues: ReportingCues) -> Token | None:
    """The source of a reporting verb: its subject, a passive agent, or the subject above.

    Where the parser gives a verb two subjects (a timestamp or a dateline read as one:
    "4:40 p.m. Smith says ..."), the one nearest before the verb is taken.
    """
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) > 1:
        # '"Full panic mode," said Jane Roe': the quotation's words are not its speaker
        subjects = [c for c in subjects if not _quoted_before(c, verb, cues)] or subjects
    if subjects:
        before = [c for c in subjects if c.i < verb.i]
        return before[-1] if before else subjects[0]
    for child in verb.children:
        if child.dep_ == "agent":
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ == "nsubjpass" and lemma in cues.quoted_as:
            return child
    # "was quoted as saying", "the spokesman said, adding that ...": the subject above
    if verb.dep_ in ("advcl", "xcomp", "pcomp", "conj") and verb.head.i != verb.i:
        above = verb.head
        if above.dep_ == "prep":
            above = above.head
        if cues.stance(above) is not None or above.lemma_.lower() in cues.quoted_as:
            return speaker_of(above, cues)
    return None


def _quoted_before(word: Token, verb: Token, cues: ReportingCues) -> bool:
    """A word before ``verb`` with a quotation mark between them: part of the quotation
    that the verb reports."""
    doc = word.doc
    return word.i < verb.i and any(doc[i].text in cues.quote_marks for i in range(word.i, verb.i))


def _verb_text(verb: Token) -> str:
    parts = [verb] + [c for c in verb.children if c.dep_ in ("prt", "neg")]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def _is_anonymous_speaker(
    speaker: Token, mention: ActorMention | None, cues: ReportingCues
) -> bool:
    """An unnamed source: "officials", "a source", "diplomats" (the lexicon's heads) of no
    known country. A named office or role of a country the dictionaries could not tell
    ("the Defense Ministry", "the spokeswoman", a pronoun left unresolved) is a source the
    reader can name, so it is not anonymous, only of unknown country. A source, an insider,
    is nameless whatever its side ("Egyptian security sources said")."""
    if speaker.lemma_.lower() in cues.nameless_speaker_nouns:
        return True
    if mention is not None and not mention.code.startswith("---"):
        return False
    phrase = [speaker.doc[i] for i in sorted(_phrase_indices(speaker))]
    return bool(cues.anonymous_speakers.find(phrase))


def level_for_verb(
    verb: Token,
    mentions: Sequence[ActorMention],
    cues: ReportingCues,
    *,
    speaker: Token | None = None,
) -> ReportLevel:
    """A reporting level from a reporting verb and its source (``speaker``, when the
    caller found it otherwise; else :func:`speaker_of`)."""
    speaker = speaker if speaker is not None else speaker_of(verb, cues)
    level = ReportLevel(
        verb=_verb_text(verb),
        verb_token=verb,
        stance=cues.stance(verb) or "neutral",
        past=verb.tag_ in ("VBD", "VBN"),
    )
    if speaker is None:
        impersonal = cues.anonymous_impersonal.find(verb.sent)
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        if passive or any(verb in m.tokens for m in impersonal) or verb.lemma_ == "report":
            level.anonymous = True  # "is said to", "it is understood", "as reported"
            return level
        speaker = _inherited_speaker(verb, cues)
        if speaker is None:
            return level
    mention = mention_for(speaker, mentions)
    level.speaker_token = speaker
    level.speaker_text = phrase_text(speaker)
    level.speaker_code = mention.code if mention else None
    if speaker.lower_ == "it" and any(
        verb in m.tokens for m in cues.anonymous_impersonal.find(verb.sent)
    ):
        level.anonymous = True
        level.speaker_token = None
        level.speaker_text = None
    else:
        level.anonymous = _is_anonymous_speaker(speaker, mention, cues) or _withholds_name(
            verb, speaker, cues
        )
    return level


def _withholds_name(verb: Token, speaker: Token, cues: ReportingCues) -> bool:
    """The speaker asks not to be named ("an Israeli official said on condition of
    anonymity", "a senior official, who asked not to be identified, said"): the words hang
    on the reporting verb, or on the speaker's phrase, not inside what is reported."""
    if cues.anonymity_phrases is None:
        return False
    own = set(speaker.subtree)
    for match in cues.anonymity_phrases.find(verb.sent):
        first = match.tokens[0]
        if first in own or any(a == verb for a in (first.head, first.head.head)):
            return True
    return False


def _inherited_speaker(verb: Token, cues: ReportingCues) -> Token | None:
    """The subject a subjectless reporting verb shares with the clause it hangs on, as the
    attribution span code finds it: "Seoul rejected the offer, calling it propaganda",
    "the ministry issued a statement saying ...", "he paused and added that ..."."""
    from pledgewatch.commitments.attribution_spans import RELATIVE_PRONOUNS, inherited_source

    if verb.dep_ not in INHERITING_REPORT_DEPS:
        return None  # "it will have to guarantee that ...": an obligation, not a report
    speaker = inherited_source(verb, max_steps=2, cues=cues)
    if speaker is not None and speaker.lower_ in RELATIVE_PRONOUNS:
        return None  # "a report that says": the relative pronoun stands for no speaker
    return speaker


def _local_levels(
    node: Token, mentions: Sequence[ActorMention], cues: ReportingCues
) -> list[ReportLevel]:
    """Sources hanging on a clause head: "according to X", "reportedly", "..., X said",
    "as X reported, ..."."""
    levels: list[ReportLevel] = []
    for child in node.children:
        if child.lower_ in cues.anonymous_adverbs and child.dep_ in ("advmod", "npadvmod"):
            levels.append(ReportLevel(verb=child.text, stance="doubt", anonymous=True))
        elif _as_report(child, cues):
            levels.append(level_for_verb(child, mentions, cues))
        elif child.dep_ in ("prep", "advcl", "advmod") and child.pos_ in ("VERB", "ADP", "SCONJ"):
            phrase = [t for t in child.subtree]
            matches = cues.according_to.find(phrase)
            if matches and matches[0].tokens[0].i == child.i:
                source = object_of_cue(child)
                if source is not None:
                    mention = mention_for(source, mentions)
                    levels.append(
                        ReportLevel(
                            verb=matches[0].text,
                            speaker_text=phrase_text(source),
                            speaker_code=mention.code if mention else None,
                            speaker_token=source,
                            verb_token=child,
                            anonymous=_is_anonymous_speaker(source, mention, cues),
                        )
                    )
        elif (
            child.dep_ == "parataxis"
            and cues.opens_chain(child)
            and not any(c.dep_ == "ccomp" for c in child.children)
        ):
            levels.append(level_for_verb(child, mentions, cues))
    return levels


def _as_report(verb: Token, cues: ReportingCues) -> bool:
    """A reporting as-clause on a clause head: "As KCNA reported, the North will ...", "the
    talks, as the ministry noted, are over". One with a clause of its own ("as Seoul said
    that ...") is an as of time or cause, not a report of the clause it hangs on."""
    return (
        verb.dep_ == "advcl"
        and cues.opens_chain(verb)
        and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children)
        and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    )


def object_of_cue(prep: Token) -> Token | None:
    """The noun a preposition-like cue points at ("according to X", "citing X")."""
    for token in prep.subtree:
        if token.i != prep.i and token.dep_ in ("pobj", "dobj"):
            return token
    return None


def reporting_chain(
    head: Token,
    mentions: Sequence[ActorMention],
    cues: ReportingCues,
    *,
    max_levels: int = 4,
    detector: CueDetector | None = None,
) -> list[ReportLevel]:
    """All reporting levels above a clause head, innermost first.

    With a ``detector`` (the learned cue detector), a clause the rules give no level at all
    is looked at once more: a word governing it that the detector scores as an attribution
    cue becomes the innermost level (:func:`learned_levels`). Where the rules find a level
    the detector is not run, so it costs nothing on the reported speech the lexicon knows.
    """
    levels = _rule_chain(head, mentions, cues, max_levels)
    if not levels:  # "... to support the mission, Blinken said": the tag read as a relcl
        tail = misparsed_tail_tag(_first_conjunct(head), cues)
        levels = [level_for_verb(tail, mentions, cues)] if tail is not None else []
    if not levels:
        tag = quote_tag_after(head, cues)
        if tag is not None:  # '"... will allow inspectors back." he told reporters.'
            levels = [level_for_verb(tag, mentions, cues)]
    if not levels and detector is not None:
        levels = learned_levels(head, mentions, cues, detector, max_levels=max_levels)
    return levels


def quote_tag_after(head: Token, cues: ReportingCues, *, max_sentences: int = 3) -> Token | None:
    """The speech verb of a quotation's tag when the parser made the tag a sentence of its
    own: '"We will allow the inspectors back." he told reporters.', '"... Nobody can stop
    that!" she said.' (the quotation may run over a few sentences).

    The quotation around ``head`` must end where a sentence ends, and the next sentence be
    a short one whose root is a speech verb with a named subject and no clause or quotation
    of its own.
    """
    if not in_quotation(head, cues):
        return None
    doc = head.doc
    sent = head.sent
    for _ in range(max_sentences):
        marks = [t.i for t in sent if t.i > head.i and t.text in cues.quote_marks]
        words = [t for t in sent if not t.is_space]
        if marks and words and marks[-1] == words[-1].i:
            break  # the quotation closes with this sentence
        if marks or sent.end >= len(doc):
            return None  # it closes inside a sentence: a tag there is the chain's business
        sent = doc[sent.end].sent
    else:
        return None
    if sent.end >= len(doc):
        return None
    tag = doc[sent.end].sent
    verb = tag.root
    if len(tag) > TAG_MAX_TOKENS or not cues.is_speech(verb) or verb.pos_ not in ("VERB", "AUX"):
        return None
    if any(t.text in cues.quote_marks for t in tag) or any(
        c.dep_ in ("ccomp", "xcomp") for c in verb.children
    ):
        return None
    return verb if speaker_of(verb, cues) is not None else None


def learned_levels(
    head: Token,
    mentions: Sequence[ActorMention],
    cues: ReportingCues,
    detector: CueDetector,
    *,
    max_levels: int = 4,
) -> list[ReportLevel]:
    """The levels above a clause whose governing word the detector takes for a cue ("the
    minister voiced confidence that ...", "Smith's warning that ..."): that level, its
    source found by the span code (:func:`~.cue_detector.proposed_source`: the subject, an
    inherited subject, a possessor, "according to X"), then the rules' levels above it."""
    from pledgewatch.commitments.cue_detector import proposed_source

    cue = detector.governing_cue(head, cues)
    if cue is None:
        return []
    level = level_for_verb(cue, mentions, cues, speaker=proposed_source(cue, cues))
    outer_head = cue
    if cue.pos_ not in ("VERB", "AUX"):  # a noun or adjective: the clause it stands in
        outer_head = next((t for t in cue.ancestors if t.pos_ in ("VERB", "AUX")), cue)
    above = _rule_chain(climb_to_clause_head(outer_head)[-1], mentions, cues, max_levels - 1)
    return _dedupe([level, *above])


def _rule_chain(
    head: Token, mentions: Sequence[ActorMention], cues: ReportingCues, max_levels: int
) -> list[ReportLevel]:
    levels = _local_levels(head, mentions, cues)
    node = _first_conjunct(head)
    if node.i != head.i:
        levels.extend(_local_levels(node, mentions, cues))
    for _ in range(max_levels):
        misread = _told_that(node, cues)  # "told reporters that ..." read as a relative clause
        parent = misread or node.head
        complement = node.dep_ in ("ccomp", "parataxis", "xcomp") and parent.i != node.i
        if misread is None and not (complement and cues.opens_chain(parent)):
            break
        # "X said, citing officials, that ...": the cited source is the inner level
        levels.extend(_local_levels(parent, mentions, cues))
        levels.append(level_for_verb(parent, mentions, cues))
        node = climb_to_clause_head(parent)[-1]
        if node.i != parent.i:
            levels.extend(_local_levels(node, mentions, cues))
    return _dedupe(levels)


def _first_conjunct(head: Token) -> Token:
    """The first of conjoined clause heads, which carries their report: in "X will halt the
    launches and will admit inspectors, the senator said" the parser hangs "admit" on
    "halt", and only "halt" on "said". A clause conjoined to the report verb itself ("the
    senator said little, and Obama pledged aid") climbs to that verb, which is no
    complement of anything, so its chain stays empty: the reporter's own sentence."""
    node = head
    while node.dep_ == "conj" and node.head.i != node.i and node.head.pos_ in ("VERB", "AUX"):
        node = node.head
    return node


def _told_that(node: Token, cues: ReportingCues) -> Token | None:
    """The reporting verb of "told a press conference that X will ...", which the parser
    sometimes reads as a relative clause on the object ("a conference that ...")."""
    noun = node.head
    verb = noun.head
    if node.dep_ != "relcl" or noun.dep_ not in ("dobj", "dative") or not cues.is_speech(verb):
        return None
    if any(c.lower_ == "that" and c.i < node.i for c in node.children):
        return verb
    return None


def _dedupe(levels: list[ReportLevel]) -> list[ReportLevel]:
    seen: set[tuple[int | None, str]] = set()
    kept = []
    for level in levels:
        key = (level.verb_token.i if level.verb_token is not None else None, level.verb)
        if key in seen:
            continue
        seen.add(key)
        kept.append(level)
    return kept


def in_quotation(token: Token, cues: ReportingCues) -> bool:
    """True when ``token`` stands inside quotation marks within its sentence.

    A closing mark after the token with no opening mark before it counts too (the quote
    began in an earlier sentence).
    """
    sent = token.sent
    inside = False
    opened_before = False
    for tok in sent:
        if tok.i >= token.i:
            break
        if tok.text in OPENING_QUOTES:
            inside, opened_before = True, True
        elif tok.text in CLOSING_QUOTES:
            inside = False
        elif tok.text in cues.quote_marks:
            inside = not inside
            opened_before = True
    if inside:
        return True
    if opened_before:
        return False
    after = [t.text for t in sent if t.i > token.i and t.text in cues.quote_marks]
    return bool(after) and (after[0] in CLOSING_QUOTES or after[0] == '"') and len(after) % 2 == 1


def attribute(
    head: Token,
    trigger: Token,
    mentions: Sequence[ActorMention],
    cues: ReportingCues,
    *,
    detector: CueDetector | None = None,
) -> Attribution:
    """The attribution of the commitment whose clause head is ``head`` (with a
    ``detector``, see :func:`reporting_chain`)."""
    levels = reporting_chain(head, mentions, cues, detector=detector)
    return Attribution(levels=levels, quotation=in_quotation(trigger, cues))
