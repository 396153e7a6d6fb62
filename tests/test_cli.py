"""The command line as a user meets it: exit codes, per-source lines, the sources table, classify."""

from __future__ import annotations

import io
import json
import os
import re
import socket
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from rich.console import Console

from bot.app import App
from bot.cli import main, poll_with_progress
from bot.core.courts import courts
from bot.core.notice import NOTE, Notice
from bot.ops.status import WORKER_HEARTBEAT
from tests.support.feeds import FIXTURES, ChangingFeed

ROOT = Path(__file__).resolve().parent.parent


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def two_sources(httpserver, use_config, sqlite_url):
    """One working feed and one whose server is down; posts go to the console."""
    feed = ChangingFeed(httpserver, (FIXTURES / "pacer_rss" / "mdb_1.xml").read_bytes())
    use_config(
        f"""\
sources:
  - id: mdb
    kind: pacer_rss
    url: {feed.url}
    every: 5m
    active_hours: "07:00-20:00"
  - id: down
    kind: pacer_rss
    url: http://127.0.0.1:{closed_port()}/cgi-bin/rss_outside.pl
    cron: "*/10 7-19 * * 1-5"
subscriptions:
  - channel: "#all"
""",
        sqlite_url,
        http={"connect_timeout": "2s"},
    )
    return feed


def test_check_reports_each_source_and_exits_1_when_one_failed(two_sources, capsys):
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    lines = {line.split()[0]: line for line in out.splitlines() if line and line.split()[0] in ("mdb", "down")}
    assert "baseline: 2 entries recorded" in lines["mdb"]
    assert "FAILED" in lines["down"] and "cannot connect" in lines["down"]


def test_check_says_a_failed_poll_once_unless_a_log_level_is_asked_for(two_sources, capsys):
    assert main(["check", "down"]) == 1
    out, err = capsys.readouterr()
    assert "FAILED" in out and "cannot connect" in out
    assert "poll failed" not in err  # the FAILED line says it
    assert main(["--log-level", "WARNING", "check", "down"]) == 1
    assert "WARNING bot.poll.poller: source down: poll failed" in capsys.readouterr().err


def test_check_named_source_only_and_exit_0(two_sources, capsys):
    assert main(["check", "mdb"]) == 0
    assert "down" not in capsys.readouterr().out


def test_check_unknown_source_is_usage_error(two_sources, capsys):
    assert main(["check", "nope"]) == 2
    assert capsys.readouterr().err == "unknown source id: nope (configured: down, mdb)\n"
    assert main(["check", "mdbb"]) == 2
    assert capsys.readouterr().err == "unknown source id: mdbb (did you mean mdb?) (configured: down, mdb)\n"


@pytest.mark.parametrize("number", ["1:25-cv-01234", "25-1234", "17D22499", "D-101-CR-2023-00040"])
def test_check_given_a_docket_number_says_which_commands_take_a_case(two_sources, capsys, number):
    assert main(["check", number]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"unknown source id: {number} (configured: down, mdb)",
        f"check takes source ids; for a case use `python -m bot entries --case {number}` or "
        f"`python -m bot why SOURCE {number}`",
    ]


def test_sources_table_shows_schedule_and_last_status(two_sources, capsys):
    main(["check"])
    capsys.readouterr()
    assert main(["sources"]) == 0
    out = capsys.readouterr().out
    header, mdb, down = out.splitlines()[:3]
    assert header.split() == ["ID", "KIND", "SCHEDULE", "NEXT", "RUN", "LAST", "POLL", "STATUS", "FAILS", "ENTRIES",
                              "SKIPPED"]
    assert mdb.startswith("mdb") and "every 5m, 07:00-20:00" in mdb and mdb.split()[-4:] == ["ok", "0", "2", "0"]
    assert down.startswith("down") and "cron */10 7-19 * * 1-5" in down and down.split()[-4:] == ["error", "1", "0", "0"]
    assert "down: last error:" in out
    assert out.splitlines()[-1] == (
        "no worker has run on this store yet: polls happen only while `python -m bot run` runs"
    )
    assert mdb.split()[5] == "-"  # no next run while no worker runs


