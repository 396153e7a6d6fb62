"""Capacity at real latency: `python -m bot run` with 10,000 sources every 15 minutes on courts that take 1 s
(or --delay) to answer each request. Issue 17, target 1.

What, over the first --run seconds of the worker (default 600: the first cycle, in which every source is due at
once, the hard one, and a few minutes after; a whole 15-minute cycle would not fit the 20 minutes a benchmark
may take):
  lateness    of each source's first turn: when its GET reached the court minus when the turn was due. Due: when
              the worker said its sources were scheduled, plus the first-turn delay it gives the k-th source of
              one server (k x http.per_host_interval, bot/schedule/triggers.py first_turn_delays). The reference
              is at most the worker's scheduling time late (printed), so lateness is if anything under-counted by
              that much. A turn the scheduler dropped (it was later than its misfire grace: half its period;
              "was missed by" in the worker's log) or a source never polled counts as not on time;
  poll -> Slack for each filing that appears during the run: from the GET that first served it to the fake
              Slack's chat.postMessage of it (slack.post_interval 0: Slack's per-channel pacing not counted).
              Filings appear, --gap seconds apart on average, on the --hot sources (every --hot-every seconds
              instead of 15 minutes, spread over the servers), once their first poll (the baseline) is served;
  heartbeats  the worker's heartbeat in the store, read every 0.25 s: each beat's lateness against the first
              beat plus k x 30 s;
  CPU         the worker process's user+system seconds (/proc/<pid>/stat) over the run, as a share of 2 cores;
  memory      its peak RSS (VmHWM);
  politeness  the shortest time between two requests to one server (http.per_host_interval stays 1 s).
How: the courts are bench/feedserver.py's Courts in this process: --hosts servers (127.0.0.1, .2, ...), the
sources split over them in runs (a court's sources listed together, as configs do), each answering after --delay
seconds with --feed (default wvsd.xml, 3 items). Slack is tests/fakes/slack_api.py's FakeSlack, reached by the
real SlackNotifier (SLACK_API_URL). The store is a temp SQLite file. `worker.poll_threads` is the shipped default
unless --poll-threads. Times are this process's time.perf_counter(); the worker's heartbeat times are its clock.

    nice -n 5 .venv/bin/python bench/capacity.py [--sources 10000] [--delay 1] [--hosts 200] [--run 600]
                                                 [--hot 100] [--hot-every 60] [--gap 2] [--poll-threads N]

Targets (issue 17, 1): at least 99% of polls start within their interval plus jitter (here: the 15-minute
sources' first turns, no jitter); poll -> Slack p99 < 2 s; heartbeats never late (here: none later than 1 s,
none missing); under 50% of the 2 cores and under 300 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.feedserver import Courts, Feed
from bench.latency import percentile, record_posts
from bot.ops.status import WORKER_HEARTBEAT
from bot.store import Store
from tests.fakes.slack_api import FakeSlack

DEFAULT_FEED = ROOT / "tests" / "fixtures" / "pacer_rss" / "wvsd.xml"
EVERY_SECONDS = 15 * 60
PER_HOST_INTERVAL = 1.0  # the shipped http.per_host_interval
HEARTBEAT_SECONDS = 30  # bot/worker/main.py
CORES = 2
ON_TIME_SHARE = 0.99
P99_POLL_TO_SLACK = 2.0
HEARTBEAT_LATE = 1.0
CPU_SHARE = 0.5
RSS_MB = 300
_MISSED = re.compile(r'Run time of job "poll (\S+) ')


def write_config(directory: Path, args: argparse.Namespace, courts: Courts) -> Path:
    lines = ["http:", f"  per_host_interval: {PER_HOST_INTERVAL:g}s", "  read_timeout: 30s", "slack:",
             "  post_interval: 0s"]
    if args.poll_threads:
        lines += ["worker:", f"  poll_threads: {args.poll_threads}"]
    lines += ["sources:"]
    for i in range(args.sources):
        every = args.hot_every if i in hot_sources(args) else EVERY_SECONDS
        lines += [f"  - id: s{i:05d}", "    kind: pacer_rss", f"    url: {courts.source_url(i)}", f"    every: {every:g}s"]
    lines += ["subscriptions:", '  - channel: "#filings"', '    sources: ["*"]']
    path = directory / "sources.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def hot_sources(args: argparse.Namespace) -> frozenset[int]:
    """The sources filings appear on: --hot of them, evenly spread over the sources (and so the servers)."""
    if not args.hot:
        return frozenset()
    step = args.sources / args.hot
    return frozenset(int(k * step) for k in range(args.hot))


def first_turn_delay(args: argparse.Namespace, source: int) -> float:
    """The worker's delay of this source's first turn: its rank on its server x per_host_interval (the servers
    hold runs of sources: Courts.base)."""
    server = source * args.hosts // args.sources
    first_on_server = -(-server * args.sources // args.hosts)  # the smallest i with i * hosts // sources == server
    return (source - first_on_server) * PER_HOST_INTERVAL


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime, stime


def peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


class Lines:
    """The worker's stdout, each line with the perf_counter time it was read."""

    def __init__(self, stream) -> None:
        self.lines: list[tuple[float, str]] = []
        threading.Thread(target=self._read, args=(stream,), daemon=True).start()

    def _read(self, stream) -> None:
        for line in stream:
            self.lines.append((time.perf_counter(), line))

    def when(self, text: str) -> float | None:
        return next((at for at, line in self.lines if text in line), None)


