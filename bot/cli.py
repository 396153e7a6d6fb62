"""The command line: `python -m bot run | check | sources | outbox | digest | courts | classify | parse | kinds | web |
demo | mute | unmute | pause | resume | why | entries`."""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, get_args, get_origin

from bot import __version__
from bot.app import App
from bot.config import ConfigError, SourceConfig, read_source
from bot.core.clock import holder_alive, shown_time
from bot.core.command_name import command_name
from bot.core.courts import search
from bot.core.destinations import SLACK, notifier_of
from bot.core.durations import parse_positive_duration
from bot.core.events import EVENT_TYPES
from bot.core.source_ids import unknown_sources
from bot.core.written import as_written, plural
from bot.delivery.alongside import DeliveryAlongside
from bot.delivery.deliver import DeliveryReport
from bot.exit_codes import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_PIPE_CLOSED, EXIT_USAGE
from bot.ops.logs import configure_logging
from bot.pipeline.classify import classify, describe
from bot.pipeline.run import in_cases
from bot.poll.lines import baseline_preview, describe_pause, describe_result, how_to_resume
from bot.poll.parallel import poll_at_once
from bot.poll.poller import PollResult, skip_note
from bot.store import StoreError
from bot.store.database import DEFAULT_DATABASE_URL, store_exists, would_create_store
from bot.store.pauses import PAUSED
from notifiers.console import format_message, format_post
from notifiers.plain import digest_text
from scrapers.base import undated_note, zoneless_note

if TYPE_CHECKING:
    from rich.console import Console

    from bot.ops.status import SourceStatus


# Commands that only read the store: where there is none yet they say so and do not create it.
READ_ONLY_COMMANDS = frozenset({"sources", "entries", "why"})


