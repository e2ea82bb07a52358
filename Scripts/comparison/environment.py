"""The reference environment: a virtual environment with the pinned Python tools.

Created on first use, so that a user needs nothing but python3 (with its venv module) and
network access to PyPI, or a wheel folder pip is told about (PIP_FIND_LINKS).
"""
import os
import subprocess
import sys


class SetupError(Exception):
    """The environment cannot be made; the message says what is missing and what to do."""


def _pins(requirements):
    with open(requirements, encoding="utf-8") as handle:
        lines = [line.split("#")[0].strip() for line in handle]
    return [line.split("==") for line in lines if line]


# Prints the pins that are not installed at their version, one a line.
_CHECK = """
import sys
from importlib.metadata import version, PackageNotFoundError
for pin in sys.argv[1:]:
    name, wanted = pin.split("==")
    try:
        if version(name) != wanted:
            print(pin)
    except PackageNotFoundError:
        print(pin)
"""


def missing_pins(python, requirements):
    """The pins of `requirements` that `python` lacks (all of them when it does not run)."""
    pins = ["==".join(pin) for pin in _pins(requirements)]
    if not os.access(python, os.X_OK):
        return pins
    result = subprocess.run([python, "-c", _CHECK] + pins, capture_output=True, text=True)
    return result.stdout.split() if result.returncode == 0 else pins


def ensure(venv, requirements, log_path, progress):
    """Return the Python of `venv`, creating the environment or installing what it lacks."""
    python = os.path.join(venv, "bin", "python")
    missing = missing_pins(python, requirements)
    if not missing:
        return python
    os.makedirs(os.path.dirname(log_path), exist_ok=True)
    with open(log_path, "w", encoding="utf-8") as log:
        if not os.access(python, os.X_OK):
            progress(f"creating the reference environment {venv}")
            if subprocess.call([sys.executable, "-m", "venv", venv], stdout=log, stderr=log) != 0:
                raise SetupError(
                    f"could not create a virtual environment at {venv} (is python3-venv installed? "
                    f"see {log_path}); or run with --tenor-only, or --venv PATH of an environment "
                    f"that has the packages of {requirements}")
        progress(f"installing {', '.join(missing)} with pip (a few minutes; log: {log_path})")
        code = subprocess.call([python, "-m", "pip", "install", "--disable-pip-version-check",
                                "-r", requirements], stdout=log, stderr=log)
    if code != 0:
        with open(log_path, encoding="utf-8", errors="replace") as log:
            tail = [line.rstrip() for line in log if line.strip()][-3:]
        raise SetupError(
            "pip could not install the reference tools into " + venv + ":\n    " + "\n    ".join(tail)
            + f"\n  (whole log: {log_path}). pip needs network access to PyPI, or a wheel folder in "
            "PIP_FIND_LINKS.\n  To go on without the Python tools: Scripts/benchmark --tenor-only; "
            "or --venv PATH of an environment that has the packages of " + requirements)
    still = missing_pins(python, requirements)
    if still:
        raise SetupError(f"after pip install, {venv} still lacks {', '.join(still)} (log: {log_path})")
    return python
