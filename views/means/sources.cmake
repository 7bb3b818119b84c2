# Sources of views/means, appended to RELAIS_VIEWS_SOURCES (paths relative to views/).
list(APPEND RELAIS_VIEWS_SOURCES
    means/contributiondialog.cpp means/contributiondialog.h
    means/meanspage.cpp means/meanspage.h
    means/stafftimedialog.cpp means/stafftimedialog.h
)
