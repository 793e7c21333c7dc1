"""Tests for whom a letter is addressed to, on a real vault: no dossier address to an unverified e-mail sender.

A request that came in by e-mail is answered to that e-mail address. Until
the sender's identity is verified, the letters carry the dossier's name
only; by letter or in person, or once the identity is verified, the postal
address on file is printed as usual. Checked by text extraction.
"""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader
from request_helpers import MARKER, client_with_data, open_request, recent

from calqi_desktop.domain.requests import (
    IdentityCheckDraft,
    IdentityMethod,
    LetterKind,
    RequestChannel,
    RequestDraft,
    Requester,
    RequestType,
)
from calqi_desktop.services import request_letters, requests
from calqi_desktop.services.workspace import Workspace

NAME = f"K.L. van {MARKER}"
ADDRESS = ("Lindelaan", "3511 NK", "Utrecht")
BEFORE_THE_GATE = (LetterKind.ACKNOWLEDGEMENT, LetterKind.IDENTITY_REQUEST)


def text_of(data: bytes) -> str:
    assert data.startswith(b"%PDF-")
    return " ".join(" ".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages).split())


def letter_text(workspace: Workspace, request_id: int, kind: LetterKind) -> str:
    return text_of(request_letters.letter(workspace, request_id, kind))


def address_shown(text: str) -> list[str]:
    return [part for part in ADDRESS if part in text]


def test_an_unverified_e_mail_sender_gets_the_name_without_the_dossier_address(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = open_request(workspace, client_id, channel=RequestChannel.EMAIL)
    for kind in BEFORE_THE_GATE:
        text = letter_text(workspace, request_id, kind)
        assert f"{NAME} Datum" in text, kind
        assert address_shown(text) == [], kind
    requests.extend(workspace, request_id, 1, "Stukken uit het archief.")
    assert address_shown(letter_text(workspace, request_id, LetterKind.EXTENSION)) == []

    requests.verify_identity(workspace, request_id, IdentityCheckDraft(IdentityMethod.KNOWN_EMAIL, recent()))
    text = letter_text(workspace, request_id, LetterKind.ACKNOWLEDGEMENT)
    assert f"{NAME} Lindelaan 12 3511 NK Utrecht Datum" in text  # verified: the address on file again


@pytest.mark.parametrize("channel", [RequestChannel.LETTER, RequestChannel.IN_PERSON])
def test_by_letter_or_in_person_the_address_on_file_is_used_before_the_check(
    workspace: Workspace, channel: RequestChannel
) -> None:
    request_id = open_request(workspace, client_with_data(workspace), channel=channel)
    for kind in BEFORE_THE_GATE:
        assert f"{NAME} Lindelaan 12 3511 NK Utrecht Datum" in letter_text(workspace, request_id, kind)


def test_a_failed_check_on_an_e_mail_request_is_refused_without_the_address(workspace: Workspace) -> None:
    request_id = open_request(
        workspace, client_with_data(workspace), RequestType.ERASURE, channel=RequestChannel.EMAIL
    )
    requests.identity_failed(workspace, request_id, "Het e-mailadres is niet het adres in het dossier.")
    text = letter_text(workspace, request_id, LetterKind.REFUSED)
    assert "Wij konden niet vaststellen dat u degene bent om wie het gaat" in text
    assert f"{NAME} Datum" in text and address_shown(text) == []


def test_an_e_mail_request_linked_later_still_withholds_the_dossier_address(workspace: Workspace) -> None:
    client_id = client_with_data(workspace)
    request_id = requests.register(
        workspace,
        RequestDraft(
            request_type=RequestType.ACCESS,
            received_on=recent(),
            channel=RequestChannel.EMAIL,
            requester=Requester(name="Karel Zwartvlieg", email="karel@elders.example"),
        ),
    )
    text = letter_text(workspace, request_id, LetterKind.ACKNOWLEDGEMENT)
    assert "Karel Zwartvlieg Datum" in text  # the requester as booked in, nothing from the vault
    requests.link_client(workspace, request_id, client_id)
    for kind in BEFORE_THE_GATE:
        text = letter_text(workspace, request_id, kind)
        assert f"{NAME} Datum" in text and address_shown(text) == [], kind
        assert "karel@elders.example" not in text


def test_an_unlinked_e_mail_requester_keeps_the_address_they_gave(workspace: Workspace) -> None:
    request_id = requests.register(
        workspace,
        RequestDraft(
            request_type=RequestType.INFORMATION,
            received_on=recent(),
            channel=RequestChannel.EMAIL,
            requester=Requester(
                name="P. Puk", email="p.puk@example.org", address="Dorpsstraat 1\n1234 AB Ergens"
            ),
        ),
    )
    text = letter_text(workspace, request_id, LetterKind.ACKNOWLEDGEMENT)
    assert "P. Puk Dorpsstraat 1 1234 AB Ergens Datum" in text  # their own words, not the vault's
