"""Mutes and pauses (bot/core/quiet.py, bot/store/mutes.py and pauses.py), end to end on a real store and a local
court feed through `python -m bot mute | unmute | pause | resume | check | sources`: a muted case gets no post in
its channel and the poll counts it; a paused source is not polled, and its first poll after the pause records
what it finds without posting it."""

from __future__ import annotations

import io
import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from rich.console import Console

from bot.app import App
from bot.cli import main, poll_with_progress
from bot.config import Subscription, read_source
from bot.core.quiet import COMMAND_LINE, CONFIG_FILE, Mute, Pause, PauseWindow
from bot.ops.health import Health
from bot.ops.quiet import QuietError, case_and_lasting, mute_duration
from bot.pipeline.run import WHILE_PAUSED
from bot.store.pauses import PAUSED
from tests.support.feeds import FIXTURES, ChangingFeed, feed_without_newest

NOW = datetime(2026, 11, 29, 15, 0, tzinfo=UTC)
FULL_FEED = (FIXTURES / "pacer_rss" / "sdny_1.xml").read_bytes()


# --- the store, on both databases --------------------------------------------------------------------


def test_a_mute_is_in_force_until_its_time_and_replaces_the_earlier_mute_of_its_case(store):
    assert store.mute(Mute("#desk", "1:18-cv-01119", NOW, NOW + timedelta(days=2), "U0ALICE")) == 0
    assert store.mute(Mute("C0DESK0001", "1:18-cv-1119-PKC", NOW, NOW + timedelta(days=1), "U0BOB", "desk")) == 1
    [mute] = store.mutes(NOW)
    assert (mute.channel, mute.case, mute.by, mute.until) == ("C0DESK0001", "1:18-cv-1119-PKC", "U0BOB",
                                                               NOW + timedelta(days=1))
    assert store.muted("#desk", "18-cv-1119", NOW + timedelta(hours=23)) == mute
    assert store.muted("#desk", "18-cv-1119", NOW + timedelta(days=1)) is None  # its time is up
    assert store.muted("#desk", "18-cv-1119", NOW - timedelta(minutes=1)) is None  # not made yet: no reason then
    assert store.muted("#other", "18-cv-1119", NOW) is None
    assert store.muted("desk", "2:18-cv-1119", NOW) is None  # another office's case
    assert store.unmute("#elsewhere", "1:18-cv-01119") == []
    assert store.unmute("desk", "1:18-cv-01119") == [mute]
    assert store.mutes(NOW) == []


def test_a_pause_is_stored_once_marks_the_source_and_ends_on_resume(store):
    assert store.pause(Pause("nmd", "U0ALICE", NOW))
    assert not store.pause(Pause("nmd", "U0BOB", NOW + timedelta(hours=1)))  # the first pause is kept
    assert store.paused("nmd") == Pause("nmd", "U0ALICE", NOW)
    assert store.state("nmd").last_status == PAUSED
    assert store.state("nmd").pause_window == PauseWindow(NOW, None)
    assert store.resume("nmd", NOW + timedelta(hours=2)) == Pause("nmd", "U0ALICE", NOW)
    assert store.resume("nmd", NOW + timedelta(hours=3)) is None and store.paused("nmd") is None
    assert store.state("nmd").pause_window == PauseWindow(NOW, NOW + timedelta(hours=2))


def test_a_paused_source_is_not_claimed_and_the_others_still_are(store):
    lease, gap = timedelta(minutes=10), timedelta(0)
    for source in ("nmd", "sdny", "edny"):  # each has its state row, as after its first poll
        assert store.claim_poll(source, "first", NOW, lease, gap)
    store.pause(Pause("edny", "U0ALICE", NOW))
    later = NOW + timedelta(hours=1)
    assert store.claim_poll("edny", "w", later, lease, gap) is None
    assert store.claim_poll("nmd", "w", later, lease, gap) is not None  # a pause of another source stops nothing
    assert set(store.claim_polls({"sdny": None, "edny": None}, "w", later, lease, gap)) == {"sdny"}
    store.resume("edny", later)
    assert store.claim_poll("edny", "w", later, lease, gap) is not None


