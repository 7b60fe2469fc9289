"""Source Sans 3, vendored and inlined: every deck and handout carries its own libre font.

A deck names its font; a projector laptop without it would fall back to whatever it
has, and the line breaks checked here would move. So the latin regular and bold
woff2 files of Source Sans 3 (SIL Open Font Licence 1.1) come from the npm
registry's ``@fontsource/source-sans-3`` at a pinned version with a checked hash
(``python tools/build_slides.py --vendor``, needs npm), live in ``tools/vendor/``
and are inlined as data: URLs, so nothing is fetched when a deck opens.
"""
from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from .sources import ROOT

FONT_FAMILY = "Source Sans 3"
FONT_PACKAGE = "@fontsource/source-sans-3"
FONT_VERSION = "5.3.1"
FONT_INTEGRITY = "sha512-O3YxvbotUOgYI2Zx0bBcEMNjnwitRf9P2+9pd54sMoux1NHrdXnMwZusw2P78lFhEzOPN4glOEQmX0ASaS68uA=="
FONT_VENDOR = ROOT / "tools" / "vendor" / f"source-sans-3-{FONT_VERSION}"
# weight -> file in the package: the latin subset covers the kit's English text, € and −.
FONT_FILES = {400: "source-sans-3-latin-400-normal.woff2", 700: "source-sans-3-latin-700-normal.woff2"}


def font_face_css() -> str:
    """@font-face rules with the woff2 files inlined."""
    rules = []
    for weight, name in FONT_FILES.items():
        path = FONT_VENDOR / name
        if not path.exists():
            raise SystemExit(f"{path} is missing: run `python tools/build_slides.py --vendor` (needs npm)")
        data = base64.b64encode(path.read_bytes()).decode("ascii")
        rules.append(f'@font-face {{ font-family: "{FONT_FAMILY}"; font-style: normal; font-weight: {weight}; '
                     f'font-display: block; src: url(data:font/woff2;base64,{data}) format("woff2"); }}')
    return "\n".join(rules)


def vendor_font() -> None:
    """Fetch the pinned package with `npm pack`, check its hash, copy the two woff2 files and the licence."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "--silent", f"{FONT_PACKAGE}@{FONT_VERSION}", "--pack-destination", tmp],
                       check=True, stdout=subprocess.DEVNULL)
        tarball = next(Path(tmp).glob("*.tgz"))
        digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
        if digest != FONT_INTEGRITY:
            raise SystemExit(f"{FONT_PACKAGE} {FONT_VERSION} tarball hash {digest} != pinned {FONT_INTEGRITY}")
        if FONT_VENDOR.exists():
            shutil.rmtree(FONT_VENDOR)
        FONT_VENDOR.mkdir(parents=True)
        with tarfile.open(tarball) as tar:
            for name in [*FONT_FILES.values()]:
                (FONT_VENDOR / name).write_bytes(tar.extractfile(f"package/files/{name}").read())
            (FONT_VENDOR / "LICENSE").write_bytes(tar.extractfile("package/LICENSE").read())
    (FONT_VENDOR / "README.md").write_text(
        f"# Source Sans 3 {FONT_VERSION} (vendored)\n\nFrom the npm registry (`npm pack {FONT_PACKAGE}@{FONT_VERSION}`, "
        f"integrity `{FONT_INTEGRITY}`), SIL Open Font Licence 1.1 (see LICENSE).\nOnly the latin regular and bold "
        "woff2 files, inlined in every deck and handout. Refresh with `python tools/build_slides.py --vendor`.\n",
        encoding="utf-8")
    print(f"vendored {FONT_PACKAGE} {FONT_VERSION} into {FONT_VENDOR.relative_to(ROOT)}")
