relais_add_test(demo_tests SOURCES test_demo.cpp LIBS relais_models)
