"""Many new dossiers at once (import, demo data): one transaction, one executemany per table.

The rows are the same as `services.clients.create_client` writes — client,
addresses, contact, special data, legal bases, documents, field history and
the search index — only written in bulk: 10,000 clients take seconds, not the
minutes that 10,000 separate transactions (each with its fsync) would. The
caller has checked every draft and the basis gate, and writes the audit event.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from calqi_desktop.domain.clients import (
    BankAccountDraft,
    ChildDraft,
    ClientDraft,
    DocumentKind,
    LegalBasisKind,
    SpecialCategory,
)
from calqi_desktop.storage import client_store, search
from calqi_desktop.storage.models import (
    BankAccount,
    Child,
    Client,
    ClientAddress,
    ClientDocument,
    ClientEmail,
    ClientPhone,
    DocumentContent,
    FieldChangeRecord,
    LegalBasisRecord,
)


@dataclass(frozen=True)
class NewDocument:
    kind: DocumentKind
    file_name: str
    mime_type: str
    data: bytes
    description: str = ""


@dataclass(frozen=True)
class NewClient:
    """A checked draft with its special data in stored form (birth date as a `date`)."""

    draft: ClientDraft  # with its client number filled in
    bsn: str | None = None
    birth_date: date | None = None
    birth_place: str = ""
    bank_accounts: tuple[BankAccountDraft, ...] = ()
    children: tuple[ChildDraft, ...] = ()
    bases: tuple[tuple[SpecialCategory, LegalBasisKind, str], ...] = ()
    documents: tuple[NewDocument, ...] = field(default_factory=tuple)


def _next_id(session: Session, model: Any) -> int:
    return int(session.execute(select(func.coalesce(func.max(model.id), 0))).scalar_one()) + 1


def insert_clients(
    session: Session,
    clients: Sequence[NewClient],
    *,
    actor_id: int | None,
    reason: str,
    reason_note: str,
    moment: datetime | None = None,
) -> list[int]:
    """Insert `clients` in the caller's transaction; returns their new ids in order."""
    if not clients:
        return []
    moment = moment or client_store.now()
    first_id = _next_id(session, Client)
    first_document = _next_id(session, ClientDocument)
    rows: dict[Any, list[dict[str, Any]]] = {
        model: []
        for model in (
            Client,
            ClientAddress,
            ClientEmail,
            ClientPhone,
            BankAccount,
            Child,
            LegalBasisRecord,
            ClientDocument,
            DocumentContent,
            FieldChangeRecord,
        )
    }
    entries = []
    ids = []
    document_id = first_document
    for offset, new in enumerate(clients):
        client_id = first_id + offset
        ids.append(client_id)
        d = new.draft
        rows[Client].append(
            {
                "id": client_id,
                "client_number": d.client_number,
                "kind": d.kind.value,
                "status": d.status.value,
                "ended_on": d.ended_on,
                "restricted": False,
                "restriction_reason": "",
                "initials": d.initials,
                "first_names": d.first_names,
                "tussenvoegsel": d.tussenvoegsel,
                "last_name": d.last_name,
                "gender": d.gender.value,
                "function": d.function,
                "organisation_name": d.organisation_name,
                "kvk_number": d.kvk_number,
                "rsin": d.rsin,
                "btw_id": d.btw_id,
                "bsn": new.bsn,
                "birth_date": new.birth_date,
                "birth_place": new.birth_place,
                "version": 1,
                "created_at": moment,
                "updated_at": moment,
            }
        )
        history: list[tuple[str, str | None]] = []
        for position, a in enumerate(d.addresses):
            rows[ClientAddress].append(
                {
                    "client_id": client_id,
                    "position": position,
                    "kind": a.kind.value,
                    "street": a.street,
                    "house_number": a.house_number,
                    "addition": a.addition,
                    "postcode": a.postcode,
                    "city": a.city,
                    "country": a.country,
                }
            )
            history.append(("addresses", a.one_line()))
        for position, e in enumerate(d.emails):
            rows[ClientEmail].append(
                {"client_id": client_id, "position": position, "address": e.address, "label": e.label}
            )
            history.append(("emails", e.address))
        for position, p in enumerate(d.phones):
            rows[ClientPhone].append(
                {"client_id": client_id, "position": position, "number": p.number, "label": p.label}
            )
            history.append(("phones", p.number))
        for account in new.bank_accounts:
            rows[BankAccount].append({"client_id": client_id, "iban": account.iban, "holder": account.holder})
        for child in new.children:
            rows[Child].append(
                {
                    "client_id": client_id,
                    "first_names": child.first_names,
                    "last_name": child.last_name,
                    "birth_date": child.birth_date,
                }
            )
        for category, basis, note in new.bases:
            rows[LegalBasisRecord].append(
                {
                    "client_id": client_id,
                    "category": category.value,
                    "basis": basis.value,
                    "note": note,
                    "recorded_by": actor_id,
                    "recorded_at": moment,
                    "ended_at": None,
                }
            )
            history.append((f"legal_basis.{category.value}", basis.label()))
        for document in new.documents:
            rows[ClientDocument].append(
                {
                    "id": document_id,
                    "client_id": client_id,
                    "kind": document.kind.value,
                    "file_name": document.file_name,
                    "mime_type": document.mime_type,
                    "size": len(document.data),
                    "sha256": hashlib.sha256(document.data).hexdigest(),
                    "description": document.description,
                    "added_by": actor_id,
                    "added_at": moment,
                }
            )
            rows[DocumentContent].append({"document_id": document_id, "data": document.data})
            history.append(("documents", document.file_name))
            document_id += 1
        for name in (
            "client_number",
            "initials",
            "first_names",
            "tussenvoegsel",
            "last_name",
            "organisation_name",
            "kvk_number",
            "rsin",
            "btw_id",
        ):
            value = getattr(d, name)
            if value:
                history.append((name, value))
        special = [
            name
            for name, present in (
                ("bsn", new.bsn),
                ("birth_date", new.birth_date),
                ("birth_place", new.birth_place),
            )
            if present
        ]
        special += ["bank_accounts"] * bool(new.bank_accounts) + ["children"] * bool(new.children)
        rows[FieldChangeRecord] += [
            {
                "client_id": client_id,
                "changed_at": moment,
                "changed_by": actor_id,
                "field": key,
                "old_value": None,
                "new_value": value,
                "reason": reason,
                "reason_note": reason_note,
                "request_id": None,
            }
            for key, value in history + [(name, None) for name in special]
        ]
        entries.append((client_id, d))
    for model, values in rows.items():
        if values:
            session.execute(insert(model), values)
    search.index_many(session, [client_store.search_entry(_Stub(client_id), d) for client_id, d in entries])  # type: ignore[arg-type]
    return ids


@dataclass(frozen=True)
class _Stub:
    """Just what `search_entry` reads of a client row."""

    id: int
    restricted: bool = False
