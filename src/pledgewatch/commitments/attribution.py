"""Who says that who promised: the reporting chain above a commitment, and quotation.

"Yonhap reported that Russian officials said North Korea would allow inspectors back" has
two levels of reporting above the promise: Russian officials (the speaker, closest to the
promise) and Yonhap (who reports the speaker). This module walks the dependency parse up
from the commitment clause through reporting verbs ("said", "declared", "was quoted as
saying"), "according to X" and "citing X" phrases, hearsay adverbs ("reportedly") and
impersonal reports ("it is understood"), and records each level innermost first. It also
tells quotation from paraphrase, and (for the attribution benchmark) finds every
attribution cue in a sentence with its source and content.

Cue words are data: ``reporting_verbs.yaml``.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Span, Token

from pledgewatch.commitments.clause import climb_to_clause_head
from pledgewatch.commitments.lexicon import CueLexicon, data_path, load_yaml
from pledgewatch.model import ActorMention

INHERITING_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "pobj", "prep"})
RELATIVE_PRONOUNS = frozenset({"that", "which"})
SPEAKER_SKIP_DEPS = frozenset({"relcl", "acl", "advcl", "punct", "cc"})
OPENING_QUOTES = frozenset({"“", "«", "„", "``"})
CLOSING_QUOTES = frozenset({"”", "»", "''"})


@dataclass(frozen=True, slots=True)
class ReportingCues:
    """The compiled reporting-verb lexicon."""

    verb_stance: dict[str, str]
    chain_stances: frozenset[str]
    according_to: CueLexicon
    quoted_as: frozenset[str]
    anonymous_speakers: CueLexicon
    anonymous_adverbs: frozenset[str]
    anonymous_impersonal: CueLexicon
    speaker_pronouns: frozenset[str]
    anaphoric_pronouns: frozenset[str]
    quote_marks: frozenset[str]
    nominal_content_stances: frozenset[str] = frozenset()
    speech_stances: frozenset[str] = frozenset({"neutral", "assertive", "doubt"})

    @classmethod
    def load(cls, path: Path) -> ReportingCues:
        return _load_reporting(str(path))

    @classmethod
    def default(cls) -> ReportingCues:
        return cls.load(data_path("reporting_verbs.yaml"))

    def stance(self, token: Token) -> str | None:
        """The stance of a reporting verb (by lemma, with a particle: "point out")."""
        lemma = token.lemma_.lower() or token.lower_
        for child in token.children:  # "point out", "refer to X", "rail against X"
            if child.dep_ in ("prt", "prep") and f"{lemma} {child.lower_}" in self.verb_stance:
                return self.verb_stance[f"{lemma} {child.lower_}"]
        return self.verb_stance.get(lemma)

    def opens_chain(self, token: Token) -> bool:
        """A verb that can report a clause below it (speech verbs, belief verbs)."""
        return token.pos_ in ("VERB", "AUX") and self.stance(token) in self.chain_stances

    def is_speech(self, token: Token) -> bool:
        return self.stance(token) in self.speech_stances


@functools.lru_cache(maxsize=8)
def _load_reporting(path: str) -> ReportingCues:
    data = load_yaml(path)
    stance: dict[str, str] = {}
    for name, verbs in (data.get("verbs") or {}).items():
        for verb in verbs or []:
            stance.setdefault(str(verb).lower(), str(name))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    def lexicon(key: str) -> CueLexicon:
        return CueLexicon.from_lists({key: [str(w) for w in data.get(key) or []]})

    return ReportingCues(
        verb_stance=stance,
        chain_stances=frozenset(data.get("chain_stances") or ["neutral", "assertive", "doubt"]),
        according_to=lexicon("according_to"),
        quoted_as=words("quoted_as"),
        anonymous_speakers=lexicon("anonymous_speakers"),
        anonymous_adverbs=words("anonymous_adverbs"),
        anonymous_impersonal=lexicon("anonymous_impersonal"),
        speaker_pronouns=words("speaker_pronouns"),
        anaphoric_pronouns=words("anaphoric_pronouns"),
        quote_marks=frozenset(str(q) for q in data.get("quote_marks") or []),
        nominal_content_stances=words("nominal_content_stances"),
        speech_stances=words("speech_stances") or frozenset({"neutral", "assertive", "doubt"}),
    )


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
        return bool(self.levels) and self.levels[0].past


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


def phrase_text(token: Token) -> str:
    """Text of a noun phrase without its relative clauses and trailing punctuation."""
    words = sorted(_phrase_indices(token))
    doc = token.doc
    start, end = words[0], words[-1] + 1
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].dep_ == "det"):
        start += 1
    return doc[start:end].text


def speaker_of(verb: Token, cues: ReportingCues) -> Token | None:
    """The source of a reporting verb: its subject, a passive agent, or the subject above."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
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


