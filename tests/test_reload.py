"""Hot reload: jobs follow a changed config file; an invalid file is refused and ops are told."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.core.notice import CONFIG_FILE, REFUSED, RESOLVED, Notice
from bot.worker.main import build_scheduler, first_polls
from bot.worker.reload import Reloader
from notifiers.wording import notice_headline

ROOT = Path(__file__).resolve().parent.parent

BASE = """\
slack:
  ops_channel: "#ops"
  post_interval: 0s
sources:
  - id: nmd
    kind: pacer_rss
    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl
    every: 15m
  - id: nysd
    kind: pacer_rss
    url: https://ecf.nysd.uscourts.gov/cgi-bin/rss_outside.pl
"""
from tests.support.apps import app_from_config


@pytest.fixture
def app(tmp_path, monkeypatch, sqlite_url):
    with app_from_config(BASE, tmp_path, sqlite_url, monkeypatch) as built:
        yield built


def poll_jobs(scheduler) -> dict[str, str]:
    return {job.id: str(job.trigger) for job in scheduler.get_jobs() if job.id.startswith("poll:")}


def zone_of(scheduler, job_id: str) -> str:
    """The time zone of a job's trigger (the latest job of that id: a scheduler not started keeps replaced ones)."""
    return str([job for job in scheduler.get_jobs() if job.id == job_id][-1].trigger.timezone)


def test_reload_adds_removes_and_reschedules_jobs(app):
    scheduler = build_scheduler(app)
    reloader = Reloader(app, scheduler)
    assert set(poll_jobs(scheduler)) == {"poll:nmd", "poll:nysd"}
    nmd_every_5m = BASE.split("  - id: nysd")[0].replace("every: 15m", "every: 5m")
    cadc = '  - id: cadc\n    kind: pacer_rss\n    url: https://ecf.cadc.uscourts.gov/rss\n    cron: "0 9 * * 1"\n'
    Path(app.config_file).write_text(nmd_every_5m + cadc)
    assert reloader.reload()
    jobs = poll_jobs(scheduler)
    assert set(jobs) == {"poll:nmd", "poll:cadc"}
    assert "0:05:00" in jobs["poll:nmd"] and "cron[0 9 * * 1]" in jobs["poll:cadc"]
    assert [s.id for s in app.config.sources] == ["nmd", "cadc"] and app.poller.config is app.config


def test_invalid_file_is_refused_and_ops_are_told(app, caplog):
    scheduler = build_scheduler(app)
    reloader = Reloader(app, scheduler)
    before = poll_jobs(scheduler)
    Path(app.config_file).write_text(BASE.replace("every: 15m", "every: often"))
    assert not reloader.reload()
    assert poll_jobs(scheduler) == before and app.config.sources[0].every is not None
    assert "config reload refused" in caplog.text and 'every: "often" is not a duration' in caplog.text
    [notice] = app.store.pending_outbox()
    assert notice.channel == "#ops" and notice.notice.kind == REFUSED and "often" in notice.notice.detail
    assert notice_headline(notice.notice) == f"Config file {app.config_file} was refused on reload; the running config stays"
    [deliver_now] = [job for job in scheduler.get_jobs() if job.id == "deliver-now"]  # told at once, not in 10 s
    assert deliver_now.func == app.deliver_soon


def test_file_change_is_noticed(app):
    scheduler = build_scheduler(app)
    reloader = Reloader(app, scheduler)
    reloader.check_file()
    assert set(poll_jobs(scheduler)) == {"poll:nmd", "poll:nysd"}
    Path(app.config_file).write_text(BASE.split("  - id: nysd")[0])
    os.utime(app.config_file, (time.time() + 5, time.time() + 5))
    reloader.check_file()
    assert set(poll_jobs(scheduler)) == {"poll:nmd"}


