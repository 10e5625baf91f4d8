check_workload_endpoints() {
  local name http body verdict answers='' all_ok=1 status
  for name in workload-identities trust-anchors; do
    mget "instance/gce-workload-certificates/$name"
    command_failed workload-endpoints curl && return
    curl_failed workload-endpoints md && return
    http=$MD_STATUS body=$MD_BODY verdict=ok
    if [ "$http" != 200 ]; then
      all_ok=0 verdict=unexpected
      if grep -qiF @@FEATURE_NOT_ENABLED@@ <<< "$body"; then
        verdict=feature-not-enabled
      elif [ "$http" = 404 ] && tr '\n' ' ' <<< "$body" | grep -qF @@NOT_FOUND_TEXT@@; then
        verdict=not-supported
      elif [ "$http" = 412 ]; then
        status=412
        report workload-endpoints fail @@MSG:detail.config-not-applied@@
        finding workload-endpoints config-not-applied @@MSG:finding.config-not-applied@@ @@FIX_ENABLE@@
        return
      elif [ "$http" = 403 ]; then
        report workload-endpoints error @@MSG:detail.header-rejected@@
        return
      fi
    fi
    answers="$answers; $name: HTTP $http${verdict/#ok/}"
  done
  answers=${answers#; }
  if [ "$all_ok" = 1 ]; then
    report workload-endpoints pass @@MSG:detail.endpoints-ok@@
  else
    report workload-endpoints warn @@MSG:detail.endpoints-404@@
  fi
}
