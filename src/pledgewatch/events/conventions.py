"""The events as a CAMEO coder (PETRARCH, GDELT, ICEWS) would record them.

pledgewatch keeps an action's own code and says how it was put (modality): "North Korea will
allow inspectors" is 0862 *future*, so the ledger can later link the pledge to the act. CAMEO
codes the act of saying instead: a future or hypothetical cooperative action is an expression
of intent (03x), a hostile one a threat (13x); a refused future action is a rejection (12x); an
action that did not happen is not an event; a reporting verb is not coded when what it reports
is (and a reporting verb coded alone is about its content's target); a country-less target
agent of a national actor is of that actor's country ("Fijian rebels released the prime
minister": FJIREB -> FJIGOV), a country-less domestic agent acting on a country's
government, courts or elites is of that country ("a judge opened an inquiry into Chilean
officials": CHLJUD -> CHLGOV), and a state agent's coercion of no one named is of its own
country ("police arrested dozens"), as is its easing ("lifted the curfew"); a speaker's "must"
over another actor's act is a demand, "should" an appeal; a statement still to be made ("will
comment") and the writer's guess at a wish or demand ("might want") are no events.
:func:`cameo_view` applies these conventions, for comparison with gold standards and for
exports next to GDELT or ICEWS data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pledgewatch.events.codetable import ARMED_FORCE_ROOTS
from pledgewatch.events.lexicon import Lexicon
from pledgewatch.events.types import EventFinding
from pledgewatch.model import ActorMention

_MODAL_AUX = frozenset(
    {"will", "would", "wo", "shall", "can", "ca", "could", "may", "might", "'ll", "'d"}
)
_SPEECH_ACT_ROOTS = frozenset({"02", "03", "10", "12", "13"})
_REFUSAL_CUES = frozenset(
    {
        "refuse",
        "refused",
        "refuses",
        "refusing",
        "decline",
        "declined",
        "declines",
        "fail",
        "failed",
        "fails",
    }
)
#: Finding roles that are not the sentence's own events (see :func:`cameo_view`).
SECONDARY_ROLES = frozenset({"frame", "allegation", "mentioned", "background", "consequence"})
#: Roots whose events by a state agent (STATE_AGENTS) with no target named are done to the
#: state's own people.
STATE_COERCION_ROOTS = frozenset({"17"})
#: Codes of easing such measures (081x: restrictions, bans, curfews, martial law lifted): the
#: mirror image of 172x, done to the same people.
STATE_EASING_PREFIX = "081"
STATE_AGENTS = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})
#: Sectors of non-state armed groups whose violence with no one named is domestic.
INSURGENTS = frozenset({"REB", "INS", "UAF"})
#: Cues of a guess rather than a stated condition or a politely put intent ("would").
_SPECULATIVE_CUES = frozenset({"might", "may", "could", "possibly", "perhaps", "maybe"})
_CONDITION_CUES = frozenset(
    {"if", "unless", "whether", "lest", "provided", "suppose", "supposing", "if-clause"}
)


@dataclass(frozen=True, slots=True)
class CameoEvent:
    """A (source, target, code) triple in CAMEO's conventions, with the finding it came from."""

    source: str | None
    target: str | None
    code: str
    finding: EventFinding
    rule: str  # which convention produced it ("as coded", "future -> intent", ...)


