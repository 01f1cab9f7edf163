# Precompiled Qt headers. Parsing Qt's headers is about half of what
# compiling one of our sources costs (more under the sanitizers, which CI
# builds), so the libraries each precompile the Qt headers their sources
# include most, and the test programs share two precompiled headers. An
# include a source forgets is still an error without PCH: build with
# -DPD_PCH=OFF to check.
option(PD_PCH "Precompile the Qt headers most sources include" ON)

set(PD_PCH_CORE_HEADERS
  <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray>
  <QJsonDocument> <QJsonObject> <QList> <QLocale> <QLoggingCategory> <QObject> <QPointer>
  <QRegularExpression> <QSqlDatabase> <QSqlError> <QSqlQuery> <QString> <QStringList> <QThread>
  <QTimer> <QUrl> <QVariant>)
set(PD_PCH_WIDGETS_HEADERS
  <QApplication> <QComboBox> <QDialog> <QDialogButtonBox> <QFormLayout> <QGroupBox>
  <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QListWidget> <QPlainTextEdit>
  <QProgressBar> <QPushButton> <QStyle> <QTableView> <QVBoxLayout> <QWidget>)
set(PD_PCH_TEST_HEADERS <QSignalSpy> <QTemporaryDir> <QTest>)

# pd_precompile(TARGET [WIDGETS]): TARGET precompiles the core headers, and
# the widgets' with WIDGETS. Sources compiled with options of their own
# (-O2 on the hot paths) would not match the precompiled header and skip it.
function(pd_precompile target)
  if(NOT PD_PCH)
    return()
  endif()
  cmake_parse_arguments(ARG "WIDGETS" "" "" ${ARGN})
  set(headers ${PD_PCH_CORE_HEADERS})
  if(ARG_WIDGETS)
    list(APPEND headers ${PD_PCH_WIDGETS_HEADERS})
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
  get_target_property(sources ${target} SOURCES)
  get_target_property(dir ${target} SOURCE_DIR)
  foreach(source IN LISTS sources)
    get_property(options SOURCE ${source} DIRECTORY ${dir} PROPERTY COMPILE_OPTIONS)
    if(options)
      set_property(SOURCE ${source} DIRECTORY ${dir} PROPERTY SKIP_PRECOMPILE_HEADERS ON)
    endif()
  endforeach()
endfunction()

# _pd_usage_closure(OUT TARGET): the targets whose usage requirements
# (definitions above all) TARGET compiles with: what it links, and what
# those pass on, not what they link privately ($<LINK_ONLY:...>).
function(_pd_usage_closure out target)
  set(seen)
  get_target_property(queue ${target} LINK_LIBRARIES)
  list(LENGTH queue left)
  while(left GREATER 0)
    list(POP_FRONT queue item)
    list(LENGTH queue left)
    if(NOT TARGET "${item}" OR item IN_LIST seen)
      continue()
    endif()
    list(APPEND seen ${item})
    get_property(next TARGET ${item} PROPERTY INTERFACE_LINK_LIBRARIES)
    foreach(dep IN LISTS next)
      if(NOT dep MATCHES "^\\$<")
        list(APPEND queue ${dep})
        list(LENGTH queue left)
      endif()
    endforeach()
  endwhile()
  set(${out} ${seen} PARENT_SCOPE)
endfunction()

# pd_precompile_tests(DIR): every test program under DIR reuses one of two
# precompiled headers, built once: one for programs with widgets, one for
# those without. A precompiled header is only valid for a source compiled
# with the same definitions, and Qt Test's headers test QT_GUI_LIB,
# QT_WIDGETS_LIB and QT_NETWORK_LIB, so a program is matched to the one
# its usage requirements give it the definitions of, or to none.
function(pd_precompile_tests dir)
  if(NOT PD_PCH)
    return()
  endif()
  # Qt Test passes each program its own folders (QT_TESTCASE_BUILDDIR,
  # QT_TESTCASE_SOURCEDIR) for QFINDTESTDATA, which no test here uses; as
  # definitions the headers read, they would make every folder's
  # precompiled header different.
  set_property(TARGET Qt6::Test PROPERTY INTERFACE_COMPILE_DEFINITIONS QT_TESTLIB_LIB)
  foreach(flavour core widgets)
    set(anchor pd_test_pch_${flavour})
    add_executable(${anchor} EXCLUDE_FROM_ALL ${PROJECT_SOURCE_DIR}/tests/support/PchAnchor.cpp)
    target_link_libraries(${anchor} PRIVATE pd_options Qt6::Test Qt6::Network Qt6::Sql)
    set(headers ${PD_PCH_CORE_HEADERS} ${PD_PCH_TEST_HEADERS})
    if(flavour STREQUAL widgets)
      target_link_libraries(${anchor} PRIVATE Qt6::Widgets)
      list(APPEND headers ${PD_PCH_WIDGETS_HEADERS})
    endif()
    target_precompile_headers(${anchor} PRIVATE ${headers})
  endforeach()

  set(dirs ${dir})
  while(dirs)
    list(POP_FRONT dirs current)
    get_property(subdirs DIRECTORY ${current} PROPERTY SUBDIRECTORIES)
    list(APPEND dirs ${subdirs})
    get_property(targets DIRECTORY ${current} PROPERTY BUILDSYSTEM_TARGETS)
    foreach(target IN LISTS targets)
      get_target_property(type ${target} TYPE)
      if(NOT type STREQUAL EXECUTABLE OR target MATCHES "^pd_test_pch_")
        continue()
      endif()
      _pd_usage_closure(usage ${target})
      if(NOT ("pd_options" IN_LIST usage AND "Qt6::Test" IN_LIST usage AND "Qt6::Network" IN_LIST usage
              AND "Qt6::Sql" IN_LIST usage))
        continue()
      endif()
      if("Qt6::Widgets" IN_LIST usage)
        set(anchor pd_test_pch_widgets)
      elseif("Qt6::Gui" IN_LIST usage)
        continue()
      else()
        set(anchor pd_test_pch_core)
      endif()
      target_precompile_headers(${target} REUSE_FROM ${anchor})
    endforeach()
  endwhile()
endfunction()
