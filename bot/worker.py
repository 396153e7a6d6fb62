"""`python -m bot run`: a job per source, plus delivery, health, heartbeat and config-watch jobs, until SIGTERM."""

from __future__ import annotations

import logging
import os
import signal
from datetime import UTC, datetime

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger
from prometheus_client import start_http_server

from bot.app import App
from bot.clock import holder_alive
from bot.jobs import check_health, schedule_source
from bot.reload import Reloader
from bot.slack_commands import start_socket_mode
from bot.web import WORKER_HEARTBEAT

log = logging.getLogger(__name__)

DELIVERY_INTERVAL_SECONDS = 10
HEALTH_INTERVAL_SECONDS = 300
RELOAD_CHECK_SECONDS = 5
HEARTBEAT_SECONDS = 30


def build_scheduler(app: App) -> BlockingScheduler:
    scheduler = BlockingScheduler(
        timezone=app.config.tz,
        executors={"default": ThreadPoolExecutor(max_workers=4)},
        job_defaults={"coalesce": True, "max_instances": 1},
    )
    for source in app.config.sources:
        schedule_source(scheduler, app, source, first_now=True)
    scheduler.add_job(
        app.deliver, IntervalTrigger(seconds=DELIVERY_INTERVAL_SECONDS), id="deliver", name="deliver outbox"
    )
    scheduler.add_job(
        check_health, IntervalTrigger(seconds=HEALTH_INTERVAL_SECONDS), args=(app,), id="health", name="stale sources"
    )
    scheduler.add_job(
        heartbeat, IntervalTrigger(seconds=HEARTBEAT_SECONDS), args=(app,), id="heartbeat",
        next_run_time=datetime.now(UTC),
    )
    return scheduler


def heartbeat(app: App) -> None:
    """Tells /healthz (in the web process) that the worker is alive."""
    app.store.beat(WORKER_HEARTBEAT, datetime.now(UTC))


def run_worker(app: App) -> int:
    """Runs until SIGTERM/SIGINT; polls under way finish first, no new one starts."""
    freed = app.store.release_dead_claims(holder_alive)
    if freed:
        log.warning("took over %d lease(s) or claim(s) of worker processes of this host that died", freed)
    app.store.retry_holds_now(datetime.now(UTC))  # held posts are tried again at once after a restart
    who = app.deliverer.check_target()
    scheduler = build_scheduler(app)
    reloader = Reloader(app, scheduler)
    metrics_port = os.environ.get("METRICS_PORT")
    if metrics_port:
        start_http_server(int(metrics_port), registry=app.metrics.registry)
        log.info("metrics on port %s", metrics_port)
    scheduler.add_job(reloader.check_file, IntervalTrigger(seconds=RELOAD_CHECK_SECONDS), id="config-watch")

    def stop(signum: int, _frame: object) -> None:
        if not scheduler.running:  # a second Ctrl-C while stopping
            return
        log.warning("received %s, stopping after the polls under way", signal.Signals(signum).name)
        scheduler.shutdown(wait=True)

    def reload_now(_signum: int, _frame: object) -> None:
        log.warning("received SIGHUP, reloading %s", app.config_file)
        scheduler.add_job(reloader.reload, id="reload", replace_existing=True)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGHUP, reload_now)
    socket_mode = start_socket_mode(app, os.environ)
    posting = f"posting as {who}" if who else "posts are held: Slack refused the token (see the log)"
    print(f"docketbot worker: {len(app.config.sources)} source(s) scheduled, {posting}; Ctrl-C to stop", flush=True)
    try:
        scheduler.start()
    finally:
        if socket_mode is not None:
            socket_mode.close()
    print("docketbot worker: stopped", flush=True)
    return 0
