"""CPU of one conditional GET answered 304, six ways (the bot's Fetcher to http.client), against one changed poll.

Why: issue 17's target 2a (an unchanged cycle at most 10% of the CPU of a changed one) is not met because the bare
conditional requests alone are 10-17% of a changed cycle (bench/cycle.py --sources 1000). This says how much of
that is the HTTP client: what the same GET costs through lighter clients, and what share of a changed poll each
would be.

What: per round, one after another (the order rotated each round, so that load from other work falls on all alike):
  - fetcher   the bot's own path: `Fetcher.get_if_changed` (scrapers/http.py: tenacity, pacing, the hand-off to the
              calling thread's request thread, requests), as a poll of an unchanged page makes it;
  - session   the Fetcher's requests Session (`scrapers/http_session.new_session`, the Fetcher's User-Agent), the
              call `Fetcher._request` makes (`stream=True`, timeouts, redirects allowed, the (empty) body read), on
              the calling thread;
  - session, unread  the same, the body left unread, as the Fetcher did before 2026-11-30: requests then closes the
              connection, and the next GET opens a new one;
  - requests  the same call as `session` on a plain `requests.Session()` (which reads the environment's proxy and
              CA variables on every request);
  - urllib3   `urllib3.PoolManager().request` (what requests calls underneath);
  - http.client  one kept `http.client.HTTPConnection`: `request` + `getresponse` + `read`;
  - changed poll  (unless --no-poll) --polls polls of sources whose page has a new item, through the real `App` as
              `python -m bot check` polls (bench/cycle.py's (a): fetch, parse, diff, classify, route, store; each
              round sources of its own, their baselines taken before the rounds), so that each GET's share of a
              changed poll comes from the same run, under the same load.
Every GET carries `If-None-Match` with the page's ETag (and the same User-Agent) and is checked: status 304 and the
same ETag sent back, each time (the fetcher's: `UNCHANGED`, nothing new seen (`seen_now`), and the server's count of
304 answers up by as many); each changed poll must succeed and find its one new entry. A wrong answer ends the run
with exit 1. The server also counts the connections each client opens in the timed rounds (conns/GET: 0 for a client
that keeps its connection).

How: the pages come from bench/feedserver.py with --etag, in its own process (its CPU is not counted). Each client
GETs --gets pages per round (paths of its own, one connection kept, as a poll thread keeps one); CPU is
`time.process_time()` of this process (every thread: the fetcher's request thread too) around the round's GETs,
wall `time.perf_counter()`. Each client makes its GETs once untimed first (connections opened, caches warm).
Figures are medians over --rounds of the per-GET (per-poll) CPU; the ratios (to the fetcher's GET, to a
changed poll) are taken within each round, then their median.

    .venv/bin/python bench/get_cost.py [--gets 300] [--polls 100] [--rounds 7] [--feed FILE] [--no-poll]

No target of its own: it explains target 2a. Prints a table and, for each client, its GET as a share of a changed
poll, and whether that share is under the 10% target 2a allows an unchanged poll.
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.cycle import DEFAULT_FEED, write_config  # noqa: E402
from bench.feedserver import FeedServer, set_mode  # noqa: E402

UNCHANGED_SHARE = 0.10  # issue 17, target 2a
CLIENT_PATHS = 50_000  # the GET clients' paths start here, far from the polled sources' /f/0.. (see main)


class WrongAnswer(Exception):
    """A GET or a poll answered other than it must: the run's figures would mean nothing."""


def etag_of(url: str) -> str:
    """The ETag the server gives `url` now (an unconditional GET)."""
    import urllib.request

    with urllib.request.urlopen(url, timeout=10) as response:
        response.read()
        etag = response.headers.get("ETag")
    if not etag:
        raise WrongAnswer(f"{url}: no ETag (is the server running with --etag?)")
    return etag


def check_304(client: str, url: str, status: int, etag_sent: str, etag_back: str | None) -> None:
    if status != 304 or etag_back != etag_sent:
        raise WrongAnswer(f"{client}: {url} answered {status}, ETag {etag_back!r} (sent {etag_sent!r}): want 304, same ETag")


