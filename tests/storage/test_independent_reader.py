"""docs/vault-format.md is enough to read a vault: an independent reader, built from it.

The reader below imports nothing from `calqi_desktop`: only json, base64,
unicodedata, argon2.low_level, cryptography and sqlcipher3 (plus pathlib for
paths, re and datetime for the schema of §11). It follows the document step by step — parse keyslots.json, Argon2id the
secret, unseal the slot's X25519 private key, unwrap the master key, open
vault.db with the raw key — and verifies the audit hash chain from the genesis
hash. Vaults are made with the package, but only inside the `make_*` helpers;
a test checks that no other code here touches the package.
"""

from __future__ import annotations

import ast
import base64
import json
import re
import unicodedata
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from argon2.low_level import Type, hash_secret_raw
from conftest import ADMIN, ADMIN_PASSWORD, FIRM
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives import hmac as crypto_hmac
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.pbkdf2 import PBKDF2HMAC

DOC = Path(__file__).resolve().parents[2] / "docs" / "vault-format.md"
STAFF_NAME = "anna"
STAFF_PASSWORD = "rode-kater-op-het-dak"

# --- constants, exactly as docs/vault-format.md gives them ----------------------

KEYSLOT_FORMAT = "calqi-desktop-keyslots"
BACKUP_FORMAT = "calqi-desktop-backup"
ARGON2_VERSION = 0x13
AAD_PREFIX = "calqi-desktop/v1"
HKDF_INFO = b"calqi-desktop/v1/master-key-wrap"
GENESIS_PREFIX = "calqi-audit-v1:"
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
SQLITE_NOTADB = 26
PAGE_SIZE, RESERVE, IV_SIZE = 4096, 80, 16

# The test vector of §3.5.
VECTOR_PASSWORD = "voorbeeld-wachtwoord-2026"
VECTOR_RECOVERY_CODE = "JWW0G-P1508-Y2XPV-20JGZ-9WRZQ-CREGG-HYSS2-2YTKC"
VECTOR_MASTER_KEY = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff"


# =================================================================================
# The independent reader (§3–§10 of docs/vault-format.md)
# =================================================================================


def b64d(text: str) -> bytes:
    """§3: standard base64 alphabet, with padding."""
    return base64.b64decode(text.encode("ascii"), validate=True)


def is_hex_id(value: object, length: int) -> bool:
    return isinstance(value, str) and len(value) == length and all(c in "0123456789abcdef" for c in value)


def parse_keyslot_file(raw: bytes) -> dict[str, Any]:
    """§3: the keyslot file, checked as the document describes."""
    data = json.loads(raw.decode("utf-8"))
    assert data["format"] == KEYSLOT_FORMAT
    assert data["format_version"] == 1
    assert is_hex_id(data["vault_id"], 32)
    assert isinstance(data["generation"], int) and data["generation"] >= 1
    rotation = data["rotation"]
    if rotation is not None:
        assert rotation["generation"] == data["generation"] + 1
        assert all(is_hex_id(x, 16) for x in rotation["removed_slot_ids"])
    checkpoint = data["audit_checkpoint"]
    if checkpoint is not None:
        assert isinstance(checkpoint["seq"], int) and is_hex_id(checkpoint["hash"], 64)
    slot_ids = [slot["slot_id"] for slot in data["slots"]]
    assert len(set(slot_ids)) == len(slot_ids)
    for slot in data["slots"]:
        assert is_hex_id(slot["slot_id"], 16)
        assert slot["kind"] in ("user", "recovery")
        kdf = slot["kdf"]
        assert kdf["algorithm"] == "argon2id" and kdf["version"] == 19
        assert 1 <= kdf["time_cost"] <= 100
        assert 8 <= kdf["memory_kib"] <= 4 * 1024 * 1024
        assert 1 <= kdf["parallelism"] <= 16
        assert len(b64d(kdf["salt"])) >= 16
        assert len(b64d(slot["public_key"])) == 32
        assert len(b64d(slot["private_key"]["nonce"])) == 12
        assert len(b64d(slot["private_key"]["ciphertext"])) == 48
        for generation, wrap in slot["master_keys"].items():
            assert generation.isdigit()
            assert len(b64d(wrap["nonce"])) == 12
            assert len(b64d(wrap["ciphertext"])) == 48
            assert len(b64d(wrap["ephemeral_public_key"])) == 32
    return data


def load_keyslot_file(folder: Path) -> dict[str, Any]:
    return parse_keyslot_file((folder / "keyslots.json").read_bytes())


def user_slot(keyfile: dict[str, Any], typed_name: str) -> dict[str, Any] | None:
    """§3.2: the first user slot whose name matches case-insensitively."""
    wanted = typed_name.strip().casefold()
    return next(
        (s for s in keyfile["slots"] if s["kind"] == "user" and s["user_name"].casefold() == wanted), None
    )


def recovery_slot(keyfile: dict[str, Any]) -> dict[str, Any]:
    return next(s for s in keyfile["slots"] if s["kind"] == "recovery")


