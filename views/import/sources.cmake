# Sources of views/import, appended to RELAIS_VIEWS_SOURCES (paths relative to views/).
list(APPEND RELAIS_VIEWS_SOURCES
    import/importcheckpage.cpp import/importcheckpage.h
    import/importfilepage.cpp import/importfilepage.h
    import/importhistorydialog.cpp import/importhistorydialog.h
    import/importmappingpage.cpp import/importmappingpage.h
    import/importwizard.cpp import/importwizard.h
)
