"""Free copies from RECAP and first-page previews, on both databases: a post goes out, then CourtListener (a fake,
over real HTTP) is asked whether RECAP holds its document, the post gets a "Free copy (RECAP)" link (chat.update)
and a picture of the document's first page in its thread (files_upload_v2), all through the real slack-sdk to the
fake Slack; without a token, with CourtListener down, with `preview: false`, nothing is lost and the reason is said.
"""

from __future__ import annotations

import io
import struct
import zlib
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from bot.cli import main as cli
from bot.config import Subscription, load_config
from bot.core.entry import Entry
from bot.core.post import Item, Post, Queued
from bot.delivery.deliver import Deliverer
from bot.delivery.free_copies import NO_TOKEN, FreeCopyFinder
from bot.delivery.preview import PreviewError, first_page
from bot.pipeline.route import Classified, route
from bot.store import Harvest, Store
from bot.store.schema import outbox
from bot.web import status_page
from notifiers.apprise import AppriseNotifier
from notifiers.base import Notifiers
from notifiers.console import ConsoleNotifier
from notifiers.slack.notifier import SlackNotifier, build_client
from scrapers.http import Fetcher, FetchError
from scrapers.recap import BATCH, PacerDocument, RecapLookup, free_copies_from_json, pacer_document
from tests.fakes.courtlistener import FakeCourtListener
from tests.fakes.slack_api import FakeSlack, channel_id
from tests.support.feeds import FIXTURES, ChangingFeed
from tests.test_apprise import Webhook

T0 = datetime(2024, 4, 17, 21, 40, tzinfo=UTC)
ORDER_PDF = (Path(__file__).parent / "fixtures" / "free_copies" / "order.pdf").read_bytes()
# A real entry of the nysb feed among the fixtures (tests/fixtures/pacer_rss/nysb.xml): its document link says 1
# in the fourth digit, which CourtListener stores as 0.
DOCUMENT = "https://ecf.nysb.uscourts.gov/doc1/126124001111?caseid=330125&de_seq_num=377"
DOC_ID = "126024001111"
TOKEN = "cl-token"


def order_entry(key: str = "nysb:330125:377", url: str = DOCUMENT) -> Entry:
    return Entry(source_id="nysb", key=key, case_number="24-10992", case_name="Bellweather Textiles, Inc.",
                 court="nysb", text="Order Dismissing Case", url=url,
                 docket_url="https://ecf.nysb.uscourts.gov/cgi-bin/DktRpt.pl?330125", filed_at=T0, number="140")


def queue(store: Store, *posts: Post) -> None:
    queued = [Queued(post, "nysb:24-10992") for post in posts]
    entries = list({q.post.entry.key: q.post.entry for q in queued}.values())
    store.record_success("nysb", Harvest(new=entries, queued=queued, parsed=len(entries)), T0)


def fetcher() -> Fetcher:
    return Fetcher(attempts=1, per_host_interval=0, courtlistener_interval=0, connect_timeout=5, read_timeout=5)


@pytest.fixture
def courtlistener():
    with FakeCourtListener(token=TOKEN) as fake:
        yield fake


def slack_deliverer(store: Store, slack: FakeSlack, courtlistener: FakeCourtListener, token: str | None = TOKEN):
    notifiers = Notifiers(SlackNotifier(build_client(slack.token, slack.base_url)))
    deliverer = Deliverer(store, notifiers, per_channel_interval=0)
    environ = {"COURTLISTENER_TOKEN": token} if token else {}
    deliverer.free_copies = FreeCopyFinder(store, notifiers, environ, fetcher(), api=courtlistener.api)
    return deliverer


def context_text(message: dict) -> str:
    return message["blocks"][-1]["elements"][0]["text"]


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    return width, height


# --- reading PACER links and CourtListener's answer -------------------------------------------------------------