def canonical_recovery_code(typed: str) -> str:
    """§10: upper-case, drop spaces and dashes, I/L→1 and O→0, regroup 8×5."""
    chars = "".join(c for c in typed.upper() if c not in " -\t\r\n")
    chars = chars.translate(str.maketrans({"I": "1", "L": "1", "O": "0"}))
    if len(chars) != 40 or any(c not in RECOVERY_ALPHABET for c in chars):
        raise ValueError("not a recovery code")
    return "-".join(chars[i : i + 5] for i in range(0, 40, 5))


def derive_slot_key(slot: dict[str, Any], secret: str) -> bytes:
    """§4.1: Argon2id (v0x13) of the NFC-normalised UTF-8 secret, 32 bytes."""
    kdf = slot["kdf"]
    return hash_secret_raw(
        unicodedata.normalize("NFC", secret).encode("utf-8"),
        b64d(kdf["salt"]),
        time_cost=kdf["time_cost"],
        memory_cost=kdf["memory_kib"],
        parallelism=kdf["parallelism"],
        hash_len=32,
        type=Type.ID,
        version=ARGON2_VERSION,
    )


def aad(vault_id: str, slot_id: str, purpose: str) -> bytes:
    return f"{AAD_PREFIX}|{vault_id}|{slot_id}|{purpose}".encode("ascii")


def unseal_private_key(keyfile: dict[str, Any], slot: dict[str, Any], secret: str) -> bytes:
    """§4.2: AES-256-GCM, ciphertext || tag; raises InvalidTag for a wrong secret."""
    sealed = slot["private_key"]
    return AESGCM(derive_slot_key(slot, secret)).decrypt(
        b64d(sealed["nonce"]),
        b64d(sealed["ciphertext"]),
        aad(keyfile["vault_id"], slot["slot_id"], "private-key"),
    )


def unwrap_master_key(
    keyfile: dict[str, Any], slot: dict[str, Any], private_key: bytes, generation: int
) -> bytes:
    """§4.3: ephemeral X25519 → HKDF-SHA256(salt = E || P) → AES-256-GCM."""
    wrap = slot["master_keys"][str(generation)]
    private = X25519PrivateKey.from_private_bytes(private_key)
    ephemeral_public = b64d(wrap["ephemeral_public_key"])
    shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    slot_public = private.public_key().public_bytes_raw()
    kek = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=ephemeral_public + slot_public, info=HKDF_INFO
    ).derive(shared)
    return AESGCM(kek).decrypt(
        b64d(wrap["nonce"]),
        b64d(wrap["ciphertext"]),
        aad(keyfile["vault_id"], slot["slot_id"], f"master-key/{generation}"),
    )


def key_pragma(master_key: bytes) -> str:
    """§5.1: the raw key, x'<64 hex>'."""
    return f"PRAGMA key = \"x'{master_key.hex()}'\""


def connect(db_path: Path, master_key: bytes) -> sqlcipher3.Connection:
    connection = sqlcipher3.connect(str(db_path))
    connection.execute(key_pragma(master_key))
    connection.execute("PRAGMA query_only = ON")
    return connection


def key_opens(db_path: Path, master_key: bytes) -> bool:
    """§6 step 6: SQLITE_NOTADB at the first read means 'not this key'."""
    with closing(sqlcipher3.connect(str(db_path))) as connection:
        connection.execute(key_pragma(master_key))
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == SQLITE_NOTADB:
                return False
            raise
    return True


def read_master_key(folder: Path, slot: dict[str, Any], secret: str) -> tuple[bytes, int]:
    """§6 steps 5–6, read-only: (master key, its generation). Never writes."""
    keyfile = load_keyslot_file(folder)
    db_path = folder / "vault.db"
    private_key = unseal_private_key(keyfile, slot, secret)
    rotation = keyfile["rotation"]
    if rotation is None:
        key = unwrap_master_key(keyfile, slot, private_key, keyfile["generation"])
        assert key_opens(db_path, key), "a key that unwrapped must open the database (else: damage)"
        return key, keyfile["generation"]
    assert slot["slot_id"] not in rotation["removed_slot_ids"], "deactivated slot"
    new_key = unwrap_master_key(keyfile, slot, private_key, rotation["generation"])
    if key_opens(db_path, new_key):
        return new_key, rotation["generation"]
    old_key = unwrap_master_key(keyfile, slot, private_key, keyfile["generation"])
    assert key_opens(db_path, old_key), "neither generation opens the database: damage"
    return old_key, keyfile["generation"]


def sha256_hex(data: bytes) -> str:
    digest = hashes.Hash(hashes.SHA256())
    digest.update(data)
    return digest.finalize().hex()


def genesis_hash(vault_id: str) -> str:
    """§9: SHA-256 of 'calqi-audit-v1:<vault_id>'."""
    return sha256_hex(f"{GENESIS_PREFIX}{vault_id}".encode())


def event_hash(event: tuple[Any, ...]) -> str:
    """§9: SHA-256 of the canonical JSON array of the event and its prev_hash."""
    # [seq, occurred_at, actor_id, action, client_id, target_user_id, on_request_of, details, prev_hash]
    content = [*event[:7], json.loads(event[7]), event[8]]
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return sha256_hex(canonical.encode("ascii"))


AUDIT_COLUMNS = (
    "seq, occurred_at, actor_id, action, client_id, target_user_id, on_request_of, details, prev_hash, hash"
)


