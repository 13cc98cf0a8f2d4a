"""Every attribution in a sentence, with its cue, source and content (for the benchmark).

Attribution corpora of news (PolNeAR) mark every statement, opinion and stance a text
ascribes to a source: speech and cognition verbs with a clause or a quotation ("believes
that ..."), evaluation and intention verbs with an object ("praised the plan", "seeks the
nomination"), stance adjectives and nouns ("is critical of", "Smith's criticism of"),
"according to X", a fronted poll ("In a recent poll, she led ..."), a verb with a speech
noun ("made the case that", "took a swipe at"), "as X put it", "citing X" (the citer's),
and speaker labels before a colon ("Trump: ..."; those and headline verbs are read by
:mod:`.attribution_labels`). This module finds them with the same cue file as the
reporting chain (:mod:`.attribution`), and marks the source extent the way such corpora do.
The commitment grader's reporting chain runs it only through the learned cue detector, on a
sentence where the chain's rules find no report level
(:meth:`~.cue_detector.CueDetector.governing_cue`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span, Token

from pledgewatch.commitments.attribution import in_quotation, object_of_cue, speaker_of
from pledgewatch.commitments.attribution_contents import as_report, has_clause
from pledgewatch.commitments.attribution_contents import content_of as _content_of
from pledgewatch.commitments.attribution_labels import (
    headline_verbs,
    inverted_reports,
    speaker_labels,
)
from pledgewatch.commitments.attribution_roles import (
    HOLDER_PREPOSITIONS,
    agent_of,
    experiencer,
    imperative,
    noun_holder,
    object_controller,
    object_experiencer,
    participle_holder,
    passive_participle,
    postposed_speaker,
    quoted_in_paragraph,
    signoffs,
    stray_subject,
)
from pledgewatch.commitments.reporting_cues import ReportingCues

if TYPE_CHECKING:
    from pledgewatch.commitments.cue_detector import CueDetector

INHERITING_DEPS = frozenset({"advcl", "xcomp", "conj", "acl", "pcomp", "pobj", "prep", "acomp"})
#: a relative "that" stands for the noun it describes ("a poll that shows"); PolNeAR marks
#: "which" and "who" themselves as the source
RELATIVE_PRONOUNS = frozenset({"that"})
DASHES = frozenset({"-", "–", "—", "―"})  # noqa: RUF001


@dataclass(frozen=True, slots=True)
class AttributionSpan:
    """An attribution found in a sentence, as doc token index ranges (end exclusive)."""

    cue: tuple[int, int]
    source: tuple[int, int] | None
    content: tuple[int, int] | None


def find_attributions(
    sent: Span, cues: ReportingCues, detector: CueDetector | None = None
) -> list[AttributionSpan]:
    """Every attribution cue in a sentence with its source and content.

    Used by the attribution benchmark. All stances count here, as they do in attribution
    corpora of news: speech and cognition verbs with a clause or a quotation ("believes
    that ..."), evaluation and intention verbs with an object ("praised the plan", "seeks
    the nomination"), parenthetical speech verbs ('"...," he continued'), stance adjectives
    and nouns, "according to X", a verb with a speech noun ("made the case that ..."), an
    as-clause ("as X noted, ..."), a headline colon ("Trump: ..."), and a quotation signed
    with a dash ('"..." ― Jane Roe'). Only the outermost report counts where one lies
    inside the content of another (:func:`_outermost`) or inside a quotation opened
    earlier in its paragraph; orders ("Tell us ...") report nothing.

    With a ``detector`` (:class:`~pledgewatch.commitments.cue_detector.CueDetector`), the
    learned cue detector then adds the cues the rules missed and drops rule cues it is
    very sure are wrong; without one, the rules alone answer.
    """
    found: list[AttributionSpan] = []
    for token in sent:
        stance = cues.stance(token)
        if stance is None and (_parenthetical(token, cues) or _put_it(token)):
            stance = "neutral"
        if token.pos_ not in ("VERB", "AUX") or stance is None:
            continue
        noun_object = cues.lemma_of(token) in cues.noun_object_verbs and any(
            c.dep_ == "dobj" for c in token.children
        )
        nominal = stance in cues.nominal_content_stances or noun_object
        content = _content_of(token, cues, nominal=nominal)
        source = speaker_of(token, cues)
        # '..., he said.'; "spoke at a rally" names an occasion, no statement
        speech = (
            stance in cues.speech_stances
            and source is not None
            and cues.lemma_of(token) not in cues.speech_event_verbs
        )
        if source is None:
            source = (
                object_controller(token)  # "forced the banker to admit ..."
                or inherited_source(token, cues=cues)
                or _share_subject(token, cues)
                or stray_subject(token)  # "..., Obama and Clinton call them ..."
                or postposed_speaker(token, cues.quote_marks)  # '"...," said Jane Roe, ...'
            )
        elif source.lower_ in RELATIVE_PRONOUNS and source.head.dep_ == "relcl":
            source = source.head.head  # "a poll that shows": the poll, not "that"
        source = object_experiencer(token, cues.experiencer_object_verbs) or source
        if stance == "appearance":
            source = experiencer(token)  # "she seems to ...": a look, nobody's statement
        cognition = stance in ("belief", "knowledge")
        if cognition and source is not None and token.dep_ == "parataxis":
            speech = True  # '..., the poll found.' like '..., he said.'
        takes_clause = (
            has_clause(token)
            or noun_object
            or (
                cues.lemma_of(token) in cues.infinitive_content_verbs
                and any(c.dep_ == "xcomp" for c in token.children)
            )
        )
        if (content is None and not speech) or (cognition and not takes_clause):
            continue
        if imperative(token):
            continue  # "Tell that to your parents", "please read the guide": an order
        if _first_person_in_quotation(token, source, cues):
            # '"I have to say that ...," he said', '"I think ...," she said': the quoted
            # words, not a report; outside quotation marks "I believe that ..." is the
            # writer's own (an op-ed, a reader's letter), an attribution like any other
            continue
        if passive_participle(token) and cues.lemma_of(token) not in cues.quoted_as:
            source = agent_of(token)  # "Asked about X, Smith said": the asker is unnamed
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
        if match.tokens[0].lower_ in cues.citing_words:
            # the citing verb may be a cue of the verb rules already ("Citing X, Smith ...")
            found = [f for f in found if f.cue[0] != match.start]
            found.extend(_citing_attribution(match.tokens[0], source, cues))
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
    found.extend(
        AttributionSpan(cue=cue, source=source, content=content)
        for cue, source, content in speaker_labels(sent, cues)
    )
    found.extend(_poll_frames(sent, cues))
    found.extend(_adjective_attributions(sent, cues))
    found.extend(_noun_attributions(sent, cues))
    found.extend(_light_verb_attributions(sent, cues))
    found.extend(
        AttributionSpan(cue=cue, source=source, content=content)
        for cue, source, content in headline_verbs(sent, cues)
    )
    taken = {f.cue[0] for f in found}
    found.extend(
        AttributionSpan(cue=cue, source=source, content=content)
        for cue, source, content in inverted_reports(sent, cues)
        if cue[0] not in taken
    )
    found.extend(
        AttributionSpan(cue=cue, source=source, content=content)
        for cue, source, content in signoffs(sent, cues.quote_marks)
    )
    found = [f for f in found if not quoted_report(f, sent.doc, cues)]
    found = _outermost(found, sent.doc)
    return detector.revise(sent, found, cues) if detector is not None else found


def _citing_attribution(word: Token, cited: Token, cues: ReportingCues) -> list[AttributionSpan]:
    """ "The court blocked the sale, citing a risk to consumers", "Citing a poll, Smith
    said ...": the one who cites holds the statement (the subject the participle shares
    with its clause), and what is cited is its content; news attribution corpora mark
    the citer as the source, whatever is cited (a reason, a report, a person)."""
    citer = speaker_of(word, cues) or inherited_source(word, cues=cues)
    words = [t.i for t in cited.subtree]
    return [
        AttributionSpan(
            cue=(word.i, word.i + 1),
            source=source_extent(citer, word) if citer is not None else None,
            content=(min(words), max(words) + 1),
        )
    ]


def _light_verb_attributions(sent: Span, cues: ReportingCues) -> list[AttributionSpan]:
    """Statements named by a verb and a speech noun ("made the case that ...", "took a
    swipe at X", "delivered a defense of X"), and "made (it) clear that ...".

    The cue runs from the verb to the noun (and the preposition that introduces what the
    statement is about); the source is the verb's subject.
    """
    found = []
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or cues.stance(verb) is not None:
            continue
        lemma = verb.lemma_.lower()
        particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
        light = lemma in cues.light_verbs or f"{lemma} {particle}" in cues.light_verbs
        noun = next(
            (
                c
                for c in verb.children
                if (c.dep_ == "dobj" and light and c.lemma_.lower() in cues.speech_nouns)
                or (c.dep_ == "dobj" and f"{lemma} {c.lemma_.lower()}" in cues.light_verb_pairs)
                or (lemma == "make" and c.lower_ in cues.clarity_words)
            ),
            None,
        )
        if noun is None:
            continue
        source = speaker_of(verb, cues) or inherited_source(verb, cues=cues)
        content, cue_end = _light_verb_content(verb, noun)
        if source is None or content is None:
            continue
        found.append(
            AttributionSpan(
                cue=(verb.i, max(cue_end, noun.i + 1)),
                source=source_extent(source, verb),
                content=content,
            )
        )
    return found


def _light_verb_content(verb: Token, noun: Token) -> tuple[tuple[int, int] | None, int]:
    """What a light-verb statement is about, and where its cue ends: the clause or
    prepositional object of the noun ("the case that ...", "a swipe at X"), else of the
    verb ("made it clear that ...")."""
    for head in (noun, verb):
        for child in head.children:
            if child.i < noun.i or child.dep_ not in ("prep", "acl", "ccomp", "advcl", "relcl"):
                continue
            if child.dep_ == "prep" and not any(
                c.dep_ in ("pobj", "pcomp") for c in child.children
            ):
                continue
            words = [t.i for t in child.subtree]
            if child.dep_ == "prep":
                return (min(words) + 1, max(words) + 1), child.i + 1
            return (min(words), max(words) + 1), noun.i + 1
    return None, noun.i + 1


def _noun_attributions(sent: Span, cues: ReportingCues) -> list[AttributionSpan]:
    """Stances named by a noun with their holder and object: "Smith's criticism of the
    deal", "her endorsement of the bill", "his claim that ..."; a few nouns count without
    a named holder too ("criticism of the deal grew")."""
    found = []
    for token in sent:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in cues.stance_nouns:
            continue
        holder = noun_holder(token)
        content = next(
            (
                c
                for c in token.children
                if c.dep_ in ("prep", "acl", "ccomp")
                and c.i > token.i
                and c.lower_ not in HOLDER_PREPOSITIONS
            ),
            None,
        )
        holderless = token.lemma_.lower() in cues.holderless_stance_nouns
        if content is None or (holder is None and not holderless):
            continue
        words = [t.i for t in content.subtree]
        # what the stance is about ends at a comma: "endorsements of Smith, who told ..."
        end = next((i for i in words if token.doc[i].text == ","), max(words) + 1)
        found.append(
            AttributionSpan(
                cue=(token.i, token.i + 1),
                source=source_extent(holder, token) if holder is not None else None,
                content=(min(words), end),
            )
        )
    return found


def _poll_frames(sent: Span, cues: ReportingCues) -> list[AttributionSpan]:
    """A fronted "in" with a poll as its object frames the clause as the poll's finding:
    "In a CBS News poll last month, she led by six points" (cue "In", source the poll)."""
    found = []
    for word in sent:
        clause = word.head
        if word.lower_ != "in" or word.dep_ != "prep" or word.i > clause.i:
            continue
        if clause.pos_ not in ("VERB", "AUX"):
            continue
        poll = next((c for c in word.children if c.dep_ == "pobj"), None)
        if poll is None or poll.lemma_.lower() not in cues.poll_nouns:
            continue
        if clause.lemma_.lower() in cues.poll_result_verbs and not _wins_a_share(clause, cues):
            continue  # "In the 2019 poll, the Conservatives won 365 seats": the vote's result
        framed = {t.i for t in word.subtree}
        words = [t.i for t in clause.subtree if t.i not in framed and not t.is_punct]
        found.append(
            AttributionSpan(
                cue=(word.i, word.i + 1),
                source=source_extent(poll),
                content=(min(words), max(words) + 1) if words else None,
            )
        )
    return found


def _wins_a_share(verb: Token, cues: ReportingCues) -> bool:
    """What a result verb wins is a share of respondents, a poll's finding: "wins about 1 in
    3 GOP primary voters" (the parser hangs "in 3 ..." on the verb), "won a majority of
    independents"."""
    objects = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    if any(t.lemma_.lower() in cues.share_words for t in objects):
        return True
    after = [t for t in verb.doc[verb.i + 1 : verb.right_edge.i + 1]]
    return any(
        a.like_num and b.lower_ == "in" and c.like_num
        for a, b, c in zip(after, after[1:], after[2:], strict=False)
    )


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


def quoted_report(item: AttributionSpan, doc: Doc, cues: ReportingCues) -> bool:
    """A report inside a quotation opened earlier in its paragraph: the quoted speaker's
    own words, which news attribution corpora leave to the outer report ('“... He said
    he would win ...,” Smith said'). A speaker label ('"WALLACE: ...') and a signature
    ('...”― Jane Roe', the closing mark and the dash one token) stay: punctuation cues."""
    cue = doc[item.cue[0]]
    return not cue.is_punct and quoted_in_paragraph(cue, cues.quote_marks)


def left_to_outer(
    item: AttributionSpan, found: Sequence[AttributionSpan], doc: Doc, cues: ReportingCues
) -> bool:
    """A cue the learned detector proposes that an outer report already holds: one inside a
    quotation opened earlier in its paragraph (:func:`quoted_report`), or the verb an
    "according to X" of the rules hangs on ('"...," she told him, according to two aides':
    the aides' account; news attribution corpora mark "according to" alone, as the rules'
    nesting check already judges their own cue). Not "citing X": the citer's own statement."""
    if quoted_report(item, doc, cues):
        return True
    return any(
        doc[f.cue[0]].head.i == item.cue[0]
        and doc[f.cue[0]].lower_ not in cues.citing_words
        and any(m.start == f.cue[0] for m in cues.according_to.find(doc[f.cue[0] : f.cue[1]]))
        for f in found
    )


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


def _put_it(verb: Token) -> bool:
    """'As Smith put it, ...', '"...," as she put it': "put it" reports a wording only
    in an as-clause."""
    return (
        verb.lemma_.lower() == "put"
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
        and as_report(verb) is not None
    )


def _first_person_in_quotation(verb: Token, source: Token | None, cues: ReportingCues) -> bool:
    """A quoted speaker talking about their own saying or thinking ("I would say", "let
    me tell you", "we support him"), or a subjectless one; news corpora do not count these
    as attributions."""
    if source is not None and source.lower_ not in ("i", "we", "you", "me", "us"):
        return False
    return in_quotation(verb, cues)


def inherited_source(
    verb: Token, *, max_steps: int = 4, cues: ReportingCues | None = None
) -> Token | None:
    """The subject a subjectless verb shares with the clause it hangs on.

    News attributes with participles and infinitives ("Trump hit back, telling the
    crowd ...", "she declined to comment", "X has taken to urging ..."), with coordinated
    verbs ("he paused and added ...") and with a noun's clause ("issued a statement
    saying ..."); the source is then the subject of the governing verb; a participle
    describing a name or a thing is its own ("footage of Hillary Clinton asking ...", "a
    group backing X"; :func:`~.attribution_roles.participle_holder`, with the occasion
    nouns of ``cues``).
    """
    holder = participle_holder(verb, cues.occasion_nouns if cues is not None else ())
    if holder is not None:
        return holder
    node = verb
    for _ in range(max_steps):
        if node.dep_ not in INHERITING_DEPS or node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "prep" or node.pos_ in ("NOUN", "PROPN", "PRON", "ADP"):
            # "in opposing ...", "a statement saying ...": up to the verb above
            while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
                node = node.head
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            # "ATLANTIC CITY — Clinton descended on ..., delivering ...": a dateline or a
            # fronted time the parser made a second subject; the nearest one before speaks
            before = [c for c in subjects if c.i < node.i]
            return before[-1] if before else subjects[0]
    return None


def _share_subject(verb: Token, cues: ReportingCues) -> Token | None:
    """A poll's share of respondents that the parser hangs on the verb as a number or
    an adverbial noun: "About 4 in 10 say ...", "Less than a third agreed ..."."""
    for child in verb.children:
        if child.i > verb.i or child.dep_ not in ("nummod", "npadvmod"):
            continue
        if any(t.like_num for t in child.subtree) or child.lemma_.lower() in cues.share_words:
            return child
    return None


def source_extent(token: Token, cue: Token | None = None) -> tuple[int, int]:
    """Token range of a source as attribution corpora mark it.

    The whole noun phrase with its appositions and restrictive modifiers, and the comma
    that closes an apposition ("Mike Smith, a Republican strategist,"). A clause set off
    by a comma ("Smith, who ran in 2012, said"; "Smith, speaking in Ohio, said") and the
    clause that holds the cue itself ("a survey that shows") are left out; never across a
    line break (a headline glued to the sentence by the parser) nor a news dateline
    ("RENO, Nev. (AP) — ").
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
    for i in range(token.i - 1, start, -1):  # "RENO, Nev. (AP) — Jane Roe": after the dateline
        if doc[i].text in DASHES and doc[i - 1].text == ")":
            start = i + 1
            break
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
