relais_add_test(import_tests SOURCES test_csvimport.cpp LIBS relais_models)
