"""The config file: the shipped sample loads, and every kind of mistake is named by line and field."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import replace
from datetime import time, timedelta
from pathlib import Path

import pytest
from pydantic import BaseModel

from bot.config import (
    Config,
    ConfigError,
    Defaults,
    HttpSettings,
    SlackSettings,
    Subscription,
    WorkerSettings,
    load_config,
)
from bot.core.entry import Entry
from bot.kinds import type_name
from scrapers import SCRAPERS

ROOT = Path(__file__).resolve().parent.parent

GOOD = """\
timezone: America/Denver
defaults:
  every: 15m
  jitter: 30s
slack:
  ops_channel: "#docket-ops"
sources:
  - id: nysb
    kind: pacer_rss
    url: https://ecf.nysb.uscourts.gov/cgi-bin/rss_outside.pl
    cases: ["18-10947"]
    every: 5m
    active_hours: "07:00-20:00"
  - id: nmd
    kind: pacer_rss
    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl
    cron: "*/10 7-19 * * 1-5"
    backfill: 3
subscriptions:
  - channel: "#rust-case"
    sources: [nysb, nmd]
    events: [motion, dismissal]
  - channel: "#everything"
    sources: ["*"]
"""


def entry(source_id: str, case: str = "1:18-cv-00001") -> Entry:
    return Entry(source_id=source_id, key="k", case_number=case, case_name="A v. B", court="x", text="t")


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "sources.yaml"
    path.write_text(text)
    return path


def error_for(tmp_path: Path, text: str) -> str:
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text))
    return str(caught.value)


def test_shipped_sample_config_loads():
    config = load_config(ROOT / "config" / "sources.yaml")
    assert config.sources and config.subscriptions


def test_good_config_with_defaults_merged(tmp_path):
    config = load_config(write(tmp_path, GOOD))
    nysb, nmd = config.sources
    assert config.every(nysb) == timedelta(minutes=5)
    assert config.every(nmd) == timedelta(minutes=15)
    assert config.jitter(nysb) == timedelta(seconds=30)
    assert config.active_hours(nysb) == (time(7), time(20))
    assert nmd.cron == "*/10 7-19 * * 1-5" and nmd.backfill == 3
    assert config.subscriptions[1].events == ["motion", "dismissal"]
    assert config.subscriptions[0].wants(entry("nysb"), ("dismissal",))
    assert not config.subscriptions[0].wants(entry("nysb"), ("order",))
    assert config.subscriptions[1].wants(entry("anything"), ("motion", "order"))


def test_subscription_to_a_case_key_follows_entries_tagged_with_it():
    subscription = Subscription(channel="#rust", case="rust-baldwin", events=["dismissal"])
    assert subscription.wants(replace(entry("nmd"), case_key="Rust-Baldwin"), ("dismissal",))
    assert not subscription.wants(entry("nmd"), ("dismissal",))


def test_subscription_to_cases_follows_only_those_dockets():
    subscription = Subscription(channel="#rust", cases=["1:23-cr-00040"])
    assert subscription.wants(entry("nmd", case="1:23-cr-00040-MV"), ("dismissal",))
    assert not subscription.wants(entry("nmd", case="1:23-cr-00041"), ("dismissal",))


def test_bad_duration_names_line_and_field(tmp_path):
    text = GOOD.replace("    every: 5m\n", '    every: "5 minutes"\n')
    message = error_for(tmp_path, text)
    assert message.startswith(f"{tmp_path / 'sources.yaml'}:12 sources[0].every: ")
    assert '"5 minutes" is not a duration like 5m' in message


def test_a_source_of_unknown_kind_still_has_its_other_mistakes_named(tmp_path):
    """One load names every mistake (a newcomer's try): an unknown kind does not hide a bad url, period or window."""
    text = (GOOD.replace("kind: pacer_rss\n    url: https://ecf.nysb.uscourts.gov/cgi-bin/rss_outside.pl",
                         "kind: pacer-rss\n    url: ecf.nysb.uscourts.gov")
            .replace("    every: 5m\n", '    every: "5 minutes"\n', 1)
            .replace('"07:00-20:00"', '"25-30"'))
    lines = error_for(tmp_path, text).splitlines()
    assert lines[0].endswith(':9 sources[0].kind: unknown source kind "pacer-rss" (did you mean pacer_rss?) '
                             "(available: courtlistener, html_docket, news_html, news_rss, odyssey, pacer_rss, "
                             "texas_courts)")
    assert [line.split(" ", 1)[1].split(":")[0] for line in lines[1:]] == [
        "sources[0].url", "sources[0].every", "sources[0].active_hours"]


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("    cases:", "    casse:", ':11 sources[0].casse: is not a known setting (did you mean case or cases?)'),
        ("  jitter: 30s\n", "  jitter: 30s\n  post_interval: 1s\n",
         ":5 defaults.post_interval: is not a setting here: it goes under slack:"),
        ("    backfill: 3\n", "    backfill: 3\n    colour: blue\n", ":19 sources[1].colour: is not a known setting (check "
         "the spelling)"),
        ("kind: pacer_rss\n    url: https://ecf.nmd", "kind: gopher\n    url: https://ecf.nmd",
         ':15 sources[1].kind: unknown source kind "gopher"'),
        ('"*/10 7-19 * * 1-5"', '"every tuesday"',
         ':17 sources[1].cron: "every tuesday" is not a cron expression (it has 2 fields, not 5: minute hour day month '
         "weekday)"),
        ('"*/10 7-19 * * 1-5"', '"*/10 7-25 * * 1-5"',
         ':17 sources[1].cron: "*/10 7-25 * * 1-5" is not a cron expression (its hour field "7-25" is not a number, '
         "range (1-5), list (1,3) or step (*/10) in 0-23)"),
        ("    backfill: 3\n", "    backfill: 3\n    every: 5m\n", ":14 sources[1]: give either every or cron, not both"),
        ("America/Denver", "Mars/Olympus", ':1 timezone: "Mars/Olympus" is not a time zone name like America/Denver'),
        ("America/Denver", "America/New_Yrok",
         ':1 timezone: "America/New_Yrok" is not a time zone name like America/Denver (did you mean America/New_York?)'),
        ('"07:00-20:00"', '"7am to 8pm"', ':13 sources[0].active_hours: "7am to 8pm" is not an hour window'),
        ("id: nmd", "id: nysb", ':14 sources[1].id: "nysb" is used by another source already'),
        ("[nysb, nmd]", "[nysb, nmx]", ':21 subscriptions[0].sources[1]: "nmx" is not the id of any source'),
        ("[nysb, nmd]", "[nysb, nmdd]",
         ':21 subscriptions[0].sources[1]: "nmdd" is not the id of any source (did you mean nmd?)'),
        ("events: [motion, dismissal]", "events: []",
         ":22 subscriptions[0].events: an empty list: this subscription would post nothing; leave the key out for the "
         "default"),
        ("[nysb, nmd]", "[]", ":21 subscriptions[0].sources: an empty list: this subscription would post nothing; "
         "leave the key out for the default"),
        ("events: [motion, dismissal]", "events: [motion, verdict]",
         ':22 subscriptions[0].events: unknown event type "verdict"'),
        ("events: [motion, dismissal]", "events: [dismissals, orders]",
         ':22 subscriptions[0].events: unknown event types "dismissals" (did you mean dismissal?), "orders" (did '
         "you mean order?)"),
        ("    url: https://ecf.nysb.uscourts.gov/cgi-bin/rss_outside.pl\n", "",
         ":8 sources[0].url: kind pacer_rss needs the feed's url, or its court (court: nysd)"),
        ("    url: https://ecf.nysb.uscourts.gov/cgi-bin/rss_outside.pl\n", "    court: nywd\n",
         ":10 sources[0].court: W.D.N.Y. (nywd) publishes no RSS feed: watch its cases with a courtlistener "
         "source, or a docket's report with kind html_docket"),
        ("    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl\n", "    court: nmx\n",
         ':16 sources[1].court: "nmx" is not a court id the bot knows'),
        ("    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl\n",
         "    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl\n    court: nmd\n",
         ":17 sources[1].court: give either url or court, not both"),
        ("    backfill: 3\n", "    backfill: 3\n    selectors: {row: tr}\n",
         ":19 sources[1].selectors: is not a setting of kind pacer_rss"),
        ("id: nysb", "id: ny sb", ':8 sources[0].id: "ny sb": an id may hold only letters, digits, - and _'),
        ('cases: ["18-10947"]', "cases: 18-10947", ':11 sources[0].cases: "18-10947" is not a list: write [a, b], or '
         "each item on a line of its own after -"),
        ("    backfill: 3\n", "    backfill: -1\n", ":18 sources[1].backfill: -1 is too small: give 0 or more"),
        ("    backfill: 3\n", "    backfill: lots\n", ':18 sources[1].backfill: "lots" is not a whole number'),
    ],
)
def test_mistakes_are_named_by_line_and_field(tmp_path, old, new, expected):
    assert old in GOOD
    assert expected in error_for(tmp_path, GOOD.replace(old, new, 1))


