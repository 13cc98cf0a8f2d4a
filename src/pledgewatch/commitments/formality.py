"""How publicly and formally a commitment was made: formal, official, reported or anonymous.

A foreign-ministry statement, a joint statement, a state news agency statement or an
agreement text is *formal*; a spokesman's remarks or a press conference are *official*; an
interview, a visitor's account or a news report is *reported*; unnamed officials and
"reportedly" are *anonymous*. The grade is read from the document (its kind and publisher)
and from the words around the innermost speaker, with the rules and cue words in
``formality_cues.yaml``. The same file names publishers and their countries, which is how
a statement published by KCNA is known to be North Korea's own word (first party).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Token

from pledgewatch.commitments.attribution import Attribution, ReportLevel
from pledgewatch.commitments.lexicon import CueLexicon, data_path, load_yaml
from pledgewatch.errors import ConfigError
from pledgewatch.events.modality import ModalityCues
from pledgewatch.events.types import DocContext
from pledgewatch.model import FORMALITY_ORDER


@dataclass(frozen=True, slots=True)
class Publisher:
    """A known publisher or institutional speaker."""

    names: tuple[str, ...]
    country: str | None
    kind: str  # state_agency | ministry | government | media
    pattern: re.Pattern[str]

    def name_in(self, text: str | None) -> str:
        """The name by which ``text`` names it ("Unification Ministry", not the entry's first
        name "South Korean Foreign Ministry": grader40), else its first name."""
        found = self.pattern.search(text or "")
        return found.group(0) if found else self.names[0]


@dataclass(frozen=True, slots=True)
class FormalityCues:
    """The compiled formality lexicon."""

    formal_doc_kinds: frozenset[str]
    publishers: tuple[Publisher, ...]
    formal_nouns: CueLexicon
    official_roles: CueLexicon
    official_settings: CueLexicon
    private_settings: CueLexicon
    government_sectors: frozenset[str]
    media_sectors: frozenset[str]
    signing_verbs: frozenset[str] = frozenset()  # "signed a treaty": the text is its word
    adopting_verbs: frozenset[str] = frozenset()  # "adopted a resolution urging": its own word
    #: verbs whose "by" names the text the act keeps ("abide by the armistice"), not the one
    #: the promise is made in
    keeping_verbs: frozenset[str] = frozenset()
    #: travel that makes a visitor of a speaker of another country than the promisor's
    visit_settings: CueLexicon | None = None
    #: head words of a person speaking for an office ("a State Department spokesman")
    office_persons: frozenset[str] = frozenset()
    #: the texts a clause is made under or a signing names: ``formal_document_nouns`` and
    #: ``cited_agreement_nouns`` ("Under the deal, ...")
    cited_nouns: CueLexicon | None = None

    @classmethod
    def load(cls, path: Path) -> FormalityCues:
        return _load_formality(str(path))

    @classmethod
    def default(cls) -> FormalityCues:
        return cls.load(data_path("formality_cues.yaml"))

    def publisher_in(self, text: str | None) -> Publisher | None:
        """The first known publisher named in ``text`` (longest name first)."""
        if not text:
            return None
        hits = [(p, m) for p in self.publishers if (m := p.pattern.search(text))]
        if not hits:
            return None
        return max(hits, key=lambda hit: hit[1].end() - hit[1].start())[0]


@functools.lru_cache(maxsize=8)
def _load_formality(path: str) -> FormalityCues:
    data = load_yaml(path)
    publishers = []
    for entry in data.get("publishers") or []:
        if not isinstance(entry, dict) or not entry.get("names"):
            raise ConfigError("each publisher needs 'names:', 'country:' and 'kind:'", path=path)
        names = tuple(str(n) for n in entry["names"])
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        publishers.append(
            Publisher(
                names=names,
                country=entry.get("country"),
                kind=str(entry.get("kind", "media")),
                pattern=re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])", re.IGNORECASE),
            )
        )

    def lexicon(key: str) -> CueLexicon:
        return CueLexicon.from_lists({key: [str(w) for w in data.get(key) or []]})

    return FormalityCues(
        formal_doc_kinds=frozenset(str(k).lower() for k in data.get("formal_doc_kinds") or []),
        publishers=tuple(publishers),
        formal_nouns=lexicon("formal_document_nouns"),
        official_roles=lexicon("official_roles"),
        official_settings=lexicon("official_settings"),
        private_settings=lexicon("private_settings"),
        government_sectors=frozenset(data.get("government_sectors") or []),
        media_sectors=frozenset(data.get("media_sectors") or []),
        signing_verbs=frozenset(str(v).lower() for v in data.get("signing_verbs") or []),
        adopting_verbs=frozenset(str(v).lower() for v in data.get("adopting_verbs") or []),
        keeping_verbs=frozenset(str(v).lower() for v in data.get("keeping_verbs") or []),
        visit_settings=lexicon("visit_settings"),
        office_persons=frozenset(str(v).lower() for v in data.get("office_persons") or []),
        cited_nouns=CueLexicon.from_lists(
            {
                key: [str(w) for w in data.get(key) or []]
                for key in ("formal_document_nouns", "cited_agreement_nouns")
            }
        ),
    )


@dataclass(frozen=True, slots=True)
class FormalityReading:
    formality: str
    why: str
    #: country of the document's author when the author speaks for a state (a ministry, a
    #: government, a state agency); a newspaper or broadcaster is no state's voice
    author_country: str | None = None
    #: the clause itself cites the promisor's own text ("pledged in a statement to ...",
    #: "agreed in a joint statement to ..."): its own word, with no voice named
    own_text: bool = False


def country_of(code: str | None) -> str | None:
    """The ISO-3 country part of a CAMEO actor code ("RUSGOV" -> "RUS"); None if unknown."""
    if not code or len(code) < 3 or code.startswith("---"):
        return None
    return code[:3]


def sector_of(code: str | None) -> str:
    return code[3:6] if code and len(code) >= 6 else ""


def document_author(ctx: DocContext, cues: FormalityCues) -> Publisher | None:
    """The publisher of a document, from its publisher field or a statement's title."""
    found = cues.publisher_in(ctx.publisher)
    if found is None and is_formal_document(ctx, cues):
        found = cues.publisher_in(ctx.title)
    return found


