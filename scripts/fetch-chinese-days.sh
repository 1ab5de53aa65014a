#!/usr/bin/env bash
# Fetch the chinese-days@1.5.7 npm package (licence: MIT, see the package's
# LICENSE file) and place its day table at
#   <repo>/.cache/chinese-days/chinese-days.json
# and its LICENSE beside it. The cache directory is git-ignored (a .gitignore
# containing "*" is written into it). Idempotent: does nothing if the JSON
# already exists and its sha256 matches DAYS_JSON_SHA256 below.
#
# Requires: npm (uses whatever registry npm is configured with), tar, sha256sum.
set -euo pipefail

PKG_NAME="chinese-days"
PKG_VERSION="1.5.7"
DAYS_JSON_SHA256="f3fa629113ef1e3118a12f411ae1307e6dd7d7142dbf39ac6b98ad35091afc54"

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd -P)"
REPO_ROOT="$(cd -- "${SCRIPT_DIR}/.." && pwd -P)"
CACHE_DIR="${REPO_ROOT}/.cache/chinese-days"
TARGET="${CACHE_DIR}/chinese-days.json"

sha256_of() { sha256sum -- "$1" | cut -d' ' -f1; }

mkdir -p -- "${CACHE_DIR}"
if [[ ! -f "${CACHE_DIR}/.gitignore" ]]; then
    printf '*\n' > "${CACHE_DIR}/.gitignore"
fi

if [[ -f "${TARGET}" && "$(sha256_of "${TARGET}")" == "${DAYS_JSON_SHA256}" ]]; then
    echo "fetch-chinese-days: ${TARGET} present, sha256 OK; nothing to do."
    exit 0
fi

WORK_DIR="$(mktemp -d "${CACHE_DIR}/.tmp.XXXXXX")"
trap 'rm -rf -- "${WORK_DIR}"' EXIT

echo "fetch-chinese-days: npm pack ${PKG_NAME}@${PKG_VERSION}"
npm pack --silent --pack-destination "${WORK_DIR}" "${PKG_NAME}@${PKG_VERSION}" > /dev/null
tar -xzf "${WORK_DIR}/${PKG_NAME}-${PKG_VERSION}.tgz" -C "${WORK_DIR}" package/dist/chinese-days.json package/LICENSE

ACTUAL="$(sha256_of "${WORK_DIR}/package/dist/chinese-days.json")"
if [[ "${ACTUAL}" != "${DAYS_JSON_SHA256}" ]]; then
    echo "fetch-chinese-days: sha256 mismatch for chinese-days.json" >&2
    echo "  expected ${DAYS_JSON_SHA256}" >&2
    echo "  actual   ${ACTUAL}" >&2
    exit 1
fi

mv -f -- "${WORK_DIR}/package/dist/chinese-days.json" "${TARGET}"
mv -f -- "${WORK_DIR}/package/LICENSE" "${CACHE_DIR}/LICENSE"
echo "fetch-chinese-days: wrote ${TARGET} (sha256 ${ACTUAL})"
