# Lists that keep their columns and their sort between runs (#11).
relais_add_test(columns_tests SOURCES test_rememberedcolumns.cpp LIBS relais_views)