def test_a_pacer_rss_source_may_name_its_court_instead_of_the_feed(tmp_path):
    from scrapers import SCRAPERS

    path = tmp_path / "sources.yaml"
    path.write_text(GOOD.replace("    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl\n", "    court: nmd\n")
                    .replace("    url: https://ecf.nysb.uscourts.gov/cgi-bin/rss_outside.pl\n", "    court: ca2\n"))
    appellate, district = load_config(path).sources
    assert SCRAPERS["pacer_rss"](district).urls() == ["https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl"]
    assert SCRAPERS["pacer_rss"](appellate).urls() == [
        "https://ecf.ca2.uscourts.gov/n/beam/servlet/TransportRoom?servlet=RSSGenerator"
    ]


def test_yaml_syntax_error_gives_line(tmp_path):
    message = error_for(tmp_path, "sources:\n  - id: x\n    kind: [unclosed\n")
    assert ".yaml:4 is not valid YAML" in message or ".yaml:3 is not valid YAML" in message


@pytest.mark.parametrize("text, line, hint", [
    ("sources:\n  - id: sdny\n    kind: pacer_rss\n     url: http://x/feed\n", 4, "a line indented unlike the lines around it"),
    ("sources:\n  - id: sdny\n    kind pacer_rss\n    url: http://x/feed\n", 4, "a setting without its ':'"),
    ("sources:\n  - id: \"sdny\n    kind: pacer_rss\n", 4, "a quote or bracket opened above and never closed"),
])
def test_the_commonest_yaml_mistakes_are_said_in_a_users_words(tmp_path, text, line, hint):
    message = error_for(tmp_path, text)
    assert message.startswith(f"{tmp_path / 'sources.yaml'}:{line} is not valid YAML: ")
    assert hint in message