def make_clients(pages: dict[str, list[tuple[str, str]]]) -> dict[str, Callable[[], int]]:
    """name -> a function making that client's GETs of its pages ((url, etag) each), each checked; returns how many."""
    import requests
    import urllib3

    from scrapers.http import UNCHANGED, USER_AGENT, Fetcher
    from scrapers.http_session import new_session

    headers_for = {url: {"If-None-Match": etag, "User-Agent": USER_AGENT} for group in pages.values() for url, etag in group}
    timeout = (10.0, 30.0)  # Fetcher's defaults

    fetcher = Fetcher(per_host_interval=0.0, attempts=1)
    for url, _etag in pages["fetcher"]:  # its first GET of each page: a 200 whose ETag it keeps, as a baseline poll's
        if fetcher.get_if_changed(url, "bench") is UNCHANGED:
            raise WrongAnswer(f"fetcher: {url} unchanged on its first GET")
        fetcher.settle("bench", [url], keep=True)

    def by_fetcher() -> int:
        for url, _etag in pages["fetcher"]:
            if fetcher.get_if_changed(url, "bench") is not UNCHANGED or fetcher.seen_now("bench", [url]):
                raise WrongAnswer(f"fetcher: {url} not answered 304")
            fetcher.settle("bench", [url], keep=True)
        return len(pages["fetcher"])

    def by_requests(name: str, session: requests.Session, read: bool = True) -> Callable[[], int]:
        def run() -> int:
            for url, etag in pages[name]:
                with session.get(url, headers={"If-None-Match": etag}, timeout=timeout, stream=True, allow_redirects=True) as response:
                    check_304(name, url, response.status_code, etag, response.headers.get("ETag"))
                    if read:  # the (empty) body, as the Fetcher reads it: else requests closes the connection
                        response.content
            return len(pages[name])

        return run

    ours = new_session()
    ours.headers["User-Agent"] = USER_AGENT  # as Fetcher does
    unread = new_session()  # a pool of its own: the connections it closes are not the other client's
    unread.headers["User-Agent"] = USER_AGENT
    plain = requests.Session()
    plain.headers["User-Agent"] = USER_AGENT
    pool = urllib3.PoolManager()

    def by_urllib3() -> int:
        for url, etag in pages["urllib3"]:
            response = pool.request("GET", url, headers=headers_for[url], timeout=urllib3.Timeout(connect=timeout[0], read=timeout[1]))
            check_304("urllib3", url, response.status, etag, response.headers.get("ETag"))
        return len(pages["urllib3"])

    first = urlsplit(pages["http.client"][0][0])
    connection = http.client.HTTPConnection(first.hostname or "127.0.0.1", first.port, timeout=timeout[1])

    def by_http_client() -> int:
        for url, etag in pages["http.client"]:
            connection.request("GET", urlsplit(url).path, headers=headers_for[url])
            response = connection.getresponse()
            response.read()
            check_304("http.client", url, response.status, etag, response.getheader("ETag"))
        return len(pages["http.client"])

    return {
        "fetcher": by_fetcher,
        "session": by_requests("session", ours),
        "session, unread": by_requests("session, unread", unread, read=False),
        "requests": by_requests("requests", plain),
        "urllib3": by_urllib3,
        "http.client": by_http_client,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description="CPU of one conditional GET answered 304, per HTTP client")
    parser.add_argument("--gets", type=int, default=300, help="GETs per client per round (default 300)")
    parser.add_argument("--polls", type=int, default=100, help="changed polls per round (default 100)")
    parser.add_argument("--rounds", type=int, default=7, help="rounds (default 7)")
    parser.add_argument("--feed", type=Path, default=DEFAULT_FEED, help="the feed every page serves (default ca4_1.xml)")
    parser.add_argument("--no-poll", action="store_true", help="leave out the changed polls (no share printed)")
    args = parser.parse_args()

    feed = args.feed.resolve()
    print(
        f"Conditional GETs answered 304, {args.gets} per client per round, {args.rounds} rounds, order rotated; "
        f"changed polls: {'none' if args.no_poll else f'{args.polls} per round'}; feed {feed.name} "
        f"({feed.stat().st_size} bytes, {feed.read_bytes().count(b'<item>')} items); {os.cpu_count()} CPUs, "
        f"load average before: {os.getloadavg()[0]:.2f}\n",
        flush=True,
    )
    with FeedServer(feed, new_items=1, etag=True) as server, tempfile.TemporaryDirectory(prefix="docketbot-getcost-") as tmp:
        set_mode(server.base, changed=False)
        names = ["fetcher", "session", "session, unread", "requests", "urllib3", "http.client"]
        pages = {
            name: [(url, etag_of(url)) for url in (server.url(CLIENT_PATHS + k * args.gets + i) for i in range(args.gets))]
            for k, name in enumerate(names)
        }
        clients: dict[str, Callable[[], int]] = make_clients(pages)
        poll = None if args.no_poll else changed_polls(server.base, args.polls, args.rounds + 1, Path(tmp))
        if poll is not None:
            clients["changed poll"] = poll
        for name, run in clients.items():  # untimed: connections opened, caches warm, the polls' baseline taken
            run()
        expected_304 = server.stats().get("304", 0)

        cpu: dict[str, list[float]] = {name: [] for name in clients}  # per GET (poll), seconds, one per round
        wall: dict[str, list[float]] = {name: [] for name in clients}
        connections = {name: 0 for name in names}  # connections each client opened in the timed rounds
        order = list(clients)
        for round_ in range(args.rounds):
            turn = order[round_ % len(order):] + order[: round_ % len(order)]
            for name in turn:
                opened = server.stats().get("connections", 0)
                cpu_start, wall_start = time.process_time(), time.perf_counter()
                count = clients[name]()
                cpu[name].append((time.process_time() - cpu_start) / count)
                wall[name].append((time.perf_counter() - wall_start) / count)
                if name != "changed poll":
                    expected_304 += count
                    # less the connection of the /_stats request that asks
                    connections[name] += server.stats().get("connections", 0) - opened - 1
            served_304 = server.stats().get("304", 0)
            if served_304 != expected_304:
                raise WrongAnswer(f"the server answered {served_304} GETs 304, the clients made {expected_304}")
            print(f"round {round_ + 1}/{args.rounds} done, load average {os.getloadavg()[0]:.2f}", flush=True)

    print()
    print_table(cpu, wall, {name: opened / (args.gets * args.rounds) for name, opened in connections.items()}, args)
    return 0


