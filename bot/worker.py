"""`python -m bot run`: one APScheduler job per source plus a delivery job, until SIGTERM or Ctrl-C."""

from __future__ import annotations

import logging
import signal
from datetime import UTC, datetime

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger

from bot.app import App
from bot.config import SourceConfig
from bot.schedule import is_active, trigger_for

log = logging.getLogger(__name__)

DELIVERY_INTERVAL_SECONDS = 10
HEALTH_INTERVAL_SECONDS = 300


def poll_and_deliver(app: App, source: SourceConfig) -> None:
    """One scheduled turn of a source; outside its active hours the turn is skipped."""
    if not is_active(app.config, source, datetime.now(UTC)):
        log.info("source %s: outside active hours, skipped", source.id)
        return
    result = app.poll(source)
    if result.queued:
        app.deliver()


def check_health(app: App) -> None:
    """Alerts ops about sources gone stale, then sends what that queued."""
    app.poller.health.check_stale()
    app.deliver()


def build_scheduler(app: App) -> BlockingScheduler:
    scheduler = BlockingScheduler(
        timezone=app.config.tz,
        executors={"default": ThreadPoolExecutor(max_workers=4)},
        job_defaults={"coalesce": True, "max_instances": 1},
    )
    now = datetime.now(UTC)
    for source in app.config.sources:
        trigger = trigger_for(app.config, source)
        period = app.config.every(source).total_seconds() if not source.cron else 3600
        scheduler.add_job(
            poll_and_deliver,
            trigger,
            args=(app, source),
            id=f"poll:{source.id}",
            name=f"poll {source.id}",
            # a turn that starts late by up to half a period still runs; later than that waits for the next
            misfire_grace_time=max(30, int(period / 2)),
            # interval sources poll once at start; cron sources wait for their first time
            **({} if source.cron else {"next_run_time": now}),
        )
    scheduler.add_job(
        app.deliver, IntervalTrigger(seconds=DELIVERY_INTERVAL_SECONDS), id="deliver", name="deliver outbox"
    )
    scheduler.add_job(
        check_health, IntervalTrigger(seconds=HEALTH_INTERVAL_SECONDS), args=(app,), id="health", name="stale sources"
    )
    return scheduler


def run_worker(app: App) -> int:
    """Runs until SIGTERM/SIGINT; polls under way finish first, no new one starts."""
    scheduler = build_scheduler(app)

    def stop(signum: int, _frame: object) -> None:
        log.warning("received %s, stopping after the polls under way", signal.Signals(signum).name)
        scheduler.shutdown(wait=True)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    print(f"docketbot worker: {len(app.config.sources)} source(s) scheduled; Ctrl-C to stop", flush=True)
    scheduler.start()
    print("docketbot worker: stopped", flush=True)
    return 0