def _global_options(default: str | None) -> argparse.ArgumentParser:
    """The options every command takes, before or after its name (`--config X check` == `check --config X`).

    A command's copy has `default` argparse.SUPPRESS: an option not given after the command name then
    leaves the value given before it alone (None when given nowhere).
    """
    options = argparse.ArgumentParser(add_help=False, argument_default=default)
    options.add_argument("--config", help="config file (default: $DOCKETBOT_CONFIG, else config/sources.yaml "
                         "in the working directory)")
    options.add_argument(
        "--log-level", help="DEBUG, INFO, WARNING or ERROR (default: INFO for run and web, else WARNING)"
    )
    return options


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=command_name(), description="Court docket monitoring bot.",
                                     parents=[_global_options(None)])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        """A command that takes the global options after its name too; its `help` is also its --help's description."""
        return commands.add_parser(name, help=help, description=help, parents=[_global_options(argparse.SUPPRESS)])

    command("run", help="the worker: poll every source on its schedule and deliver posts")
    check = command("check", help="poll now (all sources, or those named) and deliver: new entries are posted to "
                    "their channels (--dry-run to only print them)")
    check.add_argument("source_ids", nargs="*", metavar="SOURCE_ID", help="a source's id, as `sources` lists them; "
                       "none: every source")
    check.add_argument("--dry-run", action="store_true", help="print what would be posted; change nothing")
    command("sources", help="what is configured and how each source last fared")
    courts_ = command("courts", help="the courts the bot knows: id, name, kind, zone and whether a CM/ECF feed "
                      "publishes all entries (yes), some types (partial) or none (no)")
    courts_.add_argument("--search", default="", metavar="WORDS",
                         help="only courts whose id, name or place holds every word (\"New Mexico\")")
    outbox = command("outbox", help="queued, held and failed posts (channel, age, reason)")
    outbox.add_argument("--retry", action="store_true", help="re-queue the failed posts and retry held channels now")
    digest = command("digest", help="build digests now from stored entries (each destination with a digest:, or "
                     "--channel) and deliver them")
    digest.add_argument("--channel", metavar="C", help="only this destination (a channel, or a subscription's target)")
    digest.add_argument("--since", metavar="DURATION", help="the period, back from now (24h, 7d; default: the "
                        "destination's digest period, else 24h)")
    digest.add_argument("--dry-run", action="store_true", help="print the digests; queue nothing")
    digest.add_argument("--force", action="store_true", help="queue a digest even when the same one (the same "
                        "filings, same destination) was queued before")
    web = command("web", help="HTTP on $PORT (default 8000): the status page, /docket, webhooks, /healthz, /metrics")
    web.add_argument("--no-worker", action="store_true",
                     help="no worker runs by design: /healthz does not ask for one")
    classify_ = command("classify", help="docket texts (the arguments, else stdin one per line) -> event types as "
                        f"JSON lines; the types: {', '.join(EVENT_TYPES)} (what each covers, and the decisions "
                        "the labelled texts forced: the docstring of bot/pipeline/classify/__init__.py)")
    classify_.add_argument("texts", nargs="*", metavar="TEXT", help="a docket text to classify (quote it); none: read "
                           "stdin, one text per line")
    classify_.add_argument(
        "--explain", action="store_true", help="plain text instead of JSON: per text the types and, one line each, a "
        "type and what decided it: a row of bot/pipeline/classify/vocabulary.tsv (a row of type other: no event of its "
        "own, nothing else read), a named rule, the event model's probability, or a veto that took the type away "
        "('not ...'; the line that found it is marked [taken away below])"
    )
    command("demo", help="watch the bot work on bundled real court pages, offline, in a minute")
    parse = command("parse", help="read one page (a file or URL) as a source of KIND would: its "
                    "entries as JSON lines, what it skipped on stderr")
    parse.add_argument("kind", metavar="KIND")
    parse.add_argument("page", metavar="FILE_OR_URL")
    parse.add_argument("--preset", help="the kind's preset (html_docket: pacer_docket, ...)")
    parse.add_argument("--set", action="append", default=[], dest="settings", metavar="KEY=VALUE",
                       help="a source setting as in the config, its value in YAML (--set 'dockets=[1, 2]')")
    command("kinds", help="the source kinds: each one's settings (type, default, meaning) and an example")
    mute = command("mute", help="no posts of a case in one channel, until unmuted or for a while; no CASE: list "
                   "the mutes")
    mute.add_argument("case", nargs="?", metavar="CASE", help="a docket number (1:18-cv-03365) or a case key")
    mute.add_argument("--channel", help="the channel, as the config names it (\"#newsroom\") or its id")
    mute.add_argument("--for", dest="lasting", metavar="DURATION", help="how long (2d, 12h); default: until unmuted")
    unmute = command("unmute", help="posts of a muted case in that channel again")
    unmute.add_argument("case", metavar="CASE")
    unmute.add_argument("--channel", required=True)
    pause = command("pause", help="stop polling a source, for every channel, until resumed")
    pause.add_argument("source_id", metavar="SOURCE_ID")
    resume = command("resume", help="poll a paused source again")
    resume.add_argument("source_id", metavar="SOURCE_ID")
    why = command("why", help="the entries QUERY names (an entry key; a docket number of any court, a case key or a "
                  "party name; or words of the text), and "
                  "for each subscription the post each got or why not")
    why.add_argument("source_id", metavar="SOURCE_ID")
    why.add_argument("query", nargs="+", metavar="QUERY")
    entries = command("entries", help="the entries seen, newest first: filed, case, events, text, posted where")
    entries.add_argument("--source", metavar="S", help="only this source's")
    entries.add_argument("--case", metavar="C", help="only this case's: a docket number of any court, however "
                         "written (18-cv-1119, 01-18-00277-CR), a case key of a source, or a party name")
    entries.add_argument("--since", metavar="7d", help="only those filed (or, without a date, seen) this recently")
    entries.add_argument("--events", metavar="motion,dismissal", help="only those of one of these event types")
    entries.add_argument("--limit", type=int, default=50, metavar="N", help="at most N (default 50)")
    return parser


LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
DURATION_OPTIONS = ("--for", "--since")