def changed_polls(base: str, count: int, turns: int, directory: Path) -> Callable[[], int]:
    """A function that, at each call, makes one changed poll of each of `count` sources through the real App, as
    `check` polls them, each checked (ok, one new entry); returns how many. Each of the `turns` calls polls sources
    of its own (/f/0.. of the server at `base`, `count` a turn), each source's page with its first new item, as
    bench/cycle.py's changed cycle (a page's later new items may share a docket number with another page's:
    feedserver.py keeps them apart within one serial only). The first call takes every turn's baseline first
    (unchanged pages). Switches the server to changed pages for the polls, and back."""
    from bot.app import App

    app = App.from_env({"DATABASE_URL": f"sqlite:///{directory / 'bench.db'}"},
                       str(write_config(directory, base, count * turns)))
    blocks = [app.config.sources[turn * count : (turn + 1) * count] for turn in range(turns)]
    taken = iter(blocks)
    baseline_taken: list[bool] = []

    def poll(sources: list, baseline: bool) -> None:
        with app.poller.batch(sources):
            for source in sources:
                result = app.poll(source)
                if not result.ok or (not baseline and len(result.new) != 1):
                    raise WrongAnswer(
                        f"changed poll of {source.id}: error {result.error}, {len(result.new)} new entries (want 1), "
                        f"busy={result.busy}, unchanged={result.unchanged}, parsed={result.parsed}, "
                        f"joined={len(result.joined)}, edited={len(result.edited)}")

    def run() -> int:
        if not baseline_taken:  # the first call: every turn's baseline (untimed)
            poll(app.config.sources, baseline=True)
            baseline_taken.append(True)
        sources = next(taken, None)
        if sources is None:
            raise WrongAnswer(f"changed polls: more than {turns} turns asked for")
        set_mode(base, changed=True)
        try:
            poll(sources, baseline=False)
        finally:
            set_mode(base, changed=False)
        return count

    return run


def print_table(
    cpu: dict[str, list[float]], wall: dict[str, list[float]], connections: dict[str, float], args: argparse.Namespace
) -> None:
    """The table: per client the median CPU (and wall) of a GET over the rounds, the connections it opened per GET,
    and two ratios each taken within a round (so that load that moves from round to round cancels out), then their
    median: against the fetcher's GET, and against one changed poll."""
    polled = "changed poll" in cpu

    def ratio(name: str, to: str) -> float:
        return statistics.median(mine / theirs for mine, theirs in zip(cpu[name], cpu[to], strict=True))

    header = (f"{'client':<16} {'CPU us/GET median':>17} {'min':>7} {'max':>7} {'wall us':>8} {'conns/GET':>9} "
              f"{'vs fetcher':>10} {'of a changed poll':>17}")
    print(header)
    print("-" * len(header))
    for name, values in cpu.items():
        is_poll = name == "changed poll"
        share = f"{ratio(name, 'changed poll'):.1%}" if polled and not is_poll else ""
        relative = "" if is_poll else f"{ratio(name, 'fetcher'):.2f}x"
        opened = "" if is_poll else f"{connections[name]:.2f}"
        print(
            f"{name:<16} {statistics.median(values) * 1e6:>17.0f} {min(values) * 1e6:>7.0f} {max(values) * 1e6:>7.0f} "
            f"{statistics.median(wall[name]) * 1e6:>8.0f} {opened:>9} {relative:>10} {share:>17}"
            + ("  (per poll)" if is_poll else "")
        )
    checked = ", every changed poll found its new entry." if polled else "."
    print(f"\n{args.rounds} rounds; every GET answered 304 with its ETag{checked}")
    print("Ratios: medians of the ratios within each round.")
    if polled:
        for name in connections:
            of_poll = ratio(name, "changed poll")
            verdict = "under" if of_poll <= UNCHANGED_SHARE else "over"
            print(f"  {name}: one GET = {of_poll:.1%} of a changed poll, {verdict} the {UNCHANGED_SHARE:.0%} an unchanged "
                  "poll may cost in all (target 2a)")


if __name__ == "__main__":
    try:
        sys.exit(main())
    except WrongAnswer as wrong:
        print(f"WRONG ANSWER: {wrong}", file=sys.stderr)
        sys.exit(1)
