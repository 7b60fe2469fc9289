#!/usr/bin/env bash
# The participants' image for Zero to JupyterHub, built by repo2docker from this repository.
#   deploy/build-image.sh ghcr.io/OWNER/customer-king 0.1.0 [--push]
# repo2docker reads environment.yml (the pinned packages, the same as Binder) and postBuild
# (installs the kit); the appendix adds nbgitpuller, which the hand-out links need and
# Binder does not. Needs Docker and `pip install jupyter-repo2docker`.
set -euo pipefail
cd "$(dirname "$0")/.."
IMAGE="${1:?usage: deploy/build-image.sh IMAGE TAG [--push]}"
TAG="${2:?usage: deploy/build-image.sh IMAGE TAG [--push]}"
PUSH="${3:-}"
NBGITPULLER="$(grep '^nbgitpuller==' deploy/requirements.txt)"
repo2docker --no-run --user-name jovyan --image-name "$IMAGE:$TAG" \
  --appendix "RUN python -m pip install --no-cache-dir $NBGITPULLER" .
if [ "$PUSH" = "--push" ]; then
  docker push "$IMAGE:$TAG"
fi
echo "Built $IMAGE:$TAG; set singleuser.image in deploy/z2jh-values.yaml to it."
