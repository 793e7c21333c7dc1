"""The audit trail's vocabulary and its hash chain.

An audit event records when (UTC), who (staff id), what (an `AuditAction`),
which client (id), on whose request, and a few details — only ids and field
names, never personal data values. Each event's hash covers its content and
the previous event's hash, so removing or editing any event breaks the chain
from that point on. `verify_chain` names the first broken link.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class AuditAction(StrEnum):
    """What happened. The value is stored; labels are for screens."""

    VAULT_CREATED = "vault.created"
    SIGN_IN = "auth.sign-in"
    SIGN_IN_FAILED = "auth.sign-in-failed"
    SIGN_IN_RECOVERY = "auth.sign-in-recovery"
    UNLOCK = "auth.unlock"
    LOCK = "auth.lock"
    SIGN_OUT = "auth.sign-out"
    USER_ADDED = "staff.added"
    USER_PASSWORD_CHANGED = "staff.password-changed"
    USER_PASSWORD_RESET = "staff.password-reset"
    USER_ROLE_CHANGED = "staff.role-changed"
    USER_DEACTIVATED = "staff.deactivated"
    KEY_ROTATION_STARTED = "vault.key-rotation-started"
    KEY_ROTATED = "vault.key-rotated"
    MIGRATED = "vault.migrated"
    BACKUP_MADE = "vault.backup"
    CHECKED = "vault.checked"
    AUDIT_VERIFIED = "audit.verified"
    AUDIT_EXPORTED = "audit.exported"
    RECOVERY_CODE_RENEWED = "vault.recovery-code-renewed"
    KEYSLOTS_REPAIRED = "vault.keyslots-repaired"
    DEMO_DATA_CREATED = "vault.demo-data"
    SMOKE_TEST_RECORD = "vault.smoke-test"
    SETTINGS_CHANGED = "settings.changed"
    CLIENT_CREATED = "client.created"
    CLIENT_CHANGED = "client.changed"
    DOSSIER_OPENED = "client.opened"
    SPECIAL_FIELD_REVEALED = "client.special-revealed"
    SPECIAL_FIELD_COPIED = "client.special-copied"
    LEGAL_BASIS_RECORDED = "client.basis-recorded"
    CLIENT_FOUND_BY_BSN = "client.found-by-bsn"
    DOCUMENT_ADDED = "document.added"
    DOCUMENT_VIEWED = "document.viewed"
    DOCUMENT_SAVED_AS = "document.saved-as"
    DOCUMENT_REMOVED = "document.removed"
    CLIENTS_IMPORTED = "client.imported"
    CLIENTS_IMPORT_PREVIEWED = "client.import-previewed"
    CONSENT_GIVEN = "consent.given"
    CONSENT_WITHDRAWN = "consent.withdrawn"
    CONSENT_PURPOSE_SAVED = "consent.purpose-saved"
    STATEMENT_VERSION_ADDED = "statement.version-added"
    STATEMENT_VERSION_VIEWED = "statement.version-viewed"
    CLIENT_INFORMED = "statement.client-informed"
    AUTHORISATION_ADDED = "authorisation.added"
    AUTHORISATION_CHANGED = "authorisation.changed"
    AUTHORISATION_ACTIVATED = "authorisation.activated"
    AUTHORISATION_REVOKED = "authorisation.revoked"
    DISCLOSURE_RECORDED = "disclosure.recorded"
    DISCLOSURE_REFUSED = "disclosure.refused"
    DOCUMENT_PRINTED = "export.pdf"
    REQUEST_RECEIVED = "request.received"
    REQUEST_OPENED = "request.opened"
    REQUEST_CHANGED = "request.changed"
    REQUEST_LINKED = "request.linked"
    REQUEST_DOCUMENT_ADDED = "request.document-added"
    REQUEST_DOCUMENT_VIEWED = "request.document-viewed"
    IDENTITY_VERIFIED = "request.identity-verified"
    IDENTITY_FAILED = "request.identity-failed"
    REQUEST_EXTENDED = "request.extended"
    REQUEST_CLOSED = "request.closed"
    RESTRICTION_SET = "client.restriction-set"
    RESTRICTION_LIFTED = "client.restriction-lifted"
    ERASURE_PREVIEWED = "client.erasure-previewed"
    CLIENT_ANONYMISED = "client.anonymised"
    DATA_EXPORTED = "export.portability"

    @property
    def label_nl(self) -> str:
        return _LABELS_NL.get(self, self.value)

    @property
    def label_en(self) -> str:
        return _LABELS_EN.get(self, self.value)

    def label(self, language: str = "nl") -> str:
        """The label in 'nl' (default) or 'en'."""
        return self.label_en if language == "en" else self.label_nl


_LABELS_NL = {
    AuditAction.VAULT_CREATED: "Kluis aangemaakt",
    AuditAction.SIGN_IN: "Aangemeld",
    AuditAction.SIGN_IN_FAILED: "Mislukte aanmelding",
    AuditAction.SIGN_IN_RECOVERY: "Aangemeld met herstelcode",
    AuditAction.UNLOCK: "Ontgrendeld",
    AuditAction.LOCK: "Vergrendeld",
    AuditAction.SIGN_OUT: "Afgemeld",
    AuditAction.USER_ADDED: "Medewerker toegevoegd",
    AuditAction.USER_PASSWORD_CHANGED: "Eigen wachtwoord gewijzigd",
    AuditAction.USER_PASSWORD_RESET: "Wachtwoord opnieuw ingesteld door beheerder",
    AuditAction.USER_ROLE_CHANGED: "Rol gewijzigd",
    AuditAction.USER_DEACTIVATED: "Medewerker gedeactiveerd",
    AuditAction.KEY_ROTATION_STARTED: "Sleutelwissel gestart",
    AuditAction.KEY_ROTATED: "Hoofdsleutel vervangen",
    AuditAction.MIGRATED: "Kluis bijgewerkt naar nieuwe versie",
    AuditAction.BACKUP_MADE: "Back-up gemaakt",
    AuditAction.CHECKED: "Kluis gecontroleerd",
    AuditAction.AUDIT_VERIFIED: "Audittrail gecontroleerd",
    AuditAction.AUDIT_EXPORTED: "Audittrail geëxporteerd",
    AuditAction.RECOVERY_CODE_RENEWED: "Herstelcode vernieuwd",
    AuditAction.KEYSLOTS_REPAIRED: "Onafgemaakte sleutelwijziging opgeruimd",
    AuditAction.DEMO_DATA_CREATED: "Demogegevens aangemaakt",
    AuditAction.SMOKE_TEST_RECORD: "Zelftest",
    AuditAction.SETTINGS_CHANGED: "Instellingen gewijzigd",
    AuditAction.CLIENT_CREATED: "Dossier aangemaakt",
    AuditAction.CLIENT_CHANGED: "Dossier gewijzigd",
    AuditAction.DOSSIER_OPENED: "Dossier geopend",
    AuditAction.SPECIAL_FIELD_REVEALED: "Bijzonder gegeven getoond",
    AuditAction.SPECIAL_FIELD_COPIED: "Bijzonder gegeven gekopieerd",
    AuditAction.LEGAL_BASIS_RECORDED: "Grondslag vastgelegd",
    AuditAction.CLIENT_FOUND_BY_BSN: "Dossier gezocht op BSN",
    AuditAction.DOCUMENT_ADDED: "Document toegevoegd",
    AuditAction.DOCUMENT_VIEWED: "Document bekeken",
    AuditAction.DOCUMENT_SAVED_AS: "Document opgeslagen als bestand",
    AuditAction.DOCUMENT_REMOVED: "Document verwijderd",
    AuditAction.CLIENTS_IMPORTED: "Klanten geïmporteerd",
    AuditAction.CLIENTS_IMPORT_PREVIEWED: "Import gecontroleerd tegen de kluis",
    AuditAction.CONSENT_GIVEN: "Toestemming vastgelegd",
    AuditAction.CONSENT_WITHDRAWN: "Toestemming ingetrokken",
    AuditAction.CONSENT_PURPOSE_SAVED: "Doel voor toestemming opgeslagen",
    AuditAction.STATEMENT_VERSION_ADDED: "Versie privacyverklaring vastgelegd",
    AuditAction.STATEMENT_VERSION_VIEWED: "Privacyverklaring bekeken",
    AuditAction.CLIENT_INFORMED: "Klant geïnformeerd over privacyverklaring",
    AuditAction.AUTHORISATION_ADDED: "Machtiging vastgelegd",
    AuditAction.AUTHORISATION_CHANGED: "Machtiging gewijzigd",
    AuditAction.AUTHORISATION_ACTIVATED: "VIA-machtiging geactiveerd",
    AuditAction.AUTHORISATION_REVOKED: "Machtiging ingetrokken",
    AuditAction.DISCLOSURE_RECORDED: "Verstrekking vastgelegd",
    AuditAction.DISCLOSURE_REFUSED: "Verstrekking geweigerd",
    AuditAction.DOCUMENT_PRINTED: "PDF gemaakt",
    AuditAction.REQUEST_RECEIVED: "AVG-verzoek ingeboekt",
    AuditAction.REQUEST_OPENED: "AVG-verzoek geopend",
    AuditAction.REQUEST_CHANGED: "AVG-verzoek gewijzigd",
    AuditAction.REQUEST_LINKED: "AVG-verzoek aan dossier gekoppeld",
    AuditAction.REQUEST_DOCUMENT_ADDED: "Stuk bij AVG-verzoek toegevoegd",
    AuditAction.REQUEST_DOCUMENT_VIEWED: "Stuk bij AVG-verzoek bekeken",
    AuditAction.IDENTITY_VERIFIED: "Identiteit verzoeker vastgesteld",
    AuditAction.IDENTITY_FAILED: "Identiteit verzoeker niet vastgesteld",
    AuditAction.REQUEST_EXTENDED: "Termijn AVG-verzoek verlengd",
    AuditAction.REQUEST_CLOSED: "AVG-verzoek afgehandeld",
    AuditAction.RESTRICTION_SET: "Verwerking beperkt",
    AuditAction.RESTRICTION_LIFTED: "Beperking opgeheven",
    AuditAction.ERASURE_PREVIEWED: "Overzicht wissing bekeken",
    AuditAction.CLIENT_ANONYMISED: "Dossier gewist (geanonimiseerd)",
    AuditAction.DATA_EXPORTED: "Gegevensexport (overdraagbaarheid) gemaakt",
}

_LABELS_EN = {
    AuditAction.VAULT_CREATED: "Vault created",
    AuditAction.SIGN_IN: "Signed in",
    AuditAction.SIGN_IN_FAILED: "Failed sign-in",
    AuditAction.SIGN_IN_RECOVERY: "Signed in with recovery code",
    AuditAction.UNLOCK: "Unlocked",
    AuditAction.LOCK: "Locked",
    AuditAction.SIGN_OUT: "Signed out",
    AuditAction.USER_ADDED: "Staff member added",
    AuditAction.USER_PASSWORD_CHANGED: "Own password changed",
    AuditAction.USER_PASSWORD_RESET: "Password reset by administrator",
    AuditAction.USER_ROLE_CHANGED: "Role changed",
    AuditAction.USER_DEACTIVATED: "Staff member deactivated",
    AuditAction.KEY_ROTATION_STARTED: "Key rotation started",
    AuditAction.KEY_ROTATED: "Master key replaced",
    AuditAction.MIGRATED: "Vault updated to a new version",
    AuditAction.BACKUP_MADE: "Backup made",
    AuditAction.CHECKED: "Vault checked",
    AuditAction.AUDIT_VERIFIED: "Audit trail verified",
    AuditAction.AUDIT_EXPORTED: "Audit trail exported",
    AuditAction.RECOVERY_CODE_RENEWED: "Recovery code renewed",
    AuditAction.KEYSLOTS_REPAIRED: "Unfinished key change cleaned up",
    AuditAction.DEMO_DATA_CREATED: "Demo data created",
    AuditAction.SMOKE_TEST_RECORD: "Self-test",
    AuditAction.SETTINGS_CHANGED: "Settings changed",
    AuditAction.CLIENT_CREATED: "Dossier created",
    AuditAction.CLIENT_CHANGED: "Dossier changed",
    AuditAction.DOSSIER_OPENED: "Dossier opened",
    AuditAction.SPECIAL_FIELD_REVEALED: "Special data revealed",
    AuditAction.SPECIAL_FIELD_COPIED: "Special data copied",
    AuditAction.LEGAL_BASIS_RECORDED: "Legal basis recorded",
    AuditAction.CLIENT_FOUND_BY_BSN: "Dossier searched by BSN",
    AuditAction.DOCUMENT_ADDED: "Document added",
    AuditAction.DOCUMENT_VIEWED: "Document viewed",
    AuditAction.DOCUMENT_SAVED_AS: "Document saved as a file",
    AuditAction.DOCUMENT_REMOVED: "Document removed",
    AuditAction.CLIENTS_IMPORTED: "Clients imported",
    AuditAction.CLIENTS_IMPORT_PREVIEWED: "Import checked against the vault",
    AuditAction.CONSENT_GIVEN: "Consent recorded",
    AuditAction.CONSENT_WITHDRAWN: "Consent withdrawn",
    AuditAction.CONSENT_PURPOSE_SAVED: "Consent purpose saved",
    AuditAction.STATEMENT_VERSION_ADDED: "Privacy statement version recorded",
    AuditAction.STATEMENT_VERSION_VIEWED: "Privacy statement viewed",
    AuditAction.CLIENT_INFORMED: "Client informed of privacy statement",
    AuditAction.AUTHORISATION_ADDED: "Authorisation recorded",
    AuditAction.AUTHORISATION_CHANGED: "Authorisation changed",
    AuditAction.AUTHORISATION_ACTIVATED: "VIA authorisation activated",
    AuditAction.AUTHORISATION_REVOKED: "Authorisation revoked",
    AuditAction.DISCLOSURE_RECORDED: "Disclosure recorded",
    AuditAction.DISCLOSURE_REFUSED: "Disclosure refused",
    AuditAction.DOCUMENT_PRINTED: "PDF made",
    AuditAction.REQUEST_RECEIVED: "Data-subject request received",
    AuditAction.REQUEST_OPENED: "Data-subject request opened",
    AuditAction.REQUEST_CHANGED: "Data-subject request changed",
    AuditAction.REQUEST_LINKED: "Data-subject request linked to dossier",
    AuditAction.REQUEST_DOCUMENT_ADDED: "Document added to data-subject request",
    AuditAction.REQUEST_DOCUMENT_VIEWED: "Document of data-subject request viewed",
    AuditAction.IDENTITY_VERIFIED: "Requester's identity verified",
    AuditAction.IDENTITY_FAILED: "Requester's identity not verified",
    AuditAction.REQUEST_EXTENDED: "Data-subject request term extended",
    AuditAction.REQUEST_CLOSED: "Data-subject request closed",
    AuditAction.RESTRICTION_SET: "Processing restricted",
    AuditAction.RESTRICTION_LIFTED: "Restriction lifted",
    AuditAction.ERASURE_PREVIEWED: "Erasure overview viewed",
    AuditAction.CLIENT_ANONYMISED: "Dossier erased (anonymised)",
    AuditAction.DATA_EXPORTED: "Portability export made",
}


@dataclass(frozen=True)
class AuditRecord:
    """One event as it takes part in the chain."""

    seq: int
    occurred_at: str  # ISO 8601 UTC, e.g. 2026-11-24T20:05:47.123456Z
    actor_id: int | None
    action: str
    client_id: int | None = None
    target_user_id: int | None = None
    on_request_of: str | None = None
    details: Mapping[str, Any] = field(default_factory=dict)
    prev_hash: str = ""
    hash: str = ""


def genesis_hash(vault_id: str) -> str:
    """The 'previous hash' of the first event: ties the chain to one vault."""
    return hashlib.sha256(f"calqi-audit-v1:{vault_id}".encode()).hexdigest()


def event_hash(record: AuditRecord) -> str:
    """SHA-256 over the canonical JSON of the event's content and `prev_hash`."""
    content = [
        record.seq,
        record.occurred_at,
        record.actor_id,
        record.action,
        record.client_id,
        record.target_user_id,
        record.on_request_of,
        dict(record.details),
        record.prev_hash,
    ]
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return hashlib.sha256(canonical.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class ChainCheckpoint:
    """The chain head as remembered outside the database."""

    seq: int
    hash: str


@dataclass(frozen=True)
class ChainVerdict:
    """The outcome of `verify_chain`, with a Dutch sentence for people."""

    sound: bool
    events_checked: int
    first_broken_seq: int | None
    explanation_nl: str
    explanation_en: str


def verify_chain(
    records: Iterable[AuditRecord], vault_id: str, checkpoint: ChainCheckpoint | None
) -> ChainVerdict:
    """Walk the chain in order; stop at the first broken link."""
    expected_prev = genesis_hash(vault_id)
    expected_seq = 1
    seen_at_checkpoint: str | None = None
    count = 0
    for record in records:
        if record.seq != expected_seq:
            return _broken(
                count,
                expected_seq,
                f"gebeurtenis {expected_seq} ontbreekt (volgende gevonden: {record.seq})",
                f"event {expected_seq} is missing (next found: {record.seq})",
            )
        if record.prev_hash != expected_prev:
            return _broken(
                count,
                record.seq,
                f"gebeurtenis {record.seq} sluit niet aan op de vorige",
                f"event {record.seq} does not link to the previous one",
            )
        if event_hash(record) != record.hash:
            return _broken(
                count,
                record.seq,
                f"gebeurtenis {record.seq} is gewijzigd na het vastleggen",
                f"event {record.seq} was changed after it was recorded",
            )
        if checkpoint is not None and record.seq == checkpoint.seq:
            seen_at_checkpoint = record.hash
        expected_prev = record.hash
        expected_seq += 1
        count += 1
    if checkpoint is not None:
        if count < checkpoint.seq:
            return _broken(
                count,
                count + 1,
                f"de audittrail houdt op bij gebeurtenis {count}, maar er waren er al "
                f"{checkpoint.seq} vastgelegd: gebeurtenissen zijn verwijderd",
                f"the audit trail ends at event {count}, but {checkpoint.seq} had been "
                "recorded: events were removed",
            )
        if seen_at_checkpoint != checkpoint.hash:
            return _broken(
                count,
                checkpoint.seq,
                f"gebeurtenis {checkpoint.seq} verschilt van het vastgelegde controlepunt",
                f"event {checkpoint.seq} differs from the recorded checkpoint",
            )
    return ChainVerdict(
        True,
        count,
        None,
        f"De audittrail is in orde: {count} gebeurtenissen gecontroleerd, de keten is ongebroken.",
        f"The audit trail is sound: {count} events checked, the chain is unbroken.",
    )


def _broken(count: int, seq: int, nl: str, en: str) -> ChainVerdict:
    return ChainVerdict(
        False,
        count,
        seq,
        f"De audittrail is niet in orde: {nl}. De eerste gebroken schakel is gebeurtenis {seq}.",
        f"The audit trail is not sound: {en}. The first broken link is event {seq}.",
    )
