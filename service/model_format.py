"""What a trained model is, without torch: its settings, its character vocabulary, the names and
meaning of its weights, and how a model directory and the base encoder are read.

Two programs read a model: the torch ``MeasurementModel`` (``service.model``: training,
distillation, evaluation) and the serving runtime (``service.runtime``: ONNX Runtime and numpy).
Both read the weights through ``read_base`` and ``read_trained`` here, by the names of
``parameter_names``: the keys of ``weights.safetensors`` are the contract between them.
"""

from __future__ import annotations

import json
import os
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar, get_args

import numpy as np

from service.features import features_fingerprint
from service.schema import RELATION, RELATIONS, label_maps
from service.settings import Precision
from service.text import Window

DISTANCE_BUCKETS = (0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256)
WEIGHTS_FILE = "weights.safetensors"
CONFIG_FILE = "config.json"
PRECISIONS: tuple[Precision, ...] = get_args(Precision)


def distance_bucket(distance: int) -> int:
    """Signed, log-spaced bucket of a character distance (candidate start - anchor start)."""
    magnitude = bisect_left(DISTANCE_BUCKETS, abs(distance))  # the first edge >= |distance|
    return magnitude if distance >= 0 else len(DISTANCE_BUCKETS) + 1 + magnitude


N_DISTANCE = 2 * (len(DISTANCE_BUCKETS) + 1)

Located = TypeVar("Located")  # anything with .start and .end: a predicted Span, a gold entity


def candidate_pool(relation: str, candidates: Sequence[Located], window: Window,
                   sentence: tuple[int, int]) -> list[Located]:
    """What an anchor may link to by ``relation``, the same in training and serving: the spans of
    the relation's target label that lie whole in the anchor's window (all the model sees of the
    text), and in its sentence for a relation ``within_sentence``. ``candidates``: those spans in
    text order."""
    lo, hi = window.start, window.end
    if RELATION[relation].within_sentence:
        lo, hi = max(lo, sentence[0]), min(hi, sentence[1])
    first = bisect_left(candidates, lo, key=lambda c: c.start)
    last = bisect_left(candidates, hi, key=lambda c: c.start)
    return [c for c in candidates[first:last] if c.end <= hi]


class CharVocab:
    """One token per character: the id of the single-character piece of the XLM-R vocabulary."""

    def __init__(self, chars: list[str], normalization: dict[str, str]):
        # ids 0..3 are <s>, <pad>, </s>, <unk>; each character after that
        self.chars = chars
        self.normalization = normalization
        self.index = {c: i + 4 for i, c in enumerate(chars)}

    BOS, PAD, EOS, UNK = 0, 1, 2, 3

    @classmethod
    def from_pieces(cls, pieces: list[str], normalization: dict[str, str]) -> tuple["CharVocab", list[int]]:
        """Build the vocabulary and, for each of its ids, the row of the base vocabulary it reuses."""
        row_of: dict[str, int] = {}
        for piece_id, piece in enumerate(pieces[4:], 4):
            if len(piece) == 1:
                row_of[piece] = piece_id  # the in-word piece is what a character inside Chinese text gets
            elif len(piece) == 2 and piece[0] == "▁":
                row_of.setdefault(piece[1], piece_id)  # the word-initial piece only fills gaps
        chars = list(row_of)
        return cls(chars, normalization), [cls.BOS, cls.PAD, cls.EOS, cls.UNK] + [row_of[c] for c in chars]

    def encode(self, text: str) -> list[int]:
        ids = []
        for char in text:
            if char.isspace():
                char = " "
            normalized = self.normalization.get(char, char)
            key = "▁" if normalized == " " else normalized[:1]
            ids.append(self.index.get(key, self.index.get(char, self.UNK)))
        return ids


