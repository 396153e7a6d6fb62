"""Hot reload for the worker: on SIGHUP or when the config file changes, jobs follow the new file.

An invalid new file is refused: the running config stays, the error is logged, and the ops channel
is told why.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime

from apscheduler.schedulers.base import BaseScheduler

from bot.app import App
from bot.config import Config, ConfigError, load_config
from bot.jobs import POLL_JOB, schedule_source
from bot.schedule import describe_schedule

log = logging.getLogger(__name__)


class Reloader:
    def __init__(self, app: App, scheduler: BaseScheduler) -> None:
        self.app = app
        self.scheduler = scheduler
        self._mtime = self._file_mtime()

    def _file_mtime(self) -> float | None:
        try:
            return os.stat(self.app.config_file).st_mtime
        except OSError:
            return None

    def check_file(self) -> None:
        """Reloads when the config file's modification time changed since the last look."""
        mtime = self._file_mtime()
        if mtime != self._mtime:
            self._mtime = mtime
            self.reload()

    def reload(self) -> bool:
        """Reads the config file again and brings the jobs in line. False when the file was refused."""
        try:
            config = load_config(self.app.config_file)
        except ConfigError as exc:
            log.error("config reload refused, keeping the running config:\n%s", exc)
            channel = self.app.config.slack.ops_channel
            if channel:
                text = f":warning: *Config reload refused*; the running config stays.\n```{exc}```"
                self.app.store.queue_notice(channel, text, datetime.now(UTC))
            return False
        old = self.app.config
        self.app.use_config(config)
        self._sync_jobs(old, config)
        if self.app.store.retry_holds_now(datetime.now(UTC)):  # the fix may have come with the reload
            self.scheduler.add_job(self.app.deliver, id="deliver-now", replace_existing=True)
        return True

    def _sync_jobs(self, old: Config, new: Config) -> None:
        before = {source.id: source for source in old.sources}
        for source in new.sources:
            previous = before.pop(source.id, None)
            if previous is None:
                schedule_source(self.scheduler, self.app, source, first_now=True)
                log.info("source %s: added (%s)", source.id, describe_schedule(new, source))
            elif previous != source or describe_schedule(old, previous) != describe_schedule(new, source):
                schedule_source(self.scheduler, self.app, source, first_now=False)
                log.info("source %s: rescheduled (%s)", source.id, describe_schedule(new, source))
        for source_id in before:
            self.scheduler.remove_job(POLL_JOB.format(source_id))
            log.info("source %s: removed", source_id)
