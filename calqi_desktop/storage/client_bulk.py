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

from sqlalchemy import Table, func, select
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
    ClientSearchRow,
    ClientSearchWord,
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


#: The columns each table is written with, in the order of the tuples `insert_clients` builds.
_COLUMNS: dict[Any, tuple[str, ...]] = {
    Client: (
        "id", "client_number", "kind", "status", "ended_on", "restricted", "restriction_reason",
        "initials", "first_names", "tussenvoegsel", "last_name", "gender", "function",
        "organisation_name", "kvk_number", "rsin", "btw_id", "bsn", "birth_date", "birth_place",
        "version", "created_at", "updated_at",
    ),
    ClientAddress: (
        "client_id", "position", "kind", "street", "house_number", "addition", "postcode", "city", "country",
    ),
    ClientEmail: ("client_id", "position", "address", "label"),
    ClientPhone: ("client_id", "position", "number", "label"),
    BankAccount: ("client_id", "iban", "holder"),
    Child: ("client_id", "first_names", "last_name", "birth_date"),
    LegalBasisRecord: ("client_id", "category", "basis", "note", "recorded_by", "recorded_at", "ended_at"),
    ClientDocument: (
        "id", "client_id", "kind", "file_name", "mime_type", "size", "sha256", "description",
        "added_by", "added_at",
    ),
    DocumentContent: ("document_id", "data"),
    FieldChangeRecord: (
        "client_id", "changed_at", "changed_by", "field", "old_value", "new_value", "reason",
        "reason_note", "request_id",
    ),
    ClientSearchRow: search.SEARCH_ROW_COLUMNS,
    ClientSearchWord: search.SEARCH_WORD_COLUMNS,
}  # fmt: skip


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
    rows: dict[Any, list[tuple[Any, ...]]] = {model: [] for model in _COLUMNS}
    entries = []
    ids = []
    document_id = first_document
    for offset, new in enumerate(clients):
        client_id = first_id + offset
        ids.append(client_id)
        d = new.draft
        rows[Client].append(
            (
                client_id, d.client_number, d.kind.value, d.status.value, d.ended_on, False, "",
                d.initials, d.first_names, d.tussenvoegsel, d.last_name, d.gender.value, d.function,
                d.organisation_name, d.kvk_number, d.rsin, d.btw_id, new.bsn, new.birth_date,
                new.birth_place, 1, moment, moment,
            )
        )  # fmt: skip
        history = [(key, new) for key, _old, new in client_store.new_dossier_changes(d)]
        for position, a in enumerate(d.addresses):
            rows[ClientAddress].append(
                (
                    client_id, position, a.kind.value, a.street, a.house_number, a.addition,
                    a.postcode, a.city, a.country,
                )
            )  # fmt: skip
        for position, e in enumerate(d.emails):
            rows[ClientEmail].append((client_id, position, e.address, e.label))
        for position, p in enumerate(d.phones):
            rows[ClientPhone].append((client_id, position, p.number, p.label))
        for account in new.bank_accounts:
            rows[BankAccount].append((client_id, account.iban, account.holder))
        for child in new.children:
            rows[Child].append((client_id, child.first_names, child.last_name, child.birth_date))
        for category, basis, note in new.bases:
            rows[LegalBasisRecord].append(
                (client_id, category.value, basis.value, note, actor_id, moment, None)
            )
            history.append((f"legal_basis.{category.value}", basis.label()))
        for document in new.documents:
            rows[ClientDocument].append(
                (
                    document_id, client_id, document.kind.value, document.file_name, document.mime_type,
                    len(document.data), hashlib.sha256(document.data).hexdigest(), document.description,
                    actor_id, moment,
                )
            )  # fmt: skip
            rows[DocumentContent].append((document_id, document.data))
            history.append((f"documents.{document.kind.value}", document.file_name))
            document_id += 1
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
            (client_id, moment, actor_id, key, None, value, reason, reason_note, None)
            for key, value in history + [(name, None) for name in special]
        ]
        entries.append(client_store.search_entry(_Stub(client_id), d))  # type: ignore[arg-type]
    rows[ClientSearchRow], rows[ClientSearchWord] = search.bulk_rows(entries)
    for model, values in rows.items():
        if values:
            executemany(session, model.__table__, _COLUMNS[model], values)
    return ids


def executemany(session: Session, table: Table, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """One INSERT for many rows, straight on the DB-API cursor of the session's connection.

    Speed is the point (DESIGN.md §7: 10,000 rows in seconds): SQLAlchemy's
    executemany builds a parameter dict per row, and its ORM bulk insert splits
    the rows into runs with the same non-None keys. Values go through each
    column type's bind processor, so dates and moments are stored exactly as
    the ORM stores them; every value is a bound parameter.
    """
    connection = session.connection()
    dialect = connection.dialect
    processors = [
        (index, processor)
        for index, name in enumerate(columns)
        if (processor := table.c[name].type.bind_processor(dialect)) is not None
    ]
    if processors:
        converted = []
        for row in rows:
            values = list(row)
            for index, processor in processors:
                values[index] = processor(values[index])
            converted.append(values)
        rows = converted  # type: ignore[assignment]
    quote = dialect.identifier_preparer.quote
    names = ", ".join(map(quote, columns))
    marks = ", ".join("?" * len(columns))  # the sqlite dialects' paramstyle is qmark
    statement = f"INSERT INTO {quote(table.name)} ({names}) VALUES ({marks})"  # noqa: S608 - names from the models
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(statement, rows)
    finally:
        cursor.close()


@dataclass(frozen=True)
class _Stub:
    """Just what `search_entry` reads of a client row."""

    id: int
    restricted: bool = False
