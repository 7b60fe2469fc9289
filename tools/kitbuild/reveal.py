"""reveal.js, vendored: the few pinned files a deck inlines, and how to refresh them.

Every deck inlines reveal.js so it opens by double-click with no network. The
files come from the npm registry at a pinned version with a checked hash
(``python tools/build_slides.py --vendor``, needs npm) and live in ``tools/vendor/``.
"""
from __future__ import annotations

import base64
import hashlib
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from .sources import ROOT

# reveal.js from the npm registry, pinned: 5.x is the line whose layout the kit
# was checked with (6.x changed it). `--vendor` re-fetches and checks the hash.
REVEAL_VERSION = "5.2.1"
REVEAL_INTEGRITY = ("sha512-r7//6mIM5p34hFiDMvYfXgyjXqGRta+/psd9YtytsgRlrpRzFv4RbH76TXd2qD"
                    "+7ZPZEbpBDhdRhJaFgfQ7zNQ==")
VENDOR = ROOT / "tools" / "vendor" / f"reveal.js-{REVEAL_VERSION}"
# Only what a deck needs: core, its CSS, the white theme, the speaker-notes plugin.
VENDOR_FILES = {
    "package/dist/reset.css": "reset.css",
    "package/dist/reveal.css": "reveal.css",
    "package/dist/theme/white.css": "white.css",
    "package/dist/reveal.js": "reveal.js",
    "package/plugin/notes/notes.js": "notes.js",
    "package/LICENSE": "LICENSE",
}


def vendored(name: str) -> str:
    path = VENDOR / name
    if not path.exists():
        raise SystemExit(f"{path} is missing: run `python tools/build_slides.py --vendor` (needs npm)")
    return path.read_text(encoding="utf-8")


def vendor() -> None:
    """Fetch the pinned reveal.js with `npm pack`, check its hash, copy the few files a deck inlines."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["npm", "pack", "--silent", f"reveal.js@{REVEAL_VERSION}", "--pack-destination", tmp],
                       check=True, stdout=subprocess.DEVNULL)
        tarball = Path(tmp) / f"reveal.js-{REVEAL_VERSION}.tgz"
        digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball.read_bytes()).digest()).decode()
        if digest != REVEAL_INTEGRITY:
            raise SystemExit(f"reveal.js {REVEAL_VERSION} tarball hash {digest} != pinned {REVEAL_INTEGRITY}")
        if VENDOR.exists():
            shutil.rmtree(VENDOR)
        VENDOR.mkdir(parents=True)
        with tarfile.open(tarball) as tar:
            for member, name in VENDOR_FILES.items():
                text = tar.extractfile(member).read().decode("utf-8")
                if name == "white.css":
                    # The theme's web-font import points at files we do not ship; the kit
                    # inlines its own font (fonts.py), so a deck never asks for a missing file.
                    text = re.sub(r"@import url\([^)]*\);\n?", "", text)
                (VENDOR / name).write_text(text, encoding="utf-8")
    (VENDOR / "README.md").write_text(
        f"# reveal.js {REVEAL_VERSION} (vendored)\n\nFrom the npm registry (`npm pack reveal.js@{REVEAL_VERSION}`, "
        f"integrity `{REVEAL_INTEGRITY}`), MIT licence (see LICENSE).\nOnly the files a deck inlines; "
        "the theme's web-font `@import` is removed. Refresh with `python tools/build_slides.py --vendor`.\n",
        encoding="utf-8")
    print(f"vendored reveal.js {REVEAL_VERSION} into {VENDOR.relative_to(ROOT)}")
