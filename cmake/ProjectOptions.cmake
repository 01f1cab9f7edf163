# One INTERFACE target carries the language level, warnings and Qt safety
# macros, so every target in the tree is built the same way (qBittorrent's
# approach, see ../shared/STYLE.md).
add_library(pd_options INTERFACE)
target_compile_features(pd_options INTERFACE cxx_std_20)
target_compile_options(pd_options INTERFACE
  -Wall -Wextra -Wpedantic -Werror
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wshadow=local)
target_compile_definitions(pd_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_STRICT_ITERATORS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400)

# Sanitizers are switched on by the `asan` preset.
option(PD_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(PD_SANITIZE)
  target_compile_options(pd_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(pd_options INTERFACE -fsanitize=address,undefined)
  # The `asan` test preset has every instrumented process (a test, and the
  # app or server it starts, whose stderr the test may not show) write its
  # report here; scripts/test fails the run on any file in it. The sanitizer
  # runtime does not create the folder.
  file(MAKE_DIRECTORY ${CMAKE_BINARY_DIR}/sanitizer-reports)
endif()

# Hardening of everything we build. Stack protector, control-flow protection,
# full RELRO and PIE do not depend on optimisation, so they are on in every
# build type and the Debug suite checks what ships; _FORTIFY_SOURCE needs
# optimisation (glibc warns at -O0, and warnings are errors), so it is on
# wherever the build type optimises. tests/hardening checks the ELF files.
target_compile_options(pd_options INTERFACE
  -fstack-protector-strong -fcf-protection=full
  $<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE -D_FORTIFY_SOURCE=2>)
target_link_options(pd_options INTERFACE -Wl,-z,relro,-z,now)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported()
