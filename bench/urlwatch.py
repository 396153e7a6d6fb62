"""One check of 1,000 local feeds: urlwatch against `python -m bot check` (or, with --worker, against one cycle of
our long-running worker), wall time side by side.

What: the wall time of one whole run of each tool over the same --pages local pages (real PACER feeds),
  - urlwatch:  bench/.venv-urlwatch/bin/urlwatch --urls urls.yaml --config urlwatch.yaml --cache cache.db
               (one `url:` job per page; stdout reporter only, no colour; urlwatch 2.x runs 10 jobs at a time)
  - ours:      .venv/bin/python -m bot --config sources.yaml check  (DATABASE_URL: a temp SQLite file;
               one pacer_rss source per page, one subscription for every event; no Slack token, so posts
               go to the console; `http.per_host_interval: 0s`, since all pages share one host, and
               `slack.post_interval: 0s`, since the console is not Slack: urlwatch's stdout has no pacing)
each as a fresh process, so interpreter start-up, imports and reading its config count too. Each tool
is run once to seed its state (untimed), then timed --repeat times (median) with every page unchanged,
and --repeat times with every page changed (each fetch sees --new-items new items prepended).
How: each tool gets its own bench/feedserver.py process on 127.0.0.1 (identical pages, identical history),
so neither sees the other's fetches. Wall is time.perf_counter around subprocess.run; CPU is the
child's user+sys from resource.getrusage(RUSAGE_CHILDREN). Both tools' working files live in a temp
dir (XDG_CONFIG_HOME and XDG_CACHE_HOME point there too), and so do their compiled modules
(PYTHONPYCACHEPREFIX, PYTHONDONTWRITEBYTECODE dropped: filled by the seeding run, as pip leaves an installed
tool with its .pyc files). `--pages 1` compares the start-up of the two: a fresh `check` of one page.
With --worker, ours is instead one long-running process (bot.app.App from the same sources.yaml and store, kept
for the whole run as `python -m bot run` keeps it, its polls inside one `Poller.batch()` as run's): each timed run
is one cycle in it, every source polled once, one after another as bench/cycle.py's cycle (--threads N: by N
threads, as run's `worker.poll_threads`, 32 by default), the quiet polls' records left written, then what was
queued delivered to the console; wall and CPU
(getrusage RUSAGE_SELF) measured in that process around the cycle. urlwatch is still a fresh process per run:
it has no long-running mode.
Target: ours at least 3x faster (ratio = urlwatch wall / our wall) in both scenarios.

    bash bench/setup_urlwatch.sh      # once: makes bench/.venv-urlwatch
    .venv/bin/python bench/urlwatch.py [--pages 1000] [--repeat 3] [--feed tests/fixtures/pacer_rss/wvsd.xml]
                                       [--worker [--threads 1]]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.feedserver import FeedServer
from bot.core.events import EVENT_TYPES

URLWATCH = ROOT / "bench" / ".venv-urlwatch" / "bin" / "urlwatch"
DEFAULT_FEED = ROOT / "tests" / "fixtures" / "pacer_rss" / "wvsd.xml"
TARGET_RATIO = 3.0

URLWATCH_CONFIG = """\
display: {new: true, error: true, unchanged: false, empty-diff: false}
report:
  stdout: {enabled: true, color: false}
  email: {enabled: false}
