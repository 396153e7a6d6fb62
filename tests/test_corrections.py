"""A court's edit of an entry that was posted: a correction, in the case's thread, where it changes what a channel was
told (an event taken back, or one added), worded "Corrected: …" with what was posted before; nothing where it
changes no event a channel follows, but `entries` and `why` say the entry was edited since.
End to end: `python -m bot check` on a page served over a real local socket that changes between polls, a real store
(SQLite and PostgreSQL), the console, and the fake Slack API for threads."""

from __future__ import annotations

from bot.cli import main
from tests.fakes.slack_api import FakeSlack, channel_id
from tests.support.feeds import FIXTURES, ChangingFeed

TEXAS = (FIXTURES / "texas_courts" / "coa_01-18-00277-CR.html").read_text(encoding="utf-8")
FIRST_ROW = '<tr class="rgRow" id="ctl00_ContentPlaceHolder1_grdEvents_ctl00__0">'
NEW_ROW = ('<tr class="rgRow" id="new"><td style="width:35px;">02/01/2019</td><td style="width:60px;">Motion to '
           'dismiss appeal disposed</td><td>{disposition}</td><td align="left"><div><table class="docGrid"><tr>'
           '<td class="docLink"><a href="SearchMedia.aspx?MediaVersionID=aaaa&amp;coa=coa01&amp;DT=Order&amp;'
           'MediaID=bbbb" target="_blank"> [ PDF/10 KB ] </a></td><td class="docLink">Order</td></tr></table></div>'
           '</td></tr>\n')
GRANTED = "Motion to dismiss appeal disposed — Motion or Writ Granted"
DENIED = "Motion to dismiss appeal disposed — Motion or Writ Denied"

ITEM = """<item>
<title>2:23-cv-00452-DJC-DB Doe v. County of Sacramento</title>
<link>https://ecf.caed.uscourts.gov/cgi-bin/DktRpt.pl?425050</link>
<description>[{event}] (&#x3C;a href=&#x22;https://ecf.caed.uscourts.gov/doc1/0331642505{seq}?caseid=425050&#x26;de_seq_num={seq}&#x22; &#x3E;{number}&#x3C;/a&#x3E;)</description>
<guid isPermaLink="true">https://ecf.caed.uscourts.gov/cgi-bin/DktRpt.pl?425050&#x26;{seq}</guid>
<pubDate>Tue, 14 Mar 2023 17:{seq}:02 GMT</pubDate>
</item>
"""

CONFIG = """\
http: {{per_host_interval: 0s, attempts: 1}}
slack: {{post_interval: 0s}}
sources:
  - id: {id}
    kind: {kind}
    url: {url}
subscriptions:
  - channel: "#desk"
    events: [all]
  - channel: "#dismissals"
    events: [dismissal]
"""


def texas_page(disposition: str | None) -> bytes:
    """The Texas case page, with the row of a motion to dismiss disposed of as `disposition` (None: without it)."""
    row = NEW_ROW.format(disposition=disposition) if disposition else ""
    return TEXAS.replace(FIRST_ROW, row + FIRST_ROW).encode("utf-8")


def pacer_feed(events: list[str]) -> bytes:
    """A PACER RSS feed of one case whose entries 1, 2, … are `events` (as CM/ECF names them)."""
    items = "".join(ITEM.format(event=event, seq=10 + number, number=number)
                    for number, event in reversed(list(enumerate(events, 1))))
    return (f'<?xml version="1.0" encoding="ISO-8859-1"?>\n<rss version="2.0">\n<channel>\n'
            f"<title>Eastern District of California - Recent Entries</title>\n{items}</channel>\n</rss>\n"
            ).encode("iso-8859-1")


def configure(tmp_path, monkeypatch, database_url: str, **source: str) -> None:
    config = tmp_path / "sources.yaml"
    config.write_text(CONFIG.format(**source))
    monkeypatch.setenv("DOCKETBOT_CONFIG", str(config))
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)


