"""Parse speed and correctness: our PACER readers against juriscraper's on every PACER feed and docket report.

Pages (all of them unless --corpus-sample N):
  - feeds:    tests/fixtures/pacer_rss/*.xml (the 7 feeds of ../shared/fixtures/pacer_rss, byte for byte, and 6 more)
              ours: scrapers.pacer_rss.PacerRss(...).read(raw, url);
              juriscraper: PacerRssFeed(court)._parse_text(raw.decode("iso-8859-1")); .data
  - dockets:  ../shared/fixtures/pacer_dockets/*.html and ../shared/corpus/pacer_dockets/*/*.html (462 pages)
              ours: scrapers.html_docket.HtmlDocket(preset pacer_docket).read(raw, url);
              juriscraper: DocketReport(court) (AppellateDocketReport for the corpus' appellate/ folder)
              ._parse_text(text); .data
What is checked: before any timing, each page is read once by the same worker process that times it, and its
entries are compared with the golden output: a page with tests/fixtures/<kind>/<name>.expected.json must give
exactly those entries (as tests/test_golden.py checks them); any other page is compared with juriscraper's reading
beside it (<page>.json) the way tests/test_corpus.py compares them, with that test's table of intended
differences. Any difference makes the run exit 1 and names the page, whatever the timings.
How it is timed: two long-lived worker processes, ours in this .venv and juriscraper in bench/.venv-juriscraper
(made by bench/setup_juriscraper.sh), each timing one parse of one page when asked: by default the CPU time of the
worker's thread (time.thread_time), so that the time the worker waits for a core on a busy machine is not counted
(each side reads on one thread and does no I/O while timed); `--clock wall` times the wall clock
(time.perf_counter) instead. A timed read is the first read of its page since the worker read all the others
(and the other side read it): the caches hold other pages' work, as when a bot reads a page among others;
`--warm` times instead a second read right after an untimed one, as when a page is read over and over. For each
of --rounds rounds, for each page, both sides are asked in turn, the side that goes first alternating from round to
round, so that load from other work on the machine falls on both alike; a page's figure is the median of its rounds.
Import and start-up costs are not counted.
Target: ours at least 10x faster than juriscraper (juriscraper ms / ours ms) on every page.

    .venv/bin/python bench/parse.py [--rounds 3] [--corpus-sample N] [--clock cpu|wall] [--warm] [--profile]

Exit status: 0 every page read right (whatever the speed verdict), 1 a page differs from its golden output,
2 juriscraper's environment is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((parent / "shared" for parent in ROOT.parents if (parent / "shared" / "corpus").is_dir()), ROOT / "shared")
FEEDS = ROOT / "tests" / "fixtures" / "pacer_rss"
DOCKET_FIXTURES = SHARED / "fixtures" / "pacer_dockets"
CORPUS = SHARED / "corpus" / "pacer_dockets"
GOLDEN_DOCKETS = ROOT / "tests" / "fixtures" / "html_docket"
JURISCRAPER_PYTHON = ROOT / "bench" / ".venv-juriscraper" / "bin" / "python"
TARGET_RATIO = 10.0


@dataclass(frozen=True)
class Page:
    """One page to read: `name` as printed, `kind` feed | docket | appellate, `court` a PACER court id, `golden` the
    .expected.json it must read to (or "" for a page compared with juriscraper's reading in `path` with .json)."""

    name: str
    path: str
    kind: str
    court: str
    golden: str


def court_of(path: Path) -> str:
    """The court id of a page: juriscraper's court_id in the reading beside it, else the name up to the first _."""
    reference = path.with_suffix(".json")
    if reference.exists():
        court = json.loads(reference.read_text(encoding="utf-8") or "{}")
        if isinstance(court, dict) and court.get("court_id"):
            return str(court["court_id"])
    return path.stem.split("_")[0]


def all_pages(corpus_sample: int | None) -> list[Page]:
    """Every feed, docket fixture and corpus page, or a seeded random sample of `corpus_sample` corpus pages."""
    pages = [
        Page(f"feed/{path.stem}", str(path), "feed", path.stem.split("_")[0], str(path.with_suffix(".expected.json")))
        for path in sorted(FEEDS.glob("*.xml"))
    ]
    for path in sorted(DOCKET_FIXTURES.glob("*.html")):
        golden = GOLDEN_DOCKETS / f"pacer_{path.stem}.expected.json"
        pages.append(Page(f"fixture/{path.stem}", str(path), "docket", court_of(path), str(golden) if golden.exists() else ""))
    corpus = sorted(CORPUS.glob("*/*.html"))
    if corpus_sample is not None and corpus_sample < len(corpus):
        corpus = sorted(random.Random(17).sample(corpus, corpus_sample))
    for path in corpus:
        kind = "appellate" if path.parent.name == "appellate" else "docket"
        pages.append(Page(f"corpus/{path.parent.name}/{path.stem}", str(path), kind, court_of(path), ""))
    return pages


# --- our side ---------------------------------------------------------------------------------------------------


class OurReader:
    """Reads pages with our scrapers, as the golden and corpus tests build them, and checks them against golden."""

    def __init__(self) -> None:
        sys.path.insert(0, str(ROOT))

    def prepare(self, page: Page) -> tuple[Any, Any, list[str]]:
        """(read: a function of no argument, its argument bytes, problems of its answer against the golden output)."""
        from scrapers.base import ParseError
        from tests import test_corpus, test_golden

        raw = Path(page.path).read_bytes()
        if page.golden:
            kind = "pacer_rss" if page.kind == "feed" else "html_docket"
            golden_input = Path(page.golden.replace(".expected.json", Path(page.path).suffix))
            scraper = test_golden.SCRAPERS[kind](test_golden.source_config(kind, golden_input))
            url = test_golden.URL
            actual = [entry.to_json() for entry in scraper.read(raw, url).entries]
            expected = json.loads(Path(page.golden).read_text(encoding="utf-8"))
            problems = [] if actual == expected else [first_difference(actual, expected)]
            return scraper.read, (raw, url), problems
        scraper, url = test_corpus.source(page.court)
        reference = json.loads(Path(page.path).with_suffix(".json").read_text(encoding="utf-8"))
        name = page.name.removeprefix("corpus/")
        differences = test_corpus.PAGE_DIFFERENCES.get(name, {})
        if not reference and test_corpus.NO_DOCKET not in differences:
            try:
                scraper.read(raw, url)
                problems = ["read as a docket; juriscraper says it is not one (ours should raise ParseError)"]
            except ParseError:
                problems = []
            return scraper.read, (raw, url), problems
        parsed = scraper.read(raw, url)
        folder = Path(page.path).parent.name
        problems = test_corpus.compare(folder, parsed.entries, reference.get("docket_entries", []), differences)
        problems += test_corpus.compare_header(parsed.entries, reference, differences) if reference else []
        problems += [f"skipped {skipped}" for skipped in parsed.skipped]
        return scraper.read, (raw, url), problems


def first_difference(actual: list[dict], expected: list[dict]) -> str:
    if len(actual) != len(expected):
        return f"{len(actual)} entries, golden file {len(expected)}"
    for position, (ours, golden) in enumerate(zip(actual, expected, strict=True)):
        fields = sorted(key for key in set(ours) | set(golden) if ours.get(key) != golden.get(key))
        if fields:
            return "; ".join(f"entry {position} {field}: ours {ours.get(field)!r}, golden file {golden.get(field)!r}"
                             for field in fields)
    return "differs from the golden file"


# --- juriscraper's side -----------------------------------------------------------------------------------------


class JuriscraperReader:
    """Runs inside bench/.venv-juriscraper: juriscraper reads pages as its own tests read them."""

    def __init__(self) -> None:
        import logging

        logging.disable(logging.CRITICAL)

    def prepare(self, page: Page) -> tuple[Any, Any, list[str]]:
        from juriscraper.pacer import AppellateDocketReport, DocketReport, PacerRssFeed

        raw = Path(page.path).read_bytes()
        if page.kind == "feed":
            feed = PacerRssFeed(page.court)  # one per page: its constructor opens an HTTP client

            def read_feed(text: str) -> object:
                feed._data = None  # `data` is cached on the object
                feed._parse_text(text)
                return feed.data

            return read_feed, (raw.decode("iso-8859-1"),), []
        report_class = AppellateDocketReport if page.kind == "appellate" else DocketReport

        def read_docket(text: str) -> object:
            report = report_class(page.court)
            report._parse_text(text)
            return report.data

        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("iso-8859-1")
        return read_docket, (text,), []


CLOCKS = {"cpu": time.thread_time, "wall": time.perf_counter}


def serve(reader: OurReader | JuriscraperReader, requests: IO[str], answers: IO[str], clock: str, warm: bool) -> None:
    """A worker: `{"load": [page, ...]}` reads each page once and answers its problems; `{"time": i}` answers the
    seconds one read of page i takes; an empty line ends it. One JSON object per line each way."""
    readers: list[tuple[Any, Any]] = []
    for line in requests:
        request = json.loads(line) if line.strip() else None
        if request is None:
            return
        if "load" in request:
            problems = {}
            for fields in request["load"]:
                page = Page(**fields)
                try:
                    read, arguments, page_problems = reader.prepare(page)
                except Exception as error:  # a crash of one side on one page is a finding, not a stop
                    read, arguments, page_problems = (lambda: None), (), [f"{type(error).__name__}: {error}"]
                try:
                    read(*arguments)  # warm-up; a page that is no docket raises ParseError: that is its reading
                except Exception:
                    pass
                readers.append((read, arguments))
                if page_problems:
                    problems[page.name] = page_problems
            answers.write(json.dumps({"problems": problems}) + "\n")
        else:
            read, arguments = readers[request["time"]]
            if warm:
                try:
                    read(*arguments)
                except Exception:
                    pass
            start = CLOCKS[clock]()
            try:
                read(*arguments)
            except Exception:  # a page that is no docket raises ParseError: that is its reading
                pass
            answers.write(json.dumps({"seconds": CLOCKS[clock]() - start}) + "\n")
        answers.flush()


class Worker:
    """A worker process of one side, spoken to over its stdin and stdout."""

    def __init__(self, python: Path, side: str, clock: str, warm: bool) -> None:
        self.process = subprocess.Popen(
            [str(python), __file__, "--worker", side, "--clock", clock] + (["--warm"] if warm else []),
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            cwd=ROOT,
        )

    def ask(self, request: dict) -> dict:
        assert self.process.stdin and self.process.stdout
        self.process.stdin.write(json.dumps(request) + "\n")
        self.process.stdin.flush()
        answer = self.process.stdout.readline()
        if not answer:
            raise RuntimeError(f"worker {self.process.args!r} stopped (exit {self.process.wait()})")
        return json.loads(answer)

    def close(self) -> None:
        assert self.process.stdin
        self.process.stdin.write("\n")
        self.process.stdin.close()
        self.process.wait(timeout=30)


# --- the run ----------------------------------------------------------------------------------------------------


def time_alternately(ours: Worker, theirs: Worker, count: int, rounds: int) -> tuple[list[float], list[float]]:
    """Per page, the median ms of `rounds` reads by each side, the two asked in turn (who goes first alternates)."""
    mine: list[list[float]] = [[] for _ in range(count)]
    other: list[list[float]] = [[] for _ in range(count)]
    for turn in range(rounds):
        for index in range(count):
            order = ((ours, mine), (theirs, other)) if (turn + index) % 2 == 0 else ((theirs, other), (ours, mine))
            for worker, times in order:
                times[index].append(worker.ask({"time": index})["seconds"] * 1000)
        print(f"  round {turn + 1}/{rounds} done", file=sys.stderr)
    return [statistics.median(times) for times in mine], [statistics.median(times) for times in other]


def print_table(pages: list[Page], mine: list[float], theirs: list[float], problems: dict[str, list[str]]) -> None:
    header = f"{'page':<36} {'kB':>6} {'ours ms':>9} {'juriscraper ms':>15} {'ratio':>8}  golden"
    print(header + "\n" + "-" * len(header))
    for page, ours_ms, their_ms in zip(pages, mine, theirs, strict=True):
        size = Path(page.path).stat().st_size / 1000
        verdict = "DIFFERS" if page.name in problems else ("same" if page.golden else "agrees")
        print(f"{page.name:<36} {size:>6.1f} {ours_ms:>9.3f} {their_ms:>15.3f} {their_ms / ours_ms:>7.2f}x  {verdict}")
    print("-" * len(header))
    groups = sorted({page.name.rsplit("/", 1)[0] for page in pages})
    for group in groups:
        chosen = [i for i, page in enumerate(pages) if page.name.rsplit("/", 1)[0] == group]
        ratios = [theirs[i] / mine[i] for i in chosen]
        total_ours, total_theirs = sum(mine[i] for i in chosen), sum(theirs[i] for i in chosen)
        print(
            f"{group:<22} {len(chosen):>4} pages: ours {total_ours:>9.1f} ms, juriscraper {total_theirs:>9.1f} ms, "
            f"{total_theirs / total_ours:>6.2f}x on the total; per page median {statistics.median(ratios):.2f}x, "
            f"worst {min(ratios):.2f}x"
        )


def profile_ours(pages: list[Page]) -> None:
    """Where our readers spend their time: cProfile over one read of each page, top functions."""
    import cProfile
    import pstats

    reader = OurReader()
    prepared = [reader.prepare(page)[:2] for page in pages]
    profiler = cProfile.Profile()
    profiler.enable()
    for read, arguments in prepared:
        try:
            read(*arguments)
        except Exception:
            pass
    profiler.disable()
    print(f"\nProfile of our readers, one read of each of the {len(pages)} pages (total time, top 20):")
    pstats.Stats(profiler).sort_stats("tottime").print_stats(20)


def main() -> int:
    parser = argparse.ArgumentParser(description="our PACER readers vs juriscraper's, checked against golden output")
    parser.add_argument("--rounds", type=int, default=3, help="timed reads of each page per side (default 3)")
    parser.add_argument("--corpus-sample", type=int, help="time only this many corpus pages, chosen at random (seeded)")
    parser.add_argument("--profile", action="store_true", help="also profile our readers over the pages")
    parser.add_argument("--clock", choices=tuple(CLOCKS), default="cpu",
                        help="cpu: the reading thread's CPU time (default); wall: the wall clock")
    parser.add_argument("--warm", action="store_true", help="time a read right after an untimed read of the same page")
    parser.add_argument("--worker", choices=("ours", "juriscraper"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        reader = OurReader() if args.worker == "ours" else JuriscraperReader()
        serve(reader, sys.stdin, sys.stdout, args.clock, args.warm)
        return 0
    if not JURISCRAPER_PYTHON.exists():
        print(f"{JURISCRAPER_PYTHON} does not exist: run `bash bench/setup_juriscraper.sh` first", file=sys.stderr)
        return 2
    pages = all_pages(args.corpus_sample)
    corpus_count = sum(page.name.startswith("corpus/") for page in pages)
    print(
        f"Read time per page ({'CPU time of the reading thread' if args.clock == 'cpu' else 'wall clock'}"
        f"{', each read right after an untimed read of the same page' if args.warm else ''}), median of "
        f"{args.rounds} rounds, ours and juriscraper asked in turn, each side in a "
        f"process of its own; {len(pages)} pages ({corpus_count} of the corpus' {len(list(CORPUS.glob('*/*.html')))}); "
        f"load average before: {os.getloadavg()[0]:.2f}\n"
    )
    ours = Worker(Path(sys.executable), "ours", args.clock, args.warm)
    theirs = Worker(JURISCRAPER_PYTHON, "juriscraper", args.clock, args.warm)
    try:
        load = {"load": [asdict(page) for page in pages]}
        problems = ours.ask(load)["problems"]
        their_problems = theirs.ask(load)["problems"]
        mine, other = time_alternately(ours, theirs, len(pages), args.rounds)
    finally:
        ours.close()
        theirs.close()
    print_table(pages, mine, other, problems)
    for name, crash in their_problems.items():
        print(f"juriscraper failed on {name}: {crash[0]}")
    worst = min(range(len(pages)), key=lambda i: other[i] / mine[i])
    slow = sum(other[i] / mine[i] < TARGET_RATIO for i in range(len(pages)))
    verdict = "MET" if slow == 0 else "NOT MET"
    print(
        f"\nTarget: ours >= {TARGET_RATIO:g}x faster than juriscraper on every page. Measured: {slow} of {len(pages)} "
        f"pages under {TARGET_RATIO:g}x, worst {pages[worst].name} {other[worst] / mine[worst]:.2f}x -> {verdict}"
    )
    if args.profile:
        profile_ours(pages)
    if problems:
        print(f"\nWRONG ANSWERS: {len(problems)} page(s) differ from their golden output:")
        for name, page_problems in problems.items():
            print(f"  {name}: " + "\n    ".join(page_problems[:3]))
        print("\nFAILED: the figures above do not count until every page reads to its golden output")
        return 1
    print(f"\nAnswers: every entry of every page ({len(pages)}) equals its golden output.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
