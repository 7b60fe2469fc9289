"""Keep test runs from touching the home folder, and keep kernels quiet."""
import os
import tempfile

_scratch = tempfile.mkdtemp(prefix="customer-king-tests-")
for variable in ("MPLCONFIGDIR", "IPYTHONDIR", "JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR"):
    os.environ.setdefault(variable, os.path.join(_scratch, variable.lower()))
os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
