relais_add_test(import_tests SOURCES test_csvimport.cpp test_actorimport.cpp LIBS relais_models)