def _verb_text(verb: Token) -> str:
    parts = [verb] + [c for c in verb.children if c.dep_ in ("prt", "neg")]
    return " ".join(t.text for t in sorted(parts, key=lambda t: t.i))


def _is_anonymous_speaker(
    speaker: Token, mention: ActorMention | None, cues: ReportingCues
) -> bool:
    if mention is not None:
        return mention.code.startswith("---")
    phrase = [speaker.doc[i] for i in sorted(_phrase_indices(speaker))]
    return bool(cues.anonymous_speakers.find(phrase))


def level_for_verb(
    verb: Token, mentions: Sequence[ActorMention], cues: ReportingCues
) -> ReportLevel:
    """A reporting level from a reporting verb and its source."""
    speaker = speaker_of(verb, cues)
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
        level.anonymous = _is_anonymous_speaker(speaker, mention, cues)
    return level


def _local_levels(
    node: Token, mentions: Sequence[ActorMention], cues: ReportingCues
) -> list[ReportLevel]:
    """Sources hanging on a clause head: "according to X", "reportedly", "..., X said"."""
    levels: list[ReportLevel] = []
    for child in node.children:
        if child.lower_ in cues.anonymous_adverbs and child.dep_ in ("advmod", "npadvmod"):
            levels.append(ReportLevel(verb=child.text, stance="doubt", anonymous=True))
        elif child.dep_ in ("prep", "advcl", "advmod") and child.pos_ in ("VERB", "ADP", "SCONJ"):
            phrase = [t for t in child.subtree]
            matches = cues.according_to.find(phrase)
            if matches and matches[0].tokens[0].i == child.i:
                source = _object_of(child)
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


def _object_of(prep: Token) -> Token | None:
    """The noun a preposition-like cue points at ("according to X", "citing X")."""
    for token in prep.subtree:
        if token.i != prep.i and token.dep_ in ("pobj", "dobj"):
            return token
    return None


def reporting_chain(
    head: Token, mentions: Sequence[ActorMention], cues: ReportingCues, *, max_levels: int = 4
) -> list[ReportLevel]:
    """All reporting levels above a clause head, innermost first."""
    levels = _local_levels(head, mentions, cues)
    node = head
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
    head: Token, trigger: Token, mentions: Sequence[ActorMention], cues: ReportingCues
) -> Attribution:
    """The attribution of the commitment whose clause head is ``head``."""
    levels = reporting_chain(head, mentions, cues)
    return Attribution(levels=levels, quotation=in_quotation(trigger, cues))


