"""The gold validator catches every class of contract violation, naming the document and offset;
the committed gold passes; the markup compiler refuses markup that changes the source text."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

import pytest

from training.build_gold import GOLD_FILES, compile_all
from service.schema import LABELS, RELATION, RELATIONS
from training.gold import (
    GoldError,
    anchor_ids,
    document_from_json,
    document_to_json,
    load_jsonl,
    read_exact,
    validate_document,
)
from training.markup import MarkupError, compile_markup
from training.markup import main as markup_main

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "annotations" / "gold"
SEEDS = ROOT / "seeds"
DOC_ID = "doc-under-test"


def make_record(text: str, spans: list[tuple[str, str]], relations=(), attributes=None) -> dict:
    """A doccano-style record. ``spans``: (label, surface), found left to right; ids are 1, 2, ...
    ``relations``: (from id, to id, type). Anchors get level/false unless ``attributes`` is given."""
    entities, cursor = [], 0
    for i, (label, surface) in enumerate(spans, 1):
        start = text.index(surface, cursor)
        entities.append({"id": i, "label": label, "start_offset": start, "end_offset": start + len(surface)})
        cursor = start + len(surface)
    record = {
        "id": DOC_ID,
        "text": text,
        "entities": entities,
        "relations": [{"id": i, "from_id": f, "to_id": t, "type": ty} for i, (f, t, ty) in enumerate(relations, 1)],
        "attributes": {},
    }
    if attributes is None:
        anchors = anchor_ids(document_from_json(record))
        attributes = {str(e["id"]): {"kind": "level", "target": False} for e in entities if e["id"] in anchors}
    record["attributes"] = attributes
    return record


# 2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。 (ANNOTATION.md, first worked example)
WORKED_TEXT = "2024年,全市空气质量优良天数比例91.8%,同比改善1.9个百分点。"
WORKED = make_record(
    WORKED_TEXT,
    [("TIME", "2024年"), ("IND", "空气质量优良天数比例"), ("VAL", "91.8"), ("UNIT", "%"), ("VAL", "1.9"), ("UNIT", "个百分点")],
    [(3, 2, "has_indicator"), (3, 4, "has_unit"), (3, 1, "has_time"), (5, 2, "has_indicator"), (5, 6, "has_unit"), (5, 1, "has_time")],
    {"3": {"kind": "level", "target": False}, "5": {"kind": "change", "target": False}},
)


def entity(record: dict, entity_id: int) -> dict:
    return next(e for e in record["entities"] if e["id"] == entity_id)


def assert_rejected(record: dict, offset, tmp_path: Path, fragment: str = "") -> None:
    """Both ``validate_document`` and ``load_jsonl`` reject the record with the document id and offset."""
    with pytest.raises(GoldError) as direct:
        validate_document(document_from_json(record))
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(GoldError) as loaded:
        load_jsonl(path)
    for message in (str(direct.value), str(loaded.value)):
        assert DOC_ID in message
        if offset is not None:
            assert f"offset {offset}" in message, message
        assert fragment in message, message


def test_worked_example_is_valid(tmp_path):
    validate_document(document_from_json(WORKED))
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(WORKED, ensure_ascii=False) + "\n", encoding="utf-8")
    [doc] = load_jsonl(path)
    assert document_to_json(doc) == WORKED


# ------------------------------------------------------------ spans


@pytest.mark.parametrize(
    ("entity_id", "start", "end"),
    [(6, 34, len(WORKED_TEXT) + 3), (1, -1, 5), (1, 0, 0), (4, 26, 25)],
    ids=["end-past-text", "negative-start", "empty", "reversed"],
)
def test_offsets_outside_the_text(entity_id, start, end, tmp_path):
    record = copy.deepcopy(WORKED)
    entity(record, entity_id).update(start_offset=start, end_offset=end)
    assert_rejected(record, start, tmp_path, "outside the text")


def test_overlapping_spans(tmp_path):
    record = copy.deepcopy(WORKED)
    entity(record, 2)["end_offset"] += 2  # IND runs into the VAL 91.8
    assert_rejected(record, entity(record, 3)["start_offset"], tmp_path, "overlaps")


def test_nested_span(tmp_path):
    record = copy.deepcopy(WORKED)
    start = WORKED_TEXT.index("质量")
    record["entities"].append({"id": 7, "label": "IND", "start_offset": start, "end_offset": start + 2})
    assert_rejected(record, start, tmp_path, "overlaps")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("截至 2024年底", " 2024年"),
        ("截至2024年 底", "2024年 "),
        ("截至\u30002024年", "\u30002024年"),
        ("全年,2024年", ",2024年"),
        ("截至2024年。", "2024年。"),
        ("（2024年）", "2024年）"),
        ("（2024年）", "（2024年"),
        ("《条例》实施", "《条例"),
        ("“无废城市”建设", "无废城市”"),
    ],
)
def test_whitespace_or_punctuation_at_an_edge(text, surface, tmp_path):
    record = make_record(text, [("TIME", surface)])
    assert_rejected(record, text.index(surface), tmp_path, "at its edge")


@pytest.mark.parametrize(
    ("text", "label", "surface"),
    [
        ("《条例》实施以来", "IND", "《条例》实施"),
        ("“无废城市”建设", "IND", "“无废城市”建设"),
        ("下降2%", "UNIT", "%"),
        ("下降2‰", "UNIT", "‰"),
        ("高温38℃", "UNIT", "℃"),
        ("比例5%—6%", "VAL", "5%—6"),
        ("２００３年", "TIME", "２００３年"),
    ],
)
def test_allowed_edges_and_inner_punctuation(text, label, surface):
    validate_document(document_from_json(make_record(text, [(label, surface)])))


@pytest.mark.parametrize("label", ["NUM", "val", "", "B-VAL"])
def test_unknown_label(label, tmp_path):
    record = copy.deepcopy(WORKED)
    entity(record, 1)["label"] = label
    assert_rejected(record, 0, tmp_path, "unknown label")


def test_entity_id_used_twice(tmp_path):
    record = copy.deepcopy(WORKED)
    entity(record, 6)["id"] = 4
    assert_rejected(record, None, tmp_path, "used twice")


# ------------------------------------------------------------ relations

# one span of each label, and a second one so that X -> X relations have two ends
TWO_OF_EACH_TEXT = "2024年查处案件795宗，上半年罚款金额12万元"
TWO_OF_EACH = [
    ("TIME", "2024年"), ("IND", "查处案件"), ("VAL", "795"), ("UNIT", "宗"),
    ("TIME", "上半年"), ("IND", "罚款金额"), ("VAL", "12万"), ("UNIT", "元"),
]
FIRST = {label: i for i, (label, _) in reversed(list(enumerate(TWO_OF_EACH, 1)))}
SECOND = {label: i for i, (label, _) in enumerate(TWO_OF_EACH, 1)}
ENDPOINTS = [(r.type, a, b) for r in RELATIONS for a in LABELS for b in LABELS]


@pytest.mark.parametrize(("rel", "from_label", "to_label"), ENDPOINTS, ids=[f"{a}-{r}-{b}" for r, a, b in ENDPOINTS])
def test_relation_endpoint_labels(rel, from_label, to_label, tmp_path):
    """has_indicator: VAL or UNIT -> IND; has_unit: VAL -> UNIT; has_time: VAL or UNIT -> TIME; nothing else."""
    source, target = FIRST[from_label], (SECOND if from_label == to_label else FIRST)[to_label]
    record = make_record(TWO_OF_EACH_TEXT, TWO_OF_EACH, [(source, target, rel)])
    allowed_from, required_to = RELATION[rel].anchor_labels, RELATION[rel].target_label
    if from_label in allowed_from and to_label == required_to:
        validate_document(document_from_json(record))
    else:
        assert_rejected(record, entity(record, source)["start_offset"], tmp_path, f"expected {'/'.join(allowed_from)} -> {required_to}")


def test_relation_table_is_the_contract():
    """ANNOTATION.md's relation table."""
    assert {r.type: (r.anchor_labels, r.target_label) for r in RELATIONS} == {
        "has_indicator": (("VAL", "UNIT"), "IND"),
        "has_unit": (("VAL",), "UNIT"),
        "has_time": (("VAL", "UNIT"), "TIME"),
    }


