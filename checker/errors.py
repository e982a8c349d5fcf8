"""User-facing errors. Each carries a location; the CLI prints it and exits 2."""
from __future__ import annotations

from .model import Location


class UserError(Exception):
    """A problem with the user's input, configuration or invocation (exit code 2)."""

    def __init__(self, message: str, location: Location | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.location = location

    def __str__(self) -> str:
        if self.location is not None:
            return f"{self.location}: {self.message}"
        return self.message


class ValidationFailed(UserError):
    """Several located problems found while validating one file."""

    def __init__(self, problems: list[UserError]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
