"""Digests: the subscription setting, the period a digest covers, what it holds (grouped by case, dismissals first,
what the filters left out, nothing when nothing happened), its delivery through the outbox (once, even with two
workers at the same moment), `python -m bot digest`, and how Slack shows it (through the fake Slack Web API)."""

from __future__ import annotations

import io
import os
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from apscheduler.schedulers.background import BackgroundScheduler
from sqlalchemy import text

from bot.app import App
from bot.cli import main
from bot.config import ConfigError, Subscription, load_config
from bot.core.digest import DAILY, Digest, DigestSchedule
from bot.core.entry import Entry
from bot.core.post import Item
from bot.core.quiet import Mute
from bot.delivery.deliver import Deliverer
from bot.delivery.digests import make_digest, queue_due
from bot.pipeline.route import Classified, route
from bot.schedule.digests import period_ending
from bot.store import Harvest, Store, engine_for
from bot.store.entries import Labels
from bot.store.migrate import alembic_config
from bot.worker.jobs import schedule_digests, send_digests
from bot.worker.main import build_scheduler
from bot.worker.reload import Reloader
from notifiers.apprise import AppriseNotifier
from notifiers.base import Notifiers
from notifiers.console import ConsoleNotifier
from notifiers.slack.notifier import SlackNotifier, build_client
from notifiers.slack.render import BLOCK_LIMIT, render_digest
from tests.fakes.slack_api import FakeSlack, channel_id
from tests.support.apps import app_from_config
from tests.test_apprise import Webhook

DENVER = ZoneInfo("America/Denver")
DAILY_8 = DigestSchedule.parse("daily 08:00")
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=DENVER)  # the 08:00 digest of this day is due
START, END = period_ending(DAILY_8, NOW, DENVER)
DURING = START + timedelta(hours=3)


def entry(key: str, case: str, text: str, number: str | None = None, source: str = "nmd", hour: int = 10) -> Entry:
    return Entry(source_id=source, key=key, case_number=case, case_name=f"USA v. {case[-3:]}", court="nmd",
                 text=text, url=f"https://ecf.nmd.uscourts.gov/doc1/{key}", filed_at=datetime(2026, 11, 23, hour,
                 tzinfo=DENVER), number=number, docket_url=f"https://ecf.nmd.uscourts.gov/cgi-bin/DktRpt.pl?{case}")


def seen(store: Store, moment: datetime, *routed: tuple[Entry, tuple[str, ...]], unrouted: tuple[Entry, ...] = ()):
    """Records entries as a poll at `moment` does: those `routed` with their event types, the others without."""
    for source in {item.source_id for item, _ in routed} | {item.source_id for item in unrouted}:
        new = [item for item, _ in routed if item.source_id == source] + [e for e in unrouted if e.source_id == source]
        labels = Labels(events={item.key: events for item, events in routed if item.source_id == source},
                        held={item.key: "first_poll" for item in unrouted if item.source_id == source})
        store.record_success(source, Harvest(new=new, labels=labels), moment)


MOTION = (entry("m1", "1:23-cr-00040", "MOTION to Suppress by Alec Baldwin", "41", hour=9), ("motion",))
ORDER = (entry("o1", "1:23-cr-00040", "ORDER setting hearing", "42", hour=11), ("order", "hearing"))
DISMISSAL = (entry("d1", "1:24-cv-00100", "NOTICE of Voluntary Dismissal", "7", hour=15), ("dismissal",))
OTHER_CASE_MOTION = (entry("m2", "1:24-cv-00100", "MOTION to Dismiss", "5", hour=8), ("motion",))
APPEARANCE = (entry("a1", "1:23-cr-00040", "NOTICE of Attorney Appearance", "43"), ("appearance",))
OTHER_SOURCE = (entry("x1", "1:25-cv-00001", "MOTION to Compel", "3", source="nmb"), ("motion",))


