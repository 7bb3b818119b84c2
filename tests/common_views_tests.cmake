relais_add_test(common_views_tests
    SOURCES
        test_referencelistsdialog.cpp
        test_preferencesdialog.cpp
        test_aboutdialog.cpp
    LIBS relais_views)
# The delegate of the Actors lists (#10).
relais_add_test(delegate_tests SOURCES test_plaintextdelegate.cpp LIBS relais_views)
