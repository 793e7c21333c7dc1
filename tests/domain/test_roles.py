"""The permission table is the single place that says who may do what."""

import pytest

from calqi_desktop.domain.errors import InvalidRoleError, PermissionDeniedError
from calqi_desktop.domain.roles import PERMISSIONS, Permission, Role, may, require


def test_every_role_has_an_entry() -> None:
    assert set(PERMISSIONS) == set(Role)


def test_beheerder_may_do_everything() -> None:
    assert all(may(Role.BEHEERDER, p) for p in Permission)


def test_assistant_sees_no_special_data_and_manages_no_staff() -> None:
    for permission in (
        Permission.VIEW_SPECIAL_DATA,
        Permission.MANAGE_STAFF,
        Permission.VIEW_AUDIT,
        Permission.ERASE_CLIENTS,
        Permission.EXPORT_DATA,
        Permission.CHECK_VAULT,
    ):
        assert not may(Role.ASSISTENT, permission)
    assert may(Role.ASSISTENT, Permission.VIEW_DOSSIERS)


def test_only_beheerder_manages_staff() -> None:
    assert [r for r in Role if may(r, Permission.MANAGE_STAFF)] == [Role.BEHEERDER]


def test_privacy_officer_audits_but_does_not_manage_staff() -> None:
    assert may(Role.PRIVACY_OFFICER, Permission.VIEW_AUDIT)
    assert may(Role.PRIVACY_OFFICER, Permission.CHECK_VAULT)
    assert not may(Role.PRIVACY_OFFICER, Permission.MANAGE_STAFF)
    assert not may(Role.ACCOUNTANT, Permission.VIEW_AUDIT)


def test_require_raises_a_dutch_message() -> None:
    with pytest.raises(PermissionDeniedError) as info:
        require(Role.ASSISTENT, Permission.MANAGE_STAFF)
    assert "toestemming" in info.value.message()
    require(Role.BEHEERDER, Permission.MANAGE_STAFF)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("beheerder", Role.BEHEERDER),
        ("Privacy Officer", Role.PRIVACY_OFFICER),
        ("FG", Role.PRIVACY_OFFICER),
        (" assistent ", Role.ASSISTENT),
        ("privacy_officer", Role.PRIVACY_OFFICER),
    ],
)
def test_role_parse(text: str, role: Role) -> None:
    assert Role.parse(text) is role


def test_unknown_role() -> None:
    with pytest.raises(InvalidRoleError):
        Role.parse("directeur")