def subscription(**fields) -> Subscription:
    return Subscription(**{"channel": "#rust-case", "sources": ["nmd"], "events": ["motion", "dismissal", "order"],
                           "digest": "daily 08:00", "live": False, **fields})


def config_text(subscriptions: str) -> str:
    return ("timezone: America/Denver\nsources:\n  - id: nmd\n    kind: pacer_rss\n"
            "    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl\n"
            f"subscriptions:\n{subscriptions}")


DIGEST_SUBSCRIPTION = ('  - channel: "#rust-case"\n    sources: [nmd]\n    events: [motion, dismissal, order]\n'
                       '    digest: daily 08:00\n    live: false\n')


def test_a_digest_groups_by_case_dismissals_first_and_counts_what_the_filters_left_out(store, tmp_path):
    seen(store, DURING, MOTION, ORDER, OTHER_CASE_MOTION, DISMISSAL, APPEARANCE, OTHER_SOURCE,
         unrouted=(entry("b1", "1:23-cr-00040", "MOTION recorded by a first poll"),))
    seen(store, START - timedelta(minutes=1), (entry("early", "1:23-cr-00040", "MOTION of the day before"),
                                              ("motion",)))
    seen(store, END, (entry("late", "1:23-cr-00040", "MOTION of the next period"), ("motion",)))

    digest = make_digest(store, load_config_of(DIGEST_SUBSCRIPTION, tmp_path), "#rust-case", [subscription()], DAILY, START, END)

    assert digest is not None
    assert [[item.entry.key for item in case] for case in digest.cases] == [["d1", "m2"], ["m1", "o1"]]
    assert digest.cases[0][0].events == ("dismissal",)
    assert digest.left_out == 1  # the appearance; not the other source's motion, nor what was not routed
    assert (digest.start, digest.end, digest.timezone) == (START, END, "America/Denver")


def test_nothing_happened_no_digest_and_nothing_queued(store, tmp_path):
    seen(store, DURING, APPEARANCE, OTHER_SOURCE)
    config = load_config_of(DIGEST_SUBSCRIPTION, tmp_path)

    assert make_digest(store, config, "#rust-case", [subscription()], DAILY, START, END) is None
    assert queue_due(store, config, DAILY_8, NOW) == []
    assert store.outbox_counts() == {}


def test_a_digest_is_queued_once_per_destination_and_period(store, tmp_path):
    seen(store, DURING, MOTION)
    config = load_config_of(DIGEST_SUBSCRIPTION, tmp_path)

    first = queue_due(store, config, DAILY_8, NOW)
    again = queue_due(store, config, DAILY_8, NOW + timedelta(hours=2))  # a second worker, later the same day

    assert [digest.channel for digest in first] == ["#rust-case"] and again == []
    assert store.outbox_counts() == {"pending": 1}
    row = store.pending_outbox()[0]
    assert row.post is None and row.digest == first[0]


def test_a_period_on_the_configs_clock_finds_what_polls_recorded_in_utc(store, tmp_path):
    """Polls record when an entry was seen in UTC; the period ends at 08:00 in Denver (15:00 UTC). An entry seen
    at 14:00 UTC is in the period, one seen at 16:00 UTC is in the next, whatever the database keeps."""
    seen(store, END.astimezone(UTC) - timedelta(hours=1), MOTION)
    seen(store, END.astimezone(UTC) + timedelta(hours=1), DISMISSAL)
    config = load_config_of(DIGEST_SUBSCRIPTION, tmp_path)

    [digest] = queue_due(store, config, DAILY_8, NOW)

    assert [[item.entry.key for item in case] for case in digest.cases] == [["m1"]]