def test_an_edit_made_while_the_worker_started_is_noticed(app):
    # the file changes after the app read it and before the reloader looks (the worker checks the Slack token, builds
    # its jobs): the first look reloads it
    Path(app.config_file).write_text(BASE.split("  - id: nysd")[0])
    os.utime(app.config_file, (time.time() + 5, time.time() + 5))
    scheduler = build_scheduler(app)
    reloader = Reloader(app, scheduler)
    assert set(poll_jobs(scheduler)) == {"poll:nmd", "poll:nysd"}
    reloader.check_file()
    assert set(poll_jobs(scheduler)) == {"poll:nmd"}


@pytest.mark.slow
def test_sighup_reloads_a_running_worker(tmp_path, httpserver):
    httpserver.expect_request("/feed").respond_with_data(b"<rss version='2.0'><channel></channel></rss>")
    config = tmp_path / "sources.yaml"
    config.write_text(f"sources:\n  - id: a\n    kind: pacer_rss\n    url: {httpserver.url_for('/feed')}\n    every: 1h\n")
    env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}"}
    env.pop("SLACK_BOT_TOKEN", None)
    worker = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert worker.stdout is not None and worker.stderr is not None
    give_up = threading.Timer(90, worker.kill)  # a worker that never logs the reload ends the test, not hangs it
    give_up.start()
    logged = []
    try:
        # SIGHUP only once the worker says it runs (its handlers are set by then), however slow its start.
        assert "scheduled" in worker.stdout.readline()
        config.write_text(config.read_text() + f"  - id: b\n    kind: pacer_rss\n    url: {httpserver.url_for('/feed')}\n")
        worker.send_signal(signal.SIGHUP)
        for line in worker.stderr:
            logged.append(line)
            if "source b: added" in line:
                break
    finally:
        give_up.cancel()
        worker.send_signal(signal.SIGTERM)
        _, rest = worker.communicate(timeout=30)
    err = "".join(logged) + rest
    assert worker.returncode == 0, err
    assert "received SIGHUP" in err and "source b: added" in err


def test_timezone_defaults_http_and_subscriptions_take_effect_and_are_logged(app, caplog):
    caplog.set_level("INFO")
    scheduler = build_scheduler(app)
    reloader = Reloader(app, scheduler)
    cron = BASE + '    cron: "0 9 * * 1-5"\n'
    Path(app.config_file).write_text(cron)
    assert reloader.reload()
    assert zone_of(scheduler, "poll:nysd") == "UTC"
    app.poller.fetcher._last_seen[("nmd", "https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl")] = ('"v1"', None, "abc")
    fetcher_before = app.poller.fetcher
    changed = (
        "timezone: America/Denver\ndefaults:\n  every: 5m\n  jitter: 10s\nhttp:\n  read_timeout: 5s\n"
        + cron.replace("    every: 15m\n", "")
        + 'subscriptions:\n  - channel: "#all"\n    events: [all]\n'
    )
    Path(app.config_file).write_text(changed)
    caplog.clear()
    assert reloader.reload()
    jobs = poll_jobs(scheduler)
    assert zone_of(scheduler, "poll:nysd") == "America/Denver"  # cron follows the new zone
    assert "0:05:00" in jobs["poll:nmd"]  # nmd now takes its period from the defaults
    assert app.poller.fetcher is not fetcher_before and app.poller.fetcher.timeout == (10.0, 5.0)
    assert app.poller.fetcher._last_seen == fetcher_before._last_seen  # validators kept: unchanged pages stay unparsed
    assert [s.channel for s in app.config.subscriptions] == ["#all"]
    logged = [r.getMessage() for r in caplog.records if r.name == "bot.worker.reload"]
    assert "config reload: timezone UTC -> America/Denver" in logged
    assert "config reload: defaults.every 15m -> 5m" in logged and "config reload: defaults.jitter 0s -> 10s" in logged
    assert "config reload: http.read_timeout 30s -> 5s" in logged
    assert any(line.startswith("config reload: subscriptions: 0 -> 1 in the file, now #all (motion, dismissal, order")
               for line in logged)
    assert "source nmd: rescheduled (every 5m ±10s)" in logged


