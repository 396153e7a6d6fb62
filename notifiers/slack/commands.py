"""The `/docket` slash command, served by Slack's Bolt framework over HTTP or Socket Mode.

    /docket follow <source|case> [events…]   post this channel new filings of a source or a case
    /docket unfollow <source|case>           stop that
    /docket list                             what this channel follows (config file and Slack-made)
    /docket status                           each source: health, last poll, next poll
    /docket check [source|case]              poll now, deliver, and answer with what was found
    /docket mute|unmute|pause|resume …       quiet a case here, or a source everywhere (quiet.py)
    /docket why <case>                       the case's newest entries: posted here, or why not
    /docket recent <case>                    the case's last 10 entries (notifiers/slack/history.py)
    /docket help

A case is a docket number of any court, however written (`1:18-cv-03365`, `01-23-00123-CV`, `17D22499`; see
bot/core/dockets.py). `check` of a case polls the sources whose `cases:` name it, else those that listed it.

Opening the app shows its Home tab (home.py).

Two ways in, both needing SLACK_BOT_TOKEN:

* HTTP: `slack_wsgi_app` (also SLACK_SIGNING_SECRET) is a WSGI app for `python -m bot web` to mount at
  `/slack/events`, the Request URL of the command in the app manifest. Bolt checks every request's
  signature (X-Slack-Signature, an HMAC-SHA256 of `v0:{timestamp}:{body}` keyed with the signing
  secret, and X-Slack-Request-Timestamp within 5 minutes) and answers 401 before any of this code runs.
* Socket Mode: `start_socket_mode` (SLACK_APP_TOKEN, an `xapp-` token with `connections:write`) opens
  a WebSocket to Slack from inside, so the bot needs no public URL; Slack signs nothing there, the
  app token is the proof.

Answers are ephemeral (only the caller sees them), except `follow` and `unfollow`, which the whole
channel sees, since they change what the channel gets. Everything scraped or typed is escaped.
`check` answers "Checking…" at once (Slack wants an answer within 3 s), polls in a background
thread, and answers again through the command's response URL; checks asked for while one runs are
done together right after it, and each is answered.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from slack_bolt import App as BoltApp
from slack_bolt.adapter.socket_mode import SocketModeHandler
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.app import App
from bot.config import SourceConfig, Subscription
from bot.core.docket_forms import docket_number_problem
from bot.core.dockets import same_docket
from bot.core.events import DEFAULT_SUBSCRIBED_EVENTS, SUBSCRIBABLE_EVENTS
from bot.core.post import dismissals_first
from bot.delivery.deliver import DeliveryReport
from bot.history.find import cases_matching
from bot.ops.status import WorkerStatus, held_for_slack, source_statuses, worker_status
from bot.poll.lines import describe_result
from bot.poll.poller import PollResult
from notifiers.slack.history import recent_answer, why_answer
from notifiers.slack.mrkdwn import escape
from notifiers.slack.notifier import build_client
from notifiers.text import truncate

log = logging.getLogger(__name__)

COMMAND = "/docket"
MAX_ARGUMENT = 100  # longer than any docket number or source id
ENTRIES_SHOWN = 5
ENTRY_TEXT_LIMIT = 150
SOURCES_NAMED = 30
FOLLOW_USAGE = (
    f"• `{COMMAND} follow {escape('<source|case>')} [events…]` post new filings here; events are "
    f"{', '.join(SUBSCRIBABLE_EVENTS)} or `all` (default: {', '.join(DEFAULT_SUBSCRIBED_EVENTS)})"
)


class _NoRejectedBodies(logging.Filter):
    """Bolt logs a rejected request's signature and whole body (a response URL, Slack's verification
    token); the log keeps the fact and drops the content."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name.endswith("RequestVerification"):
            record.msg, record.args = "rejected a request whose Slack signature is missing, wrong or too old", ()
        return True


