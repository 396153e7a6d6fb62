"""The event types an entry can carry, as named in the config and in posts."""

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

DEFAULT_SUBSCRIBED_EVENTS: tuple[str, ...] = ("motion", "dismissal")
