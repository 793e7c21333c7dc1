"""Reading and writing dossier rows: ORM rows to `ClientDraft` and back, with the changes listed.

The services decide who may do what; this module only maps. `apply_draft`
writes a checked draft onto a client and returns the field changes (field key,
old text, new text) for the field history, so every path that changes a
dossier — the editor, an import, a rectification — records the same way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import TypeVar

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from calqi_desktop.domain.clients import (
    ORDINARY_FIELDS,
    AddressDraft,
    AddressKind,
    ClientDraft,
    ClientKind,
    ClientStatus,
    DocumentInfo,
    DocumentKind,
    EmailDraft,
    Gender,
    PhoneDraft,
    sort_name,
)
from calqi_desktop.storage import search
from calqi_desktop.storage.models import Client, ClientAddress, ClientDocument, ClientEmail, ClientPhone

CLIENT_NUMBER_PREFIX = "K-"
CLIENT_NUMBER_DIGITS = 6

#: (field key, old value, new value); values None for special data.
Change = tuple[str, str | None, str | None]


def now() -> datetime:
    """Naive UTC, as the vault stores moments."""
    return datetime.now(UTC).replace(tzinfo=None)


def aware(moment: datetime) -> datetime:
    """A stored (naive UTC) moment as an aware one, so screens and letters show it in local time."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def next_client_number(session: Session, *, taken: int = 0) -> str:
    """'K-000124': one past the highest number of this form (plus `taken` already handed out).

    Only numbers of exactly this form count: a number typed by hand such as
    'K-99' or 'K-ABCDEF' sorts above 'K-000123' as text and would otherwise
    send the next number back to one already in use.
    """
    pattern = CLIENT_NUMBER_PREFIX + "_" * CLIENT_NUMBER_DIGITS
    candidates = session.scalars(
        select(Client.client_number)
        .where(Client.client_number.like(pattern))
        .order_by(Client.client_number.desc())
    )
    number = 0
    try:
        for candidate in candidates:  # letters sort above digits: skip the few typed by hand
            digits = candidate[len(CLIENT_NUMBER_PREFIX) :]
            if digits.isascii() and digits.isdigit():
                number = int(digits)
                break
    finally:
        candidates.close()
    return f"{CLIENT_NUMBER_PREFIX}{number + 1 + taken:0{CLIENT_NUMBER_DIGITS}d}"


def client_number_taken(session: Session, number: str, *, except_id: int | None = None) -> bool:
    statement = select(Client.id).where(Client.client_number == number)
    if except_id is not None:
        statement = statement.where(Client.id != except_id)
    return session.execute(statement.limit(1)).first() is not None


def draft_of(session: Session, client: Client) -> ClientDraft:
    addresses = session.scalars(
        select(ClientAddress)
        .where(ClientAddress.client_id == client.id)
        .order_by(ClientAddress.position, ClientAddress.id)
    ).all()
    emails = session.scalars(
        select(ClientEmail)
        .where(ClientEmail.client_id == client.id)
        .order_by(ClientEmail.position, ClientEmail.id)
    ).all()
    phones = session.scalars(
        select(ClientPhone)
        .where(ClientPhone.client_id == client.id)
        .order_by(ClientPhone.position, ClientPhone.id)
    ).all()
    return ClientDraft(
        kind=ClientKind(client.kind),
        client_number=client.client_number,
        initials=client.initials,
        first_names=client.first_names,
        tussenvoegsel=client.tussenvoegsel,
        last_name=client.last_name,
        gender=Gender(client.gender),
        function=client.function,
        organisation_name=client.organisation_name,
        kvk_number=client.kvk_number,
        rsin=client.rsin,
        btw_id=client.btw_id,
        status=ClientStatus(client.status),
        ended_on=client.ended_on,
        addresses=tuple(
            AddressDraft(
                kind=AddressKind(a.kind),
                street=a.street,
                house_number=a.house_number,
                addition=a.addition,
                postcode=a.postcode,
                city=a.city,
                country=a.country,
                id=a.id,
            )
            for a in addresses
        ),
        emails=tuple(EmailDraft(e.address, e.label, e.id) for e in emails),
        phones=tuple(PhoneDraft(p.number, p.label, p.id) for p in phones),
    )


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def describe_address(address: AddressDraft) -> str:
    """An address as the field history shows it: 'Oudegracht 231, 3511 NK Utrecht [Postadres]'."""
    kind = f" [{address.kind.label()}]" if address.kind != AddressKind.HOME else ""
    return address.one_line() + kind


def describe_email(email: EmailDraft) -> str:
    return email.address + (f" ({email.label})" if email.label else "")


def describe_phone(phone: PhoneDraft) -> str:
    return phone.number + (f" ({phone.label})" if phone.label else "")