def is_formal_document(ctx: DocContext, cues: FormalityCues) -> bool:
    return ctx.kind is not None and ctx.kind.lower() in cues.formal_doc_kinds


def _speaker_words(level: ReportLevel) -> list[Token]:
    token = level.speaker_token
    if token is None:
        return []
    return sorted(token.subtree, key=lambda t: t.i)


def _setting_words(level: ReportLevel) -> list[Token]:
    """The reporting verb's own words (its prepositional phrases, adverbials)."""
    verb = level.verb_token
    if verb is None:
        return []
    words = [verb]
    for child in verb.children:
        if child.dep_ in ("prep", "advcl", "advmod", "npadvmod", "dobj", "dative"):
            words.extend(child.subtree)
    return sorted(words, key=lambda t: t.i)


def _contiguous_runs(tokens: list[Token]) -> list[list[Token]]:
    runs: list[list[Token]] = []
    for token in tokens:
        if runs and runs[-1][-1].i + 1 == token.i:
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


#: Dependencies by which the sentence before names its text as its subject ("The State
#: Department text says ...").
_TEXT_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def text_antecedent(pronoun: Token | None, cues: FormalityCues) -> str | None:
    """The text an "it" speaker stands for: "The firm State Department text says ... . It
    says IAEA inspectors will return": the subject of the sentence before is a written text
    (``formal_document_nouns``) with its author named in it (a proper noun before the text
    noun), so "It says" is that text's word, formal (pass 25). None for any other "it", and
    for a text with no author named ("The statement says ... . It says ...")."""
    if pronoun is None or pronoun.lower_ != "it" or pronoun.sent.start == 0:
        return None
    before = pronoun.doc[pronoun.sent.start - 1].sent
    for token in before:
        if token.head.dep_ != "ROOT" or token.dep_ not in (*_TEXT_SUBJECT_DEPS, "dobj"):
            continue
        left = [t for t in token.subtree if t.i <= token.i]
        text = _has(cues.formal_nouns, left)
        if token.dep_ == "dobj":
            # "The State Department released a statement": the author is the subject
            left = [t for c in token.head.children if c.dep_ == "nsubj" for t in c.subtree]
        if text and any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in left if t.i < token.i):
            return text
    return None


