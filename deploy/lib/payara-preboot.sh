# Sourced by the scripts that start Payara Micro. payara_preboot OUT [FILE...] writes the pre-boot commands every
# instance starts with to OUT, then the commands of each FILE given.
#
# HTTP_THREADS (default 16) bounds the HTTP worker pool. Payara's own default lets it grow to a couple of hundred
# threads, so 32 signed-in users clicking at once on 2 cores were all served at the same time, each page taking 32
# times its own time; with 16 workers the others wait their turn in the queue, the same pages per second come out and
# the slowest answers come much sooner (demo data, 32 users without a pause: p99 110-160 ms against 200-290 ms).
# The pool must also cover requests that wait rather than work: keep nginx in front (it buffers uploads, so a slow
# client never holds a worker), and raise it with the cores.
#
# Text (pages, stylesheets, scripts, JSON) is sent gzip-compressed to browsers that accept it: a phone on a slow
# network gets the home page in a fraction of the bytes. A proxy in front may compress instead; it does no harm twice.
#
# HTTP_ADDRESS (default: every interface) is the one address the HTTP listener binds to, such as 127.0.0.1.
payara_preboot() {
  local out=$1 threads=${HTTP_THREADS:-16} address=${HTTP_ADDRESS:-}
  shift
  case $address in
    *[!0-9A-Za-z.:-]*) echo "The address to listen on must be an IP address or a host name, not '$address'" >&2; return 1 ;;
  esac
  case $threads in
    ''|*[!0-9]*) echo "HTTP_THREADS must be a whole number of threads, not '$threads'" >&2; return 1 ;;
  esac
  if [ "$threads" -lt 2 ] || [ "$threads" -gt 1000 ]; then
    echo "HTTP_THREADS must be between 2 and 1000, not $threads" >&2; return 1
  fi
  {
    echo "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=$threads"
    echo "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=$threads"
    echo "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compression=on"
    echo "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compression-min-size-bytes=860"
    echo "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compressable-mime-type=text/html,text/css,text/javascript,application/javascript,application/json,application/problem+json,application/xml,image/svg+xml,text/plain,text/csv"
    [ -z "$address" ] || echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=$address"
    [ $# -eq 0 ] || cat "$@"
  } >"$out"
}
