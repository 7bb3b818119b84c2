# Sources of views/print, appended to RELAIS_VIEWS_SOURCES (paths relative to views/).
list(APPEND RELAIS_VIEWS_SOURCES
    print/attendancesheet.cpp print/attendancesheet.h
    print/attendancesheetdialog.cpp print/attendancesheetdialog.h
)
