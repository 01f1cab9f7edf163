# `deps.complete` fails when the build, the tests or the scripts use a file
# from a Debian package that scripts/setup-deps does not install on a fresh
# machine (a green run on a machine that happens to have it proves nothing).
# `deps.selftest` drops a package the build needs from the list and expects
# the check to name it.
if(PD_BUILD_TESTS)
  add_test(NAME deps.complete
    COMMAND ${CMAKE_SOURCE_DIR}/scripts/check-deps ${CMAKE_BINARY_DIR}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  add_test(NAME deps.selftest
    COMMAND ${CMAKE_SOURCE_DIR}/scripts/check-deps ${CMAKE_BINARY_DIR}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(deps.selftest PROPERTIES
    ENVIRONMENT "PD_DEPS_DROP=libqt6opengl6-dev"
    PASS_REGULAR_EXPRESSION "package libqt6opengl6-dev is used but not installed")
  # After the build: the programs' shared libraries are part of the check.
  set_tests_properties(deps.complete deps.selftest PROPERTIES LABELS "deps" TIMEOUT 300)
endif()