def verify_audit_chain(
    events: list[tuple[Any, ...]], vault_id: str, checkpoint: dict[str, Any] | None
) -> int | None:
    """§9: walk from the genesis hash; the first broken seq, or None when sound."""
    expected_prev, expected_seq = genesis_hash(vault_id), 1
    hashes_by_seq: dict[int, str] = {}
    for event in events:
        seq, prev_hash, stored_hash = event[0], event[8], event[9]
        if seq != expected_seq:
            return expected_seq
        if prev_hash != expected_prev or event_hash(event) != stored_hash:
            return seq
        hashes_by_seq[seq] = stored_hash
        expected_prev, expected_seq = stored_hash, expected_seq + 1
    if checkpoint is not None:
        if len(events) < checkpoint["seq"]:
            return len(events) + 1
        if hashes_by_seq[checkpoint["seq"]] != checkpoint["hash"]:
            return checkpoint["seq"]
    return None


#: The tables revision 0003 adds (§11).
DOSSIER_TABLES = (
    "client",
    "client_address",
    "client_email",
    "client_phone",
    "bank_account",
    "child",
    "legal_basis",
    "client_document",
    "document_content",
    "field_change",
    "client_search",
    "client_search_word",
)


#: The tables revision 0004 adds (§11).
PRIVACY_TABLES = (
    "consent_purpose",
    "privacy_statement_version",
    "consent",
    "consent_event",
    "statement_notice",
    "authorisation",
    "disclosure",
)
#: The purposes 0004 seeds, as §11 gives them: (position, code, needs_recipient, explicit, ends_service, covers_special_data).
SEEDED_PURPOSES = (
    (0, "special-data", 0, 1, 1, 1),
    (1, "newsletter", 0, 0, 0, 0),
    (2, "group-offers", 0, 0, 0, 0),
    (3, "third-party", 1, 0, 0, 0),
    (4, "sale", 1, 1, 0, 0),
    (5, "promotions", 0, 0, 0, 0),
)
SEEDED_STATEMENT = ("2018-05", "2018-05-25", "Eerste vastgelegde versie van de privacyverklaring.")
APPEND_ONLY_TRIGGER = "consent_event_append_only"
APPEND_ONLY_MESSAGE = "consent events are append-only"


def read_vault(folder: Path, master_key: bytes) -> dict[str, Any]:
    """§11: the tables of revisions 0001 to 0004."""
    with closing(connect(folder / "vault.db", master_key)) as connection:
        return {
            "revision": [r[0] for r in connection.execute("SELECT version_num FROM alembic_version")],
            "info": connection.execute("SELECT id, vault_id, firm_name FROM vault_info").fetchall(),
            "firm": connection.execute(
                "SELECT id, firm_name, idle_lock_minutes, clipboard_clear_seconds, document_max_mb FROM firm_settings"
            ).fetchall(),
            "staff": connection.execute(
                "SELECT id, user_name, role, active, slot_id FROM staff_user ORDER BY id"
            ).fetchall(),
            "keyslot_records": {
                row[0]: row[1:]
                for row in connection.execute(
                    "SELECT slot_id, kind, public_key, staff_user_id, retired_at FROM keyslot_record"
                )
            },
            "events": connection.execute(f"SELECT {AUDIT_COLUMNS} FROM audit_event ORDER BY seq").fetchall(),
            "cipher_settings": {r[0] for r in connection.execute("PRAGMA cipher_settings")},
            "dossier_tables": {
                table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in DOSSIER_TABLES
            },
            "privacy_tables": {
                table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in PRIVACY_TABLES
            },
            "purposes": connection.execute(
                "SELECT position, code, needs_recipient, explicit, ends_service, covers_special_data, active "
                "FROM consent_purpose WHERE code IS NOT NULL ORDER BY position"
            ).fetchall(),
            "first_statement": connection.execute(
                "SELECT version, effective_on, summary, length(text) > 0, pdf IS NULL, added_by "
                "FROM privacy_statement_version ORDER BY effective_on, id LIMIT 1"
            ).fetchone(),
        }


