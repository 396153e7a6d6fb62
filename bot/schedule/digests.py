"""When digests go out: a cron trigger per schedule on the config's clock, and the period a digest covers (the
day or week that ended at its time, in wall-clock time, so that a day across a daylight-saving change is still
one day from 08:00 to 08:00)."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from bot.core.digest import DigestSchedule
from bot.schedule.cron import LocalCronTrigger, cron_trigger, local_instant


def digest_trigger(schedule: DigestSchedule, timezone: tzinfo) -> LocalCronTrigger:
    """The trigger that fires at the schedule's times on the `timezone` clock."""
    return cron_trigger(schedule.cron, timezone)


def period_ending(schedule: DigestSchedule, moment: datetime, timezone: tzinfo) -> tuple[datetime, datetime]:
    """(start, end) of the last period that ended at or before `moment` (aware): `end` is the schedule's latest
    time then, `start` the one a day (a week) of wall-clock time before; both aware, on the `timezone` clock."""
    local = moment.astimezone(timezone)
    for days_back in range(8):
        wall = datetime.combine(local.date() - timedelta(days=days_back), schedule.at)
        if schedule.weekday is not None and wall.weekday() != schedule.weekday:
            continue
        end = local_instant(wall, timezone)
        if end <= moment:
            return local_instant(wall - schedule.length, timezone), end
    raise AssertionError("a daily or weekly time falls within any 8 days")  # pragma: no cover
