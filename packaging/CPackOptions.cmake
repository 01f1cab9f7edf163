# Read by cpack for each generator (CPACK_PROJECT_CONFIG_FILE).
if(CPACK_GENERATOR STREQUAL "DEB")
  # Each package's description starts with its own synopsis line; CPackDeb
  # would put the project's summary in front of both.
  unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
