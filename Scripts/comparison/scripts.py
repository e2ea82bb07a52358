"""Load a sibling script (no .py suffix) as a module, to reuse its functions."""
import importlib.machinery
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_script(name):
    """Scripts/<name> as a module named after it (dashes become underscores)."""
    sys.dont_write_bytecode = True  # no __pycache__ inside Scripts/
    module_name = name.replace("-", "_")
    if module_name in sys.modules:
        return sys.modules[module_name]
    loader = importlib.machinery.SourceFileLoader(module_name, os.path.join(HERE, name))
    spec = importlib.util.spec_from_loader(module_name, loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    loader.exec_module(module)
    return module
