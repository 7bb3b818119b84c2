# Sources whose strings go into the translations: every library adds its own.
function(relais_translatable_sources)
    foreach(source IN LISTS ARGN)
        get_filename_component(absolute "${source}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
        set_property(GLOBAL APPEND PROPERTY RELAIS_TRANSLATABLE_SOURCES "${absolute}")
    endforeach()
endfunction()

# relais_add_test(NAME SOURCES file... [LIBS lib...])
# One Catch2 executable sharing tests/main.cpp, its cases registered one by one in CTest
# and run offscreen.
function(relais_add_test name)
    cmake_parse_arguments(arg "" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE relais_test_main ${arg_LIBS})
    catch_discover_tests(${name}
        TEST_PREFIX "${name}:"
        PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=en"
        DISCOVERY_TIMEOUT 60)
endfunction()
