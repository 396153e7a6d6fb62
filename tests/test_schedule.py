"""Schedules: crontab semantics (0 is Sunday), intervals, jitter, active hours, the next poll time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.triggers.interval import IntervalTrigger
from pydantic import ValidationError

from bot.config import Config, SourceConfig
from bot.schedule.cron import LocalCronTrigger, cron_trigger, crontab_weekdays
from bot.schedule.triggers import (
    backing_off,
    backoff_turns,
    describe_schedule,
    first_turn_delays,
    is_active,
    next_poll,
    period_at,
    trigger_for,
)
from bot.store import SourceState

URL = "https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl"


def config_with(**source_fields) -> tuple[Config, SourceConfig]:
    config = Config.model_validate(
        {
            "timezone": "America/Denver",
            "defaults": {"every": "15m", "jitter": "30s"},
            "sources": [{"id": "nmd", "kind": "pacer_rss", "url": URL, **source_fields}],
        }
    )
    return config, config.sources[0]


@pytest.mark.parametrize(
    ("field", "names"),
    [("1-5", "mon,tue,wed,thu,fri"), ("0", "sun"), ("7", "sun"), ("0-6", "sun,mon,tue,wed,thu,fri,sat"),
     ("*/2", "sun,tue,thu,sat"), ("1,3,5", "mon,wed,fri"), ("*", "*"), ("mon-fri", "mon-fri")],
)
def test_crontab_weekday_numbers_follow_cron_not_apscheduler(field, names):
    assert crontab_weekdays(field) == names


def test_weekday_cron_fires_monday_to_friday_in_the_config_timezone():
    trigger = cron_trigger("*/10 7-19 * * 1-5", "America/Denver")
    saturday_noon = datetime(2026, 11, 28, 19, 0, tzinfo=UTC)
    fire = trigger.get_next_fire_time(None, saturday_noon)
    assert fire.strftime("%a %H:%M %z") == "Mon 07:00 -0700"
    sunday_zero = cron_trigger("0 12 * * 0", "UTC").get_next_fire_time(None, saturday_noon)
    assert sunday_zero.strftime("%a %H:%M") == "Sun 12:00"


def test_a_cron_expression_that_matches_no_date_is_refused():
    """February 30th never comes: the config says so rather than a source that is never polled."""
    with pytest.raises(ValueError, match="matches no date"):
        cron_trigger("0 0 30 2 *", "UTC")
    with pytest.raises(ValidationError, match=r'"0 0 30 2 \*" .*\(it matches no date\)'):
        config_with(cron="0 0 30 2 *")
    leap_day = cron_trigger("0 12 29 2 *", "UTC").next_fire(None, datetime(2026, 3, 1, tzinfo=UTC))
    assert leap_day == datetime(2028, 2, 29, 12, tzinfo=UTC)


def test_interval_trigger_with_jitter_stays_within_bounds():
    config, source = config_with(every="5m", jitter="20s")
    trigger = trigger_for(config, source)
    assert isinstance(trigger, IntervalTrigger) and trigger.interval == timedelta(minutes=5)
    start = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    fires = [trigger.get_next_fire_time(start, start + timedelta(minutes=5)) for _ in range(50)]
    offsets = [(fire - (start + timedelta(minutes=5))).total_seconds() for fire in fires]
    assert all(0 <= offset <= 20 for offset in offsets)
    assert len(set(offsets)) > 1


def test_cron_source_gets_a_cron_trigger_with_default_jitter():
    config, source = config_with(cron="0 8 * * 1")
    trigger = trigger_for(config, source)
    assert isinstance(trigger, LocalCronTrigger) and trigger.jitter == 30


def test_describe_schedule():
    config, source = config_with(every="5m", active_hours="07:00-20:00")
    assert describe_schedule(config, source) == "every 5m ±30s, 07:00-20:00"
    config, source = config_with(cron="*/10 7-19 * * 1-5", jitter="0s")
    assert describe_schedule(config, source) == "cron */10 7-19 * * 1-5"


def test_active_hours_use_the_config_timezone_and_may_wrap_midnight():
    config, source = config_with(active_hours="07:00-20:00")
    assert is_active(config, source, datetime(2026, 11, 24, 15, 0, tzinfo=UTC))  # 08:00 in Denver
    assert not is_active(config, source, datetime(2026, 11, 24, 13, 0, tzinfo=UTC))  # 06:00 in Denver
    config, source = config_with(active_hours="22:00-06:00")
    assert is_active(config, source, datetime(2026, 11, 24, 6, 0, tzinfo=UTC))  # 23:00 in Denver
    assert not is_active(config, source, datetime(2026, 11, 24, 19, 0, tzinfo=UTC))  # 12:00 in Denver


def test_next_poll_after_last_poll_and_skipping_inactive_hours():
    config, source = config_with(every="15m", active_hours="07:00-20:00")
    now = datetime(2026, 11, 24, 16, 0, tzinfo=UTC)  # 09:00 Denver
    assert next_poll(config, source, None, now) == now
    assert next_poll(config, source, now - timedelta(minutes=5), now) == now + timedelta(minutes=10)
    late = datetime(2026, 11, 25, 3, 0, tzinfo=UTC)  # 20:00 Denver: closed until 07:00
    assert next_poll(config, source, late, late).astimezone(config.tz).strftime("%H:%M") == "07:00"


@pytest.mark.parametrize(("failures", "turns"), [(0, 1), (2, 1), (3, 2), (4, 4), (5, 8), (30, 8)])
def test_backoff_turns_double_after_three_failures(failures, turns):
    assert backoff_turns(failures) == turns


def failing_state(failures: int, last_poll: datetime) -> SourceState:
    return SourceState(source_id="nmd", baseline_at=None, last_poll_at=last_poll, last_success_at=None,
                       last_status="error", last_error="HTTP 503", failures_in_row=failures, entries_known=0,
                       last_parsed=None, alert=None)


def test_a_failing_source_skips_turns_then_polls_again():
    config, source = config_with(every="15m")
    last = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    assert not backing_off(config, source, failing_state(2, last), last + timedelta(minutes=15))
    assert backing_off(config, source, failing_state(3, last), last + timedelta(minutes=15))
    assert not backing_off(config, source, failing_state(3, last), last + timedelta(minutes=30))
    assert backing_off(config, source, failing_state(5, last), last + timedelta(minutes=90))
    assert not backing_off(config, source, failing_state(5, last), last + timedelta(minutes=120))
    assert not backing_off(config, source, None, last)


def test_cron_backoff_counts_the_cron_gaps():
    config, source = config_with(cron="0 * * * *", jitter="0s")
    last = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
    assert period_at(config, source, last) == timedelta(hours=1)
    assert backing_off(config, source, failing_state(3, last), last + timedelta(hours=1))
    assert not backing_off(config, source, failing_state(3, last), last + timedelta(hours=2))


def test_first_turns_of_sources_on_one_server_are_spaced_by_the_per_host_interval():
    config = Config.model_validate({
        "http": {"per_host_interval": "2s"},
        "sources": [
            {"id": "a1", "kind": "pacer_rss", "url": "https://ecf.nmd.uscourts.gov/a"},
            {"id": "b1", "kind": "pacer_rss", "url": "https://ecf.nysd.uscourts.gov/b"},
            {"id": "a2", "kind": "pacer_rss", "url": "https://ECF.nmd.uscourts.gov/c"},
            {"id": "c1", "kind": "pacer_rss", "url": "https://ecf.nmd.uscourts.gov/d", "cron": "0 7 * * *"},
            {"id": "a3", "kind": "pacer_rss", "url": "https://ecf.nmd.uscourts.gov/e"},
        ],
    })
    seconds = {key: delay.total_seconds() for key, delay in first_turn_delays(config, config.sources).items()}
    assert seconds == {"a1": 0, "b1": 0, "a2": 2, "a3": 4}  # the cron source waits for its time

