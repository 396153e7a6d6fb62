"""One line per poll result, as `check`, `/docket check` and the demo print it."""

from __future__ import annotations

from datetime import tzinfo

from bot.core.clock import shown_time
from bot.core.courts import local_date
from bot.core.quiet import Pause, made_by
from bot.core.written import plural
from bot.pipeline.diff import newest
from bot.pipeline.run import OUTSIDE_CASES, WHILE_PAUSED
from bot.poll.poller import PollResult, skip_note
from notifiers.text import truncate
from scrapers import undated_note, zoneless_note

PREVIEWED = 5  # entries of a dry run's baseline shown
PREVIEW_TEXT = 80


def describe_result(result: PollResult, dry_run: bool, tz: tzinfo) -> str:
    """The `check` line of one source: what the poll found, queued, skipped, kept without a readable date, dated at
    midnight UTC for want of its court's zone, or why it failed (times on the config's clock `tz`)."""
    if result.busy:
        return "skipped: another process is polling it right now"
    if result.paused is not None:
        return f"paused: not polled ({describe_pause(result.paused, tz)}; {how_to_resume(result.paused)})"
    if not result.ok:
        return f"FAILED  {result.error}"
    # Said once, with the baseline's count: why a feed of 358 items gave 341 entries.
    merged = f"  ({plural(result.merged, 'more item', 'more items')} joined to the filings they repeat)"
    # a source that watches some cases (`cases:`) says how many entries it read of the others, on its baseline
    outside = f"  ({plural(result.filtered[OUTSIDE_CASES], 'entry', 'entries')} {OUTSIDE_CASES}, left out)"
    return _describe_success(result, dry_run) + (merged if result.merged and result.baseline else "") + (
        outside if result.filtered[OUTSIDE_CASES] and result.baseline else ""
    ) + (
        f"  SKIPPED {len(result.skipped)}: {skip_note(result.skipped)}" if result.skipped else ""
    ) + (f"  UNDATED: {undated_note(result.undated)} (kept)" if result.undated else "") + (
        f"  NO ZONE: {zoneless_note(result.zoneless)}" if result.zoneless else "")


def _describe_success(result: PollResult, dry_run: bool) -> str:
    if result.unchanged:
        return f"ok  0 new of {result.parsed} (page unchanged, not parsed)"
    verb = "would queue" if dry_run else "queued"
    if result.baseline:
        recorded = "would be recorded" if dry_run else "recorded"
        text = f"baseline: {plural(len(result.new) + len(result.joined), 'entry', 'entries')} {recorded}, nothing posted"
        if not result.queued:
            # `backfill: N` offered the newest N, and none was posted: say why, not as if the setting were ignored
            return text + (f" (the newest {result.offered} offered as backfill, {_event_counts(result)}: no"
                           " subscription takes them)" if result.offered else "")
        backfilled = len({queued.post.entry.key for queued in result.queued})  # one post per destination
        return text + f" but the newest {backfilled} ({verb} {plural(len(result.queued), 'post', 'posts')})"
    events = _event_counts(result)
    joined = f" ({len(result.joined)} more known already: the same filing from another source or record)" if result.joined else ""
    if result.repeats:  # news items of stories known already (bot/pipeline/run.py `told_stories`)
        joined += f" ({len(result.repeats)} of stories known already, not posted)"
    edited = len(result.edited) - len(result.joined)  # `edited` counts the joined records too
    joined += f", {edited} edited" if edited else ""
    if result.taken_back:  # a dismissal that is now a denial (bot/pipeline/run.py `corrected`)
        joined += f" (no longer: {', '.join(f'{event} {count}' for event, count in result.taken_back.most_common())})"
    if result.unmatched:  # entries that match none of the source's parties or keywords (bot/pipeline/watch.py)
        joined += f" ({result.unmatched} matching no party or keyword, not posted)"
    if result.filtered[WHILE_PAUSED]:  # the first poll after a pause (bot/store/pauses.py)
        joined += f" ({result.filtered[WHILE_PAUSED]} {WHILE_PAUSED})"
    muted = f", {result.muted} muted" if result.muted else ""  # cases muted in a channel (bot/store/mutes.py)
    return f"ok  {len(result.new)} new of {result.parsed}{joined}" + (f"  [{events}]" if events else "") + (
        f"  {verb} {len(result.queued)} post(s){muted}"
    )


def _event_counts(result: PollResult) -> str:
    """The routed entries' event types with their counts, most frequent first: "motion 2, other 1"."""
    return ", ".join(f"{event} {count}" for event, count in result.events.most_common())


def how_to_resume(pause: Pause) -> str:
    """What polls a paused source again: `resume ID`, or removing `paused: true` from the config."""
    return "remove it there to poll it again" if pause.by_config else f"`resume {pause.source_id}` polls it again"


def describe_pause(pause: Pause, tz: tzinfo) -> str:
    """Who paused a source and since when, on the config's clock `tz`: "paused: true in the config file", "paused
    by U0ALICE since 2026-11-29 08:02 MST"."""
    if pause.by_config:
        return "paused: true in the config file"
    since = f" since {shown_time(pause.since, tz)}" if pause.since else ""
    return f"paused by {made_by(pause.by)}{since}"


def baseline_preview(result: PollResult, shown: int = PREVIEWED) -> list[str]:
    """For a dry run's first poll of a source: what its baseline would record (the newest `shown` entries: filed,
    case, events, text), and that the dry run recorded nothing. No lines for any other poll."""
    if not (result.ok and result.baseline):
        return []
    recorded = [*result.new, *result.joined]
    lines = [f"the newest {min(shown, len(recorded))} of the {plural(len(recorded), 'entry', 'entries')} "
             "its baseline would record:"] if recorded else []
    for entry in newest(recorded, shown):
        day = local_date(entry.filed_at, entry.court).isoformat() if entry.filed_at else "-"
        events = ", ".join(result.event_types.get(entry.key, ())) or "-"
        lines.append(f"  {day}  {entry.case_number or '-'}  [{events}]  {truncate(' '.join(entry.text.split()), PREVIEW_TEXT)}")
    return [*lines, "a dry run records nothing: the first real poll (`check`, or the worker) records the baseline"]