@pytest.mark.parametrize("text, line", [
    ("sources:\n  - id: x\n\tkind: pacer_rss\n", 3),  # libyaml: "a tab character that violates indentation"
    ("sources:\n\t- id: x\n", 2),  # libyaml: "found character that cannot start any token"
    ("sources:\n  - id: x\n    kind: pacer_rss\n  \t url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl\n", 4),
])
def test_a_tab_in_the_indentation_is_said_to_be_one(tmp_path, text, line):
    assert error_for(tmp_path, text) == (f"{tmp_path / 'sources.yaml'}:{line} is not valid YAML: YAML does not allow "
                                         f"tabs for indentation (line {line}): use spaces")


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read the config file"):
        load_config(tmp_path / "nope.yaml")


def test_every_error_is_reported_not_only_the_first(tmp_path):
    text = GOOD.replace("every: 5m", "every: 5x").replace("events: [motion, dismissal]", "events: [nope]")
    message = error_for(tmp_path, text)
    assert "sources[0].every" in message and "subscriptions[0].events" in message


@pytest.mark.parametrize("text", ["", "# nothing yet\n", "timezone: UTC\n", "sources: []\n"])
def test_a_config_without_sources_is_refused_with_an_example(tmp_path, text):
    message = error_for(tmp_path, text)
    assert message.startswith(f"{tmp_path / 'sources.yaml'}:1 sources: the config lists no source to watch")
    assert "kind: pacer_rss" in message and "config/sources.yaml" in message


@pytest.mark.parametrize(
    "setting,value,problem",
    [("every", "0s", '"0s" is zero'), ("every", "-5m", '"-5m" is negative'), ("stale_after", "0m", '"0m" is zero'),
     ("every", "10000000d", '"10000000d" is longer than 3650d (10 years); give a shorter duration'),
     ("jitter", "99999999999999999999d", '"99999999999999999999d" is longer than 3650d (10 years)')],
)
def test_zero_negative_or_overlong_periods_are_refused(tmp_path, setting, value, problem):
    text = GOOD.replace("    every: 5m\n", f"    {setting}: {value}\n")
    assert f"sources.yaml:12 sources[0].{setting}: {problem}" in error_for(tmp_path, text)


