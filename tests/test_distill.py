"""Distillation: the student is one layer shallower, agrees more with its teacher after training, keeps
fitting the gold on its gold steps, and saves as a loadable model that tags as it did."""

from pathlib import Path

import torch

from service.base_model import DEFAULT_BASE_DIR
from service.model import ModelConfig, load_base, load_model, pad_inputs
from training.config import GOLD_DIR, SEEDS_DIR, DistillArguments, DistillConfig, RunSettings, TrainConfig
from training.distill import _masked_mse, corpus_windows, distill, layer_to_drop, parse_command_line, without_layer
from training.gold import load_jsonl
from training.train import batch_loss, window_examples

GOLD_SEEDS = GOLD_DIR / "seeds.jsonl"


def gap(student, teacher, corpus) -> float:
    with torch.inference_mode():
        inputs = pad_inputs(corpus)
        return float(_masked_mse(student(*inputs)[0], teacher(*inputs)[0], inputs[1]))


def tags(model, corpus) -> torch.Tensor:
    """The model's tag for every real position of the windows (padding left out)."""
    with torch.inference_mode():
        inputs = pad_inputs(corpus)
        return model(*inputs)[1].argmax(-1)[inputs[1].bool()]


def tag_agreement(student, teacher, corpus) -> float:
    return float((tags(student, corpus) == tags(teacher, corpus)).float().mean())


def tag_divergence(student, teacher, corpus) -> float:
    """KL divergence of the student's tag distribution from the teacher's, per real position."""
    with torch.inference_mode():
        inputs = pad_inputs(corpus)
        mask = inputs[1].bool()
        return float(torch.nn.functional.kl_div(student(*inputs)[1][mask].log_softmax(-1), teacher(*inputs)[1][mask].log_softmax(-1),
                                                log_target=True, reduction="batchmean"))


def test_student_starts_from_the_least_needed_layer_and_learns_to_match_its_teacher(tmp_path: Path):
    gold = load_jsonl(GOLD_SEEDS)[0]
    corpus_dir = tmp_path / "corpus"
    (corpus_dir / "sub").mkdir(parents=True)
    (corpus_dir / "sub" / "report.txt").write_text((SEEDS_DIR / "004_68a3d04b2fc60ef8.txt").read_text(encoding="utf-8")[:3000],
                                                  encoding="utf-8")
    (corpus_dir / "gold-copy.txt").write_text("标题\n" + gold.text, encoding="utf-8")  # a gold text: left out
    torch.manual_seed(0)  # the teacher's heads are fresh: the same ones whatever ran before
    teacher = load_base(DEFAULT_BASE_DIR, ModelConfig(num_layers=2, max_chars=64)).eval()
    corpus = corpus_windows(corpus_dir, teacher.vocab, 64, exclude=[gold])
    assert len(corpus) == len(corpus_windows(corpus_dir / "sub", teacher.vocab, 64, exclude=[]))

    drop = layer_to_drop(teacher, corpus[:16])
    before = gap(without_layer(teacher, drop), teacher, corpus[:16])
    assert before <= gap(without_layer(teacher, 1 - drop), teacher, corpus[:16])

    # distillation steps only: the student moves towards its teacher on the windows it was distilled on
    # (both bounds hold with room to spare whatever the seed of the fresh heads, of those tried)
    student, stats = distill(teacher, [gold], corpus, DistillConfig(steps=12, batch_size=4, gold_every=13))
    assert stats["dropped_layer"] == drop and student.config.num_layers == 1 and teacher.config.num_layers == 2
    assert gap(student, teacher, corpus[:16]) < before
    start = without_layer(teacher, drop)
    assert tag_divergence(student, teacher, corpus) < 0.75 * tag_divergence(start, teacher, corpus)
    assert tag_agreement(student, teacher, corpus) > tag_agreement(start, teacher, corpus)

    student.save(tmp_path / "student", {"name": "student", "version": "test"})
    reloaded, _ = load_model(tmp_path / "student", DEFAULT_BASE_DIR)
    assert reloaded.config.num_layers == 1
    assert tag_agreement(reloaded, student, corpus) > 0.99  # saved in fp16: the same tags


def test_gold_steps_fit_the_student_to_the_gold(tmp_path: Path):
    """Every ``gold_every``-th step is a batch of gold windows with the training loss."""
    gold = load_jsonl(GOLD_SEEDS)[0]
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "report.txt").write_text((SEEDS_DIR / "004_68a3d04b2fc60ef8.txt").read_text(encoding="utf-8")[:1000],
                                           encoding="utf-8")
    torch.manual_seed(0)
    teacher = load_base(DEFAULT_BASE_DIR, ModelConfig(num_layers=2, max_chars=64)).eval()
    corpus = corpus_windows(corpus_dir, teacher.vocab, 64, exclude=[])
    windows = window_examples(gold, teacher.vocab, 64)
    student, stats = distill(teacher, [gold], corpus, DistillConfig(steps=3, batch_size=4, gold_every=1))
    assert stats["gold_windows"] == len(windows)

    def gold_loss(model) -> float:
        with torch.inference_mode():
            return float(batch_loss(model.eval(), windows, torch.device("cpu"), TrainConfig()))

    assert gold_loss(student) < gold_loss(without_layer(teacher, stats["dropped_layer"])) - 0.1


def test_the_distillation_flags_fill_the_config_dataclasses():
    config, settings, args = parse_command_line("--teacher t --out s --steps 60 --gold-every 2 --corpus c --metrics r.json "
                                                "--device cpu".split())
    assert config == DistillConfig(steps=60, gold_every=2)
    assert settings == RunSettings(device="cpu")
    assert args == DistillArguments(teacher=Path("t"), out=Path("s"), corpus=Path("c"), metrics=Path("r.json"))