# Bolt gives each of its loggers the filters of the logger it is handed.
_bolt_log = logging.getLogger(f"{__name__}.bolt")
_bolt_log.addFilter(_NoRejectedBodies())


def slack_wsgi_app(app: App, environ: Mapping[str, str]) -> Callable | None:
    """The WSGI app to mount at `/slack/events`; None unless SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN are set."""
    secret = environ.get("SLACK_SIGNING_SECRET")
    if not secret or not environ.get("SLACK_BOT_TOKEN"):
        return None
    return SlackRequestHandler(bolt_app(app, environ, secret), path="/slack/events")


def start_socket_mode(app: App, environ: Mapping[str, str]) -> SocketModeHandler | None:
    """Connects to Slack over Socket Mode in background threads when SLACK_APP_TOKEN (and SLACK_BOT_TOKEN)
    are set, and returns the handler (`close()` it to disconnect); None otherwise.

    When Slack refuses the connection (a wrong app token, Slack down) the error is logged and None
    returned: the bot goes on polling and posting, only `/docket` does not answer until a restart.
    Once connected, the handler reconnects by itself.
    """
    app_token = environ.get("SLACK_APP_TOKEN")
    if not app_token or not environ.get("SLACK_BOT_TOKEN"):
        return None
    handler = SocketModeHandler(bolt_app(app, environ, secret=None), app_token)
    try:
        handler.connect()
    except (SlackClientError, OSError) as exc:
        log.error("Slack Socket Mode: cannot connect, %s will not answer: %s", COMMAND, slack_error(exc))
        handler.close()
        return None
    log.info("Slack Socket Mode: connected, listening for %s", COMMAND)
    return handler


def slack_error(exc: Exception) -> str:
    """Slack's error code (`invalid_auth`), or the exception's class: never a token or a URL."""
    if isinstance(exc, SlackApiError):
        return str(exc.response.get("error") or "unknown_error")
    return exc.__class__.__name__


def bolt_app(app: App, environ: Mapping[str, str], secret: str | None) -> BoltApp:
    """A Bolt app answering `/docket`, talking to Slack (at SLACK_API_URL when set) with SLACK_BOT_TOKEN.

    The token is checked with auth.test on the first command, not here, so that a Slack outage cannot
    stop `python -m bot web` from starting. Listeners run in Bolt's worker threads: the HTTP answer
    goes back as soon as a listener calls ack().
    """
    bolt = BoltApp(
        name="docketbot",
        logger=_bolt_log,
        client=build_client(environ["SLACK_BOT_TOKEN"], environ.get("SLACK_API_URL") or None),
        signing_secret=secret or "",
        token_verification_enabled=False,
        process_before_response=False,
    )
    docket = Docket(app)

    @bolt.command(COMMAND)
    def _docket(ack: Callable, respond: Callable, command: dict) -> None:
        docket.handle(command, ack, respond)

    from notifiers.slack.home import publish_home  # it builds on this module

    @bolt.event("app_home_opened")
    def _home(event: dict, client: WebClient) -> None:
        publish_home(app, client, event)

    return bolt


@dataclass(frozen=True)
class Answer:
    text: str
    in_channel: bool = False

    @property
    def response_type(self) -> str:
        return "in_channel" if self.in_channel else "ephemeral"


@dataclass(frozen=True)
class Channel:
    """Where a command came from. Subscriptions are stored under the spelling the config file already
    uses for this channel (`#name`), else under its id, so that one entry is never posted twice to it."""

    id: str
    name: str

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.id, f"#{self.name}", self.name) if self.name else (self.id,)