def test_zero_or_negative_timeouts_are_refused_and_zero_pacing_is_not(tmp_path):
    assert "http.read_timeout: \"0s\" is zero" in error_for(tmp_path, "http:\n  read_timeout: 0s\n" + GOOD)
    assert "defaults.jitter: \"-1s\" is negative" in error_for(tmp_path, GOOD.replace("jitter: 30s", "jitter: -1s"))
    unpaced = GOOD.replace('slack:\n  ops_channel: "#docket-ops"\n', "slack:\n  post_interval: 0s\n")
    assert load_config(write(tmp_path, GOOD)).http.courtlistener_interval == timedelta(seconds=0.72)
    config = load_config(write(tmp_path, "http:\n  per_host_interval: 0s\n  courtlistener_interval: 0s\n" + unpaced))
    assert config.http.per_host_interval == timedelta(0) and config.slack.post_interval == timedelta(0)
    assert config.http.courtlistener_interval == timedelta(0)


def test_one_load_names_every_mistake_of_a_file_that_is_yaml(tmp_path):
    """A key given twice, pydantic's errors and the checks across sources and subscriptions come in one message,
    not in rounds as each is fixed."""
    text = (GOOD.replace("timezone: America/Denver", "timezone: America/New_Yrok")
            .replace("    every: 5m\n", "    every: 5m\n    every: 1h\n")  # line 13
            .replace("id: nmd", "id: nysb")  # line 15: a duplicate id, in a config pydantic refuses
            .replace("    backfill: 3\n", "    backfill: lots\n")
            .replace("sources: [nysb, nmd]\n    events: [motion, dismissal]",
                     "sources: [nysb, nysbb]\n    events: [motion, dismisal]")
            .replace('  - channel: "#everything"\n', '  - channel: "#everything"\n    cases: [Baldwin]\n'))
    where = tmp_path / "sources.yaml"
    assert error_for(tmp_path, text).splitlines() == [
        f'{where}:1 timezone: "America/New_Yrok" is not a time zone name like America/Denver (did you mean '
        "America/New_York?)",
        f"{where}:13 sources[0].every: given twice, at lines 12 and 13; keep one",
        f'{where}:15 sources[1].id: "nysb" is used by another source already',
        f'{where}:19 sources[1].backfill: "lots" is not a whole number',
        f'{where}:22 subscriptions[0].sources[1]: "nysbb" is not the id of any source (did you mean nysb?)',
        f'{where}:23 subscriptions[0].events: unknown event type "dismisal" (did you mean dismissal?) (known: motion, '
        "dismissal, order, judgment, hearing, charge, plea, appearance, other, new_case, or [all])",
        f'{where}:25 subscriptions[1].cases[0]: "Baldwin" is not a docket number: it has no digit (a case key goes '
        "under case:)",
    ]


def test_a_key_given_twice_names_both_lines(tmp_path):
    text = GOOD.replace("    every: 5m\n", "    every: 5m\n    every: 1h\n")
    assert error_for(tmp_path, text) == (
        f"{tmp_path / 'sources.yaml'}:13 sources[0].every: given twice, at lines 12 and 13; keep one"
    )
    assert "timezone: given twice, at lines 1 and 2" in error_for(tmp_path, "timezone: UTC\n" + GOOD)


def test_events_all_in_the_file_means_every_event_type(tmp_path):
    config = load_config(write(tmp_path, GOOD.replace("events: [motion, dismissal]", "events: [all]")))
    assert config.subscriptions[0].events == ["motion", "dismissal", "order", "judgment", "hearing", "charge",
                                              "plea", "appearance", "other", "new_case"]



