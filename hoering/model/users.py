"""Who may use a shared archive and what they may do."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """A user's role on a shared archive. Each role may do what the roles before it may."""

    READER = "læser"  # reads consultations, responses and notes
    CASEWORKER = "sagsbehandler"  # also corrects, comments, excludes, redacts
    APPROVER = "godkender"  # also approves the public note

    @property
    def da(self) -> str:
        return str(self.value)

    @property
    def may_edit(self) -> bool:
        return self in (Role.CASEWORKER, Role.APPROVER)

    @property
    def may_approve(self) -> bool:
        return self is Role.APPROVER


@dataclass(frozen=True, slots=True)
class User:
    """A person signed in to the review workspace (or named by the municipality's single
    sign-on); `name` is what the audit log records."""

    name: str
    role: Role

    @property
    def may_edit(self) -> bool:
        return self.role.may_edit

    @property
    def may_approve(self) -> bool:
        return self.role.may_approve
