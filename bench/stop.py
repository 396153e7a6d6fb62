"""Stop time with a court that hangs: SIGTERM to `python -m bot run` -> the process has exited.

What: seconds from SIGTERM to exit, over --repeat runs, while the worker's poll waits on a court server
      that accepted the connection and never answers.
How: tests/support/fault_server.py's FaultServer on 127.0.0.1 answers the feed with SILENT (held an
hour); a config with that one pacer_rss source and the shipped http settings (read_timeout 30s,
attempts 3), a temp SQLite store, posts to the console. The script starts `python -m bot run` from
--repo (default: this checkout), waits until the server has the worker's request, sends SIGTERM and
times the exit with time.monotonic. A worker that has not exited --give-up seconds after the signal
is killed and counted as that long.
Target: < 10 s (Docker kills 10 s after SIGTERM, Heroku 30 s).

    .venv/bin/python bench/stop.py [--repeat 5] [--repo PATH] [--give-up 120]
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.fault_server import SILENT, FaultServer  # noqa: E402

CONFIG = """\
sources:
  - id: hangs
    kind: pacer_rss
    url: {url}
"""


def one_stop(repo: Path, url: str, server: FaultServer, give_up: float) -> float:
    with tempfile.TemporaryDirectory() as scratch:
        config = Path(scratch) / "sources.yaml"
        config.write_text(CONFIG.format(url=url))
        env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": f"sqlite:///{scratch}/bot.db"}
        env.pop("SLACK_BOT_TOKEN", None)
        before = server.requests["/rss"]
        worker = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=repo, env=env,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while server.requests["/rss"] == before:
            time.sleep(0.01)
        time.sleep(0.5)  # well inside the wait for the court's answer
        worker.send_signal(signal.SIGTERM)
        started = time.monotonic()
        try:
            worker.wait(timeout=give_up)
        except subprocess.TimeoutExpired:
            worker.kill()
            worker.wait()
        return time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--repo", type=Path, default=ROOT)
    parser.add_argument("--give-up", type=float, default=120.0)
    args = parser.parse_args()
    print(f"load average at start: {os.getloadavg()[0]:.2f}; code from {args.repo}")
    with FaultServer(hold=3600) as server:
        url = server.serve("/rss", b"", "application/rss+xml")
        server.set("/rss", SILENT)
        times = [one_stop(args.repo, url, server, args.give_up) for _ in range(args.repeat)]
    print("SIGTERM -> exit, s: " + ", ".join(f"{t:.2f}" for t in times))
    print(f"Target: < 10 s -> {'MET' if max(times) < 10 else 'NOT MET'} (worst {max(times):.2f} s)")


if __name__ == "__main__":
    main()
