"""The worker's jobs: one poll turn of a source, a digest schedule's turn, and how they are put on the scheduler."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.base import BaseScheduler

from bot.app import App
from bot.config import SourceConfig
from bot.core.clock import shown_time
from bot.core.digest import DigestSchedule
from bot.delivery.digests import digest_subscriptions, queue_due, schedules
from bot.schedule.digests import digest_trigger, period_ending
from bot.schedule.triggers import backing_off, is_active, misfire_grace, period_at, trigger_for

log = logging.getLogger(__name__)

POLL_JOB = "poll:{}"
POLL_EXECUTOR = "polls"  # the poll jobs' threads (`worker.poll_threads`): other jobs never wait behind polls
DIGEST_JOB = "digest:{}"
DIGEST_MISFIRE_GRACE_SECONDS = 6 * 3600  # a worker down or busy at a digest's time sends it within 6 hours


def poll_and_deliver(app: App, source: SourceConfig) -> None:
    """One scheduled turn of a source; skipped outside its active hours, and thinned out while it fails.

    The first turn after a start, or after a reload that changed the source, polls a source whose last poll
    failed or was made with other settings at once: the fix an operator just made is tried."""
    now = datetime.now(UTC)
    if not is_active(app.config, source, now):
        log.info("source %s: outside active hours, skipped", source.id)
        return
    recheck = source.id in app.first_turns
    app.first_turns.discard(source.id)
    if not recheck and backing_off(app.config, source, app.store.state(source.id), now):
        log.info("source %s: failing, turn skipped (backing off)", source.id)
        return
    # of several workers sharing the store, the first to claim the source polls it this turn
    result = app.poller.poll(source, min_gap=period_at(app.config, source, now) / 2, recheck=recheck)
    if result.queued or result.alerted:  # an ops alert goes out at once too
        app.deliver_soon()


def check_health(app: App) -> None:
    """Alerts ops about sources gone stale, then sends what that queued."""
    app.poller.health.check_stale()
    app.deliver_soon()


def schedule_source(
    scheduler: BaseScheduler, app: App, source: SourceConfig, first_now: bool, delay: timedelta = timedelta(0)
) -> None:
    """Adds (or replaces) the poll job of one source, on the poll threads (POLL_EXECUTOR); with `first_now` its
    next turn is its first (see poll_and_deliver), run at once, or after `delay` (see first_turn_delays), unless
    it is a cron source; each later turn comes `every` after the one before."""
    if first_now:
        app.first_turns.add(source.id)
    now = datetime.now(UTC)
    first = now + delay if first_now and not source.cron else None  # cron sources wait for their first time
    scheduler.add_job(
        poll_and_deliver,
        trigger_for(app.config, source),
        args=(app, source),
        id=POLL_JOB.format(source.id),
        name=f"poll {source.id}",
        executor=POLL_EXECUTOR,
        replace_existing=True,
        # a turn that starts late by up to half a period still runs, once for all missed turns (coalesce)
        misfire_grace_time=int(misfire_grace(app.config, source, now).total_seconds()),
        coalesce=True,
        **({"next_run_time": first} if first else {}),
    )


def send_digests(app: App, schedule: DigestSchedule) -> None:
    """Queues the digests of the period of `schedule` that just ended (each destination's once, whichever worker
    comes first), then sends what that queued."""
    queued = queue_due(app.store, app.config, schedule, datetime.now(UTC))
    for digest in queued:
        log.info("digest for %s queued: %s, %d left out by its filters", digest.channel, digest.contents,
                 digest.left_out)
    if queued:
        app.deliver_soon()
    else:
        log.info("digest %s: nothing to send (nothing the digests' subscriptions want happened, or another worker "
                 "queued them)", schedule)


def schedule_digests(scheduler: BaseScheduler, app: App, catch_up: bool = False) -> None:
    """Puts a job on the scheduler for each digest schedule of the config (on its clock), and takes off those of
    schedules it no longer gives. With `catch_up` (a worker starting), a schedule whose time passed less than
    DIGEST_MISFIRE_GRACE_SECONDS ago runs at once: the digest a stopped worker missed goes out (once: a digest
    queued already, by any worker, is not queued again)."""
    wanted = {DIGEST_JOB.format(schedule): schedule for schedule in schedules(app.config)}
    for job in scheduler.get_jobs():
        if job.id.startswith(DIGEST_JOB.format("")) and job.id not in wanted:
            scheduler.remove_job(job.id)
    now = datetime.now(UTC)
    grace = timedelta(seconds=DIGEST_MISFIRE_GRACE_SECONDS)
    for job_id, schedule in wanted.items():
        trigger = digest_trigger(schedule, app.config.tz)
        last_end = period_ending(schedule, now, app.config.tz)[1]
        missed = catch_up and now - last_end <= grace
        scheduler.add_job(
            send_digests, trigger, args=(app, schedule), id=job_id, name=f"digest {schedule}", replace_existing=True,
            misfire_grace_time=DIGEST_MISFIRE_GRACE_SECONDS, coalesce=True, **({"next_run_time": now} if missed else {}),
        )
        late = f"the one of {shown_time(last_end, app.config.tz)} now if no worker sent it, then " if missed else ""
        log.info("digest %s for %s: %sthe next at %s", schedule, ", ".join(digest_subscriptions(app.config, schedule)),
                 late, shown_time(trigger.next_fire(None, now), app.config.tz))