def check_page_one(db_path: Path, master_key: bytes) -> bytes:
    """§5.2: salt, AES-256-CBC body, IV and HMAC-SHA512 of page 1; returns the decrypted body."""
    with db_path.open("rb") as handle:
        page = handle.read(PAGE_SIZE)
    salt = page[:16]
    body = page[16 : PAGE_SIZE - RESERVE]
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + IV_SIZE]
    mac = page[PAGE_SIZE - RESERVE + IV_SIZE :]
    hmac_key = PBKDF2HMAC(
        algorithm=hashes.SHA512(), length=32, salt=bytes(b ^ 0x3A for b in salt), iterations=2
    ).derive(master_key)
    check = crypto_hmac.HMAC(hmac_key, hashes.SHA512())
    check.update(body + iv + (1).to_bytes(4, "little"))
    check.verify(mac)
    decryptor = Cipher(algorithms.AES(master_key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def check_vault_against_keyslots(folder: Path, master_key: bytes) -> dict[str, Any]:
    """Everything the document promises about a closed, consistent vault."""
    keyfile = load_keyslot_file(folder)
    content = read_vault(folder, master_key)
    assert content["revision"] == ["0005"]
    assert content["info"] == [(1, keyfile["vault_id"], FIRM)]
    assert content["firm"] == [(1, FIRM, 10, 20, 25)]
    assert set(content["dossier_tables"]) == set(DOSSIER_TABLES)
    assert content["purposes"] == [(*purpose, 1) for purpose in SEEDED_PURPOSES]
    assert content["first_statement"] == (*SEEDED_STATEMENT, 1, 1, None)
    for setting in (
        "PRAGMA cipher_page_size = 4096;",
        "PRAGMA cipher_use_hmac = 1;",
        "PRAGMA cipher_plaintext_header_size = 0;",
        "PRAGMA cipher_hmac_algorithm = HMAC_SHA512;",
        "PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA512;",
    ):
        assert setting in content["cipher_settings"]
    header = check_page_one(folder / "vault.db", master_key)
    assert header[:8] == bytes.fromhex("1000020250402020")  # page size 4096, WAL, 80 reserved bytes
    # Every live slot is recorded, with the same public key, inside the database.
    slot_of_user = {row[4]: row for row in content["staff"] if row[4] is not None}
    for slot in keyfile["slots"]:
        kind, public_key, staff_user_id, retired_at = content["keyslot_records"][slot["slot_id"]]
        assert (kind, public_key, retired_at) == (slot["kind"], b64d(slot["public_key"]), None)
        if slot["kind"] == "user":
            assert slot_of_user[slot["slot_id"]][0] == staff_user_id
            assert slot_of_user[slot["slot_id"]][1] == slot["user_name"]
    # The audit chain, from the genesis hash, up to and past the checkpoint.
    assert keyfile["audit_checkpoint"] is not None
    assert verify_audit_chain(content["events"], keyfile["vault_id"], keyfile["audit_checkpoint"]) is None
    return content


# --- revision 0004: consent, statement versions, authorisations, disclosures (§11) -----

_FOLDS = str.maketrans(
    {"ß": "ss", "æ": "ae", "ø": "o", "œ": "oe", "ð": "d", "þ": "th", "ł": "l", "đ": "d", "ı": "i"}
)
ACTIVATION_CODE = re.compile(r"[A-Z0-9]{4,20}")
DOCUMENT_TYPE_ORDER = ("tax-return", "annual-account", "financial-report")


def fold(text: str) -> str:
    """§11: casefold, the listed letters, NFKD without combining marks."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLDS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def documented_columns(doc: str, revision: str) -> dict[str, dict[str, tuple[str, bool]]]:
    """§11: per table of `revision`, each column's (type, nullable) from the document's tables."""
    section = _section(doc, revision)
    tables: dict[str, dict[str, tuple[str, bool]]] = {}
    current: dict[str, tuple[str, bool]] | None = None
    for line in section.splitlines():
        heading = re.match(r"\*\*`(\w+)`\*\*:", line)
        if heading:
            current = tables.setdefault(heading.group(1), {})
        elif current is not None and line.startswith("| `"):
            cells = [cell.strip() for cell in re.split(r"(?<!\\)\|", line.strip().strip("|"))]
            names = re.findall(r"`(\w+)`", cells[0])
            types, nulls = cells[1].split(", "), cells[2].split(", ")
            for index, name in enumerate(names):
                kind = types[index if len(types) > 1 else 0]
                null = nulls[index if len(nulls) > 1 else 0]
                current[name] = (kind, null == "yes")
    return tables


def _section(doc: str, revision: str) -> str:
    """§11: the text of one revision, up to the next revision or the closing remark."""
    rest = doc.split(f"Revision **`{revision}`**", 1)[1].split("Later revisions add tables", 1)[0]
    return rest.split("Revision **`", 1)[0]


def documented_indexes(doc: str, revision: str) -> set[str]:
    section = _section(doc, revision)
    return set(re.findall(r"`((?:ix|uq)_\w+)`", section))


def authorisation_status(row: dict[str, Any], day: str) -> str:
    """§11: the status of an authorisation on `day` (ISO dates compare as text)."""
    if row["revoked_on"] is not None and row["revoked_on"] <= day:
        return "revoked"
    if row["kind"] == "via" and row["activated_on"] is None:
        return "awaiting-activation"
    if row["valid_from"] is None:
        return "requested"
    if day < row["valid_from"] or (row["activated_on"] is not None and day < row["activated_on"]):
        return "not-yet-valid"
    if row["valid_until"] is not None and day > row["valid_until"]:
        return "expired"
    return "valid"


def read_rows(connection: sqlcipher3.Connection, table: str) -> list[dict[str, Any]]:
    cursor = connection.execute(f"SELECT * FROM {table} ORDER BY id")
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# =================================================================================
# Making vaults: the only code here that uses the package
# =================================================================================


class SimulatedCrash(Exception):
    pass


def make_vault(folder: Path) -> str:
    """A new vault with one beheerder, signed out; returns the recovery code."""
    from calqi_desktop.services import auth
    from calqi_desktop.storage.crypto import TEST_ONLY_KDF

    workspace, code = auth.create_vault(
        folder, firm_name=FIRM, admin_name=ADMIN, admin_password=ADMIN_PASSWORD, kdf=TEST_ONLY_KDF
    )
    workspace.sign_out()
    return code


def make_rotated_vault(
    folder: Path, monkeypatch: pytest.MonkeyPatch, crash_at: str | None = None
) -> tuple[str, bytes]:
    """A vault where anna was added, then deactivated (generation 2).

    With `crash_at`, the rotation stops at that step as if the process died.
    Returns the recovery code and the keyslot file as it was before the rotation.
    """
    from calqi_desktop.domain.roles import Role
    from calqi_desktop.services import auth, staff
    from calqi_desktop.storage import vault as vault_module
    from calqi_desktop.storage.crypto import TEST_ONLY_KDF

    workspace, code = auth.create_vault(
        folder, firm_name=FIRM, admin_name=ADMIN, admin_password=ADMIN_PASSWORD, kdf=TEST_ONLY_KDF
    )
    staff.add_user(workspace, STAFF_NAME, Role.ACCOUNTANT, STAFF_PASSWORD)
    before = (folder / "keyslots.json").read_bytes()
    if crash_at is None:
        staff.deactivate(workspace, staff.find_user_id(workspace, STAFF_NAME))
        workspace.sign_out()
        return code, before

    def crash_point(step: str) -> None:
        if step == crash_at:
            raise SimulatedCrash(step)

    monkeypatch.setattr(vault_module, "crash_point", crash_point)
    with pytest.raises(SimulatedCrash):
        staff.deactivate(workspace, staff.find_user_id(workspace, STAFF_NAME))
    workspace.vault.close(checkpoint=False)  # leave the files exactly as the "crash" did
    return code, before


def make_backup(folder: Path, target: Path) -> None:
    from calqi_desktop.services import auth, vault_care

    workspace = auth.sign_in(folder, ADMIN, ADMIN_PASSWORD)
    vault_care.backup(workspace, target)
    workspace.sign_out()


def make_demo_vault(folder: Path) -> tuple[str, str]:
    """A demo vault with a few dozen clients and their consents, authorisations and disclosures,
    signed out; returns the beheerder's name and password."""
    from calqi_desktop.services import demo
    from calqi_desktop.storage.crypto import TEST_ONLY_KDF

    workspace, _code = demo.create_demo_vault(folder, kdf=TEST_ONLY_KDF, clients=120)
    workspace.sign_out()
    return demo.DEMO_ACCOUNTS[0].user_name, demo.DEMO_PASSWORD


# =================================================================================
# Tests
# =================================================================================


def test_the_reader_uses_nothing_from_the_package() -> None:
    """Only the make_* helpers may import calqi_desktop."""
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))

    def imports_package(node: ast.AST) -> bool:
        for sub in ast.walk(node):
            if isinstance(sub, ast.Import) and any(a.name.startswith("calqi_desktop") for a in sub.names):
                return True
            if isinstance(sub, ast.ImportFrom) and (sub.module or "").startswith("calqi_desktop"):
                return True
        return False

    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name.startswith("make_"):
            continue
        assert not imports_package(node), f"{getattr(node, 'name', 'module level')} imports calqi_desktop"


