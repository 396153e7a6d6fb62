"""Cost of one poll cycle over many pacer_rss sources: wall time, CPU seconds and peak memory.

What: for 1,000 and 10,000 sources (--sources), one poll of every source through the real Poller
(bot.app.App: real config file, Fetcher over HTTP, pacer_rss parser, diff, classify, route, SQLite
store in a temp dir), measured for
  - the first poll (the baseline: every entry is new to the store, nothing is posted),
  - (a) a cycle where every page changed (each feed has --new-items new items prepended, as many old
        ones drop off its end; each new one goes to the outbox, which is not delivered: delivery is
        not part of this measurement),
  - (b) a cycle where nothing changed (every feed is byte for byte what the previous poll saw),
  - (c) for reference, only the bare conditional request of every source through the bot's Fetcher
        (`get_if_changed`: the GET with the validators it kept, and the digest of a body it got; no parse,
        no store): the floor for any poll that must ask the court whether the page changed.
How: the feeds come from bench/feedserver.py, a threaded HTTP/1.1 server on 127.0.0.1 in its own
process (its CPU is not counted), serving --feed at /f/<i> for source i. Each size runs in a fresh
worker process, so that its peak RSS is its own; CPU is resource.getrusage(RUSAGE_SELF) user+sys of
that process around the cycle, wall is time.perf_counter, peak RSS is ru_maxrss after the cycle
(the process's peak so far: startup, config and every earlier cycle included). Polls run one after
another, as `python -m bot check` does (in one Poller.batch: sources claimed 32 to a write, the records of
unchanged polls written with those claims); `http.per_host_interval` is 0 (all sources share one host).
With --run, polls are made as `python -m bot run`'s poll threads make them: each source claimed alone, the record
of an unchanged poll written with the next claim, those left written at the cycle's end (as its flush job writes
them within seconds). Each cycle counts its store commits (writes).
The server sends no ETag or Last-Modified (PACER's do not); with --etag it does, and answers a
matching If-None-Match with 304, so the bot's conditional GET is measured instead of its same-bytes
check. The feed is a real PACER one: tests/fixtures/pacer_rss/ca4_1.xml by default (20 items, 11 kB; the
feeds of ../shared hold 2 to 432 items); --feed wvsd.xml (3 items) makes 10,000 sources fit in a few minutes.

    .venv/bin/python bench/cycle.py [--sources 1000 10000] [--feed tests/fixtures/pacer_rss/ca4_1.xml]
                                    [--new-items 1] [--etag] [--profile] [--run]

Targets: an unchanged cycle costs <= 10% of the CPU of a changed one and <= 1.3x the CPU of (c) (issue 17,
target 2); 10,000 sources polled every
15 minutes use under half of one 2-core machine (CPU seconds per cycle <= 0.5 x 2 cores x 900 s
= 900 CPU-s) and under 300 MB peak RSS. --profile prints a cProfile of one more unchanged cycle,
run after the measured ones (so the table is not slowed down by the profiler).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.feedserver import FeedServer, set_mode
from bot.core.events import EVENT_TYPES

DEFAULT_FEED = ROOT / "tests" / "fixtures" / "pacer_rss" / "ca4_1.xml"
INTERVAL_SECONDS = 15 * 60
CORES = 2
MACHINE_SHARE = 0.5
CPU_BUDGET = MACHINE_SHARE * CORES * INTERVAL_SECONDS  # 900 CPU-seconds per 15-minute cycle
RSS_BUDGET_MB = 300
UNCHANGED_SHARE = 0.10
UNCHANGED_OVER_REQUESTS = 1.3


def write_config(directory: Path, base: str, count: int) -> Path:
    lines = ["http:", "  per_host_interval: 0s", "  attempts: 1", "sources:"]
    for index in range(count):
        lines += [f"  - id: s{index:05d}", "    kind: pacer_rss", f"    url: {base}/f/{index}"]
    lines += ["subscriptions:", '  - channel: "#bench"', '    sources: ["*"]', f"    events: [{', '.join(EVENT_TYPES)}]"]
    path = directory / "sources.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes


def measure(name: str, run) -> dict:
    cpu, wall = cpu_seconds(), time.perf_counter()
    counts = run()
    return {"cycle": name, "wall": time.perf_counter() - wall, "cpu": cpu_seconds() - cpu, "rss": peak_rss_mb(), **counts}


def worker(base: str, count: int, profile: bool, as_run: bool) -> None:
    """One size, in its own process: startup, then the three cycles; prints one JSON line per phase. `as_run`: the
    cycles poll as `run` does, else as `check` does."""
    from sqlalchemy import event

    from bot.app import App

    with tempfile.TemporaryDirectory(prefix="docketbot-cycle-") as tmp:
        directory = Path(tmp)
        config = write_config(directory, base, count)
        environ = {"DATABASE_URL": f"sqlite:///{directory / 'bench.db'}"}
        apps = []
        print(json.dumps(measure("startup (config + store)", lambda: apps.append(App.from_env(environ, str(config))) or {})))
        app = apps[0]
        commits: list[int] = []
        event.listen(app.store.engine, "commit", lambda _conn: commits.append(1))

        def cycle() -> dict:
            new = failed = 0
            before = len(commits)
            # as `check` polls: claims and quiet records batched; as `run` does, claims one at a time
            with app.poller.batch(() if as_run else app.config.sources):
                for source in app.config.sources:
                    result = app.poll(source)
                    new += len(result.new)
                    failed += not result.ok
            return {"new": new, "failed": failed, "commits": len(commits) - before}

        def requests_only() -> dict:
            for source in app.config.sources:
                app.poller.fetcher.get_if_changed(source.url, source.id)
            return {}

        set_mode(base, changed=False)
        print(json.dumps(measure("first poll (baseline)", cycle)), flush=True)
        set_mode(base, changed=True)
        print(json.dumps(measure("(a) every page changed", cycle)), flush=True)
        set_mode(base, changed=False)
        print(json.dumps(measure("(b) nothing changed", cycle)), flush=True)
        print(json.dumps(measure("(c) conditional GET only", requests_only)), flush=True)
        if profile:
            profile_unchanged_cycle(cycle)
        app.close()


def profile_unchanged_cycle(cycle) -> None:
    """One more unchanged cycle under cProfile (not in the table: profiling slows it down), timed in this process's
    CPU seconds (time.process_time), as the table is: waiting for the feed server or for a fetch thread costs nothing."""
    import cProfile
    import pstats

    profiler = cProfile.Profile(time.process_time)
    profiler.runcall(cycle)
    stats = pstats.Stats(profiler, stream=sys.stderr)
    print("\nProfile of one more unchanged cycle (CPU seconds, cumulative, top 45):", file=sys.stderr)
    stats.sort_stats("cumulative").print_stats(45)


def run_size(feed: Path, new_items: int, etag: bool, count: int, profile: bool, as_run: bool) -> list[dict]:
    with FeedServer(feed, new_items, etag) as server:
        command = [sys.executable, __file__, "--worker", server.base, "--sources", str(count)]
        command += ["--profile"] if profile else []
        command += ["--run"] if as_run else []
        done = subprocess.run(command, check=False, capture_output=True, text=True, cwd=ROOT)
        if done.returncode != 0:
            raise SystemExit(f"worker for {count} sources failed (exit {done.returncode}):\n{done.stderr[-3000:]}")
        if profile:
            print(done.stderr)
        print(f"feed server, {count} sources: requests served {server.stats()}")
        return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def print_results(results: dict[int, list[dict]]) -> None:
    header = (f"{'sources':>7}  {'phase':<26} {'wall s':>8} {'CPU s':>8} {'CPU ms/source':>13} {'new':>6} {'failed':>6} "
              f"{'writes/poll':>11} {'peak RSS MB':>11}")
    print(header)
    print("-" * len(header))
    for count, phases in results.items():
        for phase in phases:
            per_source = f"{phase['cpu'] * 1000 / count:.2f}" if phase["cycle"].startswith(("(", "first")) else ""
            new = str(phase.get("new", ""))
            failed = str(phase.get("failed", ""))
            writes = f"{phase['commits'] / count:.3f}" if "commits" in phase else ""
            print(
                f"{count:>7}  {phase['cycle']:<26} {phase['wall']:>8.2f} {phase['cpu']:>8.2f} {per_source:>13} {new:>6} {failed:>6} "
                f"{writes:>11} {phase['rss']:>11.1f}"
            )
    print()
    for count, phases in results.items():
        by_name = {phase["cycle"]: phase for phase in phases}
        changed, unchanged = by_name["(a) every page changed"], by_name["(b) nothing changed"]
        share = unchanged["cpu"] / changed["cpu"]
        verdict = "MET" if share <= UNCHANGED_SHARE else "NOT MET"
        print(
            f"Target ({count} sources): unchanged cycle <= {UNCHANGED_SHARE:.0%} of the CPU of a changed one. "
            f"Measured: {unchanged['cpu']:.2f} / {changed['cpu']:.2f} CPU-s = {share:.1%} -> {verdict}"
        )
        bare = by_name["(c) conditional GET only"]["cpu"]
        over = unchanged["cpu"] / bare
        print(
            f"Target ({count} sources): unchanged cycle <= {UNCHANGED_OVER_REQUESTS:g}x the CPU of its bare conditional "
            f"requests. Measured: {unchanged['cpu']:.2f} / {bare:.2f} CPU-s = {over:.2f}x -> "
            f"{'MET' if over <= UNCHANGED_OVER_REQUESTS else 'NOT MET'} (the requests alone are {bare / changed['cpu']:.1%} "
            "of the changed cycle)"
        )
    biggest = max(results)
    phases = {phase["cycle"]: phase for phase in results[biggest]}
    worst_cpu = max(phases["(a) every page changed"]["cpu"], phases["(b) nothing changed"]["cpu"])
    scale = 10_000 / biggest
    projected = worst_cpu * scale
    cpu_verdict = "MET" if projected <= CPU_BUDGET else "NOT MET"
    print(
        f"Target (10,000 sources every 15 min): CPU per cycle <= {MACHINE_SHARE} x {CORES} cores x {INTERVAL_SECONDS} s "
        f"= {CPU_BUDGET:.0f} CPU-s. Measured"
        + (f" (scaled from {biggest} sources x{scale:g})" if biggest != 10_000 else "")
        + f": {projected:.1f} CPU-s in the costlier cycle = {projected / CPU_BUDGET:.1%} of the budget, "
        f"{projected / (CORES * INTERVAL_SECONDS):.1%} of the machine -> {cpu_verdict}"
    )
    worst_wall = max(phases["(a) every page changed"]["wall"], phases["(b) nothing changed"]["wall"]) * scale
    print(
        f"  (wall: one sequential cycle of 10,000 sources takes {worst_wall:.0f} s of the {INTERVAL_SECONDS} s interval)"
    )
    if biggest == 10_000:
        rss = max(phase["rss"] for phase in results[biggest])
        rss_verdict = "MET" if rss < RSS_BUDGET_MB else "NOT MET"
        print(f"Target (10,000 sources): peak RSS < {RSS_BUDGET_MB} MB. Measured: {rss:.1f} MB -> {rss_verdict}")
    else:
        print(f"Target (10,000 sources): peak RSS < {RSS_BUDGET_MB} MB -> NOT CHECKED (run with --sources 10000)")


def main() -> int:
    parser = argparse.ArgumentParser(description="wall, CPU and peak RSS of one poll cycle over many sources")
    parser.add_argument("--sources", type=int, nargs="+", default=[1000, 10_000], help="sizes (default 1000 10000)")
    parser.add_argument("--feed", type=Path, default=DEFAULT_FEED, help="the feed every source serves (default ca4_1.xml)")
    parser.add_argument("--new-items", type=int, default=1, help="new items per feed in the changed cycle (default 1)")
    parser.add_argument("--etag", action="store_true", help="the server sends ETags and answers 304")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the unchanged cycle")
    parser.add_argument("--run", action="store_true", help="poll as `python -m bot run` does, not as `check`")
    parser.add_argument("--worker", metavar="BASE_URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.worker, args.sources[0], args.profile, args.run)
        return 0
    feed = args.feed.resolve()
    print(
        f"One poll of every source; feed {feed.relative_to(ROOT) if feed.is_relative_to(ROOT) else feed} "
        f"({feed.stat().st_size} bytes, {feed.read_bytes().count(b'<item>')} items), "
        f"{args.new_items} new item(s) per feed in the changed cycle; "
        f"server ETags {'on (304 when unchanged)' if args.etag else 'off (as PACER)'}; polled as "
        f"`{'run' if args.run else 'check'}` polls; {os.cpu_count()} CPUs, "
        f"load average before: {os.getloadavg()[0]:.2f}\n"
    )
    results = {count: run_size(feed, args.new_items, args.etag, count, args.profile, args.run) for count in args.sources}
    print()
    print_results(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