def window_inputs(vocab: CharVocab, text: str, rule_tags: list[int], char_classes: list[int],
                  start: int, end: int) -> tuple[list[int], list[int], list[int]]:
    """Model inputs of ``text[start:end]`` from the document's per-character rule tags and classes:
    token ids between <s> and </s>, and the tags and classes with 0 at those two marks."""
    ids = [CharVocab.BOS] + vocab.encode(text[start:end]) + [CharVocab.EOS]
    return ids, [0] + rule_tags[start:end] + [0], [0] + char_classes[start:end] + [0]


def pad_arrays(rows: list[tuple[list[int], list[int], list[int]]]) -> list[np.ndarray]:
    """Model inputs for windows given as (token ids, rule tags, character classes), each with <s> and
    </s> in place: ids, attention mask, rule tags and classes [B, T] (int64), padded to the longest row."""
    length = max(len(ids) for ids, _, _ in rows)
    ids = np.full((len(rows), length), CharVocab.PAD, dtype=np.int64)
    mask, rule_tags, classes = (np.zeros((len(rows), length), dtype=np.int64) for _ in range(3))
    for row, (row_ids, row_tags, row_classes) in enumerate(rows):
        n = len(row_ids)
        ids[row, :n] = row_ids
        mask[row, :n] = 1
        rule_tags[row, :n] = row_tags
        classes[row, :n] = row_classes
    return [ids, mask, rule_tags, classes]


@dataclass
class ModelConfig:
    # the help and aliases are the training scripts' flags (training/config.py)
    num_layers: int = field(default=6, metadata={"help": "encoder layers kept from the base model", "aliases": ["--layers"]})
    max_chars: int = field(default=126, metadata={"help": "characters per training window (plus <s> and </s>)"})
    pair_hidden: int = field(default=256, metadata={"help": "hidden width of the link scorer"})
    distance_dim: int = field(default=32, metadata={"help": "width of the signed distance-bucket embedding"})


@dataclass(frozen=True)
class BaseEncoder:
    """The shape of the pretrained encoder (``config.json`` of the base directory, as ``service.base_model`` writes it)."""
    hidden: int
    heads: int
    ffn: int
    layers: int
    eps: float
    config: dict  # the whole file, for transformers' BertConfig

    @classmethod
    def of(cls, config: dict) -> BaseEncoder:
        return cls(config["hidden_size"], config["num_attention_heads"], config["intermediate_size"],
                   config["num_hidden_layers"], config["layer_norm_eps"], config)

    @classmethod
    def read(cls, base_dir: Path) -> BaseEncoder:
        return cls.of(json.loads((Path(base_dir) / "config.json").read_text(encoding="utf-8")))


# An encoder layer's parameters, each a weight and a bias (BertModel's names, within encoder.encoder.layer.N)
LAYER_PARAMETERS = ("attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
                    "attention.output.LayerNorm", "intermediate.dense", "output.dense", "output.LayerNorm")
EMBEDDING_TABLES = ("word_embeddings", "position_embeddings", "token_type_embeddings")


def encoder_parameter_names(num_layers: int) -> list[str]:
    """The encoder's parameters in a model's state: the embeddings, then each layer's."""
    names = [f"encoder.embeddings.{table}.weight" for table in EMBEDDING_TABLES]
    names += ["encoder.embeddings.LayerNorm.weight", "encoder.embeddings.LayerNorm.bias"]
    return names + [f"encoder.encoder.layer.{layer}.{parameter}.{part}" for layer in range(num_layers)
                    for parameter in LAYER_PARAMETERS for part in ("weight", "bias")]


def parameter_names(config: ModelConfig) -> list[str]:
    """Every parameter of a model, by the name the torch model gives it and the saved weights keep."""
    heads = ["rule_tag.weight", "char_class.weight", "distance.weight"]
    heads += [f"{head}.{part}" for head in ("tagger", "kind", "target") for part in ("weight", "bias")]
    for relation in RELATIONS:  # the pair scorer is Linear, GELU, Linear: layers 0 and 2
        heads += [f"pair.{relation.type}.{layer}.{part}" for layer in (0, 2) for part in ("weight", "bias")]
        heads += [f"no_link.{relation.type}.{part}" for part in ("weight", "bias")]
    return encoder_parameter_names(config.num_layers) + heads


