"""Source health for ops: one alert when a source keeps failing or goes stale, one notice when it recovers.

Alerts go to `slack.ops_channel` through the outbox, so a Slack outage delays them but loses none. Each is a
Notice (bot/core/notice.py): the notifier renders it.
The alert state lives with the source's state in the store, so each alert is sent once, not per poll.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.config import Config, SourceConfig
from bot.core.clock import utc_now
from bot.core.command_name import command_name
from bot.core.durations import format_duration
from bot.core.notice import FAILING, RESOLVED, SOURCE, STALE, Notice
from bot.core.written import plural
from bot.store import SourceState, Store
from bot.store.pauses import PAUSED


class Health:
    def __init__(self, config: Config, store: Store, clock: Callable[[], datetime] = utc_now) -> None:
        self.config = config
        self.store = store
        self.clock = clock

    def after_failure(self, source: SourceConfig, state: SourceState) -> bool:
        """Alerts ops once the source failed `alert_after` polls in a row; True when this call queued the alert."""
        threshold = self.config.alert_after(source)
        if state.failures_in_row >= threshold:
            notice = Notice(
                FAILING, SOURCE, source.id, f"is failing: {plural(state.failures_in_row, 'poll', 'polls')} in a row",
                state.last_success_at, "nothing at once: known entries are kept and the bot keeps polling on "
                "schedule; if it lasts, check the source's address and the error", state.last_error or "unknown",
            )
            return self._move(source, "failing", (None, "stale"), notice)
        return False

    def after_success(self, source: SourceConfig, before: SourceState | None) -> bool:
        """Tells ops that a source with an alert out works again; True when this call queued that notice."""
        if before is None or before.alert is None:
            return False
        what = f"after {plural(before.failures_in_row, 'failed poll', 'failed polls')}" if before.alert == "failing" else "after a silence"
        notice = Notice(RESOLVED, SOURCE, source.id, f"works again {what}", before.last_success_at)
        return self._move(source, None, ("failing", "stale"), notice)

    def check_stale(self) -> None:
        """Alerts for sources with no successful poll for longer than their `stale_after`; a paused source is
        not stale."""
        now = self.clock()
        states = self.store.states()
        for source in self.config.sources:
            state = states.get(source.id)
            if state is None or state.last_success_at is None or state.alert is not None:
                continue
            if source.paused or state.last_status == PAUSED:  # not polled on purpose (bot/store/pauses.py)
                continue
            silence = now - state.last_success_at
            if silence > self.config.stale_after(source):
                notice = Notice(
                    STALE, SOURCE, source.id, f"has had no successful poll for {format_duration(silence)}",
                    state.last_success_at, f"check that a worker runs (`{command_name()} sources`) and the source's "
                    "schedule",
                )
                self._move(source, "stale", (None,), notice)

    def _move(
        self, source: SourceConfig, alert: str | None, when_current: tuple[str | None, ...], notice: Notice
    ) -> bool:
        """Moves the source's alert state; True when that queued `notice` to the ops channel."""
        channel = self.config.slack.ops_channel
        moved = self.store.set_alert(source.id, alert, when_current, (channel, notice) if channel else None, self.clock())
        return moved and bool(channel)
