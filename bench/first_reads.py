"""How the event model's POLICY was chosen: the rules' first reading of blind sets, and the model beside them.

Every blind set of labels was scored once by the classifier as it stood
before the set was read, then tuned on. That first reading is the only
honest measure of how the rules do on text they never saw, and it can be
replayed: for each set below, the classifier is checked out at the commit
before its labels came (a git worktree) and run on its texts with the table
and rules alone. Beside it, one logistic regression per type (the features
and training of bot/pipeline/classify/train.py) trained on the labelled
texts outside the frozen holdout except that set's dockets. Then, per type, each way the
model could overrule the rules (take a type away below a probability, add
one above a probability, only where the rules found nothing or anywhere) is
scored on all sets together, and, to see whether choosing among them holds
up, leave-one-set-out: the choice made on the other sets, scored on the one left out.
Last, the shipped POLICY (bot/pipeline/classify/model.py) with explain's
guards. The frozen holdout is never read.

    .venv/bin/python bench/first_reads.py    # scikit-learn (requirements-dev.txt), git history; a few minutes
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core.events import EVENT_TYPES
from bot.pipeline.classify import explain, model_may_add, model_text, records_only
from bot.pipeline.classify.model import HEADS, POLICY, Heads
from bot.pipeline.classify.train import LABELS, labelled_cases, train, training_cases

ROOT = Path(__file__).resolve().parent.parent
# The commit before each blind set's labels came, and the label files the set is in now (tests/fixtures/labels).
FIRST_READS: dict[str, tuple[str, ...]] = {
    "4d10dea": ("seen_scales2", "seen_district", "seen_acms", "seen_state", "seen_ca4", "seen_pacerlib"),  # holdout 4
    "d9d82df": ("seen_pacerlib2", "seen_docketanalyzer", "seen_freelaw", "seen_state2", "seen_appellate",
                "seen_bankruptcy", "seen_scales3"),  # holdout 5's read half
    "3e15784": ("seen_pacerlib3",),  # set 9 and later runs of the same dockets
    "c610c88": ("seen_freelaw2",),
    "529f0f8": ("seen_cookcounty", "seen_oscn", "seen_odyssey2", "seen_clemail"),  # holdout 6's read half
    "0e827af": ("seen_wcca", "seen_arkansas", "seen_noble", "seen_bbby", "seen_utah", "seen_oregon", "seen_txevict",
                "seen_california"),  # sets 14 and 15
    "7190425": ("seen_vermont", "seen_philadelphia"),  # set 16
    "688b7e0": ("seen_justia",),  # set 17's read half (its frozen half is in the holdout)
    "12008ed": ("seen_justia4",),  # set 20's read half
    "0ed802e": ("seen_declassifier",),  # set 21's read half
    "c4b227e": ("seen_airesearch",),  # set 23's read half
    "6228353": ("seen_airesearch2",),  # set 24's read half
    "03a20c9": ("seen_nebraska", "seen_vaill", "seen_tnmb", "seen_bbby2"),  # sets 25 and 26's read halves, set 27
    "7937556": ("seen_nebraska2", "seen_bbby3"),  # set 28's read half, set 29
    "9596e18": ("seen_alaska", "seen_hays"),  # set 30's read half
    "5d4c20a": ("seen_lasc2", "seen_state3"),  # set 32, all read
    "3d4fbda": ("seen_flprobate", "seen_bigcases"),  # set 33, all read
    "1efc4cd": ("seen_newcomer5",),  # set 34 (texts written fresh), all read
    "50dc7a5": ("seen_newcomer6",),  # set 35 (texts written fresh), all read
    "a0c4519": ("seen_newcomer7",),  # set 36 (texts written fresh), all read
    "b47addf": ("seen_newcomer8",),  # set 37 (texts written fresh, mostly look-alikes), all read
    "3a2d98a": ("seen_newcomer9",),  # set 38 (short event names written fresh), all read
    "251f0c9": ("seen_newcomer10",),  # set 39 (texts written fresh for other districts and state portals), all read
    "10f297e": ("seen_newcomer11",),  # set 40 (short descriptions, counsel, judgments written fresh), all read
    "d6e29bd": ("seen_newcomer12",),  # set 41 (older district dockets, state registers, RECAP criminal), all read
    "2156ca4": ("seen_newcomer13",),  # set 42 (short descriptions, dismissals, counsel, state civil registers), all read
    "0de182a": ("seen_newcomer14",),  # set 43 (short descriptions by circuit, older civil dockets, western registers), all read
    "73935fe": ("seen_newcomer15",),  # set 44 (dismissals, counsel, judgments, appellate dockets and their look-alikes), all read
    "79c9736": ("seen_newcomer16",),  # set 45 (older district dockets, short descriptions, state registers), all read
    "04684f9": ("seen_newcomer17",),  # set 46 (older district dockets, short descriptions, state registers), all read
    "46f17c5": ("seen_newcomer18",),  # set 47 (recent civil, bankruptcy and criminal dockets, more state registers), all read
    "1f4f64d": ("seen_newcomer19",),  # set 48 (short descriptions, older district dockets, western registers), all read
    "8d5ad81": ("seen_newcomer20",),  # set 49 (short descriptions, older district dockets, registers, hidden motions), all read
    "aad9c1b": ("seen_newcomer21",),  # set 50 (short descriptions, dismissals, counsel, older district motions), all read
    "4d7c98b": ("seen_newcomer22",),  # set 51 (bankruptcy, appellate, state criminal, district civil look-alikes), all read
    "cca78a0": ("seen_newcomer23",),  # set 52 (RECAP district texts, California registers, older district, state civil), all read
    "c5932ca": ("seen_newcomer24",),  # set 53 (RECAP district criminal and civil, bankruptcy look-alikes), all read
    "91ba65b": ("seen_newcomer25",),  # set 54 (short descriptions, Los Angeles summaries, state registers, older district), all read
    "54d8984": ("seen_newcomer26",),  # set 55 (RECAP district civil, criminal and bankruptcy, California registers, midwestern registers), all read
    "2dae9c1": ("seen_newcomer27",),  # set 56 (motions under other events, appearance and dismissal look-alikes, older district), all read
    "dab6b85": ("seen_federal57", "seen_state57"),  # set 57's read half (real federal and state dockets no other set drew from)
}
TYPES = [name for name in EVENT_TYPES if name != "other"]
# Run in the old checkout: its classify, without any model (the dismissal model's `dismissal_score`, the event
# model's `scores`), on each text of the label files named in argv.
_OLD_READER = """
import inspect, json, sys
from bot.pipeline.classify import classify
without_model = {name: None for name in ("dismissal_score", "scores") if name in inspect.signature(classify).parameters}
for name in sys.argv[1:]:
    for line in open(f"%s/{name}.jsonl", encoding="utf-8"):
        if line.strip():
            print(json.dumps(list(classify(json.loads(line)["text"], **without_model))))