def main(argv: Sequence[str] | None = None) -> int:
    """Runs one command; returns its exit status (see README, Exit status)."""
    try:
        return _run_command(build_parser().parse_args(joined_durations(sys.argv[1:] if argv is None else argv)))
    except BrokenPipeError:  # `check | head`: the reader is gone; what this process had claimed is released
        _silence_stdout()
        return EXIT_PIPE_CLOSED


def joined_durations(argv: Sequence[str]) -> list[str]:
    """`--for -1d` as `--for=-1d`: argparse takes a value starting with `-` for an option and says only "expected
    one argument"; joined to its option, the value reaches the duration check, which says what is wrong with it."""
    joined: list[str] = []
    for arg in argv:
        if joined and joined[-1] in DURATION_OPTIONS and re.match(r"-\d", arg):
            joined[-1] += f"={arg}"
        else:
            joined.append(arg)
    return joined


def _silence_stdout() -> None:
    """Points stdout at /dev/null, so that Python's flush at exit does not fail on the closed pipe again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _run_command(args: argparse.Namespace) -> int:
    if args.log_level is not None and args.log_level.upper() not in LOG_LEVELS:
        print(f"--log-level {args.log_level or repr(args.log_level)}: not a level; use one of {', '.join(LOG_LEVELS)}",
              file=sys.stderr)
        return EXIT_USAGE
    configure_logging(
        args.log_level or ("INFO" if args.command in ("run", "web") else "WARNING"),
        os.environ.get("DOCKETBOT_LOG_FORMAT", "text"),
        results_printed=args.command == "check" and args.log_level is None,
    )
    if args.command == "classify":
        return classify_lines(args.explain, args.texts)
    if args.command == "demo":
        from bot.demo import run_demo

        return run_demo()
    if args.command == "parse":
        return parse_page(args.kind, args.page, args.preset, args.settings)
    if args.command == "courts":
        return list_courts(args.search)
    if args.command == "kinds":
        from bot.kinds import describe_kinds

        print(describe_kinds())
        return EXIT_OK
    environ: Mapping[str, str] = os.environ
    scratch = None
    database = environ.get("DATABASE_URL") or DEFAULT_DATABASE_URL
    no_store = args.command in READ_ONLY_COMMANDS and would_create_store(database)
    if no_store or (getattr(args, "dry_run", False) and not store_exists(database)):
        # A dry run or a command that only reads changes nothing, not even by creating the store: it reads an
        # empty one in a scratch folder, which `scratch` keeps until this function returns.
        scratch = tempfile.TemporaryDirectory(prefix="docketbot-dry-run-")
        environ = {**environ, "DATABASE_URL": f"sqlite:///{Path(scratch.name) / 'dry-run.db'}"}
    try:
        app = App.from_env(environ, args.config, keep_metrics=args.command in ("run", "web"))
    except (ConfigError, StoreError) as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    if no_store:
        where = "" if database.startswith("sqlite:////") else f" in {Path.cwd()}"
        print(f"no store at {database}{where} yet: nothing was polled with it (`check` and `run` make it where they "
              "start; DATABASE_URL names another)", file=sys.stderr)
    try:
        if args.command == "run":
            from bot.worker.main import run_worker

            return run_worker(app)
        if args.command == "web":
            from bot.web.server import serve

            return serve(app, os.environ, expect_worker=not args.no_worker)
        if args.command == "check":
            return check(app, args.source_ids, args.dry_run)
        if args.command == "outbox":
            return show_outbox(app, args.retry)
        if args.command == "digest":
            return digest_now(app, args.channel, args.since, args.dry_run, args.force)
        if args.command in ("mute", "unmute", "pause", "resume"):
            return quiet_command(app, args)
        if args.command == "why":
            from bot.history import commands as history

            return history.why(app, args.source_id, " ".join(args.query), os.environ)
        if args.command == "entries":
            from bot.history import commands as history

            return history.entries(app, args.source, args.case, args.since, args.events, args.limit, datetime.now(UTC))
        return show_sources(app)
    except KeyboardInterrupt:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C must not cut the release short
        freed = app.release_claims()
        print(f"interrupted: nothing half-done was recorded{f'; released {freed} claim(s)' if freed else ''}",
              file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        app.release_claims()
        raise
    finally:
        app.close()


def check(app: App, source_ids: Sequence[str], dry_run: bool) -> int:
    """`check`: polls the sources (all, or those named), several at once but one server's one after another
    (bot/poll/parallel.py), and prints a line for each as its poll ends; what a poll
    queued is delivered alongside the later polls (bot/delivery/alongside.py), and the rest once the last is done.
    With `dry_run`, prints what would be posted and delivers nothing."""
    known = {source.id for source in app.config.sources}
    unknown = [source_id for source_id in source_ids if source_id not in known]
    if unknown:
        print(unknown_sources(unknown, known, "check"), file=sys.stderr)
        return EXIT_USAGE
    sources = [s for s in app.config.sources if not source_ids or s.id in source_ids]
    if dry_run:
        results = poll_and_print(app, sources, True, lambda _result: None)
        for result in results:
            for item in result.queued:
                print(format_post(item.post, f"would post to {item.post.channel}", app.config.tz))
        return EXIT_FAILED if any(not r.ok for r in results) else EXIT_OK
    ready_to_deliver(app)
    # the sources are claimed BATCH_CLAIMS at a time, the records of quiet polls written with those claims
    # (Poller.batch): an unchanged poll costs a fraction of a write
    with DeliveryAlongside(app.deliver, app.deliverer.stopping) as delivery, app.poller.batch(sources):
        results = poll_and_print(app, sources, False, lambda result: delivery.wake() if result.queued else None)
    delivered = deliver_and_say(app, delivery.report, for_slack(app, results))
    return EXIT_FAILED if any(not r.ok for r in results) or not delivered else EXIT_OK


def poll_and_print(app: App, sources: Sequence[SourceConfig], dry_run: bool,
                   polled: Callable[[PollResult], None]) -> list[PollResult]:
    """Polls `sources` several at once (bot/poll/parallel.py), calling `polled` with each result as it comes; on a
    terminal a progress bar and then a table (in the order of `sources`), else a line per source as its poll ends
    (in the order the polls end)."""
    if sys.stdout.isatty() and len(sources) > 1:
        return poll_with_progress(app, sources, dry_run, None, polled)
    width = max((len(source.id) for source in sources), default=0)

    def say(result: PollResult) -> None:
        lines = [f"{result.source_id:<{width}}  {describe_result(result, dry_run, app.config.tz)}"]
        lines += [f"{'':<{width}}  WARNING {warning}" for warning in result.warnings]
        lines += [f"{'':<{width}}  {line}" for line in (baseline_preview(result) if dry_run else ())]
        sys.stdout.write("".join(f"{line}\n" for line in lines))  # one write: posts printed alongside do not cut in
        sys.stdout.flush()
        polled(result)

    return poll_at_once(sources, lambda source: app.poll(source, dry_run=dry_run), lambda _source: None, say,
                        app.stop)


def for_slack(app: App, results: Sequence[PollResult]) -> int:
    """How many of the posts the polls `results` queued this process left for Slack: those to Slack's channels when
    it has no token and the store posts to Slack (Store.posts_to_slack); else none."""
    if app.store.slack_notifier == app.deliverer.notifier.name:
        return 0
    return sum(notifier_of(item.post.channel) == SLACK for result in results for item in result.queued)


def ready_to_deliver(app: App) -> None:
    """Gets delivery ready as a new process does: claims of dead processes freed, holds tried at once, the Slack
    token checked (a line on stderr when Slack refuses it)."""
    _release_dead_claims(app)
    app.store.retry_holds_now(datetime.now(UTC))  # a new process: what was held is tried again at once
    token = app.deliverer.token
    if app.deliverer.check_target() is None and any(not hold.scope for hold in app.store.holds(token)):
        print(f"Slack refused this process's token ({token}): no post was claimed", file=sys.stderr)


def deliver_and_say(app: App, earlier: DeliveryReport | None = None, new_for_slack: int = 0) -> bool:
    """Delivers what is due now, and prints a line of counts (with those of `earlier` runs of this command), one
    per notifier other than this process's that messages wait for (the `new_for_slack` posts it queued for Slack
    on a line of their own: see for_slack) and one per hold; True when nothing waits for a retry, failed or is
    held. Call ready_to_deliver first."""
    report = earlier or DeliveryReport()
    report.add(app.deliver())
    from bot.delivery.outbox import waiting_for_others

    token = app.deliverer.token
    counts = app.store.outbox_counts(token)
    others = sum(app.store.queued_for_others(app.deliverer.notifier.name).values())  # not this process's to retry
    print(f"delivered {report.sent}, waiting to retry {max(0, counts.get('pending', 0) - others)}, "
          f"held {counts.get('held', 0)}, failed for good {report.failed}")
    if report.free.line():
        print(report.free.line())
    for line in waiting_for_others(app.store, app.deliverer.notifier.name, new_for_slack):
        print(line)
    holds = app.store.holds(token)
    for hold in holds:
        print(f"held: posts to {hold.where} (token {hold.token or 'any'}): {hold.reason} ({hold.advice}); "
              f"`{command_name()} outbox` lists them")
    return not (report.retrying or report.failed or holds)


def digest_now(app: App, channel: str | None, since: str | None, dry_run: bool, force: bool) -> int:
    from bot.delivery import digest_now as digests

    try:
        period = parse_positive_duration(since) if since is not None else None
    except ValueError as exc:
        print(f"--since: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        built = digests.build_now(app.store, app.config, channel, period, datetime.now(UTC))
    except digests.UnknownDestination as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    for item in built:
        print(item.line(app.config))
    if dry_run:
        for item in built:
            if item.digest is not None:
                print(format_message(f"would post to {item.channel}", *digest_text(item.digest)))
        return EXIT_OK
    queued, refused = digests.queue_built(app.store, built, datetime.now(UTC), force, app.config.tz)
    for line in refused:
        print(line)
    print(f"queued {plural(queued, 'digest', 'digests')}")
    ready_to_deliver(app)
    return EXIT_OK if deliver_and_say(app) else EXIT_FAILED


def quiet_command(app: App, args: argparse.Namespace) -> int:
    """`mute`, `unmute`, `pause`, `resume` (bot/quiet_cli.py)."""
    from bot import quiet_cli

    if args.command == "mute":
        return quiet_cli.mute(app.config, app.store, args.case, args.channel, args.lasting)
    if args.command == "unmute":
        return quiet_cli.unmute(app.config, app.store, args.case, args.channel)
    if args.command == "pause":
        return quiet_cli.pause(app.config, app.store, args.source_id)
    return quiet_cli.resume(app.config, app.store, args.source_id)


def show_outbox(app: App, retry: bool) -> int:
    """`outbox [--retry]`: the listing; with `retry`, first what the retry did, and when no worker runs, the
    delivery this command then makes of what it can send (as `check` says it) before the listing of what is left.
    Exits 1 while anything is held or failed, and after a retry with no worker running, also while messages
    still wait (Slack still down, or this shell cannot send them); else 0."""
    from bot.delivery import outbox
    from bot.ops.status import worker_status
    from notifiers.slack.notifier import SlackNotifier

    now = datetime.now(UTC)
    _release_dead_claims(app)
    # a shell without SLACK_BOT_TOKEN sees every hold as its own (and drops none)
    token = app.deliverer.token if isinstance(app.deliverer.notifier, SlackNotifier) else None
    sends_itself = False  # a retry this command makes, no worker running
    if retry:
        sends_itself = not worker_status(app.store, now).alive
        retried = outbox.retry(app.store, now, token, not sends_itself, app.deliverer.notifier.name)
        print(retried.text)
        if retried.send_here:  # nobody else would send them until the next `check`
            ready_to_deliver(app)
            deliver_and_say(app)
            now = datetime.now(UTC)
    text, trouble = outbox.report(app.store, now, token, app.config.tz, app.deliverer.notifier.name)
    print(text)
    waiting = sends_itself and outbox.backlog(app.store, token).queued > 0
    return EXIT_FAILED if trouble or waiting else EXIT_OK


def _release_dead_claims(app: App) -> None:
    """Frees the posts and polls claimed by processes of this host that are gone (a `check` killed midway)."""
    freed = app.store.release_dead_claims(holder_alive)
    if freed:
        print(f"released {plural(freed, 'claim', 'claims')} of processes that are gone", file=sys.stderr)


def poll_with_progress(
    app: App, sources: Sequence[SourceConfig], dry_run: bool, console: Console | None = None,
    polled: Callable[[PollResult], None] = lambda _result: None,
) -> list[PollResult]:
    """On a terminal (`console`, by default rich's on stdout): a progress bar while polling, with the sources whose
    polls are under way (`polled` called with each result as it comes), then a summary table in the order of
    `sources`."""
    from rich import box  # (rich only on a terminal: a `check` in cron or a pipe starts without it)
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import Progress, TextColumn
    from rich.table import Table

    console = console or Console()
    under_way: list[str] = []
    with Progress(*Progress.get_default_columns(), TextColumn("{task.fields[source]}"), console=console,
                  transient=True) as progress:
        task = progress.add_task("polling", total=len(sources), source="")

        def started(source: SourceConfig) -> None:
            under_way.append(source.id)
            progress.update(task, source=_listed(under_way))

        def ended(result: PollResult) -> None:
            under_way.remove(result.source_id)
            progress.update(task, source=_listed(under_way), advance=1)
            polled(result)

        ended_in_order = poll_at_once(sources, lambda source: app.poll(source, dry_run=dry_run), started, ended,
                                      app.stop)
    order = {source.id: at for at, source in enumerate(sources)}
    results = sorted(ended_in_order, key=lambda result: order[result.source_id])
    table = Table("source", "result", "new", "events", "posts", "skipped", box=box.SIMPLE)
    for result in results:
        events = ", ".join(f"{event} {count}" for event, count in result.events.most_common())
        status = "[red]failed[/]" if not result.ok else ("paused" if result.paused else
                                                         "baseline" if result.baseline else "ok")
        posts = f"{len(result.queued)}, {result.muted} muted" if result.muted else str(len(result.queued))
        table.add_row(result.source_id, status, str(len(result.new)), events, posts, str(len(result.skipped)))
    console.print(table)
    for result in results:
        if not result.ok:
            console.print(f"[red]{result.source_id}[/]: {escape(result.error or '')}")
        elif result.paused:
            console.print(f"[yellow]{result.source_id}[/] {escape(describe_result(result, dry_run, app.config.tz))}")
        elif result.skipped:
            console.print(f"[yellow]{result.source_id}[/] skipped: {escape(skip_note(result.skipped))}")
        if result.ok and result.undated:
            console.print(f"[yellow]{result.source_id}[/] UNDATED: {escape(undated_note(result.undated))} (kept)")
        if result.ok and result.zoneless:
            console.print(f"{result.source_id} NO ZONE: {escape(zoneless_note(result.zoneless))}")
        for warning in result.warnings:
            console.print(f"[yellow]{result.source_id}[/] WARNING {escape(warning)}")
        for line in baseline_preview(result) if dry_run else ():
            console.print(f"{result.source_id}: {escape(line)}")
    return results


def _listed(source_ids: Sequence[str], shown: int = 3) -> str:
    """The first `shown` ids, and how many more: "nysd, edny, txnd +5"."""
    more = f" +{len(source_ids) - shown}" if len(source_ids) > shown else ""
    return ", ".join(source_ids[:shown]) + more


def show_sources(app: App) -> int:
    from bot.ops.quiet import describe_mute, mutes_seen
    from bot.ops.status import (  # (APScheduler's triggers: `check` starts without)
        held_for_slack,
        source_statuses,
        worker_status,
    )

    now = datetime.now(UTC)
    statuses = source_statuses(app.config, app.store, now)
    worker = worker_status(app.store, now)
    rows = [("ID", "KIND", "SCHEDULE", "NEXT RUN", "LAST POLL", "STATUS", "FAILS", "ENTRIES", "SKIPPED")]
    for status in statuses:
        state = status.state
        rows.append(
            (
                status.source.id,
                status.source.kind,
                status.schedule,
                _when(status.next_poll, app) if worker.alive and not status.pause else "-",
                _when(status.last_poll, app),
                _status_cell(status),
                str(state.failures_in_row) if state else "0",
                str(state.entries_known) if state else "0",
                str(state.last_skipped or 0) if state else "0",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    for status in statuses:
        if status.state and status.state.last_error:
            print(f"{status.source.id}: last error: {status.state.last_error}")
        if status.state and status.state.last_skip_note:
            print(f"{status.source.id}: last poll skipped: {status.state.last_skip_note}")
        if status.state and status.state.last_undated_note:
            print(f"{status.source.id}: last poll kept {status.state.last_undated_note}")
        if status.state and status.state.last_pushed_undated_note:
            print(f"{status.source.id}: last webhook kept {status.state.last_pushed_undated_note}")
    for status in statuses:
        if status.pause:
            print(f"{status.source.id}: {describe_pause(status.pause, app.config.tz)}, not polled; {how_to_resume(status.pause)}")
    mutes = app.store.mutes(now)
    seen = mutes_seen(app.config, app.store, mutes)
    for mute in mutes:
        print(f"muted: {describe_mute(mute, app.config.tz, seen=seen)}")
    if not worker.alive:
        print(worker.describe(app.config.tz))
    held = held_for_slack(app.store, now)
    if held is not None:
        print(held.describe(app.config.tz))
    return EXIT_OK


def _status_cell(status: SourceStatus) -> str:
    """The STATUS of `sources`: the last poll's status (`ok`, `error`), or `paused`, or `resumed` (no successful poll
    since)."""
    last = status.state.last_status if status.state else "never"
    return status.health if status.pause or last == PAUSED else last


FEED_SHOWN = {"all": "yes", "some": "partial", "none": "no"}


def list_courts(words: str) -> int:
    """`courts`: one line per court of the courts table matching `words` (all without), as ID NAME KIND PLACE
    ZONE FEED; exit status 1 with a note on stderr when none matches."""
    found = search(words)
    if not found:
        print(f'no court matches "{words}" (the search looks for words beginning those given in ids, names, kinds and places)', file=sys.stderr)
        return EXIT_FAILED
    rows = [("ID", "NAME", "KIND", "PLACE", "ZONE", "FEED")]
    rows += [(c.id, c.name, c.kind, c.place, c.zone or "-", FEED_SHOWN[c.feed]) for c in found]
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
    return EXIT_OK


def _when(moment: datetime | None, app: App) -> str:
    """A time of the `sources` table, in the config's timezone, saying which: `2018-04-17 20:09 EDT`."""
    return shown_time(moment, app.config.tz) if moment else "-"