def test_a_pacer_document_link_gives_its_court_and_document_id_as_courtlistener_stores_it():
    assert pacer_document(DOCUMENT) == PacerDocument("nysb", DOC_ID)
    # an id's length varies by court and year, and a link need not name the case: D. Alaska's docket report of 2009
    # (tests/fixtures/html_docket/pacer_akd.html) links 10 digits, many courts 11
    assert pacer_document("https://ecf.akd.uscourts.gov/doc1/0231436526") == PacerDocument("akd", "0230436526")
    assert pacer_document("https://ecf.nmd.uscourts.gov/doc1/12914887062") == PacerDocument("nmd", "12904887062")
    # a court of appeals' CM/ECF (docs1), its fourth digit made 0 as for doc1
    assert pacer_document("https://ecf.ca11.uscourts.gov/docs1/011012658791") == PacerDocument("ca11", "011012658791")
    assert pacer_document("https://ecf.ca2.uscourts.gov/docs1/00219435629?uid=b775e9908ad79ce2") == PacerDocument(
        "ca2", "00209435629")
    assert pacer_document("https://ecf.nysb.uscourts.gov/doc1/126") is None  # too short to be a document id
    assert pacer_document("https://ecf.nysb.uscourts.gov/cgi-bin/DktRpt.pl?330125") is None  # the docket
    assert pacer_document("https://example.org/doc1/126124001111") is None  # not a court's CM/ECF


def test_a_recap_query_answer_gives_each_held_documents_free_copy():
    raw = (b'{"count": 2, "results": [{"id": 1, "pacer_doc_id": "126024001111", "filepath_local": '
           b'"recap/gov.uscourts.nysb.330125/gov.uscourts.nysb.330125.140.0.pdf"}, {"id": 2, "pacer_doc_id": '
           b'"126024002201", "filepath_local": "https://storage.courtlistener.com/recap/x.pdf"}, '
           b'{"id": 3, "pacer_doc_id": "126024002202", "filepath_local": ""}]}')
    assert free_copies_from_json(raw) == {
        "126024001111": "https://storage.courtlistener.com/recap/gov.uscourts.nysb.330125/gov.uscourts.nysb.330125.140.0.pdf",
        "126024002201": "https://storage.courtlistener.com/recap/x.pdf",
    }
    with pytest.raises(ValueError, match="no results"):
        free_copies_from_json(b'{"detail": "Invalid token."}')


def test_the_lookup_asks_once_per_court_and_batch_with_the_token(courtlistener):
    held = courtlistener.hold("nysb", DOC_ID, ORDER_PDF)
    lookup = RecapLookup(fetcher(), {"COURTLISTENER_TOKEN": TOKEN}, courtlistener.api)
    many = [PacerDocument("nysd", f"1270{n:08d}") for n in range(BATCH + 1)]
    answers = lookup.free_copies([PacerDocument("nysb", DOC_ID), PacerDocument("nysb", "126024002201"), *many])
    assert answers[PacerDocument("nysb", DOC_ID)] == held
    assert answers[PacerDocument("nysb", "126024002201")] is None
    assert [(court, len(ids)) for court, ids in courtlistener.queries] == [("nysb", 2), ("nysd", BATCH), ("nysd", 1)]


def test_a_refused_token_is_said_without_giving_it_away(courtlistener):
    lookup = RecapLookup(fetcher(), {"COURTLISTENER_TOKEN": "wrong-token"}, courtlistener.api)
    with pytest.raises(FetchError, match="HTTP 401: CourtListener refused the token in COURTLISTENER_TOKEN") as caught:
        lookup.free_copies([PacerDocument("nysb", DOC_ID)])
    assert "wrong-token" not in str(caught.value)


# --- the first page as a picture ---------------------------------------------------------------------------------


def test_the_first_page_of_a_court_pdf_is_a_grey_png_thumbnail():
    preview = first_page(ORDER_PDF)
    assert (preview.width, preview.height) == png_size(preview.png) == (400, 518)  # US Letter, 400 pixels wide
    assert preview.pages == 1 and preview.describe() == f"400×518 png, {len(preview.png):,} bytes"
    chunks = preview.png[33:]
    length = struct.unpack(">I", chunks[:4])[0]
    assert chunks[4:8] == b"IDAT"
    pixels = zlib.decompress(chunks[8 : 8 + length])
    assert len(pixels) == 518 * 401  # a filter byte and 400 grey bytes a row
    assert min(pixels[1:401]) == 255 and min(pixels) == 0  # a white margin at the top, black text below


@pytest.mark.parametrize(("content", "reason"), [
    (b"<html>Login required</html>", "not a PDF"),
    (ORDER_PDF[:300], "PDFium cannot open it"),
])
def test_what_is_no_readable_pdf_gets_a_reason(content, reason):
    with pytest.raises(PreviewError, match=reason):
        first_page(content)