@pytest.mark.parametrize(("rel", "first", "second"), [("has_indicator", 2, 6), ("has_unit", 4, 8), ("has_time", 1, 5)])
def test_more_than_one_relation_of_a_type_from_one_anchor(rel, first, second, tmp_path):
    record = make_record(TWO_OF_EACH_TEXT, TWO_OF_EACH, [(3, first, rel), (3, second, rel)])
    assert_rejected(record, entity(record, 3)["start_offset"], tmp_path, f"more than one {rel}")


def test_several_anchors_may_share_an_indicator_and_a_time():
    validate_document(document_from_json(WORKED))  # 91.8 and 1.9 both -> the IND and the TIME


def test_masked_unit_anchor_may_carry_indicator_and_time():
    record = make_record("全年罚款金额同比下降%", [("TIME", "全年"), ("IND", "罚款金额"), ("UNIT", "%")], [(3, 2, "has_indicator"), (3, 1, "has_time")])
    assert set(record["attributes"]) == {"3"}
    validate_document(document_from_json(record))


def test_indicator_from_a_unit_that_belongs_to_a_value(tmp_path):
    record = make_record(TWO_OF_EACH_TEXT, TWO_OF_EACH, [(3, 4, "has_unit"), (4, 2, "has_indicator")])
    assert_rejected(record, entity(record, 4)["start_offset"], tmp_path, "link from the VAL")


