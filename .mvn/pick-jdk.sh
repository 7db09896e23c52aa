# Sourced by ./mvnw: Lucene 10 needs Java 21+, so when JAVA_HOME (or the java on the PATH) is older,
# look for a newer JDK in the usual install directories and use it for this build.
__vanban_java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}
__vanban_pick_jdk() {
  local current="${JAVA_HOME:+$JAVA_HOME/bin/java}"
  [ -n "$current" ] || current="$(command -v java 2>/dev/null)"
  if [ -n "$current" ] && [ "$(__vanban_java_major "$current")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  local candidate major best="" best_major=0
  for candidate in /usr/lib/jvm/* /opt/java/* /usr/local/lib/jvm/* "$HOME"/.sdkman/candidates/java/*; do
    [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major="$(__vanban_java_major "$candidate/bin/java")"
    if [ "${major:-0}" -ge 21 ] 2>/dev/null && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -z "$best" ]; then
    echo "vanban needs a JDK 21 or newer; install one or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
}
__vanban_pick_jdk || exit 1
