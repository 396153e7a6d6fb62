"""`python -m bot why SOURCE_ID QUERY` and `python -m bot entries [--source S] [--case C] [--since 7d] [--events
motion,dismissal] [--limit N]`: their arguments checked, the store read, the report printed."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from datetime import datetime

from bot.app import App
from bot.core.durations import parse_positive_duration
from bot.core.events import SUBSCRIBABLE_EVENTS
from bot.core.near_miss import did_you_mean
from bot.core.source_ids import unknown_sources
from bot.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from bot.history.find import find, find_case, recent
from bot.history.muted import muted_in
from bot.history.text import entries_report, why_report
from bot.history.why import explain
from bot.poll.lines import describe_pause, how_to_resume
from notifiers.slack.notifier import WORKSPACE_VARIABLE

WHY_SHOWN = 5  # entries `why` explains; more are said to match


def _unknown_source(app: App, source_id: str, command: str) -> bool:
    if any(source.id == source_id for source in app.config.sources):
        return False
    print(unknown_sources([source_id], [source.id for source in app.config.sources], command), file=sys.stderr)
    return True


def not_polled(app: App, source_id: str) -> str | None:
    """A line saying why the source's entries may be missing: it is paused (by whom, since when, and what polls
    it again), or it was never polled; None for a source polled and not paused."""
    pause = app.store.pause_of(app.config.source(source_id))
    if pause is not None:
        return f"{source_id} is paused ({describe_pause(pause, app.config.tz)}): not polled; {how_to_resume(pause)}"
    state = app.store.state(source_id)
    if state is None or state.last_poll_at is None:
        return (f"{source_id} was never polled: `check {source_id}` polls it (a first poll records what the source "
                "lists, and posts nothing)")
    return None


def why(app: App, source_id: str, query: str, environ: Mapping[str, str]) -> int:
    """Prints the entries of `source_id` that `query` names (an entry key; a case: a docket number of any court, a
    case key, a party name; or words of their text) and, for each subscription, the post each got or why not. Exit status: 0 entries found, 1 none,
    2 an unknown source or an empty query."""
    if _unknown_source(app, source_id, "why"):
        return EXIT_USAGE
    if not query.strip():
        print("give an entry key, a docket number or words of the entry's text", file=sys.stderr)
        return EXIT_USAGE
    found = find(app.store, app.config.sources, source_id, query.strip(), WHY_SHOWN)
    note = not_polled(app, source_id)
    if not found.entries:
        print(f"{source_id}: no entry seen has the key, docket number, case key, party name or words {query!r} "
              f"(`entries --source {source_id}` lists what was seen)", file=sys.stderr)
        if note:
            print(note, file=sys.stderr)
        return EXIT_FAILED
    tz = app.config.tz
    print(why_report(source_id, query, found, lambda seen: explain(app.store, seen, app.config.subscriptions, tz),
                     tz, environ.get(WORKSPACE_VARIABLE, "")))
    if note:
        print(f"\n{note}")
    return EXIT_OK


def entries(
    app: App, source_id: str | None, case: str | None, since: str | None, events: str | None, limit: int,
    now: datetime,
) -> int:
    """Prints the seen entries the filters select, newest first (`case`: a docket number of any court however
    written, a case key of the config's sources or a party name; a line first says what a case key or party name
    matched). Exit status: 0 some listed, 1 none, 2 a bad
    filter (unknown source or event type, a duration that is not one, a limit under 1)."""
    if source_id is not None and _unknown_source(app, source_id, "entries --source"):
        return EXIT_USAGE
    wanted = [event.strip() for event in (events or "").split(",") if event.strip()]
    unknown = [event for event in wanted if event not in SUBSCRIBABLE_EVENTS]
    if unknown:
        print(f"--events: {unknown[0]!r} is not an event type{did_you_mean(unknown[0], SUBSCRIBABLE_EVENTS)} (known: "
              f"{', '.join(SUBSCRIBABLE_EVENTS)})", file=sys.stderr)
        return EXIT_USAGE
    if limit < 1:
        print(f"--limit {limit}: give 1 or more", file=sys.stderr)
        return EXIT_USAGE
    try:
        start = now - parse_positive_duration(since) if since else None
    except ValueError as exc:
        print(f"--since: {exc}", file=sys.stderr)
        return EXIT_USAGE
    named = find_case(app.store, app.config.sources, source_id, case) if case else None
    found = recent(app.store, source_id, named, start, wanted, limit) if not case or named else None
    note = not_polled(app, source_id) if source_id is not None else None
    if found is None or not found.entries:
        print("no entry seen matches" + (f" (no entry of case {case} was seen: no docket number, case key or party "
                                         "name matches)" if case and not named else ""), file=sys.stderr)
        if note:
            print(note, file=sys.stderr)
        return EXIT_FAILED
    subscriptions = [*app.config.subscriptions, *(made.subscription for made in app.store.made_subscriptions())]
    if named and named.matched:
        print(f"--case {case!r}: by {named.by}, {named.matched}")
    print(entries_report(found, limit, lambda seen: muted_in(seen, subscriptions, app.store.mutes(seen.first_seen_at))))
    if note:
        print(note)
    return EXIT_OK
