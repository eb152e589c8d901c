# Shared settings for tools/*: where downloaded and built dependencies live (outside git).
# Sourced, not run.
MOMENTS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MOMENTS_DEPS="${MOMENTS_DEPS:-$HOME/.cache/moments-of-truth}"
# Debian's emscripten needs Debian's acorn, which Node only finds through NODE_PATH.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
export MOMENTS_DEPS MOMENTS_ROOT
# Emscripten's --closure uses the Closure Compiler from the npm lockfile.
export EM_CLOSURE_COMPILER="$MOMENTS_ROOT/node_modules/.bin/google-closure-compiler"
# A project folder copied elsewhere keeps build trees whose CMake caches name the
# old folder, which CMake refuses: such trees are dropped and rebuilt here.
for cache in "$MOMENTS_ROOT"/build/*/CMakeCache.txt; do
  [ -f "$cache" ] || continue
  home=$(sed -n 's/^CMAKE_HOME_DIRECTORY:INTERNAL=//p' "$cache")
  if [ "$(cd "$home" 2>/dev/null && pwd -P)" != "$(cd "$MOMENTS_ROOT" && pwd -P)" ]; then
    echo "[moments] $(dirname "$cache") was configured for $home: rebuilding it here" >&2
    rm -rf "$(dirname "$cache")"
  fi
done
unset cache home