"""


def urlwatch_command(directory: Path, server: FeedServer, pages: int) -> list[str]:
    (directory / "urls.yaml").write_text("\n---\n".join(f"url: {server.url(index)}" for index in range(pages)) + "\n")
    (directory / "urlwatch.yaml").write_text(URLWATCH_CONFIG)
    return [
        str(URLWATCH),
        "--urls", str(directory / "urls.yaml"),
        "--config", str(directory / "urlwatch.yaml"),
        "--hooks", str(directory / "hooks.py"),
        "--cache", str(directory / "cache.db"),
    ]


def bot_command(directory: Path, server: FeedServer, pages: int) -> list[str]:
    lines = ["http:", "  per_host_interval: 0s", "  attempts: 1", "slack:", "  post_interval: 0s", "sources:"]
    for index in range(pages):
        lines += [f"  - id: s{index:05d}", "    kind: pacer_rss", f"    url: {server.url(index)}"]
    lines += ["subscriptions:", '  - channel: "#bench"', '    sources: ["*"]', f"    events: [{', '.join(EVENT_TYPES)}]"]
    (directory / "sources.yaml").write_text("\n".join(lines) + "\n")
    return [sys.executable, "-m", "bot", "--config", str(directory / "sources.yaml"), "check"]


def environment(directory: Path) -> dict[str, str]:
    environ = {key: value for key, value in os.environ.items()
               if not key.startswith(("SLACK_", "DOCKETBOT_", "DATABASE_")) and key != "PYTHONDONTWRITEBYTECODE"}
    return {
        **environ,
        "DATABASE_URL": f"sqlite:///{directory / 'bot.db'}",
        "XDG_CONFIG_HOME": str(directory / "xdg-config"),
        "XDG_CACHE_HOME": str(directory / "xdg-cache"),
        "PYTHONPYCACHEPREFIX": str(directory / "pycache"),
    }


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_once(name: str, command: list[str], directory: Path) -> tuple[float, float]:
    """(wall s, CPU s) of one run; exits with the tool's output when the run fails."""
    output = directory / f"{name}.out"
    cpu, wall = children_cpu(), time.perf_counter()
    with output.open("w") as stream:
        done = subprocess.run(command, check=False, stdout=stream, stderr=subprocess.STDOUT, cwd=ROOT, env=environment(directory))
    wall, cpu = time.perf_counter() - wall, children_cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"{name} exited {done.returncode}:\n{output.read_text()[-3000:]}")
    return wall, cpu


class Tool:
    """One tool with its own feed server and working directory."""

    def __init__(self, name: str, make_command, feed: Path, new_items: int, pages: int, parent: Path) -> None:
        self.name = name
        self.server = FeedServer(feed, new_items).__enter__()
        self.directory = parent / name
        self.directory.mkdir()
        self.command = make_command(self.directory, self.server, pages)

    def seed(self) -> None:
        self.server.set_mode(changed=False)
        run_once(self.name, self.command, self.directory)

    def timed(self, changed: bool) -> tuple[float, float]:
        self.server.set_mode(changed)
        return run_once(self.name, self.command, self.directory)

    def close(self) -> None:
        self.server.__exit__(None, None, None)


