# Sources of views/print, appended to RELAIS_VIEWS_SOURCES (paths relative to views/).
list(APPEND RELAIS_VIEWS_SOURCES
    print/attendancesheet.cpp print/attendancesheet.h
    print/attendancesheetdialog.cpp print/attendancesheetdialog.h
    print/letterhead.cpp print/letterhead.h
    print/pagedtable.cpp print/pagedtable.h
    print/printabledocument.cpp print/printabledocument.h
    print/printoutputs.cpp print/printoutputs.h
    print/printstyle.cpp print/printstyle.h
    print/sessionsheet.cpp print/sessionsheet.h
    print/sessionsheetdialog.cpp print/sessionsheetdialog.h
    print/trainingcertificates.cpp print/trainingcertificates.h
    print/certificatesdialog.cpp print/certificatesdialog.h
)
list(APPEND RELAIS_VIEWS_SOURCES
    print/annualreview.cpp print/annualreview.h
    print/annualreviewdialog.cpp print/annualreviewdialog.h
)