def test_a_case_muted_in_the_channel_is_left_out_of_its_digest(store, tmp_path):
    seen(store, DURING, MOTION, ORDER, DISMISSAL)
    store.mute(Mute("#rust-case", "1:23-cr-40", START))
    store.mute(Mute("#elsewhere", "1:24-cv-00100", START))

    [digest] = queue_due(store, load_config_of(DIGEST_SUBSCRIPTION, tmp_path), DAILY_8, NOW)

    assert [[item.entry.key for item in case] for case in digest.cases] == [["d1"]]
    assert digest.left_out == 2  # the muted case's motion and order


def test_live_false_routes_no_post_and_the_entry_waits_for_the_digest():
    subscriptions = [subscription(), subscription(channel="#live", live=True)]
    queued = route([Classified(MOTION[0], MOTION[1])], subscriptions)
    assert [item.post.channel for item in queued] == ["#live"]


def test_the_period_is_the_day_or_week_that_ended_on_the_configs_clock_across_daylight_saving():
    # clocks went back at 02:00 on Sunday 2026-11-01 in Denver: the day that ended at 08:00 that Sunday had 25 hours
    start, end = period_ending(DAILY_8, datetime(2026, 11, 2, 7, 59, tzinfo=DENVER), DENVER)
    assert (start, end) == (datetime(2026, 10, 31, 8, 0, tzinfo=DENVER), datetime(2026, 11, 1, 8, 0, tzinfo=DENVER))
    assert end.astimezone(UTC) - start.astimezone(UTC) == timedelta(hours=25)
    start, end = period_ending(DAILY_8, datetime(2026, 11, 2, 8, 0, tzinfo=DENVER), DENVER)  # on the dot: this one
    assert (start, end) == (datetime(2026, 11, 1, 8, 0, tzinfo=DENVER), datetime(2026, 11, 2, 8, 0, tzinfo=DENVER))
    weekly = DigestSchedule.parse("weekly mon 08:00")
    start, end = period_ending(weekly, datetime(2026, 11, 29, 12, 0, tzinfo=DENVER), DENVER)  # a Sunday
    assert (start, end) == (datetime(2026, 11, 16, 8, 0, tzinfo=DENVER), datetime(2026, 11, 23, 8, 0, tzinfo=DENVER))


@pytest.mark.parametrize(("setting", "error"), [
    ('    live: false\n', 'subscriptions[0].live: false needs a digest (digest: "daily 08:00")'),
    ('    digest: daily 8\n', 'subscriptions[0].digest: "daily 8" is not a digest schedule'),
    ('    digest: weekly someday 08:00\n', 'subscriptions[0].digest: "weekly someday 08:00": "someday" is not a day'),
    ('    digest: daily 24:00\n', 'subscriptions[0].digest: "daily 24:00": 24:00 is not a time of day'),
])
def test_config_errors_name_the_line_and_the_field(tmp_path, setting, error):
    path = tmp_path / "sources.yaml"
    path.write_text(config_text('  - channel: "#rust-case"\n' + setting))
    with pytest.raises(ConfigError) as raised:
        load_config(path)
    assert str(raised.value).startswith(f"{path}:8 {error}")


def test_config_reads_daily_and_weekly_schedules(tmp_path):
    config = load_config_of(DIGEST_SUBSCRIPTION + '  - channel: "#weekly"\n    digest: weekly Monday 7:30\n',
                            tmp_path)
    assert [str(s.digest) for s in config.subscriptions] == ["daily 08:00", "weekly mon 07:30"]
    assert [s.live for s in config.subscriptions] == [False, True]
    assert config.subscriptions[1].digest is not None and config.subscriptions[1].digest.cron == "30 7 * * 1"


def load_config_of(subscriptions: str, folder: Path):
    path = folder / "sources.yaml"
    path.write_text(config_text(subscriptions))
    return load_config(path)


def slack_app(database_url: str, folder: Path, slack: FakeSlack, monkeypatch: pytest.MonkeyPatch) -> App:
    """An App as `run` builds it, posting to the fake Slack."""
    (folder / "sources.yaml").write_text(config_text(DIGEST_SUBSCRIPTION))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("SLACK_BOT_TOKEN", slack.token)
    monkeypatch.setenv("SLACK_API_URL", slack.base_url)
    app = App.from_env(os.environ, str(folder / "sources.yaml"))
    app.deliverer.per_channel_interval = 0
    return app