def test_a_file_not_in_utf8_names_the_line(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_bytes("sources:\n  - id: nmd\n    kind: pacer_rss\n    keywords: [Trümp]\n".encode("latin-1"))
    with pytest.raises(ConfigError) as error:
        load_config(path)
    assert str(error.value) == f"{path}:4 is not UTF-8 (byte 0xfc): save the file as UTF-8"


@pytest.mark.parametrize(("value", "expected"), [("0", "worker.poll_threads: 0 is too small"),
                                                 ("many", 'worker.poll_threads: "many" is not a whole number')])
def test_poll_threads_is_checked_with_its_line(tmp_path, value, expected):
    message = error_for(tmp_path, f"worker:\n  poll_threads: {value}\nsources:\n  - id: nmd\n    kind: pacer_rss\n"
                                  "    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl\n")
    assert f".yaml:2 {expected}" in message


def sections_and_kinds() -> dict[str, type[BaseModel]]:
    """Each model a config's settings are read into, by where it stands: a section (`worker`), `subscriptions`, or
    a source kind (`pacer_rss`)."""
    sections: dict[str, type[BaseModel]] = {"defaults": Defaults, "http": HttpSettings, "worker": WorkerSettings,
                                            "slack": SlackSettings, "subscriptions": Subscription}
    return sections | {kind: scraper.settings for kind, scraper in SCRAPERS.items()}


def config_with(place: str, settings: dict[str, str]) -> str:
    """A config whose section, first subscription or source (of kind `place`: its example, these settings in place
    of its own) holds `settings` (name -> the YAML written after `name: `)."""
    lines = "".join(f"    {name}: {value}\n" for name, value in settings.items())
    if place in SCRAPERS:
        example = {name: value for name, value in SCRAPERS[place].settings.example().items() if name not in settings}
        return "sources:\n  - " + "".join(f"    {name}: {json.dumps(value)}\n" for name, value in example.items())[4:] \
            + lines
    source = "sources:\n  - id: nmd\n    kind: pacer_rss\n    court: nmd\n"
    if place == "subscriptions":
        return source + "subscriptions:\n  - " + (lines if "channel" in settings else f'channel: "#c"\n{lines}')[4:]
    return source + f"{place}:\n" + lines


def numeric_settings() -> list[tuple[str, str]]:
    """(place, setting) for every setting of the config that holds a number (or a list of them), as
    `python -m bot kinds` names its type."""
    return [(place, name) for place, model in sections_and_kinds().items()
            for name, field in model.model_fields.items() if "number" in type_name(field.annotation)]


@pytest.mark.parametrize(("place", "setting"), numeric_settings())
@pytest.mark.parametrize("written", ["true", "no"])
def test_true_or_false_is_not_taken_for_a_number(tmp_path, place, setting, written):
    field = sections_and_kinds()[place].model_fields[setting]
    value = f"[{written}]" if "list" in type_name(field.annotation) else written
    text = config_with(place, {setting: value})
    line = text.splitlines().index(f"    {setting}: {value}") + 1
    shown = "true" if written == "true" else "false"
    assert f":{line} " in error_for(tmp_path, text)
    assert f"{setting}{'[0]' if value.startswith('[') else ''}: {shown} is not a number (YAML reads yes, no" \
        in error_for(tmp_path, text)


def test_the_number_settings_are_found(tmp_path):
    found = set(numeric_settings())
    assert {("worker", "poll_threads"), ("http", "attempts"), ("defaults", "alert_after"),
            ("defaults", "max_skipped"), ("pacer_rss", "backfill"), ("courtlistener", "dockets")} <= found


@pytest.mark.parametrize("section", ["defaults", "slack", "http", "worker", "subscriptions"])
def test_an_empty_section_is_the_sections_defaults(tmp_path, section):
    config = load_config(write(tmp_path, f"{section}:\n  # nothing yet\n" + GOOD.split("subscriptions:")[0]
                                         .replace("defaults:\n  every: 15m\n  jitter: 30s\n", "")
                                         .replace('slack:\n  ops_channel: "#docket-ops"\n', "")))
    assert getattr(config, section) == Config.model_fields[section].get_default()


# Words of pydantic's (or Python's) that a config's author should never read.
NOT_OUR_WORDS = ("Input should", "instance of", "valid dictionary", "Value error", "{'", "['", "None", "True",
                 "False", "type=")


@pytest.mark.parametrize("place", sorted(sections_and_kinds()))
@pytest.mark.parametrize("value", ["", "true", "2.5", "x y", "[a]", "{a: 1}", "2024-01-01"])
def test_every_setting_given_a_wrong_value_is_told_in_our_words(tmp_path, place, value):
    model = sections_and_kinds()[place]
    text = config_with(place, {name: value for name in model.model_fields if name not in ("id", "kind")})
    try:
        load_config(write(tmp_path, text))
    except ConfigError as error:
        for line in str(error).splitlines():
            assert not any(words in line for words in NOT_OUR_WORDS), line
            assert re.match(r".*sources\.yaml:\d+ \S+: \S", line), line


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("worker: 8\n", ":1 worker: 8 is not a mapping: write key: value lines under it"),
        ("http: [fast]\n", ":1 http: a list is not a mapping: write key: value lines under it"),
        ('subscriptions:\n  - "#alerts"\n', ':2 subscriptions[0]: "#alerts" is not a mapping: write key: value'),
        ("subscriptions:\n  channel: '#alerts'\n", ":1 subscriptions: a mapping is not a list: write [a, b], or each"),
        ("defaults:\n  every: [5m]\n", ":2 defaults.every: a list is not a duration like 5m"),
        ("defaults:\n  alert_after: 2.5\n", ":2 defaults.alert_after: 2.5 is not a whole number"),
        ("defaults:\n  max_skipped: 2\n", ":2 defaults.max_skipped: 2 is too large: give 1 or less"),
        ("defaults:\n  every:\n", ":2 defaults.every: is empty: give a value"),
        ("timezone: 5\n", ":1 timezone: 5 is not text: write it in quotes"),
        ("subscriptions:\n  - channel: '#a'\n    digest: {daily: '08:00'}\n",
         ":3 subscriptions[0].digest: a mapping is not a digest schedule"),
        ("subscriptions:\n  - channel: '#a'\n    sources:\n      - nmd\n      -\n",
         ":5 subscriptions[0].sources[1]: is an empty item: remove its - or fill it in"),
        ("slack:\n  ops_channel: #docket-ops\n", ':2 slack.ops_channel: is empty: YAML reads #docket-ops as a comment; '
         'write it in quotes (ops_channel: "#docket-ops")'),
        ("subscriptions:\n  - channel: #alerts  # the desk\n", ":2 subscriptions[0].channel: is empty: YAML reads "
         '#alerts as a comment; write it in quotes (channel: "#alerts")'),
        ("subscriptions:\n  - channel: rust case\n",
         ':2 subscriptions[0].channel: "rust case" is not a Slack channel name or id'),
        ("subscriptions:\n  - channel: '#a'\n    target: carrier-pigeon:home\n",
         ':3 subscriptions[0].target: "carrier-pigeon:home" names no notifier'),
    ],
)
def test_a_newcomers_mistake_is_said_in_words_with_its_line(tmp_path, text, expected):
    source = "sources:\n  - id: nmd\n    kind: pacer_rss\n    court: nmd\n"
    message = error_for(tmp_path, text + source)
    assert expected in message, message


