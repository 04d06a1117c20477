# Precompiled Qt and standard headers for the layer libraries: parsing them took about a third of the compiler's time
# per file (measured: 6.0 -> 4.3 s CPU for a server file at -O1 -g1). Only headers from outside the project, so a
# change in the project's own headers never rebuilds a precompiled header. Off for clang-tidy (it cannot read GCC's).
option(REGIEKAMER_PCH "Precompile the Qt and standard headers of the layer libraries" ON)

set(regiekamer_pch_base
    <QByteArray> <QDateTime> <QJsonArray> <QJsonObject> <QJsonDocument> <QList> <QObject> <QString> <QStringList>
    <QVariant> <QCoreApplication> <QtCrypto> <algorithm> <array> <expected> <functional> <memory> <optional>)

# The headers of each family of layers (cmake/Layers.cmake): one precompiled header per family, built once by a
# holder and reused by every library of the family (a GCC precompiled header is a 240 MB image; one per library
# would cost more to build than it saves).
set(regiekamer_pch_common)
set(regiekamer_pch_server <QDir> <QFile> <QHttpServer> <QHttpServerRequest> <QHttpServerResponse> <QSqlDatabase>
    <QSqlError> <QSqlQuery> <QUrlQuery> <map>)
set(regiekamer_pch_core <QAbstractTableModel> <QLocale> <QNetworkReply> <QNetworkRequest> <QPointer> <QTimer> <QUrl>
    <QUrlQuery>)
set(regiekamer_pch_ui <QAbstractTableModel> <QComboBox> <QDialog> <QEvent> <QHBoxLayout> <QHeaderView> <QLabel>
    <QLineEdit> <QLocale> <QPushButton> <QTableView> <QTimer> <QVBoxLayout> <QWidget>)
function(regiekamer_add_layer_pch_holder family)
    set(holder regiekamer_${family}_pch)
    set(anchor ${CMAKE_CURRENT_BINARY_DIR}/${holder}.cpp)
    file(CONFIGURE OUTPUT ${anchor} CONTENT "// Compiled only to build the precompiled header its layers reuse.\n")
    add_library(${holder} OBJECT ${anchor})
    target_link_libraries(${holder} PRIVATE regiekamer_${family}_qt)
    target_precompile_headers(${holder} PRIVATE ${regiekamer_pch_base} ${regiekamer_pch_${family}})
endfunction()

# The layer libraries compile in batches of up to 16 files each (unity builds): loading a precompiled header cost
# about 3.5 s of CPU per file, more than the file itself. Off for clang-tidy, which checks file by file.
option(REGIEKAMER_UNITY "Compile the layer libraries in batches of files (unity builds)" ON)

function(regiekamer_precompile_layers)
    get_property(layers GLOBAL PROPERTY REGIEKAMER_LAYERS)
    if(REGIEKAMER_UNITY)
        set_target_properties(${layers} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 16)
        # Its cipher engines are file-local types held by the class's private part: fine only in a file of its own.
        set_source_files_properties(${PROJECT_SOURCE_DIR}/common/crypto/Aead.cpp TARGET_DIRECTORY regiekamer_crypto
                                    PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
    endif()
    if(NOT REGIEKAMER_PCH)
        return()
    endif()
    foreach(family common server core ui)
        regiekamer_add_layer_pch_holder(${family})
        get_property(members GLOBAL PROPERTY REGIEKAMER_LAYERS_${family})
        get_property(users GLOBAL PROPERTY REGIEKAMER_PCH_USERS_${family})
        foreach(target IN LISTS members users)
            target_precompile_headers(${target} REUSE_FROM regiekamer_${family}_pch)
        endforeach()
    endforeach()
endfunction()

# An executable that links a family's libraries (the programs, the bench tools) compiles with that family's
# precompiled header: without it, a main.cpp of a few lines took 4-6 s of CPU to parse Qt's headers.
function(regiekamer_use_family_pch target family)
    if(NOT REGIEKAMER_PCH)
        return()
    endif()
    if(TARGET regiekamer_${family}_pch)
        target_precompile_headers(${target} REUSE_FROM regiekamer_${family}_pch)
    else()
        set_property(GLOBAL APPEND PROPERTY REGIEKAMER_PCH_USERS_${family} ${target})
    endif()
endfunction()

# The test executables share two precompiled headers (QtTest and the headers most tests use), one without and one
# with Qt Widgets: parsing the headers was about 85 % of the compiler's time for a test file (4.1 of 4.8 s CPU).
# GCC uses a precompiled header only when every macro it was built with is defined the same way and no macro it
# tests is defined in addition. So the holders define the macros every test shares: those of regiekamer_common (or
# regiekamer_ui for the GUI tests) and of regiekamer_qttest (tests/CMakeLists.txt), which all tests link.
set(regiekamer_test_pch_headers
    <QTest> <QSignalSpy> <QTemporaryDir> <QFile> <QDir> <QStandardPaths> <QElapsedTimer> <QProcess>
    <QRegularExpression> <QNetworkAccessManager> <QNetworkReply> <QSslConfiguration> <QEventLoop> <QSet>)
set(regiekamer_gui_test_pch_headers
    <QApplication> <QComboBox> <QLabel> <QLineEdit> <QPushButton> <QTabWidget> <QTableView>)

function(regiekamer_add_test_pch_holder holder)
    cmake_parse_arguments(ARG "" "" "LIBS;HEADERS" ${ARGN})
    set(anchor ${CMAKE_CURRENT_BINARY_DIR}/${holder}.cpp)
    file(CONFIGURE OUTPUT ${anchor} CONTENT "// Compiled only to build the precompiled header that tests reuse.\n")
    add_library(${holder} OBJECT ${anchor})
    target_link_libraries(${holder} PRIVATE ${ARG_LIBS})
    target_precompile_headers(${holder} PRIVATE ${regiekamer_pch_base} ${ARG_HEADERS})
endfunction()

function(regiekamer_add_test_pch_holders)
    if(REGIEKAMER_PCH)
        regiekamer_add_test_pch_holder(regiekamer_test_pch LIBS regiekamer_qttest regiekamer_common
                                       HEADERS ${regiekamer_test_pch_headers})
        regiekamer_add_test_pch_holder(regiekamer_gui_test_pch LIBS regiekamer_qttest regiekamer_ui
                                       HEADERS ${regiekamer_test_pch_headers} ${regiekamer_gui_test_pch_headers})
    endif()
endfunction()

# Test targets (and their support libraries) pass GUI when they link Qt Widgets.
function(regiekamer_precompile_test target)
    cmake_parse_arguments(ARG "GUI" "" "" ${ARGN})
    if(NOT REGIEKAMER_PCH)
        return()
    endif()
    if(ARG_GUI)
        target_precompile_headers(${target} REUSE_FROM regiekamer_gui_test_pch)
    else()
        target_precompile_headers(${target} REUSE_FROM regiekamer_test_pch)
    endif()
    # A test's moc output is included by its own file, which leaves moc's compilation file empty: loading the
    # 240 MB header for it would cost 2 s of CPU for nothing.
    get_target_property(binary_dir ${target} BINARY_DIR)
    set_source_files_properties(${binary_dir}/${target}_autogen/mocs_compilation.cpp TARGET_DIRECTORY ${target}
                                PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
endfunction()