def watch_heartbeats(store: Store, stop: threading.Event, beats: list[datetime]) -> None:
    while not stop.wait(0.25):
        for name, beat in store.heartbeats(WORKER_HEARTBEAT).items():
            if name != WORKER_HEARTBEAT and (not beats or beat > beats[-1]):
                beats.append(beat)


def run(args: argparse.Namespace) -> dict:
    feed = Feed(args.feed.read_bytes(), 1)
    hot = sorted(hot_sources(args))
    rng = random.Random(args.seed)
    with (FakeSlack() as slack, Courts(feed, args.sources, args.delay, args.hosts) as courts,
          tempfile.TemporaryDirectory() as tmp):
        posted = record_posts(slack)
        config = write_config(Path(tmp), args, courts)
        database = f"sqlite:///{Path(tmp) / 'bench.db'}"
        env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": database,
               "SLACK_BOT_TOKEN": slack.token, "SLACK_API_URL": slack.base_url, "DOCKETBOT_LOG_FORMAT": "text"}
        log_path = Path(tmp) / "worker.log"
        started = time.perf_counter()
        with open(log_path, "w") as log:
            worker = subprocess.Popen([sys.executable, "-m", "bot", "run", "--log-level", "WARNING"], cwd=ROOT,
                                      env=env, stdout=subprocess.PIPE, stderr=log, text=True)
        out = Lines(worker.stdout)
        stop = threading.Event()
        beats: list[datetime] = []
        try:
            while out.when("source(s) scheduled") is None:
                if worker.poll() is not None:
                    raise SystemExit(f"the worker exited {worker.returncode}:\n{log_path.read_text()[-3000:]}")
                time.sleep(0.05)
            scheduling = out.when("source(s) to schedule") or started
            scheduled = out.when("source(s) scheduled")
            store = Store.open(database)
            threading.Thread(target=watch_heartbeats, args=(store, stop, beats), daemon=True).start()
            cpu_start = cpu_seconds(worker.pid)
            end = scheduled + args.run
            first_cycle_done: float | None = None
            cpu_first_cycle = 0.0
            next_filing = time.perf_counter()
            while time.perf_counter() < end:
                now = time.perf_counter()
                if first_cycle_done is None and all(courts.gets):
                    first_cycle_done, cpu_first_cycle = now, cpu_seconds(worker.pid)
                if now >= next_filing and now < end - args.hot_every - 30:
                    ready = [i for i in hot if courts.served[i]]  # its baseline was served
                    if ready:
                        courts.file(rng.choice(ready))
                    next_filing = now + rng.expovariate(1 / args.gap)
                time.sleep(0.02)
            cpu_end, rss = cpu_seconds(worker.pid), peak_rss_mb(worker.pid)
            stop.set()
            store.close()
        finally:
            worker.send_signal(signal.SIGTERM)
            try:
                worker.wait(timeout=60)
            except subprocess.TimeoutExpired:
                worker.kill()
                worker.wait()
        log_text = log_path.read_text()
        if "Traceback" in log_text:
            raise SystemExit(f"the worker logged a traceback:\n{log_text[-3000:]}")
        return {
            "scheduling": scheduled - scheduling, "scheduled": scheduled, "started": started, "end": end,
            "arrivals": [list(times) for times in courts.arrivals], "appeared": dict(courts.appeared),
            "polled": dict(courts.polled), "posted": dict(posted), "beats": beats,
            "cpu": cpu_end - cpu_start, "cpu_first_cycle": cpu_first_cycle - cpu_start if first_cycle_done else None,
            "first_cycle": first_cycle_done - scheduled if first_cycle_done else None, "rss": rss,
            "missed": [match.group(1) for match in _MISSED.finditer(log_text)],
            "servers": [courts.base(i) for i in range(args.sources)],
        }


