# Writes a text file as a C++ raw string literal, for #include into a source file:
#   cmake -DIN=file.json -DOUT=file.inc -P tools/embed_text.cmake
file(READ "${IN}" content)
file(WRITE "${OUT}" "R\"moments_text(${content})moments_text\"\n")
