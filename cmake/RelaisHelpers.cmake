# Sources whose strings go into the translations: every library adds its own.
function(relais_translatable_sources)
    foreach(source IN LISTS ARGN)
        get_filename_component(absolute "${source}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        set_property(GLOBAL APPEND PROPERTY RELAIS_TRANSLATABLE_SOURCES "${absolute}")
    endforeach()
endfunction()

# relais_add_test(NAME SOURCES file... [LIBS lib...])
# One Catch2 executable sharing tests/main.cpp, run offscreen. Its cases are registered one
# by one in CTest, or, with RELAIS_TESTS_PER_PROGRAM (the sanitized build's default), the
# program is one CTest test running all its cases in one process: a sanitized process
# takes seconds to start, which 500 cases would pay 500 times. "--warn NoTests" fails a
# program that has no case to run.
function(relais_add_test name)
    cmake_parse_arguments(arg "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE relais_test_main ${arg_LIBS})
    set(environment "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=en")
    if(RELAIS_TESTS_PER_PROGRAM)
        add_test(NAME ${name} COMMAND ${name} --warn NoTests)
        set_tests_properties(${name} PROPERTIES ENVIRONMENT "${environment}")
    else()
        catch_discover_tests(${name}
            TEST_PREFIX "${name}:"
            PROPERTIES ENVIRONMENT "${environment}"
            DISCOVERY_TIMEOUT 60)
    endif()
endfunction()
