"""The held-out report's counting, on a gold seed with the shipped model (the figures' mechanics,
not the model's quality: it trained on this document)."""

from __future__ import annotations

from collections import Counter

from training.gold import anchor_ids
from training.heldout import figures, measure
from training.train import load_gold


def test_genres_are_the_source_folders_unless_the_sources_name_one():
    genres = {d.id: d.genre for d in load_gold()}
    assert set(genres.values()) >= {"environment", "provincial-2026", "statistical", "city-pre2015", "national", "other"}
    assert genres["000_4c69f8e9b1c9a046"] == "environment" and genres["stat-hefei-2024"] == "statistical"


def test_counts_over_the_gold_anchors(extractor):
    doc = next(d for d in load_gold() if d.id.startswith("004"))
    counts = measure(extractor, doc)
    assert counts["n"] == len(anchor_ids(doc)) and counts["found"] <= counts["n"]
    assert counts["period_exact"] <= counts["period_last_year"] <= counts["found"]
    assert counts["found"] > 0.9 * counts["n"]  # the model has seen this document


def test_figures():
    counts = Counter(n=10, found=8, period_exact=6, period_last_year=7, target_hits=3, predicted_targets=4,
                     gold_targets=6, measurement_hits=5, measurements_predicted=10)
    assert figures(counts) == {"measurement_f1": 0.5, "measurements": 10, "anchors_found": 0.8, "period_exact": 0.6,
                               "period_last_year": 0.7, "target_f1": 0.6, "gold_targets": 6,
                               "predicted_targets": 4}
