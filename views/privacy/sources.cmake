# Sources of views/privacy (the data-protection tools), appended to RELAIS_VIEWS_SOURCES.
list(APPEND RELAIS_VIEWS_SOURCES
    privacy/anonymiseaction.cpp privacy/anonymiseaction.h
    privacy/personaldataexport.cpp privacy/personaldataexport.h
    privacy/personaldatareport.cpp privacy/personaldatareport.h
    privacy/retentionreviewdialog.cpp privacy/retentionreviewdialog.h
)
