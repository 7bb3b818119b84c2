# One Relais per user and session (#11): a second launch hands its file to the first.
relais_add_test(instance_tests SOURCES test_instancechannel.cpp LIBS relais_instance)
