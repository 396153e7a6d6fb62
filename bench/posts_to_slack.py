"""What every command pays as it starts to learn whether the store posts to Slack (`Store.posts_to_slack`, asked by
bot/app.py), with 20,000 posts queued on a console-only install (no token ever: nothing recorded, the case that cost
most).

What: in a fresh process per side and round, the store opened (untimed), then its first `posts_to_slack()` (as a
command start pays it, on a new connection) and the median of --calls more, in milliseconds.
How: one store per side and database, SQLite (a temp file, WAL, as shipped) and PostgreSQL (a fresh schema in the
local server of the tests, tests/support/databases.py; skipped with a note when none answers), filled once, untimed,
by that side's own code with --size posts queued for the console (as a process without SLACK_BOT_TOKEN queues them
to Slack channels), PostgreSQL's statistics then taken (ANALYZE) as autovacuum would. Then --rounds rounds; in each,
every side runs once per database, the sides in turn (the order reversing from round to round), so that load from
other work on the machine falls on them alike; a figure is the median of the rounds. The sides are this checkout
and, with --baseline PATH, another checkout of the project (e.g. `git archive main | tar -x -C /tmp/before`), run
with the same interpreter and PYTHONPATH=that checkout.

    .venv/bin/python bench/posts_to_slack.py [--baseline PATH] [--size 20000] [--rounds 7] [--calls 20]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from contextlib import ExitStack
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.outbox import postgres_problem

# Run in a child with PYTHONPATH=the side's checkout: fills the store once (argv: url, size).
FILL = """
import sys
from datetime import UTC, datetime
from sqlalchemy import text
from bot.core.entry import Entry
from bot.core.post import Post, Queued
from bot.store import Store
from bot.store.outbox import add_posts

url, size = sys.argv[1], int(sys.argv[2])
start = datetime(2026, 11, 1, tzinfo=UTC)
store = Store.open(url)
for first in range(0, size, 1000):
    posts = [Queued(Post(f"#bench-{n % 20}", Entry(source_id="bench", key=f"bench:{n}", case_number=f"1:26-cv-{n:05d}",
                                                   case_name=f"Doe v. Roe {n}", court="nysd", text="MOTION to Dismiss",
                                                   filed_at=start), ("motion",)), f"case:{n}")
             for n in range(first, min(size, first + 1000))]
    with store.engine.begin() as conn:
        add_posts(conn, "bench", posts, start, "console")
if store.engine.dialect.name == "postgresql":
    with store.engine.begin() as conn:
        conn.execute(text("ANALYZE outbox"))
store.close()
"""
# Run in a child: the first call's ms and the median of `calls` more, as JSON (argv: url, calls).
TIME = """
import json, statistics, sys, time
from bot.store import Store

url, calls = sys.argv[1], int(sys.argv[2])
store = Store.open(url)
start = time.perf_counter()
answer = store.posts_to_slack()
first = time.perf_counter() - start
more = []
for _ in range(calls):
    start = time.perf_counter()
    store.posts_to_slack()
    more.append(time.perf_counter() - start)
store.close()
print(json.dumps({"answer": answer, "first": first * 1000, "median": statistics.median(more) * 1000}))
"""


def child(code: str, checkout: Path, *argv: str) -> str:
    """Runs `code` with `checkout` first on the path; its stdout. Exits when it fails."""
    environ = {key: value for key, value in os.environ.items() if not key.startswith(("SLACK_", "DATABASE_"))}
    done = subprocess.run([sys.executable, "-c", code, *argv], check=False, capture_output=True, text=True,
                          cwd=checkout, env=environ | {"PYTHONPATH": str(checkout)})
    if done.returncode != 0:
        raise SystemExit(f"a child in {checkout} exited {done.returncode}:\n{(done.stdout + done.stderr)[-3000:]}")
    return done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description="Store.posts_to_slack with a large console-only outbox")
    parser.add_argument("--baseline", type=Path, help="another checkout of the project, measured alongside")
    parser.add_argument("--size", type=int, default=20000, help="posts queued (default 20000)")
    parser.add_argument("--rounds", type=int, default=7, help="rounds (default 7)")
    parser.add_argument("--calls", type=int, default=20, help="calls after the first, per process (default 20)")
    args = parser.parse_args()
    sides = {"this checkout": ROOT} | ({f"baseline {args.baseline}": args.baseline.resolve()} if args.baseline else {})
    kinds = ["sqlite"]
    problem = postgres_problem()
    if not problem:
        kinds.append("postgresql")
    print(f"posts_to_slack() with {args.size:,} posts queued for the console, fresh process per side and round, "
          f"median of {args.rounds} rounds, sides in turn; load average before: {os.getloadavg()[0]:.2f}")
    if problem:
        print(problem)
    print()
    figures: dict[tuple[str, str], list[dict]] = {}
    with tempfile.TemporaryDirectory() as temp, ExitStack() as stack:
        urls = {}
        for number, (name, checkout) in enumerate(sides.items()):
            for kind in kinds:
                if kind == "sqlite":
                    urls[(kind, name)] = f"sqlite:///{Path(temp) / f'side-{number}.db'}"
                else:
                    from tests.support.databases import postgres_schema_url

                    urls[(kind, name)] = stack.enter_context(postgres_schema_url())
                child(FILL, checkout, urls[(kind, name)], str(args.size))
        for turn in range(args.rounds):
            order = list(sides.items()) if turn % 2 == 0 else list(reversed(sides.items()))
            for kind in kinds:
                for name, checkout in order:
                    measured = json.loads(child(TIME, checkout, urls[(kind, name)], str(args.calls)))
                    figures.setdefault((kind, name), []).append(measured)
    header = f"{'database':<11} {'side':<40} {'answer':>6} {'first call ms':>14} {'median call ms':>15}"
    print(header + "\n" + "-" * len(header))
    for (kind, name), runs in figures.items():
        answers = {run["answer"] for run in runs}
        print(f"{kind:<11} {name:<40} {'/'.join(map(str, answers)):>6} "
              f"{statistics.median(run['first'] for run in runs):>14.3f} "
              f"{statistics.median(run['median'] for run in runs):>15.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