def test_a_command_that_only_reads_says_there_is_no_store_and_does_not_make_one(tmp_path, monkeypatch, capsys):
    (tmp_path / "sources.yaml").write_text(
        'sources:\n  - id: nmd\n    kind: pacer_rss\n    court: nmd\nsubscriptions:\n  - channel: "#x"\n    sources: [nmd]\n'
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert main(["--config", "sources.yaml", "sources"]) == 0
    assert f"no store at sqlite:///docketbot.db in {tmp_path} yet" in capsys.readouterr().err
    assert not (tmp_path / "docketbot.db").exists()  # run from the wrong folder, it leaves no empty store behind


def test_the_installed_command_tells_users_to_run_docketbot_not_python_m_bot(two_sources, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["/usr/local/bin/docketbot", "sources"])
    main(["sources"])
    assert capsys.readouterr().out.splitlines()[-1] == (
        "no worker has run on this store yet: polls happen only while `docketbot run` runs"
    )


def test_sources_says_since_when_no_worker_runs_and_the_next_runs_while_one_does(two_sources, capsys):
    app = App.from_env(os.environ)
    app.store.beat(WORKER_HEARTBEAT, datetime(2026, 11, 24, 9, 30, tzinfo=UTC))
    main(["sources"])
    assert capsys.readouterr().out.splitlines()[-1] == (
        "no worker is running since 2026-11-24 09:30 UTC (its last heartbeat): "
        "polls happen only while `python -m bot run` runs"
    )
    app.store.beat(WORKER_HEARTBEAT, datetime.now(UTC))
    app.close()
    main(["sources"])
    out = capsys.readouterr().out
    assert "no worker" not in out and re.match(r"mdb .* \d{4}-\d\d-\d\d \d\d:\d\d", out.splitlines()[1])


@pytest.mark.slow
def test_a_command_warns_of_a_source_polled_every_second_on_the_configs_clock_and_runs(tmp_path, monkeypatch, capsys):
    (tmp_path / "sources.yaml").write_text(
        "timezone: Asia/Tokyo\n"
        "sources:\n  - id: nmd-baldwin\n    kind: pacer_rss\n    court: nmd\n    every: 1s\n"
        'subscriptions:\n  - channel: "#x"\n'
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DATABASE_URL", raising=False)
    assert main(["--config", "sources.yaml", "sources"]) == 0
    assert re.search(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3} JST "
                     r"WARNING bot.config: sources.yaml:6 sources\[0\].every: polls nmd-baldwin every 1s; court and news "
                     "sites may block a bot that polls more often than once a minute: give 1m or more$",
                     capsys.readouterr().err, re.MULTILINE)


def test_bad_config_exits_2_naming_line_and_field(tmp_path):
    config = tmp_path / "bad.yaml"
    config.write_text("sources:\n  - id: x\n    kind: pacer_rss\n    url: https://example.org/\n    every: 5 minutes\n")
    result = subprocess.run([sys.executable, "-m", "bot", "--config", str(config), "check"], cwd=ROOT,
                            capture_output=True, text=True, env={**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path}/x.db"})
    assert result.returncode == 2
    assert f"{config}:5 sources[0].every: \"5 minutes\" is not a duration like 5m" in result.stderr


def test_missing_command_is_usage_error():
    with pytest.raises(SystemExit) as exit_:
        main([])
    assert exit_.value.code == 2


def test_courts_search_lists_the_matching_courts_with_their_feeds(capsys):
    assert main(["courts", "--search", "New Mexico"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "ID       NAME                               KIND        PLACE       ZONE            FEED",
        "nmd      D.N.M.                             district    New Mexico  America/Denver  yes",
        "nmb      Bankr. D.N.M.                      bankruptcy  New Mexico  America/Denver  yes",
        "nm_d101  N.M. Dist. Ct., Santa Fe County    state       New Mexico  America/Denver  no",
        "nm_d117  N.M. Dist. Ct., Rio Arriba County  state       New Mexico  America/Denver  no",
        "nm_d132  N.M. Dist. Ct., Los Alamos County  state       New Mexico  America/Denver  no",
        "nm_d202  N.M. Dist. Ct., Bernalillo County  state       New Mexico  America/Denver  no",
    ]


def test_courts_lists_every_court_and_needs_no_config(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DOCKETBOT_CONFIG", str(tmp_path / "none.yaml"))  # no config file: not read
    assert main(["courts"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 + len(courts())
    assert any(re.fullmatch(r"ca4 +4th Cir\. +appellate +Fourth Circuit +America/New_York +partial", line)
               for line in lines)


def test_courts_search_without_a_match_exits_1_saying_so(capsys):
    assert main(["courts", "--search", "Atlantis"]) == 1
    assert capsys.readouterr().err == 'no court matches "Atlantis" (the search looks for words beginning those given in ids, names, kinds and places)\n'


def test_classify_reads_lines_and_prints_json(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Notice of Voluntary Dismissal\n\nMOTION to Dismiss\n"))
    assert main(["classify"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows == [
        {"text": "Notice of Voluntary Dismissal", "events": ["dismissal"]},
        {"text": "", "events": []},  # one line out per line in, so that `paste` pairs them
        {"text": "MOTION to Dismiss", "events": ["motion"]},
    ]


def test_classify_reads_windows_line_endings(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Order Dismissing Case\r\n"))
    assert main(["classify"]) == 0
    assert json.loads(capsys.readouterr().out) == {"text": "Order Dismissing Case", "events": ["dismissal", "order"]}


def test_classify_takes_texts_as_arguments_instead_of_stdin(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("MOTION to Dismiss\n"))  # not read when texts are given
    assert main(["classify", "Order Dismissing Case", "Notice of Appearance"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert rows == [
        {"text": "Order Dismissing Case", "events": ["dismissal", "order"]},
        {"text": "Notice of Appearance", "events": ["appearance"]},
    ]


def test_classify_explain_names_what_decided_each_type(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("Order Dismissing Case\n"))
    assert main(["classify", "--explain"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "Order Dismissing Case",
        "  -> dismissal, order",
        '  dismissal      vocabulary row "order dismissing case" (listed from: CM/ECF)',
        '  order          vocabulary row "order dismissing case" (listed from: CM/ECF)',
        "",
    ]


def test_on_a_terminal_check_shows_progress_then_a_summary_table(two_sources, monkeypatch):
    app = App.from_env(os.environ)
    screen = io.StringIO()
    results = poll_with_progress(app, app.config.sources, False, Console(file=screen, force_terminal=True, width=100))
    app.close()
    text = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", screen.getvalue())
    assert [r.source_id for r in results] == ["mdb", "down"]
    assert re.search(r"mdb\s+baseline\s+2\s+0", text) and re.search(r"down\s+failed\s+0", text)
    assert "down: " in text and "cannot connect" in text


def test_json_logs_are_one_object_per_line(two_sources, monkeypatch, capsys):
    monkeypatch.setenv("DOCKETBOT_LOG_FORMAT", "json")
    main(["--log-level", "INFO", "check", "down"])
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]
    failed = [line for line in lines if "poll failed" in line["message"]]
    assert failed and failed[0]["level"] == "WARNING" and failed[0]["logger"] == "bot.poll.poller"
    assert "source down" in failed[0]["message"]


@pytest.mark.slow
@pytest.mark.parametrize(
    "args,env,expected",
    [
        (["--log-level", "VERBOSE", "sources"], {}, "--log-level VERBOSE: not a level; use one of DEBUG, INFO, WARNING, ERROR"),
        (["--log-level", "", "sources"], {}, "--log-level '': not a level; use one of DEBUG, INFO, WARNING, ERROR"),
        (["sources"], {"DATABASE_URL": "/tmp/x.db"},
         "DATABASE_URL '/tmp/x.db' is not a database URL the bot can use: give sqlite:////tmp/x.db or "
         "postgresql://user:password@host/database"),
        (["sources"], {"DATABASE_URL": "mysql://bot:secret@db/x"},
         "DATABASE_URL 'mysql://bot:***@db/x' is not a database URL the bot can use: give sqlite:///path/to/file.db "
         "or postgresql://user:password@host/database"),
        (["sources"], {"DATABASE_URL": "sqlite:////nonexistent/dir/x.db"},
         "cannot open the store at sqlite:////nonexistent/dir/x.db: unable to open database file"),
        (["sources"], {"DATABASE_URL": f"postgresql://postgres@127.0.0.1:{closed_port()}/x"},
         "cannot open the store at postgresql+psycopg://postgres@127.0.0.1:{port}/x: connection failed: connection to "
         'server at "127.0.0.1", port {port} failed: Connection refused; Is the server running on that host and '
         "accepting TCP/IP connections?"),
    ],
)
def test_a_bad_log_level_or_database_url_is_one_line_and_exit_2(two_sources, args, env, expected):
    result = subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, capture_output=True, text=True,
                            env={**os.environ, **env})
    port = env.get("DATABASE_URL", "").rpartition(":")[2].partition("/")[0]
    assert (result.returncode, result.stderr, result.stdout) == (2, expected.replace("{port}", port) + "\n", "")


@pytest.mark.slow
def test_a_config_not_in_utf8_is_one_line_and_exit_2(tmp_path):
    config = tmp_path / "latin1.yaml"
    config.write_bytes("sources:\n  - id: x\n    kind: news\n    url: https://example.org/\n    keywords: [Trümp]\n"
                       .encode("latin-1"))
    result = subprocess.run([sys.executable, "-m", "bot", "--config", str(config), "sources"], cwd=ROOT,
                            capture_output=True, text=True, env={**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path}/x.db"})
    assert (result.returncode, result.stderr) == (2, f"{config}:5 is not UTF-8 (byte 0xfc): save the file as UTF-8\n")


@pytest.mark.slow
def test_check_piped_into_a_reader_that_quits_exits_quietly_and_releases_its_claims(tmp_path, httpserver):
    feed = ChangingFeed(httpserver, (FIXTURES / "pacer_rss" / "mdb_1.xml").read_bytes())
    config = tmp_path / "sources.yaml"
    config.write_text(f"sources:\n  - id: mdb\n    kind: pacer_rss\n    url: {feed.url}\n    backfill: 2\n"
                      "subscriptions:\n  - channel: '#all'\n    events: [all]\n")
    database = f"sqlite:///{tmp_path / 'bot.db'}"
    env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": database}
    env.pop("SLACK_BOT_TOKEN", None)
    check = subprocess.Popen([sys.executable, "-m", "bot", "check"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    check.stdout.close()  # `| head` that has read what it wanted: the first post printed hits a closed pipe
    err = check.stderr.read()
    assert (check.wait(timeout=60), err) == (141, "")
    app = App.from_env(env)
    try:
        counts = app.store.outbox_counts()
    finally:
        app.close()
    assert "sending" not in counts and counts.get("pending") == 2


@pytest.mark.slow
def test_parse_piped_into_a_reader_that_quits_exits_quietly(tmp_path):
    parse = subprocess.Popen([sys.executable, "-m", "bot", "parse", "pacer_rss",
                              str(FIXTURES / "pacer_rss" / "mdb_1.xml")],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONUNBUFFERED": "1"})
    parse.stdout.close()
    err = parse.stderr.read()
    assert (parse.wait(timeout=60), err) == (141, "")


def test_outbox_and_check_free_the_posts_claimed_by_a_process_that_is_gone(two_sources, capsys):
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    app = App.from_env(os.environ)
    app.store.queue_notice("#ops", Notice(NOTE, "", "", "hello"), datetime.now(UTC))
    holder = f"{socket.gethostname()}:{gone.stdout.strip()}:abcdef"
    assert app.store.claim_next(holder, datetime.now(UTC), timedelta(minutes=2)) is not None
    app.close()
    assert main(["outbox"]) == 0
    captured = capsys.readouterr()
    assert "released 1 claim of processes that are gone" in captured.err
    assert captured.out.splitlines()[1].startswith("pending  #ops")


def test_check_with_a_refused_token_says_so_and_claims_no_post(two_sources, capsys, monkeypatch):
    from tests.fakes.slack_api import FakeSlack

    with FakeSlack() as slack:
        monkeypatch.setenv("SLACK_API_URL", slack.base_url)
        monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-old-token")
        assert main(["check", "mdb"]) == 1
        captured = capsys.readouterr()
        assert "Slack refused this process's token (sha256:" in captured.err and "no post was claimed" in captured.err
        assert "held: posts to every channel (token sha256:" in captured.out
        assert [call for call in slack.calls if call != "auth.test"] == []


def test_outbox_retry_exits_1_while_posts_are_held(two_sources, capsys):
    from bot.store import Hold

    app = App.from_env(os.environ)
    now = datetime.now(UTC)
    app.store.queue_notice("#private", Notice(NOTE, "", "", "hello"), now)
    app.store.hold(Hold("#private", "not_in_channel", "no", "invite the bot", now, now, "console"))
    app.store.beat(f"{WORKER_HEARTBEAT}:abc", now)  # the running worker makes the retry
    app.close()
    assert main(["outbox", "--retry"]) == 1
    out = capsys.readouterr().out
    assert "1 hold(s) will be tried again at once; the running worker sends them" in out
    assert "0 queued, 1 held, 0 failed for good" in out


def _held_by_an_old_token(slack_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A post queued for Slack, held by the every-channel hold of a token no longer used; this shell has the good
    token, at the fake Slack at `slack_url`."""
    from bot.store import Hold

    app = App.from_env(os.environ)
    app.store.slack_notifier = "slack"
    now = datetime.now(UTC)
    app.store.queue_notice("#ops", Notice(NOTE, "", "", "hello"), now)
    app.store.hold(Hold("", "token_revoked", "revoked", "set SLACK_BOT_TOKEN to the new token", now, now, "sha256:0ld"))
    app.close()
    monkeypatch.setenv("SLACK_API_URL", slack_url)
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-good")


def test_outbox_retry_with_no_worker_running_sends_the_posts_itself(two_sources, capsys, monkeypatch):
    from tests.fakes.slack_api import FakeSlack

    with FakeSlack(token="xoxb-good") as slack:
        _held_by_an_old_token(slack.base_url, monkeypatch)
        assert main(["outbox", "--retry"]) == 0
        assert [message["text"] for message in slack.messages] == [":information_source: *hello*"]
    out = capsys.readouterr().out.splitlines()
    assert out[0] == ("re-queued 0 failed message(s); dropped 1 hold(s) of other tokens (sha256:0ld); no worker is "
                      "running: this command tries them now")
    assert out[1:] == ["delivered 1, waiting to retry 0, held 0, failed for good 0",
                       "the outbox is empty: every message was delivered"]


def test_outbox_retry_leaves_the_posts_to_the_running_worker(two_sources, capsys, monkeypatch):
    from tests.fakes.slack_api import FakeSlack

    with FakeSlack(token="xoxb-good") as slack:
        _held_by_an_old_token(slack.base_url, monkeypatch)
        app = App.from_env(os.environ)
        app.store.beat(f"{WORKER_HEARTBEAT}:abc", datetime.now(UTC))  # a worker beat 0 s ago
        app.close()
        assert main(["outbox", "--retry"]) == 0
        assert slack.messages == []
    out = capsys.readouterr().out.splitlines()
    assert out[0].endswith("dropped 1 hold(s) of other tokens (sha256:0ld); the running worker sends them")
    assert out[-1] == "1 queued, 0 held, 0 failed for good"


def _two_posts_queued_while_slack_was_down(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two posts to #ops queued by a process with a token while Slack was down (a closed port): the first tried once
    and waiting out its retry's delay, the second behind it, never tried. The token stays set."""
    monkeypatch.setenv("SLACK_API_URL", f"http://127.0.0.1:{closed_port()}/api/")
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-good")
    app = App.from_env(os.environ)
    for text in ("one", "two"):
        app.store.queue_notice("#ops", Notice(NOTE, "", "", text), datetime.now(UTC))
    assert app.deliver().retrying == 1
    app.close()


def _tries() -> list[tuple[int, bool]]:
    """Each undelivered post's tries, and whether it waits out a retry's delay."""
    app = App.from_env(os.environ)
    try:
        return [(item.attempts, item.next_attempt_at > datetime.now(UTC)) for item in app.store.outbox_listing()]
    finally:
        app.close()


def test_outbox_retry_without_a_token_says_at_once_it_cannot_send_the_posts_for_slack(two_sources, capsys,
                                                                                       monkeypatch):
    _two_posts_queued_while_slack_was_down(monkeypatch)
    monkeypatch.delenv("SLACK_BOT_TOKEN")
    assert main(["outbox", "--retry"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == [
        "re-queued 0 failed message(s); no worker is running, and this command cannot send what waits",
        "2 post(s) wait for Slack, not sent from here: this process has no SLACK_BOT_TOKEN; set SLACK_BOT_TOKEN to "
        "the bot's token (xoxb-…) and run `python -m bot outbox --retry` again, or start the worker "
        "(`python -m bot run`)",
    ]
    assert not any(line.startswith("delivered") for line in out)
    assert out[-1] == "2 queued, 0 held, 0 failed for good"
    assert _tries() == [(1, True), (0, False)]  # not tried, nor made due: this shell does not send them


def test_outbox_retry_tries_at_once_the_posts_waiting_to_retry_and_exits_1_while_slack_is_down(two_sources, capsys,
                                                                                                monkeypatch):
    from tests.fakes.slack_api import FakeSlack

    _two_posts_queued_while_slack_was_down(monkeypatch)
    assert main(["outbox", "--retry"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == ["re-queued 0 failed message(s); 1 message(s) waiting to retry are due now; no worker is "
                       "running: this command tries them now",
                       "delivered 0, waiting to retry 2, held 0, failed for good 0"]
    assert out[-1] == "2 queued, 0 held, 0 failed for good"
    assert _tries() == [(2, True), (0, False)]  # tried again, and now waits out a longer delay
    with FakeSlack(token="xoxb-good") as slack:  # Slack is back: the next retry sends both at once, in order
        monkeypatch.setenv("SLACK_API_URL", slack.base_url)
        assert main(["outbox", "--retry"]) == 0
        assert [message["text"] for message in slack.messages] == [":information_source: *one*",
                                                                   ":information_source: *two*"]
    assert capsys.readouterr().out.splitlines()[-1] == "the outbox is empty: every message was delivered"


def test_outbox_retry_with_a_worker_running_makes_every_post_waiting_to_retry_due(two_sources, capsys, monkeypatch):
    _two_posts_queued_while_slack_was_down(monkeypatch)
    monkeypatch.delenv("SLACK_BOT_TOKEN")  # the worker has the token: this shell need not
    app = App.from_env(os.environ)
    app.store.beat(f"{WORKER_HEARTBEAT}:abc", datetime.now(UTC))
    app.close()
    assert main(["outbox", "--retry"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == ("re-queued 0 failed message(s); 1 message(s) waiting to retry are due now; the running worker "
                      "sends them")
    assert "retry at" not in "\n".join(out) and _tries() == [(1, False), (0, False)]


def test_a_dry_run_on_a_fresh_store_says_what_it_would_record(two_sources, capsys):
    assert main(["check", "mdb", "--dry-run"]) == 0
    assert "baseline: 2 entries would be recorded, nothing posted" in capsys.readouterr().out
    assert main(["check", "mdb"]) == 0
    assert "baseline: 2 entries recorded, nothing posted" in capsys.readouterr().out


def test_a_backfill_no_subscription_takes_is_explained(httpserver, use_config, sqlite_url, capsys):
    """`backfill: 2` offers the newest two entries (a motion, a case closed) to a channel that follows judgments only:
    the check line says so, rather than looking as if the setting were ignored."""
    feed = ChangingFeed(httpserver, (FIXTURES / "pacer_rss" / "mdb_1.xml").read_bytes())
    use_config(f"sources:\n  - id: mdb\n    kind: pacer_rss\n    url: {feed.url}\n    backfill: 2\n"
               "subscriptions:\n  - channel: '#judgments'\n    events: [judgment]\n", sqlite_url)
    assert main(["check", "mdb"]) == 0
    out = capsys.readouterr().out
    assert re.search(r"baseline: 2 entries recorded, nothing posted \(the newest 2 offered as backfill, "
                     r"(motion 1, other 1|other 1, motion 1): no subscription takes them\)", out), out


def test_a_dry_run_where_no_store_is_creates_none(two_sources, tmp_path, monkeypatch, capsys):
    store = tmp_path / "not-yet" / "docketbot.db"
    store.parent.mkdir()
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{store}")
    assert main(["check", "mdb", "--dry-run"]) == 0
    assert "baseline: 2 entries would be recorded, nothing posted" in capsys.readouterr().out
    assert list(store.parent.iterdir()) == []


def test_the_check_line_counts_corrected_entries(two_sources, capsys):
    assert main(["check", "mdb"]) == 0
    two_sources.body = two_sources.body.replace(b"[Miscellaneous Motion]", b"[Order Dismissing Case]")
    capsys.readouterr()
    main(["check", "mdb"])
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith("mdb  ok  0 new of 2, 1 edited (no longer: motion 1)  [") and "dismissal 1" in line


@pytest.mark.slow
def test_a_feed_read_as_a_docket_page_is_refused_in_one_line(tmp_path):
    result = subprocess.run([sys.executable, "-m", "bot", "parse", "html_docket", "--preset", "pacer_docket",
                             str(FIXTURES / "pacer_rss" / "mdb_1.xml")], cwd=ROOT, capture_output=True, text=True)
    assert (result.returncode, result.stderr) == (
        1, "refused: not a PACER docket report: no case number title and no docket table\n")


def test_on_a_terminal_log_lines_go_above_the_progress_bar(two_sources, capsys):
    from bot.ops.logs import configure_logging

    configure_logging("WARNING")
    app = App.from_env(os.environ)
    screen = io.StringIO()
    poll_with_progress(app, app.config.sources, False, Console(file=screen, force_terminal=True, width=100))
    app.close()
    text = re.sub(r"\x1b\[[0-9;?]*[a-zA-Z]", "", screen.getvalue())
    assert "WARNING bot.poll.poller: source down: poll failed" in text
    assert "poll failed" not in capsys.readouterr().err


def test_outbox_and_sources_show_times_on_the_configs_clock_named(two_sources, capsys):
    from bot.store import Hold

    config = Path(os.environ["DOCKETBOT_CONFIG"])
    config.write_text("timezone: America/New_York\n" + config.read_text())
    app = App.from_env(os.environ)
    since = datetime(2026, 11, 24, 14, 30, tzinfo=UTC)
    app.store.hold(Hold("#private", "not_in_channel", "no", "invite the bot", since, since, "console"))
    app.store.beat(WORKER_HEARTBEAT, since)
    app.close()
    main(["outbox"])
    assert "held: posts to #private for token console since 2026-11-24 09:30 EST: not_in_channel" in capsys.readouterr().out
    main(["sources"])
    assert capsys.readouterr().out.splitlines()[-1].startswith("no worker is running since 2026-11-24 09:30 EST (its")


@pytest.mark.slow
def test_check_off_a_terminal_says_when_a_court_is_tried_again(tmp_path, httpserver):
    httpserver.expect_ordered_request("/rss").respond_with_data("busy", status=503)
    httpserver.expect_ordered_request("/rss").respond_with_data((FIXTURES / "pacer_rss" / "mdb_1.xml").read_bytes())
    config = tmp_path / "sources.yaml"
    config.write_text(f"http:\n  attempts: 2\nsources:\n  - id: mdb\n    kind: pacer_rss\n    url: {httpserver.url_for('/rss')}\n")
    env = {**os.environ, "DOCKETBOT_CONFIG": str(config), "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}"}
    env.pop("SLACK_BOT_TOKEN", None)
    result = subprocess.run([sys.executable, "-m", "bot", "check"], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert f"{httpserver.url_for('/rss')}: HTTP 503; trying again (2 of 2)" in result.stderr


def test_a_config_without_subscriptions_is_warned_of(two_sources, capsys):
    config = Path(os.environ["DOCKETBOT_CONFIG"])
    config.write_text(config.read_text().split("subscriptions:")[0])
    assert main(["sources"]) == 0
    assert (f"WARNING bot.app: {config} has no subscriptions, and no channel follows a source with /docket follow: "
            "nothing will be posted") in capsys.readouterr().err


def test_every_command_takes_the_global_options_after_its_name_and_says_what_it_does(capsys):
    from bot.cli import build_parser

    commands = build_parser()._subparsers._group_actions[0].choices
    for name, command in commands.items():
        assert command.description, f"{name} --help says nothing of what it does"
        assert "--config CONFIG" in command.format_help(), name
    assert main(["kinds", "--config", "nowhere.yaml"]) == 0  # kinds reads no config, but takes the option
    assert "Every source takes these settings" in capsys.readouterr().out
