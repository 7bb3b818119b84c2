relais_add_test(backupui_tests SOURCES test_backupui.cpp LIBS relais_views)