def field_changes(draft: ClientDraft, before: ClientDraft | None) -> list[Change]:
    """The scalar fields that differ from `before`; for a new dossier, those with a value."""
    changes: list[Change] = []
    for name in ORDINARY_FIELDS:
        new = getattr(draft, name)
        if before is None:
            if new not in ("", None, Gender.UNKNOWN):
                changes.append((name, None, _text(new)))
        elif (old := getattr(before, name)) != new:
            changes.append((name, _text(old), _text(new)))
    return changes


def new_dossier_changes(draft: ClientDraft) -> list[Change]:
    """The field history of a new dossier's ordinary data: the same for one (`apply_draft`) or many (bulk)."""
    return (
        field_changes(draft, None)
        + [("addresses", None, describe_address(a)) for a in draft.addresses]
        + [("emails", None, describe_email(e)) for e in draft.emails]
        + [("phones", None, describe_phone(p)) for p in draft.phones]
    )


def apply_draft(
    session: Session, client: Client, draft: ClientDraft, before: ClientDraft | None
) -> list[Change]:
    """Write `draft` (checked) onto `client` and its rows; the changes compared with `before`."""
    for name in ORDINARY_FIELDS:
        new = getattr(draft, name)
        setattr(client, name, new.value if hasattr(new, "value") else new)
    changes = field_changes(draft, before)
    session.flush()  # the client needs its id for the rows below
    changes += _replace_rows(
        session,
        ClientAddress,
        client.id,
        "addresses",
        draft.addresses,
        before.addresses if before else (),
        describe_address,
        lambda a, position: ClientAddress(
            client_id=client.id,
            position=position,
            kind=a.kind.value,
            street=a.street,
            house_number=a.house_number,
            addition=a.addition,
            postcode=a.postcode,
            city=a.city,
            country=a.country,
        ),
    )
    changes += _replace_rows(
        session,
        ClientEmail,
        client.id,
        "emails",
        draft.emails,
        before.emails if before else (),
        describe_email,
        lambda e, position: ClientEmail(
            client_id=client.id, position=position, address=e.address, label=e.label
        ),
    )
    changes += _replace_rows(
        session,
        ClientPhone,
        client.id,
        "phones",
        draft.phones,
        before.phones if before else (),
        describe_phone,
        lambda p, position: ClientPhone(
            client_id=client.id, position=position, number=p.number, label=p.label
        ),
    )
    return changes


_Item = TypeVar("_Item", AddressDraft, EmailDraft, PhoneDraft)
_Model = TypeVar("_Model", ClientAddress, ClientEmail, ClientPhone)


def _replace_rows(
    session: Session,
    model: type[_Model],
    client_id: int,
    key: str,
    new_items: Sequence[_Item],
    old_items: Sequence[_Item],
    describe: Callable[[_Item], str],
    make: Callable[[_Item, int], _Model],
) -> list[Change]:
    """Rewrite a client's rows of one kind; a change per row added, removed or altered."""
    old_by_id = {item.id: item for item in old_items if item.id is not None}
    changes: list[Change] = []
    kept_ids = set()
    for item in new_items:
        old = old_by_id.get(item.id) if item.id is not None else None
        if old is None:
            changes.append((key, None, describe(item)))
        else:
            kept_ids.add(item.id)
            if describe(old) != describe(item):
                changes.append((key, describe(old), describe(item)))
    changes += [(key, describe(old), None) for old_id, old in old_by_id.items() if old_id not in kept_ids]
    if changes or [i.id for i in new_items] != [i.id for i in old_items]:
        session.execute(delete(model).where(model.client_id == client_id))
        session.add_all([make(item, position) for position, item in enumerate(new_items)])
    return changes


def search_entry(client: Client, draft: ClientDraft) -> search.SearchEntry:
    """What the search index holds of a client: never the BSN or other special data."""
    first = draft.addresses[0] if draft.addresses else None
    values: Sequence[str] = (
        draft.client_number,
        draft.initials.replace(".", " "),
        draft.first_names,
        draft.tussenvoegsel,
        draft.last_name,
        draft.organisation_name,
        draft.kvk_number,
        *(a.postcode for a in draft.addresses),
        *(a.city for a in draft.addresses),
        *(e.address for e in draft.emails),
    )
    return search.SearchEntry(
        client_id=client.id,
        kind=draft.kind.value,
        status=draft.status.value,
        restricted=client.restricted,
        client_number=draft.client_number,
        name=sort_name(draft),
        postcode=first.postcode if first else "",
        city=first.city if first else "",
        values=tuple(values),
    )


def document_info(row: ClientDocument, added_by: str, *, may_view_special: bool) -> DocumentInfo:
    """A document as lists show it. For a role without access to special data the name and
    description of an ID copy or financial document are withheld: 'paspoort 123456782.jpg'
    is itself special data."""
    kind = DocumentKind(row.kind)
    hidden = kind.special_category is not None and not may_view_special
    return DocumentInfo(
        id=row.id,
        kind=kind,
        file_name=kind.label() if hidden else row.file_name,
        mime_type=row.mime_type,
        size=row.size,
        sha256=row.sha256,
        description="" if hidden else row.description,
        added_by=added_by,
        added_at=aware(row.added_at),
    )
