# Writes signatures.json into a C++ source as one raw string literal.
file(READ ${IN} text)
string(FIND "${text}" ")tmsig\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${IN} contains the raw-string delimiter )tmsig\"")
endif()
file(WRITE ${OUT}.tmp "// Generated from signatures.json; do not edit.\nnamespace tempmon::signatures {\nextern const char kCatalogueJson[];\nconst char kCatalogueJson[] = R\"tmsig(${text})tmsig\";\n}\n")
file(RENAME ${OUT}.tmp ${OUT})
