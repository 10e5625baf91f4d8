# valid_id KIND VALUE: the ID rules of pools, namespaces and managed identities (gcp- is reserved).
valid_id() {
  [[ $2 =~ $1 ]] && [[ $2 != gcp-* ]]
}
RE_POOL=@@RE_poolId@@
RE_NAMESPACE=@@RE_namespace@@
RE_IDENTITY=@@RE_managedIdentity@@
RE_NUMBER=@@RE_projectNumber@@
# parse_spiffe VALUE: sets TRUST_DOMAIN POOL_ID PROJECT_NUMBER SPIFFE_URI, or REASON and fails.
parse_spiffe() {
  local body=${1#spiffe://} domain namespace identity
  body=${body#//}
  if ! [[ $body =~ ^([^/]+)/ns/([^/]+)/sa/([^/]+)$ ]]; then
    REASON=@@MSG:reason.spiffe-form@@
    return 1
  fi
  domain=${BASH_REMATCH[1]} namespace=${BASH_REMATCH[2]} identity=${BASH_REMATCH[3]}
  REASON=@@MSG:reason.trust-domain@@
  [[ $domain =~ ^([^.]+)\.global\.([^.]+)\.workload\.id\.goog$ ]] || return 1
  # valid_id matches too, which resets BASH_REMATCH: take the parts first.
  POOL_ID=${BASH_REMATCH[1]} PROJECT_NUMBER=${BASH_REMATCH[2]}
  valid_id "$RE_POOL" "$POOL_ID" && [[ $PROJECT_NUMBER =~ $RE_NUMBER ]] || return 1
  if ! valid_id "$RE_NAMESPACE" "$namespace"; then
    REASON=@@MSG:reason.namespace@@
    return 1
  fi
  if ! valid_id "$RE_IDENTITY" "$identity"; then
    REASON=@@MSG:reason.managed-identity@@
    return 1
  fi
  TRUST_DOMAIN=$domain
  SPIFFE_URI="spiffe://$domain/ns/$namespace/sa/$identity"
}
# discover_identity: the partner attribute, else the instance's workloadIdentityConfig (once per run).
IDENTITY_STATE='' IDENTITY_RAW='' GENERATION='' IDENTITY_RC=0
discover_identity() {
  local partner_unreachable=0
  [ -z "$IDENTITY_STATE" ] || return 0
  mget @@IDENTITY_PATH@@
  if [ "$RC" = 0 ] && [ "$MD_STATUS" = 200 ] && [ -n "$MD_BODY" ]; then
    IDENTITY_RAW=$MD_BODY GENERATION=partner-metadata IDENTITY_STATE=found
    return 0
  fi
  [ "$RC" = 0 ] || partner_unreachable=1
  resolve_target
  if [ -z "$VM" ] || [ -z "$ZONE" ]; then
    IDENTITY_STATE=unknown
    return 0
  fi
  run describe gcloud compute instances describe "$VM" "--zone=$ZONE" ${PROJECT:+"--project=$PROJECT"} --format=json
  if [ "$RC" != 0 ]; then
    IDENTITY_STATE=failed IDENTITY_RC=$RC
    return 0
  fi
  IDENTITY_RAW=$(grep -oE '"identity": *"[^"]*"' "$WORK/describe.out" | head -n 1 | sed 's/.*: *"\(.*\)"$/\1/')
  if [ -n "$IDENTITY_RAW" ]; then
    GENERATION=pool-level IDENTITY_STATE=found
  elif [ "$partner_unreachable" = 1 ]; then
    IDENTITY_STATE=unknown
  else
    IDENTITY_STATE=absent
  fi
}
# discover_config: CA pools and trust domains of either generation (once per run).
CONFIG_STATE='' CA_POOLS='' TRUST_DOMAINS='' OWN_IMPLICIT=0 CONFIG_RC=0
discover_config() {
  local domains='[a-z0-9-]+\.global\.[0-9]+\.workload\.id\.goog'
  [ -z "$CONFIG_STATE" ] || return 0
  discover_identity
  if [ "$IDENTITY_STATE" = failed ]; then
    CONFIG_STATE=failed CONFIG_RC=$IDENTITY_RC
    return 0
  fi
  if [ "$IDENTITY_STATE" != found ] || ! parse_spiffe "$IDENTITY_RAW"; then
    CONFIG_STATE=unknown
    return 0
  fi
  if [ "$GENERATION" = partner-metadata ]; then
    mget @@ISSUANCE_PATH@@
    [ "$MD_STATUS" != 200 ] || CA_POOLS=$(grep -oE 'projects/[^"/]+/locations/[^"/]+/caPools/[^"/]+' <<< "$MD_BODY" | head -n 1)
    mget @@TRUST_PATH@@
    [ "$MD_STATUS" != 200 ] || TRUST_DOMAINS=$(grep -oE "\"$domains\" *:" <<< "$MD_BODY" | grep -oE "$domains")
    CONFIG_STATE=found
    return 0
  fi
  run pool gcloud iam workload-identity-pools describe "$POOL_ID" --location=global "--project=$PROJECT_NUMBER" --format=json
  if [ "$RC" != 0 ]; then
    CONFIG_STATE=failed CONFIG_RC=$RC
    cp "$WORK/pool.err" "$WORK/describe.err"
    return 0
  fi
  CA_POOLS=$(grep -oE 'projects/[^"/]+/locations/[^"/]+/caPools/[^"/]+' "$WORK/pool.out")
  TRUST_DOMAINS=$(grep -oE "\"$domains\": *\\{" "$WORK/pool.out" | grep -oE "$domains")
  [ -z "$CA_POOLS" ] || OWN_IMPLICIT=1
  CONFIG_STATE=found
}
# config_unusable CHECK: reports a discovery that found nothing usable; fails when there is a config.
config_unusable() {
  case $CONFIG_STATE in
    failed)
      RC=$CONFIG_RC
      command_failed "$1" gcloud || gcloud_failed "$1" describe
      ;;
    unknown) report "$1" skip @@MSG:skip.no-identity@@ ;;
    *) return 1 ;;
  esac
}
