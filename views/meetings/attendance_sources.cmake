# The attendance entry (ticking the signed sheet), appended to RELAIS_VIEWS_SOURCES
# (paths relative to views/).
list(APPEND RELAIS_VIEWS_SOURCES
    meetings/actornamecompleter.cpp meetings/actornamecompleter.h
    meetings/attendanceentry.cpp meetings/attendanceentry.h
    meetings/walkindialog.cpp meetings/walkindialog.h
)
