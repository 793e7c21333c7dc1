"""Child process for the crash tests: works on a real vault until it is killed.

Run as a script (`python crash_child.py MODE ...`), it inherits the
environment (CALQI_HOME, CALQI_TEST_ONLY_WEAK_KDF, and the credentials in
CALQI_CHILD_USER / CALQI_CHILD_PASSWORD / CALQI_CHILD_STAFF_PASSWORD) and
prints one line per step to stdout, flushed, so the parent knows how far it
got:

    commit-loop FOLDER START USER_EVERY
        Sign in as the beheerder and commit forever. Commit N (N = START+1,
        START+2, …) is an audit event `vault.smoke-test` with details {"n": N},
        or, when N is a multiple of USER_EVERY, a new staff member `h<N>`
        (which also rewrites the keyslot file). "ack N" is printed only after
        the commit returned.

    deactivate FOLDER TARGET KILL_STEP
        Sign in as the beheerder and deactivate TARGET (a master-key rotation).
        `vault.crash_point` prints "step <name> <seconds>" at each named step
        of the rotation and SIGKILLs this process at KILL_STEP ("none": never).
        Prints "start" just before the deactivation and "done <seconds>" after.

Loaded by path by the tests (tests/storage is not a package), it offers
`Child`, the parent's side: start the script, read its lines in a thread with
their arrival time, kill it, collect it.

Only for tests: this is not part of the application.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path

SCRIPT = Path(__file__).resolve()

# --- parent side ---------------------------------------------------------------------


class Child:
    """A running `crash_child.py`; every stdout line is kept with its arrival time."""

    def __init__(self, args: list[str], *, env: Mapping[str, str], stderr_path: Path) -> None:
        self._stderr_path = stderr_path
        with open(stderr_path, "wb") as stderr:
            self.proc = subprocess.Popen(
                [sys.executable, str(SCRIPT), *args],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=stderr,
                env=dict(env),
                text=True,
                encoding="utf-8",
                bufsize=1,
            )
        self.started_at = time.monotonic()
        self.lines: list[tuple[float, str]] = []
        self._eof = False
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, name="crash-child-reader", daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self._changed:
                self.lines.append((time.monotonic(), line.rstrip("\n")))
                self._changed.notify_all()
        with self._changed:
            self._eof = True
            self._changed.notify_all()

    def wait_for(self, wanted: Callable[[str], bool], timeout: float) -> tuple[float, str] | None:
        """The first line for which `wanted` is true (with its arrival time), or
        None when the child ended or `timeout` passed without one."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for arrived, line in self.lines:
                    if wanted(line):
                        return arrived, line
                left = deadline - time.monotonic()
                if self._eof or left <= 0:
                    return None
                self._changed.wait(left)

    def kill(self) -> float:
        """SIGKILL the child now; returns the moment it was sent."""
        moment = time.monotonic()
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
        return moment

    def finish(self, timeout: float = 60) -> int:
        """Wait for the child to end, drain its output; the return code."""
        try:
            code = self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            code = self.proc.wait(timeout)
        self._reader.join(timeout)
        assert self.proc.stdout is not None
        self.proc.stdout.close()
        return code

    def stderr(self) -> str:
        return self._stderr_path.read_text(encoding="utf-8", errors="replace")

    def output(self) -> list[str]:
        with self._changed:
            return [line for _at, line in self.lines]


# --- child side ----------------------------------------------------------------------


def child_env(user: str, password: str, staff_password: str = "") -> dict[str, str]:
    """The environment for a child: the test's own, plus who signs in."""
    env = {**os.environ, "CALQI_CHILD_USER": user, "CALQI_CHILD_PASSWORD": password, "PYTHONUNBUFFERED": "1"}
    if staff_password:
        env["CALQI_CHILD_STAFF_PASSWORD"] = staff_password
    return env


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def _commit_loop(folder: Path, start: int, user_every: int) -> None:
    from calqi_desktop.domain.audit import AuditAction
    from calqi_desktop.domain.roles import Role
    from calqi_desktop.services import auth, staff
    from calqi_desktop.storage.crypto import TEST_ONLY_KDF

    workspace = auth.sign_in(
        folder, os.environ["CALQI_CHILD_USER"], os.environ["CALQI_CHILD_PASSWORD"], kdf=TEST_ONLY_KDF
    )
    staff_password = os.environ["CALQI_CHILD_STAFF_PASSWORD"]
    _say("ready")
    n = start
    while True:
        n += 1
        if n % user_every == 0:
            staff.add_user(workspace, f"h{n}", Role.ASSISTENT, staff_password)
        else:
            with workspace.transaction() as session:
                workspace.record(session, AuditAction.SMOKE_TEST_RECORD, details={"n": n})
        _say(f"ack {n}")


def _deactivate(folder: Path, target: str, kill_step: str) -> None:
    from calqi_desktop.services import auth, staff
    from calqi_desktop.storage import vault as vault_module
    from calqi_desktop.storage.crypto import TEST_ONLY_KDF

    workspace = auth.sign_in(
        folder, os.environ["CALQI_CHILD_USER"], os.environ["CALQI_CHILD_PASSWORD"], kdf=TEST_ONLY_KDF
    )
    user_id = staff.find_user_id(workspace, target)
    began = time.perf_counter()

    def crash_point(step: str) -> None:
        _say(f"step {step} {time.perf_counter() - began:.4f}")
        if step == kill_step:
            os.kill(os.getpid(), signal.SIGKILL)

    vault_module.crash_point = crash_point
    _say("start")
    staff.deactivate(workspace, user_id)
    _say(f"done {time.perf_counter() - began:.4f}")
    workspace.sign_out()


def main(argv: list[str]) -> int:
    mode, folder = argv[0], Path(argv[1])
    if mode == "commit-loop":
        _commit_loop(folder, int(argv[2]), int(argv[3]))
    elif mode == "deactivate":
        _deactivate(folder, argv[2], argv[3])
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