# --- which posts may get a preview --------------------------------------------------------------------------------


def test_a_channel_gets_previews_unless_every_subscription_wanting_the_entry_turns_them_off():
    item = Classified(order_entry(), ("dismissal", "order"))
    subscriptions = [
        Subscription(channel="#quiet", events=["dismissal"], preview=False),
        Subscription(channel="#desk", events=["dismissal"], preview=False),
        Subscription(channel="#desk", events=["order"]),
        Subscription(channel="#pictures", events=["order"]),
    ]
    assert {q.post.channel: q.post.preview for q in route([item], subscriptions)} == {
        "#quiet": False, "#desk": True, "#pictures": True}


# --- after the post: the free copy and its preview ---------------------------------------------------------------


def test_a_post_gets_its_free_copy_linked_and_its_first_page_in_its_thread(store, slack, courtlistener):
    free_copy = courtlistener.hold("nysb", DOC_ID, ORDER_PDF, name="gov.uscourts.nysb.330125.140.0")
    queue(store, Post("#bankruptcy", order_entry(), ("dismissal", "order")))
    deliverer = slack_deliverer(store, slack, courtlistener)

    report = deliverer.deliver_due()

    assert report.sent == 1
    assert report.free.line() == "free copies: 1 found in RECAP and linked, 1 preview"
    [message] = slack.messages
    links = context_text(message).split(" · ")
    assert links[-3:] == [f"<{DOCUMENT.replace('&', '&amp;')}|Document>", f"<{free_copy}|Free copy (RECAP)>",
                          "<https://ecf.nysb.uscourts.gov/cgi-bin/DktRpt.pl?330125|Docket>"]
    assert [update["ts"] for update in slack.updates] == [message["ts"]]
    [picture] = slack.files
    assert (picture["channel"], picture["thread_ts"]) == (channel_id("#bankruptcy"), message["ts"])
    assert picture["filename"] == "24-10992-140-page1.png"
    assert picture["title"] == "First page: Order Dismissing Case: Bellweather Textiles, Inc. (24-10992, Bankr. S.D.N.Y.)"
    assert png_size(picture["content"]) == (400, 518)
    assert courtlistener.queries == [("nysb", [DOC_ID])]


def test_a_court_of_appeals_document_is_asked_of_recap_and_its_free_copy_linked(store, slack, courtlistener):
    document = "https://ecf.ca11.uscourts.gov/docs1/011012658791"
    free_copy = courtlistener.hold("ca11", "011012658791", ORDER_PDF)
    queue(store, Post("#appeals", replace(order_entry(url=document), court="ca11"), ("order",)))
    report = slack_deliverer(store, slack, courtlistener).deliver_due()
    assert report.free.line() == "free copies: 1 found in RECAP and linked, 1 preview"
    assert courtlistener.queries == [("ca11", ["011012658791"])]
    assert f"<{free_copy}|Free copy (RECAP)>" in context_text(slack.messages[0])


def test_a_document_is_asked_about_once(store, slack, courtlistener):
    queue(store, Post("#a", order_entry(), ("dismissal",)))
    deliverer = slack_deliverer(store, slack, courtlistener)
    assert deliverer.deliver_due().free.nothing == {"not in RECAP": 1}
    queue(store, Post("#b", order_entry("nysb:again"), ("dismissal",)))  # the same document, later, elsewhere
    assert deliverer.deliver_due().free.nothing == {"not in RECAP": 1}
    assert courtlistener.queries == [("nysb", [DOC_ID])]
    assert len(slack.messages) == 2 and slack.updates == [] and slack.files == []


def test_without_a_token_recap_is_not_asked_and_the_post_says_so_nowhere_but_is_sent(store, slack, courtlistener):
    courtlistener.hold("nysb", DOC_ID, ORDER_PDF)
    queue(store, Post("#a", order_entry(), ("dismissal",)))
    report = slack_deliverer(store, slack, courtlistener, token=None).deliver_due()
    assert report.sent == 1
    assert report.free.line() == (
        "free copies: nothing shown for 1 post: RECAP not asked: COURTLISTENER_TOKEN is not set (1)")
    assert courtlistener.queries == [] and slack.updates == []
    assert store.follow_up_note(1) == ("done", f"nothing shown: {NO_TOKEN}")
    assert "Free copy" not in context_text(slack.messages[0])


