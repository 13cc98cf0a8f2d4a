"""Load benchmark: the dashboard's pages and JSON API under concurrent clients.

Two stores are measured, one after the other: the demo store (the demo corpus ingested and
coded) and a large store of synthetic events (100k by default) inserted directly in batches.
For each, the web app is started with uvicorn (``--workers`` processes, through the app factory
``pledgewatch serve`` uses: response cache on, caches warmed at start-up) in a subprocess on a
free port. Right after start-up a cold pass times the first request of the heaviest route
(``/``, which runs the trend report) and then requests every path of the mix once; that
cold-start cost is reported on its own line. Then ``--clients`` concurrent clients request a
seeded random mix of pages and API endpoints (a route uniformly, then one of its paths) for
``--seconds`` seconds. The report gives requests per second, p50/p99 latency and errors per
route and overall, the generator used and the load average. Target (issue 7): no errors, p99
under 200 ms on the 100k store.

The load generator is wrk (``apt-get install wrk`` on Debian/Ubuntu, ``brew install wrk`` on
macOS) driven by ``benchmarks/web_mix.lua``: one wrk thread per client, each on one connection,
timing each request. It is written in C and leaves the CPU to the server; without wrk on PATH
(or with ``--generator httpx``) clients are ``httpx.AsyncClient`` coroutines, which on a small
machine take much of the CPU the server needs, so their figures are a floor.

Usage::

    .venv/bin/python benchmarks/bench_web.py
    .venv/bin/python benchmarks/bench_web.py --events 100000 --clients 50 --seconds 30
    .venv/bin/python benchmarks/bench_web.py --store sqlite:////tmp/big.db --skip-demo
    .venv/bin/python benchmarks/bench_web.py --skip-routes /ledger,/api/ledger
    .venv/bin/python benchmarks/bench_web.py --workers 2   # as ``pledgewatch serve --workers 2``
    .venv/bin/python benchmarks/bench_web.py --no-response-cache   # every request renders
    .venv/bin/python benchmarks/bench_web.py --generator httpx     # without wrk

``--store`` reuses (or fills, when it has fewer events) a store, so repeated runs skip the build.
The load generator runs on the same machine as the server and competes with it for CPU.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import platform
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import synthetic_document  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEMO_CORPUS = ROOT / "src" / "pledgewatch" / "data" / "demo" / "corpus"
SEARCH_TERMS = ("inspectors", "Korea", "sanctions", "talks", "food aid", "moratorium", "zzqx")

#: CAMEO codes of generator sentences that carry a commitment: code -> (kind, strength, topic).
COMMITMENTS = {
    "057": ("promise", "firm", "iaea_inspections"),
    "033": ("promise", "firm", "food_aid"),
    "030": ("offer", "conditional", "nuclear_test_moratorium"),
    "036": ("promise", "firm", "talks"),
    "125": ("refusal", "refused", "talks"),
}


# -- building the large store ------------------------------------------------------------------


def count_events(url: str) -> int:
    from pledgewatch.store import open_store

    with open_store(url) as store:
        return store.counts()["events"]


def build_event_store(url: str, events_wanted: int, seed: int = 7, batch: int = 5000) -> int:
    """Insert synthetic documents, sentences, events and commitments until ``events_wanted``."""
    from pledgewatch.events.codetable import CodeTable
    from pledgewatch.model import Commitment, Event
    from pledgewatch.store import open_store, schema
    from pledgewatch.store.database import commitment_row, event_row

    table = CodeTable.default()
    now = dt.datetime.now(dt.UTC)
    docs: list[dict] = []
    sentences: list[dict] = []
    events: list[dict] = []
    commitments: list[dict] = []
    made = 0
    index = 0

    def flush(store) -> None:  # type: ignore[no-untyped-def]
        with store.transaction() as connection:
            for rows, target in (
                (docs, schema.documents),
                (sentences, schema.sentences),
                (events, schema.events),
                (commitments, schema.commitments),
            ):
                if rows:
                    connection.execute(target.insert(), rows)
                    rows.clear()

    with open_store(url) as store:
        while made < events_wanted:
            doc = synthetic_document(seed, index)
            index += 1
            doc_id = f"bench{index:010d}"
            coding_text = f"{doc.headline}\n\n{doc.body}"
            docs.append(
                {
                    "id": doc_id,
                    "content_hash": f"{seed:04d}{index:060d}",
                    "title": doc.headline,
                    "url": doc.url,
                    "publisher": doc.publisher,
                    "published": doc.date,
                    "date_precision": "day",
                    "language": "en",
                    "kind": doc.kind,
                    "text": doc.body,
                    "source_path": doc.file_name,
                    "ingested_at": now,
                    "meta": {"bench": True},
                    "coded_version": "bench",
                    "coded_at": now,
                }
            )
            for n, (source, target, cameo, sentence) in enumerate(doc.events):
                if made >= events_wanted:
                    break
                start = max(coding_text.find(sentence), 0)
                sentence_id = f"{doc_id}:{n}"
                sentences.append(
                    {
                        "id": sentence_id,
                        "doc_id": doc_id,
                        "idx": n,
                        "text": sentence,
                        "start_char": start,
                        "end_char": start + len(sentence),
                    }
                )
                info = table.info(cameo)
                kind = COMMITMENTS.get(cameo)
                ev = Event(
                    id=f"{sentence_id}:0",
                    doc_id=doc_id,
                    sentence_id=sentence_id,
                    date=doc.date,
                    date_precision="day",
                    source=source,
                    target=target,
                    cameo=cameo,
                    modality="future" if kind and kind[0] != "refusal" else "asserted",
                    plover=info.plover,
                    plover_mode=info.plover_mode,
                    quad=info.quad,
                    penta=info.penta,
                    goldstein=info.goldstein,
                    evidence=sentence,
                    evidence_start=start,
                    evidence_end=start + len(sentence),
                    why="bench: synthetic row",
                    origin="bench",
                )
                events.append(event_row(ev))
                if kind:
                    commitment = Commitment(
                        kind=kind[0],  # type: ignore[arg-type]
                        strength=kind[1],  # type: ignore[arg-type]
                        promisor=source,
                        promisee=target,
                        topic=kind[2],
                        topic_text=sentence[:60],
                        first_party=True,
                        formality="official",
                    )
                    commitments.append(commitment_row(ev, commitment))
                made += 1
            if len(events) >= batch:
                flush(store)
        flush(store)
    return made


def rebuild_ledger_if_available(url: str) -> str:
    try:
        from pledgewatch.ledger.rebuild import rebuild_ledger
    except ImportError as exc:
        return f"ledger not rebuilt ({exc})"
    from pledgewatch.store import open_store

    started = time.perf_counter()
    with open_store(url) as store:
        rebuild_ledger(store)
        pledges = store.counts()["pledges"]
    return f"ledger rebuilt: {pledges} pledges in {time.perf_counter() - started:.1f} s"


def build_demo_store(url: str) -> None:
    for args in (["ingest", "--quiet", str(DEMO_CORPUS)], ["code"]):
        subprocess.run(
            [sys.executable, "-m", "pledgewatch", "--db", url, *args],
            check=True,
            stdout=subprocess.DEVNULL,
            cwd=ROOT,
        )


# -- the server ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


SERVER = """
import os, sys, uvicorn
os.environ["PLEDGEWATCH_WEB_STORE_URL"] = sys.argv[1]
uvicorn.run("pledgewatch.web.app:app_from_env", factory=True, host="127.0.0.1",
            port=int(sys.argv[2]), workers=int(sys.argv[3]), log_level="warning", access_log=False)