class Docket:
    """The subcommands, answered from the App's config and store."""

    def __init__(self, app: App) -> None:
        self.app = app
        self._checks = threading.Lock()  # guards the two below
        self._check_running = False
        self._check_waiting: list[_CheckRequest] = []

    def handle(self, command: Mapping[str, str], ack: Callable, respond: Callable) -> None:
        """Acknowledges with the answer (within Slack's 3 s), then starts a check's work, if any."""
        words = (command.get("text") or "").split()
        channel = Channel(command.get("channel_id") or "", command.get("channel_name") or "")
        job = None
        try:
            answer, job = self.answer(words, channel, command.get("user_id") or "", respond)
        except Exception:  # a bug or a database error: the user gets a short apology, the log the details
            log.exception("%s %s failed", COMMAND, words[:1])
            answer = Answer("Sorry, that failed on the bot's side; its log says why.")
        ack(text=answer.text, response_type=answer.response_type)
        if job is not None:
            threading.Thread(target=job, name="docket-check", daemon=True).start()

    def answer(
        self, words: Sequence[str], channel: Channel, user_id: str, respond: Callable
    ) -> tuple[Answer, Callable[[], None] | None]:
        """The immediate answer to a command, and the work to do after it (a check's polls)."""
        name, args = (words[0].lower(), words[1:]) if words else ("help", [])
        if any(len(word) > MAX_ARGUMENT for word in args):
            return self.usage("That argument is too long."), None
        if name == "check":
            return self.check(args, respond)
        return self.reply(name, args, channel, user_id), None

    def reply(self, name: str, args: Sequence[str], channel: Channel, user_id: str) -> Answer:
        if name == "help":
            return self.usage()
        if name == "list" and not args:
            return self.following(channel)
        if name == "status" and not args:
            return self.status()
        if name == "follow" and args:
            return self.follow(args[0], [word.lower() for word in args[1:]], channel, user_id)
        if name == "unfollow" and len(args) == 1:
            return self.unfollow(args[0], channel)
        from notifiers.slack.quiet import QUIET_COMMANDS, quiet_reply  # it builds on this module's Answer, Channel

        if name in QUIET_COMMANDS and (quiet := quiet_reply(self.app, name, args, channel, user_id)):
            return quiet
        if name == "why" and len(args) == 1:
            return Answer(why_answer(self.app, args[0], channel.spellings))
        if name == "recent" and len(args) == 1:
            return Answer(recent_answer(self.app, args[0], channel.spellings))
        return self.usage(f"I don't know `{escape(truncate(' '.join([name, *args]), 60))}`.")

    def usage(self, problem: str = "") -> Answer:
        from notifiers.slack.quiet import USAGE as QUIET_USAGE

        ids = [source.id for source in self.app.config.sources]
        named = ", ".join(f"`{escape(source_id)}`" for source_id in ids[:SOURCES_NAMED])
        lines = [
            *([problem] if problem else []),
            f"*{COMMAND}* follows court dockets in this channel:",
            FOLLOW_USAGE,
            f"• `{COMMAND} unfollow {escape('<source|case>')}` stop that",
            f"• `{COMMAND} list` what this channel follows",
            f"• `{COMMAND} status` how each source is doing",
            f"• `{COMMAND} check [source|case]` poll now and tell what was found",
            *QUIET_USAGE,
            f"• `{COMMAND} why {escape('<case>')}` the case's newest entries: posted here, or why not",
            f"• `{COMMAND} recent {escape('<case>')}` the case's last 10 entries",
            f"Sources: {named or 'none configured'}{' …' if len(ids) > SOURCES_NAMED else ''}. "
            "A case is a docket number of any court, as the court writes it: `1:18-cv-03365`, `01-23-00123-CV`, "
            "`17D22499`. In a private channel, invite the bot first.",
        ]
        return Answer("\n".join(lines))

    # --- follow, unfollow, list ---------------------------------------------------------------

    def follow(self, target: str, events: list[str], channel: Channel, user_id: str) -> Answer:
        events = (list(SUBSCRIBABLE_EVENTS) if events == ["all"]
                  else list(dict.fromkeys(events or DEFAULT_SUBSCRIBED_EVENTS)))
        unknown = [event for event in events if event not in SUBSCRIBABLE_EVENTS]
        if unknown:
            return follow_usage(f"`{escape(unknown[0])}` is not an event type.")
        if self._is_source(target):
            subscription = Subscription(channel=self._home(channel), sources=[target], events=events)
        elif docket_number_problem(target) is None:  # any court's number, as a config's cases: takes it
            subscription = Subscription(channel=self._home(channel), cases=[target], events=events)
        else:
            return follow_usage(f"`{escape(target)}` is neither a source nor a docket number.")
        replaced = self._remove(channel, target)
        self.app.store.add_subscription(subscription, created_by=user_id, now=datetime.now(UTC))
        note = " (replacing the earlier follow)" if replaced else ""
        return Answer(f"This channel now follows {describe(subscription)}{note}.", in_channel=True)

    def unfollow(self, target: str, channel: Channel) -> Answer:
        """Removes the channel's Slack-made follows of `target`; a follow by the config file stays, and the answer
        says so (to the channel when a Slack-made follow went, as that changes what it gets)."""
        removed = self._remove(channel, target)
        if any(self._covers(subscription, target) for subscription in self._configured(channel)):
            by_config = f"follows {escape(target)} by the bot's config file; whoever runs the bot can change that there."
            if removed:
                return Answer(f"The follow of {escape(target)} made in Slack is removed, but this channel still "
                              f"{by_config}", in_channel=True)
            return Answer(f"This channel {by_config}")
        if removed:
            return Answer(f"This channel no longer follows {escape(target)}.", in_channel=True)
        return Answer(f"This channel does not follow {escape(target)}. See `{COMMAND} list`.")

    def following(self, channel: Channel) -> Answer:
        lines = [f"• {describe(s)} _(config file)_" for s in self._configured(channel)]
        lines += [f"• {describe(s)} _({'found by a watch' if s.started_by else 'added in Slack'})_"
                  for s in self._made_in_slack(channel)]
        from notifiers.slack.quiet import muted_here

        muted = muted_here(self.app, channel)
        if not lines:
            return Answer("\n".join([f"This channel follows nothing yet. Try `{COMMAND} follow {escape('<source|case>')}`.",
                                      *muted]))
        return Answer("This channel follows:\n" + "\n".join([*lines, *muted]))

    def _covers(self, subscription: Subscription, target: str) -> bool:
        every_source = "*" in subscription.sources and not subscription.cases and self._is_source(target)
        return every_source or bool(_names(subscription, target))

    def _is_source(self, word: str) -> bool:
        return any(source.id == word for source in self.app.config.sources)

    def _configured(self, channel: Channel) -> list[Subscription]:
        return [s for s in self.app.config.subscriptions if s.channel in channel.spellings]

    def _made_in_slack(self, channel: Channel) -> list[Subscription]:
        return [s for s in self.app.store.subscriptions() if s.channel in channel.spellings]

    def _home(self, channel: Channel) -> str:
        return next((s.channel for s in self._configured(channel)), channel.id)

    def _remove(self, channel: Channel, target: str) -> int:
        """Removes this channel's Slack-made subscriptions to `target` (a docket number however written)."""
        removed = 0
        for subscription in self._made_in_slack(channel):
            for name in _names(subscription, target):
                removed += self.app.store.remove_subscriptions(subscription.channel, name)
        return removed

    # --- status -------------------------------------------------------------------------------

    def status(self) -> Answer:
        now = datetime.now(UTC)
        statuses = source_statuses(self.app.config, self.app.store, now)
        if not statuses:
            return Answer("No sources are configured.")
        worker = worker_status(self.app.store, now)
        lines = [] if worker.alive else [f":warning: {worker_line(worker)}"]
        held = held_for_slack(self.app.store, now)
        if held is not None:
            lines.append(f":warning: {escape(held.describe(self.app.config.tz))}")
        lines += [
            f":no_entry: Posts to {escape(hold.where)} are held since {slack_time(hold.since)}: "
            f"`{escape(hold.reason)}`; {escape(hold.advice)}"
            for hold in self.app.store.holds()
        ]
        from notifiers.slack.quiet import who

        for status in statuses:
            upcoming = f"next {slack_time(status.next_poll)}" if worker.alive else "no next poll"
            if status.pause:
                since = f" since {slack_time(status.pause.since)}" if status.pause.since else ""
                upcoming = f"paused by {who(status.pause.by)}{since}, not polled"
            line = (
                f"• `{escape(status.source.id)}` *{status.health}*: last poll {slack_time(status.last_poll)}, "
                f"{upcoming} ({escape(status.schedule)})"
            )
            state = status.state
            if state and state.last_error and state.last_status == "error":
                line += f"\n      {state.failures_in_row} failed in a row: {escape(truncate(state.last_error, 200))}"
            lines.append(line)
        return Answer("\n".join(lines))

    # --- check --------------------------------------------------------------------------------

    def check(self, args: Sequence[str], respond: Callable) -> tuple[Answer, Callable[[], None] | None]:
        """"Checking…" and the polls to run after it. One check runs at a time, so that checks cannot pile up:
        the requests that come in meanwhile are all covered by one more check right after it."""
        if len(args) > 1:
            return self.usage(f"`{COMMAND} check` takes one source or case, or nothing."), None
        if not self.app.config.sources:
            return Answer("No sources are configured."), None
        target = args[0] if args else None
        sources = self._sources_for(target)
        if not sources:
            return self.usage(f"`{escape(target or '')}` is neither a source nor a docket number."), None
        case = target if target and not self._is_source(target) else None
        request = _CheckRequest(sources, case, respond)
        with self._checks:
            if self._check_running:  # it runs right after the check under way, with any others that wait
                self._check_waiting.append(request)
                return Answer("A check is running already; yours runs right after it and its answer comes here."), None
            self._check_running = True
        what = f"`{escape(target)}`" if target else "every source"
        answer = Answer(f"Checking {what}… ({len(sources)} source(s); the answer comes here)")
        return answer, lambda: self._check([request])

    def _sources_for(self, target: str | None) -> list[SourceConfig]:
        """All sources; the one named; or, for a docket number of any court, those whose `cases` name it, else those
        that have listed the case, else all."""
        sources = self.app.config.sources
        if target is None:
            return list(sources)
        if self._is_source(target):
            return [self.app.config.source(target)]
        if docket_number_problem(target) is not None:
            return []
        return ([s for s in sources if any(same_docket(target, case) for case in s.cases)]
                or [s for s in sources if cases_matching(self.app.store, s.id, target)]
                or list(sources))

    def _check(self, batch: list[_CheckRequest]) -> None:
        """Runs checks until none waits: each covers every request that came in while the one before ran
        (each source polled once), and each requester is answered with the lines of its own sources."""
        while batch:
            self._check_batch(batch)
            with self._checks:
                batch, self._check_waiting = self._check_waiting, []
                self._check_running = bool(batch)

    def _check_batch(self, batch: list[_CheckRequest]) -> None:
        try:
            wanted = {source.id for request in batch for source in request.sources}
            results = {s.id: self.app.poll(s) for s in self.app.config.sources if s.id in wanted}
            delivery = describe_delivery(self.app.deliver())
            texts = [
                "\n".join([*(check_line(results[s.id], r.case, self.app.config.tz) for s in r.sources if s.id in results),
                           delivery])
                for r in batch
            ]
        except Exception:  # a bug or a database error: the callers still hear back
            log.exception("%s check failed", COMMAND)
            texts = ["Sorry, the check failed on the bot's side; its log says why."] * len(batch)
        for request, text in zip(batch, texts):
            try:
                request.respond(text=text, response_type="ephemeral")
            except Exception as exc:  # the response URL expired or Slack is down; the posts went out anyway
                log.warning("%s check: could not answer: %s", COMMAND, exc.__class__.__name__)


