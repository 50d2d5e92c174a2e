# Test helpers shared by every tests/<area>/CMakeLists.txt.
#
# tempmon_add_unit_test(NAME SOURCES... [LIBS libs...])
#   A Catch2 test binary run on the host; label "unit".
#
# tempmon_add_vm_test(NAME [TIMEOUT sec] [VMTEST_ARGS ...] COMMAND cmd...)
#   One CTest test per test kernel, "NAME@<release>", label "vm": boots the
#   kernel with scripts/vmtest and runs COMMAND inside (cwd = build dir).
#   The test fails when COMMAND fails, the VM times out, or the guest's
#   kernel log holds a warning.

function(tempmon_add_unit_test name)
  cmake_parse_arguments(A "" "" "LIBS;LABELS" ${ARGN})
  add_executable(${name} ${A_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE Catch2::Catch2WithMain ${A_LIBS})
  set(labels unit ${A_LABELS})
  catch_discover_tests(${name} PROPERTIES LABELS "${labels}")
endfunction()

function(tempmon_add_vm_test name)
  cmake_parse_arguments(A "" "TIMEOUT" "VMTEST_ARGS;COMMAND;KERNELS;DEPENDS" ${ARGN})
  if(NOT A_TIMEOUT)
    set(A_TIMEOUT 300)
  endif()
  set(kernels ${TEMPMON_KERNELS})
  if(A_KERNELS)
    set(kernels ${A_KERNELS})
  endif()
  foreach(k ${kernels})
    add_test(NAME ${name}@${k}
             COMMAND ${CMAKE_SOURCE_DIR}/scripts/vmtest -k ${k} -t ${A_TIMEOUT}
                     ${A_VMTEST_ARGS} -- ${A_COMMAND}
             WORKING_DIRECTORY ${CMAKE_BINARY_DIR})
    set_tests_properties(${name}@${k} PROPERTIES
      LABELS "vm" TIMEOUT ${A_TIMEOUT} RESOURCE_LOCK vm
      ENVIRONMENT "TEMPMON_BUILD=${CMAKE_BINARY_DIR};TEMPMON_CACHE=${TEMPMON_CACHE}")
  endforeach()
endfunction()