"""


def start_server(
    url: str, port: int, workers: int = 1, *, response_cache: bool = True
) -> subprocess.Popen[bytes]:
    """The dashboard as ``pledgewatch serve --workers N`` runs it (uvicorn, app factory);
    ``response_cache=False`` sets ``PLEDGEWATCH_WEB_CACHE_MB=0`` to measure without it."""
    env = dict(os.environ)
    if not response_cache:
        env["PLEDGEWATCH_WEB_CACHE_MB"] = "0"
    process = subprocess.Popen(
        [sys.executable, "-c", SERVER, url, str(port), str(workers)],
        cwd=ROOT,
        env=env,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"the web app exited with status {process.returncode}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).status_code == 200:
                return process
        except httpx.HTTPError:
            time.sleep(0.3)
    process.kill()
    raise SystemExit("the web app did not answer /api/health within 60 s")


# -- the load ------------------------------------------------------------------------------------


def request_mix(url: str, seed: int) -> dict[str, list[str]]:
    """Route label -> paths to draw from: pages and API calls on real actor codes and ids.

    Clients pick a route uniformly, then one of its paths, so every route gets its share.
    """
    from sqlalchemy import func, select

    from pledgewatch.store import open_store, schema

    rng = random.Random(seed)
    ev, docs = schema.events, schema.documents
    with open_store(url) as store, store.reading() as connection:
        codes = [
            row[0]
            for row in connection.execute(
                select(ev.c.source)
                .where(ev.c.source.is_not(None))
                .group_by(ev.c.source)
                .order_by(func.count().desc())
                .limit(8)
            )
        ]
        doc_ids = [row[0] for row in connection.execute(select(docs.c.id).limit(2000))]
    doc_ids = rng.sample(doc_ids, min(50, len(doc_ids)))
    mix: dict[str, list[str]] = {path: [path] for path in ("/", "/ledger", "/api/actors")}
    mix["/api/ledger"] = ["/api/ledger"]
    mix["/search?q="] = [f"/search?q={term}" for term in SEARCH_TERMS]
    mix["/api/search?q="] = [f"/api/search?q={term}" for term in SEARCH_TERMS]
    mix["/actors/{code}"] = [f"/actors/{code}" for code in codes]
    mix["/api/actors/{code}/timeline"] = [f"/api/actors/{code}/timeline" for code in codes]
    mix["/api/actors/{code}/events"] = [
        f"/api/actors/{code}/events?page={page}" for code in codes for page in (1, 2, 5)
    ]
    mix["/documents/{id}"] = [f"/documents/{doc_id}" for doc_id in doc_ids]
    mix["/api/documents/{id}"] = [f"/api/documents/{doc_id}" for doc_id in doc_ids]
    return {route: paths for route, paths in mix.items() if paths}


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    statuses: dict[int, int] = field(default_factory=lambda: defaultdict(int))


async def drive(base: str, mix: dict[str, list[str]], clients: int, seconds: float, seed: int):
    tallies: dict[str, Tally] = defaultdict(Tally)
    rng = random.Random(seed)
    routes = sorted(mix)
    stop_at = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)

    async def client_loop(client: httpx.AsyncClient) -> None:
        while time.monotonic() < stop_at:
            route = rng.choice(routes)
            path = rng.choice(mix[route])
            tally = tallies[route]
            started = time.perf_counter()
            try:
                response = await client.get(path)
                await response.aread()
                status = response.status_code
            except httpx.HTTPError:
                status = 0
            tally.latencies.append(time.perf_counter() - started)
            tally.statuses[status] += 1
            if status == 0 or status >= 400:
                tally.errors += 1

    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        started = time.monotonic()
        await asyncio.gather(*(client_loop(client) for _ in range(clients)))
        elapsed = time.monotonic() - started
    return tallies, elapsed


# -- wrk: the load generator that leaves the CPU to the server ----------------------------------

WRK_SCRIPT = Path(__file__).resolve().parent / "web_mix.lua"


def lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wire_path(path: str) -> str:
    return quote(path, safe="/?=&%:")


def write_wrk_mix(mix: dict[str, list[str]], seed: int, path: Path) -> None:
    """The route mix as the Lua table ``web_mix.lua`` reads (routes in sorted order, paths
    percent-encoded as httpx sends them: wrk puts them on the request line as they are)."""
    routes = ",\n".join(
        f"  {{{lua_string(route)}, {{{', '.join(lua_string(wire_path(p)) for p in mix[route])}}}}}"
        for route in sorted(mix)
    )
    path.write_text(f"return {{seed = {seed}, routes = {{\n{routes}\n}}}}\n")


def drive_wrk(
    base: str, mix: dict[str, list[str]], clients: int, seconds: float, seed: int, workdir: Path
) -> tuple[dict[str, Tally], float]:
    """``clients`` wrk threads of one connection each for ``seconds``; per-route tallies."""
    mix_file = workdir / "mix.lua"
    write_wrk_mix(mix, seed, mix_file)
    command = [
        "wrk",
        "-t",
        str(clients),
        "-c",
        str(clients),
        "-d",
        f"{max(1, round(seconds))}s",
        "--timeout",
        "30s",
        "-s",
        str(WRK_SCRIPT),
        base,
    ]
    env = {**os.environ, "PLEDGEWATCH_WRK_MIX": str(mix_file)}
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"wrk failed ({done.returncode}): {done.stderr.strip()[:500]}")
    labels: dict[str, str] = {}
    records: list[str] = []
    total: list[int] = []
    for line in done.stdout.splitlines():
        kind, _, rest = line.partition("\t")
        if kind == "THREAD":
            records.append(rest)
        elif kind == "LABEL":
            index, _, label = rest.partition("\t")
            labels[index] = label
        elif kind == "TOTAL":
            total = [int(part) for part in rest.split("\t")]
    if not total:
        raise SystemExit(f"wrk printed no totals; its output:\n{done.stdout[-2000:]}")
    tallies: dict[str, Tally] = defaultdict(Tally)
    for record in records:
        for item in record.split(";"):
            if not item:
                continue
            index, status_text, micros = item.split(" ")
            tally = tallies[labels[index]]
            status = int(status_text)
            tally.latencies.append(int(micros) / 1e6)
            tally.statuses[status] += 1
            if status >= 400:
                tally.errors += 1
    _requests, duration_us, connect, read, write, _status, timeout = total
    socket_errors = connect + read + write + timeout
    if socket_errors:  # not tied to a route: wrk counts them per run
        tallies["(socket errors)"].errors += socket_errors
        tallies["(socket errors)"].statuses[0] += socket_errors
    return tallies, duration_us / 1e6


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def report(name: str, tallies: dict[str, Tally], elapsed: float) -> str:
    lines = [
        f"### {name}",
        "",
        "| route | requests | req/s | p50 (ms) | p99 (ms) | errors |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    every: list[float] = []
    errors = 0
    for route in sorted(tallies):
        tally = tallies[route]
        every.extend(tally.latencies)
        errors += tally.errors
        lines.append(
            f"| `{route}` | {len(tally.latencies):,} | {len(tally.latencies) / elapsed:,.1f} | "
            f"{percentile(tally.latencies, 0.5) * 1000:,.0f} | "
            f"{percentile(tally.latencies, 0.99) * 1000:,.0f} | {tally.errors} |"
        )
    lines.append(
        f"| **all** | {len(every):,} | {len(every) / elapsed:,.1f} | "
        f"{percentile(every, 0.5) * 1000:,.0f} | {percentile(every, 0.99) * 1000:,.0f} | "
        f"{errors} |"
    )
    bad = {route: dict(t.statuses) for route, t in tallies.items() if t.errors}
    if bad:
        lines.append("")
        lines.append(f"error statuses (0 = connection error/timeout): {bad}")
    if every:
        lines.append("")
        lines.append(f"mean latency {statistics.fmean(every) * 1000:.0f} ms over {elapsed:.1f} s")
    return "\n".join(lines)


def cold_pass(base: str, mix: dict[str, list[str]]) -> str:
    """Right after start-up: the first request of the heaviest route (the overview, which runs
    the trend report), then every path of the mix once, one at a time: the cold-start cost,
    reported apart from the load figures. It also leaves every cache of the mix warm."""
    lines = []
    with httpx.Client(base_url=base, timeout=120) as client:
        for path in ("/", "/ledger"):
            started = time.perf_counter()
            status = client.get(path).status_code
            lines.append(
                f"first `{path}` after start: {(time.perf_counter() - started) * 1000:,.0f} ms "
                f"(status {status})"
            )
        started = time.perf_counter()
        slowest: tuple[float, str] = (0.0, "")
        count = 0
        for route in sorted(mix):
            for path in mix[route]:
                begun = time.perf_counter()
                client.get(path)
                slowest = max(slowest, (time.perf_counter() - begun, path))
                count += 1
        lines.append(
            f"cold pass over the mix: {count} paths in {time.perf_counter() - started:.1f} s, "
            f"slowest `{slowest[1]}` {slowest[0] * 1000:,.0f} ms"
        )
    return "; ".join(lines)


def measure(name: str, url: str, args: argparse.Namespace, workdir: Path) -> str:
    port = free_port()
    started = time.perf_counter()
    server = start_server(url, port, args.workers, response_cache=not args.no_response_cache)
    up = time.perf_counter() - started
    try:
        mix = request_mix(url, args.seed)
        mix = {route: paths for route, paths in mix.items() if route not in args.skip_routes}
        base = f"http://127.0.0.1:{port}"
        cold = f"server answered /api/health {up:.1f} s after launch; " + cold_pass(base, mix)
        if args.workers > 1:  # the cold pass reached one worker; warm the others too
            asyncio.run(drive(base, mix, min(args.clients, 5), 2.0, args.seed))
        load_before = os.getloadavg()[0]
        if args.generator == "wrk":
            tallies, elapsed = drive_wrk(base, mix, args.clients, args.seconds, args.seed, workdir)
        else:
            tallies, elapsed = asyncio.run(drive(base, mix, args.clients, args.seconds, args.seed))
        load_after = os.getloadavg()[0]
    finally:
        os.killpg(server.pid, 9)
        server.wait()
    cache = "off" if args.no_response_cache else "on"
    return (
        report(name, tallies, elapsed)
        + f"\n\ngenerator {args.generator}, response cache {cache}, "
        + f"load average {load_before:.2f} before / {load_after:.2f} after\n{cold}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", default=None, help="large store URL to reuse or fill")
    parser.add_argument("--demo-store", default=None, help="demo store URL to reuse")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--workers", type=int, default=1, help="uvicorn worker processes (serve --workers)"
    )
    parser.add_argument(
        "--generator",
        choices=("auto", "wrk", "httpx"),
        default="auto",
        help="load generator: wrk (apt-get install wrk; light on CPU) or httpx (fallback); "
        "auto picks wrk when it is on PATH",
    )
    parser.add_argument(
        "--no-response-cache",
        action="store_true",
        help="serve with PLEDGEWATCH_WEB_CACHE_MB=0 (every request reaches the views)",
    )
    parser.add_argument("--skip-demo", action="store_true")
    parser.add_argument("--skip-large", action="store_true")
    parser.add_argument(
        "--skip-routes",
        type=lambda text: {part.strip() for part in text.split(",") if part.strip()},
        default=set(),
        help="route labels to leave out, e.g. /ledger,/api/ledger",
    )
    args = parser.parse_args()
    if args.generator == "auto":
        args.generator = "wrk" if shutil.which("wrk") else "httpx"
    elif args.generator == "wrk" and not shutil.which("wrk"):
        raise SystemExit("wrk is not installed: apt-get install wrk (or --generator httpx)")

    workdir = Path(tempfile.mkdtemp(prefix="pledgewatch-web-"))
    print(
        f"# bench_web {time.strftime('%Y-%m-%d %H:%M')} on {platform.node()}: {os.cpu_count()} "
        f"cores, {args.clients} clients, {args.seconds:.0f} s per store, "
        f"{args.workers} server worker(s), generator {args.generator}",
        flush=True,
    )
    sections = []
    try:
        if not args.skip_demo:
            demo = args.demo_store or f"sqlite:///{workdir / 'demo.db'}"
            if count_events(demo) == 0:
                started = time.perf_counter()
                build_demo_store(demo)
                print(f"demo store built in {time.perf_counter() - started:.0f} s", flush=True)
            print(rebuild_ledger_if_available(demo), flush=True)
            sections.append(
                measure(f"demo store ({count_events(demo):,} events)", demo, args, workdir)
            )
            print(sections[-1], flush=True)
        if not args.skip_large:
            large = args.store or f"sqlite:///{workdir / 'large.db'}"
            have = count_events(large)
            if have < args.events:
                if have:
                    raise SystemExit(
                        f"{large} holds {have} events, fewer than --events; use a new store"
                    )
                started = time.perf_counter()
                made = build_event_store(large, args.events, args.seed)
                print(
                    f"inserted {made:,} events in {time.perf_counter() - started:.0f} s", flush=True
                )
                print(rebuild_ledger_if_available(large), flush=True)
            sections.append(
                measure(f"large store ({count_events(large):,} events)", large, args, workdir)
            )
            print(sections[-1], flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
