#!/usr/bin/env bash
# Deployment steps for Azure App Service; the README's Deployment section walks through them in order.
# Every name (registry, app, resource group, image) is read from the Terraform outputs, so the
# infrastructure code stays the single source of truth.
set -euo pipefail
cd "$(dirname "$0")/.."

TF_DIR=terraform
PLAN_FILE=tfplan

usage() {
  cat <<'USAGE'
usage: scripts/deploy.sh <command>
  init       terraform init (providers, backend)
  plan       terraform plan, saved to terraform/tfplan
  apply      terraform apply of the saved plan (or a fresh plan when none is saved)
  image      build the image in Azure with az acr build and push it as the tag Terraform deploys
             (IMAGE_TAG=<tag> builds another tag of the same repository, to switch to with image_tag)
  restart    restart the web app so it pulls the image again
  health     GET /api/health on the deployed app until it answers 200 (5 minutes at most)
  logs       stream the container logs (az webapp log tail)
  connector  export the Power Apps connector with CONNECTOR_HOST set to the deployed host
USAGE
}

tf_output() {
  terraform -chdir="$TF_DIR" output -raw "$1"
}

require() {
  command -v "$1" >/dev/null 2>&1 || { echo "deploy: '$1' is not on PATH ($2)" >&2; exit 127; }
}

cmd_init() {
  require terraform "https://developer.hashicorp.com/terraform/install"
  terraform -chdir="$TF_DIR" init
}

cmd_plan() {
  require terraform "https://developer.hashicorp.com/terraform/install"
  terraform -chdir="$TF_DIR" plan -out="$PLAN_FILE"
}

cmd_apply() {
  require terraform "https://developer.hashicorp.com/terraform/install"
  if [[ -f "$TF_DIR/$PLAN_FILE" ]]; then
    terraform -chdir="$TF_DIR" apply "$PLAN_FILE"
    rm -f "$TF_DIR/$PLAN_FILE"
  else
    terraform -chdir="$TF_DIR" apply
  fi
}

cmd_image() {
  require az "https://learn.microsoft.com/cli/azure/install-azure-cli"
  local registry image
  registry="$(tf_output registry_name)"
  image="$(tf_output image)"
  if [[ -n "${IMAGE_TAG:-}" ]]; then image="${image%:*}:${IMAGE_TAG}"; fi
  # The build runs in the registry (no local Docker engine needed); .dockerignore keeps .env* out of the upload.
  az acr build --registry "$registry" --image "$image" --platform linux/amd64 .
}

cmd_restart() {
  require az "https://learn.microsoft.com/cli/azure/install-azure-cli"
  az webapp restart --name "$(tf_output app_name)" --resource-group "$(tf_output resource_group_name)"
}

cmd_health() {
  local url deadline status
  url="$(tf_output app_url)/api/health"
  deadline=$((SECONDS + 300))
  while ((SECONDS < deadline)); do
    status="$(node -e "fetch(process.argv[1], { signal: AbortSignal.timeout(10000) }).then((r) => console.log(r.status), () => console.log(0))" "$url")"
    echo "GET $url -> $status"
    [[ "$status" == "200" ]] && return 0
    sleep 10
  done
  echo "deploy: $url did not answer 200 within 5 minutes; see: npm run deploy:logs" >&2
  return 1
}

cmd_logs() {
  require az "https://learn.microsoft.com/cli/azure/install-azure-cli"
  az webapp log tail --name "$(tf_output app_name)" --resource-group "$(tf_output resource_group_name)"
}

cmd_connector() {
  CONNECTOR_HOST="$(tf_output app_hostname)"
  export CONNECTOR_HOST
  echo "Exporting the connector for https://$CONNECTOR_HOST"
  npm run connector
}

case "${1:-}" in
  init | plan | apply | image | restart | health | logs | connector) "cmd_$1" ;;
  -h | --help | help) usage ;;
  *) usage >&2; exit 2 ;;
esac