def fixture_case_numbers() -> list[str]:
    """Every docket number the kinds' test pages give their entries (tests/fixtures/<kind>/*.expected.json)."""
    numbers = {entry["case_number"] for path in (ROOT / "tests" / "fixtures").glob("*/*.expected.json")
               for entry in json.loads(path.read_text(encoding="utf-8")) if entry.get("case_number")}
    return sorted(numbers)


# Forms no test page gives, from the real pages of /work/shared and the courts' own writing: New Mexico's district
# courts (the Rust case), Odyssey registers of Georgia, California, Washington, and courts that write spaces.
OTHER_REAL_FORMS = ["D-101-CR-2023-00040", "D-117-CR-2022-00063", "MGCV17-11099", "17D22499", "18CV001704",
                    "17-2-01460-31", "CR-17-5152-C", "C-2303", "01-18-00277-CR", "2023 P 001234", "1:23-cv-04567",
                    "2:23-cv-00452-DJC-DB", "23-cv-452"]


def test_every_docket_number_the_kinds_read_may_be_given_in_cases(tmp_path):
    numbers = fixture_case_numbers()
    assert len(numbers) > 100 and {"01-25-00011-CV", "26-0051", "C-2302", "5:18-~gr-00001"} <= set(numbers)
    listed = ", ".join(json.dumps(number) for number in numbers + OTHER_REAL_FORMS)
    text = GOOD.replace('cases: ["18-10947"]', f"cases: [{listed}]").replace(
        "    events: [motion, dismissal]\n", f"    events: [motion, dismissal]\n    cases: [{listed}]\n")
    config = load_config(write(tmp_path, text))
    assert config.sources[0].cases == config.subscriptions[0].cases == numbers + OTHER_REAL_FORMS


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("rust baldwin", '"rust baldwin" is not a docket number: it has no digit (a case key goes under case:)'),
        ("1:23-cr-0004O", None),  # a letter O for a zero is still the shape of a number: it matches no case
        ("https://search.txcourts.gov/Case.aspx?cn=01-23-00123-CV&coa=coa01",
         '"https://search.txcourts.gov/Case.aspx?cn=01-23-00123-CV&coa=coa01" is not a docket number: it is an '
         'address (a source\'s address goes under url:) (did you mean "01-23-00123-CV"?)'),
        ("Baldwin 1:23-cr-00040", '"Baldwin 1:23-cr-00040" is not a docket number: "Baldwin" is a word, not part of '
                                  'a docket number (did you mean "1:23-cr-00040"?)'),
        ("1;23-cr-00040", '"1;23-cr-00040" is not a docket number: ";" is not written in docket numbers'),
        ("", "is empty: give the case's docket number as the court writes it (1:23-cr-00040)"),
    ],
)
def test_a_value_of_cases_that_cannot_be_a_docket_number_is_named_by_line(tmp_path, value, expected):
    text = GOOD.replace('cases: ["18-10947"]', f'cases: ["18-10947", {json.dumps(value)}]')
    if expected is None:
        assert load_config(write(tmp_path, text)).sources[0].cases == ["18-10947", value]
        return
    assert error_for(tmp_path, text).endswith(f"sources.yaml:11 sources[0].cases[1]: {expected}")
    # the same in a subscription's cases:, on its line
    text = GOOD.replace("    events: [motion, dismissal]\n", f"    events: [motion, dismissal]\n    cases: [{json.dumps(value)}]\n")
    assert error_for(tmp_path, text).endswith(f"sources.yaml:23 subscriptions[0].cases[0]: {expected}")


