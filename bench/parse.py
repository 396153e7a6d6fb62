"""Parse speed: our pacer_rss parser against juriscraper's PacerRssFeed on the same real PACER feeds.

What: for every feed in tests/fixtures/pacer_rss/*.xml, the time one parse takes, median of --repeat runs
(after --warmup runs), in milliseconds:
  - ours:        scrapers.pacer_rss.PacerRss(source).parse(raw_bytes, url) -> list[Entry]
  - juriscraper: PacerRssFeed(court_id); feed._parse_text(raw.decode("iso-8859-1")); feed.data
                 (juriscraper's own local tests parse a file this way; `data` builds the dockets and
                 their entries, and is reset before each run since juriscraper caches it).
How: each half is timed inside its own process with time.perf_counter: ours here, in the project's
.venv; juriscraper in bench/.venv-juriscraper (made by bench/setup_juriscraper.sh, never in the
project's environment), by running this same file there with --juriscraper-worker, which prints JSON.
Target: ours at least 5x faster (ratio = juriscraper ms / ours ms, on the total over all feeds).

    .venv/bin/python bench/parse.py [--repeat 30] [--profile]

--profile also prints where our parser spends its time on the largest feed (cProfile, top functions).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FEEDS = sorted((ROOT / "tests" / "fixtures" / "pacer_rss").glob("*.xml"))
JURISCRAPER_PYTHON = ROOT / "bench" / ".venv-juriscraper" / "bin" / "python"
TARGET_RATIO = 5.0


def median_ms(run: Callable[[], object], repeat: int, warmup: int) -> float:
    for _ in range(warmup):
        run()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def court_id(feed: Path) -> str:
    """juriscraper's court id for a fixture: its name up to the first underscore (sdny_1 -> sdny)."""
    return feed.stem.split("_")[0]


def time_ours(feeds: list[Path], repeat: int, warmup: int) -> dict[str, dict]:
    sys.path.insert(0, str(ROOT))
    from scrapers.pacer_rss import PacerRss, PacerRssSettings

    results = {}
    for feed in feeds:
        raw = feed.read_bytes()
        url = f"https://ecf.{court_id(feed)}.uscourts.gov/cgi-bin/rss_outside.pl"
        scraper = PacerRss(PacerRssSettings(id=feed.stem, kind="pacer_rss", url=url))
        parse = partial(scraper.parse, raw, url)
        results[feed.stem] = {"ms": median_ms(parse, repeat, warmup), "entries": len(parse())}
    return results


def juriscraper_worker(feeds: list[Path], repeat: int, warmup: int) -> None:
    """Runs inside bench/.venv-juriscraper: times juriscraper and prints the results as JSON."""
    import logging

    logging.disable(logging.CRITICAL)
    from juriscraper.pacer import PacerRssFeed

    def parse(parser: PacerRssFeed, raw: bytes) -> list:
        parser._data = None  # `data` is cached on the object
        parser._parse_text(raw.decode("iso-8859-1"))
        return parser.data

    results = {}
    for feed in feeds:
        run = partial(parse, PacerRssFeed(court_id(feed)), feed.read_bytes())
        results[feed.stem] = {
            "ms": median_ms(run, repeat, warmup),
            "entries": sum(len(docket["docket_entries"]) for docket in run()),
        }
    print(json.dumps(results))