def _said_of_set(problem: str, kind: str, fields: Mapping[str, object]) -> str:
    """A line of read_source's ConfigError as `parse` says it: a list setting given one value on the command line
    (`--set cases=1:25-cv-1234`, which YAML reads as text) is told how to write it there
    (`--set 'cases=["1:25-cv-1234"]'`), not the config file's `[a, b]`."""
    from scrapers import SCRAPERS

    key = problem.partition(":")[0]
    value = fields.get(key)
    model = SCRAPERS[kind].settings if kind in SCRAPERS else None
    field = model.model_fields.get(key) if model else None
    if field is None or isinstance(value, list | dict) or not _takes_list(field.annotation):
        return problem
    items = value.split(",") if isinstance(value, str) else [value]
    written = json.dumps([item.strip() if isinstance(item, str) else item for item in items])
    return f"{key}: {as_written(value)} is not a list: write --set '{key}={written}'"


def _takes_list(annotation: object) -> bool:
    """Whether a setting's type is a list, or may be one (list[str] | None)."""
    return get_origin(annotation) is list or any(_takes_list(arg) for arg in get_args(annotation))


def parse_page(kind: str, page: str, preset: str | None, settings: Sequence[str]) -> int:
    """`parse`: reads one page, a file or an http(s) URL, as a source of `kind` with these settings would, and
    prints each entry as a JSON line (its fields, `filed_at` on the court's clock, and the event types `classify`
    gives its text); each skipped
    item and each entry without a readable date, then a count, on stderr. A URL is fetched once, within the usual timeouts; a file is read as if
    fetched from the source's `url` (`--set url=...`), else as a page with no address: no docket link, and its
    links as it gives them (`/news/story.html`).

    Exit status: 0 entries were read; 1 the page was refused, could not be fetched or held no entries (why, on
    stderr); 2 bad usage (unknown kind or setting, a file that cannot be read).
    """
    import yaml

    from bot.core.courts import local_time
    from scrapers import SCRAPERS
    from scrapers.base import ParseError
    from scrapers.http import Fetcher, FetchError

    fields: dict[str, object] = {"preset": preset} if preset else {}
    for setting in settings:
        key, equals, value = setting.partition("=")
        if not equals or not key.strip():
            print(f"--set {setting!r}: give KEY=VALUE", file=sys.stderr)
            return EXIT_USAGE
        try:
            fields[key.strip()] = yaml.safe_load(value)
        except yaml.YAMLError:  # `%m/%d/%Y`: a plain string, as the config file would quote it
            fields[key.strip()] = value
    is_url = page.startswith(("http://", "https://"))
    if is_url:
        fields["url"] = page
    page_url = str(fields.get("url", ""))  # a file's: the address `--set url=` gives it, else none
    fields.setdefault("url", "https://example.invalid/")  # only to pass the check that a source has one: never read
    try:
        source = read_source({"id": "parse", "kind": kind, **fields})
    except ConfigError as exc:
        print("\n".join(_said_of_set(line, kind, fields) for line in str(exc).splitlines()), file=sys.stderr)
        return EXIT_USAGE
    try:
        raw = Fetcher(attempts=1, per_host_interval=0).get(page) if is_url else Path(page).read_bytes()
    except OSError as exc:
        print(f"cannot read {page}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    except FetchError as exc:
        print(f"cannot fetch: {exc}", file=sys.stderr)
        return EXIT_FAILED
    if not is_url and not raw.strip():
        print(f"refused: {page} is empty", file=sys.stderr)
        return EXIT_FAILED
    try:
        parsed = SCRAPERS[kind](source, os.environ).read_page(raw, page_url)
    except ParseError as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return EXIT_FAILED
    kept = in_cases(source, parsed.entries)
    for entry in kept:
        fields = entry.to_json()
        if entry.filed_at is not None:  # the court's own clock, as posts show it: 8:09 pm in New York, not 00:09 GMT
            fields["filed_at"] = local_time(entry.filed_at, entry.court).isoformat()
        print(json.dumps({**fields, "events": list(classify(entry.text))}, ensure_ascii=False))
    for skipped in parsed.skipped:
        print(f"skipped: {skipped}", file=sys.stderr)
    for undated in parsed.undated:
        print(f"undated: {undated}", file=sys.stderr)
    outside = len(parsed.entries) - len(kept)
    print(f"{plural(len(kept), 'entry', 'entries')}, {len(parsed.skipped)} skipped"
          + (f", {outside} of dockets outside the source's cases" if outside else "")
          + (f"; {undated_note(parsed.undated)} (kept, filed_at null)" if parsed.undated else ""),
          file=sys.stderr)
    if not parsed.entries:
        print(f"no entries on the page: is it a {kind} page?", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def classify_lines(explain: bool = False, texts: list[str] | None = None) -> int:
    """`classify`: one JSON line per text of `texts`, else per line of stdin (a blank line has no events), so that
    outputs pair with inputs."""
    for line in texts or sys.stdin:
        text = line.rstrip("\r\n")
        events = list(classify(text)) if text.strip() else []
        if explain:
            print((describe(text) if text.strip() else "(a blank line: no events)") + "\n")
        else:
            print(json.dumps({"text": text, "events": events}, ensure_ascii=False))
    return EXIT_OK
