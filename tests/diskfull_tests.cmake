# A disk that fills up during an import (#9): the real `relais import` under a file-size limit.
relais_add_test(diskfull_tests SOURCES test_diskfull.cpp LIBS relais_models)
target_compile_definitions(diskfull_tests PRIVATE RELAIS_EXECUTABLE="$<TARGET_FILE:relais>")
add_dependencies(diskfull_tests relais)