def test_the_document_names_every_constant_the_reader_uses() -> None:
    doc = DOC.read_text(encoding="utf-8")
    for constant in (
        KEYSLOT_FORMAT,
        BACKUP_FORMAT,
        "calqi-desktop/v1|",
        "|private-key",
        "|master-key/",
        HKDF_INFO.decode(),
        GENESIS_PREFIX,
        RECOVERY_ALPHABET,
        "0x13",
        "NFC",
        "E || P",
        "PRAGMA key = \"x'",
        "0x3a",
        VECTOR_PASSWORD,
        VECTOR_RECOVERY_CODE,
        VECTOR_MASTER_KEY,
    ):
        assert constant in doc, constant


def test_the_test_vector_in_the_document_opens() -> None:
    doc = DOC.read_text(encoding="utf-8")
    block = doc.split("<!-- test-vector:begin -->", 1)[1].split("<!-- test-vector:end -->", 1)[0]
    raw = block.strip().removeprefix("```json").removesuffix("```")
    keyfile = parse_keyslot_file(raw.encode("utf-8"))
    expected = bytes.fromhex(VECTOR_MASTER_KEY)

    slot = user_slot(keyfile, " Beheerder ")
    assert slot is not None
    private_key = unseal_private_key(keyfile, slot, VECTOR_PASSWORD)
    assert X25519PrivateKey.from_private_bytes(private_key).public_key().public_bytes_raw() == b64d(
        slot["public_key"]
    )
    assert unwrap_master_key(keyfile, slot, private_key, 1) == expected

    recovery = recovery_slot(keyfile)
    private_key = unseal_private_key(keyfile, recovery, canonical_recovery_code(VECTOR_RECOVERY_CODE.lower()))
    assert unwrap_master_key(keyfile, recovery, private_key, 1) == expected

    with pytest.raises(InvalidTag):
        unseal_private_key(keyfile, slot, VECTOR_PASSWORD + "!")