KEYED = GOOD.replace('    cases: ["18-10947"]\n', '    cases: ["18-10947"]\n    case: sunedison\n')


@pytest.mark.parametrize(
    ("subscription", "expected"),
    [
        ("    case: sunedison\n", None),
        ("    case: SunEdison\n", None),  # case keys match whatever their case, as entries' do
        ("    case: sunedisn\n", ':25 subscriptions[1].case: "sunedisn" is the case key of no source (did you mean '
                                   "sunedison?): a source gives its entries a case key with case:, and the subscription's "
                                   "case: picks them"),
        ("    case: rust\n", ':25 subscriptions[1].case: "rust" is the case key of no source (the sources give sunedison)'),
        ("    case: sunedison\n    sources: [nmd]\n", ':25 subscriptions[1].case: "sunedison" is the case key of nysb, '
                                                     "which this subscription does not follow: add it to its sources:"),
    ],
)
def test_a_subscription_s_case_must_be_a_case_key_a_source_it_follows_gives(tmp_path, subscription, expected):
    text = KEYED.replace("  - channel: \"#everything\"\n    sources: [\"*\"]\n",
                         f"  - channel: \"#everything\"\n{subscription}")
    assert subscription in text
    if expected is None:
        assert load_config(write(tmp_path, text)).subscriptions[1].case == subscription.split()[1]
    else:
        assert expected in error_for(tmp_path, text)


HASTY = """\
defaults:
  every: 30s
sources:
  - id: nmd-baldwin
    kind: pacer_rss
    url: https://ecf.nmd.uscourts.gov/cgi-bin/rss_outside.pl
    every: 1s
  - id: nysd
    kind: pacer_rss
    court: nysd
  - id: deadline
    kind: news_rss
    url: https://deadline.com/feed/
    keywords: [Baldwin]
  - id: txnd
    kind: pacer_rss
    court: txnd
    cron: "* * * * *"
  - id: wvsd
    kind: pacer_rss
    court: wvsd
    every: 1m
  - id: here
    kind: pacer_rss
    url: http://127.0.0.1:8000/rss.xml
    every: 1s
"""


