# SPDX-License-Identifier: GPL-3.0-or-later
# Settings shared by every Specwright target, through one INTERFACE target.

add_library(specwright_common INTERFACE)
target_compile_options(specwright_common INTERFACE -Wall -Wextra -Wpedantic)
if(SPECWRIGHT_WERROR)
    target_compile_options(specwright_common INTERFACE -Werror)
endif()
target_compile_definitions(specwright_common INTERFACE
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_CAST_FROM_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH)

# specwright_add_test(NAME SOURCES... LIBS... [GUI] [WEB] [LABELS ...])
# One QtTest executable per unit, registered with CTest. GUI tests run on the
# offscreen platform; WEB tests (Qt WebEngine) on the X display that
# packaging/dev provides (Xvfb when there is no real one).
function(specwright_add_test name)
    cmake_parse_arguments(arg "GUI;WEB" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    set_target_properties(${name} PROPERTIES AUTOMOC ON)
    target_link_libraries(${name} PRIVATE specwright_common Qt6::Test ${arg_LIBS})
    target_compile_definitions(${name} PRIVATE
        SPECWRIGHT_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        SPECWRIGHT_SHARED_DIR="${SPECWRIGHT_SHARED_DIR}"
        SPECWRIGHT_BIN_DIR="${CMAKE_RUNTIME_OUTPUT_DIRECTORY}")
    add_test(NAME ${name} COMMAND ${name})
    set(env "QTWEBENGINE_DISABLE_SANDBOX=1")
    if(arg_WEB)
        list(APPEND env "QT_QPA_PLATFORM=xcb")
        # Previews run in their own process where they can.
        if(TARGET specwright-preview)
            add_dependencies(${name} specwright-preview)
        endif()
    else()
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" LABELS "${arg_LABELS}" TIMEOUT 600)
endfunction()

# specwright_add_tests_in_folder(LIBS ...): every tst_NAME.cpp of the calling
# folder becomes the test executable tst_NAME, linked against LIBS.
function(specwright_add_tests_in_folder)
    cmake_parse_arguments(arg "GUI;WEB" "" "LIBS;LABELS" ${ARGN})
    file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/tst_*.cpp)
    foreach(source ${sources})
        get_filename_component(name ${source} NAME_WE)
        set(flags)
        if(arg_GUI)
            list(APPEND flags GUI)
        endif()
        if(arg_WEB)
            list(APPEND flags WEB)
        endif()
        specwright_add_test(${name} ${flags} SOURCES ${source} LIBS ${arg_LIBS} LABELS ${arg_LABELS})
    endforeach()
endfunction()

# Sanitizers for every target: SPECWRIGHT_SANITIZE runs the whole test suite
# under AddressSanitizer and UndefinedBehaviorSanitizer (g++ or clang);
# SPECWRIGHT_FUZZ adds libFuzzer's coverage to that and builds tests/fuzz
# (clang only).
option(SPECWRIGHT_SANITIZE "Build every target with -fsanitize=address,undefined" OFF)
option(SPECWRIGHT_FUZZ "Build the libFuzzer targets of tests/fuzz (clang; implies SPECWRIGHT_SANITIZE)" OFF)
if(SPECWRIGHT_SANITIZE OR SPECWRIGHT_FUZZ)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()
if(SPECWRIGHT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "SPECWRIGHT_FUZZ needs clang (libFuzzer): -DCMAKE_CXX_COMPILER=clang++, or run tests/fuzz/run")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
