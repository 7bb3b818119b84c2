# One writer per file (#9): the writer lock and read-only opening; and a writer killed
# at random moments that must lose no acknowledged row.

# The other process of these tests: a writer that commits until killed, or holds a file.
add_executable(crashwriter crash/crashwriter.cpp)
target_link_libraries(crashwriter PRIVATE relais_models)

relais_add_test(writerlock_tests SOURCES test_writerlock.cpp LIBS relais_models)
target_compile_definitions(writerlock_tests PRIVATE RELAIS_CRASHWRITER="$<TARGET_FILE:crashwriter>")
add_dependencies(writerlock_tests crashwriter)

relais_add_test(crashsafety_tests SOURCES test_crashsafety.cpp LIBS relais_models)
target_compile_definitions(crashsafety_tests PRIVATE RELAIS_CRASHWRITER="$<TARGET_FILE:crashwriter>")
add_dependencies(crashsafety_tests crashwriter)