def test_the_audit_examples_in_the_document_hash_as_stated() -> None:
    doc = DOC.read_text(encoding="utf-8")
    vault_id = "29e4821cb623eee7b2da8a07af4ede06"
    genesis = genesis_hash(vault_id)
    first = (1, "2026-11-24T09:30:00.123456Z", 1, "vault.created", None, None, None, "{}", genesis)
    first_hash = event_hash(first)
    second = (
        2,
        "2026-11-24T09:31:05.000001Z",
        1,
        "vault.key-rotated",
        None,
        3,
        None,
        '{"resumed": true, "generation": 2}',  # key order and spacing of the column text do not matter
        first_hash,
    )
    for value in (genesis, first_hash, event_hash(second)):
        assert value in doc
    assert verify_audit_chain([(*first, first_hash), (*second, event_hash(second))], vault_id, None) is None


def test_reads_a_new_vault_with_the_password_and_the_recovery_code(vault_folder: Path) -> None:
    code = make_vault(vault_folder)
    assert sorted(p.name for p in vault_folder.iterdir()) == ["keyslots.json", "vault.db", "vault.lock"]

    keyfile = load_keyslot_file(vault_folder)
    assert keyfile["generation"] == 1 and keyfile["rotation"] is None
    assert [s["kind"] for s in keyfile["slots"]] == ["user", "recovery"]

    slot = user_slot(keyfile, ADMIN.upper())
    assert slot is not None
    master_key, generation = read_master_key(vault_folder, slot, ADMIN_PASSWORD)
    assert generation == 1
    content = check_vault_against_keyslots(vault_folder, master_key)
    assert [(row[1], row[2], row[3]) for row in content["staff"]] == [(ADMIN, "beheerder", 1)]
    assert [row[3] for row in content["events"]] == ["vault.created", "auth.sign-in", "auth.sign-out"]

    # The recovery code, typed sloppily, gives the same master key.
    typed = code.lower().replace("-", " ").replace("1", "l").replace("0", "o")
    recovery_key, _ = read_master_key(vault_folder, recovery_slot(keyfile), canonical_recovery_code(typed))
    assert recovery_key == master_key

    # A wrong password fails at the unwrap, before the database is touched.
    with pytest.raises(InvalidTag):
        unseal_private_key(keyfile, slot, ADMIN_PASSWORD + "x")
    other_code = ("1" if code[0] != "1" else "2") + code[1:]
    with pytest.raises(InvalidTag):
        unseal_private_key(keyfile, recovery_slot(keyfile), other_code)
    # The secret is the canonical form, dashes included.
    assert canonical_recovery_code(code) == code
    with pytest.raises(InvalidTag):
        unseal_private_key(keyfile, recovery_slot(keyfile), code.replace("-", ""))


def test_a_changed_event_breaks_the_chain_at_that_event(vault_folder: Path) -> None:
    make_vault(vault_folder)
    keyfile = load_keyslot_file(vault_folder)
    slot = user_slot(keyfile, ADMIN)
    assert slot is not None
    master_key, _ = read_master_key(vault_folder, slot, ADMIN_PASSWORD)
    events = read_vault(vault_folder, master_key)["events"]

    changed = list(events)
    changed[1] = (*events[1][:3], "auth.sign-in-recovery", *events[1][4:])
    assert verify_audit_chain(changed, keyfile["vault_id"], None) == 2
    assert verify_audit_chain(events[:1], keyfile["vault_id"], keyfile["audit_checkpoint"]) == 2
    assert verify_audit_chain(events[1:], keyfile["vault_id"], None) == 1


