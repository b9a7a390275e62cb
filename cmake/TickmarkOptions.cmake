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
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
if(TICKMARK_WERROR)
    target_compile_options(tickmark_options INTERFACE -Werror)
endif()
if(TICKMARK_SANITIZE)
    target_compile_options(tickmark_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
        -fno-sanitize-recover=undefined)
    target_link_options(tickmark_options INTERFACE -fsanitize=address,undefined)
endif()

# tickmark_add_test(NAME SOURCES... LIBS...): one Qt Test executable per suite, run offscreen.
function(tickmark_add_test name)
    cmake_parse_arguments(T "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    target_link_libraries(${name} PRIVATE tickmark_options Qt6::Test ${T_LIBS})
    target_compile_definitions(${name} PRIVATE
        TICKMARK_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        TICKMARK_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;TICKMARK_USER=Test User (TU);TICKMARK_ROLE=preparer;TICKMARK_PDF_TOOL=$<TARGET_FILE:tickmark-pdf>"
        TIMEOUT 300)
    # Tests that show or index PDFs run the PDF helper process (core/pdf/pdftool.h): build it with them.
    add_dependencies(${name} tickmark-pdf)
endfunction()