def test_a_fixed_config_after_a_refused_one_is_confirmed(app, caplog, capsys):
    scheduler = build_scheduler(app)
    reloader = Reloader(app, scheduler)
    Path(app.config_file).write_text(BASE.replace("every: 15m", "every: 0s"))
    assert not reloader.reload()
    app.deliver()  # ops were told of the refusal
    assert f"Config file {app.config_file} was refused on reload" in capsys.readouterr().out
    Path(app.config_file).write_text(BASE.replace("every: 15m", "every: 10m"))
    assert reloader.reload()
    assert f"config reloaded: {app.config_file} is valid again and now in use" in caplog.text
    [fixed] = [row.notice for row in app.store.pending_outbox()]
    assert fixed == Notice(RESOLVED, CONFIG_FILE, app.config_file, "is valid again and now in use")
    assert reloader.reload() and len(app.store.pending_outbox()) == 1  # said once


def test_a_refusal_still_unsent_when_the_file_is_fixed_is_dropped_and_the_log_says_so(app, caplog, capsys):
    scheduler = build_scheduler(app)
    reloader = Reloader(app, scheduler)
    Path(app.config_file).write_text(BASE.replace("every: 15m", "every: 0s"))
    assert not reloader.reload()
    Path(app.config_file).write_text(BASE.replace("every: 15m", "every: 10m"))
    assert reloader.reload()
    assert re.search(rf"dropped 1 ops notice\(s\) not yet sent that config file {re.escape(app.config_file)} was "
                     r"refused \(at \d\d:\d\d:\d\d UTC\): the file loads now", caplog.text)
    app.deliver()
    assert capsys.readouterr().out == ""  # neither the refusal, no longer true, nor its fix, of a refusal never told
    assert app.store.pending_outbox() == [] and app.store.outbox_counts() == {"dropped": 1}


def test_a_newer_refusal_of_the_file_replaces_one_still_unsent(app, caplog, capsys):
    reloader = Reloader(app, build_scheduler(app))
    Path(app.config_file).write_text(BASE.replace("every: 15m", "every: 0s"))
    assert not reloader.reload()
    Path(app.config_file).write_text(BASE.replace("every: 15m", "every: often"))
    assert not reloader.reload()
    assert "was refused (at " in caplog.text and "): a newer refusal of the same file replaces it" in caplog.text
    app.deliver()
    out = capsys.readouterr().out
    assert out.count("was refused on reload") == 1 and "often" in out and '"0s" is zero' not in out


def test_a_worker_started_on_the_fixed_file_drops_the_refusal_a_stopped_one_left_and_tells_the_rest_dated(tmp_path):
    from bot.core.notice import FAILING, SOURCE
    from bot.store import Store

    config = tmp_path / "sources.yaml"
    config.write_text('timezone: America/New_York\nslack:\n  ops_channel: "#ops"\nsources:\n  - id: a\n'
                      "    kind: pacer_rss\n    url: http://127.0.0.1:9/feed\n    every: 1h\n")
    database = f"sqlite:///{tmp_path / 'bot.db'}"
    store = Store.open(database)  # what a worker stopped 3 s after a refusal left unsent
    a_minute_ago = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=1)
    store.queue_notice("#ops", Notice(FAILING, SOURCE, "a", "is failing: 1 poll in a row"), a_minute_ago)
    store.queue_notice("#ops", Notice(REFUSED, CONFIG_FILE, str(config), "was refused on reload; the running "
                                      "config stays"), a_minute_ago)
    store.close()
    env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": database}
    env.pop("SLACK_BOT_TOKEN", None)
    worker = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert worker.stdout is not None
    give_up = threading.Timer(90, worker.kill)
    give_up.start()
    printed = []
    try:
        for line in worker.stdout:  # the leftover alert goes out at once, not after a delivery round
            printed.append(line)
            if line == "\n" and "poll in a row" in "".join(printed):  # (a message ends with an empty line)
                break
    finally:
        give_up.cancel()
        worker.send_signal(signal.SIGTERM)
        rest, err = worker.communicate(timeout=30)
    out = "".join(printed) + rest
    assert worker.returncode == 0, err
    assert "was refused" not in out
    happened = a_minute_ago.astimezone(ZoneInfo("America/New_York"))  # the config's clock, in the log and the notice
    assert (f"dropped 1 ops notice(s) not yet sent that config file {config} was refused (at "
            f"{happened:%H:%M:%S %Z}): the file loads now") in err
    assert f"Source a is failing: 1 poll in a row\nHappened {happened:%Y-%m-%d %H:%M:%S %Z} (this notice comes late)" in out
    assert re.search(rf"^\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d,\d{{3}} {happened:%Z} WARNING bot\.worker\.reload: dropped",
                     err, re.M)


