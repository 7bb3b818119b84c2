# The CSV corpus (tests/data/csv) read through CsvReader, and docs/csv-formats.md kept in step
# with the import catalogue.
relais_add_test(csvcorpus_tests SOURCES test_csvcorpus.cpp LIBS relais_models)
target_compile_definitions(csvcorpus_tests PRIVATE
    RELAIS_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data"
    RELAIS_DOCS_DIR="${PROJECT_SOURCE_DIR}/docs")

# Writes docs/csv-formats.md (or the file given, or stdout with "-"):
#   cmake --build build/default --target csv_formats_doc
add_executable(csvformatsdoc csvformatsdoc.cpp)
target_link_libraries(csvformatsdoc PRIVATE relais_models)
add_custom_target(csv_formats_doc
    COMMAND "${CMAKE_COMMAND}" -E env LANGUAGE=en
        $<TARGET_FILE:csvformatsdoc> "${PROJECT_SOURCE_DIR}/docs/csv-formats.md"
    DEPENDS csvformatsdoc
    COMMENT "Writing docs/csv-formats.md"
    VERBATIM)