def test_reads_generation_two_after_a_key_rotation(
    vault_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, before = make_rotated_vault(vault_folder, monkeypatch)

    keyfile = load_keyslot_file(vault_folder)
    assert keyfile["generation"] == 2 and keyfile["rotation"] is None
    assert user_slot(keyfile, STAFF_NAME) is None
    for slot in keyfile["slots"]:
        assert set(slot["master_keys"]) == {"2"}

    admin = user_slot(keyfile, ADMIN)
    assert admin is not None
    master_key, generation = read_master_key(vault_folder, admin, ADMIN_PASSWORD)
    assert generation == 2
    content = check_vault_against_keyslots(vault_folder, master_key)
    assert [(row[1], row[3]) for row in content["staff"]] == [(ADMIN, 1), (STAFF_NAME, 0)]
    rotated = [json.loads(row[7]) for row in content["events"] if row[3] == "vault.key-rotated"]
    assert rotated == [{"generation": 2}]

    recovery_key, _ = read_master_key(vault_folder, recovery_slot(keyfile), canonical_recovery_code(code))
    assert recovery_key == master_key

    # The leaver's old slot still unwraps generation 1, which no longer opens the vault.
    old = parse_keyslot_file(before)
    leaver = user_slot(old, STAFF_NAME)
    assert leaver is not None
    old_key = unwrap_master_key(old, leaver, unseal_private_key(old, leaver, STAFF_PASSWORD), 1)
    assert old_key != master_key
    assert not key_opens(vault_folder / "vault.db", old_key)


# The rotation is recorded in the keyslot file before the database marks the leaver
# inactive, so at "prepared" the database does not know of it yet.
@pytest.mark.parametrize(
    ("crash_at", "opening_generation", "last_event"),
    [("prepared", 1, "staff.added"), ("rekeyed", 2, "vault.key-rotation-started")],
)
def test_reads_a_vault_whose_rotation_was_interrupted(
    vault_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    crash_at: str,
    opening_generation: int,
    last_event: str,
) -> None:
    code, _before = make_rotated_vault(vault_folder, monkeypatch, crash_at=crash_at)

    keyfile = load_keyslot_file(vault_folder)
    assert keyfile["generation"] == 1
    assert keyfile["rotation"] is not None and keyfile["rotation"]["generation"] == 2
    leaver = user_slot(keyfile, STAFF_NAME)
    assert leaver is not None and keyfile["rotation"]["removed_slot_ids"] == [leaver["slot_id"]]
    assert set(leaver["master_keys"]) == {"1"}  # the leaver never gets the new key

    for slot, secret in ((user_slot(keyfile, ADMIN), ADMIN_PASSWORD), (recovery_slot(keyfile), code)):
        assert slot is not None and set(slot["master_keys"]) == {"1", "2"}
        master_key, generation = read_master_key(vault_folder, slot, secret)
        assert generation == opening_generation
        content = read_vault(vault_folder, master_key)
        assert content["info"][0][2] == FIRM
        assert verify_audit_chain(content["events"], keyfile["vault_id"], keyfile["audit_checkpoint"]) is None
        assert content["events"][-1][3] == last_event


def test_reads_a_backup(vault_folder: Path, tmp_path: Path) -> None:
    make_vault(vault_folder)
    target = tmp_path / "back-up"
    make_backup(vault_folder, target)

    assert sorted(p.name for p in target.iterdir()) == ["keyslots.json", "manifest.json", "vault.db"]
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == BACKUP_FORMAT and manifest["format_version"] == 1
    for name, expected in manifest["files"].items():
        assert sha256_hex((target / name).read_bytes()) == expected
    assert set(manifest["files"]) == {"vault.db", "keyslots.json"}

    keyfile = load_keyslot_file(target)
    assert keyfile["vault_id"] == manifest["vault_id"]
    assert keyfile["generation"] == manifest["generation"]
    assert keyfile["audit_checkpoint"] == manifest["audit_checkpoint"]
    slot = user_slot(keyfile, ADMIN)
    assert slot is not None
    master_key, _ = read_master_key(target, slot, ADMIN_PASSWORD)
    content = check_vault_against_keyslots(target, master_key)
    assert len(content["events"]) == manifest["audit_checkpoint"]["seq"]


def test_the_page_check_notices_a_flipped_byte(vault_folder: Path) -> None:
    make_vault(vault_folder)
    keyfile = load_keyslot_file(vault_folder)
    slot = user_slot(keyfile, ADMIN)
    assert slot is not None
    master_key, _ = read_master_key(vault_folder, slot, ADMIN_PASSWORD)
    db_path = vault_folder / "vault.db"
    data = bytearray(db_path.read_bytes())
    data[100] ^= 0x01
    damaged = vault_folder.parent / "damaged.db"
    damaged.write_bytes(bytes(data))
    with pytest.raises(InvalidSignature):
        check_page_one(damaged, master_key)


def test_the_document_gives_every_table_column_and_index_of_0004(vault_folder: Path) -> None:
    make_vault(vault_folder)
    doc = DOC.read_text(encoding="utf-8")
    documented = documented_columns(doc, "0004")
    assert set(documented) == set(PRIVACY_TABLES)
    slot = user_slot(load_keyslot_file(vault_folder), ADMIN)
    assert slot is not None
    master_key, _ = read_master_key(vault_folder, slot, ADMIN_PASSWORD)
    with closing(connect(vault_folder / "vault.db", master_key)) as connection:
        for table, columns in documented.items():
            info = connection.execute(f"PRAGMA table_info({table})").fetchall()
            assert {row[1]: (row[2], not row[3]) for row in info} == columns, table
        marks = ", ".join("?" * len(PRIVACY_TABLES))
        indexes = {
            row[0]
            for row in connection.execute(
                f"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({marks}) "
                "AND name NOT LIKE 'sqlite_autoindex_%'",
                PRIVACY_TABLES,
            )
        }
        trigger = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (APPEND_ONLY_TRIGGER,)
        ).fetchone()
        named = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert indexes - documented_indexes(doc, "0005") <= documented_indexes(doc, "0004") <= named
    assert trigger is not None and APPEND_ONLY_MESSAGE in trigger[0]
    guarded = (
        "consent_id, client_id, kind, occurred_at, recorded_at, recorded_by, method, statement_version_id, "
        "guardian_relation, decisions"
    )
    assert guarded in trigger[0] and guarded in " ".join(doc.split())
    for position, code, *flags in SEEDED_PURPOSES:
        assert f"| {position} | `{code}` |" in doc and ", ".join(map(str, flags)) in doc
    assert all(part in doc for part in SEEDED_STATEMENT)


