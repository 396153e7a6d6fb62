"""An ops notice as a value: what it is about, what the problem is, since when, and what a person can do.

The bot's own steps (source health, delivery holds, config reloads) say what happened in these fields, in plain
words; each notifier renders them its own way (notifiers/slack/render.py, notifiers/plain.py). The outbox keeps
a notice as JSON (`to_json`, `from_json`).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

# What kind of news a notice is: a problem (FAILING, STALE, HELD, REFUSED), the end of one (RESOLVED), or a
# note (NOTE: a notice queued before notices were values, its text kept as it was).
FAILING = "failing"
STALE = "stale"
HELD = "held"
REFUSED = "refused"
RESOLVED = "resolved"
NOTE = "note"
KINDS = (FAILING, STALE, HELD, REFUSED, RESOLVED, NOTE)

# What `source` names, said before it: a source of the config, a destination posts go to, the config file.
SOURCE = "Source"
POSTS_TO = "Posts to"
CONFIG_FILE = "Config file"


@dataclass(frozen=True)
class Notice:
    """One ops notice. `about` (SOURCE, POSTS_TO, CONFIG_FILE, or "") and `source` name what it is about
    (`Source nmd`); `problem` goes on from there in words ("is failing: 3 polls in a row"); `since` is when the
    problem began (UTC; for RESOLVED, when the one now over began); `todo` is what a person can do ("" when
    nothing); `detail` is text quoted as it is (the last error, a refused config file's errors); `happened` is when
    what it says happened (UTC), given only when it goes out late (the deliverer sets it: bot/delivery/deliver.py
    LATE), so that the reader is not left to take the time it arrives for the time of the event."""

    kind: str
    about: str
    source: str
    problem: str
    since: datetime | None = None
    todo: str = ""
    detail: str = ""
    happened: datetime | None = None

    def to_json(self) -> dict:
        """A JSON object of the fields, `since` and `happened` as ISO 8601."""
        fields = asdict(self)
        fields["since"] = self.since.isoformat() if self.since else None
        fields["happened"] = self.happened.isoformat() if self.happened else None
        return fields

    @classmethod
    def from_json(cls, data: dict) -> Notice:
        """The notice `to_json` made; KeyError or ValueError for anything else."""
        since = datetime.fromisoformat(data["since"]) if data.get("since") else None
        happened = datetime.fromisoformat(data["happened"]) if data.get("happened") else None
        return cls(data["kind"], data["about"], data["source"], data["problem"], since, data.get("todo", ""),
                   data.get("detail", ""), happened)
