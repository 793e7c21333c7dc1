"""Roles and the permission table: the single place that says who may do what.

The separation between roles is enforced by the application (services check
`require()` before they act); the vault as a whole is protected by
cryptography. See DESIGN.md §4.
"""

from __future__ import annotations

from enum import StrEnum

from calqi_desktop.domain.errors import InvalidRoleError, PermissionDeniedError


class Role(StrEnum):
    """A staff member's role. The value is what the vault stores."""

    BEHEERDER = "beheerder"
    ACCOUNTANT = "accountant"
    ASSISTENT = "assistent"
    PRIVACY_OFFICER = "privacy-officer"

    @property
    def label_nl(self) -> str:
        return _ROLE_LABELS_NL[self]

    @property
    def label_en(self) -> str:
        return _ROLE_LABELS_EN[self]

    def label(self, language: str = "nl") -> str:
        """The label in 'nl' (default) or 'en'."""
        return self.label_en if language == "en" else self.label_nl

    @classmethod
    def parse(cls, text: str) -> Role:
        """Accept 'beheerder', 'privacy officer', 'privacy-officer', 'FG' and the like."""
        key = text.strip().casefold().replace("_", "-").replace(" ", "-")
        aliases = {"admin": "beheerder", "fg": "privacy-officer", "privacyofficer": "privacy-officer"}
        key = aliases.get(key, key)
        for role in cls:
            if role.value == key:
                return role
        raise InvalidRoleError()


_ROLE_LABELS_NL = {
    Role.BEHEERDER: "Beheerder",
    Role.ACCOUNTANT: "Accountant",
    Role.ASSISTENT: "Assistent",
    Role.PRIVACY_OFFICER: "Privacy officer",
}

_ROLE_LABELS_EN = {
    Role.BEHEERDER: "Administrator",
    Role.ACCOUNTANT: "Accountant",
    Role.ASSISTENT: "Assistant",
    Role.PRIVACY_OFFICER: "Privacy officer",
}


class Permission(StrEnum):
    """Something a staff member may do. The value names it in audit events."""

    MANAGE_STAFF = "manage-staff"
    VIEW_AUDIT = "view-audit"
    EXPORT_AUDIT = "export-audit"
    CHECK_VAULT = "check-vault"
    BACKUP_VAULT = "backup-vault"
    MANAGE_SETTINGS = "manage-settings"
    VIEW_DOSSIERS = "view-dossiers"
    EDIT_DOSSIERS = "edit-dossiers"
    VIEW_SPECIAL_DATA = "view-special-data"
    IMPORT_CLIENTS = "import-clients"
    MANAGE_CONSENT = "manage-consent"
    MANAGE_AUTHORISATIONS = "manage-authorisations"
    RECORD_DISCLOSURES = "record-disclosures"
    HANDLE_REQUESTS = "handle-requests"
    ERASE_CLIENTS = "erase-clients"
    MANAGE_BREACHES = "manage-breaches"
    MANAGE_REGISTERS = "manage-registers"
    EXPORT_DATA = "export-data"


_P = Permission

#: Who may do what. Nothing else in the program decides this.
PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.BEHEERDER: frozenset(Permission),
    Role.ACCOUNTANT: frozenset(
        {
            _P.VIEW_DOSSIERS,
            _P.EDIT_DOSSIERS,
            _P.VIEW_SPECIAL_DATA,
            _P.IMPORT_CLIENTS,
            _P.MANAGE_CONSENT,
            _P.MANAGE_AUTHORISATIONS,
            _P.RECORD_DISCLOSURES,
            _P.HANDLE_REQUESTS,
            _P.EXPORT_DATA,
            _P.BACKUP_VAULT,
        }
    ),
    Role.ASSISTENT: frozenset(
        {
            _P.VIEW_DOSSIERS,
            _P.EDIT_DOSSIERS,
            _P.MANAGE_CONSENT,
        }
    ),
    Role.PRIVACY_OFFICER: frozenset(
        {
            _P.VIEW_AUDIT,
            _P.EXPORT_AUDIT,
            _P.CHECK_VAULT,
            _P.VIEW_DOSSIERS,
            _P.VIEW_SPECIAL_DATA,
            _P.HANDLE_REQUESTS,
            _P.ERASE_CLIENTS,
            _P.MANAGE_CONSENT,
            _P.MANAGE_BREACHES,
            _P.MANAGE_REGISTERS,
            _P.EXPORT_DATA,
        }
    ),
}


def may(role: Role, permission: Permission) -> bool:
    """True when `role` may do `permission`."""
    return permission in PERMISSIONS[role]


def require(role: Role, permission: Permission) -> None:
    """Raise `PermissionDeniedError` unless `role` may do `permission`."""
    if not may(role, permission):
        raise PermissionDeniedError(permission.value)
