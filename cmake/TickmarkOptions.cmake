# SPDX-FileCopyrightText: 2026 Tickmark contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared compile options: every target links tickmark_options.
option(TICKMARK_WERROR "Treat warnings as errors" OFF)
option(TICKMARK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

add_library(tickmark_options INTERFACE)
target_compile_features(tickmark_options INTERFACE cxx_std_20)
target_compile_definitions(tickmark_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    TICKMARK_VERSION="${PROJECT_VERSION}")
target_compile_options(tickmark_options INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual -Winvalid-pch)
if(TICKMARK_WERROR)
    target_compile_options(tickmark_options INTERFACE -Werror)
endif()
if(TICKMARK_SANITIZE)
    target_compile_options(tickmark_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(tickmark_options INTERFACE -fsanitize=address,undefined)
endif()

# Precompiled headers: Qt's headers dominate the build time (each test and page includes a few hundred thousand
# lines of them), so the libraries precompile them once and the executables reuse those PCHs. A PCH is only
# valid with the same flags and definitions; -Winvalid-pch (an error with TICKMARK_WERROR) says when one is not.
set(TICKMARK_CORE_PCH <QtCore/QtCore> <QtSql/QtSql> <QtGui/QtGui> <QtConcurrent/QtConcurrent>)
set(TICKMARK_UI_PCH ${TICKMARK_CORE_PCH} <QtWidgets/QtWidgets> <QtPrintSupport/QtPrintSupport>)

# tickmark_add_test(NAME SOURCES... LIBS...): one Qt Test executable per suite, run offscreen. Every suite links
# tickmark_test_base (tests/CMakeLists.txt) so that all share its flags and its precompiled headers.
function(tickmark_add_test name)
    cmake_parse_arguments(T "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE tickmark_test_base ${T_LIBS})
    target_precompile_headers(${name} REUSE_FROM tickmark_test_base)
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TICKMARK_USER=Test User (TU);TICKMARK_ROLE=preparer;TICKMARK_PDF_TOOL=$<TARGET_FILE:tickmark-pdf>"
        TIMEOUT 300)
    # Tests that show or index PDFs run the PDF helper process (core/pdf/pdftool.h): build it with them.
    add_dependencies(${name} tickmark-pdf)
endfunction()
