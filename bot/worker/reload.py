"""Hot reload for the worker: on SIGHUP or when the config file changes, the whole new file takes effect.

Sources' jobs are added, removed and rescheduled (also when `timezone` or `defaults` change their
schedule); http settings, Slack settings and subscriptions apply from the next poll or post; each change
is logged. An invalid new file is refused: the running config stays, the error is logged, and the ops
channel is told why, at once; the next valid file is confirmed the same ways. Held posts are tried again at once.

A refusal that is no longer true is not told late: an ops notice of a refusal still unsent when a newer one about
the same file is queued, or when the file loads (a reload, a worker's start: `drop_stale_refusals`), is dropped, with a
log line saying so; the file's confirmation is then not sent either (ops never heard of the refusal).
"""

from __future__ import annotations

import logging
import os
import threading
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.base import BaseScheduler

from bot.app import App, file_mtime
from bot.config import Config, ConfigError, load_config
from bot.core.clock import shown_time
from bot.core.durations import format_duration
from bot.core.notice import CONFIG_FILE, REFUSED, RESOLVED, Notice
from bot.schedule.triggers import describe_schedule, first_turn_delays
from bot.store import OutboxRow
from bot.worker.jobs import POLL_JOB, schedule_digests, schedule_source

log = logging.getLogger(__name__)

ZERO = timedelta(0)


class Reloader:
    def __init__(self, app: App, scheduler: BaseScheduler) -> None:
        self.app = app
        self.scheduler = scheduler
        # the file as the app read it, not as it is now: an edit made while the worker started is reloaded
        self._mtime = app.config_mtime
        self._refused = False  # the last reload was refused: the next good one says the file is fine again
        self.lock = threading.Lock()  # held while a reload runs (see `reload`)

    def check_file(self) -> None:
        """Reloads when the config file's modification time changed since the last look (or since the app read it)."""
        mtime = file_mtime(self.app.config_file)
        if mtime != self._mtime:
            self._mtime = mtime
            self.reload()

    def reload(self) -> bool:
        """Reads the config file again and brings the jobs in line. False when the file was refused, or the worker
        is stopping (a reload then changes nothing). Holds `lock` while it runs: a stop takes it before it shuts the
        scheduler down, since a shutdown holds the scheduler's lock while it waits for the jobs under way, and a
        reload under way calls the scheduler (a stop right after a SIGHUP waited on itself until its deadline)."""
        with self.lock:
            if self.app.deliverer.stopping.is_set():
                return False
            return self._reload()

    def _reload(self) -> bool:
        try:
            config = load_config(self.app.config_file)
        except ConfigError as exc:
            log.error("config reload refused, keeping the running config:\n%s", exc)
            channel = self.app.config.slack.ops_channel
            if channel:
                drop_stale_refusals(self.app, "a newer refusal of the same file replaces it")
                notice = Notice(REFUSED, CONFIG_FILE, self.app.config_file, "was refused on reload; the running config "
                                "stays", todo="fix what the errors say; the next valid file is taken", detail=str(exc))
                self.app.store.queue_notice(channel, notice, datetime.now(UTC))
                self._deliver_now()
            self._refused = True
            return False
        old = self.app.config
        self.app.use_config(config)
        if self._refused:
            self._refused = False
            log.warning("config reloaded: %s is valid again and now in use", self.app.config_file)
            unsent = drop_stale_refusals(self.app, "the file loads now")
            if config.slack.ops_channel and not unsent:
                notice = Notice(RESOLVED, CONFIG_FILE, self.app.config_file, "is valid again and now in use")
                self.app.store.queue_notice(config.slack.ops_channel, notice, datetime.now(UTC))
                self._deliver_now()
        for change in config_changes(old, config):
            log.info("config reload: %s", change)
        if config.worker != old.worker:
            log.warning("config reload: worker.poll_threads takes effect when the worker restarts; until then it "
                        "keeps the poll threads it started with")
        self.scheduler.timezone = config.tz
        self._sync_jobs(old, config)
        if self.app.store.retry_holds_now(datetime.now(UTC)):  # the fix may have come with the reload
            self._deliver_now()
        return True

    def _deliver_now(self) -> None:
        """Delivers what is due in a job of its own, now (an ops notice just queued, held posts tried again)."""
        self.scheduler.add_job(self.app.deliver_soon, id="deliver-now", replace_existing=True)

    def _sync_jobs(self, old: Config, new: Config) -> None:
        before = {source.id: source for source in old.sources}
        delays = first_turn_delays(new, [source for source in new.sources if source.id not in before
                                         or before[source.id].changed_settings(source)])
        for source in new.sources:
            previous = before.pop(source.id, None)
            if previous is None:
                schedule_source(self.scheduler, self.app, source, first_now=True, delay=delays.get(source.id, ZERO))
                log.info("source %s: added (%s)", source.id, describe_schedule(new, source))
            elif previous.changed_settings(source):
                schedule_source(self.scheduler, self.app, source, first_now=True, delay=delays.get(source.id, ZERO))
                log.info("source %s: %s changed; polled %s (%s)", source.id, ", ".join(previous.changed_settings(source)),
                         "at its next turn" if source.cron else "now", describe_schedule(new, source))
            elif (previous != source or old.timezone != new.timezone
                  or describe_schedule(old, previous) != describe_schedule(new, source)):
                schedule_source(self.scheduler, self.app, source, first_now=False)
                log.info("source %s: rescheduled (%s)", source.id, describe_schedule(new, source))
        for source_id in before:
            self.scheduler.remove_job(POLL_JOB.format(source_id))
            log.info("source %s: removed", source_id)
        schedule_digests(self.scheduler, self.app)


def drop_stale_refusals(app: App, why: str) -> list[OutboxRow]:
    """Drops the unsent ops notices that `app`'s config file was refused (Store.drop_notices), `why` saying why they
    are no longer true; logs a line when there were any, with when each refusal was. Returns them."""
    here = os.path.realpath(app.config_file)
    dropped = app.store.drop_notices(
        lambda notice: notice.kind == REFUSED and notice.about == CONFIG_FILE and os.path.realpath(notice.source) == here,
        why)
    if dropped:
        when = ", ".join(shown_time(row.created_at, app.config.tz, "%H:%M:%S") for row in dropped if row.created_at)
        log.warning("dropped %d ops notice(s) not yet sent that config file %s was refused (at %s): %s",
                    len(dropped), app.config_file, when, why)
    return dropped


def config_changes(old: Config, new: Config) -> list[str]:
    """What changed between two configs, outside the sources (which `_sync_jobs` reports), one line each."""
    changes = []
    if old.timezone != new.timezone:
        changes.append(f"timezone {old.timezone} -> {new.timezone}")
    for name in ("defaults", "http", "slack", "worker"):
        before, after = getattr(old, name), getattr(new, name)
        for field in type(before).model_fields:
            if getattr(before, field) != getattr(after, field):
                changes.append(f"{name}.{field} {_shown(getattr(before, field))} -> {_shown(getattr(after, field))}")
    if old.subscriptions != new.subscriptions:
        changes.append(f"subscriptions: {len(old.subscriptions)} -> {len(new.subscriptions)} in the file, now "
                       + "; ".join(f"{s.channel} ({', '.join(s.events)})" for s in new.subscriptions))
    return changes


def _shown(value: object) -> str:
    if isinstance(value, timedelta):
        return format_duration(value)
    if isinstance(value, tuple) and len(value) == 2 and all(hasattr(v, "strftime") for v in value):
        return f"{value[0]:%H:%M}-{value[1]:%H:%M}"
    return str(value)
