relais_add_test(import_tests SOURCES test_csvimport.cpp test_importplan.cpp test_importserd.cpp LIBS relais_models)
target_compile_definitions(import_tests PRIVATE RELAIS_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}/data")
