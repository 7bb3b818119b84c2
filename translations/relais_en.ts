<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>relais::ActorFilterBar</name>
    <message numerus="yes">
        <source>Dormant for %Ln month(s)</source>
        <translation>
            <numerusform>Dormant for %Ln month</numerusform>
            <numerusform>Dormant for %Ln months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ActorsPage</name>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln contact(s)</source>
        <translation>
            <numerusform>%1 of %Ln contact</numerusform>
            <numerusform>%1 of %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln organisation</numerusform>
            <numerusform>%Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln organisation(s)</source>
        <translation>
            <numerusform>%1 of %Ln organisation</numerusform>
            <numerusform>%1 of %Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln contacts?</source>
        <translation>
            <numerusform>Delete this contact?</numerusform>
            <numerusform>Delete these %Ln contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln organisations?</source>
        <translation>
            <numerusform>Delete this organisation?</numerusform>
            <numerusform>Delete these %Ln organisations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln card exported to %1.</numerusform>
            <numerusform>%Ln cards exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) copied: paste them in the Bcc field.</source>
        <translation>
            <numerusform>%Ln address(es) copied: paste them in the Bcc field.</numerusform>
            <numerusform>%Ln address(es) copied: paste them in the Bcc field.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out: refused to be contacted.</source>
        <translation>
            <numerusform>%Ln left out: refused to be contacted.</numerusform>
            <numerusform>%Ln left out: refused to be contacted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an address.</source>
        <translation>
            <numerusform>%Ln without an address.</numerusform>
            <numerusform>%Ln without an address.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out: not asked yet whether they agree.</source>
        <translation>
            <numerusform>%Ln left out: not asked yet whether they agree.</numerusform>
            <numerusform>%Ln left out: not asked yet whether they agree.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::AnonymiseAction</name>
    <message numerus="yes">
        <source>%Ln e-mail address(es)</source>
        <translation>
            <numerusform>%Ln e-mail address</numerusform>
            <numerusform>%Ln e-mail addresses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone number(s)</source>
        <translation>
            <numerusform>%Ln phone number</numerusform>
            <numerusform>%Ln phone numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting invitation(s) and attendance(s)</source>
        <translation>
            <numerusform>%Ln meeting invitation or attendance</numerusform>
            <numerusform>%Ln meeting invitations and attendances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training half-day(s)</source>
        <translation>
            <numerusform>%Ln training half-day</numerusform>
            <numerusform>%Ln training half-days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SERD action(s) as contact person</source>
        <translation>
            <numerusform>%Ln SERD action as contact person</numerusform>
            <numerusform>%Ln SERD actions as contact person</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %Ln person(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Anonymise %Ln person? This cannot be undone.</numerusform>
            <numerusform>Anonymise %Ln people? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected people are already anonymised and are left as they are.</source>
        <translation>
            <numerusform>%Ln of the selected people is already anonymised and is left as it is.</numerusform>
            <numerusform>%Ln of the selected people are already anonymised and are left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %Ln person(s)</source>
        <translation>
            <numerusform>Anonymise %Ln person</numerusform>
            <numerusform>Anonymise %Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::AttendanceEntry</name>
    <message numerus="yes">
        <source>%n person(s) marked %1</source>
        <translation>
            <numerusform>%n person marked %1</numerusform>
            <numerusform>%n persons marked %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n walk-in(s) left present)</source>
        <translation>
            <numerusform>(%n walk-in left present)</numerusform>
            <numerusform>(%n walk-ins left present)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n walk-in</numerusform>
            <numerusform>%n walk-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n registered person(s) as present?</source>
        <translation>
            <numerusform>Mark the %n registered person as present?</numerusform>
            <numerusform>Mark the %n registered persons as present?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registered person(s) marked present; now untick those who did not come (A)</source>
        <translation>
            <numerusform>%n registered person marked present; now untick those who did not come (A)</numerusform>
            <numerusform>%n registered persons marked present; now untick those who did not come (A)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::AuditLogDialog</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::CohortGrid</name>
    <message numerus="yes">
        <source>%Ln trainee(s)</source>
        <translation>
            <numerusform>%Ln trainee</numerusform>
            <numerusform>%Ln trainees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln more trainee(s) present — Ctrl+Z to undo</source>
        <translation>
            <numerusform>%1: %Ln more trainee present — Ctrl+Z to undo</numerusform>
            <numerusform>%1: %Ln more trainees present — Ctrl+Z to undo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::CommandLine</name>
    <message numerus="yes">
        <source>line(s) %1</source>
        <translation>
            <numerusform>line %1</numerusform>
            <numerusform>lines %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 between the cells, %n row(s).</source>
        <translation>
            <numerusform>%1: %2, %3 between the cells, %n row.</numerusform>
            <numerusform>%1: %2, %3 between the cells, %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: %n row(s) refused. Correct the file, or give --skip-invalid to import the other rows.</source>
        <translation>
            <numerusform>Nothing imported: %n row refused. Correct the file, or give --skip-invalid to import the other rows.</numerusform>
            <numerusform>Nothing imported: %n rows refused. Correct the file, or give --skip-invalid to import the other rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new SERD action(s).</source>
        <translation>
            <numerusform>%n new SERD action.</numerusform>
            <numerusform>%n new SERD actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new SERD action(s), new editions: %1.</source>
        <translation>
            <numerusform>%n new SERD action, new editions: %1.</numerusform>
            <numerusform>%n new SERD actions, new editions: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::Commands</name>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>Delete %Ln contact</numerusform>
            <numerusform>Delete %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln organisation(s)</source>
        <translation>
            <numerusform>Delete %Ln organisation</numerusform>
            <numerusform>Delete %Ln organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan &quot;%1&quot; for %Ln actor(s)</source>
        <translation>
            <numerusform>Plan "%1" for %Ln actor</numerusform>
            <numerusform>Plan "%1" for %Ln actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %Ln follow-up(s) to %1</source>
        <translation>
            <numerusform>Reschedule %Ln follow-up to %1</numerusform>
            <numerusform>Reschedule %Ln follow-ups to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reassign %Ln follow-up(s)</source>
        <translation>
            <numerusform>Reassign %Ln follow-up</numerusform>
            <numerusform>Reassign %Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln follow-up(s)</source>
        <translation>
            <numerusform>Delete %Ln follow-up</numerusform>
            <numerusform>Delete %Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln person(s) as not answered</source>
        <translation>
            <numerusform>Mark %Ln person as not answered</numerusform>
            <numerusform>Mark %Ln persons as not answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln person(s) as registered</source>
        <translation>
            <numerusform>Mark %Ln person as registered</numerusform>
            <numerusform>Mark %Ln persons as registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln person(s) as excused</source>
        <translation>
            <numerusform>Mark %Ln person as excused</numerusform>
            <numerusform>Mark %Ln persons as excused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln person(s) as present</source>
        <translation>
            <numerusform>Mark %Ln person as present</numerusform>
            <numerusform>Mark %Ln persons as present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln person(s) as absent</source>
        <translation>
            <numerusform>Mark %Ln person as absent</numerusform>
            <numerusform>Mark %Ln persons as absent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invite %Ln person(s)</source>
        <translation>
            <numerusform>Invite %Ln person</numerusform>
            <numerusform>Invite %Ln persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln invitee(s)</source>
        <translation>
            <numerusform>Remove %Ln invitee</numerusform>
            <numerusform>Remove %Ln invitees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enrol %Ln trainee(s)</source>
        <translation>
            <numerusform>Enrol %Ln trainee</numerusform>
            <numerusform>Enrol %Ln trainees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %Ln trainee(s)</source>
        <translation>
            <numerusform>Withdraw %Ln trainee</numerusform>
            <numerusform>Withdraw %Ln trainees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Half-day attendance of %Ln trainee(s)</source>
        <translation>
            <numerusform>Half-day attendance of %Ln trainee</numerusform>
            <numerusform>Half-day attendance of %Ln trainees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recognise %Ln relay actor(s)</source>
        <translation>
            <numerusform>Recognise %Ln relay actor</numerusform>
            <numerusform>Recognise %Ln relay actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln valued contribution(s)</source>
        <translation>
            <numerusform>Delete %Ln valued contribution</numerusform>
            <numerusform>Delete %Ln valued contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln staff time entry(ies)</source>
        <translation>
            <numerusform>Delete %Ln staff time entry</numerusform>
            <numerusform>Delete %Ln staff time entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln SERD action(s) as %1</source>
        <translation>
            <numerusform>Mark %Ln SERD action as %1</numerusform>
            <numerusform>Mark %Ln SERD actions as %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n contact(s) from %1</source>
        <translation>
            <numerusform>Import of %n contact from %1</numerusform>
            <numerusform>Import of %n contacts from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n organisation(s) from %1</source>
        <translation>
            <numerusform>Import of %n organisation from %1</numerusform>
            <numerusform>Import of %n organisations from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n valued contribution(s) from %1</source>
        <translation>
            <numerusform>Import of %n valued contribution from %1</numerusform>
            <numerusform>Import of %n valued contributions from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n staff time entry(ies) from %1</source>
        <translation>
            <numerusform>Import of %n staff time entry from %1</numerusform>
            <numerusform>Import of %n staff time entries from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ConsentQuestion</name>
    <message numerus="yes">
        <source>%1 of the %Ln people have not agreed to be contacted by e-mail: nobody has asked them yet.</source>
        <translation>
            <numerusform>%1 of the %Ln people have not agreed to be contacted by e-mail: nobody has asked them yet.</numerusform>
            <numerusform>%1 of the %Ln people have not agreed to be contacted by e-mail: nobody has asked them yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln who refused or withdrew their consent are left out in any case.</source>
        <translation>
            <numerusform>%Ln who refused or withdrew their consent are left out in any case.</numerusform>
            <numerusform>%Ln who refused or withdrew their consent are left out in any case.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ContactDialog</name>
    <message numerus="yes">
        <source>%1 saved (%n cards saved here).</source>
        <translation>
            <numerusform>%1 saved (%n card saved here).</numerusform>
            <numerusform>%1 saved (%n cards saved here).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::DamagedFile</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n possible duplicate</numerusform>
            <numerusform>%n possible duplicates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::EnrolDialog</name>
    <message numerus="yes">
        <source>&amp;Enrol %Ln trainee(s)</source>
        <translation>
            <numerusform>&amp;Enrol %Ln trainee</numerusform>
            <numerusform>&amp;Enrol %Ln trainees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::FollowUpModel</name>
    <message numerus="yes">
        <source>Due %1, %n day(s) late</source>
        <translation>
            <numerusform>Due %1, %n day late</numerusform>
            <numerusform>Due %1, %n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::FollowUpsPage</name>
    <message numerus="yes">
        <source>Delete these %n follow-ups?</source>
        <translation>
            <numerusform>Delete this follow-up?</numerusform>
            <numerusform>Delete these %n follow-ups?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::HeadlineFigures</name>
    <message numerus="yes">
        <source>Actions of the year&apos;s edition with at least one date held; %n distinct.</source>
        <translation>
            <numerusform>Actions of the year's edition with at least one date held; %n distinct.</numerusform>
            <numerusform>Actions of the year's edition with at least one date held; %n distinct.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ImportCheckPage</name>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n new organisation</numerusform>
            <numerusform>%n new organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing contact(s) updated</source>
        <translation>
            <numerusform>%n existing contact updated</numerusform>
            <numerusform>%n existing contacts updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing organisation(s) updated</source>
        <translation>
            <numerusform>%n existing organisation updated</numerusform>
            <numerusform>%n existing organisations updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) joined with an earlier one</source>
        <translation>
            <numerusform>%n row joined with an earlier one</numerusform>
            <numerusform>%n rows joined with an earlier one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1.</source>
        <translation>
            <numerusform>%n row read: %1.</numerusform>
            <numerusform>%n rows read: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) left out.</source>
        <translation>
            <numerusform>%n refused row left out.</numerusform>
            <numerusform>%n refused rows left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: correct the file and read it again, or leave them out (Refused tab).</source>
        <translation>
            <numerusform>%n row refused: correct the file and read it again, or leave it out (Refused tab).</numerusform>
            <numerusform>%n rows refused: correct the file and read it again, or leave them out (Refused tab).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s) recorded</source>
        <translation>
            <numerusform>%n attendance recorded</numerusform>
            <numerusform>%n attendances recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found in Relais</source>
        <translation>
            <numerusform>%n person found in Relais</numerusform>
            <numerusform>%n persons found in Relais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contribution(s)</source>
        <translation>
            <numerusform>%n new contribution</numerusform>
            <numerusform>%n new contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new staff time entry(ies)</source>
        <translation>
            <numerusform>%n new staff time entry</numerusform>
            <numerusform>%n new staff time entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n new action</numerusform>
            <numerusform>%n new actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new edition(s) (%1)</source>
        <translation>
            <numerusform>%n new edition (%1)</numerusform>
            <numerusform>%n new editions (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new date(s)</source>
        <translation>
            <numerusform>%n new date</numerusform>
            <numerusform>%n new dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) already in Relais</source>
        <translation>
            <numerusform>%n date already in Relais</numerusform>
            <numerusform>%n dates already in Relais</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ImportFilePage</name>
    <message numerus="yes">
        <source>%n row(s) under a header of %1 columns.</source>
        <translation>
            <numerusform>%n row under a header of %1 columns.</numerusform>
            <numerusform>%n rows under a header of %1 columns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ImportHistoryDialog</name>
    <message numerus="yes">
        <source>Undo the import of %1 from %2? The %n record(s) it created will be deleted</source>
        <translation>
            <numerusform>Undo the import of %1 from %2? The %n record it created will be deleted</numerusform>
            <numerusform>Undo the import of %1 from %2? The %n records it created will be deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and the %n it updated get their earlier values back.</source>
        <translation>
            <numerusform>, and the %n it updated gets its earlier values back.</numerusform>
            <numerusform>, and the %n it updated get their earlier values back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these records were changed after the import: those changes will be lost too.</source>
        <translation>
            <numerusform>%n of these records was changed after the import: that change will be lost too.</numerusform>
            <numerusform>%n of these records were changed after the import: those changes will be lost too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::IndicatorCharts</name>
    <message numerus="yes">
        <source>%1 · %n session(s)</source>
        <translation>
            <numerusform>%1 · %n session</numerusform>
            <numerusform>%1 · %n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::IntegrityCheck</name>
    <message numerus="yes">
        <source>%n record(s) of this file refer to records that no longer exist. Relais keeps working, but what they refer to is lost; restoring a backup may bring it back.</source>
        <translation>
            <numerusform>%n record of this file refers to a record that no longer exists. Relais keeps working, but what it refers to is lost; restoring a backup may bring it back.</numerusform>
            <numerusform>%n records of this file refer to records that no longer exist. Relais keeps working, but what they refer to is lost; restoring a backup may bring it back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::InviteDialog</name>
    <message numerus="yes">
        <source>%Ln person(s) will be invited.</source>
        <translation>
            <numerusform>%Ln person will be invited.</numerusform>
            <numerusform>%Ln persons will be invited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already invited, left as they are.</source>
        <translation>
            <numerusform>%Ln already invited, left as they are.</numerusform>
            <numerusform>%Ln already invited, left as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused to be contacted and are left out.</source>
        <translation>
            <numerusform>%Ln refused to be contacted and is left out.</numerusform>
            <numerusform>%Ln refused to be contacted and are left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused to be contacted (in red).</source>
        <translation>
            <numerusform>%Ln refused to be contacted (in red).</numerusform>
            <numerusform>%Ln refused to be contacted (in red).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln have not been asked for their consent.</source>
        <translation>
            <numerusform>%Ln has not been asked for their consent.</numerusform>
            <numerusform>%Ln have not been asked for their consent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Invite %Ln</source>
        <translation>
            <numerusform>&amp;Invite %Ln</numerusform>
            <numerusform>&amp;Invite %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::MainWindow</name>
    <message numerus="yes">
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln follow-up overdue</numerusform>
            <numerusform>%Ln follow-ups overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::MeansPage</name>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln contribution</numerusform>
            <numerusform>%Ln contributions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other organisation(s)</source>
        <translation>
            <numerusform>%Ln other organisation</numerusform>
            <numerusform>%Ln other organisations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <translation>
            <numerusform>%Ln other</numerusform>
            <numerusform>%Ln others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln other activity(ies)</source>
        <translation>
            <numerusform>%Ln other activity</numerusform>
            <numerusform>%Ln other activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln valued contribution(s)?</source>
        <translation>
            <numerusform>Delete %Ln valued contribution?</numerusform>
            <numerusform>Delete %Ln valued contributions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln staff time entry(ies)?</source>
        <translation>
            <numerusform>Delete %Ln staff time entry?</numerusform>
            <numerusform>Delete %Ln staff time entries?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::MeetingDialog</name>
    <message numerus="yes">
        <source>%Ln invitee(s) refused to be contacted: they are left out of e-mails.</source>
        <translation>
            <numerusform>%Ln invitee refused to be contacted: they are left out of e-mails.</numerusform>
            <numerusform>%Ln invitees refused to be contacted: they are left out of e-mails.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Addresses copied; %Ln invitee(s) without an address or consent left out.</source>
        <translation>
            <numerusform>Addresses copied; %Ln invitee without an address or consent left out.</numerusform>
            <numerusform>Addresses copied; %Ln invitees without an address or consent left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitee(s) have not been asked whether they agree to be contacted by e-mail: they are left out of e-mails unless you include them.</source>
        <translation>
            <numerusform>%Ln invitee have not been asked whether they agree to be contacted by e-mail: they are left out of e-mails unless you include them.</numerusform>
            <numerusform>%Ln invitees have not been asked whether they agree to be contacted by e-mail: they are left out of e-mails unless you include them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::MeetingsPage</name>
    <message numerus="yes">
        <source>%Ln meeting(s), %1 invitations, %2 present</source>
        <translation>
            <numerusform>%Ln meeting, %1 invitations, %2 present</numerusform>
            <numerusform>%Ln meetings, %1 invitations, %2 present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln invitation(s) go with it. Edit &gt; Undo (Ctrl+Z) brings it back until Relais is closed.</source>
        <translation>
            <numerusform>Its %Ln invitation goes with it. Edit &gt; Undo (Ctrl+Z) brings it back until Relais is closed.</numerusform>
            <numerusform>Its %Ln invitations go with it. Edit &gt; Undo (Ctrl+Z) brings it back until Relais is closed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::MergeReferenceDialog</name>
    <message numerus="yes">
        <source>%Ln record(s) will move from &quot;%1&quot; to &quot;%2&quot;, and &quot;%1&quot; will be removed from the list.</source>
        <translation>
            <numerusform>%Ln record will move from "%1" to "%2", and "%1" will be removed from the list.</numerusform>
            <numerusform>%Ln records will move from "%1" to "%2", and "%1" will be removed from the list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::OrganisationDialog</name>
    <message numerus="yes">
        <source>%Ln contribution(s), %1 in all</source>
        <translation>
            <numerusform>%Ln contribution, %1 in all</numerusform>
            <numerusform>%Ln contributions, %1 in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::PlanFollowUpsDialog</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One follow-up for each of the %Ln selected actor(s): %1.</source>
        <translation>
            <numerusform>One follow-up for each of the %Ln selected actor: %1.</numerusform>
            <numerusform>One follow-up for each of the %Ln selected actors: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ReassignDialog</name>
    <message numerus="yes">
        <source>Assign %n follow-up(s) &amp;to:</source>
        <translation>
            <numerusform>Assign %n follow-up &amp;to:</numerusform>
            <numerusform>Assign %n follow-ups &amp;to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ReferenceItemTableModel</name>
    <message numerus="yes">
        <source>%Ln record(s) use this entry.</source>
        <translation>
            <numerusform>%Ln record uses this entry.</numerusform>
            <numerusform>%Ln records use this entry.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::RescheduleDialog</name>
    <message numerus="yes">
        <source>Move %n follow-up(s) &amp;to:</source>
        <translation>
            <numerusform>Move %n follow-up &amp;to:</numerusform>
            <numerusform>Move %n follow-ups &amp;to:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::RetentionReviewDialog</name>
    <message numerus="yes">
        <source>%Ln person(s) with no activity since %1.</source>
        <translation>
            <numerusform>%Ln person with no activity since %1.</numerusform>
            <numerusform>%Ln people with no activity since %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) copied, for the Bcc field of an e-mail.</source>
        <translation>
            <numerusform>%Ln address copied, for the Bcc field of an e-mail.</numerusform>
            <numerusform>%Ln addresses copied, for the Bcc field of an e-mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> year</numerusform>
            <numerusform> years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::SerdHistory</name>
    <message numerus="yes">
        <source>held %n time(s)</source>
        <translation>
            <numerusform>held %n time</numerusform>
            <numerusform>held %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::SerdPage</name>
    <message numerus="yes">
        <source>%Ln action(s) held</source>
        <translation>
            <numerusform>%Ln action held</numerusform>
            <numerusform>%Ln actions held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln distinct action(s)</source>
        <translation>
            <numerusform>%Ln distinct action</numerusform>
            <numerusform>%Ln distinct actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organiser(s)</source>
        <translation>
            <numerusform>%Ln organiser</numerusform>
            <numerusform>%Ln organisers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) listed</source>
        <translation>
            <numerusform>%Ln action listed</numerusform>
            <numerusform>%Ln actions listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) copied into SERD %1, as proposed.</source>
        <translation>
            <numerusform>%Ln action copied into SERD %1, as proposed.</numerusform>
            <numerusform>%Ln actions copied into SERD %1, as proposed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln action(s) with their dates?</source>
        <translation>
            <numerusform>Delete %Ln action with their dates?</numerusform>
            <numerusform>Delete %Ln actions with their dates?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::Training</name>
    <message numerus="yes">
        <source>At least one session of %Ln module(s)</source>
        <translation>
            <numerusform>At least one session of %Ln module</numerusform>
            <numerusform>At least one session of %Ln modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln half-day(s) attended</source>
        <translation>
            <numerusform>At least %Ln half-day attended</numerusform>
            <numerusform>At least %Ln half-days attended</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::TrainingHistory</name>
    <message numerus="yes">
        <source>%n half-day(s) present</source>
        <translation>
            <numerusform>%n half-day present</numerusform>
            <numerusform>%n half-days present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation>
            <numerusform>%n excused</numerusform>
            <numerusform>%n excused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absent</numerusform>
            <numerusform>%n absent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::TrainingPage</name>
    <message numerus="yes">
        <source>Recognise %Ln relay actor(s)…</source>
        <translation>
            <numerusform>Recognise %Ln relay actor…</numerusform>
            <numerusform>Recognise %Ln relay actors…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln trainee(s)</source>
        <translation>
            <numerusform>%Ln trainee</numerusform>
            <numerusform>%Ln trainees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln completed</numerusform>
            <numerusform>%Ln completed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training in %1: %Ln trainee(s) present at least once, %2 sessions, %3 half-days delivered, attendance %4, %5 completions</source>
        <translation>
            <numerusform>Training in %1: %Ln trainee present at least once, %2 sessions, %3 half-days delivered, attendance %4, %5 completions</numerusform>
            <numerusform>Training in %1: %Ln trainees present at least once, %2 sessions, %3 half-days delivered, attendance %4, %5 completions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln trainee(s), sessions and attendance go with it. Edit &gt; Undo (Ctrl+Z) brings them back until Relais is closed.</source>
        <translation>
            <numerusform>Its %Ln trainee, sessions and attendance go with it. Edit &gt; Undo (Ctrl+Z) brings them back until Relais is closed.</numerusform>
            <numerusform>Its %Ln trainees, sessions and attendance go with it. Edit &gt; Undo (Ctrl+Z) brings them back until Relais is closed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Flag %Ln trainee(s) who met the rule (%1) as relay actors, as of %2?</source>
        <translation>
            <numerusform>Flag %Ln trainee who met the rule (%1) as relay actors, as of %2?</numerusform>
            <numerusform>Flag %Ln trainees who met the rule (%1) as relay actors, as of %2?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::TrainingRecordView</name>
    <message numerus="yes">
        <source> (%n excused)</source>
        <translation>
            <numerusform> (%n excused)</numerusform>
            <numerusform> (%n excused)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cohort(s): %1 half-days and %2 attended in all</source>
        <translation>
            <numerusform>%Ln cohort: %1 half-days and %2 attended in all</numerusform>
            <numerusform>%Ln cohorts: %1 half-days and %2 attended in all</numerusform>
        </translation>
    </message>
</context>
</TS>
