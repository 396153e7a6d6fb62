"""`python -m bot run`: a job per source and per digest schedule, plus delivery, health, heartbeat, config-watch and
record-flush jobs, until SIGTERM.

A stop stops within seconds whatever the courts do: fetches under way are abandoned (scrapers/http.py).

The poll threads share their writes (Poller.batch): the record of an unchanged poll of a healthy source rides on
the next claim of any poll thread, so that such a poll costs one write (its claim); when no claim comes within
QUIET_HOLD_SECONDS, the flush job writes it (checked every QUIET_FLUSH_SECONDS). So the store's last poll times
(`sources`, the status page, /healthz, the stale-source alerts) may lag a worker's unchanged polls by up to
QUIET_HOLD_SECONDS + QUIET_FLUSH_SECONDS; the source stays leased to the worker meanwhile.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import signal
import sys
import threading
import time
from datetime import UTC, datetime, timedelta, tzinfo

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger
from prometheus_client import start_http_server

from bot.app import App
from bot.core.clock import holder_alive, shown_time
from bot.core.destinations import SLACK
from bot.core.durations import format_duration
from bot.delivery.outbox import waiting_for_others
from bot.ops.status import WORKER_STOPPED, held_for_slack, worker_beat
from bot.schedule.triggers import first_turn_delays
from bot.worker.jobs import POLL_EXECUTOR, check_health, schedule_digests, schedule_source
from bot.worker.reload import Reloader, drop_stale_refusals
from notifiers.slack.commands import start_socket_mode
from notifiers.slack.notifier import SlackNotifier

log = logging.getLogger(__name__)

DELIVERY_INTERVAL_SECONDS = 10
HEALTH_INTERVAL_SECONDS = 300
HELD_FOR_SLACK_SECONDS = 1800  # how often a worker without SLACK_BOT_TOKEN says the posts held for Slack
RELOAD_CHECK_SECONDS = 5
HEARTBEAT_SECONDS = 30
STOP_DEADLINE_SECONDS = 8  # Docker waits 10 s after SIGTERM before it kills
DELIVERY_EXECUTOR = "delivery"
HEARTBEAT_EXECUTOR = "heartbeat"
QUIET_HOLD_SECONDS = 5  # how long the record of an unchanged poll may wait for a claim to ride on
QUIET_FLUSH_SECONDS = 1  # how often the flush job looks for records that waited that long
FLUSH_EXECUTOR = "flush"


def build_scheduler(app: App) -> BlockingScheduler:
    """The worker's scheduler. Each kind of job has threads of its own, so that none waits behind another: the
    polls `worker.poll_threads`, delivery one, the heartbeat one, the flush of unchanged polls' records one, and
    the rest (health, digests, config watch, reloads) two. A poll job also delivers what it queued, when no other
    thread is delivering (App.deliver_soon)."""
    scheduler = BlockingScheduler(
        timezone=app.config.tz,
        executors={
            "default": ThreadPoolExecutor(max_workers=2),
            POLL_EXECUTOR: ThreadPoolExecutor(max_workers=app.config.worker.poll_threads),
            DELIVERY_EXECUTOR: ThreadPoolExecutor(max_workers=1),
            HEARTBEAT_EXECUTOR: ThreadPoolExecutor(max_workers=1),
            FLUSH_EXECUTOR: ThreadPoolExecutor(max_workers=1),
        },
        job_defaults={"coalesce": True, "max_instances": 1},
    )
    delays = first_turn_delays(app.config, app.config.sources)
    for source in app.config.sources:
        schedule_source(scheduler, app, source, first_now=True, delay=delays.get(source.id, timedelta(0)))
    schedule_digests(scheduler, app, catch_up=True)
    scheduler.add_job(  # first at once: what a worker stopped before it went out (an ops notice) waits no round
        app.deliver_soon, IntervalTrigger(seconds=DELIVERY_INTERVAL_SECONDS), id="deliver", name="deliver outbox",
        executor=DELIVERY_EXECUTOR, next_run_time=datetime.now(UTC),
    )
    scheduler.add_job(
        check_health, IntervalTrigger(seconds=HEALTH_INTERVAL_SECONDS), args=(app,), id="health", name="stale sources"
    )
    scheduler.add_job(
        heartbeat, IntervalTrigger(seconds=HEARTBEAT_SECONDS), args=(app,), id="heartbeat",
        next_run_time=datetime.now(UTC), executor=HEARTBEAT_EXECUTOR,
    )
    scheduler.add_job(
        flush_quiet, IntervalTrigger(seconds=QUIET_FLUSH_SECONDS), args=(app,), id="flush", name="flush quiet polls",
        executor=FLUSH_EXECUTOR,
    )
    if app.deliverer.notifier.name != SLACK:
        scheduler.add_job(say_held_for_slack, IntervalTrigger(seconds=HELD_FOR_SLACK_SECONDS), args=(app,),
                          id="held-for-slack", name="posts held for Slack")
    return scheduler


def say_held_for_slack(app: App) -> None:
    """Logs a warning with the posts held for Slack (bot/ops/status.py held_for_slack), if any: a worker without
    SLACK_BOT_TOKEN, on a store that posts to Slack, queues its posts to Slack's channels for a worker with it, and
    says so every HELD_FOR_SLACK_SECONDS while they pile up, not only as it starts."""
    held = held_for_slack(app.store, datetime.now(UTC))
    if held is not None:
        log.warning("%s", held.describe(app.config.tz))


def flush_quiet(app: App) -> None:
    """Writes the records of unchanged polls held for a claim to ride on (Poller.batch), once the oldest of them has
    waited QUIET_HOLD_SECONDS; no write when none has."""
    app.poller.flush(timedelta(seconds=QUIET_HOLD_SECONDS))


def heartbeat(app: App) -> None:
    """Tells /healthz (in the web process), `sources` and `/docket status` that this worker is alive."""
    app.store.beat(_beat_name(app), datetime.now(UTC))


def _beat_name(app: App) -> str:
    """This process's heartbeat name: `worker:`, its notifier of Slack's channels and a short digest of its holder
    name (host, pid, random); see bot/ops/status.py worker_beat."""
    return worker_beat(app.deliverer.notifier.name, app.poller.holder)


def run_worker(app: App) -> int:
    """Runs until SIGTERM/SIGINT: then polls under way are abandoned (nothing recorded), delivery stops between
    two posts, the records of unchanged polls still held are written, claims and leases are released; a second
    signal, or a stop still busy after STOP_DEADLINE_SECONDS, ends the process at once (the deadline still writes
    the held records first; a second signal does not).

    A worker that dies (killed, crashed) loses the records it held (unchanged polls: nothing new is lost, the
    sources' last poll times stay those of the polls before) and leaves their sources leased: another worker may
    poll them once their leases end, 10 minutes after their claims (bot/poll/poller.py POLL_LEASE), and a worker
    started on the same host frees them at once (Store.release_dead_claims)."""
    freed = app.store.release_dead_claims(holder_alive)
    if freed:
        log.warning("took over %d lease(s) or claim(s) of worker processes of this host that died", freed)
    app.store.retry_holds_now(datetime.now(UTC))  # held posts are tried again at once after a restart
    if isinstance(app.deliverer.notifier, SlackNotifier):  # auth.test may take its whole timeout when Slack hangs
        print(f"docketbot worker: {len(app.config.sources)} source(s) to schedule; checking the Slack token "
              f"({app.deliverer.token})", flush=True)
    who = app.deliverer.check_target()
    drop_stale_refusals(app, "the file loads now")  # (this worker just loaded it)
    for line in waiting_for_others(app.store, app.deliverer.notifier.name):  # posts this process leaves alone
        log.warning("%s", line)
    scheduler = build_scheduler(app)
    reloader = Reloader(app, scheduler)
    metrics_port = os.environ.get("METRICS_PORT")
    if metrics_port:
        start_http_server(int(metrics_port), registry=app.metrics.registry)
        log.info("metrics on port %s", metrics_port)
    scheduler.add_job(reloader.check_file, IntervalTrigger(seconds=RELOAD_CHECK_SECONDS), id="config-watch")

    stopping: list[int] = []
    shutting_down: list[threading.Thread] = []

    def stop(signum: int, _frame: object) -> None:
        name = signal.Signals(signum).name
        if stopping:  # a second Ctrl-C while stopping: out at once
            log.warning("received %s again: exiting at once", name)
            _exit(128 + signum)
        stopping.append(signum)
        log.warning("received %s, stopping: polls under way are abandoned (again to exit at once)", name)
        app.stop()
        threading.Thread(target=_deadline, args=(app,), name="stop deadline", daemon=True).start()
        if scheduler.running:
            # Not in this handler: the signal may have interrupted the scheduler's own thread while it holds the
            # executor's lock (submitting a job), and a shutdown here would wait on that lock forever.
            shutdown = threading.Thread(target=_shut_down, args=(scheduler, reloader), name="scheduler shutdown")
            shutdown.start()
            shutting_down.append(shutdown)

    def reload_now(_signum: int, _frame: object) -> None:
        log.warning("received SIGHUP, reloading %s", app.config_file)
        # Not in this handler, as for a stop: the signal may have interrupted the scheduler's thread while it holds
        # the scheduler's lock, and adding the job here could wait on it forever (seen: a reload that never came).
        threading.Thread(target=scheduler.add_job, args=(reloader.reload,), kwargs={"id": "reload", "replace_existing": True},
                         name="reload request", daemon=True).start()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGHUP, reload_now)
    socket_mode = start_socket_mode(app, os.environ)
    workspace_hold = next((hold for hold in app.store.holds(app.deliverer.token) if not hold.scope), None)
    if who:
        posting = f"posting as {who}"
    elif workspace_hold:
        posting = (f"posts are held: Slack refused the token {app.deliverer.token} ({workspace_hold.reason}; "
                   "see the log); this worker claims no post until a retry works")
    else:
        posting = "Slack could not be reached to check the token (posts are retried)"
    if app.store.slack_notifier != app.deliverer.notifier.name:  # no token, on a store that posts to Slack
        posting += (f"; this store posts to Slack: posts to Slack's channels are queued for a worker with "
                    f"SLACK_BOT_TOKEN (said every {format_duration(timedelta(seconds=HELD_FOR_SLACK_SECONDS))} "
                    "while they wait)")
    print(f"docketbot worker: {len(app.config.sources)} source(s) scheduled ({first_polls(scheduler, app.config.tz)}), "
          f"{posting}; Ctrl-C to stop", flush=True)
    try:
        with app.poller.batch():  # the poll threads' unchanged polls share their writes (flushed as the block ends)
            scheduler.start()
            for shutdown in shutting_down:  # the jobs under way end (abandoned) before claims are released
                shutdown.join()
    finally:
        if socket_mode is not None:
            socket_mode.close()
        app.release_claims()
        app.store.forget_beat(_beat_name(app))
        app.store.beat(WORKER_STOPPED, datetime.now(UTC))
    print("docketbot worker: stopped", flush=True)
    return 0


def first_polls(scheduler: BlockingScheduler, tz: tzinfo, now: datetime | None = None) -> str:
    """What the scheduler's sources' turns will be, on the config's clock `tz`, said before it starts: "first
    polls start now, spread over 2s by the per-host pacing, the next poll from Sun 21:55 EST (edny); cron sources at
    their times, the first Mon 06:00 EST (nysd), the last Mon 07:00 EST (txnd)". A first turn made at once is a job
    given its own first run time (bot/worker/jobs.py schedule_source: `every` sources, some a few seconds later
    by first_turn_delays); the next turn of each comes from its trigger (give or take its jitter); the others
    (cron sources) wait for their trigger's first time, so that one on a weekday cron is not taken for a silent
    one."""
    now = now or datetime.now(tz)
    firsts: list[datetime] = []
    nexts: list[tuple[datetime, str]] = []
    timed: list[tuple[datetime, str]] = []
    jobs = {job.id: job for job in scheduler.get_jobs()}  # (a scheduler not started keeps the jobs it replaced)
    for job_id, job in jobs.items():
        if not job_id.startswith("poll:"):
            continue
        source_id = job_id.removeprefix("poll:")
        first = getattr(job, "next_run_time", None)  # a pending job has one only when it was given one
        if first is not None:
            firsts.append(first)
            if (later := job.trigger.get_next_fire_time(first, first)) is not None:
                nexts.append((later, source_id))
        elif (when := job.trigger.get_next_fire_time(None, now)) is not None:
            timed.append((when, source_id))
    said = []
    if firsts:
        spread = (max(firsts) - now).total_seconds()
        paced = f", spread over {format_duration(timedelta(seconds=round(spread)))} by the per-host pacing" \
            if spread >= 1 else ""
        upcoming = f", the next poll from {_at(min(nexts), tz)}" if nexts else ""
        said.append(f"first polls start now{paced}{upcoming}")
    if timed:
        last = f", the last {_at(max(timed), tz)}" if len(timed) > 1 else ""
        said.append(f"cron sources at their times, the first {_at(min(timed), tz)}{last}")
    return "; ".join(said) or "none will be polled"


def _at(turn: tuple[datetime, str], tz: tzinfo) -> str:
    """A turn as the start line says it: "Sun 21:55 EST (edny)"."""
    return f"{shown_time(turn[0], tz, '%a %H:%M')} ({turn[1]})"


def _shut_down(scheduler: BlockingScheduler, reloader: Reloader) -> None:
    """Shuts the scheduler down once a reload under way is done: the shutdown holds the scheduler's lock while it
    waits for the jobs under way, and a reload calls the scheduler (Reloader.reload; a later one changes nothing)."""
    with reloader.lock:
        scheduler.shutdown(wait=True)


def _deadline(app: App) -> None:
    """Exits the process if a stop is still not done after STOP_DEADLINE_SECONDS (a post to Slack that hangs)."""
    time.sleep(STOP_DEADLINE_SECONDS)
    log.error("still busy %ds after the stop signal; exiting now (what each thread was doing follows)",
              STOP_DEADLINE_SECONDS)
    faulthandler.dump_traceback(file=sys.stderr, all_threads=True)  # so that a stop that hung can be told why
    try:
        app.release_claims()
    except Exception:  # the store is gone too: the claims expire on their own
        log.exception("could not release this worker's claims")
    _exit(1)


def _exit(status: int) -> None:
    """Ends the process now, with the log and the output written out (threads under way are left behind)."""
    logging.shutdown()
    sys.stdout.flush()
    os._exit(status)
