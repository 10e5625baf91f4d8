# curl_failed CHECK NAME: curl got no HTTP answer: no metadata server there (a finding), or curl itself failed.
curl_failed() {
  local host=$METADATA_HOST message
  [ "$RC" != 0 ] || return 1
  message=$(head -n 1 "$WORK/$2.err")
  case $RC in
    @@UNREACHABLE_EXITS@@)
      report "$1" fail @@MSG:detail.metadata-unreachable@@
      finding "$1" metadata-unreachable @@MSG:finding.metadata-unreachable@@ @@MSG:remedy.metadata-unreachable@@
      ;;
    *) report "$1" error @@MSG:detail.curl-failed@@ ;;
  esac
}