def test_two_workers_at_the_digest_time_send_one_message(database_url, tmp_path, slack, monkeypatch):
    apps = [slack_app(database_url, tmp_path, slack, monkeypatch) for _ in range(2)]
    now = datetime.now(UTC)
    start, end = period_ending(DAILY_8, now, DENVER)
    seen(apps[0].store, start + (end - start) / 2, MOTION, DISMISSAL)
    together = threading.Barrier(2)
    failures: list[BaseException] = []

    def worker(app: App) -> None:
        try:
            together.wait()
            send_digests(app, DAILY_8)
        except BaseException as exc:  # reported below, not lost in the thread
            failures.append(exc)

    threads = [threading.Thread(target=worker, args=(app,)) for app in apps]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for app in apps:
        app.deliver()  # whatever either left undelivered
        app.close()

    assert failures == []
    assert [m["channel"] for m in slack.messages] == [channel_id("#rust-case")]
    assert "Daily digest: 2 filings in 2 cases" in slack.messages[0]["text"]


def test_slack_shows_a_digest_in_mrkdwn_through_the_web_api(store, slack, tmp_path):
    tricky = (entry("t1", "1:23-cr-00040", "MOTION <!channel> to *Dismiss* & more", "44"), ("motion",))
    seen(store, DURING, DISMISSAL, tricky, APPEARANCE)
    digest = make_digest(store, load_config_of(DIGEST_SUBSCRIPTION, tmp_path), "#rust-case", [subscription()], DAILY, START, END)
    assert digest is not None and store.queue_digest(digest, END)

    report = Deliverer(store, SlackNotifier(build_client(slack.token, slack.base_url)),
                       per_channel_interval=0).deliver_due()

    assert report.sent == 1 and store.outbox_counts() == {"sent": 1}
    message = slack.messages[0]
    texts = [block["text"]["text"] if block["type"] == "section" else block["elements"][0]["text"]
             for block in message["blocks"]]
    assert texts[0] == (":newspaper: *Daily digest: 2 filings in 2 cases*\n"
                        "2026-11-23 08:00 MST to 2026-11-24 08:00 MST")
    assert texts[1].splitlines()[0] == ("*USA v. 100* · 1:24-cv-00100 · D.N.M. · "
                                        "<https://ecf.nmd.uscourts.gov/cgi-bin/DktRpt.pl?1:24-cv-00100|Docket>")
    assert texts[1].splitlines()[1].startswith("• :x: *Notice of Voluntary Dismissal* · filed 2026-11-23 15:00 MST"
                                               " · No. 7 · <https://ecf.nmd.uscourts.gov/doc1/d1|Document>")
    assert "&lt;!channel&gt;" in texts[2] and "<!channel>" not in texts[2] and "∗Dismiss∗ &amp; more" in texts[2]
    assert texts[3] == ("1 other filing of the sources followed was left out by this channel's filters "
                        "(cases, event types, mutes)")
    assert message["text"] == "Daily digest: 2 filings in 2 cases, 2026-11-23 08:00 MST to 2026-11-24 08:00 MST"


def test_a_digest_too_big_for_one_slack_message_says_what_it_leaves_out():
    cases = tuple((Item(entry(f"k{n}", f"1:26-cv-{n:05d}", "MOTION to Dismiss", str(n)), ("motion",)),)
                  for n in range(60))
    _, blocks = render_digest(Digest("#rust-case", DAILY, START, END, "America/Denver", cases, left_out=4))
    assert len(blocks) == BLOCK_LIMIT
    assert blocks[-2]["text"]["text"].startswith("_…and 13 more filing(s), not shown")
    assert blocks[-1]["type"] == "context"


