# `format-check` fails when a C++ file differs from .clang-format;
# `format` rewrites them in place.
find_program(CLANG_FORMAT_EXE NAMES clang-format-14 clang-format)
if(CLANG_FORMAT_EXE)
  file(GLOB_RECURSE PD_FORMAT_SOURCES CONFIGURE_DEPENDS
    ${CMAKE_SOURCE_DIR}/app/*.cpp ${CMAKE_SOURCE_DIR}/app/*.h
    ${CMAKE_SOURCE_DIR}/ui/*.cpp ${CMAKE_SOURCE_DIR}/ui/*.h
    ${CMAKE_SOURCE_DIR}/server/*.cpp ${CMAKE_SOURCE_DIR}/server/*.h
    ${CMAKE_SOURCE_DIR}/tests/*.cpp ${CMAKE_SOURCE_DIR}/tests/*.h)
  list(FILTER PD_FORMAT_SOURCES EXCLUDE REGEX "/node_modules/")
  add_custom_target(format-check
    COMMAND ${CLANG_FORMAT_EXE} --dry-run -Werror ${PD_FORMAT_SOURCES}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
    COMMENT "Checking C++ formatting")
  if(PD_BUILD_TESTS)
    add_test(NAME style.format
      COMMAND ${CLANG_FORMAT_EXE} --dry-run -Werror ${PD_FORMAT_SOURCES}
      WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
    set_tests_properties(style.format PROPERTIES LABELS "style")
  endif()
  add_custom_target(format
    COMMAND ${CLANG_FORMAT_EXE} -i ${PD_FORMAT_SOURCES}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR}
    COMMENT "Formatting C++ sources")
endif()