def run(capsys, *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def posts_by_channel(out: str) -> dict[str, str]:
    """The console's posts of a `check`, by channel (each post's lines joined)."""
    found: dict[str, str] = {}
    for block in out.split("── ")[1:]:
        channel = block.split(" · ", 1)[0]
        found[channel] = found.get(channel, "") + block
    return found


def test_a_dismissal_the_court_takes_back_is_corrected_where_it_was_posted(tmp_path, monkeypatch, capsys,
                                                                            database_url, httpserver):
    page = ChangingFeed(httpserver, texas_page(None), "/case.html")
    configure(tmp_path, monkeypatch, database_url, id="tx", kind="texas_courts", url=page.url)
    run(capsys, "check")  # the baseline
    page.body = texas_page("Motion or Writ Granted")
    posted = posts_by_channel(run(capsys, "check"))
    assert set(posted) == {"#desk", "#dismissals"} and "Corrected" not in posted["#desk"]

    page.body = texas_page("Motion or Writ Denied")
    out = run(capsys, "check")
    assert "ok  0 new of 24, 1 edited (no longer: dismissal 1)  queued 2 post(s)" in out
    corrections = posts_by_channel(out)
    assert set(corrections) == {"#desk", "#dismissals"}
    for channel, post in corrections.items():
        assert "reply to the post of" in post.splitlines()[0], channel  # in the case's thread
        assert "Corrected: Order: Motion to dismiss appeal disposed: Jeremy Lynn Sturch" in post
        assert DENIED in post and f'Was: "{GRANTED}" (no longer: Dismissal)' in post

    listed = run(capsys, "entries", "--source", "tx", "--limit", "1")
    assert "#desk sent and a correction sent, #dismissals sent and a correction sent\n" in listed
    why = run(capsys, "why", "tx", "writ denied")
    assert why.count("; a correction (no longer: Dismissal) sent ") == 2 and "edited since" not in why

    # an edit that changes no event type: no post, but both commands say the entry changed since it was posted
    page.body = texas_page("Motion or Writ Denied as Moot")
    out = run(capsys, "check")
    assert "1 edited" in out and "queued 0 post(s)" in out and "Corrected" not in out
    listed = run(capsys, "entries", "--source", "tx", "--limit", "1")
    assert "#desk sent and a correction sent, #dismissals sent and a correction sent; edited since" in listed
    why = run(capsys, "why", "tx", "writ denied")
    assert why.count(f'as "{DENIED}" (edited since)') == 2


def test_an_edit_that_adds_a_dismissal_is_a_correction_in_slack_in_the_cases_thread(tmp_path, monkeypatch, capsys,
                                                                                     database_url, httpserver):
    feed = ChangingFeed(httpserver, pacer_feed([]))
    configure(tmp_path, monkeypatch, database_url, id="caed", kind="pacer_rss", url=feed.url)
    run(capsys, "check")  # the baseline: an empty feed
    with FakeSlack() as slack:
        monkeypatch.setenv("SLACK_BOT_TOKEN", slack.token)
        monkeypatch.setenv("SLACK_API_URL", slack.base_url)
        feed.body = pacer_feed(["Complaint", "Dismiss"])
        run(capsys, "check")
        complaint, motion = slack.messages
        assert {complaint["channel"], motion["channel"]} == {channel_id("#desk")}  # #dismissals wants none

        feed.body = pacer_feed(["Complaint", "Notice of Voluntary Dismissal"])
        out = run(capsys, "check")
        desk, dismissals = slack.messages[2:]
    assert "1 edited" in out and "[dismissal 1]" in out
    assert desk["channel"] == channel_id("#desk") and desk["thread_ts"] == complaint["ts"]
    assert desk["text"].startswith("Corrected: Notice of Voluntary Dismissal: Doe v. County of Sacramento")
    assert desk["blocks"][0]["text"]["text"].startswith(":pencil2: *Corrected:* :x: *Notice of Voluntary Dismissal*")
    assert desk["blocks"][1]["elements"][0]["text"] == 'Was: "Motion to Dismiss" (no longer: Motion)'
    # #dismissals was not posted the motion: the dismissal is news there, said to be a correction of the docket
    assert dismissals["channel"] == channel_id("#dismissals") and dismissals.get("thread_ts") is None
    assert dismissals["text"].startswith("Corrected: Notice of Voluntary Dismissal: ")

    listed = run(capsys, "entries", "--source", "caed", "--limit", "1")
    assert "#desk sent and a correction sent, #dismissals: a correction sent\n" in listed
    why = run(capsys, "why", "caed", "voluntary dismissal")
    assert "  #desk        posted, sent " in why and "; a correction (now: Dismissal; no longer: Motion) sent " in why
    assert "  #dismissals  posted, a correction (now: Dismissal) sent " in why


def test_an_edit_back_and_forth_corrects_each_time_from_what_was_posted_last(tmp_path, monkeypatch, capsys,
                                                                           sqlite_url, httpserver):
    page = ChangingFeed(httpserver, texas_page(None), "/case.html")
    configure(tmp_path, monkeypatch, sqlite_url, id="tx", kind="texas_courts", url=page.url)
    run(capsys, "check")
    page.body = texas_page("Motion or Writ Granted")
    run(capsys, "check")
    page.body = texas_page("Motion or Writ Denied")
    run(capsys, "check")
    page.body = texas_page("Motion or Writ Granted")  # granted after all: a dismissal again, corrected once more
    corrections = posts_by_channel(run(capsys, "check"))
    assert set(corrections) == {"#desk", "#dismissals"}
    assert all(f'Was: "{DENIED}"\n' in post and "Corrected: Dismissal, Order: " in post
               for post in corrections.values())
    page.body = texas_page("Motion or Writ Denied")  # and denied again: a text posted before is posted once more
    corrections = posts_by_channel(run(capsys, "check"))
    assert set(corrections) == {"#desk", "#dismissals"}
    assert all(f'Was: "{GRANTED}" (no longer: Dismissal)' in post for post in corrections.values())
    listed = run(capsys, "entries", "--source", "tx", "--limit", "1")
    assert "#desk sent and 3 corrections sent, #dismissals sent and 3 corrections sent\n" in listed



def test_an_opposition_edited_into_a_dismissal_and_back_says_what_each_correction_did(tmp_path, monkeypatch, capsys,
                                                                                     sqlite_url, httpserver):
    """An entry the first poll recorded, then edited into a dismissal and back: no correction says a type was taken back
    that its channel does not follow (nor "other", which says only that no type was found), and `entries` and `why`
    say what each correction did."""
    feed = ChangingFeed(httpserver, pacer_feed(["Complaint", "Opposition to Motion to Dismiss"]))
    configure(tmp_path, monkeypatch, sqlite_url, id="caed", kind="pacer_rss", url=feed.url)
    run(capsys, "check")  # the first poll: recorded without a post
    feed.body = pacer_feed(["Complaint", "Notice of Voluntary Dismissal"])
    out = run(capsys, "check")
    assert "ok  0 new of 2, 1 edited  [dismissal 1]  queued 2 post(s)" in out
    posted = posts_by_channel(out)
    assert set(posted) == {"#desk", "#dismissals"}
    assert all('Was: "Opposition to Motion to Dismiss"\n' in post for post in posted.values())

    feed.body = pacer_feed(["Complaint", "Opposition to Motion to Dismiss"])
    out = run(capsys, "check")
    assert "1 edited (no longer: dismissal 1)" in out
    assert all('Was: "Notice of Voluntary Dismissal" (no longer: Dismissal)\n' in post
               for post in posts_by_channel(out).values())

    listed = run(capsys, "entries", "--source", "caed", "--limit", "1")
    assert listed.splitlines()[1].endswith("#desk: 2 corrections sent, #dismissals: 2 corrections sent")
    why = run(capsys, "why", "caed", "Opposition")
    assert "(recorded without a post: first poll; posted since)" in why
    dismissals = next(line for line in why.splitlines() if line.startswith("  #dismissals"))
    assert dismissals.startswith("  #dismissals  posted, a correction (now: Dismissal) sent ")
    assert "; a correction (no longer: Dismissal) sent " in dismissals