def names_formal_text(tokens: list[Token], cues: FormalityCues) -> str | None:
    """The written text (``formal_document_nouns``) the tokens name, if any: "the
    resolution", "Resolution 2094"."""
    return _has(cues.formal_nouns, tokens)


def _has(lexicon: CueLexicon, tokens: list[Token]) -> str | None:
    for run in _contiguous_runs(tokens):
        matches = lexicon.find(run)
        if matches:
            return matches[0].text
    return None


def _cited(lexicon: CueLexicon, tokens: list[Token]) -> str | None:
    """The made text the tokens cite, as :func:`_has`; a text a modifier says is not made yet
    ("under a proposed deal", "the planned pact": ``unmade_modifiers`` of the modality cues)
    is cited by none: no one is bound by it yet."""
    unmade = ModalityCues.load().unmade_modifiers
    for run in _contiguous_runs(tokens):
        for match in lexicon.find(run):
            if not any(
                c.dep_ in ("amod", "compound") and c.lower_ in unmade
                for t in match.tokens
                for c in t.children
            ):
                return match.text
    return None


SOURCE_PREPOSITIONS = frozenset({"under", "in", "through", "by"})
#: a text the promise is made in is the promisor's own ("pledged in a statement"); one it is
#: made under ("under the agreement") may be another's rules
OWN_TEXT_PREPOSITIONS = frozenset({"in", "through"})


def formal_source_phrases(head: Token, cues: FormalityCues) -> list[tuple[str, str]]:
    """The formal texts named in the clause itself, with their prepositions: "under the
    agreement", "in the joint statement" -> [("under", "agreement"), ("in", "joint statement")]."""
    found = []
    for child in head.children:
        if child.lower_ == "by" and head.lemma_.lower() in cues.keeping_verbs:
            # "should abide by the armistice": the text is what the act keeps, its object;
            # the promise is not made in it (grader26)
            continue
        if child.dep_ == "prep" and child.lower_ in SOURCE_PREPOSITIONS:
            words = sorted(child.subtree, key=lambda t: t.i)
            if head.dep_ == "relcl" and any(t.tag_ == "WDT" for t in child.children):
                # "a memorandum under which Stockholm will extradite ...": the noun the
                # relative clause hangs on is the text (stop 23)
                words = [head.head]
            text = _cited(cues.cited_nouns or cues.formal_nouns, words)
            if text:
                found.append((child.lower_, text))
    return found


def signed_text(head: Token, cues: FormalityCues) -> str | None:
    """The text a past signing names as its object ("Sweden and Finland signed a memorandum
    with Turkey", "the treaty was signed in 1953"): the commitment stands in a signed text,
    formal (stop 23). "will sign the agreement" (no text yet) and "signed a contract" (no
    text of commitments: ``formal_document_nouns``) are none."""
    if head.lemma_.lower() not in cues.signing_verbs or head.tag_ not in ("VBD", "VBN"):
        return None
    for child in head.children:
        if child.dep_ in ("dobj", "nsubjpass"):
            text = _cited(
                cues.cited_nouns or cues.formal_nouns,
                [*(c for c in child.lefts if c.dep_ == "compound"), child],
            )
            if text:
                return text
    return None


