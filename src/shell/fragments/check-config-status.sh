check_config_status() {
  local http body status
  run config-status @@CURL_CONFIG_STATUS@@
  command_failed config-status curl && return
  curl_failed config-status config-status && return
  http=$(sed -n 's/^@@MARKER@@//p' "$WORK/config-status.out" | tail -n 1)
  body=$(sed '$d' "$WORK/config-status.out")
  status=$http
  if grep -qiF @@FEATURE_NOT_ENABLED@@ <<< "$body"; then
    report config-status fail @@MSG:detail.feature-not-enabled@@
    finding config-status feature-not-enabled @@MSG:finding.feature-not-enabled@@ @@FIX_ENABLE@@
  elif [ "$http" = 404 ] && tr '\n' ' ' <<< "$body" | grep -qF @@NOT_FOUND_TEXT@@; then
    report config-status fail @@MSG:detail.vm-unsupported@@
    finding config-status vm-unsupported @@MSG:finding.vm-unsupported@@ @@FIX_CREATE@@
  elif [ "$http" = 412 ]; then
    report config-status fail @@MSG:detail.config-not-applied@@
    finding config-status config-not-applied @@MSG:finding.config-not-applied@@ @@FIX_ENABLE@@
  elif [ "$http" = 403 ]; then
    report config-status error @@MSG:detail.header-rejected@@
  elif [ "$http" = 200 ]; then
    judge_status_body config-status "$body" @@FIX_UPDATE@@
  else
    body=${body:0:200}
    report config-status error @@MSG:detail.unexpected-reply@@
  fi
}
