# Sources of views/common, appended to RELAIS_VIEWS_SOURCES (paths relative to views/).
list(APPEND RELAIS_VIEWS_SOURCES
    common/aboutdialog.cpp common/aboutdialog.h
    common/logopicker.cpp common/logopicker.h
    common/mergereferencedialog.cpp common/mergereferencedialog.h
    common/plaintextdelegate.cpp common/plaintextdelegate.h
    common/preferencesdialog.cpp common/preferencesdialog.h
    common/referenceitemtablemodel.cpp common/referenceitemtablemodel.h
    common/referencelistsdialog.cpp common/referencelistsdialog.h
    common/referencelisteditor.cpp common/referencelisteditor.h
    common/rememberedcolumns.cpp common/rememberedcolumns.h
    common/tableexport.cpp common/tableexport.h
)