def time_juriscraper(feeds: list[Path], repeat: int, warmup: int) -> tuple[dict[str, dict] | None, str]:
    """juriscraper's results, or None and the reason it could not be run."""
    if not JURISCRAPER_PYTHON.exists():
        return None, f"{JURISCRAPER_PYTHON} does not exist: run `bash bench/setup_juriscraper.sh` first"
    command = [str(JURISCRAPER_PYTHON), __file__, "--juriscraper-worker", "--repeat", str(repeat), "--warmup", str(warmup)]
    command += [str(feed) for feed in feeds]
    done = subprocess.run(command, check=False, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        return None, f"juriscraper worker failed (exit {done.returncode}): {done.stderr.strip()[-2000:]}"
    return json.loads(done.stdout.strip().splitlines()[-1]), ""


def item_count(feed: Path) -> int:
    return feed.read_bytes().count(b"<item>")


def print_table(ours: dict[str, dict], theirs: dict[str, dict] | None) -> None:
    header = f"{'feed':<10} {'bytes':>8} {'items':>6} {'ours ms':>9} {'juriscraper ms':>15} {'ratio':>7}  entries ours/juriscraper"
    print(header)
    print("-" * len(header))
    for feed in FEEDS:
        mine = ours[feed.stem]
        other = theirs[feed.stem] if theirs else None
        other_ms = f"{other['ms']:.3f}" if other else "n/a"
        ratio = f"{other['ms'] / mine['ms']:.2f}x" if other else "n/a"
        entries = f"{mine['entries']}/{other['entries'] if other else 'n/a'}"
        print(
            f"{feed.stem:<10} {feed.stat().st_size:>8} {item_count(feed):>6} {mine['ms']:>9.3f} {other_ms:>15} {ratio:>7}  {entries}"
        )
    total_ours = sum(result["ms"] for result in ours.values())
    total_theirs = sum(result["ms"] for result in theirs.values()) if theirs else None
    print("-" * len(header))
    total_theirs_text = f"{total_theirs:.3f}" if theirs else "n/a"
    total_ratio = f"{total_theirs / total_ours:.2f}x" if theirs else "n/a"
    print(f"{'total':<10} {'':>8} {'':>6} {total_ours:>9.3f} {total_theirs_text:>15} {total_ratio:>7}")
    if theirs:
        ratio = total_theirs / total_ours
        verdict = "MET" if ratio >= TARGET_RATIO else "NOT MET"
        worst = min(theirs[name]["ms"] / ours[name]["ms"] for name in ours)
        print(
            f"\nTarget: ours >= {TARGET_RATIO:g}x faster than juriscraper. Measured: {ratio:.2f}x on the total "
            f"(worst feed {worst:.2f}x) -> {verdict}"
        )


def profile_ours(feed: Path) -> None:
    import cProfile
    import pstats

    from scrapers.pacer_rss import PacerRss, PacerRssSettings

    raw = feed.read_bytes()
    scraper = PacerRss(PacerRssSettings(id=feed.stem, kind="pacer_rss", url="https://example.invalid/"))
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(10):
        scraper.parse(raw, "https://example.invalid/")
    profiler.disable()
    print(f"\nProfile of our parser, 10 parses of {feed.name} (cumulative time, top 15):")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(15)


def main() -> int:
    parser = argparse.ArgumentParser(description="our pacer_rss parser vs juriscraper's PacerRssFeed")
    parser.add_argument("--repeat", type=int, default=30, help="timed parses per feed (default 30)")
    parser.add_argument("--warmup", type=int, default=3, help="untimed parses per feed first (default 3)")
    parser.add_argument("--profile", action="store_true", help="profile our parser on the largest feed")
    parser.add_argument("--juriscraper-worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("feeds", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.juriscraper_worker:
        juriscraper_worker(args.feeds, args.repeat, args.warmup)
        return 0
    print(
        f"Parse time per feed, median of {args.repeat} runs after {args.warmup} warm-up runs, each side in its own "
        f"process; load average before: {os.getloadavg()[0]:.2f}\n"
    )
    ours = time_ours(FEEDS, args.repeat, args.warmup)
    theirs, problem = time_juriscraper(FEEDS, args.repeat, args.warmup)
    if theirs is None:
        print(f"juriscraper NOT measured: {problem}\n")
    print_table(ours, theirs)
    if theirs is None:
        print(f"\nTarget: ours >= {TARGET_RATIO:g}x faster than juriscraper -> NOT CHECKED (juriscraper unavailable)")
    if args.profile:
        profile_ours(max(FEEDS, key=lambda feed: feed.stat().st_size))
    return 0


if __name__ == "__main__":
    sys.exit(main())