def test_courtlistener_down_loses_no_post_and_says_why(store, slack, courtlistener):
    courtlistener.hold("nysb", DOC_ID, ORDER_PDF)
    courtlistener.fail_next(1, status=503)
    queue(store, Post("#a", order_entry(), ("dismissal",)))
    report = slack_deliverer(store, slack, courtlistener).deliver_due()
    assert report.sent == 1 and len(slack.messages) == 1 and slack.updates == []
    [reason] = report.free.nothing
    assert reason.startswith("RECAP not asked: CourtListener failed (HTTP 503")
    assert store.known_free_copies([PacerDocument("nysb", DOC_ID)]) == {}  # not kept: asked again for a later post


def test_preview_false_links_the_free_copy_without_a_picture(store, slack, courtlistener):
    free_copy = courtlistener.hold("nysb", DOC_ID, ORDER_PDF)
    queue(store, Post("#a", order_entry(), ("dismissal",), preview=False))
    report = slack_deliverer(store, slack, courtlistener).deliver_due()
    assert (report.free.linked, report.free.previews) == (1, 0)
    assert f"<{free_copy}|Free copy (RECAP)>" in context_text(slack.messages[0])
    assert slack.files == [] and courtlistener.downloads == []
    assert store.follow_up_note(1) == ("done", "free copy linked; no preview: preview: false")


def test_a_free_copy_that_is_no_pdf_is_linked_and_its_preview_failure_said(store, slack, courtlistener):
    courtlistener.hold("nysb", DOC_ID, b"<html>Not a PDF</html>")
    queue(store, Post("#a", order_entry(), ("dismissal",)))
    report = slack_deliverer(store, slack, courtlistener).deliver_due()
    assert (report.free.linked, report.free.previews) == (1, 0)
    state, note = store.follow_up_note(1)
    assert note == "free copy linked; no preview: preview failed: not a PDF (it does not begin with %PDF-)"


def test_slack_refusing_the_picture_keeps_the_link_and_holds_nothing(store, slack, courtlistener):
    courtlistener.hold("nysb", DOC_ID, ORDER_PDF)
    slack.methods["files.getUploadURLExternal"] = lambda params: {"ok": False, "error": "missing_scope"}
    queue(store, Post("#a", order_entry("k1"), ("dismissal",)))
    deliverer = slack_deliverer(store, slack, courtlistener)
    report = deliverer.deliver_due()
    assert (report.free.linked, report.free.previews) == (1, 0) and slack.files == []
    assert store.follow_up_note(1) == (
        "done", "free copy linked; no preview: Slack did not take the preview in #a: missing_scope (HTTP 200)")
    assert store.holds() == []
    queue(store, Post("#a", order_entry("k2", url=""), ("order",)))  # later posts go out as ever
    assert deliverer.deliver_due().sent == 1


def test_a_public_pdf_gets_a_preview_and_the_console_says_what_it_is(store, courtlistener):
    pdf_url = courtlistener.hold("nm_d101", "order", ORDER_PDF)  # any server's PDF that needs no login
    entry = Entry(source_id="county", key="7", case_number="D-101-CR-2024-00013", case_name="State v. Baldwin",
                  court="nm_d101", text="Order of dismissal", url=pdf_url, filed_at=T0, number="7")
    store.record_success("county", Harvest(new=[entry], queued=[Queued(Post("#rust", entry, ("dismissal",)), "t")],
                                           parsed=1), T0)
    printed = io.StringIO()
    notifiers = Notifiers(ConsoleNotifier(printed))
    deliverer = Deliverer(store, notifiers, per_channel_interval=0)
    deliverer.free_copies = FreeCopyFinder(store, notifiers, {}, fetcher(), api=courtlistener.api)
    report = deliverer.deliver_due()
    assert (report.sent, report.free.previews, report.free.linked) == (1, 1, 0)
    heading, shown = printed.getvalue().split("── #rust · follow-up to the post of ")[1].splitlines()[:2]
    assert heading.endswith(" UTC: Order of dismissal: State v. Baldwin (D-101-CR-2024-00013, N.M. Dist. Ct., "
                            "Santa Fe County)")
    assert shown == f"preview: 400×518 png, {len(first_page(ORDER_PDF).png):,} bytes"
    assert store.follow_up_note(1) == ("done", f"preview shown ({first_page(ORDER_PDF).describe()})")
    assert courtlistener.queries == []  # not a PACER document: RECAP is not asked


