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
endif()
