relais_add_test(exports_tests SOURCES test_exports.cpp LIBS relais_views)