def test_a_pause_window_spans_pauses_made_before_the_first_poll_after_them(store):
    store.pause(Pause("nmd", "U0ALICE", NOW))
    store.resume("nmd", NOW + timedelta(minutes=5))
    store.pause(Pause("nmd", "U0BOB", NOW + timedelta(hours=1)))  # not polled in between: the window goes on
    assert store.state("nmd").pause_window == PauseWindow(NOW, None)
    store.mark_paused(Pause("nmd", "U0BOB", NOW + timedelta(hours=1)), NOW + timedelta(hours=2))  # a turn skipped
    assert store.state("nmd").pause_window == PauseWindow(NOW, None)
    store.resume("nmd", NOW + timedelta(hours=3))
    store.mark_paused(Pause("nmd", "U0BOB", NOW + timedelta(hours=1)), NOW + timedelta(hours=4))  # read before it
    assert store.state("nmd").pause_window == PauseWindow(NOW, NOW + timedelta(hours=3))
    store.mark_paused(Pause("pa", CONFIG_FILE), NOW + timedelta(hours=5))  # `paused: true`: from its first turn skipped
    assert store.state("pa").pause_window == PauseWindow(NOW + timedelta(hours=5), None)


def test_paused_true_in_the_config_is_a_pause_of_its_own(store):
    source = read_source({"id": "nmd", "kind": "pacer_rss", "court": "nmd", "paused": True})
    assert store.pause_of(source) == Pause("nmd", CONFIG_FILE)
    assert store.pause_of(source.model_copy(update={"paused": False})) is None
    assert source.digest == source.model_copy(update={"paused": False}).digest  # what a poll reads is the same


@pytest.mark.parametrize("words, lasting", [([], None), (["for", "2d"], timedelta(days=2)), (["12h"], timedelta(hours=12))])
def test_a_mute_lasts_until_unmuted_or_for_a_duration(words, lasting):
    assert mute_duration(words) == lasting


@pytest.mark.parametrize("words, case, lasting", [
    (["1:23-cv-00001"], "1:23-cv-00001", None),
    (["1:23-cv-00001", "for", "2d"], "1:23-cv-00001", timedelta(days=2)),
    (["1:23-cv-00001", "12h"], "1:23-cv-00001", timedelta(hours=12)),
    (["Rust", "Movie", "Productions"], "Rust Movie Productions", None),  # a party's name of several words
    (["Rust", "Movie", "Productions", "for", "2d"], "Rust Movie Productions", timedelta(days=2)),
    (["Friends", "for", "Life", "for", "1h"], "Friends for Life", timedelta(hours=1)),
])
def test_a_mutes_case_may_be_several_words_before_its_time(words, case, lasting):
    assert case_and_lasting(words) == (case, lasting)


def test_a_mutes_unreadable_time_after_for_is_refused_not_read_as_its_case():
    with pytest.raises(QuietError, match='"ever" is not a duration'):
        case_and_lasting(["1:23-cv-00001", "for", "ever"])


@pytest.mark.parametrize("words", [["for"], ["for", "2", "days"], ["forever"], ["for", "0s"]])
def test_a_mute_of_an_unreadable_duration_is_refused(words):
    with pytest.raises(QuietError):
        mute_duration(words)


# --- the command line, against a local feed ----------------------------------------------------------


@pytest.fixture
def feed(httpserver, use_config, sqlite_url):
    """The SDNY feed without its newest 75 items; posts go to the console; the store on SQLite."""
    return serve_feed(httpserver, use_config, sqlite_url)


@pytest.fixture
def feed_on_each(httpserver, use_config, database_url):
    """As `feed`, once on SQLite and once on PostgreSQL."""
    return serve_feed(httpserver, use_config, database_url)