"""


def first_reading(commit: str, files: tuple[str, ...]) -> list[dict]:
    """The cases of `files`, each with "rules": the types the classifier at `commit` gave it."""
    cases = [json.loads(line) for name in files for line in (LABELS / f"{name}.jsonl").open() if line.strip()]
    with tempfile.TemporaryDirectory() as where:
        checkout = Path(where) / commit
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(checkout), commit], check=True,
                       capture_output=True)
        try:
            said = subprocess.run([sys.executable, "-c", _OLD_READER % LABELS, *files], cwd=checkout,
                                  env={"PYTHONPATH": str(checkout), "PATH": "/usr/bin:/bin"},
                                  check=True, capture_output=True, text=True).stdout.splitlines()
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(checkout)], check=True)
    return [{**case, "rules": json.loads(line)} for case, line in zip(cases, said, strict=True)]


# The heads of the types the model has no say in, trained as the event model's own (model.HEADS[0]) are.
OTHER_HEADS = Heads(Path(), tuple(name for name in TYPES if name not in POLICY), ("word",), 5, False, None)


def with_probabilities(cases: list[dict], labelled: list[dict]) -> None:
    """Add to each case "p", per type the probability of heads trained as train.py trains them (model.HEADS) on
    `labelled` less the cases' dockets."""
    dockets, texts = {case["from"] for case in cases}, {case["text"] for case in cases}
    rest = [case for case in labelled if case["from"] not in dockets and case["text"] not in texts]
    for heads in (*HEADS, OTHER_HEADS):
        union, fitted = train(heads, training_cases(heads, rest))
        read = union.transform([model_text(case["text"]) for case in cases])
        for name, head in fitted.items():
            for case, p in zip(cases, head.predict_proba(read)[:, 1]):
                case.setdefault("p", {})[name] = float(p)


Counts = tuple[int, int, int]
Way = tuple[float, float | None, str]  # take away below, add above (None: never), add where: "nothing" or "anywhere"
WAYS: list[Way] = [(0.0, None, "nothing")] + [
    (veto, add, where) for veto, add, where in itertools.product((0.0, 0.02, 0.05, 0.1, 0.2), (0.5, 0.7, 0.9),
                                                                 ("nothing", "anywhere"))
]