def test_the_digest_command_dry_run_prints_the_digest_and_queues_nothing(database_url, tmp_path, monkeypatch, capsys):
    (tmp_path / "sources.yaml").write_text(config_text(DIGEST_SUBSCRIPTION))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    store = Store.open(database_url)
    seen(store, datetime.now(UTC) - timedelta(hours=1), MOTION, DISMISSAL, APPEARANCE)

    status = main(["digest", "--dry-run", "--config", str(tmp_path / "sources.yaml")])

    out = capsys.readouterr().out
    assert status == 0
    assert out.startswith("#rust-case: 2 filings in 2 cases, 1 left out by its filters, ")
    assert "── would post to #rust-case\nDigest: 2 filings in 2 cases\n" in out
    assert ("USA v. 100 (1:24-cv-00100, D.N.M.) Docket: https://ecf.nmd.uscourts.gov/cgi-bin/DktRpt.pl?1:24-cv-00100\n"
            "  • Notice of Voluntary Dismissal (filed 2026-11-23 15:00 MST · No. 7) "
            "Document: https://ecf.nmd.uscourts.gov/doc1/d1\n") in out
    assert store.outbox_counts() == {}
    store.close()


def test_the_digest_command_run_twice_queues_the_same_digest_once_unless_forced(
    database_url, tmp_path, monkeypatch, capsys
):
    (tmp_path / "sources.yaml").write_text(config_text(DIGEST_SUBSCRIPTION))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    store = Store.open(database_url)
    seen(store, datetime.now(UTC) - timedelta(hours=1), MOTION, DISMISSAL)
    config = ["--config", str(tmp_path / "sources.yaml")]

    assert main(["digest", *config]) == 0
    assert "queued 1 digest" in capsys.readouterr().out
    assert main(["digest", *config]) == 0
    again = capsys.readouterr().out.splitlines()
    refused = [line for line in again if "not queued again" in line]
    assert len(refused) == 1 and refused[0].startswith("#rust-case: the same digest (2 filings in 2 cases) was queued ")
    assert "(sent " in refused[0] and refused[0].endswith("(--force queues it again)")
    assert "queued 0 digests" in again
    assert store.outbox_counts() == {"sent": 1}

    seen(store, datetime.now(UTC) - timedelta(minutes=5), ORDER)
    assert main(["digest", *config]) == 0  # a new filing: a new digest
    assert "queued 1 digest" in capsys.readouterr().out
    assert main(["digest", "--force", *config]) == 0
    assert "queued 1 digest" in capsys.readouterr().out
    assert store.outbox_counts() == {"sent": 3}
    store.close()


def test_the_digest_command_refuses_an_unknown_channel_and_a_bad_period(database_url, tmp_path, monkeypatch, capsys):
    (tmp_path / "sources.yaml").write_text(config_text(DIGEST_SUBSCRIPTION))
    monkeypatch.setenv("DATABASE_URL", database_url)
    config = ["--config", str(tmp_path / "sources.yaml")]

    assert main(["digest", "--channel", "#nope", *config]) == 2
    assert main(["digest", "--since", "yesterday", *config]) == 2
    err = capsys.readouterr().err
    assert "--channel #nope: no subscription of the config posts there (they post to: #rust-case)" in err
    assert '--since: "yesterday" is not a duration like 5m' in err


def test_revision_0009_keeps_what_0008_stored_and_goes_back(empty_database_url):
    engine = engine_for(empty_database_url)
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "0008")
        conn.execute(text("INSERT INTO seen_entries (source_id, entry_key, case_number, text, first_seen_at) "
                          "VALUES ('nmd', 'old', '1:23-cr-00040', 'MOTION to Dismiss', :at)"), {"at": DURING})
    store = Store.open(empty_database_url)  # migrates to the newest revision
    seen(store, DURING, MOTION)
    assert store.known_texts("nmd", ["old"]) == {"old": "MOTION to Dismiss"}
    assert [item.entry.key for item in store.routed_between(START, END)] == ["m1"]  # not one stored before 0009
    store.close()
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0008")
    with engine.connect() as conn:
        keys = conn.execute(text("SELECT entry_key FROM seen_entries ORDER BY entry_key")).scalars().all()
    assert keys == ["m1", "old"]
    engine.dispose()