@dataclass(frozen=True)
class _CheckRequest:
    """One `/docket check`: the sources it covers, the case it asks about (if any), and how to answer it."""

    sources: Sequence[SourceConfig]
    case: str | None
    respond: Callable


def _names(subscription: Subscription, target: str) -> list[str]:
    """How `subscription` spells `target`: as a docket number written any way, or (a subscription naming no
    case) as a source id, exactly. A follow of a case in one source (follow_matches) is a follow of the case."""
    if subscription.cases:
        return [case for case in subscription.cases if same_docket(target, case)]
    return [source for source in subscription.sources if source.lower() == target.strip().lower()]


def follow_usage(problem: str) -> Answer:
    """`problem` with the usage of `follow` only, and where the rest is."""
    return Answer("\n".join([problem, FOLLOW_USAGE, f"`{COMMAND} help` for all."]))


def describe(subscription: Subscription) -> str:
    """What a subscription follows, e.g. "case 1:18-cv-03365 (any source): motion, dismissal", and its digest if it
    has one ("; daily 08:00 digest only")."""
    parts = []
    if subscription.cases:
        parts.append("case " + " or ".join(escape(case) for case in subscription.cases))
    if "*" in subscription.sources:
        parts.append("(any source)" if subscription.cases else "every source")
    else:
        parts.append("source " + " or ".join(f"`{escape(source)}`" for source in subscription.sources))
    if subscription.started_by:  # a follow that follow_matches made (bot/pipeline/watch.py)
        return f"{' '.join(parts)}: every filing, since a watch matched it ({escape(subscription.started_by)})"
    digest = ""
    if subscription.digest is not None:
        digest = f"; {subscription.digest} digest{'' if subscription.live else ' only'}"
    events = "all events" if set(subscription.events) >= set(SUBSCRIBABLE_EVENTS) else ", ".join(subscription.events)
    return f"{' '.join(parts)}: {events}{digest}"