def cameo_view(
    findings: Iterable[EventFinding],
    lexicon: Lexicon | None = None,
    *,
    require_source: bool = True,
    skip_roles: frozenset[str] = SECONDARY_ROLES,
    modal: bool = True,
) -> list[CameoEvent]:
    """The findings' events in CAMEO conventions (see the module docstring).

    ``require_source``: drop events without a source actor, as CAMEO coders do.
    ``skip_roles``: finding roles that are not the sentence's own events: a reporting verb
    whose content is coded, the content of an accusation or denial, a nominal event named as
    another event's object ("condemned the attack"), and background clauses (relative,
    temporal and causal clauses: "where 28 people were killed", "after rebels kidnapped ..."),
    and a trailing participle telling a coded verb's outcome ("shelled the town, killing 8").
    ``modal``: recode future, hypothetical, refused and recommended acts as intents, threats,
    rejections and appeals (False keeps every event's own code and drops none for modality).
    """
    lexicon = lexicon or Lexicon.default()
    findings = list(findings)
    out: list[CameoEvent] = []
    for finding in findings:
        event = finding.event
        if finding.role in skip_roles:
            continue
        code = event.cameo
        source, target = event.source, event.target
        modality = event.modality
        rule = "as coded"
        if not modal:
            modality = "asserted"
        if modality == "hypothetical" and (finding.modality_cue or "") in _CONDITION_CUES:
            continue  # the condition of something else ("unless the Kremlin closed its base")
        if (
            modality == "hypothetical"
            and code[:2] in _SPEECH_ACT_ROOTS
            and (finding.modality_cue or "").lower() in _SPECULATIVE_CUES
        ):
            continue  # the writer's guess at a wish or a demand ("Seoul might want talks")
        if modality in ("future", "hypothetical") and code[:2] == "01":
            continue  # a statement still to be made is no event, nor an intent to cooperate
        if modality in ("future", "hypothetical") and code[:2] not in _SPEECH_ACT_ROOTS:
            # a promise with an "unless" condition is a threat ("will withdraw unless ...")
            family = "threaten" if _has_unless(finding) else "intent"
            composed = lexicon.compose(family, code)
            if not composed or composed == "keep":
                continue
            code, rule = composed, f"{modality} -> intent/threat"
        elif modality == "negated":
            if not _modal_negation(finding) or code[:2] in _SPEECH_ACT_ROOTS:
                continue
            composed = lexicon.compose("reject", code)
            if not composed or composed == "keep":
                continue
            code, rule = composed, "refused -> reject"
        elif modality == "recommended":
            if finding.speaker is None or finding.speaker.code == source:
                continue
            # "must" puts an obligation on the actor: a demand (10x); "should" an appeal (02x)
            family = "demand" if (finding.modality_cue or "").lower() == "must" else "appeal"
            composed = lexicon.compose(family, code)
            if not composed or composed == "keep":
                continue
            source, target = finding.speaker.code, event.source
            code, rule = composed, f"recommended by a speaker -> {family}"
        if require_source and source is None:
            continue
        if not _called_foreign(finding, finding.target):
            target = _domestic_target(source, target)
        if not _called_foreign(finding, finding.source):
            source = _domestic_source(source, target)
        if target is None:
            target, rule = _home_target(source, code, rule, finding.content_code)
        out.append(CameoEvent(source, target, code, finding, rule))
    # A reporting verb whose reported events were all set aside above is a statement again.
    # Its target is then whom the statement is about: the reported events' target ("Obama and
    # Putin said they will attack Iraq": a statement on Iraq, as PETRARCH codes it).
    kept_frames = {e.finding.frame_trigger.i for e in out if e.finding.frame_trigger is not None}
    for finding in findings:
        event = finding.event
        if (
            finding.role == "frame"
            and finding.trigger.i not in kept_frames
            and (event.source or not require_source)
            and not (modal and event.modality in ("future", "hypothetical"))
        ):
            target = event.target or _reported_target(finding, findings)
            out.append(CameoEvent(event.source, target, event.cameo, finding, "statement"))
    # A bare statement ("..., officials said") is coded only when nothing else is, and in
    # dyadic coding (``require_source``) only when it is about someone: "Ukraine says it has
    # evidence" names no target and reports no coded event, so it is no dyadic event.
    others = [e for e in out if not _plain_statement(e)]
    if others:
        return others
    return [e for e in out if e.target] if require_source else out


def _reported_target(frame: EventFinding, findings: list[EventFinding]) -> str | None:
    """The country-bearing target of the events reported by a reporting verb, if any."""
    for finding in findings:
        target = finding.event.target
        if (
            finding.frame_trigger is not None
            and finding.frame_trigger.i == frame.trigger.i
            and target
            and not target.startswith("---")
            and target[:3] != (frame.event.source or "")[:3]
        ):
            return target
    return None


def _domestic_target(source: str | None, target: str | None) -> str | None:
    """A target agent named without a country ("police", "the refugees", "---GOV") acted on by
    a national actor is taken to be of the source's country, as CAMEO coders read a domestic
    story: "Fijian rebels will release the prime minister" codes FJIREB -> FJIGOV."""
    country = _state_country(source)
    if target and country and target.startswith("---") and len(target) > 3:
        return country + target[3:]
    return target


#: Code prefixes of actors that are no country: organisations, movements, companies.
NON_STATES = frozenset({"IGO", "NGO", "IMG", "MNC"})


def _state_country(code: str | None) -> str | None:
    """The country of an actor code ("PRK" of "PRKGOV"), or None for an organisation, a
    company or an actor of unknown country ("IGOUNO", "---GOV")."""
    country = (code or "")[:3]
    if len(country) < 3 or not country.isalpha() or country in NON_STATES:
        return None
    return country


#: Modifiers that say an agent is not of the country acting on it ("a regional peacekeeping
#: force", "foreign troops", "international monitors").
FOREIGN_MODIFIERS = frozenset(
    {"foreign", "international", "multinational", "regional", "overseas", "external"}
)


