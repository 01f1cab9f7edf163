# Packages: `cpack` in the build folder makes
#   privacy-dashboard_<version>_<arch>.deb         the desktop app (component app)
#   privacy-dashboard-server_<version>_<arch>.deb  the reference backend (component server)
#   privacy-dashboard-<version>-Linux.tar.gz       everything installed, in one archive
# Included from the top CMakeLists.txt after every target is defined, so that
# the install rules of all directories exist. packaging/README.md explains the
# choices; tests/packaging checks the result (label `packaging`).

set(PD_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
set(PD_PACKAGING_BINARY_DIR ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${PD_PACKAGING_BINARY_DIR})

# Linux only: Windows and macOS are packaged by the scripts in windows/ and
# macos/, from the same install of the binaries and translations.
if(NOT CMAKE_SYSTEM_NAME STREQUAL "Linux")
  return()
endif()

# The server's service: a sandboxed systemd unit and its settings. Absolute
# destinations: Debian wants units in /lib/systemd/system and settings in
# /etc whatever the install prefix is.
install(FILES ${PD_PACKAGING_DIR}/server/privacy-dashboard-server.service
  DESTINATION /lib/systemd/system COMPONENT server)
install(FILES ${PD_PACKAGING_DIR}/server/server.conf
  DESTINATION /etc/privacy-dashboard-server COMPONENT server)
install(FILES ${CMAKE_SOURCE_DIR}/docs/deployment.md
  DESTINATION share/doc/privacy-dashboard-server COMPONENT server)

# Debian wants a copyright file and a changelog (gzip -9n: reproducible, and
# lintian checks the compression) in each package's doc folder.
execute_process(
  COMMAND gzip -9nc ${PD_PACKAGING_DIR}/debian/changelog
  OUTPUT_FILE ${PD_PACKAGING_BINARY_DIR}/changelog.gz
  COMMAND_ERROR_IS_FATAL ANY)
set_property(DIRECTORY ${CMAKE_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
  ${PD_PACKAGING_DIR}/debian/changelog)
foreach(pair "app;privacy-dashboard" "server;privacy-dashboard-server")
  list(GET pair 0 component)
  list(GET pair 1 package)
  install(FILES ${PD_PACKAGING_DIR}/debian/copyright ${PD_PACKAGING_BINARY_DIR}/changelog.gz
    DESTINATION share/doc/${package} COMPONENT ${component})
endforeach()

set(CPACK_PACKAGE_NAME privacy-dashboard)
set(CPACK_PACKAGE_VENDOR "The Privacy Dashboard developers")
set(CPACK_PACKAGE_CONTACT "The Privacy Dashboard developers <maintainers@privacydashboard.org>")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PROJECT_CONFIG_FILE ${PD_PACKAGING_DIR}/CPackOptions.cmake)
set(CPACK_PACKAGE_HOMEPAGE_URL https://privacydashboard.org/)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
# Installs into a staging folder (DESTDIR) under /usr, so that the absolute
# destinations above land in the package, never on the build machine.
set(CPACK_SET_DESTDIR ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_COMPONENTS_ALL app server)

# One .deb per component, named <package>_<version>_<arch>.deb.
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CPACK_PACKAGE_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

set(CPACK_DEBIAN_APP_PACKAGE_NAME privacy-dashboard)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION net)
# Plugins Qt loads at run time, which dpkg-shlibdeps cannot see: the SVG
# icon engine (the app's icons), the X11/Wayland platform plugins, the
# SQLite driver of the local copy; and libcrypto, which the app loads itself
# for the archive download's hash (app/export/Sha256.cpp). The app's own
# modules (cmake/AppModules.cmake) are in the package: dpkg-shlibdeps reads
# their libraries (QtCharts, libphonenumber, QtKeychain, QtNetworkAuth,
# QuaZip, libqrencode).
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins, libqt6sql6-sqlite, libssl3")
# --demo starts the server installed beside the app; Qt's own translations.
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "privacy-dashboard-server, qt6-translations-l10n")
set(CPACK_DEBIAN_APP_DESCRIPTION
  "See and control what the platform holds about you
Privacy Dashboard shows the personal data and the service data an
omnichannel customer-engagement platform holds about you: profile, visits,
messages, activity log, cookies and consents, connected apps, devices and
where your data is stored. It files the requests its privacy policy grants:
correction, export with an offline archive viewer, account deletion,
opting out of marketing, restricting or objecting to processing, a
guardian's removal of a minor's data and security reports.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME privacy-dashboard-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
# The database drivers are Qt plugins (PostgreSQL only when --db names it).
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
  ${PD_PACKAGING_DIR}/debian/conffiles ${PD_PACKAGING_DIR}/debian/postinst
  ${PD_PACKAGING_DIR}/debian/prerm ${PD_PACKAGING_DIR}/debian/postrm)
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_SERVER_DESCRIPTION
  "Reference backend of the Privacy Dashboard API
The server implements the Privacy Dashboard API over TLS on SQLite or
PostgreSQL: sign-in with two-factor authentication and OpenID Connect,
personal and service data, consents and the processing of privacy requests.
It runs as a sandboxed systemd service; the desktop app's demo mode starts
it on loopback.")

# The archive holds the whole install (both components) under one prefix.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

include(CPack)