def serve_feed(httpserver, use_config, database_url) -> ChangingFeed:
    """The SDNY feed without its newest 75 items, the config polling it, the store at `database_url`."""
    served = ChangingFeed(httpserver, feed_without_newest(FULL_FEED, 75))
    use_config(f"""\
sources:
  - id: sdny
    kind: pacer_rss
    url: {served.url}
subscriptions:
  - channel: "#desk"
    events: [all]
""", database_url)
    return served


def check_line(capsys) -> str:
    assert main(["check"]) == 0
    return next(line for line in capsys.readouterr().out.splitlines() if line.startswith("sdny "))


def stored_posts() -> list[str]:
    """The case numbers of the posts in the outbox, one per post."""
    app = App.from_env(os.environ)
    try:
        return [row.post.entry.case_number for row in app.store.recent_posts(1000)]
    finally:
        app.close()


def test_a_muted_case_gets_no_post_in_its_channel_and_the_check_line_counts_it(feed, capsys):
    check_line(capsys)  # the baseline
    feed.body = feed_without_newest(FULL_FEED, 40)
    app = App.from_env(os.environ)
    would = app.poll(app.config.source("sdny"), dry_run=True).queued
    app.close()
    case = would[0].post.entry.case_number
    of_case = sum(len(item.post.items) for item in would if item.post.entry.case_number == case)

    assert main(["mute", case, "--channel", "desk", "--for", "2d"]) == 0  # the config's "#desk"
    assert capsys.readouterr().out.startswith(f"muted {case} in #desk until ")
    assert main(["mute"]) == 0
    assert capsys.readouterr().out.startswith(f"{case} in #desk until ")
    line = check_line(capsys)
    assert line.endswith(f"queued {len(would) - of_case} post(s), {of_case} muted"), line
    posted = stored_posts()
    assert case not in posted and len(posted) == len(would) - of_case
    assert main(["entries", "--case", case]) == 0
    rows = capsys.readouterr().out.splitlines()[1:-1]
    assert len(rows) == of_case and all(row.endswith("not posted (muted in #desk)") for row in rows), rows

    assert main(["unmute", case, "--channel", "#desk"]) == 0
    assert capsys.readouterr().out == f"unmuted {case} in #desk: its new filings are posted there again\n"
    feed.body = FULL_FEED
    assert "muted" not in check_line(capsys)
    assert main(["sources"]) == 0 and "muted" not in capsys.readouterr().out


def test_a_mute_whose_time_is_up_mutes_nothing(feed, capsys):
    check_line(capsys)
    app = App.from_env(os.environ)
    app.store.mute(Mute("#desk", "1:18-cv-01119", NOW - timedelta(days=3), NOW - timedelta(days=1), COMMAND_LINE))
    app.close()
    feed.body = FULL_FEED
    assert "muted" not in check_line(capsys)
    assert main(["mute"]) == 0 and capsys.readouterr().out == "no case is muted\n"


