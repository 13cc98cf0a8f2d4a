"""Who holds an attribution, and when a reporting word reports nothing: small parse
tests for the attribution finder (:mod:`.attribution_spans`).

News attribution corpora (PolNeAR) mark the holder of a statement or stance, not the
grammatical subject of its cue. The subject is not the holder in these forms: an
infinitive after an object ("forced Stumpf to admit ...": Stumpf admits, object
control), a participle describing a name ("footage of Hillary Clinton asking ..."), a verb
of appearance ("she seems to ...": a look, nobody's statement; "seemed far away to most
voters": the voters' view), a verb of feeling whose subject is the cause ("That worries
environmentalists": the object feels it), a passive participle ("Asked about X, Smith
said": the asker is unnamed; only "by" names one), a stance noun's "from"/"among" phrase
("warnings from his lawyer"), a name the parser hung on the phrase before a subjectless
verb ("..., Obama and Clinton call them") or on a word after a speech verb that follows a
quotation ('"...," said Jane Roe, half joking'), and an order or piece of advice ("Tell us the
truth", "Consider a gap year"), which reports no statement at all. A report inside a quotation
opened earlier in its paragraph is the quoted speaker's own words, left to the outer
report. One form has no verb: a quotation signed with a dash and a name ('"We deserve
better." ― Jane Roe'), the way readers' voices and letters are printed.

The functions read a spaCy parse only; they are kept apart from the span code so that it
stays readable, and they return plain token index ranges.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

from pledgewatch.commitments.attribution import CLOSING_QUOTES, OPENING_QUOTES

#: the curly (and TeX-style) marks that open and close a quotation, attribution.py's; straight
#: marks, the same either way, are told apart by their count, and so is "''" here, though
#: attribution.py reads it as closing: it closes a TeX-style quotation but opens and closes
#: one in the two-apostrophe style of some papers, so it is no sure closing mark
CURLY_OPENING = OPENING_QUOTES
CURLY_CLOSING = CLOSING_QUOTES - {"''"}

#: the dash that signs a quotation with its speaker's name ('"..." ― Jane Roe')
SIGNOFF_DASHES = frozenset({"―", "—", "–"})  # noqa: RUF001

TokenRange = tuple[int, int]
#: prepositions that name who holds a stance, not what it is about ("criticism from X")
HOLDER_PREPOSITIONS = frozenset({"from", "by", "among"})


def imperative(verb: Token) -> bool:
    """A bare verb that opens its clause without a subject or auxiliary: an order or a
    piece of advice ("Tell us the truth", "Consider a gap year"), which reports nothing."""
    if verb.tag_ != "VB" or verb.dep_ not in ("ROOT", "conj"):
        return False
    node = verb.head if verb.dep_ == "conj" else verb
    return not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in node.children
    )


def experiencer(verb: Token) -> Token | None:
    """Whom a thing seems so to ("seemed far away to most voters"); the subject of
    "seem" or "appear" holds no view of its own, so without a "to" phrase there is none."""
    for word in verb.subtree:  # on the verb or on its complement ("far away to ...")
        if word.dep_ == "prep" and word.lower_ == "to" and verb in (word.head, word.head.head):
            return next((c for c in word.children if c.dep_ == "pobj"), None)
    return None


def passive_participle(verb: Token) -> bool:
    """A passive past participle ("was criticized as ...", "Asked about X, Smith said"):
    its subject, or the one the participle hangs on, is what the statement is about or
    who answers, not who makes it; only a "by" phrase names the holder. A participle
    describing a noun is left alone: the tagger takes many a past tense after a long
    subject for one ("Smith, the mayor's rival, called for ...")."""
    if any(c.dep_ == "nsubj" for c in verb.children):
        return False
    if verb.tag_ == "VBD" and _reduced_clause(verb):
        return True  # "said nothing when asked whether ...": the tagger's past tense
    if verb.tag_ != "VBN":
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.dep_ in ("advcl", "parataxis") and not any(c.dep_ == "aux" for c in verb.children)


def _reduced_clause(verb: Token) -> bool:
    """An adverbial clause without subject or auxiliary, after a subordinator ("when asked
    about X", "if pressed") or fronted before a comma ("Asked if he would run, Smith
    said ..."): its -ed verb is a passive participle ("when [she was] asked"), whatever
    tense the tagger gives it; a past tense needs a subject of its own."""
    if verb.dep_ != "advcl" or any(
        c.dep_ in ("nsubjpass", "aux", "auxpass", "expl") for c in verb.children
    ):
        return False
    after = verb.right_edge.i + 1
    fronted = verb.i < verb.head.i and after < len(verb.doc) and verb.doc[after].text == ","
    return fronted or any(
        c.dep_ in ("mark", "advmod") and c.tag_ in ("IN", "WRB") and c.i < verb.i
        for c in verb.children
    )


#: relations below a passive verb that open a clause of its own: a "by" there is that
#: clause's, not the passive's agent
OWN_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "conj", "parataxis"})


def agent_of(verb: Token) -> Token | None:
    """The object of a verb's "by" phrase ("criticized by the governor"), also where the
    parser hung the phrase on the verb's object or complement ("are seen as candidates
    who ... by a quarter of voters", "was declared the winner by news organizations"),
    never inside a clause of its own ("criticized for saying ... by ..."); a "by" with a
    number or a date measures or times ("won by 10 points", "by Friday")."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    stack = [c for c in verb.children if c.dep_ not in OWN_CLAUSE_DEPS]
    while stack:
        word = stack.pop(0)
        if word.dep_ in ("agent", "prep") and word.lower_ == "by":
            pobj = next((c for c in word.children if c.dep_ == "pobj"), None)
            if (
                pobj is not None
                and pobj.pos_ in ("NOUN", "PROPN", "PRON")
                and not any(t.like_num or t.ent_type_ in ("DATE", "TIME") for t in pobj.subtree)
            ):
                return pobj
        stack.extend(c for c in word.children if c.dep_ not in OWN_CLAUSE_DEPS)
    return None


def object_experiencer(verb: Token, experiencer_verbs: Collection[str]) -> Token | None:
    """Who feels what a verb of feeling names when its subject is the cause: the object
    ("That worries environmentalists"), or the subject of the passive ("voters were
    unsettled by the protests"). None for any other verb, or without such a word."""
    if verb.lemma_.lower() not in experiencer_verbs:
        return None
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    wanted = "nsubjpass" if passive else "dobj"
    return next((c for c in verb.children if c.dep_ == wanted), None)


def noun_holder(noun: Token) -> Token | None:
    """Who holds the stance a noun names: the one after "from", "by" or "among" ("warnings
    from his attorney", "her support among young voters": the voters support her), else
    its possessor ("Smith's claim"), else a name compounded before a noun the tagger took
    for the verb of a headline or a clause ("Trump claims that ...", "Sanders Vows To")."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in HOLDER_PREPOSITIONS and child.i > noun.i:
            holder = next((c for c in child.children if c.dep_ == "pobj"), None)
            if holder is not None:
                return holder
    holder = next((c for c in noun.children if c.dep_ == "poss"), None)
    if holder is not None:
        return holder
    if noun.dep_ == "ROOT":
        return next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
    return None


def stray_subject(verb: Token) -> Token | None:
    """The name or noun standing right before a tensed verb that the parser gave no
    subject, having hung the name on a phrase before it ("... the terror war, Obama and
    Clinton call them ...", "... mishandled the investigation and Democrats accused ...").
    Of names joined by "and" the first is taken, so that the source spans them all."""
    if verb.tag_ not in ("VBD", "VBP", "VBZ") or verb.dep_ not in ("ROOT", "ccomp"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    i = verb.i - 1
    while i >= 0 and verb.doc[i].tag_ == "RB":  # "Clinton apparently disagrees"
        i -= 1
    if i < 0 or verb.doc[i].pos_ not in ("PROPN", "NOUN") or verb.doc[i].head.i == verb.i:
        return None
    word = verb.doc[i]
    while word.dep_ == "conj" and word.head.pos_ == "PROPN" and word.pos_ == "PROPN":
        word = word.head
    return word


def postposed_speaker(verb: Token, quote_marks: Collection[str]) -> Token | None:
    """The name right after a subjectless speech verb that follows a quotation ('"...,"
    said Jane Roe, half joking', '"...," says a former aide to the mayor'), which the
    parser hung elsewhere (as the subject of a word after it): the last word of the first
    run of nouns and names after the verb, the head of the speaker's name."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    doc = verb.doc
    before = verb.i - 1
    while before >= 0 and (doc[before].text == "," or doc[before].is_space):
        before -= 1
    if before < 0 or doc[before].text not in quote_marks:
        return None
    i = verb.i + 1
    while i < len(doc) and doc[i].pos_ in ("DET", "ADJ", "NUM") and "\n" not in doc[i].text:
        i += 1  # "said a former spokesman": the determiner and adjectives before the noun
    if i >= len(doc) or doc[i].pos_ not in ("PROPN", "NOUN"):
        return None
    while i + 1 < len(doc) and doc[i + 1].pos_ in ("PROPN", "NOUN") and doc[i].whitespace_:
        i += 1
    name = doc[i]
    # a name whose phrase the parser ran into the next sentence or back over the verb
    # marks no extent a reader would call the speaker
    if name.left_edge.i <= verb.i or name.right_edge.i >= verb.sent.end:
        return None
    words = doc[name.left_edge.i : name.right_edge.i + 1]
    if any("\n" in t.text or "\n" in t.whitespace_ for t in words[:-1]):
        return None
    return name


def object_controller(verb: Token) -> Token | None:
    """The object of the verb an infinitive hangs on, when it stands before it: the one
    who is to speak or think ("prompted NATO to order ...", "led the reporter to fear
    ..."), not the subject of that verb."""
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def participle_holder(verb: Token, occasion_nouns: Collection[str] = ()) -> Token | None:
    """The person, body or thing an -ing participle describes: "footage of Hillary Clinton
    asking ...", "Senator Roe, calling the plan a fraud, ...", "money to a group backing
    the senator", "polls showing him ahead". A common noun that is the object of the verb
    above is left to that verb's subject: what someone issues or makes ("issued a
    statement saying ...", "ran an ad attacking ...") is their own report; so is a noun of
    the occasion or medium of speaking (``occasion_nouns``: "during a speech attacking
    ...", "heard on a microphone telling ...")."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG":
        return None
    noun = verb.head
    if noun.pos_ == "PROPN":
        return noun
    if noun.pos_ not in ("NOUN", "PRON") or noun.dep_ == "dobj":
        return None
    return None if noun.lemma_.lower() in occasion_nouns else noun


def signoffs(
    sent: Span, quote_marks: Collection[str], *, max_name_words: int = 6
) -> list[tuple[TokenRange, TokenRange, TokenRange | None]]:
    """Quotations signed with a dash and a name on the rest of its line, as (cue, source,
    content) token ranges: the dash, the name, and the quotation before the dash (None
    when the dash opens a line of its own after one).

    The dash follows a closing quotation mark or opens a line; the name is one to
    ``max_name_words`` capitalised words and ends its line. A dateline ("WASHINGTON ―
    The Senate voted ...") neither follows a quotation nor ends its line at a name.
    """
    found = []
    doc = sent.doc
    for dash in sent:
        glued = _glued_signoff(dash, quote_marks)  # '”―': the tokenizer kept them together
        if (dash.text not in SIGNOFF_DASHES and not glued) or dash.i + 1 >= len(doc):
            continue
        before = dash.i if glued else dash.i - 1
        while not glued and before >= 0 and doc[before].is_space:
            before -= 1
        after_quote = glued or (before >= 0 and doc[before].text in quote_marks)
        if not after_quote and before >= 0 and not _ends_line(doc[dash.i - 1]):
            continue
        first = dash.i + 1
        while first < len(doc) and doc[first].is_space and "\n" not in doc[first].text:
            first += 1  # '― Jane Roe' with a no-break space, which is a token of its own
        end = first
        while end < len(doc) and not doc[end].is_space and "\n" not in doc[end - 1].whitespace_:
            end += 1
        line_end = end >= len(doc) or "\n" in doc[end - 1].whitespace_ or "\n" in doc[end].text
        name = doc[first:end]
        while len(name) and (name[-1].is_punct or name[-1].is_space):
            name = name[:-1]
        if not line_end or not 1 <= len(name) <= max_name_words:
            continue
        if not all(t.text[:1].isupper() for t in name):
            continue
        content = None
        if after_quote:
            marks = [i for i in range(before) if doc[i].text in quote_marks]
            opening = marks[-1] if marks else None
            content = (opening + 1, before) if opening is not None else None
        found.append(((dash.i, dash.i + 1), (name.start, name.end), content))
    return found


def _glued_signoff(token: Token, quote_marks: Collection[str]) -> bool:
    """A closing quotation mark and a signing dash read as one token ('”―')."""
    text = token.text
    return (
        len(text) > 1 and text[-1] in SIGNOFF_DASHES and all(ch in quote_marks for ch in text[:-1])
    )


def quoted_in_paragraph(token: Token, quote_marks: Collection[str]) -> bool:
    """True when ``token`` stands inside a quotation opened earlier in its paragraph,
    perhaps sentences before: the quoted speaker's own words ('“... He said he would
    win. ...”'). Reads the marks from the line's start (:func:`_quote_state_after`), so
    that a quotation opened curly and closed straight ('“We will win," he said') is
    closed."""
    doc = token.doc
    start = token.i
    while start > 0 and not _ends_line(doc[start - 1]):
        start -= 1
    inside = False
    for word in doc[start : token.i]:
        inside = _quote_state_after(word, inside, quote_marks)
    return inside


def _quote_state_after(word: Token, inside: bool, quote_marks: Collection[str]) -> bool:
    """Whether a reader is inside a quotation after ``word``, given whether it was before:
    an opening curly mark opens, a closing one closes, a straight one (and "''") turns the
    state over; an opening curly mark glued to the word before it and followed by a space
    closes ('“Not yet,“ he said': the typist's slip); marks inside a word count in their
    order."""
    if word.text in CURLY_OPENING:
        return not (inside and _closes_as_typed(word))
    if word.text in CURLY_CLOSING:
        return False
    if word.text in quote_marks:
        return not inside
    for char in word.text if any(c in quote_marks for c in word.text) else ():
        # a mark the tokenizer glued to the words around it ('over,”Clinton said')
        if char in CURLY_OPENING:
            inside = True
        elif char in CURLY_CLOSING:
            inside = False
        elif char in quote_marks:
            inside = not inside
    return inside


def _closes_as_typed(mark: Token) -> bool:
    """An opening mark in a closing mark's place: glued to the word or comma before it,
    a space after it ('not,“ he said')."""
    if mark.i == 0 or mark.whitespace_ == "":
        return False
    before = mark.doc[mark.i - 1]
    return before.whitespace_ == "" and (before.text[-1].isalnum() or before.text in ".,!?;")


def _ends_line(token: Token) -> bool:
    return "\n" in token.text or "\n" in token.whitespace_