def predicted(name: str, way: Way) -> Callable[[dict], bool]:
    veto, add, where = way

    def says(case: dict) -> bool:
        if name in case["rules"]:
            return case["p"][name] > veto
        return add is not None and (where == "anywhere" or case["rules"] == ["other"]) and case["p"][name] > add

    return says


def counts(cases: list[dict], name: str, says: Callable[[dict], bool]) -> Counts:
    tp = sum(name in case["events"] and says(case) for case in cases)
    fp = sum(name not in case["events"] and says(case) for case in cases)
    return tp, fp, sum(name in case["events"] for case in cases) - tp


def pr(c: Counts) -> tuple[float, float]:
    tp, fp, fn = c
    return tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0


def best_way(cases: list[dict], name: str) -> Way:
    """The way with the highest lowest of precision and recall on `cases` (then the highest F1)."""
    def key(way: Way) -> tuple[float, float]:
        p, r = pr(counts(cases, name, predicted(name, way)))
        return min(p, r), 2 * p * r / (p + r) if p + r else 0.0
    return max(WAYS, key=key)


def shipped(name: str, anywhere: bool = False) -> Callable[[dict], bool]:
    """The shipped POLICY for `name` with explain's guards (bot.pipeline.classify.model_may_add); not the vetoes,
    which would need the old checkout's reading of each event. `anywhere`: the same, but adding where the rules
    found other types too (only_to_other False)."""
    policies = {**POLICY, name: POLICY[name]._replace(only_to_other=False)} if anywhere else POLICY

    def says(case: dict) -> bool:
        if name in case["rules"]:
            return True
        asked = model_may_add(set(case["rules"]), case["record"], model_text(case["text"]), policies)
        return name in asked and case["p"][name] > POLICY[name].add_above

    return says


def main() -> int:
    labelled = labelled_cases()
    sets = {}
    for commit, files in FIRST_READS.items():
        sets[commit] = first_reading(commit, files)
        with_probabilities(sets[commit], labelled)
        for case in sets[commit]:
            case["record"] = records_only(explain(case["text"], None))
    everything = [case for cases in sets.values() for case in cases]
    print(f"{len(everything)} texts of {len(sets)} blind sets, each read by the classifier before it was tuned on them")
    print(f"{'type':<11}{'pos':>5}  {'rules':>11}  {'best way, all sets':>32}  {'leave-one-set-out':>17}  {'shipped':>11}")
    for name in TYPES:
        rules = pr(counts(everything, name, lambda case: name in case["rules"]))
        way = best_way(everything, name)
        best = pr(counts(everything, name, predicted(name, way)))
        outer = [0, 0, 0]
        for held in sets:
            chosen = best_way([case for commit, cases in sets.items() if commit != held for case in cases], name)
            outer = [a + b for a, b in zip(outer, counts(sets[held], name, predicted(name, chosen)))]
        loso, ship = pr((outer[0], outer[1], outer[2])), pr(counts(everything, name, shipped(name)))
        described = "rules alone" if way[1] is None else f"veto<{way[0]} add>{way[1]} {way[2]}"
        print(f"{name:<11}{sum(name in c['events'] for c in everything):>5}  {rules[0]:.3f}/{rules[1]:.3f}  "
              f"{described:>20} {best[0]:.3f}/{best[1]:.3f}  {loso[0]:>8.3f}/{loso[1]:.3f}  {ship[0]:.3f}/{ship[1]:.3f}")
    print("\nthe shipped guards, adding to texts in which the rules found other types too (P/R; shipped beside)")
    for name in POLICY:
        ship, anywhere = (pr(counts(everything, name, shipped(name, flag))) for flag in (False, True))
        print(f"  {name:<11}{anywhere[0]:.3f}/{anywhere[1]:.3f}  (shipped {ship[0]:.3f}/{ship[1]:.3f},"
              f" only_to_other={POLICY[name].only_to_other})")
    print("\nper set, the types the model may add to (P/R, rules alone -> shipped; positives)")
    for commit, cases in sets.items():
        cells = []
        for name in POLICY:
            rules, ship = (pr(counts(cases, name, says)) for says in (lambda case: name in case["rules"], shipped(name)))
            cells.append(f"{name} {rules[0]:.2f}/{rules[1]:.2f} -> {ship[0]:.2f}/{ship[1]:.2f} "
                         f"({sum(name in case['events'] for case in cases)})")
        print(f"  {commit} ({', '.join(FIRST_READS[commit])}; {len(cases)} texts)\n    " + "; ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
