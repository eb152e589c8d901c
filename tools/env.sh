# Shared settings for tools/*: where downloaded and built dependencies live (outside git).
# Sourced, not run.
MOMENTS_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MOMENTS_DEPS="${MOMENTS_DEPS:-$HOME/.cache/moments-of-truth}"
# Debian's emscripten needs Debian's acorn, which Node only finds through NODE_PATH.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
export MOMENTS_DEPS MOMENTS_ROOT
# Emscripten's --closure uses the Closure Compiler from the npm lockfile.
export EM_CLOSURE_COMPILER="$MOMENTS_ROOT/node_modules/.bin/google-closure-compiler"
