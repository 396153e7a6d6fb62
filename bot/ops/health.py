"""Source health for ops: one alert when a source keeps failing or goes stale, one notice when it recovers.

Alerts go to `slack.ops_channel` through the outbox, so a Slack outage delays them but loses none.
The alert state lives with the source's state in the store, so each alert is sent once, not per poll.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot.config import Config, SourceConfig
from bot.core.clock import shown_time, utc_now
from bot.core.durations import format_duration
from bot.store import SourceState, Store
from notifiers.slack.mrkdwn import escape


class Health:
    def __init__(self, config: Config, store: Store, clock: Callable[[], datetime] = utc_now) -> None:
        self.config = config
        self.store = store
        self.clock = clock

    def after_failure(self, source: SourceConfig, state: SourceState) -> None:
        threshold = self.config.alert_after(source)
        if state.failures_in_row >= threshold:
            text = (
                f":rotating_light: *Source `{source.id}` is failing*: {state.failures_in_row} polls in a row.\n"
                f"Last error: {escape(state.last_error or 'unknown')}\n"
                "Known entries are kept; the bot keeps polling on schedule."
            )
            self._move(source, "failing", (None, "stale"), text)

    def after_success(self, source: SourceConfig, before: SourceState | None) -> None:
        if before is None or before.alert is None:
            return
        what = f"after {before.failures_in_row} failed polls" if before.alert == "failing" else "after a silence"
        self._move(source, None, ("failing", "stale"), f":white_check_mark: *Source `{source.id}` works again* {what}.")

    def check_stale(self) -> None:
        """Alerts for sources with no successful poll for longer than their `stale_after`."""
        now = self.clock()
        states = self.store.states()
        for source in self.config.sources:
            state = states.get(source.id)
            if state is None or state.last_success_at is None or state.alert is not None:
                continue
            silence = now - state.last_success_at
            if silence > self.config.stale_after(source):
                text = (
                    f":hourglass: *Source `{source.id}` has had no successful poll for {format_duration(silence)}* "
                    f"(last at {shown_time(state.last_success_at, self.config.tz)})."
                )
                self._move(source, "stale", (None,), text)

    def _move(self, source: SourceConfig, alert: str | None, when_current: tuple[str | None, ...], text: str) -> None:
        channel = self.config.slack.ops_channel
        notice = (channel, text) if channel else None
        self.store.set_alert(source.id, alert, when_current, notice, self.clock())
