"""Every attribution in a sentence, with its cue, source and content (for the benchmark).

Attribution corpora of news (PolNeAR) mark every statement, opinion and stance a text
ascribes to a source: speech and cognition verbs with a clause or a quotation ("believes
that ..."), evaluation and intention verbs with an object ("praised the plan", "seeks the
nomination"), stance adjectives and nouns ("is critical of", "Smith's criticism of"),
"according to X", and speaker labels before a colon ("Trump: ..."). This module finds
them with the same cue file as the reporting chain (:mod:`.attribution`), and marks the
source extent the way such corpora do. The commitment grader does not use it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pledgewatch.commitments.attribution import in_quotation, object_of_cue, speaker_of
from pledgewatch.commitments.reporting_cues import ReportingCues

INHERITING_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "pobj", "prep"})
RELATIVE_PRONOUNS = frozenset({"that", "which"})


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
    that ..."), evaluation and intention verbs with an object ("praised the plan", "seeks
    the nomination"), parenthetical speech verbs ('"...," he continued'), stance adjectives
    and nouns, "according to X", and a headline colon ("Trump: ..."). Only the outermost
    report counts where one lies inside the content of another (:func:`_outermost`).
    """
    found: list[AttributionSpan] = []
    for token in sent:
        stance = cues.stance(token)
        if stance is None and _parenthetical(token, cues):
            stance = "neutral"
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
        takes_clause = _has_clause(token) or (
            cues.lemma_of(token) in cues.infinitive_content_verbs
            and any(c.dep_ == "xcomp" for c in token.children)
        )
        if (content is None and not speech) or (cognition and not takes_clause):
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
        source = object_of_cue(match.tokens[0])
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
    found.extend(_adjective_attributions(sent, cues))
    found.extend(_noun_attributions(sent, cues))
    return _outermost(found, sent.doc)


def _noun_attributions(sent: Span, cues: ReportingCues) -> list[AttributionSpan]:
    """Stances named by a noun with their holder and object: "Smith's criticism of the
    deal", "her endorsement of the bill", "his claim that ..."."""
    found = []
    for token in sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in cues.stance_nouns:
            continue
        holder = next((c for c in token.children if c.dep_ == "poss"), None)
        content = next(
            (c for c in token.children if c.dep_ in ("prep", "acl", "ccomp") and c.i > token.i),
            None,
        )
        if holder is None or content is None:
            continue
        words = [t.i for t in content.subtree]
        found.append(
            AttributionSpan(
                cue=(token.i, token.i + 1),
                source=source_extent(holder, token),
                content=(min(words), max(words) + 1),
            )
        )
    return found


def _adjective_attributions(sent: Span, cues: ReportingCues) -> list[AttributionSpan]:
    """Stances stated with an adjective after a copula: "she is critical of the plan",
    "he was eager to debate", "they are convinced that ..."."""
    found = []
    for token in sent:
        if token.dep_ != "acomp" or token.lemma_.lower() not in cues.stance_adjectives:
            continue
        copula = token.head
        subject = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ == "it":
            continue  # "it is clear that": no source
        content = next((c for c in token.children if c.dep_ in ("prep", "xcomp", "ccomp")), None)
        if content is None:
            continue
        words = [t.i for t in content.subtree]
        found.append(
            AttributionSpan(
                cue=(token.i, token.i + 1),
                source=source_extent(subject, token),
                content=(min(words), max(words) + 1),
            )
        )
    return found


#: Relations of a cue that stays an attribution of its own inside another's content: a
#: parenthetical ('..., he said, ...') and a prepositional cue ("according to X").
NESTED_CUE_DEPS = frozenset({"parataxis", "prep"})


def _outermost(found: list[AttributionSpan], doc: Doc) -> list[AttributionSpan]:
    """Leave out an attribution whose cue lies inside the content of another one.

    News attribution corpora mark the outer report ("X said that Y believes ...") and
    seldom the reports and opinions inside what is reported; a parenthetical or
    prepositional cue inside a content is kept.
    """

    def covers(outer: AttributionSpan, inner: AttributionSpan) -> bool:
        return outer.content is not None and outer.content[0] <= inner.cue[0] < outer.content[1]

    kept = []
    for item in found:
        nested = any(
            other is not item and covers(other, item) and not covers(item, other) for other in found
        )
        label = doc[item.cue[0]].text == ":"  # a speaker label is a line of its own
        if nested and not label and doc[item.cue[0]].dep_ not in NESTED_CUE_DEPS:
            continue
        kept.append(item)
    return kept


def _parenthetical(verb: Token, cues: ReportingCues) -> bool:
    """A verb that reports speech only in '"...," he continued' or "she went on: ..."."""
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ in ("prt", "prep")), None)
    listed = lemma in cues.parenthetical_verbs or f"{lemma} {particle}" in cues.parenthetical_verbs
    if not listed:
        return False
    colon_next = verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].text == ":"
    # '"...," the coach continued': the quotation hangs on the verb as its clause
    quoted_clause = any(c.dep_ == "ccomp" for c in verb.children) and any(
        c.text in cues.quote_marks for c in verb.children
    )
    return verb.dep_ == "parataxis" or colon_next or quoted_clause


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
    if label[-1].pos_ == "NOUN" and label[0].pos_ == "PROPN" and label[0].text[:1].isupper():
        return True  # "Clinton camp:", "Kremlin spokesman:"
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