class Worker(Tool):
    """Ours as a long-running process (`--serve-cycles`): seeded by its first cycle, then one cycle per timed run."""

    def __init__(self, name: str, feed: Path, new_items: int, pages: int, parent: Path, threads: int = 1) -> None:
        super().__init__(name, bot_command, feed, new_items, pages, parent)
        self.output = (self.directory / f"{name}.out").open("w")
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--serve-cycles", str(self.directory / "sources.yaml"), "--threads", str(threads)],
            cwd=ROOT,
            env=environment(self.directory), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self.output,
            text=True,
        )

    def seed(self) -> None:
        self.server.set_mode(changed=False)
        self._cycle()

    def timed(self, changed: bool) -> tuple[float, float]:
        self.server.set_mode(changed)
        return self._cycle()

    def _cycle(self) -> tuple[float, float]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("cycle\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        if not answer:
            raise SystemExit(f"the worker exited {self.process.wait()}:\n{(self.directory / f'{self.name}.out').read_text()[-3000:]}")
        measured = json.loads(answer)
        return measured["wall"], measured["cpu"]

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        self.process.wait(timeout=60)
        self.output.close()
        super().close()


def serve_cycles(config: str, threads: int) -> int:
    """`--serve-cycles CONFIG`: one App for the process's life, polling inside one `Poller.batch()` as
    `python -m bot run` does (the record of an unchanged poll goes with the next claim); for each line on stdin one
    cycle: every source polled (by `threads` threads, as run's poll threads; 1: one after another), the records
    left written (run's flush job writes them within seconds), then delivery (posts on stderr, as the console
    notifier writes to stdout and stdout is the answer); answered by a JSON line {"wall": s, "cpu": s}."""
    from concurrent.futures import ThreadPoolExecutor

    from bot.app import App

    answers, sys.stdout = sys.stdout, sys.stderr
    app = App.from_env(os.environ, config)
    with ThreadPoolExecutor(max_workers=threads) as pool, app.poller.batch():
        for _ in sys.stdin:
            cpu, wall = time.process_time(), time.perf_counter()
            if threads == 1:
                for source in app.config.sources:
                    app.poll(source)
            else:
                list(pool.map(app.poll, app.config.sources))
            app.poller.flush()
            app.deliver()
            answers.write(json.dumps({"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu}) + "\n")
            answers.flush()
    app.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description="urlwatch vs python -m bot check over the same local pages")
    parser.add_argument("--pages", type=int, default=1000, help="pages/sources (default 1000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per tool and scenario (default 3)")
    parser.add_argument("--feed", type=Path, default=DEFAULT_FEED, help="the feed every page serves (default wvsd.xml)")
    parser.add_argument("--new-items", type=int, default=1, help="new items per page in the changed scenario")
    parser.add_argument("--worker", action="store_true", help="ours: cycles of one long-running process, not checks")
    parser.add_argument("--threads", type=int, default=1,
                        help="with --worker: poll threads (default 1, one poll after another; run has 32)")
    parser.add_argument("--serve-cycles", metavar="CONFIG", help=argparse.SUPPRESS)  # the --worker side's process
    args = parser.parse_args()
    if args.serve_cycles:
        return serve_cycles(args.serve_cycles, args.threads)
    if not URLWATCH.exists():
        print(f"urlwatch NOT measured: {URLWATCH} does not exist: run `bash bench/setup_urlwatch.sh` first")
        print(f"Target: ours >= {TARGET_RATIO:g}x faster than urlwatch -> NOT CHECKED (urlwatch unavailable)")
        return 1
    version = subprocess.run([str(URLWATCH), "--version"], check=False, capture_output=True, text=True).stdout.strip()
    feed = args.feed.resolve()
    print(
        f"{args.pages} pages of {feed.name} ({feed.stat().st_size} bytes) on 127.0.0.1; {version} (fresh process) vs "
        + (f"one cycle of our long-running worker ({args.threads} poll thread(s))" if args.worker
           else "python -m bot check (fresh process)")
        + f"; wall and CPU of one whole run, median of {args.repeat}; {os.cpu_count()} CPUs, "
        f"load average before: {os.getloadavg()[0]:.2f}\n"
    )
    results: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="docketbot-urlwatch-") as tmp:
        tools = [
            Tool("urlwatch", urlwatch_command, feed, args.new_items, args.pages, Path(tmp)),
            Worker("ours", feed, args.new_items, args.pages, Path(tmp), args.threads) if args.worker
            else Tool("ours", bot_command, feed, args.new_items, args.pages, Path(tmp)),
        ]
        try:
            for tool in tools:
                tool.seed()
            for scenario, changed in (("unchanged", False), ("changed", True)):
                for _ in range(args.repeat):
                    for tool in tools:  # alternate, so that neither gets a quieter machine
                        results.setdefault((scenario, tool.name), []).append(tool.timed(changed))
        finally:
            for tool in tools:
                tool.close()
    print_results(results)
    return 0


def print_results(results: dict[tuple[str, str], list[tuple[float, float]]]) -> None:
    header = f"{'scenario':<10} {'urlwatch wall s':>15} {'ours wall s':>12} {'ratio':>7} {'urlwatch CPU s':>15} {'ours CPU s':>11}"
    print(header)
    print("-" * len(header))
    ratios = {}
    for scenario in ("unchanged", "changed"):
        theirs, ours = results[(scenario, "urlwatch")], results[(scenario, "ours")]
        their_wall, our_wall = statistics.median(w for w, _ in theirs), statistics.median(w for w, _ in ours)
        their_cpu, our_cpu = statistics.median(c for _, c in theirs), statistics.median(c for _, c in ours)
        ratios[scenario] = their_wall / our_wall
        print(
            f"{scenario:<10} {their_wall:>15.2f} {our_wall:>12.2f} {ratios[scenario]:>6.2f}x {their_cpu:>15.2f} {our_cpu:>11.2f}"
        )
    worst = min(ratios.values())
    verdict = "MET" if worst >= TARGET_RATIO else "NOT MET"
    print(
        f"\nTarget: ours >= {TARGET_RATIO:g}x faster than urlwatch (wall). Measured: "
        + ", ".join(f"{ratio:.2f}x {scenario}" for scenario, ratio in ratios.items())
        + f" -> {verdict}"
    )


if __name__ == "__main__":
    sys.exit(main())
