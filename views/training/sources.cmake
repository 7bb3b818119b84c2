# Sources of views/training, appended to RELAIS_VIEWS_SOURCES (paths relative to views/).
list(APPEND RELAIS_VIEWS_SOURCES
    training/cohortdialog.cpp training/cohortdialog.h
    training/cohortgrid.cpp training/cohortgrid.h
    training/enroldialog.cpp training/enroldialog.h
    training/moduledialog.cpp training/moduledialog.h
    training/sessiondialog.cpp training/sessiondialog.h
    training/trainingrecordview.cpp training/trainingrecordview.h
    training/trainingpage.cpp training/trainingpage.h
)
