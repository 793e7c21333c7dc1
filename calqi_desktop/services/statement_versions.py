"""Versions of the privacy statement and the clients to inform of a new one (DESIGN.md R12).

Adding a version (MANAGE_REGISTERS: beheerder, privacy officer) lists every
client with a given consent recorded under an older version — in the same
transaction, so the list is complete the moment the version exists. The
statement promises to inform clients before a change applies, so once any
consent is recorded a new version takes effect after today
(`StatementNotInAdvanceError`); before that, a firm starting with the app may
enter its earlier versions with their own dates. Marking a client informed
(MANAGE_CONSENT) records when, by whom and how. Audit events:
`statement.version-added` (with the number of clients listed),
`statement.version-viewed`, `statement.client-informed` (one per client,
chained in bulk).

The list is built by one `INSERT … SELECT` and counted by grouped queries, so
adding a version and listing versions stay quick at 100,000 dossiers.
Anonymised clients are never listed or counted.
"""

from __future__ import annotations

from datetime import date
from typing import Any, cast

from sqlalchemy import CursorResult, and_, case, func, insert, literal, select
from sqlalchemy.orm import Session

from calqi_desktop.domain.audit import AuditAction
from calqi_desktop.domain.clients import ClientStatus
from calqi_desktop.domain.consent import ConsentStatus
from calqi_desktop.domain.errors import (
    StatementContentRequiredError,
    StatementNotInAdvanceError,
    StatementVersionNotFoundError,
    StatementVersionTakenError,
    TextTooLongError,
)
from calqi_desktop.domain.roles import Permission
from calqi_desktop.domain.statement import (
    F_EFFECTIVE_ON,
    F_SUMMARY,
    F_TEXT,
    F_VERSION,
    SUMMARY_MAX,
    TEXT_MAX,
    VERSION_MAX,
    ClientToInform,
    InformChannel,
    StatementPdfTypeError,
    StatementVersion,
    StatementVersionDraft,
)
from calqi_desktop.domain.validation import check_text
from calqi_desktop.export import document_check
from calqi_desktop.services import consent_records, settings
from calqi_desktop.services.documents import clean_file_name
from calqi_desktop.services.workspace import Workspace
from calqi_desktop.storage import audit_store
from calqi_desktop.storage.client_store import aware, now
from calqi_desktop.storage.models import (
    Client,
    ClientSearchRow,
    ConsentRow,
    PrivacyStatementVersionRow,
    StatementNotice,
)

#: Client ids per query when marking many clients at once (SQLite's limit on bound values).
_CHUNK = 500

_NOT_ANONYMISED = Client.status != ClientStatus.ANONYMISED.value


def list_versions(workspace: Workspace) -> list[StatementVersion]:
    """All versions, newest effective date first, with their counts. VIEW_DOSSIERS."""
    workspace.require(Permission.VIEW_DOSSIERS)
    with workspace.transaction() as session:
        return _versions(session)


def current_version(workspace: Workspace, *, today: date | None = None) -> StatementVersion | None:
    """The version a consent form shows today: the newest in effect today, else the earliest one."""
    workspace.require(Permission.VIEW_DOSSIERS)
    day = today or date.today()
    with workspace.transaction() as session:
        row = session.scalars(
            select(PrivacyStatementVersionRow)
            .where(PrivacyStatementVersionRow.effective_on <= day)
            .order_by(PrivacyStatementVersionRow.effective_on.desc(), PrivacyStatementVersionRow.id.desc())
            .limit(1)
        ).first()
        if row is None:
            row = session.scalars(
                select(PrivacyStatementVersionRow)
                .order_by(PrivacyStatementVersionRow.effective_on, PrivacyStatementVersionRow.id)
                .limit(1)
            ).first()
        return None if row is None else _versions(session, row.id)[0]


