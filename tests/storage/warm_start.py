"""The crash tests' writers, each a child forked from one process that has already imported it (issue 12, item 5).

A writer started as a new Python spent most of its CPU importing npdrights, and the crash tests start one for each
kill. Here one launcher imports the writer's module once, then forks a child for each run: still a process of its
own, killed for real with SIGKILL in the middle of whatever it is writing; only the imports are done beforehand.
POSIX only, like SIGKILL.

The launcher, `python -m tests.storage.warm_start MODULE`, reads a line for each child: the data folder and the
passphrase, separated by a tab. The child calls `MODULE.run(folder, passphrase)`; its lines come out on the
launcher's standard output, its own process id first. Once the child has ended, the launcher writes a new line
and `ENDED`.
"""

from __future__ import annotations

import importlib
import os
import signal
import subprocess
import sys
import traceback
from pathlib import Path
from types import TracebackType

# The vault imports filelock only when it first takes the key slots' lock, which each writer's unlock does: imported
# here, before the forks, each child no longer imports it again (a third of a crash-test writer's CPU).
import filelock  # noqa: F401

REPO = Path(__file__).resolve().parents[2]
ENDED = "-- writer ended --"


def launch(module_name: str) -> None:
    module = importlib.import_module(module_name)
    for line in sys.stdin:
        folder, passphrase = line.rstrip("\n").split("\t")
        sys.stdout.flush()  # nothing of the launcher's own left in a buffer the child would copy
        child = os.fork()
        if child == 0:
            try:
                print(os.getpid(), flush=True)
                module.run(Path(folder), passphrase)
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stderr.flush()
                os._exit(1)  # never on into the launcher's loop
        os.waitpid(child, 0)
        # On a line of its own even when the kill cut the child's last line short.
        print(f"\n{ENDED}", flush=True)


class WarmWriters:
    """The test's side: starts writers of `module` through one launcher, reads their lines and kills them."""

    def __init__(self, module: str, errors: Path) -> None:
        self._errors_path = errors
        self._errors = errors.open("w")  # a file, not a pipe: nobody has to read it while the writers run
        self._launcher = subprocess.Popen(
            [sys.executable, "-m", "tests.storage.warm_start", module],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._errors,
            text=True,
        )

    def __enter__(self) -> WarmWriters:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        assert self._launcher.stdin is not None
        self._launcher.stdin.close()
        self._launcher.wait(timeout=30)
        assert self._launcher.stdout is not None
        self._launcher.stdout.close()
        self._errors.close()

    def start(self, folder: Path, passphrase: str) -> int:
        """A new writer on `folder`: returns its process id."""
        assert self._launcher.stdin is not None
        self._launcher.stdin.write(f"{folder}\t{passphrase}\n")
        self._launcher.stdin.flush()
        return int(self.read_line())

    def read_line(self) -> str:
        """The writer's next line; an AssertionError, with what it wrote to standard error, if it has ended."""
        assert self._launcher.stdout is not None
        line = self._launcher.stdout.readline().rstrip("\n")
        if not line or line == ENDED:
            raise AssertionError(f"writer stopped early: {self._errors_path.read_text()}")
        return line

    def kill(self, writer: int) -> None:
        """SIGKILL, then what the writer printed before it died is passed over, up to the launcher's `ENDED`."""
        os.kill(writer, signal.SIGKILL)
        assert self._launcher.stdout is not None
        for line in self._launcher.stdout:
            if line.rstrip("\n") == ENDED:
                return
        raise AssertionError(f"the launcher ended: {self._errors_path.read_text()}")


if __name__ == "__main__":
    launch(sys.argv[1])
