# The app's modules: parts that need a library the start never uses
# (QtCharts, libphonenumber, QtKeychain, QtNetworkAuth, QuaZip, libqrencode)
# built as Qt plugins, which core/ModuleLoader loads on first use, so that
# the start does not load and relocate those libraries.
# Installed into <libdir>/<multiarch>/privacy-dashboard where the platform
# has a multiarch triplet (Debian's place for a package's private libraries,
# and outside ldconfig's folders, so CPack adds no ldconfig call to the
# maintainer scripts), else <libdir>/privacy-dashboard; the app finds them relative to
# its binary's folder, and in the build tree they are built at the same
# relative place from the app's binary (ui/). Tests running from other
# folders point $PD_MODULE_DIR at PD_MODULE_BUILD_DIR.
include(GNUInstallDirs)
if(CMAKE_LIBRARY_ARCHITECTURE)
  set(PD_MODULE_INSTALL_DIR lib/${CMAKE_LIBRARY_ARCHITECTURE}/privacy-dashboard)
else()
  set(PD_MODULE_INSTALL_DIR ${CMAKE_INSTALL_LIBDIR}/privacy-dashboard)
endif()
file(RELATIVE_PATH PD_MODULE_DIR_FROM_BIN /prefix/${CMAKE_INSTALL_BINDIR}
  /prefix/${PD_MODULE_INSTALL_DIR})
get_filename_component(PD_MODULE_BUILD_DIR ${CMAKE_BINARY_DIR}/ui/${PD_MODULE_DIR_FROM_BIN}
  ABSOLUTE)

# pd_add_module(NAME SOURCES ... LIBS ...): the module NAME, file pd_NAME,
# loaded as ModuleLoader::load<Interface>("NAME").
function(pd_add_module name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
  set(target pd_${name})
  add_library(${target} MODULE ${ARG_SOURCES})
  target_link_libraries(${target} PRIVATE pd_options ${ARG_LIBS})
  set_target_properties(${target} PROPERTIES
    LIBRARY_OUTPUT_DIRECTORY ${PD_MODULE_BUILD_DIR}
    CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  install(TARGETS ${target} LIBRARY DESTINATION ${PD_MODULE_INSTALL_DIR} COMPONENT app)
  set_property(GLOBAL APPEND PROPERTY PD_MODULE_TARGETS ${target})
endfunction()
