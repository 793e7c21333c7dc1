"""Recovery codes: ≥128 bits, typed back forgivingly, refused when malformed."""

import math

import pytest

from calqi_desktop.domain import recovery_code
from calqi_desktop.domain.errors import RecoveryCodeFormatError


def test_code_has_at_least_128_bits_in_typeable_groups() -> None:
    code = recovery_code.generate()
    groups = code.split("-")
    assert len(groups) == recovery_code.GROUPS
    assert all(len(g) == recovery_code.GROUP_SIZE for g in groups)
    assert all(c in recovery_code.ALPHABET for c in code.replace("-", ""))
    bits = len(code.replace("-", "")) * math.log2(len(recovery_code.ALPHABET))
    assert bits >= 128
    assert bits == recovery_code.BITS


def test_codes_differ() -> None:
    assert len({recovery_code.generate() for _ in range(50)}) == 50


def test_typed_code_is_normalised() -> None:
    code = recovery_code.generate()
    typed = code.lower().replace("-", " ")
    assert recovery_code.normalise(typed) == code
    assert recovery_code.normalise(code.replace("-", "")) == code


def test_look_alikes_are_mapped() -> None:
    code = "10000-11111-00000-11111-00000-11111-00000-11111"
    typed = code.replace("0", "O").replace("1", "l")
    assert recovery_code.normalise(typed) == code


@pytest.mark.parametrize("typed", ["", "ABCDE", "ABCDE-" * 8 + "X", "UUUUU-" * 7 + "UUUUU"])
def test_malformed_codes_are_refused_in_dutch(typed: str) -> None:
    with pytest.raises(RecoveryCodeFormatError) as info:
        recovery_code.normalise(typed)
    assert "groepen" in info.value.message()