def test_a_file_not_in_utf8_is_refused_like_any_bad_file(app, caplog):
    scheduler = build_scheduler(app)
    reloader = Reloader(app, scheduler)
    Path(app.config_file).write_bytes((BASE + "    keywords: [Trümp]\n").encode("latin-1"))
    assert not reloader.reload()
    assert "config reload refused" in caplog.text and "is not UTF-8" in caplog.text
    [notice] = app.store.pending_outbox()
    assert notice.notice.kind == REFUSED and "is not UTF-8" in notice.notice.detail


def test_a_source_whose_settings_changed_is_polled_at_once_and_the_log_says_what_changed(app, caplog):
    caplog.set_level("INFO")
    scheduler = build_scheduler(app)
    reloader = Reloader(app, scheduler)
    app.first_turns.clear()  # their first turns are over
    Path(app.config_file).write_text(BASE.replace("ecf.nmd.uscourts.gov", "ecf.nmd.uscourts.gov.example"))
    assert reloader.reload()
    assert "source nmd: url changed; polled now (every 15m)" in caplog.text
    [job] = [job for job in scheduler.get_jobs() if job.id == "poll:nmd"][-1:]
    assert job.next_run_time is not None and app.first_turns == {"nmd"}


def test_the_worker_says_its_sources_take_their_first_turns_now_and_when_the_next_come(app):
    """Every `every` source's first turn is at once (the k-th of one server's k x per_host_interval later), a
    cron source's at its first time: the start line says so, then when the next turns come."""
    Path(app.config_file).write_text(
        BASE.replace("slack:", "http:\n  per_host_interval: 2s\nslack:") + '    cron: "0 6 * * 1"\n'
        + "  - id: nmd-bk\n    kind: pacer_rss\n    url: https://ecf.nmd.uscourts.gov/bk.pl\n    every: 30m\n"
        + "  - id: nmd-ap\n    kind: pacer_rss\n    url: https://ecf.nmd.uscourts.gov/ap.pl\n    every: 1h\n"
        + '  - id: txnd\n    kind: pacer_rss\n    url: https://ecf.txnd.uscourts.gov/rss.pl\n    cron: "0 7 * * 1"\n'
    )
    assert Reloader(app, build_scheduler(app)).reload()
    said = first_polls(build_scheduler(app), UTC)  # as a worker starting with this file says
    # nmd now, nmd-bk 2 s later and nmd-ap 4 s later (one server); nmd's next turn 15 minutes (± its jitter) on
    assert re.fullmatch(r"first polls start now, spread over [345]s by the per-host pacing, the next poll from \w{3} \d\d:\d\d "
                        r"UTC \(nmd\); cron sources at their times, the first Mon 0[67]:00 UTC \((nysd|txnd)\), the last "
                        r"Mon 0[67]:00 UTC \((nysd|txnd)\)", said), said
    only_cron = build_scheduler(app)
    for job in only_cron.get_jobs():
        if job.id in ("poll:nmd", "poll:nmd-bk", "poll:nmd-ap"):
            only_cron.remove_job(job.id)
    sunday_evening = datetime(2026, 11, 29, 20, 0, tzinfo=UTC)
    assert first_polls(only_cron, UTC, sunday_evening) == "cron sources at their times, the first Mon 06:00 UTC (nysd), the last " \
        "Mon 07:00 UTC (txnd)"