#: Sectors of a country's own institutions: an agent named without a country who acts on one
#: of them is of that country (see :func:`_domestic_source`).
HOME_INSTITUTIONS = frozenset({"GOV", "JUD", "LEG", "ELI"})
#: Sectors of agents who act at home: judges, politicians, parties, rebels, civic groups.
DOMESTIC_AGENTS = frozenset(
    {"JUD", "ELI", "OPP", "PTY", "REB", "INS", "CVL", "EDU", "LAB", "REL", "MED", "GOV"}
)


def _domestic_source(source: str | None, target: str | None) -> str | None:
    """A domestic agent named without a country ("a judge", "rebel leaders", "the opposition")
    who acts on a country's own institutions ("opened investigations against Chilean
    officials", "demanded that Burundi's government grant ...") is of that country, as CAMEO
    coders read a domestic story: ---JUD -> CHLGOV codes CHLJUD -> CHLGOV. The mirror image
    of :func:`_domestic_target`; soldiers, police and gunmen named without a country are left
    alone, as they are often foreign."""
    if not (source and target and source.startswith("---") and source[3:6] in DOMESTIC_AGENTS):
        return source
    country = _state_country(target)
    if country is None or target[3:6] not in HOME_INSTITUTIONS:
        return source
    return country + source[3:]


def _called_foreign(finding: EventFinding, mention: ActorMention | None) -> bool:
    """Is ``mention`` (an actor of the finding) a country-less agent its own phrase calls
    foreign?"""
    if mention is None or not mention.code.startswith("---"):
        return False
    doc = finding.sent.doc
    if not 0 <= mention.start < mention.end <= len(doc):
        return False
    heads = [doc[i] for i in range(mention.start, mention.end)]
    words = {t.lower_ for t in heads} | {
        c.lower_ for t in heads for c in t.children if c.dep_ in ("amod", "compound")
    }
    return bool(words & FOREIGN_MODIFIERS)


def _home_target(
    source: str | None, code: str, rule: str, content_code: str | None = None
) -> tuple[str | None, str]:
    """A coercive act (17: arrests, curfews, bans) by a state agent with no one named is done to
    the state's own people ("police arrested dozens": CHNCOP -> CHN), as CAMEO coders read a
    domestic story; so is easing such measures (081x: "lifted the curfew"), and so is an
    intent, threat or refusal about either ("is prepared to impose martial law": the threat is
    aimed at the people the martial law would be imposed on). Violence (18-20) by an insurgency
    (rebels, insurgents, armed groups) with no one named is fought in its own country ("Boko
    Haram launched attacks": NGAREB -> NGA). (Protests with no target are left
    without one: the PLOVER gold aims them at the home government, the PETRARCH2 gold does
    not.)"""
    country = _state_country(source)
    if country is None:
        return None, rule
    if (source or "")[3:6] in INSURGENTS and code[:2] in ARMED_FORCE_ROOTS:
        return country, f"{rule}; an insurgency's violence in its own country"
    if (source or "")[3:6] not in STATE_AGENTS:
        return None, rule
    for act in (code, content_code or ""):
        if act[:2] in STATE_COERCION_ROOTS or act.startswith(STATE_EASING_PREFIX):
            return country, f"{rule}; a measure on its own people"
    return None, rule


def _plain_statement(event: CameoEvent) -> bool:
    return event.code == "010" and event.finding.pattern_id.endswith(".v")


def _has_unless(finding: EventFinding) -> bool:
    return any(
        child.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ == "unless" for m in child.children)
        for child in finding.trigger.children
    )


def _modal_negation(finding: EventFinding) -> bool:
    """'will not' / 'would not' / 'refused to' (a refusal), not 'did not' (no event)."""
    trigger = finding.trigger
    for token in [trigger, *([trigger.head] if trigger.dep_ in ("xcomp", "conj") else [])]:
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in _MODAL_AUX:
                return True
    # "refused to", "failed to reach agreement" (PLOVER codes a failure to agree as REJECT)
    return (finding.modality_cue or "").lower() in _REFUSAL_CUES


def main_event(events: list[CameoEvent]) -> CameoEvent | None:
    """The sentence's main event: the one whose trigger is highest in the parse (fewest steps
    to the root), the earliest on a tie. Nominal events count one step below their verb."""
    if not events:
        return None

    def depth(event: CameoEvent) -> tuple[int, int]:
        token = event.finding.trigger
        steps = 0
        while token.head is not token and steps < 50:
            token = token.head
            steps += 1
        if event.finding.trigger.pos_ in ("NOUN", "PROPN"):
            steps += 1
        return steps, event.finding.trigger.i

    return min(events, key=depth)