def test_a_paused_source_is_not_polled_and_its_first_poll_after_posts_what_was_filed_before_the_pause(feed, capsys):
    check_line(capsys)
    assert main(["pause", "sdny"]) == 0
    assert capsys.readouterr().out == "paused sdny: no worker polls it until `resume sdny`\n"
    feed.body = feed_without_newest(FULL_FEED, 40)
    polled = feed.requests
    line = check_line(capsys)
    assert line.startswith("sdny  paused: not polled (paused by the command line since ")
    assert line.endswith("`resume sdny` polls it again)") and feed.requests == polled
    assert main(["sources"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1].split()[-4:] == ["paused", "0", "266", "0"]  # STATUS, FAILS, ENTRIES, SKIPPED
    assert "sdny: paused by the command line since " in out

    assert main(["entries", "--source", "sdny", "--limit", "1"]) == 0
    paused_line = capsys.readouterr().out.splitlines()[-1]
    assert paused_line.startswith("sdny is paused (paused by the command line since ")
    assert paused_line.endswith("): not polled; `resume sdny` polls it again")
    assert main(["why", "sdny", "no such words"]) == 1 and capsys.readouterr().err.splitlines()[-1] == paused_line

    assert main(["resume", "sdny"]) == 0
    assert capsys.readouterr().out.startswith("resumed sdny (paused by the command line since ")
    assert main(["sources"]) == 0 and capsys.readouterr().out.splitlines()[1].split()[-4] == "resumed"
    # the 35 filings the feed lists now were all made (in 2018) before the pause: posted as without one
    line = check_line(capsys)
    assert line.startswith("sdny  ok  35 new of ") and WHILE_PAUSED not in line and not line.endswith(" 0 post(s)"), line
    assert len(stored_posts()) == int(line.split("queued ")[1].split()[0])
    assert main(["entries", "--source", "sdny", "--limit", "35"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:-1]
    assert len(rows) == 35 and all(row.endswith(" sent") for row in rows), rows
    assert main(["sources"]) == 0 and capsys.readouterr().out.splitlines()[1].split()[-4] == "ok"


def paused_and_resumed() -> None:
    """Pauses sdny from before the newest 75 filings of the feed were made (on 2018-04-17) and resumes it now."""
    app = App.from_env(os.environ)
    app.store.pause(Pause("sdny", COMMAND_LINE, datetime(2018, 4, 17, 22, 0, tzinfo=UTC)))
    app.close()
    assert main(["resume", "sdny"]) == 0


def test_the_first_poll_after_a_pause_holds_back_what_was_filed_during_it_and_posts_the_rest(feed_on_each, capsys):
    check_line(capsys)  # the baseline: the feed without its newest 75 filings (those up to 2018-04-17 22:46:47)
    app = App.from_env(os.environ)
    since, until = datetime(2018, 4, 17, 22, 54, 19, tzinfo=UTC), datetime(2018, 4, 17, 23, 16, 18, tzinfo=UTC)
    app.store.pause(Pause("sdny", "U0ALICE", since))  # the 60th newest filing's moment
    app.store.resume("sdny", until)  # the 30th newest's
    app.close()
    feed_on_each.body = FULL_FEED
    line = check_line(capsys)
    assert line.startswith("sdny  ok  75 new of 341 (30 filed while the source was paused (recorded without a post))")
    posted = int(line.split("queued ")[1].split()[0])
    assert posted and len(stored_posts()) == posted
    assert main(["entries", "--source", "sdny", "--limit", "75"]) == 0
    rows = capsys.readouterr().out.splitlines()[1:-1]
    held = [row for row in rows if row.endswith("not posted (source paused)")]
    assert len(rows) == 75 and len(held) == 30 and all(row.endswith(" sent") for row in rows if row not in held)
    assert rows.index(held[0]) == 30 and rows.index(held[-1]) == 59  # the 31st to 60th newest: filed in the pause
    assert main(["why", "sdny", "1:18-cv-03365"]) == 0  # the newest filings, made after the resume: posted
    assert "source paused" not in capsys.readouterr().out


def test_a_resumed_source_whose_first_poll_fails_still_posts_nothing_it_missed_when_it_succeeds(feed, capsys):
    check_line(capsys)
    paused_and_resumed()
    capsys.readouterr()
    feed.body = b"<html><body>Service Unavailable</body></html>"  # the court's first answer after the pause
    assert main(["check"]) == 1 and "sdny  FAILED" in capsys.readouterr().out
    assert main(["sources"]) == 0 and capsys.readouterr().out.splitlines()[1].split()[-4:-2] == ["error", "1"]
    feed.body = feed_without_newest(FULL_FEED, 40)  # 35 filings made while it was paused
    line = check_line(capsys)
    assert f"{WHILE_PAUSED})" in line and line.endswith("queued 0 post(s)"), line
    assert stored_posts() == []
    assert main(["sources"]) == 0 and capsys.readouterr().out.splitlines()[1].split()[-4] == "ok"


def test_a_resumed_source_whose_first_poll_lists_nothing_still_posts_nothing_it_missed(feed, capsys):
    check_line(capsys)
    paused_and_resumed()
    capsys.readouterr()
    feed.body = feed_without_newest(FULL_FEED, 10_000)  # a quiet hour: the court's feed lists no item
    assert check_line(capsys).startswith("sdny  ok  0 new of 0")
    assert main(["sources"]) == 0 and capsys.readouterr().out.splitlines()[1].split()[-4] == "resumed"
    feed.body = feed_without_newest(FULL_FEED, 40)  # 35 filings made while it was paused
    line = check_line(capsys)
    assert f"{WHILE_PAUSED})" in line and line.endswith("queued 0 post(s)"), line
    assert stored_posts() == []


def test_pause_resume_and_mute_say_what_they_cannot_do(feed, capsys):
    assert main(["pause", "nowhere"]) == 2
    assert capsys.readouterr().err == '"nowhere" is not a source id (configured: sdny)\n'
    assert main(["resume", "sdny"]) == 0 and capsys.readouterr().out == "sdny is not paused\n"
    assert main(["mute", "hello", "--channel", "#desk"]) == 2
    assert "not a docket number" in capsys.readouterr().err
    assert main(["mute", "1:18-cv-01119"]) == 2 and "--channel" in capsys.readouterr().err
    config = Path(os.environ["DOCKETBOT_CONFIG"])
    config.write_text(config.read_text().replace("    kind: pacer_rss\n", "    kind: pacer_rss\n    paused: true\n"))
    assert main(["resume", "sdny"]) == 2
    assert "paused: true` in the config file" in capsys.readouterr().err
    line = check_line(capsys)
    assert line == "sdny  paused: not polled (paused: true in the config file; remove it there to poll it again)"


def test_pause_times_are_shown_on_the_configs_clock(feed, capsys):
    config = Path(os.environ["DOCKETBOT_CONFIG"])
    config.write_text("timezone: America/Denver\n" + config.read_text())
    app = App.from_env(os.environ)
    app.store.pause(Pause("sdny", "U0ALICE", NOW))
    app.close()
    since = "paused by U0ALICE since 2026-11-29 08:00 MST"
    assert main(["sources"]) == 0 and f"sdny: {since}, not polled; " in capsys.readouterr().out
    assert check_line(capsys).startswith(f"sdny  paused: not polled ({since}; ")
    assert main(["resume", "sdny"]) == 0 and capsys.readouterr().out.startswith(f"resumed sdny ({since}): ")


def test_mute_and_unmute_refuse_a_channel_no_subscription_posts_to(feed, capsys):
    known = "no subscription posts there (they post to: #desk); give a channel as the config names it"
    for channel in ("#nonexistent", "C0123ABC"):
        assert main(["mute", "22-4492", "--channel", channel, "--for", "1d"]) == 2
        assert main(["unmute", "22-4492", "--channel", channel]) == 2
        assert capsys.readouterr().err.splitlines() == [f"--channel {channel}: {known}, or the id of one followed "
                                                        "in Slack"] * 2
    app = App.from_env(os.environ)
    app.store.add_subscription(Subscription(channel="C0123ABC", cases=["22-4492"]), "U0ALICE", NOW)
    app.store.mute(Mute("C0GONE0001", "22-4492", NOW, None, "U0BOB", "gone"))  # of a channel that follows nothing now
    app.close()
    assert main(["mute", "22-4492", "--channel", "C0123ABC", "--for", "1d"]) == 0  # a follow made in Slack
    assert capsys.readouterr().out.startswith("muted 22-4492 in C0123ABC until ")
    assert main(["unmute", "22-4492", "--channel", "gone"]) == 0
    assert capsys.readouterr().out == "unmuted 22-4492 in #gone: its new filings are posted there again\n"
    assert main(["unmute", "20-04482", "--channel", "DESK"]) == 0
    assert capsys.readouterr().out == "20-04482 is not muted in #desk (`mute` lists the mutes)\n"
    assert main(["mute", "22-4492", "--channel", "#gone"]) == 2  # unmuted, it is no destination any more


@pytest.mark.parametrize("case", ["17D22499", "18CV001704", "C-2302", "D-101-CR-2023-00040", "2023 P 001234"])
def test_a_state_courts_docket_number_is_muted_as_written(feed, capsys, case):
    assert main(["mute", case, "--channel", "#desk"]) == 0
    assert capsys.readouterr().out.startswith(f"muted {case} in #desk until unmuted")
    app = App.from_env(os.environ)
    try:
        muted = app.store.muted("#desk", case.lower(), datetime.now(UTC))
        assert muted is not None and muted.case == case
        # New Mexico's number is no federal case of 2001, nor another New Mexico case
        assert app.store.muted("#desk", "1:01-cr-02023", datetime.now(UTC)) is None
        assert app.store.muted("#desk", "D-101-CR-2023-00041", datetime.now(UTC)) is None
    finally:
        app.close()


def test_a_word_is_not_muted_and_the_refusal_says_why(feed, capsys):
    assert main(["mute", "Baldwin", "--channel", "#desk"]) == 2
    assert capsys.readouterr().err == ('"Baldwin" is not a docket number: it has no digit (a case key goes under '
                                       'case:); nor is it a case key of the config, nor a party name of a case '
                                       'seen\n')


@pytest.mark.parametrize("lasting, said", [
    ("10000000d", '"10000000d" is longer than 3650d (10 years); give a shorter duration'),
    ("99999999999999999999d", '"99999999999999999999d" is longer than 3650d (10 years)'),
    ("-1d", '"-1d" is negative; give a duration like 5m'),  # not argparse's "expected one argument"
])
def test_a_mute_for_too_long_or_a_negative_time_is_refused(feed, capsys, lasting, said):
    assert main(["mute", "22-4492", "--channel", "#desk", "--for", lasting]) == 2
    assert capsys.readouterr().err.startswith(said)
    assert main(["mute"]) == 0 and capsys.readouterr().out == "no case is muted\n"


def test_on_a_terminal_the_summary_table_says_paused(feed):
    app = App.from_env(os.environ)
    app.store.pause(Pause("sdny", COMMAND_LINE, NOW))
    screen = io.StringIO()
    [result] = poll_with_progress(app, app.config.sources, False, Console(file=screen, force_terminal=True, width=160))
    app.close()
    text = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", screen.getvalue())
    assert result.paused and re.search(r"sdny\s+paused\s+0\s+0\s+0", text), text
    assert "sdny paused: not polled (paused by the command line since 2026-11-29 15:00 UTC" in text


def test_a_paused_source_is_never_stale_to_ops(feed, capsys):
    check_line(capsys)
    app = App.from_env(os.environ)
    days_later = Health(app.config, app.store, clock=lambda: datetime.now(UTC) + timedelta(days=3))
    app.store.pause(Pause("sdny", COMMAND_LINE, NOW))
    days_later.check_stale()
    assert app.store.state("sdny").alert is None
    app.store.resume("sdny", NOW)  # and not before its first poll after the pause
    days_later.check_stale()
    assert app.store.state("sdny").alert is None
    check_line(capsys)
    days_later.check_stale()
    assert app.store.state("sdny").alert == "stale"
    app.close()


# --- what a mute matched: the cases seen, as `why` and `entries --case` find them -------------------------------

TEXAS_PAGE = (FIXTURES / "texas_courts" / "coa_08-16-00334-CV.html").read_bytes()


@pytest.fixture
def texas(httpserver, use_config, sqlite_url, capsys):
    """The Texas 8th Court of Appeals' page of 08-16-00334-CV (Texas DFPS v. Grassroots Leadership, a style of ~450
    characters) and the 1st court's 01-18-00277-CR (Sturch v. The State of Texas), seen by a baseline; #all follows
    everything."""
    pages = [ChangingFeed(httpserver, TEXAS_PAGE, path="/coa08/08-16-00334-CV"),
             ChangingFeed(httpserver, (FIXTURES / "texas_courts" / "coa_01-18-00277-CR.html").read_bytes(),
                          path="/coa01/01-18-00277-CR")]
    use_config(f"""\
sources:
  - id: coa08
    kind: texas_courts
    url: {pages[0].url}
  - id: coa01
    kind: texas_courts
    url: {pages[1].url}
subscriptions:
  - channel: "#all"
    events: [all]
""", sqlite_url)
    assert main(["check"]) == 0
    capsys.readouterr()


def grassroots_label(said: str) -> str:
    """The case 08-16-00334-CV as a mute names it: its long name cut short, then its number."""
    label = re.search(r"Texas Department of Family[^(]*… \(08-16-00334-CV\)", said)
    assert label is not None, said
    assert len(label.group()) <= 100 + len(" (08-16-00334-CV)")
    return label.group()


@pytest.mark.parametrize("typed", ["8-16-334-cv", "08-16-00334", "8-16-00334-CV"])
def test_a_mute_says_which_case_seen_its_number_is_and_the_list_names_it(texas, capsys, typed):
    assert main(["mute", typed, "--channel", "#all"]) == 0
    out = capsys.readouterr()
    muted, said = out.out.splitlines()
    assert muted.startswith(f"muted {typed} in #all until unmuted (by the command line): ") and out.err == ""
    assert said == f"{typed} is {grassroots_label(said)}"
    assert main(["mute"]) == 0
    listed = capsys.readouterr().out
    assert listed == f"{typed} in #all until unmuted (by the command line): {grassroots_label(listed)}\n"
    app = App.from_env(os.environ)
    try:
        assert app.store.muted("#all", "08-16-00334-CV", datetime.now(UTC)) is not None
        assert app.store.muted("#all", "01-18-00277-CR", datetime.now(UTC)) is None
    finally:
        app.close()


def test_a_mute_of_a_number_no_case_seen_has_is_kept_with_a_warning(texas, capsys):
    assert main(["mute", "99-99-99999-CV", "--channel", "#all"]) == 0
    out = capsys.readouterr()
    assert out.out.startswith("muted 99-99-99999-CV in #all until unmuted")
    assert out.err == ("warning: no case seen has this number: the mute is kept and will apply once such a case "
                       "appears — check the number\n")
    assert main(["sources"]) == 0
    assert ("muted: 99-99-99999-CV in #all until unmuted (by the command line): no case seen has this number"
            in capsys.readouterr().out.splitlines())


def test_a_party_name_of_one_case_seen_mutes_its_number_and_of_several_is_refused(texas, capsys):
    assert main(["mute", "Grassroots", "--channel", "#all", "--for", "2d"]) == 0
    muted, said = capsys.readouterr().out.splitlines()
    assert muted.startswith("muted 08-16-00334-CV in #all until ")
    assert said == f'"Grassroots" names one case seen, {grassroots_label(said)}: its number is muted'
    assert main(["mute", "Texas", "--channel", "#all"]) == 2
    err = capsys.readouterr().err
    assert err.startswith('"Texas" names 2 cases seen: Jeremy Lynn Sturch v. The State of Texas (01-18-00277-CR); ')
    assert grassroots_label(err) and err.endswith("; mute one by its docket number\n")
    assert main(["mute"]) == 0 and capsys.readouterr().out.count("\n") == 1  # the refused mute made none