def check_line(result: PollResult, case: str | None, tz: tzinfo) -> str:
    """One source's outcome, with the first few new entries (of `case`, when one was asked for), dismissals first
    as the channel's burst lists them."""
    if result.paused is not None:
        from notifiers.slack.quiet import paused_note  # it builds on this module

        return f"• `{escape(result.source_id)}` {paused_note(result.paused)}"
    line = f"• `{escape(result.source_id)}` {escape(describe_result(result, False, tz))}"
    line += "".join(f"\n      :warning: {escape(warning)}" for warning in result.warnings)
    if not result.ok or result.baseline:
        return line
    entries = dismissals_first(
        (e for e in result.new if case is None or same_docket(case, e.case_number)),
        lambda e: result.event_types.get(e.key, ()),
    )
    if case is not None:
        line += f"; {len(entries)} new in {escape(case)}"
    shown = [f"\n      {escape(e.case_number or '-')}: {escape(truncate(e.text, ENTRY_TEXT_LIMIT))}" for e in entries]
    more = f"\n      … and {len(entries) - ENTRIES_SHOWN} more" if len(entries) > ENTRIES_SHOWN else ""
    return line + "".join(shown[:ENTRIES_SHOWN]) + more


def describe_delivery(report: DeliveryReport) -> str:
    text = f"Delivered {report.sent} post(s)"
    if report.retrying:
        text += f", {report.retrying} waiting to retry"
    if report.failed:
        text += f", {report.failed} failed for good"
    if report.held:
        text += "; Slack refused some, they are held (`/docket status` says why)"
    return text + "."


def worker_line(worker: WorkerStatus) -> str:
    if worker.last_beat is None:
        return "No worker has run yet: nothing is polled until `python -m bot run` starts."
    return f"No worker is running since {slack_time(worker.last_beat)}: nothing is polled until `python -m bot run` starts."


def slack_time(moment: datetime | None) -> str:
    """A time Slack shows in each reader's own time zone (UTC where it cannot)."""
    if moment is None:
        return "never"
    fallback = f"{moment.astimezone(UTC):%Y-%m-%d %H:%M} UTC"
    return f"<!date^{int(moment.timestamp())}^{{date_short_pretty}} {{time}}|{fallback}>"

