relais_add_test(common_views_tests
    SOURCES
        test_referencelistsdialog.cpp
        test_preferencesdialog.cpp
        test_aboutdialog.cpp
    LIBS relais_views)
