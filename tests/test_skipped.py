"""Never a silent drop: what a poll skips is counted with its reason on the `check` line, in the log, in
/metrics and in `sources`; a poll that skips more than `max_skipped` of what it read fails and keeps the state."""

from __future__ import annotations

import re

import pytest

from bot.cli import main
from bot.ops.metrics import Metrics
from bot.poll.poller import skip_note
from scrapers import Skipped
from tests.support.feeds import FIXTURES, ChangingFeed

SDNY = (FIXTURES / "pacer_rss" / "sdny_1.xml").read_bytes()
_TITLE = re.compile(rb"<title>\d:\d\d-[a-z]+-\d+[^<]*</title>")


def with_broken_titles(feed: bytes, count: int) -> bytes:
    """The feed with the docket number taken out of the first `count` item titles (a layout we cannot read)."""
    return _TITLE.sub(lambda m: b"<title>Court-wide notice to the bar</title>", feed, count=count)


@pytest.fixture
def sdny(httpserver, use_config, sqlite_url):
    feed = ChangingFeed(httpserver, SDNY)
    use_config(
        f"""\
sources:
  - id: sdny
    kind: pacer_rss
    url: {feed.url}
subscriptions:
  - channel: "#all"
""",
        sqlite_url,
    )
    return feed


def test_a_few_skipped_items_are_reported_everywhere(sdny, capsys):
    sdny.body = with_broken_titles(SDNY, 2)
    assert main(["check"]) == 0
    printed = capsys.readouterr()
    line = printed.out.splitlines()[0]
    assert line.startswith("sdny  baseline:")
    assert "SKIPPED 2: title has no docket number (2, e.g. 'Court-wide notice to the bar')" in line
    assert "skipped 2" not in printed.err  # said once, on the line; the log (the worker's) says it too:
    sdny.body = with_broken_titles(SDNY, 3)
    assert main(["--log-level", "WARNING", "check"]) == 0
    assert re.search(r"WARNING bot.poll.poller: source sdny: skipped 3 of \d+ items read: title has no docket number",
                     capsys.readouterr().err)

    assert main(["sources"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].split()[-1] == "3"  # the SKIPPED column
    assert "sdny: last poll skipped: title has no docket number (3, e.g. 'Court-wide notice to the bar')" in out


def test_a_poll_that_skips_most_items_fails_and_keeps_the_state(sdny, capsys):
    assert main(["check"]) == 0  # baseline of the whole feed
    capsys.readouterr()
    sdny.body = with_broken_titles(SDNY, 300)
    assert main(["check"]) == 1
    line = capsys.readouterr().out.splitlines()[0]
    found = re.search(r"FAILED  .*skipped (\d+) of the \d+ items read \(more than max_skipped 10%\): "
                      r"title has no docket number \((\d+), e\.g\. 'Court-wide notice to the bar'\); "
                      "the old state is kept", line)
    assert found and int(found.group(1)) == int(found.group(2)) > 250, line
    assert main(["sources"]) == 0
    row = capsys.readouterr().out.splitlines()[1].split()
    assert row[-4:-2] == ["error", "1"]


def test_max_skipped_can_be_raised_per_source(sdny, tmp_path, capsys):
    config = tmp_path / "sources.yaml"
    config.write_text(config.read_text().replace("    kind: pacer_rss\n", "    kind: pacer_rss\n    max_skipped: 0.95\n"))
    sdny.body = with_broken_titles(SDNY, 300)
    assert main(["check"]) == 0
    assert re.search(r"SKIPPED \d{3}: title has no docket number", capsys.readouterr().out)


def test_skipped_items_are_counted_by_reason_in_metrics(httpserver, store):
    from bot.config import Config
    from bot.poll.poller import Poller
    from scrapers.http import Fetcher

    feed = ChangingFeed(httpserver, with_broken_titles(SDNY, 3))
    config = Config.model_validate({"sources": [{"id": "sdny", "kind": "pacer_rss", "url": feed.url}]})
    metrics = Metrics()
    result = Poller(config, store, Fetcher(attempts=1, per_host_interval=0), metrics=metrics).poll(config.sources[0])
    assert result.ok and len(result.skipped) == 3
    exposition = metrics.exposition().decode()
    assert 'docketbot_items_skipped_total{reason="title has no docket number",source="sdny"} 3.0' in exposition
    state = store.state("sdny")
    assert state.last_skipped == 3 and state.last_skip_note.startswith("title has no docket number (3, e.g.")


def test_skip_note_orders_reasons_by_count_with_one_example_each():
    skipped = [Skipped("no date", "row 4"), Skipped("title has no docket number", "A"),
               Skipped("title has no docket number", "B"), Skipped("no date", "")]
    assert skip_note(skipped) == "no date (2, e.g. 'row 4'); title has no docket number (2, e.g. 'A')"
    assert skip_note([Skipped("nested table")]) == "nested table (1)"
    assert skip_note([]) == ""