def test_unknown_relation_type(tmp_path):
    record = copy.deepcopy(WORKED)
    record["relations"][0]["type"] = "has_value"
    assert_rejected(record, None, tmp_path, "unknown type 'has_value'")


def test_relation_endpoint_missing(tmp_path):
    record = copy.deepcopy(WORKED)
    record["relations"][0]["to_id"] = 99
    assert_rejected(record, None, tmp_path, "endpoint id missing")


# ------------------------------------------------------------ attributes


@pytest.mark.parametrize(
    "attrs",
    [
        {"kind": "growth", "target": False},
        {"kind": "Level", "target": False},
        {"kind": "level", "target": "true"},
        {"kind": "level", "target": 1},
        {"kind": "level"},
        {"target": False},
        {"kind": "level", "target": False, "confidence": 0.9},
        {},
    ],
)
def test_bad_attribute_values(attrs, tmp_path):
    record = copy.deepcopy(WORKED)
    record["attributes"]["5"] = attrs
    assert_rejected(record, entity(record, 5)["start_offset"], tmp_path, "bad attributes")


@pytest.mark.parametrize("entity_id", [2, 4, 1], ids=["IND", "UNIT-of-a-VAL", "TIME"])
def test_attributes_on_a_non_anchor(entity_id, tmp_path):
    record = copy.deepcopy(WORKED)
    record["attributes"][str(entity_id)] = {"kind": "level", "target": False}
    assert_rejected(record, entity(record, entity_id)["start_offset"], tmp_path, "not an anchor")


def test_attributes_on_an_unknown_id(tmp_path):
    record = copy.deepcopy(WORKED)
    record["attributes"]["99"] = {"kind": "level", "target": False}
    assert_rejected(record, None, tmp_path, "'99'")


def test_anchor_without_attributes(tmp_path):
    record = copy.deepcopy(WORKED)
    del record["attributes"]["5"]
    assert_rejected(record, entity(record, 5)["start_offset"], tmp_path, "has no attributes")


# ------------------------------------------------------------ files


