relais_add_test(backups_tests SOURCES test_backups.cpp LIBS relais_models)