def test_reads_the_consents_authorisations_and_disclosures_of_a_demo_vault(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    user, password = make_demo_vault(folder)
    slot = user_slot(load_keyslot_file(folder), user)
    assert slot is not None
    master_key, _ = read_master_key(folder, slot, password)
    content = read_vault(folder, master_key)
    assert content["revision"] == ["0005"]
    assert all(content["privacy_tables"].values()), content["privacy_tables"]
    with closing(connect(folder / "vault.db", master_key)) as connection:
        rows = {table: read_rows(connection, table) for table in PRIVACY_TABLES}
        purposes = {row["id"]: row for row in rows["consent_purpose"]}
        events: dict[int, list[dict[str, Any]]] = {}
        for event in rows["consent_event"]:
            events.setdefault(event["consent_id"], []).append(event)
            assert event["kind"] in ("given", "withdrawn")
            assert event["method"] in ("paper", "email", "in-person", "portal")
            assert event["guardian_relation"] in ("", "parent", "legal-guardian")
            assert isinstance(json.loads(event["decisions"]), dict)
        for consent in rows["consent"]:
            assert consent["recipient_key"] == fold(consent["recipient"])
            assert bool(consent["recipient"]) == bool(purposes[consent["purpose_id"]]["needs_recipient"])
            assert consent["status"] == events[consent["id"]][-1]["kind"]
            assert bool(consent["via_guardian"]) == bool(events[consent["id"]][-1]["guardian_relation"])
            assert (consent["renew_due_on"] is not None) <= bool(consent["via_guardian"])
        today = date.today().isoformat()
        statuses = set()
        authorisations = {row["id"]: row for row in rows["authorisation"]}
        for row in authorisations.values():
            assert row["recipient_key"] == fold(row["recipient_name"])
            types = row["document_types"].split(",") if row["document_types"] else []
            assert types == [t for t in DOCUMENT_TYPE_ORDER if t in types]
            if row["activation_code"] is not None:
                assert row["kind"] == "via" and ACTIVATION_CODE.fullmatch(row["activation_code"])
            statuses.add(authorisation_status(row, today))
        assert {"valid", "awaiting-activation", "revoked"} <= statuses
        for row in rows["disclosure"]:
            if row["channel"] == "sent-by-client":
                assert (row["authorisation_id"], row["consent_id"]) == (None, None)
            elif row["authorisation_id"] is not None:
                authorisation = authorisations[row["authorisation_id"]]
                assert authorisation["recipient_kind"] == row["recipient_kind"]
                assert authorisation_status(authorisation, row["disclosed_on"]) == "valid"
            else:
                assert row["recipient_kind"] == "third-party" and row["consent_id"] is not None
        notices = rows["statement_notice"]
        assert {n["channel"] for n in notices if n["informed_at"]} <= {"email", "post", "portal", "in-person"}

    # The trigger keeps what happened and lets the free text be blanked (on a copy).
    copy = tmp_path / "copy.db"
    copy.write_bytes((folder / "vault.db").read_bytes())
    with closing(sqlcipher3.connect(str(copy))) as connection:
        connection.execute(key_pragma(master_key))
        for column in ("occurred_at", "decisions", "guardian_relation"):
            with pytest.raises(sqlcipher3.DatabaseError, match=APPEND_ONLY_MESSAGE):
                connection.execute(f"UPDATE consent_event SET {column} = {column} WHERE id = 1")
        connection.execute(
            "UPDATE consent_event SET note = '', guardian_name = '', guardian_client_id = NULL, "
            "evidence_document_id = NULL WHERE id = 1"
        )
        connection.rollback()


# --- revision 0005: data-subject requests (§11) ------------------------------------------------

#: The tables revision 0005 adds (§11).
REQUEST_TABLES = ("data_subject_request", "request_step", "request_document")
REQUEST_TRIGGERS = ("request_step_append_only", "request_step_no_delete")


def test_the_document_gives_every_table_column_index_and_trigger_of_0005(vault_folder: Path) -> None:
    make_vault(vault_folder)
    doc = DOC.read_text(encoding="utf-8")
    documented = documented_columns(doc, "0005")
    assert set(documented) == set(REQUEST_TABLES)
    slot = user_slot(load_keyslot_file(vault_folder), ADMIN)
    assert slot is not None
    master_key, _ = read_master_key(vault_folder, slot, ADMIN_PASSWORD)
    with closing(connect(vault_folder / "vault.db", master_key)) as connection:
        for table, columns in documented.items():
            info = connection.execute(f"PRAGMA table_info({table})").fetchall()
            assert {row[1]: (row[2], not row[3]) for row in info} == columns, table
        marks = ", ".join("?" * len(REQUEST_TABLES))
        indexes = {
            row[0]
            for row in connection.execute(
                f"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({marks}) "
                "AND name NOT LIKE 'sqlite_autoindex_%'",
                REQUEST_TABLES,
            )
        }
        triggers = dict(
            connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                ("request_step",),
            )
        )
    later = {"ix_consent_event_evidence_document_id", "ix_authorisation_document_id"}
    later |= {"ix_disclosure_authorisation_id", "ix_disclosure_consent_id"}
    assert indexes | later == documented_indexes(doc, "0005")
    assert set(triggers) == set(REQUEST_TRIGGERS)
    flat = " ".join(doc.split())
    assert "BEFORE UPDATE OF request_id, kind, occurred_at, actor_id, detail ON request_step" in flat
    assert (
        "BEFORE UPDATE OF request_id, kind, occurred_at, actor_id, detail ON request_step"
        in triggers["request_step_append_only"]
    )
    assert all("request steps are append-only" in sql for sql in triggers.values())