def test_load_jsonl_rejects_a_line_that_is_not_json(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(WORKED, ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(GoldError, match=r"gold\.jsonl:2: not JSON"):
        load_jsonl(path)


def test_load_jsonl_rejects_a_malformed_record(tmp_path):
    record = copy.deepcopy(WORKED)
    del record["entities"][0]["end_offset"]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(GoldError, match=f"{DOC_ID}: malformed record"):
        load_jsonl(path)


def test_load_jsonl_rejects_a_repeated_document(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text((json.dumps(WORKED, ensure_ascii=False) + "\n") * 2, encoding="utf-8")
    with pytest.raises(GoldError, match=f"repeated.*{DOC_ID}"):
        load_jsonl(path)


@pytest.mark.parametrize("change", ["edit", "truncate", "extend"])
def test_seed_text_must_match_the_seed_file(change, tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    docs = load_jsonl(GOLD_DIR / "seeds.jsonl", seeds)  # the copies still match
    doc = docs[0]
    seed = seeds / f"{doc.id}.txt"
    if change == "edit":
        offset = 100
        replacement = "，" if doc.text[offset] != "，" else ","
        seed.write_text(doc.text[:offset] + replacement + doc.text[offset + 1 :], encoding="utf-8")
    elif change == "truncate":
        offset = len(doc.text) - 1
        seed.write_text(doc.text[:offset], encoding="utf-8")
    else:
        offset = len(doc.text)
        seed.write_text(doc.text + "\n", encoding="utf-8")
    with pytest.raises(GoldError) as err:
        load_jsonl(GOLD_DIR / "seeds.jsonl", seeds)
    assert str(err.value).startswith(f"{doc.id}: offset {offset}: text differs from")


def test_committed_gold_passes_the_check():
    """What ``python -m training.build_gold --check`` does: both files valid, seeds byte-equal, equal to the markup."""
    docs = [d for name in GOLD_FILES for d in load_jsonl(GOLD_DIR / name, SEEDS)]
    assert len(docs) >= 13
    for name, belongs in GOLD_FILES.items():
        assert all(belongs(d) for d in load_jsonl(GOLD_DIR / name))
    # the split follows the source: seeds/ -> seeds.jsonl, anything else (2026 reports, bulletins, a standard) -> corpus.jsonl
    assert {d.id for d in load_jsonl(GOLD_DIR / "seeds.jsonl")} == {p.stem for p in SEEDS.glob("*.txt")}
    sources = json.loads((ROOT / "annotations" / "sources.json").read_text(encoding="utf-8"))
    assert {d.id for d in load_jsonl(GOLD_DIR / "corpus.jsonl")} == {i for i, s in sources.items() if not s["path"].startswith("seeds/")}
    compiled = {d.id: d for d in compile_all({d.id: d.text for d in docs})}
    assert set(compiled) == {d.id for d in docs}
    for doc in docs:
        assert document_to_json(doc) == document_to_json(compiled[doc.id]), doc.id


# ------------------------------------------------------------ markup


def test_markup_compiles_the_worked_example():
    marked = (
        "[[2024年|TIME:t]],全市[[空气质量优良天数比例|IND:i]][[91.8|VAL ind=i unit=u1 time=t]][[%|UNIT:u1]],"
        "同比改善[[1.9|VAL ind=i unit=u2 time=t kind=change]][[个百分点|UNIT:u2]]。"
    )
    doc = compile_markup(DOC_ID, marked, WORKED_TEXT)
    assert document_to_json(doc) == WORKED


@pytest.mark.parametrize(
    ("marked", "offset"),
    [
        ("[[2024年|TIME]]，全市", 5),  # a comma changed inside the markup
        ("[[2024年|TIME]],全", 7),  # text dropped at the end
        ("[[2024年|TIME]],全市。", 8),  # text added
        ("[[2023年|TIME]],全市", 3),  # a span's surface changed
    ],
)
def test_markup_must_give_back_the_source_text(marked, offset):
    with pytest.raises(MarkupError, match=f"{DOC_ID}: text differs from the source at offset {offset}"):
        compile_markup(DOC_ID, marked, "2024年,全市")


def test_crlf_is_kept_in_text_and_offsets(tmp_path, capsys):
    """A CRLF source (city-hailar-2012) stays CRLF: the gold text is the source exactly, offsets count each \\r."""
    text = "各位代表：\r\n\u3000\u30002011年，完成198.5亿元。\r\n"
    marked = "各位代表：\r\n\u3000\u3000[[2011年|TIME:t]]，完成[[198.5亿|VAL unit=u time=t]][[元|UNIT:u]]。\r\n"
    for name, content in (("d.mk", marked), ("d.txt", text)):
        (tmp_path / name).write_bytes(content.encode("utf-8"))
    assert read_exact(tmp_path / "d.txt") == text
    assert markup_main([str(tmp_path / "d.mk"), str(tmp_path / "d.txt")]) == 0 and capsys.readouterr().out.startswith("OK d:")
    doc = compile_markup("d", read_exact(tmp_path / "d.mk"), read_exact(tmp_path / "d.txt"))
    assert doc.surface(doc.entities[0]) == "2011年" and doc.entities[0].start == text.index("2011")
    [hailar] = [d for d in load_jsonl(GOLD_DIR / "corpus.jsonl") if d.id == "city-hailar-2012"]
    assert "\r\n" in hailar.text


def test_markup_rejects_broken_brackets():
    with pytest.raises(MarkupError, match="malformed markup"):
        compile_markup(DOC_ID, "[[2024年|TIME],全市", "2024年],全市")


def test_non_integer_offsets_duplicate_relation_ids_and_non_dict_attributes_are_gold_errors():
    from training.gold import GoldDocument, GoldEntity, GoldError, GoldRelation, validate_document

    text = "全市查处案件795宗。"
    entities = [GoldEntity(1, "IND", 2, 6), GoldEntity(2, "VAL", 6, 9), GoldEntity(3, "UNIT", 9, 10)]
    relations = [GoldRelation(1, 2, 1, "has_indicator"), GoldRelation(2, 2, 3, "has_unit")]
    good = {"2": {"kind": "level", "target": False}}
    validate_document(GoldDocument("d", text, entities, relations, good))
    for doc, message in [
        (GoldDocument("d", text, [GoldEntity(1, "IND", "2", 6)] + entities[1:], relations, good), "must be integers"),
        (GoldDocument("d", text, entities, [relations[0], GoldRelation(1, 2, 3, "has_unit")], good), "relation id 1 used twice"),
        (GoldDocument("d", text, entities, relations, {"2": ["level", False]}), "bad attributes"),
    ]:
        with pytest.raises(GoldError, match=message):
            validate_document(doc)


PERIOD_TEXT = "2024年优良天数比例91.8%，年末建成站点12个"


def period_markup(first: str, second: str) -> str:
    return (f"[[2024年|TIME:t]][[优良天数比例|IND:i]][[91.8|VAL ind=i unit=u time=t {first}]][[%|UNIT:u]]，"
            f"年末建成[[站点|IND:j]][[12|VAL ind=j unit=v {second}]][[个|UNIT:v]]")


def test_a_period_is_first_and_last_day_or_null():
    doc = compile_markup("p", period_markup("period=2024-01-01..2024-12-31", "period=null"), PERIOD_TEXT)
    assert [a.get("period") for a in doc.attributes.values()] == [["2024-01-01", "2024-12-31"], None]
    assert document_from_json(document_to_json(doc)).attributes == doc.attributes


@pytest.mark.parametrize(("first", "second", "message"), [
    ("period=2024-12-31..2024-01-01", "period=null", "first day is after its last"),
    ("period=2024", "period=null", "need \\[first day, last day\\]"),
    ("period=2024-02-30..2024-03-01", "period=null", "day is out of range"),
    ("period=2024-01-01..2024-12-31", "", "has no period, others have"),
])
def test_bad_or_missing_periods_are_refused(first, second, message):
    with pytest.raises(GoldError, match=message):
        compile_markup("p", period_markup(first, second), PERIOD_TEXT)
