WORK=$(mktemp -d) || exit 3
trap 'rm -rf -- "$WORK"' EXIT
PROBLEM=0 INCONCLUSIVE=0 FINDINGS=0
declare -A STATUS=() CODES=()

# run NAME COMMAND...: stdout in $WORK/NAME.out, stderr in $WORK/NAME.err, exit status in RC.
run() {
  local name=$1
  shift
  timeout "$TIMEOUT" "$@" > "$WORK/$name.out" 2> "$WORK/$name.err" < /dev/null
  RC=$?
}
# report CHECK STATUS DETAIL: one line per check, as the CLI prints it.
report() {
  local mark
  case $2 in
    pass) mark='✓' ;;
    fail) mark='✗' PROBLEM=1 ;;
    warn) mark='!' ;;
    error) mark='?' INCONCLUSIVE=1 ;;
    *) mark='-' ;;
  esac
  STATUS[$1]=$2
  printf '  %s %-20s %s\n' "$mark" "$1" "$3"
}
# finding CHECK CODE SUMMARY [FIX]: a cause, with the contract's code.
finding() {
  CODES[$1]="${CODES[$1]:-} $2"
  FINDINGS=$((FINDINGS + 1))
  printf 'finding: %s  %s\n' "$2" "$3"
  [ -z "${4:-}" ] || printf '  fix: %s\n' "$4"
}
# gate_closed CHECK "STATUSES" "CODES": the check ended in one of STATUSES (with one of CODES, if any).
gate_closed() {
  [[ " $2 " == *" ${STATUS[$1]:-none} "* ]] || return 1
  [ -n "$3" ] || return 0
  local code
  for code in $3; do
    [[ " ${CODES[$1]:-} " == *" $code "* ]] && return 0
  done
  return 1
}
# command_failed CHECK PROGRAM: a command that gave no answer at all (missing, timed out).
command_failed() {
  local program=$2 ms=$((TIMEOUT * 1000))
  case $RC in
    127)
      report "$1" error @@MSG:detail.tool-missing@@
      finding "$1" tool-missing @@MSG:finding.tool-missing@@ @@MSG:remedy.tool-missing@@
      ;;
    124) report "$1" error @@MSG:detail.timeout@@ ;;
    *) return 1 ;;
  esac
  return 0
}
# gcloud_failed CHECK NAME: gcloud exited non-zero; log-in and permission problems are findings.
gcloud_failed() {
  local message
  message=$(grep -m1 '^ERROR:' "$WORK/$2.err" | sed 's/^ERROR: *([^)]*) *//')
  message=${message:-exit status $RC}
  report "$1" error @@MSG:detail.gcloud-failed@@
  if grep -Eq 'do not currently have an active account|gcloud auth login' "$WORK/$2.err"; then
    finding "$1" gcloud-auth @@MSG:finding.gcloud-not-logged-in@@ 'gcloud auth login'
  elif grep -Eq "PERMISSION_DENIED|Required '[^']+' permission|does not have permission" "$WORK/$2.err"; then
    finding "$1" gcloud-auth @@MSG:finding.gcloud-permission@@ @@MSG:remedy.gcloud-permission@@
  fi
}
# mget PATH: a metadata value; body in MD_BODY, HTTP status in MD_STATUS, curl's exit status in RC.
mget() {
  MD_PATH=$1
  run md @@CURL@@
  MD_STATUS=$(sed -n 's/^@@MARKER@@//p' "$WORK/md.out" | tail -n 1)
  MD_BODY=$(sed '$d' "$WORK/md.out")
}
# resolve_target: VM, zone and project from flags, the environment, the metadata server, gcloud config.
resolve_target() {
  local value
  if [ -z "$VM" ]; then
    mget instance/name
    [ "$RC" = 0 ] && [ "$MD_STATUS" = 200 ] && [[ $MD_BODY =~ $RE_VM ]] && VM=$MD_BODY
  fi
  [ -n "$ZONE" ] || { [[ ${CLOUDSDK_COMPUTE_ZONE:-} =~ $RE_ZONE ]] && ZONE=$CLOUDSDK_COMPUTE_ZONE; }
  if [ -z "$ZONE" ]; then
    mget instance/zone
    value=${MD_BODY##*/}
    [ "$RC" = 0 ] && [ "$MD_STATUS" = 200 ] && [[ $value =~ $RE_ZONE ]] && ZONE=$value
  fi
  if [ -z "$ZONE" ] && command -v gcloud > /dev/null; then
    value=$(timeout "$TIMEOUT" gcloud config get-value compute/zone 2> /dev/null < /dev/null)
    [[ $value =~ $RE_ZONE ]] && ZONE=$value
  fi
  [ -n "$PROJECT" ] || { [[ ${CLOUDSDK_CORE_PROJECT:-} =~ $RE_PROJECT ]] && PROJECT=$CLOUDSDK_CORE_PROJECT; }
  if [ -z "$PROJECT" ]; then
    mget project/project-id
    [ "$RC" = 0 ] && [ "$MD_STATUS" = 200 ] && [[ $MD_BODY =~ $RE_PROJECT ]] && PROJECT=$MD_BODY
  fi
  if [ -z "$PROJECT" ] && command -v gcloud > /dev/null; then
    value=$(timeout "$TIMEOUT" gcloud config get-value project 2> /dev/null < /dev/null)
    [[ $value =~ $RE_PROJECT ]] && PROJECT=$value
  fi
}
# judge_status_body CHECK BODY FIX: a config-status body (endpoint or config_status file).
judge_status_body() {
  local check=$1 body=$2 fix=$3 flat status text message entry count
  flat=$(printf '%s' "$body" | tr -d '\n')
  if grep -qiF @@FEATURE_NOT_ENABLED@@ <<< "$body"; then
    report "$check" fail @@MSG:detail.feature-not-enabled@@
    finding "$check" feature-not-enabled @@MSG:finding.feature-not-enabled@@ "$fix"
    return
  fi
  case $flat in
    '{'* | '['*) ;;
    *)
      text=${flat:0:200}
      report "$check" pass @@MSG:detail.config-status-text@@
      return
      ;;
  esac
  status=$(grep -oE '"status" *: *"[^"]*"' <<< "$flat" | head -n 1 | sed 's/.*"\([^"]*\)"$/\1/')
  if ! grep -Eq '[A-Za-z]*[Ee]rrors?" *: *\{ *"' <<< "$flat" && { [ -z "$status" ] || [[ ${status,,} == ok ]]; }; then
    report "$check" pass @@MSG:detail.config-status-ok@@
    return
  fi
  # Plain bash reads no JSON: the message is the first error text, the entry the key that holds it.
  message=$(grep -oE '"(message|errorMessage|error|detail)" *: *"([^"\\]|\\.)*"' <<< "$flat" | head -n 1 | sed -E 's/^"[^"]*" *: *"(.*)"$/\1/; s/\\(["\\])/\1/g')
  message=${message:-${flat:0:300}}
  entry=$(grep -oE '"[^"]+" *: *\{ *"(errorCode|code)"' <<< "$flat" | head -n 1 | sed -E 's/^"([^"]+)".*/\1/')
  entry=${entry:-config status} count=1
  report "$check" fail @@MSG:detail.config-status-errors@@
  if grep -q 'INTERNAL_ERROR' <<< "$flat"; then
    finding "$check" internal-error @@MSG:finding.internal-error@@ @@MSG:remedy.contact-support@@
  else
    finding "$check" config-error @@MSG:finding.config-error@@ @@MSG:remedy.update-config@@
  fi
}
