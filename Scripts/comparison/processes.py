"""Time a whole process and take its peak resident memory.

The child must be measured through a small intermediate process: on Linux a child's
ru_maxrss starts at the RSS of the process it was forked from (with vfork, at that process's
*peak*), so measuring a program straight from a script would report at least the script's own
peak (hundreds of MB after loading a big matrix). GNU time, or a tiny Python launcher, forks
the measured program from a process of a few MB instead.
"""
import collections
import os
import subprocess
import sys
import tempfile
import time

Measured = collections.namedtuple("Measured", "seconds peak_mb code stdout stderr")

# Runs argv[2:], writes "<ru_maxrss> <seconds>" to argv[1], exits with the child's status.
LAUNCHER = """
import os, sys, time
report = sys.argv[1]
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    try:
        os.execvp(sys.argv[2], sys.argv[2:])
    except OSError as error:
        sys.stderr.write(f"cannot run {sys.argv[2]}: {error}\\n")
    os._exit(127)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
with open(report, "w") as f:
    f.write(f"{usage.ru_maxrss} {seconds}\\n")
sys.exit(os.waitstatus_to_exitcode(status) & 255)
"""


def maxrss_mb(ru_maxrss):
    """ru_maxrss in MB: Linux reports kilobytes, macOS bytes."""
    return ru_maxrss / (1024 * 1024) if sys.platform == "darwin" else ru_maxrss / 1024


def _gnu_time():
    path = "/usr/bin/time"
    if not os.access(path, os.X_OK):
        return None
    try:
        out = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return path if "GNU" in (out.stdout + out.stderr) else None


GNU_TIME = _gnu_time()


def run_measured(argv, stdout_path=None):
    """Run argv; return Measured(seconds, peak_mb, code, stdout, stderr) for that process
    alone. With stdout_path, the child's output goes to that file and `stdout` is empty."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile("r", suffix=".rusage") as report:
        if GNU_TIME:
            wrapped = [GNU_TIME, "-o", report.name, "-f", "%M"] + argv
        else:
            wrapped = [sys.executable, "-S", "-c", LAUNCHER, report.name] + argv
        sink = open(stdout_path, "wb") if stdout_path else out
        try:
            start = time.perf_counter()
            code = subprocess.call(wrapped, stdout=sink, stderr=err)
            seconds = time.perf_counter() - start
        finally:
            if stdout_path:
                sink.close()
        lines = [line for line in report.read().split("\n") if line.strip()]
        peak_mb = float("nan")
        if lines:
            fields = lines[-1].split()
            try:
                if GNU_TIME:
                    peak_mb = int(fields[0]) / 1024  # GNU time: kilobytes everywhere
                else:
                    peak_mb = maxrss_mb(int(fields[0]))
                    seconds = float(fields[1])  # the launcher's own clock, without its start-up
            except (ValueError, IndexError):
                pass
        out.seek(0)
        err.seek(0)
        return Measured(seconds, peak_mb, code,
                        out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))
