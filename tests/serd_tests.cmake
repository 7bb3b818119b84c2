relais_add_test(serd_tests SOURCES test_serdpage.cpp LIBS relais_views)