def adopted_text(head: Token, cues: FormalityCues) -> str | None:
    """The text a clause stands in when a body adopted or issued it ("the IAEA board adopted a
    resolution urging Iran to ...", "issued a statement calling for ..."): the demand or
    promise is in the adopter's own text, formal and first party (the lead, 2026-12-02).
    ``head`` is the clause hung on the text, or the adopting verb itself, whose object then
    carries the clause; a text to be adopted ("will adopt a resolution") binds no one yet."""
    noun: Token | None = head.head
    if head.dep_ not in ("acl", "relcl"):
        noun = next(
            (
                c
                for c in head.children
                if c.dep_ == "dobj" and any(g.dep_ in ("acl", "relcl") for g in c.children)
            ),
            None,
        )
    if noun is None:
        return None
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.tag_ not in ("VBD", "VBN"):
        return None
    if verb.lemma_.lower() not in cues.adopting_verbs:
        return None
    return names_formal_text([*(c for c in noun.lefts if c.dep_ == "compound"), noun], cues)


def grade_formality(
    attribution: Attribution,
    ctx: DocContext,
    promisor: str | None,
    cues: FormalityCues,
    *,
    clause_head: Token | None = None,
) -> FormalityReading:
    """Grade the formality of a commitment (rules in ``formality_cues.yaml``)."""
    author = document_author(ctx, cues)
    author_country = author.country if author and author.kind != "media" else None
    if attribution.anonymous:
        return FormalityReading("anonymous", "an anonymous source in the chain", author_country)
    named = [level for level in attribution.levels if level.speaker_token is not None]
    if not named:
        cited = formal_source_phrases(clause_head, cues) if clause_head is not None else []
        if cited:
            own = any(prep in OWN_TEXT_PREPOSITIONS for prep, _ in cited)
            return FormalityReading(
                "formal", f"the clause cites a text: {cited[0][1]!r}", author_country, own_text=own
            )
        signed = signed_text(clause_head, cues) if clause_head is not None else None
        if signed:
            return FormalityReading("formal", f"a text signed: {signed!r}", author_country)
        adopted = adopted_text(clause_head, cues) if clause_head is not None else None
        if adopted:
            return FormalityReading(
                "formal", f"its own text adopted: {adopted!r}", author_country, own_text=True
            )
        return _unattributed(ctx, cues, author, attribution, promisor)
    # A relayed promise is only as formal as the least formal voice that carries it to the
    # reader: "Richardson said North Korea had promised him" is a visitor's account.
    readings = [_grade_speaker(level, promisor, cues, author_country) for level in named]
    return min(readings, key=lambda reading: FORMALITY_ORDER[reading.formality])