def add_version(
    workspace: Workspace, draft: StatementVersionDraft, *, today: date | None = None
) -> StatementVersion:
    """Record a new version (text and/or PDF, checked with `document_check`) and list the clients to inform.

    Listed: every client, not anonymised, with a given consent whose statement
    version took effect before the new one. Once any consent is recorded, the
    new version takes effect after `today` (R12: clients are informed in
    advance); a field error at the effective date otherwise.
    """
    workspace.require(Permission.MANAGE_REGISTERS)
    version = check_text(draft.version, F_VERSION, max_length=VERSION_MAX)
    text = draft.text.strip()
    if len(text) > TEXT_MAX:
        raise F_TEXT.error(TextTooLongError, maximum=TEXT_MAX)
    summary = consent_records.check_note(draft.summary, F_SUMMARY, SUMMARY_MAX)
    pdf = draft.pdf or None
    if not text and pdf is None:
        raise StatementContentRequiredError()
    pdf_name = ""
    if pdf is not None:
        max_bytes = settings.work_settings(workspace).document_max_bytes
        if document_check.check_document(pdf, max_bytes) != document_check.PDF:
            raise StatementPdfTypeError()
        pdf_name = clean_file_name(draft.pdf_name or f"privacyverklaring-{version}.pdf")
    with workspace.transaction() as session:
        taken = session.scalars(select(PrivacyStatementVersionRow.version))
        if version.casefold() in {name.casefold() for name in taken}:
            raise StatementVersionTakenError()
        if draft.effective_on <= (today or date.today()) and _any_consent(session):
            raise F_EFFECTIVE_ON.error(StatementNotInAdvanceError)
        moment = now()
        row = PrivacyStatementVersionRow(
            version=version,
            effective_on=draft.effective_on,
            summary=summary,
            text=text,
            pdf=pdf,
            pdf_name=pdf_name,
            added_by=workspace.user.id,
            added_at=moment,
        )
        session.add(row)
        session.flush()
        older = (
            select(literal(row.id), ConsentRow.client_id, literal(moment))
            .join(
                PrivacyStatementVersionRow, PrivacyStatementVersionRow.id == ConsentRow.statement_version_id
            )
            .join(Client, Client.id == ConsentRow.client_id)
            .where(
                ConsentRow.status == ConsentStatus.GIVEN.value,
                PrivacyStatementVersionRow.effective_on < draft.effective_on,
                _NOT_ANONYMISED,
            )
            .distinct()
        )
        inserted = session.execute(
            insert(StatementNotice).from_select(
                [StatementNotice.version_id, StatementNotice.client_id, StatementNotice.listed_at], older
            )
        )
        listed = cast("CursorResult[Any]", inserted).rowcount
        workspace.record(
            session, AuditAction.STATEMENT_VERSION_ADDED, details={"version_id": row.id, "listed": listed}
        )
        return _versions(session, row.id)[0]


def version_text(workspace: Workspace, version_id: int) -> tuple[str, bytes | None]:
    """The text and the PDF of a version, for reading; audited as viewed. VIEW_DOSSIERS."""
    workspace.require(Permission.VIEW_DOSSIERS)
    with workspace.transaction() as session:
        row = _version(session, version_id)
        workspace.record(session, AuditAction.STATEMENT_VERSION_VIEWED, details={"version_id": row.id})
        return row.text, (bytes(row.pdf) if row.pdf is not None else None)


def clients_to_inform(
    workspace: Workspace, version_id: int, *, only_open: bool = True, offset: int = 0, limit: int = 500
) -> list[ClientToInform]:
    """A page of the version's list, by client number. MANAGE_CONSENT."""
    workspace.require(Permission.MANAGE_CONSENT)
    with workspace.transaction() as session:
        _version(session, version_id)
        statement = (
            select(
                StatementNotice.client_id,
                ClientSearchRow.client_number,
                ClientSearchRow.name,
                StatementNotice.informed_at,
                StatementNotice.informed_by,
                StatementNotice.channel,
            )
            .join(ClientSearchRow, ClientSearchRow.client_id == StatementNotice.client_id)
            .join(Client, Client.id == StatementNotice.client_id)
            .where(StatementNotice.version_id == version_id, _NOT_ANONYMISED)
            .order_by(ClientSearchRow.client_number, StatementNotice.client_id)
            .offset(offset)
            .limit(limit)
        )
        if only_open:
            statement = statement.where(StatementNotice.informed_at.is_(None))
        names = consent_records.staff_names(session)
        return [
            ClientToInform(
                client_id=row.client_id,
                client_number=row.client_number,
                name=row.name,
                informed_at=aware(row.informed_at) if row.informed_at else None,
                informed_by=names.get(row.informed_by, "") if row.informed_by else "",
                channel=InformChannel(row.channel) if row.channel else None,
            )
            for row in session.execute(statement)
        ]


