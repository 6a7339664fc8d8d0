#!/usr/bin/env bash
# Times the expert-assignment solver on the size the review engine must handle: 1,000 entries x 300 experts,
# panels of 5, 5% of pairs in conflict, max load 30 (fixed seed), on OR-Tools and on the pure-Java engine. Prints one
# line per run; targets: at most 3 s on OR-Tools, at most 1 s on pure Java.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  cn.tianjin.quality.review.AssignmentBenchmark "$@"