def _grade_speaker(
    speaker: ReportLevel, promisor: str | None, cues: FormalityCues, author_country: str | None
) -> FormalityReading:
    """The formality of one named voice in the chain."""
    words = _speaker_words(speaker)
    publisher = cues.publisher_in(speaker.speaker_text)
    formal_noun = (
        _has(cues.formal_nouns, words)
        or _has(cues.formal_nouns, _setting_words(speaker))
        or text_antecedent(speaker.speaker_token, cues)
    )
    person = _person_of_an_office(speaker, cues)
    if formal_noun or (publisher and publisher.kind in ("state_agency", "ministry") and not person):
        cue = formal_noun or (publisher.name_in(speaker.speaker_text) if publisher else "")
        return FormalityReading("formal", f"formal speaker or text: {cue!r}", author_country)
    if publisher and person:
        # "a State Department spokesman said": a person of the ministry speaking, on record
        return FormalityReading(
            "official",
            f"official remarks: {person!r} of {publisher.name_in(speaker.speaker_text)!r}",
            author_country,
        )

    private = _has(cues.private_settings, words) or _has(
        cues.private_settings, _setting_words(speaker)
    )
    if (
        not private
        and cues.visit_settings is not None
        and not _of_promisors_country(speaker, promisor)
    ):
        # a visit makes a visitor of another country's speaker only: an envoy abroad speaking
        # of his own government's pledge speaks for it
        private = _has(cues.visit_settings, words) or _has(
            cues.visit_settings, _setting_words(speaker)
        )
    if private:
        return FormalityReading(
            "reported", f"private or visitor's account: {private!r}", author_country
        )
    if (publisher and publisher.kind == "media") or sector_of(
        speaker.speaker_code
    ) in cues.media_sectors:
        return FormalityReading("reported", "a news report", author_country)

    role = _has(cues.official_roles, words)
    setting = _has(cues.official_settings, _setting_words(speaker))
    if role or setting:
        return FormalityReading(
            "official", f"official remarks: {role or setting!r}", author_country
        )
    same_country = country_of(speaker.speaker_code) and country_of(
        speaker.speaker_code
    ) == country_of(promisor)
    state_speaks = len(speaker.speaker_code or "") == 3  # "North Korea said": the state itself
    if (speaker.speaker_code or "").startswith("IGO") and speaker.speaker_code == promisor:
        # "NATO said it would end its air campaign": an international body speaks for itself
        return FormalityReading("official", "the promisor itself speaking", author_country)
    if same_country and (
        state_speaks or sector_of(speaker.speaker_code) in cues.government_sectors
    ):
        return FormalityReading("official", "the promisor's government speaking", author_country)
    if (
        promisor is None
        and (state_speaks or sector_of(speaker.speaker_code) in cues.government_sectors)
        and _said_on_record(speaker)
    ):
        # "Tehran insists that its program is peaceful", "the rocket will lift off from a
        # new site, state media said": a claim or forecast no actor is bound by is the
        # speaking government's own word, on record (seed-47 audit #14, #15)
        return FormalityReading("official", "a government speaking for itself", author_country)
    if publisher and publisher.kind == "government":
        return FormalityReading(
            "official",
            f"government speaker {publisher.name_in(speaker.speaker_text)!r}",
            author_country,
        )
    return FormalityReading("reported", "a named speaker's account", author_country)


def _said_on_record(speaker: ReportLevel) -> bool:
    """Did the voice say it: no modal on its verb ("Pyongyang can argue that ...", "Beijing
    should tell Pyongyang that ...") nor a negation ("He did not say whether ...")?"""
    verb = speaker.verb_token
    if verb is None:
        return True
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)


def _person_of_an_office(speaker: ReportLevel, cues: FormalityCues) -> str | None:
    """The speaker's head word when it is a person speaking for an office ("a State
    Department spokesman", "a Foreign Ministry official"; ``office_persons``), not the office
    itself ("the State Department said")."""
    token = speaker.speaker_token
    if token is None:
        return None
    word = token.lemma_.lower()
    return (
        token.text if word in cues.office_persons or token.lower_ in cues.office_persons else None
    )


def _of_promisors_country(speaker: ReportLevel, promisor: str | None) -> bool:
    country = country_of(speaker.speaker_code)
    return bool(country) and country == country_of(promisor)


def _unattributed(
    ctx: DocContext,
    cues: FormalityCues,
    author: object,
    attribution: Attribution,
    promisor: str | None = None,
) -> FormalityReading:
    author_pub = author if isinstance(author, Publisher) else None
    country = author_pub.country if author_pub and author_pub.kind != "media" else None
    if is_formal_document(ctx, cues):
        return FormalityReading("formal", f"the document is a {ctx.kind}", country)
    if author_pub and author_pub.kind == "state_agency":
        # a state agency's news report is no statement of its own: it tells its government's
        # acts as that government's voice on record (a written text it cites stays formal,
        # above), and others' acts as any report does
        name = author_pub.names[0]
        if country and country_of(promisor) == country:
            return FormalityReading(
                "official", f"{name}'s report of its own government's act", country
            )
        return FormalityReading("reported", f"{name}'s report of another's act", country)
    if author_pub and author_pub.kind in ("state_agency", "ministry", "government"):
        return FormalityReading("formal", f"published by {author_pub.names[0]}", country)
    if attribution.levels:
        return FormalityReading("reported", "a report without a named speaker", country)
    return FormalityReading("reported", "the reporter's own account", country)