def console_deliverer(store: Store, courtlistener: FakeCourtListener) -> Deliverer:
    notifiers = Notifiers(ConsoleNotifier(io.StringIO()))
    deliverer = Deliverer(store, notifiers, per_channel_interval=0)
    deliverer.free_copies = FreeCopyFinder(store, notifiers, {}, fetcher(), api=courtlistener.api)
    return deliverer


def test_a_document_link_neither_pacers_nor_a_pdf_gets_nothing_and_no_request(store, courtlistener):
    entry = Entry(source_id="county", key="8", case_number="D-101-CR-2024-00013", case_name="State v. Baldwin",
                  court="nm_d101", text="Motion to dismiss", url=courtlistener.root + "case/7", filed_at=T0)
    store.record_success("county", Harvest(new=[entry], queued=[Queued(Post("#rust", entry, ("motion",)), "t")],
                                           parsed=1), T0)
    assert console_deliverer(store, courtlistener).deliver_due().free.nothing == {
        "the document link is not PACER's and names no PDF": 1}
    assert courtlistener.downloads == []


def test_a_post_without_a_document_of_its_own_is_counted_once_saying_why(store, slack, courtlistener):
    other = order_entry("nysb:330125:380", url="https://ecf.nysb.uscourts.gov/doc1/126124001120")
    burst = Post("#a", order_entry(), ("dismissal", "order"),
                 folded=(Item(order_entry(), ("dismissal", "order")), Item(other, ("order",))))
    minute_entry = Post("#a", order_entry("nysb:330125:381", url=""), ("order",))
    docket_link = order_entry("nysb:330125:382", url="https://ecf.nysb.uscourts.gov/cgi-bin/DktRpt.pl?330125")
    queue(store, burst, minute_entry, Post("#a", docket_link, ("order",)))
    report = slack_deliverer(store, slack, courtlistener).deliver_due()
    assert report.sent == 3
    assert report.free.line() == ("free copies: nothing shown for 3 posts: no document link (2); "
                                  "several filings in one post (1)")
    assert [store.follow_up_note(n) for n in (1, 2, 3)] == [
        ("done", "nothing shown: several filings in one post"), ("done", "nothing shown: no document link"),
        ("done", "nothing shown: no document link")]
    assert courtlistener.queries == [] and slack.updates == []


def test_a_news_story_has_no_document_to_look_up_and_is_left_out_unless_it_links_a_pdf(store, courtlistener):
    story = Entry(source_id="guardian", key="s1", case_number="", case_name="", court="The Guardian",
                  text="Prosecutors drop charges against Trump aide — The case was dismissed without prejudice.",
                  url="https://www.theguardian.com/us-news/2018/feb/01/prosecutors-drop-charges-trump-aide",
                  docket_url="https://www.theguardian.com/us", filed_at=T0)
    ruling = replace(story, key="s2", url=courtlistener.hold("guardian", "ruling", ORDER_PDF))  # the ruling itself
    queued = [Queued(Post(channel, entry, ("dismissal",)), entry.key)
              for entry in (story, ruling) for channel in ("#desk", "#dismissals")]
    store.record_success("guardian", Harvest(new=[story, ruling], queued=queued, parsed=2), T0)
    report = console_deliverer(store, courtlistener).deliver_due()
    assert report.sent == 4
    assert report.free.line() == "free copies: 2 previews"  # the stories without a document are in no count
    assert [store.follow_up_note(n)[0] for n in (1, 2, 3, 4)] == [None, None, "done", "done"]
    assert courtlistener.queries == []


def test_a_run_takes_every_due_follow_up_in_batches_each_counted_once(store, slack, courtlistener):
    courtlistener.hold("nysb", DOC_ID, ORDER_PDF)
    queue(store, *[Post(f"#c{n}", order_entry(), ("dismissal",), preview=False) for n in range(25)])
    report = slack_deliverer(store, slack, courtlistener).deliver_due()
    assert report.sent == 25
    assert report.free.line() == "free copies: 25 found in RECAP and linked"  # a run's batch is 20
    assert len(slack.updates) == 25 and courtlistener.queries == [("nysb", [DOC_ID])]  # the answer kept: asked once


