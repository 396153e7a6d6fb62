"""The event types an entry can carry, as named in the config and in posts.

`EVENT_TYPES` are what the text classifier (bot/pipeline/classify/) gives an entry; `PIPELINE_EVENTS` what the pipeline
itself adds, knowing more than the text: `new_case` is the filing that opens a case the source never saw before
(bot/pipeline/watch.py). A subscription or /docket follow may ask for any of `SUBSCRIBABLE_EVENTS`.
"""

EVENT_TYPES: tuple[str, ...] = (
    "motion",
    "dismissal",
    "order",
    "judgment",
    "hearing",
    "charge",
    "plea",
    "appearance",
    "other",
)

PIPELINE_EVENTS: tuple[str, ...] = ("new_case",)

SUBSCRIBABLE_EVENTS: tuple[str, ...] = EVENT_TYPES + PIPELINE_EVENTS

OTHER = "other"  # what the classifier gives an entry it finds no event type in

DEFAULT_SUBSCRIBED_EVENTS: tuple[str, ...] = ("motion", "dismissal")
