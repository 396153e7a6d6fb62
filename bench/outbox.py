"""Outbox cost per post as the backlog grows: claiming and marking sent one post, with 200 and 20,000 queued.

What: the store's cost of delivering one post, as bot/delivery/deliver.py pays it: `Store.claim_next` (the oldest
due post of a channel with no earlier undelivered post) then `Store.mark_sent`, in milliseconds per post, with the
outbox holding --sizes queued posts (default 200 and 20,000) spread over --channels Slack channels, and as many
posts sent before them (the history a live outbox keeps). Also the status page's `Store.recent_posts(50)` (the
newest 50 sent posts) on the same outboxes.
How: one store per size and database, SQLite (a temp file, WAL, as shipped) and PostgreSQL (a fresh schema in
the local server of the tests, tests/support/databases.py; skipped with a note when none answers), filled once,
untimed. Then --rounds rounds: in each, every store in turn (the sizes alternate, the order reversing from round
to round) delivers --posts posts, timed together with time.perf_counter, then gets as many new posts (untimed)
so its backlog stays at its size; recent_posts is timed once per store per round. A figure is the median of the
rounds. No notifier is called: this is the store's cost only. PostgreSQL's statistics of the outbox are taken
(ANALYZE) once it is filled, as autovacuum takes them within a minute on a live store; SQLite keeps none.
Target: the cost per post at the largest size within 1.5x of that at the smallest, on each database.

    .venv/bin/python bench/outbox.py [--sizes 200 20000] [--channels 20] [--posts 50] [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import text, update

from bot.core.entry import Entry
from bot.core.post import MessageRef, Post, Queued
from bot.store import Store
from bot.store.outbox import add_posts
from bot.store.schema import outbox

TARGET_RATIO = 1.5
LEASE = timedelta(minutes=5)
START = datetime(2026, 11, 1, tzinfo=UTC)


def queued_posts(first: int, count: int, channels: int) -> list[Queued]:
    """`count` posts numbered from `first`, each about an entry of a case of its own, channel by channel in turn."""
    posts = []
    for number in range(first, first + count):
        entry = Entry(
            source_id="bench", key=f"bench:{number}", case_number=f"1:26-cv-{number:05d}", case_name=f"Doe v. Roe {number}",
            court="nysd", text=f"MOTION to Dismiss filed by Roe {number}. (Attachments: # 1 Exhibit A)",
            url=f"https://ecf.nysd.uscourts.gov/doc1/{number}", filed_at=START, number=str(number % 400 + 1),
        )
        posts.append(Queued(Post(f"#bench-{number % channels}", entry, ("motion",)), f"case:{number}"))
    return posts


class Backlog:
    """One store whose outbox holds `size` queued posts over `channels` channels, and `size` sent ones before them."""

    def __init__(self, url: str, size: int, channels: int) -> None:
        self.store, self.size, self.channels = Store.open(url), size, channels
        self.added = 0
        self.add(size)  # history: sent below
        with self.store.engine.begin() as conn:
            conn.execute(update(outbox).values(status="sent", sent_via="slack", remote_id="C1/1.0",
                                               sent_at=START + timedelta(seconds=1)))
        self.add(size)
        if self.store.engine.dialect.name == "postgresql":  # what autovacuum does within a minute on a live store
            with self.store.engine.begin() as conn:
                conn.execute(text("ANALYZE outbox"))

    def add(self, count: int) -> None:
        for chunk in range(0, count, 1000):
            posts = queued_posts(self.added, min(1000, count - chunk), self.channels)
            with self.store.engine.begin() as conn:
                add_posts(conn, "bench", posts, START, "slack")
            self.added += len(posts)

    def deliver(self, posts: int) -> float:
        """Seconds to claim and mark sent `posts` posts, one after the other; then tops the backlog up, untimed."""
        now = START + timedelta(hours=1)
        start = time.perf_counter()
        for _ in range(posts):
            row = self.store.claim_next("bench", now, LEASE, notifier="slack")
            if row is None:
                raise RuntimeError("the outbox gave no post to send")
            self.store.mark_sent(row.id, row.channel, MessageRef("slack", f"C1/{row.id}"), now)
        seconds = time.perf_counter() - start
        self.add(posts)
        return seconds

    def recent(self) -> float:
        start = time.perf_counter()
        if len(self.store.recent_posts(50)) != 50:
            raise RuntimeError("recent_posts gave fewer than 50 posts")
        return time.perf_counter() - start


@contextmanager
def database(kind: str, directory: Path, size: int) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{directory / f'outbox-{size}.db'}"
        return
    from tests.support.databases import postgres_schema_url

    with postgres_schema_url() as url:
        yield url


def postgres_problem() -> str:
    """Why PostgreSQL cannot be measured, or "" when it answers."""
    from sqlalchemy import create_engine

    from tests.support.databases import POSTGRES_URL

    try:
        engine = create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(text("select 1"))
        engine.dispose()
        return ""
    except Exception as error:
        return f"PostgreSQL not measured: {POSTGRES_URL} does not answer ({type(error).__name__})"


def measure(kind: str, sizes: list[int], args: argparse.Namespace) -> dict[int, tuple[float, float]]:
    """Per size: (median ms per post, median ms of recent_posts)."""
    per_post: dict[int, list[float]] = {size: [] for size in sizes}
    recent: dict[int, list[float]] = {size: [] for size in sizes}
    with tempfile.TemporaryDirectory() as directory, ExitStack() as stack:
        backlogs = {}
        for size in sizes:
            url = stack.enter_context(database(kind, Path(directory), size))
            backlogs[size] = Backlog(url, size, args.channels)
            stack.callback(backlogs[size].store.close)
        for turn in range(args.rounds):
            for size in sizes if turn % 2 == 0 else reversed(sizes):
                per_post[size].append(backlogs[size].deliver(args.posts) / args.posts * 1000)
                recent[size].append(backlogs[size].recent() * 1000)
    return {size: (statistics.median(per_post[size]), statistics.median(recent[size])) for size in sizes}


def main() -> int:
    parser = argparse.ArgumentParser(description="outbox cost per post with a small and a large backlog")
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 20000], help="queued posts (default 200 20000)")
    parser.add_argument("--channels", type=int, default=20, help="channels the posts go to (default 20)")
    parser.add_argument("--posts", type=int, default=50, help="posts delivered per store per round (default 50)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds (default 5)")
    args = parser.parse_args()
    sizes = sorted(args.sizes)
    print(
        f"Outbox: claim_next + mark_sent per post, median of {args.rounds} rounds of {args.posts} posts, sizes "
        f"alternating; {args.channels} channels; load average before: {os.getloadavg()[0]:.2f}\n"
    )
    kinds = ["sqlite"]
    problem = postgres_problem()
    if problem:
        print(problem + "\n")
    else:
        kinds.append("postgresql")
    header = f"{'database':<11} {'queued':>7} {'ms per post':>12} {'recent_posts ms':>16}"
    print(header + "\n" + "-" * len(header))
    verdicts = []
    for kind in kinds:
        figures = measure(kind, sizes, args)
        for size in sizes:
            print(f"{kind:<11} {size:>7} {figures[size][0]:>12.3f} {figures[size][1]:>16.3f}")
        ratio = figures[sizes[-1]][0] / figures[sizes[0]][0]
        recent_ratio = figures[sizes[-1]][1] / figures[sizes[0]][1]
        verdicts.append((kind, ratio, recent_ratio))
    print()
    for kind, ratio, recent_ratio in verdicts:
        verdict = "MET" if ratio <= TARGET_RATIO else "NOT MET"
        print(
            f"Target ({kind}): cost per post at {sizes[-1]:,} queued within {TARGET_RATIO:g}x of that at {sizes[0]:,}. "
            f"Measured: {ratio:.2f}x (recent_posts {recent_ratio:.2f}x) -> {verdict}"
        )
    if problem:
        print("Target (postgresql): NOT CHECKED (no server)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
