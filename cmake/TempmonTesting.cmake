# Test helpers shared by every tests/<area>/CMakeLists.txt.
#
# tempmon_add_unit_test(NAME SOURCES... [LIBS libs...])
#   A Catch2 test binary run on the host; label "unit".
#
# tempmon_add_vm_test(NAME [TIMEOUT sec] [VMTEST_ARGS ...] [KERNELS k...]
#                     [LABELS l...] [FIXTURES f...] COMMAND cmd...)
#   One CTest test per test kernel, "NAME@<release>", label "vm" (or
#   LABELS; FIXTURES: fixtures it requires): boots the
#   kernel with scripts/vmtest and runs COMMAND inside (cwd = build dir).
#   The test fails when COMMAND fails, the VM times out, or the guest's
#   kernel log holds a warning. KEEP_OUT: the guest's $TEMPMON_OUT is
#   <build>/vm-out/NAME@<release> and stays there (bundles the real
#   capture wrote, for the viewer's golden tests).

function(tempmon_add_unit_test name)
  cmake_parse_arguments(A "" "" "LIBS;LABELS" ${ARGN})
  add_executable(${name} ${A_UNPARSED_ARGUMENTS})
  target_link_libraries(${name} PRIVATE Catch2::Catch2WithMain ${A_LIBS})
  set(labels unit ${A_LABELS})
  catch_discover_tests(${name} PROPERTIES LABELS "${labels}")
endfunction()

function(tempmon_add_vm_test name)
  cmake_parse_arguments(A "KEEP_OUT" "TIMEOUT" "VMTEST_ARGS;COMMAND;KERNELS;DEPENDS;LABELS;FIXTURES" ${ARGN})
  if(NOT A_TIMEOUT)
    set(A_TIMEOUT 300)
  endif()
  if(NOT A_LABELS)
    set(A_LABELS vm)
  endif()
  set(kernels ${TEMPMON_KERNELS})
  if(A_KERNELS)
    set(kernels ${A_KERNELS})
  endif()
  foreach(k ${kernels})
    set(out_args)
    if(A_KEEP_OUT)
      set(out_dir ${CMAKE_BINARY_DIR}/vm-out/${name}@${k})
      file(MAKE_DIRECTORY ${out_dir})
      set(out_args -o ${out_dir})
    endif()
    add_test(NAME ${name}@${k}
             COMMAND ${CMAKE_SOURCE_DIR}/scripts/vmtest -k ${k} -t ${A_TIMEOUT}
                     ${out_args} ${A_VMTEST_ARGS} -- ${A_COMMAND}
             WORKING_DIRECTORY ${CMAKE_BINARY_DIR})
    set_tests_properties(${name}@${k} PROPERTIES
      LABELS "${A_LABELS}" TIMEOUT ${A_TIMEOUT} RESOURCE_LOCK vm
      ENVIRONMENT "TEMPMON_BUILD=${CMAKE_BINARY_DIR};TEMPMON_CACHE=${TEMPMON_CACHE}")
    if(A_FIXTURES)
      set_tests_properties(${name}@${k} PROPERTIES FIXTURES_REQUIRED "${A_FIXTURES}")
    endif()
  endforeach()
endfunction()

# tempmon_add_tsan_test(NAME TARGET target BIN path SOURCES srcs...
#                       [FLAGS compile/link flags...] [DEPENDS files...])
#   A test binary built by one direct compiler call with -fsanitize=thread,
#   so that the build type's own sanitizer flags (ASan in the test build)
#   do not clash with it; every source, library code included, is
#   instrumented. Run under `setarch -R`: TSan's fixed shadow layout needs
#   the classic address space on kernels with high mmap randomisation.
#   Labels "unit;tsan".
function(tempmon_add_tsan_test name)
  cmake_parse_arguments(A "" "TARGET;BIN" "SOURCES;FLAGS;DEPENDS" ${ARGN})
  get_filename_component(dir ${A_BIN} DIRECTORY)
  add_custom_command(
    OUTPUT ${A_BIN}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
    COMMAND ${CMAKE_CXX_COMPILER} -std=c++20 -Wall -Wextra -Werror ${TEMPMON_TSAN_COMPILE}
            ${A_SOURCES} -o ${A_BIN} ${A_FLAGS} ${TEMPMON_TSAN_LINK} -pthread
    DEPENDS ${A_SOURCES} ${A_DEPENDS}
    COMMENT "Building ${name} with ThreadSanitizer"
    COMMAND_EXPAND_LISTS VERBATIM)
  add_custom_target(${A_TARGET} ALL DEPENDS ${A_BIN})
  add_test(NAME ${name} COMMAND setarch -R ${A_BIN})
  set_tests_properties(${name} PROPERTIES LABELS "unit;tsan" TIMEOUT 300
    ENVIRONMENT "TSAN_OPTIONS=halt_on_error=1 second_deadlock_stack=1")
endfunction()
