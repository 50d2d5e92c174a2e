# Writes a JSON data file (the signature catalogue, the table of causes)
# into a C++ source as one raw string literal, so the tools carry it and
# nothing is read at run time.
#   cmake -DIN=file.json -DOUT=file.cc -DNS=tempmon::x -DSYMBOL=kName -DDELIM=tmx -P embed_json.cmake
file(READ ${IN} text)
string(FIND "${text}" ")${DELIM}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter )${DELIM}\"")
endif()
get_filename_component(name ${IN} NAME)
file(WRITE ${OUT}.tmp "// Generated from ${name}; do not edit.\nnamespace ${NS} {\nextern const char ${SYMBOL}[];\nconst char ${SYMBOL}[] = R\"${DELIM}(${text})${DELIM}\";\n}\n")
file(RENAME ${OUT}.tmp ${OUT})