def mark_informed(
    workspace: Workspace, version_id: int, client_ids: list[int], channel: InformChannel
) -> int:
    """Mark clients informed of the version; returns how many were newly marked. MANAGE_CONSENT.

    Only open rows of clients on the list (not anonymised) are marked; each
    client marked gets one `statement.client-informed` event.
    """
    workspace.require(Permission.MANAGE_CONSENT)
    wanted = sorted(set(client_ids))
    with workspace.transaction() as session:
        _version(session, version_id)
        moment = now()
        marked: list[int] = []
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            notices = session.scalars(
                select(StatementNotice)
                .join(Client, Client.id == StatementNotice.client_id)
                .where(
                    StatementNotice.version_id == version_id,
                    StatementNotice.client_id.in_(chunk),
                    StatementNotice.informed_at.is_(None),
                    _NOT_ANONYMISED,
                )
            ).all()
            for notice in notices:
                notice.informed_at = moment
                notice.informed_by = workspace.user.id
                notice.channel = channel.value
                marked.append(notice.client_id)
        session.flush()
        audit_store.append_many(
            session,
            workspace.vault_id,
            AuditAction.CLIENT_INFORMED,
            actor_id=workspace.user.id,
            client_ids=sorted(marked),
            details={"version_id": version_id, "channel": channel.value},
        )
        return len(marked)


# --- helpers ---------------------------------------------------------------------------------


def _any_consent(session: Session) -> bool:
    """True once a consent (given or withdrawn since) is recorded in the vault."""
    return session.scalars(select(ConsentRow.id).limit(1)).first() is not None


def _version(session: Session, version_id: int) -> PrivacyStatementVersionRow:
    row = session.get(PrivacyStatementVersionRow, version_id)
    if row is None:
        raise StatementVersionNotFoundError()
    return row


def _versions(session: Session, version_id: int | None = None) -> list[StatementVersion]:
    """Versions (all, or one) with their counts: clients still to inform and clients informed."""
    counts = (
        select(
            StatementNotice.version_id,
            func.sum(case((StatementNotice.informed_at.is_(None), 1), else_=0)).label("open"),
            func.count(StatementNotice.informed_at).label("informed"),
        )
        .join(Client, and_(Client.id == StatementNotice.client_id, _NOT_ANONYMISED))
        .group_by(StatementNotice.version_id)
    )
    if version_id is not None:
        counts = counts.where(StatementNotice.version_id == version_id)
    tallies = {row.version_id: (int(row.open or 0), int(row.informed)) for row in session.execute(counts)}
    statement = select(
        PrivacyStatementVersionRow.id,
        PrivacyStatementVersionRow.version,
        PrivacyStatementVersionRow.effective_on,
        PrivacyStatementVersionRow.summary,
        (PrivacyStatementVersionRow.text != "").label("has_text"),
        PrivacyStatementVersionRow.pdf.is_not(None).label("has_pdf"),
        PrivacyStatementVersionRow.pdf_name,
        PrivacyStatementVersionRow.added_by,
        PrivacyStatementVersionRow.added_at,
    ).order_by(PrivacyStatementVersionRow.effective_on.desc(), PrivacyStatementVersionRow.id.desc())
    if version_id is not None:
        statement = statement.where(PrivacyStatementVersionRow.id == version_id)
    names = consent_records.staff_names(session)
    return [
        StatementVersion(
            id=row.id,
            version=row.version,
            effective_on=row.effective_on,
            summary=row.summary,
            has_text=bool(row.has_text),
            has_pdf=bool(row.has_pdf),
            pdf_name=row.pdf_name,
            added_by=names.get(row.added_by, "") if row.added_by else "",
            added_at=aware(row.added_at),
            to_inform=tallies.get(row.id, (0, 0))[0],
            informed=tallies.get(row.id, (0, 0))[1],
        )
        for row in session.execute(statement)
    ]