@dataclass(frozen=True, slots=True)
class AttributionSpan:
    """An attribution found in a sentence, as doc token index ranges (end exclusive)."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[int, int] | None


def find_attributions(sent: Span, cues: ReportingCues) -> list[AttributionSpan]:
    """Every attribution cue in a sentence with its source and content.

    Used by the attribution benchmark. All stances count here, as they do in attribution
    corpora of news: speech and cognition verbs with a clause or a quotation ("believes
    that ..."), evaluation verbs with an object ("praised the plan"), "according to X", and
    a headline colon ("Trump: ...").
    """
    found: list[AttributionSpan] = []
    for token in sent:
        stance = cues.stance(token)
        if token.pos_ not in ("VERB", "AUX") or stance is None:
            continue
        content = _content_of(token, cues, nominal=stance in cues.nominal_content_stances)
        source = speaker_of(token, cues)
        speech = stance in cues.speech_stances and source is not None  # '..., he said.'
        if source is None:
            source = inherited_source(token)  # "..., telling reporters", "and added"
        elif source.lower_ in RELATIVE_PRONOUNS and source.head.dep_ == "relcl":
            source = source.head.head  # "a poll that shows": the poll, not "that"
        cognition = stance in ("belief", "knowledge")
        if cognition and source is not None and token.dep_ == "parataxis":
            speech = True  # '..., the poll found.' like '..., he said.'
        if (content is None and not speech) or (cognition and not _has_clause(token)):
            continue
        if cognition and source is not None and source.lower_ in ("i", "you", "we"):
            continue  # "I think", "you know": a speaker's hedge inside a quotation
        if _first_person_in_quotation(token, source, cues):
            continue  # '"I have to say that ...," he said': the quoted words, not a report
        found.append(
            AttributionSpan(
                cue=(token.i, token.i + 1),
                source=source_extent(source, token) if source is not None else None,
                content=content,
            )
        )
    for match in cues.according_to.find(sent):
        source = _object_of(match.tokens[0])
        if source is None:
            continue
        head = match.tokens[0].head
        clause = sorted(t.i for t in head.subtree if t.i < match.start or t.i >= source.i + 1)
        found.append(
            AttributionSpan(
                cue=(match.start, match.end),
                source=source_extent(source),
                content=(clause[0], clause[-1] + 1) if clause else None,
            )
        )
    found.extend(_colon_attributions(sent))
    return found


def _first_person_in_quotation(verb: Token, source: Token | None, cues: ReportingCues) -> bool:
    """A quoted speaker talking about their own saying or thinking ("I would say", "let
    me tell you", "we support him"), or a subjectless one; news corpora do not count these
    as attributions."""
    if source is not None and source.lower_ not in ("i", "we", "you", "me", "us"):
        return False
    return in_quotation(verb, cues)


def inherited_source(verb: Token, *, max_steps: int = 4) -> Token | None:
    """The subject a subjectless verb shares with the clause it hangs on.

    News attributes with participles and infinitives ("Trump hit back, telling the
    crowd ...", "she declined to comment", "X has taken to urging ..."), with coordinated
    verbs ("he paused and added ...") and with a noun's clause ("issued a statement
    saying ..."); the source is then the subject of the governing verb.
    """
    node = verb
    for _ in range(max_steps):
        if node.dep_ not in INHERITING_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "prep" or node.pos_ in ("NOUN", "PROPN", "PRON", "ADP"):
            # "in opposing ...", "a statement saying ...": up to the verb above
            while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
                node = node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    return None


def _has_clause(verb: Token) -> bool:
    return any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) or verb.dep_ == "parataxis"


def _colon_attributions(sent: Span, *, max_source_words: int = 5) -> list[AttributionSpan]:
    """Speaker labels: headlines ("Trump: 'I will win'", "OK Gov Smith: Plan Is Dead") and
    transcripts ("TAPPER: Do you think ...").

    The label opens its line or sentence, is a short noun phrase (no verb, no preposition
    in front, no possessive: "From Reuters:", "Monday's Email:" are not speakers), and a
    clause with a verb follows it on the same line.
    """
    found = []
    doc = sent.doc
    for token in sent:
        if token.text != ":" or token.i == sent.start or token.i + 1 >= len(doc):
            continue
        start = token.i
        while start - 1 >= sent.start and not _breaks_line(doc[start - 1]):
            start -= 1
        while start < token.i and doc[start].is_punct:
            start += 1
        label = doc[start : token.i]
        if not 1 <= len(label) <= max_source_words or not _is_speaker_label(label):
            continue
        after = []
        for tok in doc[token.i + 1 :]:  # the parser may end the sentence at the colon
            if tok.text == ":" or "\n" in tok.text:
                break
            after.append(tok)
            if "\n" in tok.whitespace_:
                break
        if not any(t.pos_ in ("VERB", "AUX") for t in after):
            continue
        end = after[-1].i + 1 if after else None
        found.append(
            AttributionSpan(
                cue=(token.i, token.i + 1),
                source=(start, token.i),
                content=(token.i + 1, end) if end else None,
            )
        )
    return found


def _breaks_line(token: Token) -> bool:
    """A line break, or a dash that opens a label ("Polls agree - Jane Roe: ...")."""
    if token.text in ("-", "–", "—") and token.whitespace_:  # noqa: RUF001
        return True
    return "\n" in token.text or "\n" in token.whitespace_


def _is_speaker_label(label: Span) -> bool:
    def shouting(t: Token) -> bool:  # "TAPPER:" (the tagger reads capitals as anything)
        return t.is_alpha and t.is_upper and len(t) > 1

    if any(
        (t.pos_ in ("VERB", "AUX", "ADP", "NUM") and not shouting(t)) or t.tag_ == "POS"
        for t in label
    ):
        return False
    if label[0].lower_ in ("the", "a", "an", "this", "that", "here", "there"):
        return False
    if shouting(label[-1]):
        return True
    return label[-1].pos_ in ("PROPN", "NOUN") and (
        label[-1].pos_ == "PROPN" or label[-1].text.isupper() or label[-1].text[:1].isupper()
    )


def _content_of(
    verb: Token, cues: ReportingCues, *, nominal: bool = False
) -> tuple[int, int] | None:
    for child in verb.children:
        quoted = any(t.text in cues.quote_marks for t in child.subtree)
        if child.dep_ in ("ccomp", "xcomp") or (child.dep_ == "dobj" and (quoted or nominal)):
            words = [t.i for t in child.subtree]
            return (min(words), max(words) + 1)
        if nominal and child.dep_ == "prep":
            words = [t.i for t in child.subtree]
            return (min(words), max(words) + 1)
    if verb.dep_ in ("parataxis",) or (verb.head.i == verb.i and verb.dep_ == "ROOT"):
        # '"...," he said': the quotation is a sibling of the verb
        sent = verb.sent
        marks = [t.i for t in sent if t.text in cues.quote_marks]
        if len(marks) >= 2:
            return (marks[0] + 1, marks[-1])
    return None


def source_extent(token: Token, cue: Token | None = None) -> tuple[int, int]:
    """Token range of a source as attribution corpora mark it.

    The whole noun phrase with its appositions and restrictive modifiers, and the comma
    that closes an apposition ("Mike Smith, a Republican strategist,"). A clause set off
    by a comma ("Smith, who ran in 2012, said"; "Smith, speaking in Ohio, said") and the
    clause that holds the cue itself ("a survey that shows") are left out; never across a
    line break (a headline glued to the sentence by the parser).
    """
    doc = token.doc
    skipped: set[int] = set()
    for child in token.children:
        holds_cue = cue is not None and child.left_edge.i <= cue.i <= child.right_edge.i
        if holds_cue or _set_off_clause(child):
            skipped.update(t.i for t in child.subtree)
    words = sorted(t.i for t in token.subtree if t.i not in skipped) or [token.i]
    start, end = words[0], words[-1] + 1
    end = min([end, *(i for i in skipped if i > token.i)])  # stop where a left-out clause begins
    for i in range(end - 1, start - 1, -1):
        if "\n" in doc[i].text or "\n" in doc[i].whitespace_:
            start = i + 1
            break
    start = max(start, min(words))
    while start < token.i and (doc[start].is_punct or doc[start].is_space):
        start += 1  # '" Jane Roe': an opening quote mark is not part of the name
    while end - 1 > token.i and (doc[end - 1].is_space or doc[end - 1].text in "-—,"):
        end -= 1
    if start >= end:
        start, end = token.i, token.i + 1
    closes_apposition = any(c.dep_ == "appos" and c.i not in skipped for c in token.children)
    if closes_apposition and end < len(doc) and doc[end].text == ",":
        end += 1
    return (start, end)


def _set_off_clause(child: Token) -> bool:
    """A relative or participle clause after a comma: "Smith, who ran in 2012," """
    if child.dep_ not in ("relcl", "acl") or child.i < child.head.i:
        return False
    before = child.left_edge.i - 1
    return before >= 0 and child.doc[before].text in (",", "—", "–")  # noqa: RUF001
