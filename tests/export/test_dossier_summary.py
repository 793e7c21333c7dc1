"""Tests for the dossier summary: special values masked unless asked for, restriction and anonymisation shown."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

from export.test_access_report import BSN, IBAN, IBAN_PRINTED, LETTERHEAD, SUBJECT, text_of
from export.test_pdf import unembedded_fonts
from pypdf import PdfReader

from calqi_desktop.domain.clients import ClientStatus
from calqi_desktop.domain.subject_data import SubjectData
from calqi_desktop.export.dossier_summary import render_dossier_summary

#: What only `include_special` may print: the BSN, birth date and place, IBAN and holder, the child,
#: the name of the ID copy.
SPECIAL_VALUES = (BSN, "29-02-1980", "Amersfoort", IBAN_PRINTED, IBAN, "Sophie Marije", "paspoort-jan.pdf")


def summary(subject: SubjectData = SUBJECT, *, include_special: bool, **kwargs: object) -> bytes:
    return render_dossier_summary(subject, LETTERHEAD, include_special=include_special, **kwargs)  # type: ignore[arg-type]


def test_without_special_data_the_values_are_masked_but_their_presence_shown() -> None:
    text = text_of(summary(include_special=False))
    squeezed = "".join(text.split())
    for value in SPECIAL_VALUES:
        assert "".join(value.split()) not in squeezed, value
    assert "NL91" not in squeezed.replace("NL••", "")  # the masked IBAN keeps only its country
    assert "BSN ••••••••" in text and "NL•• •••• •••• ••••" in text
    assert "Afgeschermd" in text
    # ordinary data and the bases stand in full
    assert "Oudegracht 231-A, 3511 NK Utrecht" in text and "jan@example.nl" in text
    assert "Wettelijke plicht (fiscale dienstverlening)" in text
    assert "jaaropgaaf-2025.pdf" in text  # not a special document: its name stays


def test_with_special_data_the_values_stand_in_full() -> None:
    text = text_of(summary(include_special=True))
    for value in (BSN, "29-02-1980", "Amersfoort", IBAN_PRINTED, "Sophie Marije", "paspoort-jan.pdf"):
        assert value in text, value
    assert "Voluit" in text


def test_the_summary_lists_consents_authorisations_disclosures_and_requests() -> None:
    reader = PdfReader(BytesIO(summary(include_special=False)))
    text = text_of(summary(include_special=False))
    assert text.startswith("Calqi B.V.")
    assert "Dossieroverzicht K-000042" in text and "J.A. de Vries" in text
    for heading in ("Toestemmingen", "Machtigingen", "Verstrekkingen", "AVG-verzoeken"):
        assert heading in text
    assert "Hypotheekbank Zuid B.V." in text and "AVG-2026-0007" in text
    assert "Doorlopende machtiging – Omzetbelasting (btw), vanaf 2024" in text
    assert "Autoriteit Persoonsgegevens" not in text  # internal: no letter to the subject
    assert not unembedded_fonts(reader)


def test_a_restricted_dossier_carries_the_restriction_at_the_top() -> None:
    restricted = replace(SUBJECT, restricted=True, restriction_reason="Juistheid betwist <b>door klant</b>")
    text = text_of(summary(restricted, include_special=False))
    banner = "Verwerking beperkt (AVG art. 18): Juistheid betwist <b>door klant</b>"
    assert banner in text
    assert text.index(banner) < text.index("Dossieroverzicht")


def test_an_anonymised_dossier_says_so() -> None:
    anonymised = replace(
        SUBJECT,
        draft=replace(SUBJECT.draft, status=ClientStatus.ANONYMISED, addresses=(), emails=(), phones=()),
        display_name="",
    )
    text = text_of(summary(anonymised, include_special=False))
    assert "Geanonimiseerd: Dit dossier is geanonimiseerd." in text
    assert "Status Geanonimiseerd" in text


def test_the_summary_in_english() -> None:
    text = text_of(summary(include_special=False, language="en"))
    assert "Dossier summary K-000042" in text and "Special personal data" in text and "Masked" in text
    assert BSN not in text
