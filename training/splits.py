"""Document-level k-fold splits shared by training and evaluation.

Folds are made of whole documents (never sentences), assigned by a stable hash
of the document id, so a document is always held out as a whole and the same
folds come back on every machine.
"""

from __future__ import annotations

import hashlib


def kfold(doc_ids: list[str], k: int) -> list[tuple[list[str], list[str]]]:
    """(train ids, test ids) for each fold; every id is tested exactly once. Ids are spread
    round-robin in hash order, so no fold is empty while there are at least k documents."""
    if k < 2:
        raise ValueError(f"k-fold split needs k >= 2, got {k}")
    if len(set(doc_ids)) != len(doc_ids):
        raise ValueError("k-fold split got a document id twice")
    if len(doc_ids) < k:
        raise ValueError(f"{k}-fold split needs at least {k} documents, got {len(doc_ids)}")
    ordered = sorted(doc_ids, key=lambda d: hashlib.sha256(d.encode("utf-8")).hexdigest())
    folds = [ordered[i::k] for i in range(k)]
    return [([d for d in doc_ids if d not in test], [d for d in doc_ids if d in test]) for test in folds]


def leave_one_group_out(groups: dict[str, str]) -> list[tuple[list[str], list[str]]]:
    """(train ids, test ids) for each group of ``groups`` (document id -> group), in the groups'
    name order: the group's documents are the test, all others the training."""
    if len(set(groups.values())) < 2:
        raise ValueError("leaving a group out needs at least two groups")
    return [([d for d, g in groups.items() if g != held], [d for d, g in groups.items() if g == held])
            for held in sorted(set(groups.values()))]