def test_a_source_polled_more_often_than_once_a_minute_is_warned_of_by_line_and_still_loads(tmp_path, caplog):
    """A cron source (once a minute at most), one polled every minute and one on this machine are left alone."""
    path = tmp_path / "sources.yaml"
    path.write_text(HASTY)
    config = load_config(path)
    assert [config.every(source) for source in config.sources][:2] == [timedelta(seconds=1), timedelta(seconds=30)]
    warned = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert warned == [
        f"{path}:2 defaults.every: polls nysd, deadline every 30s; court and news sites may block a bot that polls "
        "more often than once a minute: give 1m or more",
        f"{path}:7 sources[0].every: polls nmd-baldwin every 1s; court and news sites may block a bot that polls "
        "more often than once a minute: give 1m or more",
    ]
    caplog.clear()
    path.write_text(HASTY.replace("every: 30s", "every: 15m").replace("every: 1s", "every: 2m", 1))
    load_config(path)
    assert caplog.records == []


TWO_COURTS = """\
sources:
  - id: nmd
    kind: pacer_rss
    court: nmd
  - id: sdny
    kind: pacer_rss
    court: nysd
  - id: deadline
    kind: news_rss
    url: https://deadline.com/feed/
    keywords: [Baldwin]
subscriptions:
  - channel: "#rust-case"
    sources: [nmd, sdny]
    events: [motion, dismissal]
"""


@pytest.mark.parametrize("second", [
    '  - channel: "#rust-case"\n    sources: [sdny, nmd]\n    events: [dismissal, motion]\n',  # another order
    '  - target: "slack:#rust-case"\n    sources: [nmd, sdny]\n',  # the same destination, the default events
])
def test_a_subscription_given_twice_is_warned_of_naming_both_lines(tmp_path, caplog, second):
    path = tmp_path / "sources.yaml"
    path.write_text(TWO_COURTS + second)
    assert len(load_config(path).subscriptions) == 2  # still used: a destination gets one post per entry
    assert [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING] == [
        f"{path}:16 subscriptions[1]: is the same as subscriptions[0] (line 13): both send #rust-case the same "
        "entries, and a destination gets one post per entry; remove one"]


@pytest.mark.parametrize("second", [
    '  - channel: "#rust-case"\n    sources: [nmd]\n    events: [dismissal]\n',
    '  - channel: "#rust-case"\n    sources: [sdny]\n    cases: ["1:18-cv-01119"]\n',
])
def test_a_subscription_whose_every_post_another_makes_is_warned_of_naming_both_lines(tmp_path, caplog, second):
    path = tmp_path / "sources.yaml"
    path.write_text(TWO_COURTS + second)
    assert len(load_config(path).subscriptions) == 2
    assert [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING] == [
        f"{path}:16 subscriptions[1]: adds nothing: subscriptions[0] (line 13) sends #rust-case every entry this one "
        "wants, and a destination gets one post per entry; remove it, or narrow the other"]


@pytest.mark.parametrize("second", [
    '  - channel: "#rust-case"\n    sources: [nmd]\n    events: [order]\n',  # other events
    '  - channel: "#rust-case"\n    sources: [nmd]\n    events: [order, motion]\n',  # more events
    '  - channel: "#rust-case"\n    cases: ["1:18-cv-01119"]\n    events: [order]\n',  # a case's orders, any source
    '  - channel: "#rust-case"\n    sources: [nmd]\n    digest: daily 08:00\n',  # a digest
    '  - channel: "#rust-case"\n    sources: [deadline]\n',  # another source
    '  - channel: "#newsroom"\n    sources: [nmd, sdny]\n    events: [motion, dismissal]\n',  # another channel
])
def test_subscriptions_of_one_destination_that_send_it_different_entries_load_without_a_word(tmp_path, caplog, second):
    path = tmp_path / "sources.yaml"
    path.write_text(TWO_COURTS + second)
    assert len(load_config(path).subscriptions) == 2
    assert caplog.records == []


def test_naming_a_case_of_a_watched_source_adds_its_unmatched_entries(tmp_path, caplog):
    """A news source's entries reach a subscription without cases only when they mention its keywords; one naming a
    case gets that case's entries even when they do not (Subscription.matched): not one that adds nothing."""
    path = tmp_path / "sources.yaml"
    path.write_text(TWO_COURTS.replace("[nmd, sdny]", '["*"]') + '  - channel: "#rust-case"\n    cases: ["1:18-cv-01119"]\n')
    load_config(path)
    assert caplog.records == []
