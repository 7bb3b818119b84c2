# Consent by channel with its history (#9), appended to RELAIS_MODELS_SOURCES (paths relative
# to models/).
list(APPEND RELAIS_MODELS_SOURCES
    db/consentrepository.cpp db/consentrepository.h
    db/schema_v10.h
    domain/consent.cpp domain/consent.h
)
