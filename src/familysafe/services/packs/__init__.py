"""Content packs from schools and charities: build, sign, check and install `.fspack` files. No Qt.

A `.fspack` is a zip holding a pack folder laid out like `assets/content/core` (pack.yaml,
activities/<band>/*.yaml, guides/*.yaml) at its root, plus `manifest.json` (the SHA-256 of every
other file) and optionally `manifest.sig` (an Ed25519 signature over the manifest's bytes, with
the signer's public key). A pack is refused, with nothing changed, unless every rule holds:
size, entry-count and compression-ratio limits; only plain files with safe relative names of the
allowed types; the manifest matches byte for byte; a signature, if any, verifies; the content
passes the same validation as the built-in packs; and it is newer than the one installed.

Installed packs live in `<data dir>/packs/<pack id>/`. A pack is unpacked into a private staging
folder inside `<data dir>/packs/.staging/` and moved into place with `os.replace`, so a pack folder
is either the old one or the complete new one, never half of each.

The package, by seam: `archive` (reading the zip within its limits, the manifest, `PackError`),
`trust` (trusted keys and signatures), `staging` (the staging folder, its lock and its recovery at
start), `install` (check, install, upgrade, list, remove, load) and `authoring` (build, sign, keygen
for publishers). The public names are re-exported here. Tests that change a limit or the trusted keys
patch the module that reads it (`packs.install.MAX_PACK_NODES`, `packs.trust.trusted_keys`).
"""

from familysafe.services.packs.archive import (
    ALLOWED_SUFFIXES,
    FORMAT_VERSION,
    INSTALL_RECORD,
    MANIFEST,
    MANIFEST_FORMAT,
    MAX_ARCHIVE_BYTES,
    MAX_ENTRIES,
    MAX_ENTRY_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_NAME_DEPTH,
    MAX_NAME_LENGTH,
    MAX_PROBLEMS_SHOWN,
    MAX_RATIO,
    MAX_TOTAL_BYTES,
    PACK_SUFFIX,
    PACKS_DIRNAME,
    RATIO_FLOOR,
    SIGNATURE,
    SIGNATURE_FORMAT,
    STAGING_DIRNAME,
    PackError,
    check_name,
)
from familysafe.services.packs.authoring import (
    build_pack,
    keygen,
    public_key_text,
    sign_pack,
)
from familysafe.services.packs.install import (
    MAX_PACK_NODES,
    MAX_YAML_BYTES,
    InstalledPack,
    PackInfo,
    StagedPack,
    builtin_pack_ids,
    check_pack,
    installed_packs_dir,
    installed_version,
    list_installed,
    load_installed,
    remove_pack,
)
from familysafe.services.packs.staging import (
    LOCK_NAME,
    clean_staging,
    recover_staging,
)
from familysafe.services.packs.trust import (
    TrustedKey,
    fingerprint,
    load_trusted_keys,
    trusted_keys,
)

__all__ = [
    "ALLOWED_SUFFIXES",
    "FORMAT_VERSION",
    "INSTALL_RECORD",
    "LOCK_NAME",
    "MANIFEST",
    "MANIFEST_FORMAT",
    "MAX_ARCHIVE_BYTES",
    "MAX_ENTRIES",
    "MAX_ENTRY_BYTES",
    "MAX_MANIFEST_BYTES",
    "MAX_NAME_DEPTH",
    "MAX_NAME_LENGTH",
    "MAX_PACK_NODES",
    "MAX_PROBLEMS_SHOWN",
    "MAX_RATIO",
    "MAX_TOTAL_BYTES",
    "MAX_YAML_BYTES",
    "PACKS_DIRNAME",
    "PACK_SUFFIX",
    "RATIO_FLOOR",
    "SIGNATURE",
    "SIGNATURE_FORMAT",
    "STAGING_DIRNAME",
    "InstalledPack",
    "PackError",
    "PackInfo",
    "StagedPack",
    "TrustedKey",
    "build_pack",
    "builtin_pack_ids",
    "check_name",
    "check_pack",
    "clean_staging",
    "fingerprint",
    "installed_packs_dir",
    "installed_version",
    "keygen",
    "list_installed",
    "load_installed",
    "load_trusted_keys",
    "public_key_text",
    "recover_staging",
    "remove_pack",
    "sign_pack",
    "trusted_keys",
]