def test_the_worker_schedules_a_job_per_digest_schedule_and_a_reload_follows(tmp_path, sqlite_url, monkeypatch):
    weekly = '  - channel: "#weekly"\n    digest: weekly mon 07:30\n'
    with app_from_config(config_text(DIGEST_SUBSCRIPTION + weekly), tmp_path, sqlite_url, monkeypatch) as app:
        scheduler = build_scheduler(app)
        jobs = {job.id: job.trigger for job in scheduler.get_jobs() if job.id.startswith("digest:")}
        assert set(jobs) == {"digest:daily 08:00", "digest:weekly mon 07:30"}
        fire = jobs["digest:weekly mon 07:30"].get_next_fire_time(None, datetime(2026, 11, 24, tzinfo=UTC))
        assert fire == datetime(2026, 11, 30, 7, 30, tzinfo=DENVER)

        Path(app.config_file).write_text(config_text(weekly))
        assert Reloader(app, scheduler).reload()
        assert {job.id for job in scheduler.get_jobs() if job.id.startswith("digest:")} == {"digest:weekly mon 07:30"}


def test_an_apprise_destination_gets_the_digest_as_a_title_and_markdown(store, tmp_path, httpserver):
    webhook = Webhook(httpserver)
    target = Subscription(target=f"apprise:{webhook.url}", sources=["nmd"], digest=DAILY_8, live=False)
    seen(store, DURING, MOTION, DISMISSAL)
    digest = make_digest(store, load_config_of(DIGEST_SUBSCRIPTION, tmp_path), target.channel, [target], DAILY,
                         START, END)
    assert digest is not None and store.queue_digest(digest, END)
    notifiers = Notifiers(ConsoleNotifier(io.StringIO()), {"apprise": AppriseNotifier({target.channel: webhook.url})})

    assert Deliverer(store, notifiers, per_channel_interval=0).deliver_due().sent == 1

    [body] = webhook.bodies
    assert body["title"] == "Daily digest: 2 filings in 2 cases"
    assert body["message"].splitlines()[2:4] == [
        r"**USA v\. 100 \(1:24\-cv\-00100, D\.N\.M\.\)** [Docket](<https://ecf.nmd.uscourts.gov/cgi-bin/DktRpt.pl?1:24-cv-00100>)",
        r"- Notice of Voluntary Dismissal (filed 2026\-11\-23 15:00 MST · No\. 7) [Document](<https://ecf.nmd.uscourts.gov/doc1/d1>)",
    ]


def test_a_starting_worker_sends_the_digest_it_missed_and_waits_for_the_next_otherwise(tmp_path, sqlite_url,
                                                                                       monkeypatch):
    now = datetime.now(DENVER)
    missed, ahead = (f"{now + timedelta(hours=hours):%H:%M}" for hours in (-1, 1))
    subscriptions = "".join(f'  - channel: "#{name}"\n    digest: daily {at}\n'
                            for name, at in (("missed", missed), ("ahead", ahead)))
    with app_from_config(config_text(subscriptions), tmp_path, sqlite_url, monkeypatch) as app:
        scheduler = BackgroundScheduler(timezone=DENVER)
        scheduler.start(paused=True)
        try:
            schedule_digests(scheduler, app, catch_up=True)
            runs = {job.id: job.next_run_time for job in scheduler.get_jobs()}
        finally:
            scheduler.shutdown(wait=False)
    assert runs[f"digest:daily {missed}"] <= datetime.now(UTC)
    assert runs[f"digest:daily {ahead}"] > now + timedelta(minutes=58)