def verdict(ok: bool) -> str:
    return "MET" if ok else "NOT MET"


def report(args: argparse.Namespace, m: dict) -> bool:
    hot = hot_sources(args)
    slow = [i for i in range(args.sources) if i not in hot]
    late = {i: m["arrivals"][i][0] - (m["scheduled"] + first_turn_delay(args, i)) for i in slow if m["arrivals"][i]}
    missed_ids = set(m["missed"])
    on_time = [i for i, seconds in late.items() if seconds <= EVERY_SECONDS and f"s{i:05d}" not in missed_ids]
    wall = m["end"] - m["scheduled"]
    print(f"worker: scheduling its {args.sources} sources took {m['scheduling']:.1f} s (the lateness below may be "
          f"under-counted by up to that); first cycle (every source polled once) "
          + (f"done {m['first_cycle']:.0f} s after the start" if m["first_cycle"] else "NOT done within the run"))
    values = sorted(late.values())
    if values:
        print(f"first-turn lateness of the {len(slow)} 15-minute sources: p50 {statistics.median(values):.1f} s, "
              f"p90 {percentile(values, 0.9):.1f} s, p99 {percentile(values, 0.99):.1f} s, max {values[-1]:.1f} s; "
              f"{len(slow) - len(late)} never polled; {len(m['missed'])} turn(s) dropped by the scheduler "
              f"({len([s for s in m['missed'] if int(s[1:]) in hot])} of them of the {len(hot)} sources polled every "
              f"{args.hot_every:g} s)")
    share = len(on_time) / len(slow) if slow else 0.0
    ok_time = share >= ON_TIME_SHARE
    print(f"Target: >= {ON_TIME_SHARE:.0%} of polls start within their interval plus jitter ({EVERY_SECONDS} s): "
          f"{share:.2%} -> {verdict(ok_time)}")

    filings = sorted(m["polled"].keys() & m["posted"].keys())
    unposted = len(m["polled"].keys() - m["posted"].keys())
    delays = [m["posted"][f] - m["polled"][f] for f in filings]
    ok_post = bool(delays) and percentile(delays, 0.99) < P99_POLL_TO_SLACK and not unposted
    if delays:
        print(f"poll -> Slack over {len(delays)} filings ({len(m['appeared'])} appeared, "
              f"{len(m['appeared'].keys() - m['polled'].keys())} not served by a poll (fell off the feed, or came after the last), {unposted} polled "
              f"and not posted): p50 {statistics.median(delays) * 1000:.0f} ms, p90 {percentile(delays, 0.9) * 1000:.0f} ms, "
              f"p99 {percentile(delays, 0.99) * 1000:.0f} ms, max {max(delays) * 1000:.0f} ms")
    if delays and m["first_cycle"]:
        cycle_end = m["scheduled"] + m["first_cycle"]
        for name, part in (("during", [f for f in filings if m["polled"][f] <= cycle_end]),
                           ("after", [f for f in filings if m["polled"][f] > cycle_end])):
            if part:
                values = [m["posted"][f] - m["polled"][f] for f in part]
                print(f"  polled {name} the first cycle: {len(part)} filings, p50 {statistics.median(values) * 1000:.0f} "
                      f"ms, p99 {percentile(values, 0.99) * 1000:.0f} ms")
    print(f"Target: poll -> Slack p99 < {P99_POLL_TO_SLACK:g} s, every polled filing posted -> {verdict(ok_post)}")

    beats = m["beats"]
    lateness = [(beat - beats[0]).total_seconds() - k * HEARTBEAT_SECONDS for k, beat in enumerate(beats)]
    expected = int(wall // HEARTBEAT_SECONDS)
    ok_beat = len(beats) >= expected and max(lateness, default=0.0) <= HEARTBEAT_LATE
    print(f"heartbeats: {len(beats)} seen (at least {expected} expected), latest {max(lateness, default=0.0):.2f} s "
          f"late against the first beat plus k x {HEARTBEAT_SECONDS} s")
    print(f"Target: heartbeats never late (none over {HEARTBEAT_LATE:g} s, none missing) -> {verdict(ok_beat)}")

    share_cpu = m["cpu"] / (CORES * wall)
    first = ""
    if m["first_cycle"]:
        first = (f"; during the first cycle {m['cpu_first_cycle']:.0f} CPU-s in {m['first_cycle']:.0f} s = "
                 f"{m['cpu_first_cycle'] / (CORES * m['first_cycle']):.0%}")
    print(f"worker CPU: {m['cpu']:.0f} CPU-s over {wall:.0f} s = {share_cpu:.1%} of {CORES} cores{first}; "
          f"peak RSS {m['rss']:.0f} MB")
    ok_cpu, ok_rss = share_cpu < CPU_SHARE, m["rss"] < RSS_MB
    print(f"Target: under {CPU_SHARE:.0%} of the {CORES} cores over the run -> {verdict(ok_cpu)}")
    print(f"Target: under {RSS_MB} MB -> {verdict(ok_rss)}")

    gaps = []
    by_server: dict[str, list[float]] = {}
    for i, times in enumerate(m["arrivals"]):
        by_server.setdefault(m["servers"][i], []).extend(times)
    for times in by_server.values():
        times.sort()
        gaps += [later - earlier for earlier, later in zip(times, times[1:])]
    print(f"politeness: {sum(len(t) for t in m['arrivals'])} requests; the shortest time between two requests to one "
          f"server {min(gaps, default=0):.3f} s (http.per_host_interval {PER_HOST_INTERVAL:g} s)")
    return ok_time and ok_post and ok_beat and ok_cpu and ok_rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=10_000, help="pacer_rss sources (10000)")
    parser.add_argument("--delay", type=float, default=1.0, help="seconds each court takes to answer (1)")
    parser.add_argument("--hosts", type=int, default=200, help="court servers the sources are spread over (200)")
    parser.add_argument("--run", type=float, default=600, help="seconds measured from the worker's start (600)")
    parser.add_argument("--hot", type=int, default=100, help="sources filings appear on (100)")
    parser.add_argument("--hot-every", type=float, default=60, help="their `every`, seconds (60)")
    parser.add_argument("--gap", type=float, default=2.0, help="mean seconds between two filings (2)")
    parser.add_argument("--poll-threads", type=int, default=0, help="worker.poll_threads (default: the shipped one)")
    parser.add_argument("--feed", type=Path, default=DEFAULT_FEED, help="the feed every court serves (wvsd.xml)")
    parser.add_argument("--seed", type=int, default=17)
    args = parser.parse_args()
    print(f"{args.sources} sources ({args.hot} of them every {args.hot_every:g} s, the others every 15 min) on "
          f"{args.hosts} servers answering after {args.delay:g} s; feed {args.feed.name}; worker.poll_threads "
          f"{args.poll_threads or 'shipped default'}; run {args.run:g} s; {os.cpu_count()} CPUs, load average at "
          f"start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    measured = run(args)
    print(f"(load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())})\n")
    return 0 if report(args, measured) else 1


if __name__ == "__main__":
    sys.exit(main())
