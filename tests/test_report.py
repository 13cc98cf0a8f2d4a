"""The briefing: a self-contained HTML memo (or Markdown plus PNG) on the sample store."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pledgewatch.cli import build_app
from pledgewatch.report import gather_briefing, write_briefing
from pledgewatch.report.render import markdown_text
from pledgewatch.store import open_store
from tests.test_web_sample_store import SampleStore, _commitment, _save, build_sample_store

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, SampleStore]:
    url = f"sqlite:///{tmp_path_factory.mktemp('report') / 'sample.db'}"
    with open_store(url) as store:
        built = build_sample_store(store)
    return url, built


@pytest.fixture(scope="module")
def memo(sample, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("memo") / "brief.html"
    with open_store(sample[0]) as store:
        written = write_briefing(
            store,
            path,
            actor="PRK",
            since=dt.date(2011, 1, 1),
            until=dt.date(2012, 9, 30),
            checklist="allied-preconditions-2011",
            fmt="html",
        )
    assert written == path
    return path.read_text(encoding="utf-8")


def test_html_memo_is_self_contained(memo: str) -> None:
    assert "<script" not in memo
    assert not re.search(r"<link[^>]+href=", memo)
    assert not re.search(r'src="(?!data:)', memo), "every image is embedded"
    assert "<style>" in memo and "--quad-1:" in memo


def test_html_memo_embeds_the_chart_as_png(memo: str) -> None:
    found = re.search(r'<img src="data:image/png;base64,([A-Za-z0-9+/=]+)"', memo)
    assert found
    png = base64.b64decode(found.group(1))
    assert png.startswith(PNG_MAGIC) and len(png) > 10_000
    width = int.from_bytes(png[16:20], "big")
    assert width > 600  # rendered at scale 2 from the 640-pixel spec


def test_html_memo_reads_like_a_memo(memo: str) -> None:
    for heading in (
        "Key judgements",
        "Key pledges and their status",
        "Checklist: Allied",
        "Words and deeds, month by month",
        "Say–do gap",
        "Flagged headlines",
        "Sources",
    ):
        assert heading in memo, heading
    assert "Moratorium on long-range missile launches" in memo
    assert 'class="badge status-contradicted">contradicted' in memo
    assert "North Korea will let nuclear inspectors return, Richardson says" in memo
    assert "US Department of State, 2012-02-29" in memo
    assert 'href="https://example.org/kcna/2012-02-29"' in memo


def test_every_citation_points_at_a_listed_source(memo: str) -> None:
    cited = set(re.findall(r'href="#src-(\d+)"', memo))
    listed = set(re.findall(r'<li id="src-(\d+)"', memo))
    assert cited and cited == listed


def test_html_memo_escapes_stored_payloads(memo: str) -> None:
    assert "<script>window" not in memo and "<img src=x" not in memo
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in memo
    assert 'href="javascript:' not in memo


def test_briefing_statuses_follow_the_evaluation_date(sample) -> None:
    with open_store(sample[0]) as store:
        before = gather_briefing(
            store,
            actor="PRK",
            since=None,
            until=dt.date(2012, 4, 12),
            checklist="allied-preconditions-2011",
        )
        after = gather_briefing(
            store,
            actor="PRK",
            since=None,
            until=dt.date(2012, 4, 30),
            checklist="allied-preconditions-2011",
        )

    def missile(briefing):
        return next(i.status for i in briefing.checklist_lines if i.id == "missile_moratorium")

    assert (missile(before), missile(after)) == ("pledged", "contradicted")
    assert before.as_of == "2012-04-12" and after.until == "2012-04-30"
    assert any("Words ran warmer than deeds" in line for line in after.judgements) or any(
        "not available" in n for n in after.notices
    )


def test_leap_day_readouts_are_compared_when_the_stage_exists(sample) -> None:
    with open_store(sample[0]) as store:
        briefing = gather_briefing(
            store, actor="PRK", since=dt.date(2012, 2, 1), until=dt.date(2012, 3, 1), checklist=None
        )
    if not briefing.readouts:
        pytest.skip("commitments.compare_readouts not installed")
    readout = briefing.readouts[0]
    assert readout.date == "2012-02-29"
    assert set(readout.labels) == {"KCNA", "US Department of State"}
    assert any("formality" in line for line in readout.lines)


def test_markdown_memo_writes_its_chart_beside_it(sample, tmp_path: Path) -> None:
    path = tmp_path / "out" / "memo.md"
    with open_store(sample[0]) as store:
        write_briefing(store, path, actor="PRK", fmt="md")
    text = path.read_text(encoding="utf-8")
    chart = tmp_path / "out" / "memo-chart.png"
    assert chart.read_bytes().startswith(PNG_MAGIC)
    assert "![Events by quad class per month with the mean Goldstein line](memo-chart.png)" in text
    assert "| Moratorium on long-range missile launches |" in text or "**Moratorium on long" in text
    assert "<script>" not in text and "<img src=x" not in text
    assert "](<javascript:" not in text


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("a|b", "a\\|b"),
        ("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;"),
        ("[click](javascript:x)", "\\[click\\](javascript:x)"),
        ("two\nlines", "two lines"),
        ("*bold* _it_", "\\*bold\\* \\_it\\_"),
        (None, ""),
    ],
)
def test_markdown_text_is_inert(raw, escaped) -> None:
    assert markdown_text(raw) == escaped


def test_cli_report_prints_the_path(sample, tmp_path: Path) -> None:
    out = tmp_path / "cli-brief.html"
    result = CliRunner().invoke(
        build_app(),
        [
            "--db",
            sample[0],
            "report",
            "--actor",
            "PRK",
            "--from",
            "2011-01-01",
            "--to",
            "2012-06-30",
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip() == str(out)
    assert "Allied preconditions" in out.read_text(encoding="utf-8")


def test_cli_report_rejects_a_bad_date(sample, tmp_path: Path) -> None:
    result = CliRunner().invoke(build_app(), ["--db", sample[0], "report", "--to", "June"])
    assert result.exit_code == 2
    assert "not a date" in result.output


def test_a_checklist_file_can_be_given(sample, tmp_path: Path) -> None:
    from importlib import resources

    shipped = resources.files("pledgewatch").joinpath(
        "data/checklists/allied-preconditions-2011.yaml"
    )
    mine = tmp_path / "my-preconditions.yaml"
    text = shipped.read_text(encoding="utf-8").replace(
        "title: Allied preconditions for resuming the six-party talks (2011)",
        "title: My own preconditions",
    )
    mine.write_text(text, encoding="utf-8")
    with open_store(sample[0]) as store:
        briefing = gather_briefing(
            store, actor="PRK", since=None, until=dt.date(2012, 5, 1), checklist=str(mine)
        )
    assert briefing.checklist is not None and briefing.checklist.title == "My own preconditions"
    assert {line.id for line in briefing.checklist_lines} >= {"missile_moratorium"}


def test_pledges_outside_the_taxonomy_are_counted_not_listed(tmp_path: Path) -> None:
    from pledgewatch.ledger import rebuild_ledger
    from tests.test_web_sample_store import _commitment, _save

    with open_store(f"sqlite:///{tmp_path / 'memo.db'}") as store:
        promises = [
            # (not "will accept food aid": since ledger28 that is the giver's pledge)
            ("remains_recovery", "will resume the search for war remains"),
            ("other", "will not retaliate against every drill"),
        ]
        for n, (topic, text) in enumerate(promises):
            _save(
                store,
                title=f"Statement {n}",
                sentences=[f"North Korea said it {text}."],
                published=dt.date(2012, 3, 1 + n),
                publisher="KCNA",
                kind="statement",
                events=[
                    {
                        "sentence": 0,
                        "source": "PRKGOV",
                        "target": "USAGOV",
                        "cameo": "030",
                        "quad": 1,
                        "goldstein": 4.0,
                        "commitment": _commitment(
                            topic,
                            strength="firm",
                            first_party=True,
                            formality="formal",
                            text=text,
                        ),
                    }
                ],
            )
        rebuild_ledger(store)
        briefing = gather_briefing(
            store, actor="PRK", since=None, until=dt.date(2012, 3, 31), checklist=None
        )
    topics = [line.pledge.topic for line in briefing.pledges]
    assert topics == ["remains_recovery"]
    assert any("outside the topic taxonomy" in notice for notice in briefing.notices)


def store_with_a_1953_event(url: str) -> None:
    """A 2012 report that recalls the 1953 Armistice (an event dated 1953) and a 2012 shelling."""
    from pledgewatch.model import Document, Event, Sentence

    with open_store(url) as store:
        text = "The armistice was signed in 1953. North Korea fired artillery on Monday."
        store.add_documents(
            [Document(id="d", text=text, content_hash="h", published=dt.date(2012, 3, 5))]
        )
        sentences = [Sentence("d", 0, text[:33], 0, 33), Sentence("d", 1, text[34:], 34, len(text))]

        def event(n: int, day: dt.date, precision: str, cameo: str) -> Event:
            return Event(
                id=f"d:{n}:0",
                doc_id="d",
                sentence_id=f"d:{n}",
                date=day,
                date_precision=precision,  # type: ignore[arg-type]
                source="PRK",
                target="KOR",
                cameo=cameo,
                quad=4,
                goldstein=-10.0,
            )

        events = [
            event(0, dt.date(1953, 1, 1), "year", "057"),
            event(1, dt.date(2012, 3, 5), "day", "195"),
        ]
        store.save_coding("d", sentences, events, version="test")


def test_default_period_starts_with_the_earliest_report(tmp_path: Path) -> None:
    """An event dated 1953 in a 2012 report must not stretch the briefing's period and chart
    back to 1953."""
    url = f"sqlite:///{tmp_path / 'old.db'}"
    store_with_a_1953_event(url)
    with open_store(url) as store:
        briefing = gather_briefing(store, actor="PRK", since=None, until=None, checklist=None)
        explicit = gather_briefing(
            store, actor="PRK", since=dt.date(1950, 1, 1), until=None, checklist=None
        )
    assert briefing.since == "2012-03-05"
    assert explicit.since == "1950-01-01"  # an analyst's own start date stands


def test_default_period_ends_with_the_latest_report(tmp_path: Path) -> None:
    """An event scheduled after the latest report must not date the statuses in the future."""
    from pledgewatch.model import Document, Event, Sentence

    url = f"sqlite:///{tmp_path / 'ahead.db'}"
    text = "North Korea will hold talks with Seoul in June."
    with open_store(url) as store:
        store.add_documents(
            [Document(id="d", text=text, content_hash="h", published=dt.date(2012, 3, 5))]
        )
        scheduled = Event(
            id="d:0:0",
            doc_id="d",
            sentence_id="d:0",
            date=dt.date(2012, 6, 1),
            date_precision="month",
            source="PRK",
            target="KOR",
            cameo="043",
            quad=1,
            goldstein=2.8,
            modality="future",
        )
        store.save_coding("d", [Sentence("d", 0, text, 0, len(text))], [scheduled], version="test")
        briefing = gather_briefing(store, actor="PRK", since=None, until=None, checklist=None)
        explicit = gather_briefing(
            store, actor="PRK", since=None, until=dt.date(2012, 12, 31), checklist=None
        )
    assert (briefing.until, briefing.as_of) == ("2012-03-05", "2012-03-05")
    assert explicit.until == "2012-12-31"  # an analyst's own end date stands


def test_readouts_compare_pledges_not_remarks(store) -> None:
    """Two accounts of one day: a remark on one side is no term the other lacks."""
    day = dt.date(2012, 2, 29)
    remark = dataclasses.replace(
        _commitment("other", strength="firm", first_party=True, formality="formal", text="x"),
        kind="statement",
        topic_text="the following statement",
    )
    for publisher, sentences, commitments in (
        (
            "KCNA",
            ["The DPRK will refrain from nuclear tests.", "It issued the following statement."],
            [
                _commitment(
                    "nuclear_test_moratorium",
                    strength="conditional",
                    first_party=True,
                    formality="formal",
                    text="refrain from nuclear tests",
                ),
                remark,
            ],
        ),
        (
            "US Department of State",
            ["The DPRK agreed to a moratorium on nuclear tests."],
            [
                _commitment(
                    "nuclear_test_moratorium",
                    strength="firm",
                    first_party=False,
                    formality="official",
                    text="moratorium on nuclear tests",
                )
            ],
        ),
    ):
        events = [
            {
                "sentence": i,
                "source": "PRKGOV",
                "target": "USAGOV",
                "cameo": "057",
                "quad": 1,
                "goldstein": 8.0,
                "why": "test",
                "commitment": commitment,
            }
            for i, commitment in enumerate(commitments)
        ]
        _save(
            store,
            title=f"{publisher} on the talks",
            sentences=sentences,
            published=day,
            publisher=publisher,
            kind="statement",
            events=events,
        )
    briefing = gather_briefing(store, actor="PRK", since=day, until=day, checklist=None)
    if not briefing.readouts:
        pytest.skip("commitments.compare_readouts not installed")
    lines = briefing.readouts[0].lines
    assert any("strength" in line for line in lines), lines
    assert not any("following statement" in line for line in lines), lines
