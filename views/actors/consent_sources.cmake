# Consent by channel (#9), appended to RELAIS_VIEWS_SOURCES (paths relative to views/).
list(APPEND RELAIS_VIEWS_SOURCES
    actors/consenteditor.cpp actors/consenteditor.h
    actors/consenthistorydialog.cpp actors/consenthistorydialog.h
    common/consentquestion.cpp common/consentquestion.h
)
