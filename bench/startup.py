"""Start-up of a fresh `python -m bot check`, and loading a config of 10,000 sources, in fresh processes.

What, in each fresh process (wall with time.perf_counter around the child; CPU is the child's user+sys from
getrusage(RUSAGE_CHILDREN)):
  - check:  `python -m bot --config sources.yaml check` over one pacer_rss source whose page (wvsd.xml, from
            bench/feedserver.py on 127.0.0.1, in its own process) has not changed since the last check: imports,
            config, store (a temp SQLite, migrated by an untimed first run), one poll, delivery of nothing.
  - config: `python -c "from bot.config import load_config; load_config('sources-10000.yaml')"`: imports of
            bot.config and validating 10,000 sources.
  - the libraries a check imports, alone (`python -c "import sqlalchemy, pydantic, requests, ..."`): the floor under
            `check` while it uses them. Each side imports the LIBRARIES its own bench/startup.py names (read, not run;
            this file's when it names none), so that a side that stopped importing a library is measured without it.
How: --rounds rounds; in each, every side runs each command once, the sides in turn (the order reversing from
round to round), so that load from other work on the machine falls on them alike; a figure is the median. The
sides are this checkout and, with --baseline PATH, another checkout of the project (e.g. `git worktree add
/tmp/before main`), run with the same interpreter and PYTHONPATH=that checkout. The children keep their compiled
modules (.pyc) in a temp folder (PYTHONPYCACHEPREFIX; PYTHONDONTWRITEBYTECODE dropped), filled by the untimed
first run, as an installed docketbot has them from pip: else each run compiles the project's modules again.
Target: a fresh `check` starts and finishes its one unchanged source in under 0.3 s (wall).

    .venv/bin/python bench/startup.py [--rounds 7] [--baseline PATH] [--sources 10000]

`python -X importtime -m bot --config FILE check 2> imports.txt` shows where the imports' time goes.
"""

from __future__ import annotations

import argparse
import ast
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

FEED = ROOT / "tests" / "fixtures" / "pacer_rss" / "wvsd.xml"
TARGET_SECONDS = 0.3
# What a check of an unchanged feed imports besides the standard library and the project (tests/test_startup.py says
# what not).
LIBRARIES = ("sqlalchemy", "sqlalchemy.dialects.sqlite", "pydantic", "requests", "tenacity", "yaml")


def libraries_of(checkout: Path) -> tuple[str, ...]:
    """The LIBRARIES that `checkout`'s bench/startup.py names, read from its text (its code is not run); this file's
    own when it has no such file or assignment."""
    path = checkout / "bench" / "startup.py"
    for node in ast.parse(path.read_text()).body if path.is_file() else ():
        if isinstance(node, ast.Assign) and [getattr(target, "id", None) for target in node.targets] == ["LIBRARIES"]:
            return tuple(ast.literal_eval(node.value))
    return LIBRARIES


def write_config(path: Path, urls: list[str]) -> Path:
    lines = ["http:", "  per_host_interval: 0s", "  attempts: 1", "slack:", "  post_interval: 0s", "sources:"]
    for index, url in enumerate(urls):
        lines += [f"  - id: s{index:05d}", "    kind: pacer_rss", f"    url: {url}"]
    lines += ["subscriptions:", '  - channel: "#bench"', '    sources: ["*"]']
    path.write_text("\n".join(lines) + "\n")
    return path


def run(command: list[str], checkout: Path, directory: Path) -> tuple[float, float]:
    """(wall s, CPU s) of one run of `command` with `checkout` first on the path, its .pyc files kept in `directory`;
    exits when it fails."""
    environ = {key: value for key, value in os.environ.items()
               if not key.startswith(("SLACK_", "DOCKETBOT_", "DATABASE_")) and key != "PYTHONDONTWRITEBYTECODE"}
    environ |= {"PYTHONPATH": str(checkout), "DATABASE_URL": f"sqlite:///{directory / 'bot.db'}",
                "PYTHONPYCACHEPREFIX": str(directory / "pycache")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, check=False, capture_output=True, text=True, cwd=checkout, env=environ)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} in {checkout} exited {done.returncode}:\n{(done.stdout + done.stderr)[-3000:]}")
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description="start-up of a fresh `python -m bot check`, and config loading")
    parser.add_argument("--rounds", type=int, default=7, help="runs of each command per side (default 7)")
    parser.add_argument("--baseline", type=Path, help="another checkout of the project, measured alongside")
    parser.add_argument("--sources", type=int, default=10000, help="sources in the config-loading run (default 10000)")
    args = parser.parse_args()
    sides = {"this checkout": ROOT} | ({f"baseline {args.baseline}": args.baseline.resolve()} if args.baseline else {})
    libraries = {name: libraries_of(checkout) for name, checkout in sides.items()}
    print(f"Fresh processes, median of {args.rounds} rounds, sides in turn; load average before: "
          f"{os.getloadavg()[0]:.2f}")
    for name, names in libraries.items():
        print(f"libraries alone, {name}: {', '.join(names)}")
    print()
    figures: dict[tuple[str, str], list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as temp, FeedServer(FEED) as server:
        server.set_mode(changed=False)
        one = write_config(Path(temp) / "sources.yaml", [server.url(0)])
        many = write_config(Path(temp) / f"sources-{args.sources}.yaml", [server.url(i) for i in range(args.sources)])
        commands = {  # by side, then by what is run
            name: {
                "check, 1 source": [sys.executable, "-m", "bot", "--config", str(one), "check"],
                f"load_config, {args.sources:,} sources": [
                    sys.executable, "-c", f"from bot.config import load_config; load_config({str(many)!r})"
                ],
                "libraries alone": [sys.executable, "-c",
                                    f"import {', '.join(libraries[name])}; from pydantic import BaseModel"],
            }
            for name in sides
        }
        directories = {}
        for name, checkout in sides.items():
            directories[name] = Path(temp) / f"side-{len(directories)}"
            directories[name].mkdir()
            for command in commands[name].values():  # untimed: migrates the store, records a baseline, compiles .pyc
                run(command, checkout, directories[name])
        for turn in range(args.rounds):
            order = list(sides.items()) if turn % 2 == 0 else list(reversed(sides.items()))
            for what in commands["this checkout"]:
                for name, checkout in order:
                    figures.setdefault((what, name), []).append(run(commands[name][what], checkout, directories[name]))
    header = f"{'command':<28} {'side':<40} {'wall s':>7} {'CPU s':>7}"
    print(header + "\n" + "-" * len(header))
    medians = {}
    for (what, name), runs in figures.items():
        medians[(what, name)] = wall, cpu = (statistics.median(run[0] for run in runs), statistics.median(run[1] for run in runs))
        print(f"{what:<28} {name:<40} {wall:>7.3f} {cpu:>7.3f}")
    wall = medians[("check, 1 source", "this checkout")][0]
    verdict = "MET" if wall < TARGET_SECONDS else "NOT MET"
    print(f"\nTarget: a fresh `check` of one unchanged source under {TARGET_SECONDS} s wall. Measured: {wall:.3f} s -> {verdict}")
    floor = medians[("libraries alone", "this checkout")][0]
    print(f"  (the libraries it imports take {floor:.3f} s alone, {floor / wall:.0%} of it)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