def _word_rows(path: Path, name: str, rows: list[int]) -> np.ndarray:
    """``rows`` of the table ``name`` of a safetensors file, read one by one: the base vocabulary's table
    is 250,037 rows (384 MB), of which the character vocabulary uses a tenth, spread over all of it (a
    memory map of it would count most of the file in the process's resident memory)."""
    with path.open("rb") as file:
        header_size = int.from_bytes(file.read(8), "little")
        entry = json.loads(file.read(header_size))[name]
        if entry["dtype"] != "F32":
            raise ValueError(f"{path}: {name} is {entry['dtype']}, not F32")
        start, width = 8 + header_size + entry["data_offsets"][0], entry["shape"][1]
        selected = np.empty((len(rows), width), dtype=np.float32)
        for i, row in enumerate(rows):
            selected[i] = np.frombuffer(os.pread(file.fileno(), 4 * width, start + 4 * width * row), dtype="<f4")
    return selected


def read_base(base_dir: Path, names: list[str]) -> tuple[CharVocab, dict[str, np.ndarray]]:
    """The character vocabulary and the pretrained encoder's parameters ``names`` (of
    ``encoder_parameter_names``), the word table cut to the vocabulary's rows."""
    from safetensors import safe_open

    base_dir = Path(base_dir)
    vocab_data = json.loads((base_dir / "vocab.json").read_text(encoding="utf-8"))
    vocab, rows = CharVocab.from_pieces(vocab_data["pieces"], vocab_data["normalization"])
    path = base_dir / "model.safetensors"
    word = "encoder.embeddings.word_embeddings.weight"
    state = {word: _word_rows(path, word.removeprefix("encoder."), rows)} if word in names else {}
    with safe_open(str(path), framework="numpy") as base:
        for name in names:
            if name != word:
                state[name] = base.get_tensor(name.removeprefix("encoder."))
    return vocab, state


def read_trained(model_dir: Path) -> tuple[dict, dict[str, np.ndarray]]:
    """A trained model directory's settings (config.json, its contract checked) and its fine-tuned
    weights in float32 (saved in float16, without the frozen embeddings, which come from the base)."""
    from safetensors.numpy import load_file

    model_dir = Path(model_dir)
    info = json.loads((model_dir / CONFIG_FILE).read_text(encoding="utf-8"))
    check_model_contract(info, model_dir)
    state = {name: value.astype(np.float32) for name, value in load_file(str(model_dir / WEIGHTS_FILE)).items()}
    expected = {n for n in parameter_names(ModelConfig(**info["model"])) if not n.startswith("encoder.embeddings.")}
    if set(state) != expected:
        raise ValueError(f"{model_dir}: weights do not fit the model: missing {sorted(expected - set(state))}, "
                         f"unexpected {sorted(set(state) - expected)}")
    return info, state


def resolve_precision(precision: str) -> str:
    """``auto`` is int8: the fastest, and cross-validated within a point of float32 (``reports/``)."""
    if precision == "auto":
        return "int8"
    if precision not in PRECISIONS:
        raise ValueError(f"unknown precision {precision!r}: choose auto, {', '.join(PRECISIONS)}")
    return precision


class ModelMismatch(RuntimeError):
    """A model directory was trained for another label set or other input features than this code's."""


def model_contract() -> dict:
    """What a trained model's weights mean, saved with it: its heads' label maps (the schema's) and
    the fingerprint of the input features it read (``service.features``)."""
    return {**label_maps(), "features": features_fingerprint()}


def check_model_contract(info: dict, model_dir: Path) -> None:
    """Refuse a model trained on other labels or other input features: its heads would be read
    wrongly, or it would see inputs it never learned."""
    for name, expected in model_contract().items():
        saved = info.get(name)
        if saved != expected:
            raise ModelMismatch(f"{model_dir}: the model's {name} are {saved}, this code's are {expected}; "
                                "retrain it (make train) or use the code it was trained with")
