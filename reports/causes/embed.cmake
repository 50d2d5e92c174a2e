# Writes causes.json into a C++ source as one raw string literal.
file(READ ${IN} text)
string(FIND "${text}" ")tmcause\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter )tmcause\"")
endif()
file(WRITE ${OUT}.tmp "// Generated from causes.json; do not edit.\nnamespace tempmon::causes {\nextern const char kCausesJson[];\nconst char kCausesJson[] = R\"tmcause(${text})tmcause\";\n}\n")
file(RENAME ${OUT}.tmp ${OUT})