def test_follow_ups_past_the_runs_budget_wait_for_the_next_run(store, slack, courtlistener):
    courtlistener.hold("nysb", DOC_ID, ORDER_PDF)
    queue(store, Post("#a", order_entry(), ("dismissal",)))
    deliverer = slack_deliverer(store, slack, courtlistener)
    assert deliverer.free_copies is not None
    deliverer.free_copies.budget = -1  # out of time before the first follow-up
    report = deliverer.deliver_due()
    assert report.sent == 1 and slack.updates == []
    assert report.free.line() == "free copies: 1 post left for the next run"
    assert store.follow_up_note(1) == ("due", None)
    deliverer.free_copies.budget = 30
    later = deliverer.deliver_due()
    assert later.free.line() == "free copies: 1 found in RECAP and linked, 1 preview"
    report.add(later)  # a command's runs told as one: the post counted once, as linked
    assert report.free.line() == "free copies: 1 found in RECAP and linked, 1 preview"


def test_a_post_sent_through_another_processs_notifier_is_left_to_it(store, slack, courtlistener):
    courtlistener.hold("nysb", DOC_ID, ORDER_PDF)
    queue(store, Post("#a", order_entry(), ("dismissal",)))
    worker = slack_deliverer(store, slack, courtlistener)
    assert worker.free_copies is not None
    worker.free_copies.budget = -1  # the worker posted; its follow-up is still due when...
    assert worker.deliver_due().sent == 1
    shell = console_deliverer(store, courtlistener)  # ...a check runs in a shell without the Slack token
    assert shell.deliver_due().free.line() == ""  # not this process's to follow up, nor to count
    assert store.follow_up_note(1) == ("due", None) and courtlistener.queries == []
    worker.free_copies.budget = 30
    assert worker.deliver_due().free.line() == "free copies: 1 found in RECAP and linked, 1 preview"


def test_a_post_queued_before_previews_existed_may_have_one(store):
    queue(store, Post("#a", order_entry(), ("dismissal",), preview=False))
    with store.engine.begin() as conn:  # a row written before revision 0009: no preview column value
        conn.execute(outbox.update().values(preview=None))
    [row] = store.pending_outbox()
    assert row.post is not None and row.post.preview is True


def test_an_apprise_post_gets_no_follow_up_and_costs_no_question(store, courtlistener, httpserver):
    courtlistener.hold("nysb", DOC_ID, ORDER_PDF)
    webhook = Webhook(httpserver)
    [destination] = {Subscription(target=f"apprise:{webhook.url}").channel}
    queue(store, Post(destination, order_entry(), ("dismissal",)))
    notifiers = Notifiers(ConsoleNotifier(io.StringIO()), {"apprise": AppriseNotifier({destination: webhook.url})})
    deliverer = Deliverer(store, notifiers, per_channel_interval=0)
    deliverer.free_copies = FreeCopyFinder(store, notifiers, {"COURTLISTENER_TOKEN": TOKEN}, fetcher(),
                                           api=courtlistener.api)
    report = deliverer.deliver_due()
    assert report.sent == 1 and len(webhook.bodies) == 1
    assert report.free.line() == ""  # Apprise cannot add to a message it sent: nothing is looked for
    assert store.follow_up_note(1) == (None, None) and courtlistener.queries == []


def test_the_status_page_says_what_followed_each_post(store, slack, courtlistener, tmp_path):
    courtlistener.hold("nysb", DOC_ID, ORDER_PDF)
    queue(store, Post("#a", order_entry(), ("dismissal",)))
    slack_deliverer(store, slack, courtlistener).deliver_due()
    config = tmp_path / "sources.yaml"
    config.write_text("sources:\n  - id: nysb\n    kind: pacer_rss\n    url: https://ecf.nysb.uscourts.gov/feed\n")
    html = BeautifulSoup(status_page.render(load_config(str(config)), store, datetime.now(UTC), {}), "html.parser")
    [note] = html.select("#posts .follow-up")
    assert note.get_text() == "free copy linked; preview shown (400×518 png, 9,619 bytes)"


