# bindings FILE: "ROLE<TAB>CONDITIONAL<TAB> MEMBERS… <TAB>CONDITION" for each binding of a policy printed with --format=json.
bindings() {
  awk '
    /"condition": *\{/ { conditional = 1 }
    /"expression": *"/ { expression = $0; sub(/.*"expression": *"/, "", expression); sub(/",?[ \t]*$/, "", expression); gsub(/\\"/, "\"", expression) }
    /"members": *\[/ { in_members = 1; members = ""; next }
    in_members && /\]/ { in_members = 0; next }
    in_members { member = $0; gsub(/^[ \t]*"|",?[ \t]*$/, "", member); members = members " " member; next }
    /"role": *"/ { role = $0; sub(/.*"role": *"/, "", role); sub(/".*/, "", role); print role "\t" (conditional ? 1 : 0) "\t" members " \t" expression; conditional = 0; members = ""; expression = "" }
  ' "$1"
}
check_ca_pool_iam() {
  local pools pool project region id role state principal line missing=0 conditional=0 count=0 pool_list='' condition
  discover_config
  config_unusable ca-pool-iam && return
  if [ -n "$CA_POOL" ] && [ -n "$CA_POOL_REGION" ]; then
    pools="projects/${PROJECT:-$PROJECT_NUMBER}/locations/$CA_POOL_REGION/caPools/$CA_POOL"
  else
    region=${CA_POOL_REGION:-${ZONE%-*}}
    pools=$(grep "/locations/$region/" <<< "$CA_POOLS")
    [ -n "$pools" ] || pools=$CA_POOLS
  fi
  if [ -z "$pools" ]; then
    report ca-pool-iam skip @@MSG:skip.needs-ca-pool@@
    return
  fi
  local principals=(@@PRINCIPALS@@)
  principal=${principals[0]}
  for pool in $pools; do
    project=${pool#projects/} project=${project%%/*}
    region=${pool#*/locations/} region=${region%%/*}
    id=${pool##*/}
    pool_list="$pool_list $id"
    run iam gcloud privateca pools get-iam-policy "$id" "--location=$region" "--project=$project" --format=json
    command_failed ca-pool-iam gcloud && return
    if [ "$RC" != 0 ]; then
      gcloud_failed ca-pool-iam iam
      return
    fi
    for role in @@ROLES@@; do
      state=missing
      while IFS= read -r line; do
        [ "${line%%$'\t'*}" = "$role" ] || continue
        for principal in "${principals[@]}"; do
          if [[ $line == *" $principal "* ]]; then
            if [[ $line == *$'\t'0$'\t'* ]]; then
              state=bound
            elif [ "$state" = missing ]; then
              state=conditional condition=${line##*$'\t'}
            fi
          fi
        done
      done < <(bindings "$WORK/iam.out")
      principal=${principals[0]}
      case $state in
        missing)
          missing=$((missing + 1))
          finding ca-pool-iam ca-pool-permission-missing @@MSG:finding.ca-pool-permission-missing:pool=id@@ "gcloud privateca pools add-iam-policy-binding $id --location=$region --project=$project --role=$role --member=$principal"
          ;;
        conditional)
          conditional=$((conditional + 1))
          finding ca-pool-iam ca-pool-permission-conditional @@MSG:finding.ca-pool-permission-conditional:pool=id@@ @@MSG:remedy.unconditional-binding@@
          ;;
      esac
    done
  done
  pools=${pool_list# } count=$missing
  if [ "$missing" -gt 0 ]; then
    report ca-pool-iam fail @@MSG:detail.ca-pool-roles-missing@@
  elif [ "$conditional" -gt 0 ]; then
    report ca-pool-iam warn @@MSG:detail.ca-pool-roles-conditional@@
  else
    report ca-pool-iam pass @@MSG:detail.ca-pool-roles-ok@@
  fi
}
