"""Errors a user can act on.

Every failure drafter reports is a ``DrafterError``; the CLI prints its message on one line of
stderr and exits with its ``exit_code``. Nothing else is expected to escape to the user.

    DrafterError
     ├── InputError          a page, profile, context or draft file cannot be used (exit 2)
     ├── ConfigError         a setting, tone or template is wrong (exit 2)
     └── ModelError          a model call failed after retries (exit 3)
          ├── AuthError           the server rejected the key (401/403)
          ├── QuotaError          the account is out of quota or billing failed
          ├── ServerUnreachable   connection refused, DNS failure, or timeouts to the end
          ├── ContextTooLong      the prompt does not fit the model's context
          ├── BadResponse         the server answered with something that is not a completion
          └── LocalModelMissing   the embedded model or its extra is not installed
"""

from __future__ import annotations


class DrafterError(Exception):
    exit_code = 1


class InputError(DrafterError):
    """Raised when a file given by the user is missing, unreadable or has no usable content."""

    exit_code = 2


class ConfigError(DrafterError):
    """Raised when a setting, tone, template or prompts directory is wrong."""

    exit_code = 2


class ModelError(DrafterError):
    """Raised when a model call fails for good; carries the attempt count and last status."""

    exit_code = 3

    def __init__(self, message: str, *, attempts: int = 1, status: int | None = None) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.status = status


class AuthError(ModelError):
    """Raised on 401/403: the key is missing, wrong or not allowed."""


class QuotaError(ModelError):
    """Raised on 429 with a billing code such as ``insufficient_quota``: retrying cannot help."""


class ServerUnreachable(ModelError):
    """Raised when the server cannot be reached or keeps timing out."""


class ContextTooLong(ModelError):
    """Raised when the prompt is longer than the model's context window."""


class BadResponse(ModelError):
    """Raised when the server's answer is not a usable completion (bad JSON, no choices)."""


class LocalModelMissing(ModelError):
    """Raised when the embedded backend is chosen but xllamacpp or the GGUF is missing."""