# --- what `check` says followed its posts ------------------------------------------------------------------------

AKD_ROWS = """\
<tr><td width='94' valign=top nowrap>02/03/2009</td><td style='white-space:nowrap' valign='top' align='right'><a href="https://ecf.akd.uscourts.gov/doc1/0231439999">7</a>&nbsp;</td><td valign=top>NOTICE of Voluntary Dismissal without prejudice by West American Insurance Company (Jamieson, Brewster) (Entered: 02/03/2009)</td></tr>
<tr><td width='94' valign=top nowrap>02/05/2009</td><td style='white-space:nowrap' valign='top' align='right'><a href="https://ecf.akd.uscourts.gov/doc1/0230440001">8</a>&nbsp;</td><td valign=top>ORDER granting 7 Notice of Voluntary Dismissal; the case is dismissed without prejudice (Entered: 02/05/2009)</td></tr>
<tr><td width='94' valign=top nowrap>02/05/2009</td><td style='white-space:nowrap' valign='top' align='right'>9&nbsp;</td><td valign=top>JUDGMENT: the case is dismissed without prejudice (Entered: 02/05/2009)</td></tr>
"""
STORY = """\
    <item>
      <title>Prosecutors drop charges against Trump aide in memo case</title>
      <link>https://www.theguardian.com/us-news/2018/feb/01/prosecutors-drop-charges-trump-aide</link>
      <description>&lt;p&gt;The case was dismissed without prejudice on Thursday, a court filing shows.&lt;/p&gt;</description>
      <pubDate>Thu, 01 Feb 2018 15:00:00 GMT</pubDate>
    </item>
"""


def test_check_counts_each_post_about_a_filing_once_and_leaves_news_out(tmp_path, httpserver, monkeypatch,
                                                                        sqlite_url, courtlistener, capsys):
    """D. Alaska's docket report (real, of 2009: 10-digit doc1 links without caseid) gets three new entries, one held
    in RECAP, one not, one without a document; a news feed gets a story. Each posts to two channels."""
    akd = (FIXTURES / "html_docket" / "pacer_akd.html").read_text()
    guardian = (FIXTURES / "news_rss" / "rss-parser_guardian.rss").read_text()
    docket = ChangingFeed(httpserver, akd.encode(), "/akd.html")
    news = ChangingFeed(httpserver, guardian.encode(), "/guardian.rss")
    config = tmp_path / "sources.yaml"
    config.write_text(f"""\
http: {{per_host_interval: 0s, attempts: 1}}
slack: {{post_interval: 0s}}
sources:
  - {{id: akd-docket, kind: html_docket, preset: pacer_docket, url: "{docket.url}"}}
  - {{id: guardian, kind: news_rss, url: "{news.url}", keywords: [Trump]}}
subscriptions:
  - {{channel: "#desk", events: [all]}}
  - {{channel: "#dismissals", events: [dismissal]}}
""")
    monkeypatch.delenv("SLACK_BOT_TOKEN", raising=False)
    for name, value in {"DOCKETBOT_CONFIG": str(config), "DATABASE_URL": sqlite_url, "COURTLISTENER_TOKEN": TOKEN,
                        "COURTLISTENER_API_URL": courtlistener.api}.items():
        monkeypatch.setenv(name, value)
    assert cli(["check"]) == 0  # the baseline
    courtlistener.hold("akd", "0230439999", ORDER_PDF)  # the notice, whose link says 1 in the fourth digit
    docket.body = akd.replace("</table><br>\n<HR>", AKD_ROWS + "</table><br>\n<HR>").encode()
    news.body = guardian.replace("    <item>", STORY + "    <item>", 1).encode()
    capsys.readouterr()

    assert cli(["check"]) == 0

    out = capsys.readouterr().out.splitlines()
    assert "delivered 8, waiting to retry 0, held 0, failed for good 0" in out
    [line] = [line for line in out if line.startswith("free copies: ")]
    shown, nothing = line.removeprefix("free copies: ").split("; nothing shown for ", 1)
    assert shown == "2 found in RECAP and linked, 2 previews"
    count, reasons = nothing.split(" posts: ")
    assert count == "4" and sorted(reasons.split("; ")) == ["no document link (2)", "not in RECAP (2)"]
    assert courtlistener.queries == [("akd", ["0230439999", "0230440001"])]
