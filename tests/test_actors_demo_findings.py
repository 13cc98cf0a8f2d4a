"""Actor references the lead found in the demo ledger (fifteenth pass, issue 3).

"The two Koreas" as the subject or object of an act is each of the two; a headline's bare
surname is the one person of that name the story names in full; "the government" a foreign
visitor addresses is the host's; a statement's "we" is whoever issued it, the body a spokesman
speaks for. Texts written for these tests; a headline and its body are joined by a blank line,
as the coder reads a stored document.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pledgewatch.errors import ConfigError
from pledgewatch.events import DocContext, EventCoder

DAY = dt.date(2011, 8, 24)


@pytest.fixture(scope="module")
def coder(nlp) -> EventCoder:
    return EventCoder(nlp=nlp)


def coded(coder: EventCoder, body: str, title: str | None = None) -> set[tuple[str, str, str]]:
    """(source, target, CAMEO root) of a story's events; '?' = no actor."""
    text = f"{title}\n\n{body}" if title else body
    ctx = DocContext(doc_id="t", date=DAY, title=title, headline_end=len(title) if title else 0)
    return {
        (f.event.source or "?", f.event.target or "?", f.event.cameo[:2])
        for f in coder.code_text(text, ctx).findings
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the pair as subject, and a later "they"
        (
            "The two Koreas agreed to reopen the factory park. They also agreed to protect the "
            "investments.",
            {("PRK", "?", "03"), ("KOR", "?", "03")},
        ),
        (
            "Under the deal, both Koreas pledged to keep the park open.",
            {("PRK", "?", "03"), ("KOR", "?", "03")},
        ),
        # the pair as the object of an act
        (
            "Beijing urged the two Koreas to show restraint.",
            {("CHNGOV", "PRK", "02"), ("CHNGOV", "KOR", "02")},
        ),
    ],
)
def test_the_two_koreas_are_each_of_the_two(coder: EventCoder, body: str, expected: set) -> None:
    found = coded(coder, body)
    assert expected <= found, found


@pytest.mark.model
@pytest.mark.parametrize(
    "body",
    [
        "Tension rose along the two Koreas' border.",
        "The war between the two Koreas ended in an armistice.",
    ],
)
def test_the_two_koreas_elsewhere_are_no_actor(matcher, nlp, body: str) -> None:
    codes = {m.code[:3] for m in matcher.find_in_doc(nlp(body), DAY)}
    assert not codes & {"PRK", "KOR"}, codes


def test_a_pair_name_needs_two_country_codes(tmp_path: Path) -> None:
    from pledgewatch.actors import load_actor_dictionary

    path = tmp_path / "pairs.yaml"
    path.write_text("pair_names:\n  Sudans: [SDN]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="two country codes"):
        load_actor_dictionary([path])
    path.write_text("pair_names:\n  Sudans: [SDN, SSD]\n", encoding="utf-8")
    assert load_actor_dictionary([path]).pair_names["sudans"] == ("SDN", "SSD")


@pytest.mark.model
def test_a_headline_surname_is_the_one_person_named_in_full(coder: EventCoder) -> None:
    title = "Kim promises Putin a halt to nuclear tests"
    body = (
        "North Korean leader Kim Jong Il told Russian President Vladimir Putin on Wednesday "
        "that his country was ready to halt nuclear tests."
    )
    found = coded(coder, body, title)
    assert ("PRKGOV", "RUSGOV", "03") in found, found


@pytest.mark.model
def test_a_headline_surname_of_two_people_stays_unresolved(coder: EventCoder) -> None:
    title = "Kim promises Putin a halt to nuclear tests"
    body = (
        "North Korean leader Kim Jong Il met Russian President Vladimir Putin on Wednesday. "
        "First Vice Foreign Minister Kim Kye Gwan also attended."
    )
    headline = {e for e in coded(coder, body, title) if e[1] == "RUSGOV" and e[2] == "03"}
    assert headline and all(source == "?" for source, _, _ in headline), headline


@pytest.mark.model
@pytest.mark.parametrize(
    ("body", "title"),
    [
        # the dateline's government
        (
            "NAYPYITAW, July 22 (Reuters) - U.S. Secretary of State Hillary Clinton met "
            "Myanmar's foreign minister on Friday. She also urged the government to cut its "
            "military ties with North Korea.",
            "Clinton in Myanmar",
        ),
        # no dateline: the country the visitor is in
        (
            "Hillary Clinton visited Myanmar on Friday. She also urged the government to cut "
            "its military ties with North Korea.",
            None,
        ),
    ],
)
def test_the_government_a_visitor_urges_is_the_hosts(
    coder: EventCoder, body: str, title: str | None
) -> None:
    appeals = {(s, t) for s, t, root in coded(coder, body, title) if root == "02"}
    assert ("USAGOV", "MMRGOV") in appeals, appeals
    assert not any(t.startswith("PRK") for _, t in appeals), appeals


@pytest.mark.model
@pytest.mark.parametrize(
    ("issuer", "code"),
    [
        ("A spokesman for the National Defence Commission of the DPRK", "PRKGOV"),
        ("A spokesman for the DPRK Foreign Ministry", "PRKGOV"),
        ("The government, political parties and organizations of the DPRK", "PRKGOV"),
        ("The Ministry of Foreign Affairs of the Republic of Korea", "KORGOV"),
    ],
)
def test_a_statements_we_is_its_issuer(coder: EventCoder, issuer: str, code: str) -> None:
    body = (
        f"PYONGYANG, June 16 (KCNA) -- {issuer} issued the following statement on Sunday:\n\n"
        "We propose senior-level talks between the authorities of the DPRK and the United "
        "States. We will continue to demand a joint investigation."
    )
    found = coded(coder, body, "Statement proposes talks")
    sources = {s for s, _, root in found if root in ("02", "10")}
    assert code in sources and "---GOV" not in sources, found
    if code == "PRKGOV":  # its own side of the talks is no target
        assert ("PRKGOV", "USAGOV", "02") in found and ("PRKGOV", "PRKGOV", "02") not in found
