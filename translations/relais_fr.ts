<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>relais::AboutDialog</name>
    <message>
        <source>About Relais</source>
        <translation>À propos de Relais</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Keeps the network of a local waste-prevention programme: its actors, meetings, trainings and SERD actions, and the figures of its annual report.</source>
        <translation>Garde la mémoire du réseau d'un programme local de prévention des déchets : ses acteurs, ses réunions, ses formations, ses actions SERD et les chiffres de son bilan annuel.</translation>
    </message>
    <message>
        <source>© 2026 the Relais developers</source>
        <translation>© 2026 les développeurs de Relais</translation>
    </message>
    <message>
        <source>This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version.&lt;br&gt;&lt;br&gt;This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU General Public License for more details.&lt;br&gt;&lt;br&gt;You should have received a copy of the GNU General Public License along with this program. If not, see &lt;a href=&quot;https://www.gnu.org/licenses/&quot;&gt;https://www.gnu.org/licenses/&lt;/a&gt;.</source>
        <translation>Ce programme est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la Licence publique générale GNU (GNU General Public License) telle que publiée par la Free Software Foundation, soit la version 3 de la licence, soit (à votre choix) toute version ultérieure.&lt;br&gt;&lt;br&gt;Ce programme est distribué dans l'espoir qu'il sera utile, mais SANS AUCUNE GARANTIE ; sans même la garantie implicite de QUALITÉ MARCHANDE ou d'ADÉQUATION À UN USAGE PARTICULIER. Consultez la Licence publique générale GNU pour plus de détails.&lt;br&gt;&lt;br&gt;Vous devriez avoir reçu une copie de la Licence publique générale GNU avec ce programme. Si ce n'est pas le cas, consultez &lt;a href="https://www.gnu.org/licenses/"&gt;https://www.gnu.org/licenses/&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>Runs on %1.</source>
        <translation>Repose sur %1.</translation>
    </message>
</context>
<context>
    <name>relais::ActionDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>SERD action</source>
        <translation>Action SERD</translation>
    </message>
    <message>
        <source>e.g. Repair café at the Drouot social centre</source>
        <translation>ex. Repair café au centre social Drouot</translation>
    </message>
    <message>
        <source>e.g. families, pupils, tenants</source>
        <translation>ex. familles, élèves, locataires</translation>
    </message>
    <message>
        <source>An organisation of the file</source>
        <translation>Une structure du fichier</translation>
    </message>
    <message>
        <source>Type a name, then Return; Delete in the list removes one</source>
        <translation>Tapez un nom, puis Entrée ; Suppr dans la liste en retire un</translation>
    </message>
    <message>
        <source>The person to call about it</source>
        <translation>La personne à appeler à ce sujet</translation>
    </message>
    <message>
        <source>&amp;Registered on the EWWR platform</source>
        <translation>&amp;Inscrite sur la plateforme de la SERD</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titre *</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Lead &amp;organiser</source>
        <translation>&amp;Porteur</translation>
    </message>
    <message>
        <source>Co-or&amp;ganisers</source>
        <translation>Co-or&amp;ganisateurs</translation>
    </message>
    <message>
        <source>Contact &amp;person</source>
        <translation>Personne &amp;contact</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>Cat&amp;égorie</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>P&amp;ublic</translation>
    </message>
    <message>
        <source>Descriptio&amp;n</source>
        <translation>Descriptio&amp;n</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>&amp;Add a date…</source>
        <translation>&amp;Ajouter une date…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>An action held several times has one date per time; a cancelled date stays listed and does not count.</source>
        <translation>Une action menée plusieurs fois a une date par fois ; une date annulée reste dans la liste et ne compte pas.</translation>
    </message>
    <message>
        <source>SERD action: %1</source>
        <translation>Action SERD : %1</translation>
    </message>
    <message>
        <source>New SERD action</source>
        <translation>Nouvelle action SERD</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>An action needs a title.</source>
        <translation>L'action doit avoir un titre.</translation>
    </message>
    <message>
        <source>Choose the lead organiser among the names offered (add the organisation in Actors first if it is new).</source>
        <translation>Choisissez le porteur parmi les noms proposés (ajoutez d'abord la structure dans Acteurs si elle est nouvelle).</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistrée.</translation>
    </message>
    <message>
        <source>Dat&amp;es</source>
        <translation>Dat&amp;es</translation>
    </message>
    <message>
        <source>Top&amp;ic</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Dat&amp;es (%1)</source>
        <translation>Dat&amp;es (%1)</translation>
    </message>
</context>
<context>
    <name>relais::ActorCompletionModel</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation>%1 (structure)</translation>
    </message>
    <message>
        <source>%1 (organisation, %2)</source>
        <translation>%1 (structure, %2)</translation>
    </message>
</context>
<context>
    <name>relais::ActorFilterBar</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <source>Network head</source>
        <translation>Tête de réseau</translation>
    </message>
    <message>
        <source>Relay actor</source>
        <translation>Acteur relais</translation>
    </message>
    <message>
        <source>Municipal service</source>
        <translation>Service municipal</translation>
    </message>
    <message>
        <source>Search names, organisations, e-mails, communes, tags… (Ctrl+F)</source>
        <translation>Rechercher un nom, une structure, un courriel, une commune, une étiquette… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Any activity</source>
        <translation>Toute activité</translation>
    </message>
    <message numerus="yes">
        <source>Dormant for %Ln month(s)</source>
        <translation>
            <numerusform>Sans nouvelles depuis %Ln mois</numerusform>
            <numerusform>Sans nouvelles depuis %Ln mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Actors with no interaction or participation for this long</source>
        <translation>Acteurs sans aucun échange ni participation depuis cette durée</translation>
    </message>
</context>
<context>
    <name>relais::ActorMerger</name>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Une fiche ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>One of the two records no longer exists; it may have been deleted or merged already.</source>
        <translation>L’une des deux fiches n’existe plus ; elle a peut-être été supprimée ou déjà fusionnée.</translation>
    </message>
</context>
<context>
    <name>relais::ActorPicker</name>
    <message>
        <source>Delete removes the selected names</source>
        <translation>Suppr retire les noms sélectionnés</translation>
    </message>
    <message>
        <source>Type a name: a person or an organisation</source>
        <translation>Saisissez un nom : une personne ou une structure</translation>
    </message>
    <message>
        <source>%1 (organisation)</source>
        <translation>%1 (structure)</translation>
    </message>
    <message>
        <source>Select and press Delete to remove</source>
        <translation>Sélectionnez puis appuyez sur Suppr pour retirer</translation>
    </message>
</context>
<context>
    <name>relais::ActorsPage</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>No contacts yet.
Press Ctrl+N to type the first card, or open the demo database from the Help menu to look around.</source>
        <translation>Aucun contact pour l'instant.
Appuyez sur Ctrl+N pour saisir la première fiche, ou ouvrez la base de démonstration depuis le menu Aide pour découvrir Relais.</translation>
    </message>
    <message>
        <source>No contact matches this search and these filters.</source>
        <translation>Aucun contact ne correspond à cette recherche et à ces filtres.</translation>
    </message>
    <message>
        <source>No organisations yet.
Press Ctrl+Shift+N to add the first one.</source>
        <translation>Aucune structure pour l'instant.
Appuyez sur Ctrl+Maj+N pour ajouter la première.</translation>
    </message>
    <message>
        <source>No organisation matches this search and these filters.</source>
        <translation>Aucune structure ne correspond à cette recherche et à ces filtres.</translation>
    </message>
    <message>
        <source>Delete the selected records (Delete); Ctrl+Z brings them back</source>
        <translation>Supprimer les fiches sélectionnées (Suppr) ; Ctrl+Z permet de les récupérer</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle structure</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Maj+N</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <source>Organisations (%1)</source>
        <translation>Structures (%1)</translation>
    </message>
    <message>
        <source>Delete the contact %1?</source>
        <translation>Supprimer le contact %1 ?</translation>
    </message>
    <message>
        <source>Delete the organisation %1?</source>
        <translation>Supprimer la structure %1 ?</translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings the card back until Relais is closed.</source>
        <translation>Édition &gt; Annuler (Ctrl+Z) rétablit la fiche tant que Relais n’est pas fermé.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings the cards back until Relais is closed.</source>
        <translation>Édition &gt; Annuler (Ctrl+Z) rétablit les fiches tant que Relais n’est pas fermé.</translation>
    </message>
    <message>
        <source>Its members stay in the file, without this organisation. Edit &gt; Undo (Ctrl+Z) brings it back until Relais is closed.</source>
        <translation>Ses membres restent dans le fichier, sans cette structure. Édition &gt; Annuler (Ctrl+Z) la rétablit tant que Relais n’est pas fermé.</translation>
    </message>
    <message>
        <source>Their members stay in the file, without these organisations. Edit &gt; Undo (Ctrl+Z) brings them back until Relais is closed.</source>
        <translation>Leurs membres restent dans le fichier, sans ces structures. Édition &gt; Annuler (Ctrl+Z) les rétablit tant que Relais n’est pas fermé.</translation>
    </message>
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
            <numerusform>%1 sur %Ln contact</numerusform>
            <numerusform>%1 sur %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organisation(s)</source>
        <translation>
            <numerusform>%Ln structure</numerusform>
            <numerusform>%Ln structures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln organisation(s)</source>
        <translation>
            <numerusform>%1 sur %Ln structure</numerusform>
            <numerusform>%1 sur %Ln structures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln contacts?</source>
        <translation>
            <numerusform>Supprimer ce contact ?</numerusform>
            <numerusform>Supprimer ces %Ln contacts ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln organisations?</source>
        <translation>
            <numerusform>Supprimer cette structure ?</numerusform>
            <numerusform>Supprimer ces %Ln structures ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a follow-up for each</source>
        <translation>Prévoir une relance pour chacun</translation>
    </message>
    <message>
        <source>Select the contacts or organisations first (Ctrl+A selects the whole list).</source>
        <translation>Sélectionnez d'abord les contacts ou les structures (Ctrl+A sélectionne toute la liste).</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export vCard…</source>
        <translation>Exporter en vCard…</translation>
    </message>
    <message>
        <source>Copy e-mail addresses</source>
        <translation>Copier les adresses e-mail</translation>
    </message>
    <message>
        <source>The list as shown — these columns, in this order — in a file for a spreadsheet</source>
        <translation>La liste telle qu'elle est affichée — ces colonnes, dans cet ordre — dans un fichier pour un tableur</translation>
    </message>
    <message>
        <source>The selected contacts&apos; cards in one file, for a phone or a mail client</source>
        <translation>Les fiches des contacts sélectionnés dans un seul fichier, pour un téléphone ou un logiciel de messagerie</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Export the contacts</source>
        <translation>Exporter les contacts</translation>
    </message>
    <message>
        <source>Export the organisations</source>
        <translation>Exporter les structures</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Liste exportée dans %1.</translation>
    </message>
    <message>
        <source>Export vCard</source>
        <translation>Exporter en vCard</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>Fichiers vCard (*.vcf)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln fiche exportée dans %1.</numerusform>
            <numerusform>%Ln fiches exportées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) copied: paste them in the Bcc field.</source>
        <translation>
            <numerusform>%Ln adresse e-mail copiée : collez-la dans le champ Cci.</numerusform>
            <numerusform>%Ln adresses e-mail copiées : collez-les dans le champ Cci.</numerusform>
        </translation>
    </message>
    <message>
        <source>No address to copy.</source>
        <translation>Aucune adresse e-mail à copier.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out: refused to be contacted.</source>
        <translation>
            <numerusform>%Ln personne écartée : elle a refusé d'être contactée.</numerusform>
            <numerusform>%Ln personnes écartées : elles ont refusé d'être contactées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an address.</source>
        <translation>
            <numerusform>%Ln sans adresse e-mail.</numerusform>
            <numerusform>%Ln sans adresse e-mail.</numerusform>
        </translation>
    </message>
    <message>
        <source>The selected contacts&apos; addresses for the Bcc field, of those who agreed to be contacted by e-mail</source>
        <translation>Les adresses des contacts sélectionnés qui ont accepté d’être contactés par courriel, pour le champ Cci</translation>
    </message>
    <message numerus="yes">
        <source>%Ln left out: not asked yet whether they agree.</source>
        <translation>
            <numerusform>%Ln laissé de côté : pas encore sollicité.</numerusform>
            <numerusform>%Ln laissés de côté : pas encore sollicités.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::AnnualReview</name>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>training</source>
        <translation>formation</translation>
    </message>
    <message>
        <source>SERD</source>
        <translation>SERD</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Annual review %1</source>
        <translation>Bilan annuel %1</translation>
    </message>
    <message>
        <source>The figures of %1, compared with those of %2</source>
        <translation>Les chiffres de %1, comparés à ceux de %2</translation>
    </message>
    <message>
        <source>Generated on %1</source>
        <translation>Généré le %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>Partners mobilised</source>
        <translation>Partenaires mobilisés</translation>
    </message>
    <message>
        <source>New partners</source>
        <translation>Nouveaux partenaires</translation>
    </message>
    <message>
        <source>Actors&apos; councils held</source>
        <translation>Conseils des acteurs réunis</translation>
    </message>
    <message>
        <source>Attendance at the actors&apos; councils</source>
        <translation>Taux de présence aux conseils des acteurs</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <source>Training attendance rate</source>
        <translation>Taux de présence en formation</translation>
    </message>
    <message>
        <source>Trainees who completed the training</source>
        <translation>Stagiaires ayant suivi toute la formation</translation>
    </message>
    <message>
        <source>Trainees who ran a SERD action</source>
        <translation>Stagiaires ayant mené une action SERD</translation>
    </message>
    <message>
        <source>SERD actions held</source>
        <translation>Actions SERD réalisées</translation>
    </message>
    <message>
        <source>Distinct SERD actions</source>
        <translation>Actions SERD distinctes</translation>
    </message>
    <message>
        <source>SERD organisers</source>
        <translation>Organisateurs SERD</translation>
    </message>
    <message>
        <source>SERD participants</source>
        <translation>Participants SERD</translation>
    </message>
    <message>
        <source>Valued contributions</source>
        <translation>Contributions valorisées</translation>
    </message>
    <message>
        <source>Staff days</source>
        <translation>Jours agent</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Rates are shares of those expected or invited; their change is in percentage points (pts). A dash: nothing to measure that year.</source>
        <translation>Les taux rapportent les présents aux attendus ou aux invités ; leur évolution est en points de pourcentage (pts). Un tiret : rien à mesurer cette année-là.</translation>
    </message>
    <message>
        <source>1. Actors and partners</source>
        <translation>1. Acteurs et partenaires</translation>
    </message>
    <message>
        <source>Organisations in the file at the end of the year</source>
        <translation>Structures du fichier en fin d’année</translation>
    </message>
    <message>
        <source>Contacts in the file at the end of the year</source>
        <translation>Contacts du fichier en fin d’année</translation>
    </message>
    <message>
        <source>of which new partners, mobilised for the first time</source>
        <translation>dont nouveaux partenaires, mobilisés pour la première fois</translation>
    </message>
    <message>
        <source>mobilised at a meeting</source>
        <translation>mobilisés lors d’une réunion</translation>
    </message>
    <message>
        <source>mobilised through training</source>
        <translation>mobilisés par la formation</translation>
    </message>
    <message>
        <source>mobilised through the SERD</source>
        <translation>mobilisés par la SERD</translation>
    </message>
    <message>
        <source>mobilised through a valued contribution</source>
        <translation>mobilisés par une contribution valorisée</translation>
    </message>
    <message>
        <source>A partner is an organisation that took part in the year&apos;s activities through one of its members, or contributed to them; it may have done so in several ways.</source>
        <translation>Un partenaire est une structure qui a pris part aux activités de l’année par l’un de ses membres, ou y a contribué ; elle a pu le faire de plusieurs façons.</translation>
    </message>
    <message>
        <source>No partner was mobilised in %1.</source>
        <translation>Aucun partenaire n’a été mobilisé en %1.</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Partners mobilised by type</source>
        <translation>Partenaires mobilisés par type</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Sans type</translation>
    </message>
    <message>
        <source>Partners mobilised by commune</source>
        <translation>Partenaires mobilisés par commune</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>No commune</source>
        <translation>Sans commune</translation>
    </message>
    <message>
        <source>2. Meetings</source>
        <translation>2. Réunions</translation>
    </message>
    <message>
        <source>No meeting was held in %1.</source>
        <translation>Aucune réunion n’a eu lieu en %1.</translation>
    </message>
    <message>
        <source>Meetings by type</source>
        <translation>Réunions par type</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Sans invitation</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Attendance at each meeting</source>
        <translation>Présence à chaque réunion</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Present includes the walk-ins. Rate: those invited who came, out of those invited.</source>
        <translation>Les présents comptent les venus sans invitation. Taux : invités venus, rapportés aux invités.</translation>
    </message>
    <message>
        <source>Actors&apos; councils</source>
        <translation>Conseils des acteurs</translation>
    </message>
    <message>
        <source>Average per council</source>
        <translation>Moyenne par conseil</translation>
    </message>
    <message>
        <source>Total of the councils</source>
        <translation>Total des conseils</translation>
    </message>
    <message>
        <source>3. Relay actor training</source>
        <translation>3. Formation des acteurs relais</translation>
    </message>
    <message>
        <source>No training session was held in %1.</source>
        <translation>Aucune séance de formation n’a eu lieu en %1.</translation>
    </message>
    <message>
        <source>Trainees (present at one half-day or more)</source>
        <translation>Stagiaires (présents à une demi-journée au moins)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Half-days delivered</source>
        <translation>Demi-journées dispensées</translation>
    </message>
    <message>
        <source>Attendance rate (half-days present out of those expected)</source>
        <translation>Taux de présence (demi-journées de présence sur celles attendues)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A trainee ran a SERD action when they were its contact person, or a member of an organisation that led or co-organised it, in the year&apos;s edition.</source>
        <translation>Un stagiaire a mené une action SERD quand il en était la personne à contacter, ou membre d’une structure qui l’a portée ou co-organisée, dans l’édition de l’année.</translation>
    </message>
    <message>
        <source>Attendance at each session</source>
        <translation>Présence à chaque séance</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Half-days</source>
        <translation>Demi-journées</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Present and excused count half-days; the rate is the half-days present out of those expected of the enrolled.</source>
        <translation>Présents et excusés comptent des demi-journées ; le taux rapporte les demi-journées de présence à celles attendues des inscrits.</translation>
    </message>
    <message>
        <source>A dash: attendance not entered yet.</source>
        <translation>Un tiret : présences pas encore saisies.</translation>
    </message>
    <message>
        <source>4. European Week for Waste Reduction (SERD)</source>
        <translation>4. Semaine européenne de réduction des déchets (SERD)</translation>
    </message>
    <message>
        <source>There was no SERD edition in %1.</source>
        <translation>Il n’y a pas eu d’édition de la SERD en %1.</translation>
    </message>
    <message>
        <source>No action of the %1 edition was held.</source>
        <translation>Aucune action de l’édition %1 n’a été réalisée.</translation>
    </message>
    <message>
        <source>Actions held (each date and place)</source>
        <translation>Actions réalisées (chaque date et lieu)</translation>
    </message>
    <message>
        <source>Distinct actions</source>
        <translation>Actions distinctes</translation>
    </message>
    <message>
        <source>Organisers</source>
        <translation>Organisateurs</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>An action repeated in several places counts once among the distinct actions.</source>
        <translation>Une action répétée en plusieurs lieux compte une fois parmi les actions distinctes.</translation>
    </message>
    <message>
        <source>Actions held whose participants were not counted, and for which the expected number is taken: %1.</source>
        <translation>Actions réalisées dont les participants n’ont pas été comptés, et pour lesquelles le nombre attendu est retenu : %1.</translation>
    </message>
    <message>
        <source>Actions held without any number of participants: %1.</source>
        <translation>Actions réalisées sans aucun nombre de participants : %1.</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisées</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>Distinctes</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>Par thème</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>No topic</source>
        <translation>Sans thème</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>By commune</source>
        <translation>Par commune</translation>
    </message>
    <message>
        <source>By commune, the actions held are the dates held in each commune.</source>
        <translation>Par commune, les actions réalisées sont les dates réalisées dans chaque commune.</translation>
    </message>
    <message>
        <source>5. Means</source>
        <translation>5. Moyens</translation>
    </message>
    <message>
        <source>No valued contribution was recorded for %1.</source>
        <translation>Aucune contribution valorisée n’a été enregistrée pour %1.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Saisies</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>What partners put into the programme: their staff&apos;s time and their material and other expenses, in euros.</source>
        <translation>Ce que les partenaires apportent au programme : le temps de leur personnel, leurs dépenses matérielles et autres, en euros.</translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation>Moyens humains</translation>
    </message>
    <message>
        <source>No staff time was recorded for %1.</source>
        <translation>Aucun temps agent n’a été enregistré pour %1.</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Sans fonction</translation>
    </message>
    <message>
        <source>Staff days by activity</source>
        <translation>Jours agent par activité</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>6. Partners mobilised in %1, by type</source>
        <translation>6. Partenaires mobilisés en %1, par type</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Mobilised through</source>
        <translation>Mobilisé par</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>The annual review could not be saved as %1: %2</source>
        <translation>Le bilan annuel n’a pas pu être enregistré sous %1 : %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>the document could not be converted</source>
        <translation>le document n’a pas pu être converti</translation>
    </message>
    <message>
        <source>6. Partners mobilised in %1</source>
        <translation>6. Partenaires mobilisés en %1</translation>
    </message>
    <message>
        <source>The %1 partners mobilised in %2 are too many to list on paper; section 1 gives them by type and by commune. Their list, with the type, commune and ways each was mobilised, is saved as a spreadsheet by Save Partners as CSV… in the Annual Review window.</source>
        <translation>Les %1 partenaires mobilisés en %2 sont trop nombreux pour être listés sur papier ; la partie 1 les donne par type et par commune. Leur liste, avec le type, la commune et les façons dont chacun a été mobilisé, s’enregistre dans un tableur par Enregistrer les partenaires en CSV… dans la fenêtre Bilan annuel.</translation>
    </message>
    <message>
        <source>Partners %1</source>
        <translation>Partenaires %1</translation>
    </message>
</context>
<context>
    <name>relais::AnnualReviewDialog</name>
    <message>
        <source>Annual Review — Print Preview</source>
        <translation>Bilan annuel — Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print Annual Review</source>
        <translation>Imprimer le bilan annuel</translation>
    </message>
    <message>
        <source>Save Annual Review as PDF</source>
        <translation>Enregistrer le bilan annuel en PDF</translation>
    </message>
    <message>
        <source>The annual review could not be printed on %1.</source>
        <translation>Le bilan annuel n’a pas pu être imprimé sur %1.</translation>
    </message>
    <message>
        <source>Annual Review</source>
        <translation>Bilan annuel</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>Save as &amp;ODT…</source>
        <translation>Enregistrer en &amp;ODT…</translation>
    </message>
    <message>
        <source>An OpenDocument text, to edit in LibreOffice or Word</source>
        <translation>Un texte OpenDocument, à modifier dans LibreOffice ou Word</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Enregistrer en &amp;HTML…</translation>
    </message>
    <message>
        <source>A web page in one file, images included</source>
        <translation>Une page web en un seul fichier, images comprises</translation>
    </message>
    <message>
        <source>Nothing has been recorded yet: there is no year to review.</source>
        <translation>Rien n’a encore été enregistré : il n’y a pas d’année à présenter.</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages : %1</translation>
    </message>
    <message>
        <source>Save Annual Review as ODT</source>
        <translation>Enregistrer le bilan annuel en ODT</translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation>Textes OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>Save Annual Review as HTML</source>
        <translation>Enregistrer le bilan annuel en HTML</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message>
        <source>Save Partners as &amp;CSV…</source>
        <translation>Enregistrer les partenaires en &amp;CSV…</translation>
    </message>
    <message>
        <source>The year&apos;s partners, with their type, commune and ways they were mobilised, for a spreadsheet</source>
        <translation>Les partenaires de l’année, avec leur type, leur commune et leurs façons d’avoir été mobilisés, pour un tableur</translation>
    </message>
    <message>
        <source>Save Partners as CSV</source>
        <translation>Enregistrer les partenaires en CSV</translation>
    </message>
    <message>
        <source>Partners mobilised in %1: %2</source>
        <translation>Partenaires mobilisés en %1 : %2</translation>
    </message>
    <message>
        <source>(too many to list in the review: save them here)</source>
        <translation>(trop nombreux pour être listés dans le bilan : enregistrez-les ici)</translation>
    </message>
</context>
<context>
    <name>relais::AnonymiseAction</name>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <source>The selected people are already anonymised.</source>
        <translation>Les personnes sélectionnées sont déjà anonymisées.</translation>
    </message>
    <message>
        <source>Select the contacts to anonymise in the Contacts list first.</source>
        <translation>Sélectionnez d’abord les contacts à anonymiser dans la liste des contacts.</translation>
    </message>
    <message>
        <source>names, civility and notes</source>
        <translation>noms, civilité et notes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln e-mail address(es)</source>
        <translation>
            <numerusform>%Ln adresse e-mail</numerusform>
            <numerusform>%Ln adresses e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone number(s)</source>
        <translation>
            <numerusform>%Ln numéro de téléphone</numerusform>
            <numerusform>%Ln numéros de téléphone</numerusform>
        </translation>
    </message>
    <message>
        <source>consents and roles in organisations</source>
        <translation>consentements et fonctions dans les organisations</translation>
    </message>
    <message>
        <source>their name and details in the notes of interactions and follow-ups, the audit trail and the import history</source>
        <translation>leur nom et leurs coordonnées dans les notes des échanges et des relances, le journal des modifications et l’historique des imports</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting invitation(s) and attendance(s)</source>
        <translation>
            <numerusform>%Ln invitation ou présence à une réunion</numerusform>
            <numerusform>%Ln invitations et présences aux réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln training half-day(s)</source>
        <translation>
            <numerusform>%Ln demi-journée de formation</numerusform>
            <numerusform>%Ln demi-journées de formation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln SERD action(s) as contact person</source>
        <translation>
            <numerusform>%Ln action SERD comme personne référente</numerusform>
            <numerusform>%Ln actions SERD comme personne référente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln interaction(s)</source>
        <translation>
            <numerusform>%Ln échange</numerusform>
            <numerusform>%Ln échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>commune, type and relay-actor status</source>
        <translation>commune, type et statut d’acteur relais</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %Ln person(s)? This cannot be undone.</source>
        <translation>
            <numerusform>Anonymiser %Ln personne ? Cette opération est définitive.</numerusform>
            <numerusform>Anonymiser %Ln personnes ? Cette opération est définitive.</numerusform>
        </translation>
    </message>
    <message>
        <source>Erased for good:</source>
        <translation>Effacé définitivement :</translation>
    </message>
    <message>
        <source>Kept under the label “Anonymised person”, so that every past figure and report stays the same:</source>
        <translation>Conservé sous le libellé « Personne anonymisée », pour que chaque chiffre et bilan passé reste identique :</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the selected people are already anonymised and are left as they are.</source>
        <translation>
            <numerusform>%Ln des personnes sélectionnées est déjà anonymisée et reste telle quelle.</numerusform>
            <numerusform>%Ln des personnes sélectionnées sont déjà anonymisées et restent telles quelles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups made before today keep the old values until the rotation deletes them. Edit &gt; Undo is emptied.</source>
        <translation>Les sauvegardes faites avant aujourd’hui gardent les anciennes valeurs jusqu’à ce que la rotation les supprime. Édition &gt; Annuler est vidé.</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %Ln person(s)</source>
        <translation>
            <numerusform>Anonymiser %Ln personne</numerusform>
            <numerusform>Anonymiser %Ln personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::Anonymiser</name>
    <message>
        <source>Anonymised person %1</source>
        <translation>Personne anonymisée %1</translation>
    </message>
    <message>
        <source>The file cannot be compacted during another change.</source>
        <translation>Le fichier ne peut pas être compacté pendant une autre modification.</translation>
    </message>
</context>
<context>
    <name>relais::Attendance</name>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>relais::AttendanceEntry</name>
    <message>
        <source>%1 · Ctrl+Z undoes</source>
        <translation>%1 · Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <source>Move to the &amp;next name after marking</source>
        <translation>Passer au &amp;nom suivant après chaque saisie</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Sans invitation</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Line on the attendance sheet</source>
        <translation>Ligne sur la feuille d'émargement</translation>
    </message>
    <message>
        <source>Type a name (/ or Ctrl+F)</source>
        <translation>Saisissez un nom (/ ou Ctrl+F)</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <source>Someone not on the list: type their name</source>
        <translation>Une personne qui n'est pas sur la liste : saisissez son nom</translation>
    </message>
    <message>
        <source>&amp;Walk-in:</source>
        <translation>&amp;Sans invitation :</translation>
    </message>
    <message>
        <source>Everyone registered came: mark them present in one step, then untick the few who did not (A)</source>
        <translation>Tous les inscrits sont venus : marquez-les présents en une fois, puis corrigez les quelques absents (A)</translation>
    </message>
    <message>
        <source>Space present · E excused · A absent · R registered · I no answer · Shift+arrows: several · Del: remove a walk-in · / or a letter: find a name · Ctrl+Z: undo</source>
        <translation>Espace présent · E excusé · A absent · R inscrit · I sans réponse · Maj+flèches : plusieurs · Suppr : retirer une personne sans invitation · / ou une lettre : chercher un nom · Ctrl+Z : annuler</translation>
    </message>
    <message>
        <source>Tick the names from the signed sheet, from the top.</source>
        <translation>Pointez les noms d'après la feuille émargée, en partant du haut.</translation>
    </message>
    <message>
        <source>Nobody is invited to this meeting yet: add walk-ins by name.</source>
        <translation>Personne n'est encore invité à cette réunion : ajoutez par leur nom les personnes venues sans invitation.</translation>
    </message>
    <message>
        <source>This meeting no longer exists</source>
        <translation>Cette réunion n'existe plus</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Mark all registered as &amp;present (%1)</source>
        <translation>Marquer tous les inscrits &amp;présents (%1)</translation>
    </message>
    <message>
        <source>%1 came without being invited and stays present; Del takes a walk-in entered by mistake off the list.</source>
        <translation>%1 : arrivée sans invitation, le statut reste « Présent » ; Suppr retire de la liste une arrivée sans invitation saisie par erreur.</translation>
    </message>
    <message>
        <source>Each of them</source>
        <translation>Chacune de ces personnes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 was already %2</source>
        <translation>%1 avait déjà le statut « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) marked %1</source>
        <translation>
            <numerusform>%n personne marquée « %1 »</numerusform>
            <numerusform>%n personnes marquées « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n walk-in(s) left present)</source>
        <translation>
            <numerusform>(%n personne sans invitation laissée présente)</numerusform>
            <numerusform>(%n personnes sans invitation laissées présentes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only walk-ins are taken off the list here; I puts an invitee back to no answer.</source>
        <translation>Seules les personnes sans invitation sont retirées de la liste ici ; I remet un invité à « sans réponse ».</translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s)</source>
        <translation>
            <numerusform>%n personne sans invitation</numerusform>
            <numerusform>%n personnes sans invitation</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 taken off the list</source>
        <translation>Retrait de la liste : %1</translation>
    </message>
    <message>
        <source>Nobody is registered.</source>
        <translation>Personne n'est inscrit.</translation>
    </message>
    <message>
        <source>Mark all registered as present</source>
        <translation>Marquer tous les inscrits présents</translation>
    </message>
    <message numerus="yes">
        <source>Mark the %n registered person(s) as present?</source>
        <translation>
            <numerusform>Marquer %n personne inscrite comme présente ?</numerusform>
            <numerusform>Marquer les %n personnes inscrites comme présentes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Then untick the few who did not come: A marks them absent.</source>
        <translation>Corrigez ensuite les quelques personnes qui ne sont pas venues : A les marque absentes.</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Marquer présents</translation>
    </message>
    <message numerus="yes">
        <source>%n registered person(s) marked present; now untick those who did not come (A)</source>
        <translation>
            <numerusform>%n personne inscrite marquée présente ; corrigez maintenant celles qui ne sont pas venues (A)</numerusform>
            <numerusform>%n personnes inscrites marquées présentes ; corrigez maintenant celles qui ne sont pas venues (A)</numerusform>
        </translation>
    </message>
    <message>
        <source>No name starts with “%1”.</source>
        <translation>Aucun nom ne commence par « %1 ».</translation>
    </message>
    <message>
        <source>%1 — Return goes back to the list, Down to the next “%2”</source>
        <translation>%1 — Entrée pour revenir à la liste, flèche bas pour le « %2 » suivant</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Arrivée sans invitation</translation>
    </message>
    <message>
        <source>%1 was on the list: marked present</source>
        <translation>%1 figurait déjà sur la liste : statut « Présent »</translation>
    </message>
    <message>
        <source>Walk-in added: %1</source>
        <translation>Personne sans invitation ajoutée : %1</translation>
    </message>
    <message>
        <source>New contact added as a walk-in: %1</source>
        <translation>Nouveau contact ajouté, venu sans invitation : %1</translation>
    </message>
</context>
<context>
    <name>relais::AttendanceEntryDialog</name>
    <message>
        <source>Attendance: %1</source>
        <translation>Présences : %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo: %1 (Ctrl+Z)</source>
        <translation>Annuler %1 (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo: %1 (Ctrl+Shift+Z)</source>
        <translation>Rétablir %1 (Ctrl+Maj+Z)</translation>
    </message>
</context>
<context>
    <name>relais::AttendanceSheet</name>
    <message>
        <source>This meeting no longer exists; it may have been deleted.</source>
        <translation>Cette réunion n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>a meeting&apos;s start and end times</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d'émargement</translation>
    </message>
    <message>
        <source>Please sign opposite your name.</source>
        <translation>Merci d'émarger en face de votre nom.</translation>
    </message>
    <message>
        <source>Not on the list? Please write your name and organisation in a blank row at the end.</source>
        <translation>Vous n'êtes pas sur la liste ? Merci d'inscrire vos nom et structure sur une ligne vide en fin de liste.</translation>
    </message>
    <message>
        <source>The attendance sheet could not be saved as %1: %2</source>
        <translation>La feuille d'émargement n'a pas pu être enregistrée sous %1 : %2</translation>
    </message>
</context>
<context>
    <name>relais::AttendanceSheetDialog</name>
    <message>
        <source>&amp;E-mail column</source>
        <translation>Colonne &amp;courriel</translation>
    </message>
    <message>
        <source>Attendance Sheet</source>
        <translation>Feuille d'émargement</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Everyone &amp;invited, except those excused (%1)</source>
        <translation>Tous les &amp;invités, sauf les excusés (%1)</translation>
    </message>
    <message>
        <source>Only those &amp;registered (%1)</source>
        <translation>Seulement les i&amp;nscrits (%1)</translation>
    </message>
    <message>
        <source>Who is listed</source>
        <translation>Personnes figurant sur la feuille</translation>
    </message>
    <message>
        <source>&amp;Blank rows for walk-ins:</source>
        <translation>&amp;Lignes vides pour les personnes sans invitation :</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>Noms : %1</translation>
    </message>
    <message>
        <source>Blank rows: %1</source>
        <translation>Lignes vides : %1</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages : %1</translation>
    </message>
    <message>
        <source>Attendance Sheet — Print Preview</source>
        <translation>Feuille d'émargement — Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print Attendance Sheet</source>
        <translation>Imprimer la feuille d'émargement</translation>
    </message>
    <message>
        <source>The attendance sheet could not be printed on %1.</source>
        <translation>La feuille d'émargement n'a pas pu être imprimée sur %1.</translation>
    </message>
    <message>
        <source>Save Attendance Sheet as PDF</source>
        <translation>Enregistrer la feuille d'émargement en PDF</translation>
    </message>
</context>
<context>
    <name>relais::Audit</name>
    <message>
        <source>Madam</source>
        <translation>Madame</translation>
    </message>
    <message>
        <source>Mister</source>
        <translation>Monsieur</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Network head</source>
        <translation>Tête de réseau</translation>
    </message>
    <message>
        <source>Relay actor</source>
        <translation>Acteur relais</translation>
    </message>
    <message>
        <source>Relay actor since</source>
        <translation>Acteur relais depuis</translation>
    </message>
    <message>
        <source>Municipal service</source>
        <translation>Service municipal</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Consent to e-mails</source>
        <translation>Consentement aux e-mails</translation>
    </message>
    <message>
        <source>Date of the consent to e-mails</source>
        <translation>Date du consentement aux e-mails</translation>
    </message>
    <message>
        <source>Source of the consent to e-mails</source>
        <translation>Origine du consentement aux e-mails</translation>
    </message>
    <message>
        <source>Note on the consent to e-mails</source>
        <translation>Note sur le consentement aux e-mails</translation>
    </message>
    <message>
        <source>Consent to post</source>
        <translation>Consentement au courrier</translation>
    </message>
    <message>
        <source>Date of the consent to post</source>
        <translation>Date du consentement au courrier</translation>
    </message>
    <message>
        <source>Source of the consent to post</source>
        <translation>Origine du consentement au courrier</translation>
    </message>
    <message>
        <source>Note on the consent to post</source>
        <translation>Note sur le consentement au courrier</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Personal data exported to</source>
        <translation>Données personnelles exportées vers</translation>
    </message>
    <message>
        <source>deleted contact #%1</source>
        <translation>contact supprimé n° %1</translation>
    </message>
    <message>
        <source>deleted organisation #%1</source>
        <translation>structure supprimée n° %1</translation>
    </message>
    <message>
        <source>Merged record</source>
        <translation>Fiche fusionnée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>import #%1</source>
        <translation>import n° %1</translation>
    </message>
</context>
<context>
    <name>relais::AuditLogDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>The first day listed; blank: from the oldest entry kept</source>
        <translation>Le premier jour affiché ; vide : depuis l’entrée conservée la plus ancienne</translation>
    </message>
    <message>
        <source>The last day listed; blank: up to now</source>
        <translation>Le dernier jour affiché ; vide : jusqu’à maintenant</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>Toutes les fiches</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>A contact&apos;s or an organisation&apos;s name</source>
        <translation>Nom d’un contact ou d’une structure</translation>
    </message>
    <message>
        <source>Copy the selected entries, or all those listed, to paste them into a spreadsheet (Ctrl+C in the list)</source>
        <translation>Copier les entrées sélectionnées, ou toutes celles affichées, pour les coller dans un tableur (Ctrl+C dans la liste)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Fiches :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>No change recorded in this period matches these filters.</source>
        <translation>Aucune modification enregistrée sur cette période ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No change recorded in this period.</source>
        <translation>Aucune modification enregistrée sur cette période.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal des modifications</translation>
    </message>
</context>
<context>
    <name>relais::AuditLogModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>relais::BackupActions</name>
    <message>
        <source>No backup could be made before the merge: %1

Merge without a backup?</source>
        <translation>Aucune sauvegarde n’a pu être faite avant la fusion : %1

Fusionner sans sauvegarde ?</translation>
    </message>
    <message>
        <source>No backup could be made before the import: %1

Import without a backup?</source>
        <translation>Aucune sauvegarde n’a pu être faite avant l’import : %1

Importer sans sauvegarde ?</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Go on without a backup</source>
        <translation>Continuer sans sauvegarde</translation>
    </message>
</context>
<context>
    <name>relais::BackupStore</name>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Before an update of the database</source>
        <translation>Avant une mise à jour de la base de données</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Before a merge</source>
        <translation>Avant une fusion</translation>
    </message>
    <message>
        <source>On demand</source>
        <translation>À la demande</translation>
    </message>
    <message>
        <source>The backups folder %1 could not be created.</source>
        <translation>Le dossier des sauvegardes %1 n'a pas pu être créé.</translation>
    </message>
    <message>
        <source>No backup of %1 could be written in the folder %2. The database itself has not been changed.</source>
        <translation>Aucune sauvegarde de %1 n'a pu être écrite dans le dossier %2. La base de données elle-même n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>No backup of %1 could be written in the folder %2 (is the disk full?). The database itself has not been changed.</source>
        <translation>Aucune sauvegarde de %1 n'a pu être écrite dans le dossier %2 (le disque est-il plein ?). La base de données elle-même n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>The backup of %1 was damaged as it was written, and has been deleted. The database itself has not been changed. Check the disk that holds %2.</source>
        <translation>La sauvegarde de %1 a été endommagée pendant son écriture et a été supprimée. La base de données elle-même n'a pas été modifiée. Vérifiez le disque qui contient %2.</translation>
    </message>
    <message>
        <source>The backup %1 could not be put in place.</source>
        <translation>La sauvegarde %1 n'a pas pu être mise en place.</translation>
    </message>
    <message>
        <source>The backup %1 no longer exists. The current database has not been changed.</source>
        <translation>La sauvegarde %1 n'existe plus. La base de données actuelle n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged and cannot be restored. The current database has not been changed.</source>
        <translation>La sauvegarde %1 est endommagée et ne peut pas être restaurée. La base de données actuelle n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>%1 is not a Relais database and cannot be restored. The current database has not been changed.</source>
        <translation>%1 n'est pas une base de données Relais et ne peut pas être restauré. La base de données actuelle n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>The backup %1 could not be read. The current database has not been changed.</source>
        <translation>La sauvegarde %1 n'a pas pu être lue. La base de données actuelle n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1. The current database has not been changed.</source>
        <translation>La sauvegarde n'a pas pu être copiée vers %1. La base de données actuelle n'a pas été modifiée.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1. The current database has been left as it was.</source>
        <translation>La sauvegarde n'a pas pu remplacer %1. La base de données actuelle a été laissée telle qu'elle était.</translation>
    </message>
    <message>
        <source>The backup could not be put in place of %1, and the current database could not be put back: it is kept, unchanged, as %2.</source>
        <translation>La sauvegarde n'a pas pu remplacer %1, et la base de données actuelle n'a pas pu être remise en place : elle est conservée, intacte, sous le nom %2.</translation>
    </message>
    <message>
        <source>%1 could not be renamed.</source>
        <translation>%1 n'a pas pu être renommé.</translation>
    </message>
</context>
<context>
    <name>relais::CalendarFile</name>
    <message>
        <source>This is not an iCalendar file.</source>
        <translation>Ce n'est pas un fichier iCalendar.</translation>
    </message>
    <message>
        <source>An event of the calendar has no start.</source>
        <translation>Un événement du calendrier n'a pas de début.</translation>
    </message>
</context>
<context>
    <name>relais::CertificatesDialog</name>
    <message>
        <source>Certificates of Attendance — Print Preview</source>
        <translation>Attestations de présence — Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print Certificates of Attendance</source>
        <translation>Imprimer les attestations de présence</translation>
    </message>
    <message>
        <source>Save Certificates of Attendance as PDF</source>
        <translation>Enregistrer les attestations de présence en PDF</translation>
    </message>
    <message>
        <source>The certificates could not be printed on %1.</source>
        <translation>Les attestations n'ont pas pu être imprimées sur %1.</translation>
    </message>
    <message>
        <source>Certificates of Attendance</source>
        <translation>Attestations de présence</translation>
    </message>
    <message>
        <source>&amp;All trainees (%1)</source>
        <translation>&amp;Tous les stagiaires (%1)</translation>
    </message>
    <message>
        <source>&amp;All the trainees chosen (%1)</source>
        <translation>&amp;Tous les stagiaires choisis (%1)</translation>
    </message>
    <message>
        <source>&amp;Only those who completed the training (%1)</source>
        <translation>&amp;Seulement ceux qui ont validé la formation (%1)</translation>
    </message>
    <message>
        <source>Programme officer</source>
        <translation>Chargée de mission</translation>
    </message>
    <message>
        <source>Who gets a certificate</source>
        <translation>Stagiaires qui reçoivent une attestation</translation>
    </message>
    <message>
        <source>Date of &amp;issue:</source>
        <translation>&amp;Date de délivrance :</translation>
    </message>
    <message>
        <source>&amp;Place of issue:</source>
        <translation>&amp;Lieu de délivrance :</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Signée &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Trainees: %1</source>
        <translation>Stagiaires : %1</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages : %1</translation>
    </message>
    <message>
        <source>Without any half-day attended, and so without a certificate: %1</source>
        <translation>Sans aucune demi-journée de présence, donc sans attestation : %1</translation>
    </message>
</context>
<context>
    <name>relais::ChartPanel</name>
    <message>
        <source>No partner was mobilised in %1.</source>
        <translation>Aucun partenaire mobilisé en %1.</translation>
    </message>
    <message>
        <source>No SERD action has been held yet.</source>
        <translation>Aucune action SERD n'a encore été réalisée.</translation>
    </message>
    <message>
        <source>No actors&apos; council with invitees was held in %1.</source>
        <translation>Aucun conseil des acteurs avec des invités n'a eu lieu en %1.</translation>
    </message>
    <message>
        <source>No training attendance has been entered for %1.</source>
        <translation>Aucune présence en formation n'a été saisie pour %1.</translation>
    </message>
    <message>
        <source>No staff time has been recorded for %1.</source>
        <translation>Aucun temps de travail de l'équipe n'a été saisi pour %1.</translation>
    </message>
    <message>
        <source>No valued contribution has been recorded for %1.</source>
        <translation>Aucune dépense valorisée n'a été saisie pour %1.</translation>
    </message>
    <message>
        <source>No SERD action was held in %1.</source>
        <translation>Aucune action SERD n'a été réalisée en %1.</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>&amp;Copy the image</source>
        <translation>&amp;Copier l'image</translation>
    </message>
    <message>
        <source>&amp;Save as PNG…</source>
        <translation>&amp;Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard as an image</source>
        <translation>Copier le graphique dans le presse-papiers, en image</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG image</source>
        <translation>Enregistrer le graphique en image PNG</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Enregistrer le graphique en PNG</translation>
    </message>
    <message>
        <source>The chart could not be saved as %1:
%2</source>
        <translation>Le graphique n'a pas pu être enregistré sous %1 :
%2</translation>
    </message>
</context>
<context>
    <name>relais::CohortAttendanceModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 present, %2 excused, %3 absent, %4 not entered</source>
        <translation>%1 présents, %2 excusés, %3 absents, %4 non saisis</translation>
    </message>
    <message>
        <source>✓</source>
        <comment>present at a half-day</comment>
        <translation>✓</translation>
    </message>
    <message>
        <source>exc.</source>
        <comment>excused from a half-day</comment>
        <translation>exc.</translation>
    </message>
    <message>
        <source>abs.</source>
        <comment>absent from a half-day</comment>
        <translation>abs.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <source>%1 — %2
%3: %4</source>
        <translation>%1 — %2
%3 : %4</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 present, %2 excused, %3 absent</source>
        <translation>%1 présents, %2 excusés, %3 absents</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Parcours validé le %1</translation>
    </message>
    <message>
        <source>Rule met</source>
        <translation>Règle atteinte</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date in a grid header</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source> (%1–%2)</source>
        <translation> (%1–%2)</translation>
    </message>
    <message>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Half-days</source>
        <translation>Demi-journées</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Validation</translation>
    </message>
</context>
<context>
    <name>relais::CohortDialog</name>
    <message>
        <source>e.g. Relay actors 2014 — pilot group</source>
        <translation>ex. Acteurs relais 2014 — groupe pilote</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>Aucune règle</translation>
    </message>
    <message>
        <source>Half-days attended, at least</source>
        <translation>Demi-journées suivies, au moins</translation>
    </message>
    <message>
        <source>Modules attended (one session or more), at least</source>
        <translation>Modules suivis (une séance ou plus), au moins</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Completion rule</source>
        <translation>Règle de &amp;validation</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>&amp;Modules</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No module yet: add them with Training &gt; Modules.</source>
        <translation>Aucun module pour l'instant : ajoutez-les avec Modules….</translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>A cohort needs a name.</source>
        <translation>Le groupe doit avoir un nom.</translation>
    </message>
    <message>
        <source>The end comes before the start.</source>
        <translation>La fin est avant le début.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>relais::CohortGrid</name>
    <message>
        <source>Find a name (type a letter in the grid)</source>
        <translation>Chercher un nom (tapez une lettre dans la grille)</translation>
    </message>
    <message>
        <source>Everyone not entered yet in this half-day came</source>
        <translation>Tous ceux qui ne sont pas encore saisis pour cette demi-journée sont venus</translation>
    </message>
    <message>
        <source>Space present · E excused · A absent · I or Delete clears · a letter finds a name · Ctrl+Z undoes</source>
        <translation>Espace présent · E excusé · A absent · I ou Suppr efface · une lettre cherche un nom · Ctrl+Z annule</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Che&amp;rcher :</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les séances</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a cohort.</source>
        <translation>Choisissez un groupe.</translation>
    </message>
    <message>
        <source>No trainee in this cohort yet. Add them with Enrol trainees.</source>
        <translation>Aucun stagiaire dans ce groupe pour l'instant. Ajoutez-les avec Inscrire des stagiaires.</translation>
    </message>
    <message>
        <source>No session planned yet. Add one in the Sessions tab.</source>
        <translation>Aucune séance prévue pour l'instant. Ajoutez-en une dans l'onglet Séances.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date and a half-day: 12/03/2014 morning</comment>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln trainee(s)</source>
        <translation>
            <numerusform>%Ln stagiaire</numerusform>
            <numerusform>%Ln stagiaires</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — present: %2 · excused: %3 · absent: %4 · not entered: %5</source>
        <translation>%1 — présents : %2 · excusés : %3 · absents : %4 · non saisis : %5</translation>
    </message>
    <message>
        <source>Go to a half-day&apos;s column first (the arrow keys move across).</source>
        <translation>Placez-vous d'abord dans la colonne d'une demi-journée (les flèches se déplacent).</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>effacé</translation>
    </message>
    <message>
        <source>%1, %2: %3 — Ctrl+Z to undo</source>
        <translation>%1, %2 : %3 — Ctrl+Z pour annuler</translation>
    </message>
    <message>
        <source>Everyone is already entered for %1.</source>
        <translation>Tout le monde est déjà saisi pour %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln more trainee(s) present — Ctrl+Z to undo</source>
        <translation>
            <numerusform>%1 : %Ln stagiaire de plus présent — Ctrl+Z pour annuler</numerusform>
            <numerusform>%1 : %Ln stagiaires de plus présents — Ctrl+Z pour annuler</numerusform>
        </translation>
    </message>
    <message>
        <source>No trainee&apos;s name starts with “%1”.</source>
        <translation>Aucun nom de stagiaire ne commence par « %1 ».</translation>
    </message>
    <message>
        <source>%1 — Return goes back to the grid, Down to the next “%2”</source>
        <translation>%1 — Entrée revient à la grille, Bas va au « %2 » suivant</translation>
    </message>
    <message>
        <source>Rest &amp;present</source>
        <translation>Les a&amp;utres présents</translation>
    </message>
    <message>
        <source>Mo&amp;ve down after marking</source>
        <translation>&amp;Descendre après chaque saisie</translation>
    </message>
    <message>
        <source>Sessi&amp;on:</source>
        <translation>Séan&amp;ce :</translation>
    </message>
</context>
<context>
    <name>relais::ColumnMapping</name>
    <message>
        <source>This is not a column mapping: %1.</source>
        <translation>Ce n'est pas une correspondance de colonnes : %1.</translation>
    </message>
    <message>
        <source>a JSON object is expected</source>
        <translation>un objet JSON est attendu</translation>
    </message>
    <message>
        <source>Unknown kind of import “%1”.</source>
        <translation>Type d'import inconnu « %1 ».</translation>
    </message>
    <message>
        <source>Unknown field “%1” for %2.</source>
        <translation>Champ inconnu « %1 » pour %2.</translation>
    </message>
    <message>
        <source>The field “%1” is mapped to two columns.</source>
        <translation>Le champ « %1 » est associé à deux colonnes.</translation>
    </message>
</context>
<context>
    <name>relais::CommandLine</name>
    <message>
        <source>Open this database file.</source>
        <translation>Ouvrir ce fichier de base de données.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>demo: how many contacts (default 250).</source>
        <translation>demo : nombre de contacts (250 par défaut).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>demo needs --output FILE.</source>
        <translation>La commande demo demande --output FICHIER.</translation>
    </message>
    <message>
        <source>--contacts takes a number from 0 to 1,000,000.</source>
        <translation>--contacts attend un nombre de 0 à 1 000 000.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>Give one database file at most.</source>
        <translation>Indiquez au plus un fichier de base de données.</translation>
    </message>
    <message>
        <source>Wrote %1 (%L2 contacts) in %L3 s.</source>
        <translation>%1 écrit (%L2 contacts) en %L3 s.</translation>
    </message>
    <message>
        <source>report needs --db FILE: the database to review.</source>
        <translation>report demande --db FICHIER : la base dont faire le bilan.</translation>
    </message>
    <message>
        <source>report needs --year Y: the year to review.</source>
        <translation>report demande --year A : l'année du bilan.</translation>
    </message>
    <message>
        <source>--year takes a year such as 2014, not &quot;%1&quot;.</source>
        <translation>--year attend une année comme 2014, pas « %1 ».</translation>
    </message>
    <message>
        <source>--format takes pdf, odt, html or json, not &quot;%1&quot;.</source>
        <translation>--format attend pdf, odt, html ou json, pas « %1 ».</translation>
    </message>
    <message>
        <source>A PDF or ODT review needs --output FILE.</source>
        <translation>Un bilan en PDF ou en ODT demande --output FICHIER.</translation>
    </message>
    <message>
        <source>demo, report: the file to write.</source>
        <translation>demo, report : le fichier à écrire.</translation>
    </message>
    <message>
        <source>report: the year reviewed.</source>
        <translation>report : l'année du bilan.</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>A</translation>
    </message>
    <message>
        <source>report: pdf, odt, html or json (default: from the output file&apos;s suffix, else json).</source>
        <translation>report : pdf, odt, html ou json (par défaut : selon l'extension du fichier écrit, sinon json).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--year and --format go with the report command.</source>
        <translation>--year et --format vont avec la commande report.</translation>
    </message>
    <message>
        <source>The file holds no meeting, training, SERD edition or means yet.</source>
        <translation>Le fichier ne contient encore ni réunion, ni formation, ni édition de la SERD, ni moyens.</translation>
    </message>
    <message>
        <source>Years with activity: %1.</source>
        <translation>Années avec de l'activité : %1.</translation>
    </message>
    <message>
        <source>The review could not be written to the standard output.</source>
        <translation>Le bilan n'a pas pu être écrit sur la sortie standard.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n'a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Nothing happened in %1 in this file: no review to write.</source>
        <translation>Rien ne s'est passé en %1 dans ce fichier : pas de bilan à écrire.</translation>
    </message>
    <message>
        <source>import needs --db FILE: the database to import into.</source>
        <translation>import demande --db FICHIER : la base dans laquelle importer.</translation>
    </message>
    <message>
        <source>import needs --kind K: one of %1.</source>
        <translation>import demande --kind T : l'une des valeurs %1.</translation>
    </message>
    <message>
        <source>--kind takes one of %1, not &quot;%2&quot;.</source>
        <translation>--kind attend l'une des valeurs %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>import needs the CSV file to read, after the options.</source>
        <translation>import demande le fichier CSV à lire, après les options.</translation>
    </message>
    <message>
        <source>--encoding takes UTF-8, UTF-8-BOM, Windows-1252, Latin-1 or UTF-16, not &quot;%1&quot;.</source>
        <translation>--encoding attend UTF-8, UTF-8-BOM, Windows-1252, Latin-1 ou UTF-16, pas « %1 ».</translation>
    </message>
    <message>
        <source>--delimiter takes &quot;;&quot;, &quot;,&quot; or tab, not &quot;%1&quot;.</source>
        <translation>--delimiter attend « ; », « , » ou tab, pas « %1 ».</translation>
    </message>
    <message>
        <source>--duplicates takes skip, fill, overwrite or create, not &quot;%1&quot;.</source>
        <translation>--duplicates attend skip, fill, overwrite ou create, pas « %1 ».</translation>
    </message>
    <message>
        <source>import: what the rows are (organisations, contacts…).</source>
        <translation>import : le type des lignes (organisations, contacts…).</translation>
    </message>
    <message>
        <source>K</source>
        <translation>T</translation>
    </message>
    <message>
        <source>import: which field each column goes to, as the import window saves it (default: from the header).</source>
        <translation>import : le champ de chaque colonne, tel que la fenêtre d'importation l'enregistre (par défaut : d'après l'en-tête).</translation>
    </message>
    <message>
        <source>import: UTF-8, UTF-8-BOM, Windows-1252, Latin-1 or UTF-16 (default: detected).</source>
        <translation>import : UTF-8, UTF-8-BOM, Windows-1252, Latin-1 ou UTF-16 (par défaut : détecté).</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>import: &quot;;&quot;, &quot;,&quot; or tab (default: detected).</source>
        <translation>import : « ; », « , » ou tab (par défaut : détecté).</translation>
    </message>
    <message>
        <source>D</source>
        <translation>S</translation>
    </message>
    <message>
        <source>import: what to do with rows like a record of the file or an earlier row: skip, fill (the empty fields), overwrite or create (default: fill when certainly the same, else create).</source>
        <translation>import : que faire des lignes qui ressemblent à une fiche existante ou à une ligne précédente : skip (ignorer), fill (compléter les champs vides), overwrite (remplacer) ou create (créer quand même) (par défaut : fill quand c'est à coup sûr la même fiche, sinon create).</translation>
    </message>
    <message>
        <source>A</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>import: import the other rows when some are refused.</source>
        <translation>import : importer les autres lignes quand certaines sont refusées.</translation>
    </message>
    <message>
        <source>import: say what would be imported, change nothing.</source>
        <translation>import : dire ce qui serait importé, sans rien modifier.</translation>
    </message>
    <message>
        <source>demo, report, import, or a database file to open.</source>
        <translation>demo, report, import, ou un fichier de base de données à ouvrir.</translation>
    </message>
    <message>
        <source>[demo | report | import | FILE]</source>
        <translation>[demo | report | import | FICHIER]</translation>
    </message>
    <message>
        <source>--kind, --mapping, --encoding, --delimiter, --duplicates, --skip-invalid and --dry-run go with the import command.</source>
        <translation>--kind, --mapping, --encoding, --delimiter, --duplicates, --skip-invalid et --dry-run vont avec la commande import.</translation>
    </message>
    <message numerus="yes">
        <source>line(s) %1</source>
        <translation>
            <numerusform>ligne %1</numerusform>
            <numerusform>lignes %1</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>fills the empty fields</source>
        <translation>complète les champs vides</translation>
    </message>
    <message>
        <source>overwrites</source>
        <translation>remplace les valeurs</translation>
    </message>
    <message>
        <source>created anyway</source>
        <translation>créée quand même</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n'a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>%1 is not a column mapping: %2</source>
        <translation>%1 n'est pas une correspondance de colonnes : %2</translation>
    </message>
    <message>
        <source>%1 maps %2, not %3.</source>
        <translation>%1 est une correspondance pour « %2 », pas pour « %3 ».</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 between the cells, %n row(s).</source>
        <translation>
            <numerusform>%1 : %2, %3 entre les cellules, %n ligne.</numerusform>
            <numerusform>%1 : %2, %3 entre les cellules, %n lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes :</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <source>Refused rows:</source>
        <translation>Lignes refusées :</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>ligne %1 : %2 : %3</translation>
    </message>
    <message>
        <source>Not in Relais yet:</source>
        <translation>Pas encore dans Relais :</translation>
    </message>
    <message>
        <source>taken as &quot;%1&quot;</source>
        <translation>lu comme « %1 »</translation>
    </message>
    <message>
        <source>created (close to &quot;%1&quot;)</source>
        <translation>à créer (proche de « %1 »)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>à créer</translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation>Doublons :</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>la ligne %1</translation>
    </message>
    <message>
        <source>%1, already in Relais</source>
        <translation>%1, déjà dans Relais</translation>
    </message>
    <message>
        <source>line %1: %2 — %3 as %4: %5</source>
        <translation>ligne %1 : %2 — ressemble à %4 (%3) : %5</translation>
    </message>
    <message>
        <source>%1 created, %2 updated, %3 joined with an earlier row, %4 skipped, %5 refused.</source>
        <translation>fiches créées : %1, fiches mises à jour : %2, lignes fusionnées avec une ligne précédente : %3, lignes ignorées : %4, lignes refusées : %5.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: %n row(s) refused. Correct the file, or give --skip-invalid to import the other rows.</source>
        <translation>
            <numerusform>Rien n'a été importé : %n ligne refusée. Corrigez le fichier, ou ajoutez --skip-invalid pour importer les autres lignes.</numerusform>
            <numerusform>Rien n'a été importé : %n lignes refusées. Corrigez le fichier, ou ajoutez --skip-invalid pour importer les autres lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing imported: %1</source>
        <translation>Simulation, rien n'a été importé — %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importation faite — %1</translation>
    </message>
    <message>
        <source>%1, but other e-mails and organisations</source>
        <translation>%1, mais d'autres adresses et structures</translation>
    </message>
    <message numerus="yes">
        <source>%n new SERD action(s).</source>
        <translation>
            <numerusform>%n nouvelle action SERD.</numerusform>
            <numerusform>%n nouvelles actions SERD.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new SERD action(s), new editions: %1.</source>
        <translation>
            <numerusform>%n nouvelle action SERD, nouvelles éditions : %1.</numerusform>
            <numerusform>%n nouvelles actions SERD, nouvelles éditions : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing imported: the file could not be backed up first. %1</source>
        <translation>Rien n’a été importé : le fichier n’a pas pu être sauvegardé au préalable. %1</translation>
    </message>
    <message>
        <source>Relais keeps the file of a waste-prevention programme&apos;s local actors.

Commands:
  (none)                      open the window
  demo --output FILE [--contacts N] [--years Y]
                              write a demo database of the Mulhouse area
  report --db FILE --year Y [--format pdf|odt|html|json] [--output FILE]
                              write the annual review of a year (JSON to
                              the standard output when no file is given)
  import --db FILE --kind K [--mapping M.json] [--encoding E] [--delimiter D]
         [--duplicates skip|fill|overwrite|create] [--skip-invalid] [--dry-run] CSV
                              import the rows of a CSV file (see
                              docs/csv-formats.md); nothing is imported when a
                              row is refused, unless --skip-invalid</source>
        <translation>Relais tient le fichier des acteurs locaux d'un programme de prévention des déchets.

Commandes :
  (aucune)                    ouvrir la fenêtre
  demo --output FICHIER [--contacts N] [--years A]
                              écrire une base de démonstration (agglomération de Mulhouse)
  report --db FICHIER --year A [--format pdf|odt|html|json] [--output FICHIER]
                              écrire le bilan annuel d'une année (en JSON sur
                              la sortie standard quand aucun fichier n'est donné)
  import --db FICHIER --kind T [--mapping M.json] [--encoding E] [--delimiter S]
         [--duplicates skip|fill|overwrite|create] [--skip-invalid] [--dry-run] CSV
                              importer les lignes d'un fichier CSV (voir
                              docs/csv-formats.md) ; rien n'est importé si une
                              ligne est refusée, sauf avec --skip-invalid</translation>
    </message>
    <message>
        <source>demo: years of history, from 1 to 30; with them, the meetings, trainings and SERD actions grow with the number of contacts (default: two to three years, at Mulhouse&apos;s size).</source>
        <translation>demo : années d'historique, de 1 à 30 ; les réunions, formations et actions SERD croissent alors avec le nombre de contacts (par défaut : deux à trois ans, à la taille de Mulhouse).</translation>
    </message>
    <message>
        <source>import takes none of --output, --contacts, --years, --year and --format.</source>
        <translation>import n'accepte ni --output, ni --contacts, ni --years, ni --year, ni --format.</translation>
    </message>
    <message>
        <source>--years takes a number from 1 to %1.</source>
        <translation>--years attend un nombre de 1 à %1.</translation>
    </message>
    <message>
        <source>--contacts and --years go with the demo command.</source>
        <translation>--contacts et --years s'emploient avec la commande demo.</translation>
    </message>
    <message>
        <source>--output, --contacts and --years go with the demo command.</source>
        <translation>--output, --contacts et --years s'emploient avec la commande demo.</translation>
    </message>
</context>
<context>
    <name>relais::Commands</name>
    <message>
        <source>This contact no longer exists; it may have been deleted.</source>
        <translation>Ce contact n'existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Delete contact %1</source>
        <translation>la suppression du contact %1</translation>
    </message>
    <message>
        <source>This organisation no longer exists; it may have been deleted.</source>
        <translation>Cette structure n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>Delete organisation %1</source>
        <translation>la suppression de la structure %1</translation>
    </message>
    <message>
        <source>An entry cannot be merged into itself.</source>
        <translation>Une entrée ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>Add contact %1</source>
        <translation>l'ajout du contact %1</translation>
    </message>
    <message>
        <source>Edit contact %1</source>
        <translation>la modification du contact %1</translation>
    </message>
    <message>
        <source>Add organisation %1</source>
        <translation>l'ajout de la structure %1</translation>
    </message>
    <message>
        <source>Edit organisation %1</source>
        <translation>la modification de la structure %1</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot;</source>
        <translation>l'ajout de « %1 »</translation>
    </message>
    <message>
        <source>Rename &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>le renommage de « %1 » en « %2 »</translation>
    </message>
    <message>
        <source>Change the postcode of %1</source>
        <translation>la modification du code postal de la commune %1</translation>
    </message>
    <message>
        <source>Retire &quot;%1&quot;</source>
        <translation>le retrait de « %1 »</translation>
    </message>
    <message>
        <source>Reinstate &quot;%1&quot;</source>
        <translation>le rétablissement de « %1 »</translation>
    </message>
    <message>
        <source>Reorder the list</source>
        <translation>le changement d'ordre de la liste</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; into &quot;%2&quot;</source>
        <translation>la fusion de « %1 » dans « %2 »</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n'existe plus.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)</source>
        <translation>
            <numerusform>la suppression d'un contact</numerusform>
            <numerusform>la suppression de %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln organisation(s)</source>
        <translation>
            <numerusform>la suppression d'une structure</numerusform>
            <numerusform>la suppression de %Ln structures</numerusform>
        </translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>l'échange « %1 »</translation>
    </message>
    <message>
        <source>This interaction no longer exists; it may have been deleted.</source>
        <translation>Cet échange n'existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Edit the interaction of %1</source>
        <translation>la modification de l'échange du %1</translation>
    </message>
    <message>
        <source>Delete the interaction of %1</source>
        <translation>la suppression de l'échange du %1</translation>
    </message>
    <message>
        <source>This follow-up no longer exists; it may have been deleted.</source>
        <translation>Cette relance n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation>Cette relance est déjà faite.</translation>
    </message>
    <message>
        <source>Mark &quot;%1&quot; done</source>
        <translation>la relance « %1 » faite</translation>
    </message>
    <message numerus="yes">
        <source>Plan &quot;%1&quot; for %Ln actor(s)</source>
        <translation>
            <numerusform>la relance « %1 » pour %Ln acteur</numerusform>
            <numerusform>la relance « %1 » pour %Ln acteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the actors to plan a follow-up for.</source>
        <translation>Sélectionnez les acteurs pour lesquels prévoir une relance.</translation>
    </message>
    <message>
        <source>These follow-ups no longer exist; they may have been deleted.</source>
        <translation>Ces relances n'existent plus ; elles ont peut-être été supprimées.</translation>
    </message>
    <message>
        <source>The due date is required.</source>
        <translation>L'échéance est obligatoire.</translation>
    </message>
    <message numerus="yes">
        <source>Reschedule %Ln follow-up(s) to %1</source>
        <translation>
            <numerusform>le report de %Ln relance au %1</numerusform>
            <numerusform>le report de %Ln relances au %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reassign %Ln follow-up(s)</source>
        <translation>
            <numerusform>la réattribution de %Ln relance</numerusform>
            <numerusform>la réattribution de %Ln relances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln follow-up(s)</source>
        <translation>
            <numerusform>la suppression de %Ln relance</numerusform>
            <numerusform>la suppression de %Ln relances</numerusform>
        </translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>La réunion doit avoir un titre.</translation>
    </message>
    <message>
        <source>The meeting needs a date.</source>
        <translation>La réunion doit avoir une date.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>La réunion se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Walk-in: %1</source>
        <translation>l'arrivée sans invitation de %1</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln person(s) as not answered</source>
        <translation>
            <numerusform>le statut « sans réponse » de %Ln personne</numerusform>
            <numerusform>le statut « sans réponse » de %Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln person(s) as registered</source>
        <translation>
            <numerusform>le statut « inscrit » de %Ln personne</numerusform>
            <numerusform>le statut « inscrit » de %Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln person(s) as excused</source>
        <translation>
            <numerusform>le statut « excusé » de %Ln personne</numerusform>
            <numerusform>le statut « excusé » de %Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln person(s) as present</source>
        <translation>
            <numerusform>le statut « présent » de %Ln personne</numerusform>
            <numerusform>le statut « présent » de %Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln person(s) as absent</source>
        <translation>
            <numerusform>le statut « absent » de %Ln personne</numerusform>
            <numerusform>le statut « absent » de %Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the meeting %1</source>
        <translation>l'ajout de la réunion « %1 »</translation>
    </message>
    <message>
        <source>This meeting no longer exists; it may have been deleted.</source>
        <translation>Cette réunion n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>Edit the meeting %1</source>
        <translation>la modification de la réunion « %1 »</translation>
    </message>
    <message>
        <source>Delete the meeting %1</source>
        <translation>la suppression de la réunion « %1 »</translation>
    </message>
    <message>
        <source>Duplicate the meeting %1</source>
        <translation>la duplication de la réunion « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>Invite %Ln person(s)</source>
        <translation>
            <numerusform>l'invitation de %Ln personne</numerusform>
            <numerusform>l'invitation de %Ln personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln invitee(s)</source>
        <translation>
            <numerusform>le retrait de %Ln invité</numerusform>
            <numerusform>le retrait de %Ln invités</numerusform>
        </translation>
    </message>
    <message>
        <source>The module needs a title.</source>
        <translation>Le module doit avoir un intitulé.</translation>
    </message>
    <message>
        <source>Add the module %1</source>
        <translation>Ajouter le module %1</translation>
    </message>
    <message>
        <source>This module no longer exists; it may have been deleted.</source>
        <translation>Ce module n'existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Edit the module %1</source>
        <translation>Modifier le module %1</translation>
    </message>
    <message>
        <source>Delete the module %1</source>
        <translation>Supprimer le module %1</translation>
    </message>
    <message>
        <source>The cohort needs a name.</source>
        <translation>Le groupe doit avoir un nom.</translation>
    </message>
    <message>
        <source>Add the cohort %1</source>
        <translation>Ajouter le groupe %1</translation>
    </message>
    <message>
        <source>This cohort no longer exists; it may have been deleted.</source>
        <translation>Ce groupe n'existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Edit the cohort %1</source>
        <translation>Modifier le groupe %1</translation>
    </message>
    <message>
        <source>Delete the cohort %1</source>
        <translation>Supprimer le groupe %1</translation>
    </message>
    <message>
        <source>A session belongs to a cohort and a module.</source>
        <translation>Une séance appartient à un groupe et à un module.</translation>
    </message>
    <message>
        <source>The session needs a date.</source>
        <translation>La séance doit avoir une date.</translation>
    </message>
    <message>
        <source>A session has a morning, an afternoon or both.</source>
        <translation>Une séance a lieu le matin, l'après-midi ou les deux.</translation>
    </message>
    <message>
        <source>Add the session of %1</source>
        <translation>Ajouter la séance du %1</translation>
    </message>
    <message>
        <source>This session no longer exists; it may have been deleted.</source>
        <translation>Cette séance n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>Edit the session of %1</source>
        <translation>Modifier la séance du %1</translation>
    </message>
    <message>
        <source>Delete the session of %1</source>
        <translation>Supprimer la séance du %1</translation>
    </message>
    <message numerus="yes">
        <source>Enrol %Ln trainee(s)</source>
        <translation>
            <numerusform>Inscrire %Ln stagiaire</numerusform>
            <numerusform>Inscrire %Ln stagiaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %Ln trainee(s)</source>
        <translation>
            <numerusform>Désinscrire %Ln stagiaire</numerusform>
            <numerusform>Désinscrire %Ln stagiaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Half-day attendance of %Ln trainee(s)</source>
        <translation>
            <numerusform>Présence à la demi-journée de %Ln stagiaire</numerusform>
            <numerusform>Présence à la demi-journée de %Ln stagiaires</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose trainees of this cohort.</source>
        <translation>Choisissez des stagiaires de ce groupe.</translation>
    </message>
    <message numerus="yes">
        <source>Recognise %Ln relay actor(s)</source>
        <translation>
            <numerusform>Reconnaître %Ln acteur relais</numerusform>
            <numerusform>Reconnaître %Ln acteurs relais</numerusform>
        </translation>
    </message>
    <message>
        <source>The morning ends before it starts.</source>
        <translation>Le matin se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The afternoon ends before it starts.</source>
        <translation>L'après-midi se termine avant de commencer.</translation>
    </message>
    <message>
        <source>This session has no morning.</source>
        <translation>Cette séance n'a pas de matinée.</translation>
    </message>
    <message>
        <source>This session has no afternoon.</source>
        <translation>Cette séance n'a pas d'après-midi.</translation>
    </message>
    <message>
        <source>Add a valued contribution of %1 (%2)</source>
        <translation>Ajouter une dépense valorisée de %1 (%2)</translation>
    </message>
    <message>
        <source>This valued contribution no longer exists; it may have been deleted.</source>
        <translation>Cette dépense valorisée n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>Edit the valued contribution of %1 (%2)</source>
        <translation>Modifier la dépense valorisée de %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln valued contribution(s)</source>
        <translation>
            <numerusform>Supprimer %Ln dépense valorisée</numerusform>
            <numerusform>Supprimer %Ln dépenses valorisées</numerusform>
        </translation>
    </message>
    <message>
        <source>This person is no longer on the staff list.</source>
        <translation>Cette personne ne figure plus dans la liste du personnel.</translation>
    </message>
    <message>
        <source>This role no longer exists.</source>
        <translation>Cette fonction n'existe plus.</translation>
    </message>
    <message>
        <source>Make %1 %2</source>
        <translation>Donner à %1 la fonction %2</translation>
    </message>
    <message>
        <source>Clear the role of %1</source>
        <translation>Retirer la fonction de %1</translation>
    </message>
    <message>
        <source>Log the staff time of %1 on %2</source>
        <translation>Saisir le temps de travail de %1 le %2</translation>
    </message>
    <message>
        <source>This staff time no longer exists; it may have been deleted.</source>
        <translation>Ce temps de travail n'existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Edit the staff time of %1 on %2</source>
        <translation>Modifier le temps de travail de %1 du %2</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln staff time entry(ies)</source>
        <translation>
            <numerusform>Supprimer %Ln saisie de temps de travail</numerusform>
            <numerusform>Supprimer %Ln saisies de temps de travail</numerusform>
        </translation>
    </message>
    <message>
        <source>This edition no longer exists; it may have been deleted.</source>
        <translation>Cette édition n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>This action no longer exists; it may have been deleted.</source>
        <translation>Cette action n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>This date of the action no longer exists; it may have been deleted.</source>
        <translation>Cette date de l'action n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>Add the SERD %1</source>
        <translation>Ajouter la SERD %1</translation>
    </message>
    <message>
        <source>Edit the SERD %1</source>
        <translation>Modifier la SERD %1</translation>
    </message>
    <message>
        <source>Delete the SERD %1</source>
        <translation>Supprimer la SERD %1</translation>
    </message>
    <message>
        <source>Add the SERD action %1</source>
        <translation>Ajouter l'action SERD %1</translation>
    </message>
    <message>
        <source>Edit the SERD action %1</source>
        <translation>Modifier l'action SERD %1</translation>
    </message>
    <message>
        <source>Delete the SERD action %1</source>
        <translation>Supprimer l'action SERD %1</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln SERD action(s) as %1</source>
        <translation>
            <numerusform>Passer %Ln action SERD à l'état « %1 »</numerusform>
            <numerusform>Passer %Ln actions SERD à l'état « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the SERD action %1 to %2</source>
        <translation>Copier l'action SERD %1 dans l'édition %2</translation>
    </message>
    <message>
        <source>Add the date %1 to %2</source>
        <translation>Ajouter la date du %1 à %2</translation>
    </message>
    <message>
        <source>Edit the date %1</source>
        <translation>Modifier la date du %1</translation>
    </message>
    <message>
        <source>Delete the date %1</source>
        <translation>Supprimer la date du %1</translation>
    </message>
    <message>
        <source>“%1” (SERD %2)</source>
        <translation>« %1 » (SERD %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: the contact person of SERD actions: %1. Choose another contact person for them first.</source>
        <translation>Non supprimé : personne contact d'actions de la SERD : %1. Choisissez d'abord une autre personne contact pour celles-ci.</translation>
    </message>
    <message>
        <source>Not deleted: an organiser of SERD actions: %1. Take it off those actions first.</source>
        <translation>Non supprimée : organisatrice d'actions de la SERD : %1. Retirez-la d'abord de ces actions.</translation>
    </message>
    <message>
        <source>Merge contact %1 into %2</source>
        <translation>la fusion du contact %1 dans %2</translation>
    </message>
    <message>
        <source>Merge organisation %1 into %2</source>
        <translation>la fusion de la structure %1 dans %2</translation>
    </message>
    <message>
        <source>Not duplicates</source>
        <translation>le classement « pas des doublons »</translation>
    </message>
    <message>
        <source>A record cannot be merged with itself.</source>
        <translation>Une fiche ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n contact(s) from %1</source>
        <translation>
            <numerusform>l'importation de %n contact depuis %1</numerusform>
            <numerusform>l'importation de %n contacts depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n organisation(s) from %1</source>
        <translation>
            <numerusform>l'importation de %n structure depuis %1</numerusform>
            <numerusform>l'importation de %n structures depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the import from %1</source>
        <translation>l'annulation de l'importation de %1</translation>
    </message>
    <message>
        <source>%1 cannot be imported yet.</source>
        <translation>Relais ne sait pas encore importer : %1.</translation>
    </message>
    <message>
        <source>This import is already undone.</source>
        <translation>Cette importation est déjà annulée.</translation>
    </message>
    <message>
        <source>Import of meeting attendance from %1</source>
        <translation>l'importation de présences depuis %1</translation>
    </message>
    <message>
        <source>Import of training attendance from %1</source>
        <translation>l'importation de présences en formation depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>Import of %n valued contribution(s) from %1</source>
        <translation>
            <numerusform>l'importation de %n contribution valorisée depuis %1</numerusform>
            <numerusform>l'importation de %n contributions valorisées depuis %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n staff time entry(ies) from %1</source>
        <translation>
            <numerusform>l'importation de %n saisie de temps depuis %1</numerusform>
            <numerusform>l'importation de %n saisies de temps depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The people were anonymised, but the file could not be compacted: %1</source>
        <translation>Les personnes ont été anonymisées, mais le fichier n’a pas pu être compacté : %1</translation>
    </message>
</context>
<context>
    <name>relais::ConsentEditor</name>
    <message>
        <source>By e-mail</source>
        <translation>Par courriel</translation>
    </message>
    <message>
        <source>By po&amp;st</source>
        <translation>Par co&amp;urrier</translation>
    </message>
    <message>
        <source>When they answered</source>
        <translation>Date de la réponse</translation>
    </message>
    <message>
        <source>Where they answered</source>
        <translation>Où la réponse a été recueillie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Anything worth keeping about this answer, e.g. the form&apos;s title</source>
        <translation>Ce qui mérite d’être gardé de cette réponse, p. ex. le titre du formulaire</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;que…</translation>
    </message>
    <message>
        <source>Every answer recorded for this person, newest first</source>
        <translation>Toutes les réponses enregistrées pour cette personne, la plus récente en premier</translation>
    </message>
</context>
<context>
    <name>relais::ConsentHistoryDialog</name>
    <message>
        <source>Consent history — %1</source>
        <translation>Historique du consentement — %1</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Répondu le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>(before the history was kept)</source>
        <translation>(avant la tenue de l’historique)</translation>
    </message>
    <message>
        <source>No answer has been recorded for this person yet.</source>
        <translation>Aucune réponse n’a encore été enregistrée pour cette personne.</translation>
    </message>
</context>
<context>
    <name>relais::ConsentQuestion</name>
    <message numerus="yes">
        <source>%1 of the %Ln people have not agreed to be contacted by e-mail: nobody has asked them yet.</source>
        <translation>
            <numerusform>%1 personne sur %Ln n’a pas accepté d’être contactée par courriel : personne ne le lui a encore demandé.</numerusform>
            <numerusform>%1 des %Ln personnes n’ont pas accepté d’être contactées par courriel : personne ne le leur a encore demandé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave them out unless they told you they agree; record their answer on their card.</source>
        <translation>Laissez-les de côté, sauf si elles vous ont dit être d’accord ; notez alors leur réponse sur leur fiche.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln who refused or withdrew their consent are left out in any case.</source>
        <translation>
            <numerusform>%Ln personne qui a refusé ou retiré son consentement est laissée de côté dans tous les cas.</numerusform>
            <numerusform>%Ln personnes qui ont refusé ou retiré leur consentement sont laissées de côté dans tous les cas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Les laisser de côté</translation>
    </message>
    <message>
        <source>Include them</source>
        <translation>Les inclure</translation>
    </message>
</context>
<context>
    <name>relais::ConsentText</name>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d’émargement</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Pas encore demandé</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
</context>
<context>
    <name>relais::ContactDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Ms</source>
        <comment>civility</comment>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Mr</source>
        <comment>civility</comment>
        <translation>M.</translation>
    </message>
    <message>
        <source>name@example.fr; another@example.fr</source>
        <translation>nom@exemple.fr; autre@exemple.fr</translation>
    </message>
    <message>
        <source>03 89 12 34 56; 06 12 34 56 78</source>
        <translation>03 89 12 34 56; 06 12 34 56 78</translation>
    </message>
    <message>
        <source>Network &amp;head</source>
        <translation>Tête de &amp;réseau</translation>
    </message>
    <message>
        <source>Relays information to many other actors</source>
        <translation>Relaie l'information auprès de nombreux autres acteurs</translation>
    </message>
    <message>
        <source>&amp;Relay actor, trained since</source>
        <translation>Acteur re&amp;lais, formé depuis le</translation>
    </message>
    <message>
        <source>Anything worth remembering about this person</source>
        <translation>Tout ce qui mérite d'être retenu sur cette personne</translation>
    </message>
    <message>
        <source>Ci&amp;vility</source>
        <translation>Ci&amp;vilité</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>C&amp;ommune</source>
        <translation>C&amp;ommune</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Do&amp;mains</source>
        <translation>Do&amp;maines</translation>
    </message>
    <message>
        <source>Co&amp;nsent</source>
        <translation>Con&amp;sentement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list of communes yet: it will be added.</source>
        <translation>« %1 » n'est pas encore dans la liste des communes : elle sera ajoutée.</translation>
    </message>
    <message>
        <source>Created %1 · last changed %2</source>
        <translation>Fiche créée le %1 · modifiée le %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 saved (%n cards saved here).</source>
        <translation>
            <numerusform>%1 : fiche enregistrée (%n fiche enregistrée dans cette fenêtre).</numerusform>
            <numerusform>%1 : fiche enregistrée (%n fiches enregistrées dans cette fenêtre).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 : fiche enregistrée.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Already in the file? %1</source>
        <translation>Déjà dans le fichier ? %1</translation>
    </message>
    <message>
        <source>Contact — %1</source>
        <translation>Contact — %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>Formatio&amp;n</translation>
    </message>
</context>
<context>
    <name>relais::ContactRepository</name>
    <message>
        <source>This contact no longer exists; it may have been deleted.</source>
        <translation>Ce contact n'existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The organisation &quot;%1&quot; has not been created.</source>
        <translation>La structure « %1 » n'a pas été créée.</translation>
    </message>
    <message>
        <source>The tag &quot;%1&quot; has not been created.</source>
        <translation>L'étiquette « %1 » n'a pas été créée.</translation>
    </message>
</context>
<context>
    <name>relais::ContactTableModel</name>
    <message>
        <source>Network head</source>
        <translation>Tête de réseau</translation>
    </message>
    <message>
        <source>Relay actor</source>
        <translation>Acteur relais</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
</context>
<context>
    <name>relais::ContributionDialog</name>
    <message>
        <source>Type the first letters of a partner&apos;s name</source>
        <translation>Tapez les premières lettres du nom d'un partenaire</translation>
    </message>
    <message>
        <source>A meeting or a SERD action of that year, if the contribution was given for one</source>
        <translation>Une réunion ou une action SERD de cette année, si la contribution a été apportée pour elle</translation>
    </message>
    <message>
        <source> €</source>
        <translation> €</translation>
    </message>
    <message>
        <source>e.g. two facilitators for the afternoon, the hall lent</source>
        <translation>ex. deux animateurs pour l'après-midi, la salle prêtée</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <source>Ra&amp;te</source>
        <translation>&amp;Taux</translation>
    </message>
    <message>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Nature</translation>
    </message>
    <message>
        <source>&amp;Organisation *</source>
        <translation>&amp;Structure *</translation>
    </message>
    <message>
        <source>&amp;Relates to</source>
        <translation>&amp;Liée à</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Valued contribution</source>
        <translation>Dépense valorisée</translation>
    </message>
    <message>
        <source>Valued contribution — %1</source>
        <translation>Dépense valorisée — %1</translation>
    </message>
    <message>
        <source>New valued contribution</source>
        <translation>Nouvelle dépense valorisée</translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation>Rien en particulier</translation>
    </message>
    <message>
        <source>Meeting of %1: %2</source>
        <translation>Réunion du %1 : %2</translation>
    </message>
    <message>
        <source>SERD %1 action: %2</source>
        <translation>Action SERD %1 : %2</translation>
    </message>
    <message>
        <source>SERD action: %1</source>
        <translation>Action SERD : %1</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>per hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Type the organisation the contribution comes from.</source>
        <translation>Indiquez la structure qui apporte la contribution.</translation>
    </message>
    <message>
        <source>“%1” is not an organisation of the file: choose one from the list, or add it in Actors first.</source>
        <translation>« %1 » n'est pas une structure du fichier : choisissez-en une dans la liste, ou ajoutez-la d'abord dans Acteurs.</translation>
    </message>
    <message>
        <source>Type the number of days given.</source>
        <translation>Indiquez le nombre de jours apportés.</translation>
    </message>
    <message>
        <source>Type the number of hours given.</source>
        <translation>Indiquez le nombre d'heures apportées.</translation>
    </message>
    <message>
        <source>Type the rate per day, in euros.</source>
        <translation>Indiquez le taux journalier, en euros.</translation>
    </message>
    <message>
        <source>Type the rate per hour, in euros.</source>
        <translation>Indiquez le taux horaire, en euros.</translation>
    </message>
    <message>
        <source>The quantity and the rate come to less than a cent.</source>
        <translation>La quantité et le taux font moins d'un centime.</translation>
    </message>
    <message>
        <source>Type the amount, in euros.</source>
        <translation>Indiquez le montant, en euros.</translation>
    </message>
    <message>
        <source>%1 from %2 saved.</source>
        <translation>%1 de %2 enregistré.</translation>
    </message>
</context>
<context>
    <name>relais::ContributionModel</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Action or meeting</source>
        <translation>Action ou réunion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>relais::CsvFileReader</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is empty: there is no row to import.</source>
        <translation>%1 est vide : il n'y a aucune ligne à importer.</translation>
    </message>
</context>
<context>
    <name>relais::DamagedFile</name>
    <message>
        <source>%1 cannot be set aside while another Relais has it open. %2</source>
        <translation>%1 ne peut pas être mis de côté tant qu'un autre Relais l'a ouvert. %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n'existe pas.</translation>
    </message>
    <message>
        <source>The damaged file %1 could not be set aside: %2 could not be renamed. It has not been changed.</source>
        <translation>Le fichier endommagé %1 n'a pas pu être mis de côté : %2 n'a pas pu être renommé. Il n'a pas été modifié.</translation>
    </message>
    <message>
        <source>contacts not counted</source>
        <translation>contacts non comptés</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is damaged. It has been kept as %2, so that nothing is lost. Restore the backup of %3 (%4)?</source>
        <translation>%1 est endommagé. Il a été conservé sous le nom %2, pour que rien ne soit perdu. Restaurer la sauvegarde du %3 (%4) ?</translation>
    </message>
    <message>
        <source>%1 is damaged. It has been kept as %2, so that nothing is lost, but there is no sound backup of it to restore. Relais can start a new, empty database in its place; the damaged file may still be repaired by a specialist.</source>
        <translation>%1 est endommagé. Il a été conservé sous le nom %2, pour que rien ne soit perdu, mais il n'en existe aucune sauvegarde saine à restaurer. Relais peut créer à sa place une nouvelle base de données vide ; un spécialiste pourra peut-être encore réparer le fichier endommagé.</translation>
    </message>
</context>
<context>
    <name>relais::DashboardPage</name>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>Annual &amp;review…</source>
        <translation>&amp;Bilan annuel…</translation>
    </message>
    <message>
        <source>Print the annual review of the year, or save it as PDF or ODT</source>
        <translation>Imprimer le bilan annuel de l'année, ou l'enregistrer en PDF ou en ODT</translation>
    </message>
    <message>
        <source>Nothing to show yet. The dashboard fills in as meetings, training sessions, SERD actions, valued contributions and staff time are entered.</source>
        <translation>Rien à montrer pour l'instant. Le tableau de bord se remplit à mesure que sont saisis réunions, séances de formation, actions SERD, dépenses valorisées et temps de travail de l'équipe.</translation>
    </message>
    <message>
        <source>Changes are from %1.</source>
        <translation>Évolutions par rapport à %1.</translation>
    </message>
    <message>
        <source>Nothing was recorded in %1: no change to show.</source>
        <translation>Rien n'a été saisi en %1 : pas d'évolution à montrer.</translation>
    </message>
</context>
<context>
    <name>relais::Database</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n'existe pas.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n'a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database.</source>
        <translation>%1 est un dossier, pas une base de données.</translation>
    </message>
    <message>
        <source>%1 is not a Relais database (it is not an SQLite file at all). It has not been changed.</source>
        <translation>%1 n'est pas une base de données Relais (ce n'est pas du tout un fichier SQLite). Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Relais database. It has not been changed.</source>
        <translation>%1 est un fichier vide, pas une base de données Relais. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 could not be read. It may be damaged or locked by another program.</source>
        <translation>%1 n'a pas pu être lu. Le fichier est peut-être endommagé ou verrouillé par un autre logiciel.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Relais database. It has not been changed.</source>
        <translation>%1 est une base de données d'un autre logiciel, pas une base de données Relais. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Relais (database version %2; this version reads up to %3). Install the newer version to open it. The file has not been changed.</source>
        <translation>%1 a été enregistré par une version plus récente de Relais (format de base de données %2 ; cette version lit jusqu'au format %3). Installez la version plus récente pour l'ouvrir. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is read-only: Relais needs to write to its database. Copy it to a folder where you can write, or change its permissions.</source>
        <translation>%1 est en lecture seule : Relais doit pouvoir écrire dans sa base de données. Copiez le fichier dans un dossier où vous pouvez écrire, ou modifiez ses droits d'accès.</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 n'a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>%1 could not be brought up to date: %2</source>
        <translation>%1 n'a pas pu être mis à jour : %2</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 n'a pas pu être remplacé.</translation>
    </message>
    <message>
        <source>The folder of %1 is read-only: Relais needs to write beside its database. Copy the file to a folder where you can write, or change the folder&apos;s permissions. The file has not been changed.</source>
        <translation>Le dossier de %1 est en lecture seule : Relais doit pouvoir écrire à côté de sa base de données. Copiez le fichier dans un dossier où vous pouvez écrire, ou modifiez les droits d'accès du dossier. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by an older version of Relais and must first be brought up to date, which cannot be done while it is opened read-only. Open it normally once nobody else has it open. The file has not been changed.</source>
        <translation>%1 a été enregistré par une version plus ancienne de Relais et doit d'abord être mis à jour, ce qui est impossible tant qu'il est ouvert en lecture seule. Ouvrez-le normalement quand personne d'autre ne l'a ouvert. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 Only one Relais at a time can change a file; it can be opened read-only meanwhile.</source>
        <translation>%1 Un seul Relais à la fois peut modifier un fichier ; il peut être ouvert en lecture seule en attendant.</translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: its lock file %2 could not be created.</source>
        <translation>%1 n'a pas pu être ouvert en écriture : son fichier de verrou %2 n'a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n'a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>This file is open read-only: your changes cannot be saved.</source>
        <translation>Ce fichier est ouvert en lecture seule : vos modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s check of the file found errors. Relais will not write to it. Keep it aside and restore a backup. The file has not been changed.</source>
        <translation>%1 est endommagé : la vérification du fichier par SQLite a trouvé des erreurs. Relais n'y écrira pas. Mettez-le de côté et restaurez une sauvegarde. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is damaged: its beginning is blank, as a failing disk or an interrupted write leaves a file. Relais cannot read it and will not write to it. Keep it aside and restore a backup. The file has not been changed.</source>
        <translation>%1 est endommagé : son début est vide, comme le laisse un disque défaillant ou une écriture interrompue. Relais ne peut pas le lire et n'y écrira pas. Mettez-le de côté et restaurez une sauvegarde. Le fichier n'a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 could not be created.</source>
        <translation>%1 n'a pas pu être créé.</translation>
    </message>
    <message>
        <source>%1 was made by an earlier version of Relais and could not be backed up before being brought up to date; it was left as it was. %2</source>
        <translation>%1 a été créé par une version antérieure de Relais et n’a pas pu être sauvegardé avant sa mise à jour ; il a été laissé tel quel. %2</translation>
    </message>
</context>
<context>
    <name>relais::Deletion</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>relais::DemoGenerator</name>
    <message>
        <source>The demo programme can only be written into an empty file.</source>
        <translation>La base de démonstration ne peut être écrite que dans un fichier vide.</translation>
    </message>
    <message>
        <source>%1 already exists. The demo programme is only written into a new file: choose another name. The existing file has not been changed.</source>
        <translation>%1 existe déjà. La base de démonstration n’est écrite que dans un nouveau fichier : choisissez un autre nom. Le fichier existant n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The demo programme could not be written into %1: %2</source>
        <translation>La base de démonstration n’a pas pu être écrite dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>relais::DuplicateMatching</name>
    <message>
        <source>same e-mail</source>
        <translation>même courriel</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>même nom</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nom proche</translation>
    </message>
    <message>
        <source>same acronym</source>
        <translation>même sigle</translation>
    </message>
    <message>
        <source>same values</source>
        <translation>mêmes valeurs</translation>
    </message>
    <message>
        <source>same day and place</source>
        <translation>même jour et même lieu</translation>
    </message>
</context>
<context>
    <name>relais::DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <source>&amp;Look among:</source>
        <translation>&amp;Chercher parmi :</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Pairs marked as not duplicates are not proposed again.</source>
        <translation>Les paires marquées « Pas des doublons » ne sont plus proposées.</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;Pas des doublons</translation>
    </message>
    <message>
        <source>No likely duplicates among the contacts.</source>
        <translation>Aucun doublon probable parmi les contacts.</translation>
    </message>
    <message>
        <source>No likely duplicates among the organisations.</source>
        <translation>Aucun doublon probable parmi les structures.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible duplicate(s)</source>
        <translation>
            <numerusform>%n doublon possible</numerusform>
            <numerusform>%n doublons possibles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>relais::EditionDialog</name>
    <message>
        <source>e.g. Dematerialisation, packaging, textiles</source>
        <translation>ex. Dématérialisation, emballages, textiles</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <source>The &amp;Week, from</source>
        <translation>La &amp;Semaine, du</translation>
    </message>
    <message>
        <source>&amp;Focus of the year</source>
        <translation>&amp;Thème de l'année</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>SERD edition</source>
        <translation>Édition de la SERD</translation>
    </message>
    <message>
        <source>SERD %1</source>
        <translation>SERD %1</translation>
    </message>
    <message>
        <source>New SERD edition</source>
        <translation>Nouvelle édition de la SERD</translation>
    </message>
    <message>
        <source>The Week ends before it starts.</source>
        <translation>La Semaine finit avant de commencer.</translation>
    </message>
    <message>
        <source>There is already an edition for %1.</source>
        <translation>Il existe déjà une édition %1.</translation>
    </message>
</context>
<context>
    <name>relais::EnrolDialog</name>
    <message>
        <source>Enrol Trainees</source>
        <translation>Inscrire des stagiaires</translation>
    </message>
    <message>
        <source>Type a name, then Return</source>
        <translation>Tapez un nom, puis Entrée</translation>
    </message>
    <message>
        <source>&amp;Trainee:</source>
        <translation>&amp;Stagiaire :</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>“%1” is not in the file: add the person in Actors first.</source>
        <translation>« %1 » n'est pas dans le fichier : ajoutez d'abord la personne dans Acteurs.</translation>
    </message>
    <message>
        <source>%1 is already in this cohort.</source>
        <translation>%1 fait déjà partie de ce groupe.</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 est déjà dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Enrol %Ln trainee(s)</source>
        <translation>
            <numerusform>&amp;Inscrire %Ln stagiaire</numerusform>
            <numerusform>&amp;Inscrire %Ln stagiaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::FileLocation</name>
    <message>
        <source>%1 is on a network share. SQLite, which Relais uses to store its data, cannot lock a file reliably over a network file system: two computers writing to it, or a connection lost while writing, can damage the file. Keep the database on this computer&apos;s own disk (backups can go to a share). A server mode, made for working together over the network, is coming.</source>
        <translation>%1 se trouve sur un partage réseau. SQLite, avec lequel Relais enregistre ses données, ne peut pas verrouiller un fichier de manière fiable sur un système de fichiers réseau : deux ordinateurs qui y écrivent, ou une connexion perdue pendant une écriture, peuvent endommager le fichier. Gardez la base de données sur le disque de cet ordinateur (les sauvegardes peuvent aller sur un partage). Un mode serveur, conçu pour travailler à plusieurs en réseau, est en préparation.</translation>
    </message>
</context>
<context>
    <name>relais::FilterButton</name>
    <message>
        <source>Find in the list…</source>
        <translation>Rechercher dans la liste…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Filter by %1</source>
        <translation>Filtrer par %1</translation>
    </message>
</context>
<context>
    <name>relais::FollowUpHistory</name>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
</context>
<context>
    <name>relais::FollowUpModel</name>
    <message>
        <source>Overdue (%1)</source>
        <translation>En retard (%1)</translation>
    </message>
    <message>
        <source>Today (%1)</source>
        <translation>Aujourd'hui (%1)</translation>
    </message>
    <message>
        <source>This week (%1)</source>
        <translation>Cette semaine (%1)</translation>
    </message>
    <message>
        <source>Later (%1)</source>
        <translation>Plus tard (%1)</translation>
    </message>
    <message>
        <source>Done in the last %1 days (%2)</source>
        <translation>Faites ces %1 derniers jours (%2)</translation>
    </message>
    <message>
        <source>Due %1, done %2</source>
        <translation>À faire pour le %1, faite le %2</translation>
    </message>
    <message numerus="yes">
        <source>Due %1, %n day(s) late</source>
        <translation>
            <numerusform>À faire pour le %1, en retard de %n jour</numerusform>
            <numerusform>À faire pour le %1, en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>À faire pour le %1</translation>
    </message>
    <message>
        <source>Planned when logging: %1</source>
        <translation>Prévue en notant l'échange : %1</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Confiée à</translation>
    </message>
    <message>
        <source>Planned with</source>
        <translation>Prévue lors de</translation>
    </message>
</context>
<context>
    <name>relais::FollowUpRepository</name>
    <message>
        <source>This follow-up no longer exists; it may have been deleted.</source>
        <translation>Cette relance n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
</context>
<context>
    <name>relais::FollowUpsPage</name>
    <message>
        <source>Show &amp;done</source>
        <translation>Inclure les relances fai&amp;tes</translation>
    </message>
    <message>
        <source>&amp;Mark done…</source>
        <translation>&amp;Marquer comme faite…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reporter…</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>Réattri&amp;buer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>Also list the follow-ups done in the last %1 days</source>
        <translation>Lister aussi les relances faites ces %1 derniers jours</translation>
    </message>
    <message>
        <source>Log the interaction that did it; double-click a follow-up does the same</source>
        <translation>Noter l'échange qui l'a réalisée ; un double-clic sur une relance fait de même</translation>
    </message>
    <message>
        <source>Move the selected follow-ups to another day</source>
        <translation>Reporter les relances sélectionnées à un autre jour</translation>
    </message>
    <message>
        <source>Give the selected follow-ups to another staff member</source>
        <translation>Confier les relances sélectionnées à un autre membre de l'équipe</translation>
    </message>
    <message>
        <source>Delete the selected follow-ups (Delete); Ctrl+Z brings them back</source>
        <translation>Supprimer les relances sélectionnées (Suppr) ; Ctrl+Z permet de les récupérer</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Toute l'équipe</translation>
    </message>
    <message>
        <source>Nothing to follow up.
Plan a follow-up when you log an interaction, or for a selection of actors from the Actors page.</source>
        <translation>Aucune relance.
Prévoyez une relance en notant un échange, ou pour une sélection d'acteurs depuis la page Acteurs.</translation>
    </message>
    <message>
        <source>Nothing to follow up for %1.</source>
        <translation>Aucune relance confiée à %1.</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Réattribuer</translation>
    </message>
    <message>
        <source>Delete the follow-up &quot;%1&quot;?</source>
        <translation>Supprimer la relance « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n follow-ups?</source>
        <translation>
            <numerusform>Supprimer %n relance ?</numerusform>
            <numerusform>Supprimer ces %n relances ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings it back until Relais is closed.</source>
        <translation>Édition &gt; Annuler (Ctrl+Z) la rétablit tant que Relais n'est pas fermé.</translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings them back until Relais is closed.</source>
        <translation>Édition &gt; Annuler (Ctrl+Z) les rétablit tant que Relais n'est pas fermé.</translation>
    </message>
</context>
<context>
    <name>relais::HeadlineFigures</name>
    <message>
        <source>%1 pt</source>
        <translation>%1 pt</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
    <message>
        <source>No data for %1</source>
        <translation>Aucune donnée pour %1</translation>
    </message>
    <message>
        <source>No figure for %1</source>
        <translation>Pas de chiffre pour %1</translation>
    </message>
    <message>
        <source>= same as %1</source>
        <translation>= comme en %1</translation>
    </message>
    <message>
        <source>%1 %2 vs %3</source>
        <translation>%1 %2 par rapport à %3</translation>
    </message>
    <message>
        <source>Partners mobilised</source>
        <translation>Partenaires mobilisés</translation>
    </message>
    <message>
        <source>Organisations that came to a meeting, had a trainee, ran a SERD action or made a valued contribution in the year.</source>
        <translation>Structures venues à une réunion, ayant eu un stagiaire, mené une action SERD ou apporté une dépense valorisée dans l'année.</translation>
    </message>
    <message>
        <source>New partners</source>
        <translation>Nouveaux partenaires</translation>
    </message>
    <message>
        <source>Partners mobilised in the year and in no year before.</source>
        <translation>Partenaires mobilisés dans l'année et jamais les années précédentes.</translation>
    </message>
    <message>
        <source>Councils&apos; attendance rate</source>
        <translation>Taux de présence aux conseils</translation>
    </message>
    <message>
        <source>Those invited to the actors&apos; councils who came, out of those invited.</source>
        <translation>Invités venus aux conseils des acteurs, sur l'ensemble des invités.</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <source>Contacts present at one half-day of training or more.</source>
        <translation>Contacts présents à au moins une demi-journée de formation.</translation>
    </message>
    <message>
        <source>Trainees who ran an action</source>
        <translation>Stagiaires ayant mené une action</translation>
    </message>
    <message>
        <source>Share of the year&apos;s trainees who ran a held action of the year&apos;s SERD.</source>
        <translation>Part des stagiaires de l'année ayant mené une action réalisée de la SERD de l'année.</translation>
    </message>
    <message>
        <source>SERD actions held</source>
        <translation>Actions SERD réalisées</translation>
    </message>
    <message numerus="yes">
        <source>Actions of the year&apos;s edition with at least one date held; %n distinct.</source>
        <translation>
            <numerusform>Actions de l'édition de l'année avec au moins une date réalisée ; %n distincte.</numerusform>
            <numerusform>Actions de l'édition de l'année avec au moins une date réalisée ; %n distinctes.</numerusform>
        </translation>
    </message>
    <message>
        <source>SERD participants</source>
        <translation>Participants SERD</translation>
    </message>
    <message>
        <source>Participants counted, or else expected, at the held dates.</source>
        <translation>Participants comptés, ou à défaut attendus, aux dates réalisées.</translation>
    </message>
    <message>
        <source>Valued contributions</source>
        <translation>Dépenses valorisées</translation>
    </message>
    <message>
        <source>What partners put in, staff time and material, in euros.</source>
        <translation>Ce que les partenaires apportent, temps de travail et matériel, en euros.</translation>
    </message>
    <message>
        <source>Staff days</source>
        <translation>Jours agent</translation>
    </message>
    <message>
        <source>Days spent by the programme&apos;s staff.</source>
        <translation>Jours passés par l'équipe du programme.</translation>
    </message>
</context>
<context>
    <name>relais::HistoryModel</name>
    <message>
        <source>%1 (planned)</source>
        <translation>%1 (prévue)</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Avec : %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
</context>
<context>
    <name>relais::HistoryView</name>
    <message>
        <source>&amp;Log an interaction…</source>
        <translation>&amp;Noter un échange…</translation>
    </message>
    <message>
        <source>Nothing with them yet. Log a call, a visit or a thank-you with Ctrl+I; meetings, trainings and SERD actions will appear here too.</source>
        <translation>Aucun historique pour l'instant. Notez un appel, une visite ou un remerciement avec Ctrl+I ; les réunions, formations et actions SERD apparaîtront aussi ici.</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
</context>
<context>
    <name>relais::ImportCheckPage</name>
    <message>
        <source>Skip the row</source>
        <translation>Ignorer la ligne</translation>
    </message>
    <message>
        <source>Fill the empty fields</source>
        <translation>Compléter les champs vides</translation>
    </message>
    <message>
        <source>Overwrite with the row</source>
        <translation>Remplacer par la ligne</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Créer quand même</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>&amp;Leave the refused rows out and import the others</source>
        <translation>É&amp;carter les lignes refusées et importer les autres</translation>
    </message>
    <message>
        <source>Before importing</source>
        <translation>Avant d'importer</translation>
    </message>
    <message>
        <source>Nothing is written until you click Import, and the whole import can be undone afterwards (Edit &gt; Undo import…).</source>
        <translation>Rien n'est enregistré tant que vous n'avez pas cliqué sur Importer, et toute l'importation peut être annulée ensuite (Édition &gt; Annuler une importation…).</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Why the row is refused</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>&amp;Read the file again</source>
        <translation>&amp;Relire le fichier</translation>
    </message>
    <message>
        <source>After correcting the file in the spreadsheet and saving it</source>
        <translation>Après avoir corrigé le fichier dans le tableur et l'avoir enregistré</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Nom dans le fichier</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>In Relais</source>
        <translation>Dans Relais</translation>
    </message>
    <message>
        <source>New names</source>
        <translation>Nouveaux noms</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Ressemble à</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Apply to &amp;all</source>
        <translation>&amp;Appliquer à tous</translation>
    </message>
    <message>
        <source>For every duplicate:</source>
        <translation>Pour tous les doublons :</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Courriels</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusée : %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Joins line %1</source>
        <translation>Fusionnée avec la ligne %1</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle structure</translation>
    </message>
    <message>
        <source>Updates %1</source>
        <translation>Met à jour %1</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Refusées (%1)</translation>
    </message>
    <message>
        <source>Create it</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Take “%1”</source>
        <translation>Utiliser « %1 »</translation>
    </message>
    <message>
        <source>Take “%1” (new, line %2)</source>
        <translation>Utiliser « %1 » (nouveau nom, ligne %2)</translation>
    </message>
    <message>
        <source>New names (%1)</source>
        <translation>Nouveaux noms (%1)</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message>
        <source>In Relais: %1</source>
        <translation>Dans Relais : %1</translation>
    </message>
    <message>
        <source>Duplicates (%1)</source>
        <translation>Doublons (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n nouveau contact</numerusform>
            <numerusform>%n nouveaux contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new organisation(s)</source>
        <translation>
            <numerusform>%n nouvelle structure</numerusform>
            <numerusform>%n nouvelles structures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing contact(s) updated</source>
        <translation>
            <numerusform>%n contact existant mis à jour</numerusform>
            <numerusform>%n contacts existants mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n existing organisation(s) updated</source>
        <translation>
            <numerusform>%n structure existante mise à jour</numerusform>
            <numerusform>%n structures existantes mises à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) joined with an earlier one</source>
        <translation>
            <numerusform>%n ligne fusionnée avec une ligne précédente</numerusform>
            <numerusform>%n lignes fusionnées avec une ligne précédente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ligne ignorée</numerusform>
            <numerusform>%n lignes ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: %1.</source>
        <translation>
            <numerusform>%n ligne lue : %1.</numerusform>
            <numerusform>%n lignes lues : %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused row(s) left out.</source>
        <translation>
            <numerusform>%n ligne refusée écartée.</numerusform>
            <numerusform>%n lignes refusées écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) refused: correct the file and read it again, or leave them out (Refused tab).</source>
        <translation>
            <numerusform>%n ligne refusée : corrigez le fichier et relisez-le, ou écartez-la (onglet Refusées).</numerusform>
            <numerusform>%n lignes refusées : corrigez le fichier et relisez-le, ou écartez-les (onglet Refusées).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, but other e-mails and organisations</source>
        <translation>%1, mais d'autres adresses et structures</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance(s) recorded</source>
        <translation>
            <numerusform>%n présence enregistrée</numerusform>
            <numerusform>%n présences enregistrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) found in Relais</source>
        <translation>
            <numerusform>%n personne trouvée dans Relais</numerusform>
            <numerusform>%n personnes trouvées dans Relais</numerusform>
        </translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Half-days</source>
        <translation>Demi-journées</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>après-midi</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Action or meeting</source>
        <translation>Action ou réunion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>New contribution</source>
        <translation>Nouvelle contribution</translation>
    </message>
    <message numerus="yes">
        <source>%n new contribution(s)</source>
        <translation>
            <numerusform>%n nouvelle contribution</numerusform>
            <numerusform>%n nouvelles contributions</numerusform>
        </translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu'au</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nouvelle saisie</translation>
    </message>
    <message>
        <source>%1 (category)</source>
        <translation>%1 (catégorie)</translation>
    </message>
    <message numerus="yes">
        <source>%n new staff time entry(ies)</source>
        <translation>
            <numerusform>%n nouvelle saisie de temps</numerusform>
            <numerusform>%n nouvelles saisies de temps</numerusform>
        </translation>
    </message>
    <message>
        <source>This person (fill the empty fields)</source>
        <translation>Cette personne (compléter les champs vides)</translation>
    </message>
    <message>
        <source>This person (overwrite with the row)</source>
        <translation>Cette personne (remplacer par la ligne)</translation>
    </message>
    <message>
        <source>Someone else: a new contact</source>
        <translation>Quelqu'un d'autre : nouveau contact</translation>
    </message>
    <message>
        <source>People found (%1)</source>
        <translation>Personnes reconnues (%1)</translation>
    </message>
    <message>
        <source>The columns of the file have changed: check which field each goes to.</source>
        <translation>Les colonnes du fichier ont changé : vérifiez le champ de chacune.</translation>
    </message>
    <message>
        <source>New date of an action in Relais</source>
        <translation>Nouvelle date d’une action de Relais</translation>
    </message>
    <message>
        <source>Action in Relais</source>
        <translation>Action déjà dans Relais</translation>
    </message>
    <message>
        <source>New date of line %1&apos;s action</source>
        <translation>Nouvelle date de l’action de la ligne %1</translation>
    </message>
    <message>
        <source>Action of line %1</source>
        <translation>Action de la ligne %1</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>New action, no date yet</source>
        <translation>Nouvelle action, pas encore datée</translation>
    </message>
    <message>
        <source>Lead organiser</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Co-organisateurs</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message numerus="yes">
        <source>%n new action(s)</source>
        <translation>
            <numerusform>%n nouvelle action</numerusform>
            <numerusform>%n nouvelles actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new edition(s) (%1)</source>
        <translation>
            <numerusform>%n nouvelle édition (%1)</numerusform>
            <numerusform>%n nouvelles éditions (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new date(s)</source>
        <translation>
            <numerusform>%n nouvelle date</numerusform>
            <numerusform>%n nouvelles dates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) already in Relais</source>
        <translation>
            <numerusform>%n date déjà dans Relais</numerusform>
            <numerusform>%n dates déjà dans Relais</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ImportFields</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>Domaines</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Network head</source>
        <translation>Tête de réseau</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Municipal service</source>
        <translation>Service municipal</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Second e-mail</source>
        <translation>Second courriel</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>Relay actor</source>
        <translation>Acteur relais</translation>
    </message>
    <message>
        <source>Relay actor since</source>
        <translation>Acteur relais depuis</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sans invitation</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Date de la séance</translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Lead organiser</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Co-organisateurs</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Participants attendus</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>On the EWWR platform</source>
        <translation>Sur la plateforme SERD</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Action or meeting</source>
        <translation>Action ou réunion</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Date or period</source>
        <translation>Date ou période</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Meeting attendance</source>
        <translation>Présences aux réunions</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>Présences aux formations</translation>
    </message>
    <message>
        <source>SERD actions</source>
        <translation>Actions SERD</translation>
    </message>
    <message>
        <source>Valued contributions</source>
        <translation>Dépenses valorisées</translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation>Temps de travail</translation>
    </message>
    <message>
        <source>Consent by post</source>
        <translation>Consentement courrier</translation>
    </message>
    <message>
        <source>Date of consent by post</source>
        <translation>Date du consentement courrier</translation>
    </message>
</context>
<context>
    <name>relais::ImportFilePage</name>
    <message>
        <source>semicolons</source>
        <translation>des points-virgules</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>des virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>des tabulations</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>A CSV file saved from a spreadsheet (in Excel: Save as &gt; CSV). See docs/csv-formats.md for the columns Relais recognises.</source>
        <translation>Un fichier CSV enregistré depuis un tableur (dans Excel : Enregistrer sous &gt; CSV). Voir docs/csv-formats.md pour les colonnes que Relais reconnaît.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Sépa&amp;rateur :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Rows of:</source>
        <translation>&amp;Lignes de :</translation>
    </message>
    <message>
        <source>Choose the File to Import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) under a header of %1 columns.</source>
        <translation>
            <numerusform>%n ligne sous un en-tête de %1 colonnes.</numerusform>
            <numerusform>%n lignes sous un en-tête de %1 colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read as %1, cells separated by %2.</source>
        <translation>Lu en %1, cellules séparées par %2.</translation>
    </message>
    <message>
        <source>A quote opened on line %1 is never closed: the rest of the file went into that cell.</source>
        <translation>Un guillemet ouvert à la ligne %1 n'est jamais fermé : tout le reste du fichier est allé dans cette cellule.</translation>
    </message>
</context>
<context>
    <name>relais::ImportHistoryDialog</name>
    <message>
        <source>Nothing has been imported into this file yet (File &gt; Import…).</source>
        <translation>Rien n'a encore été importé dans ce fichier (Fichier &gt; Importer…).</translation>
    </message>
    <message>
        <source>&amp;Undo the last import…</source>
        <translation>&amp;Annuler la dernière importation…</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Rows of</source>
        <translation>Lignes de</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créées</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Undone on %1</source>
        <translation>Annulée le %1</translation>
    </message>
    <message>
        <source>Last import: can be undone</source>
        <translation>Dernière importation : peut être annulée</translation>
    </message>
    <message numerus="yes">
        <source>Undo the import of %1 from %2? The %n record(s) it created will be deleted</source>
        <translation>
            <numerusform>Annuler l'importation de %2 faite le %1 ? %n fiche créée par cette importation sera supprimée</numerusform>
            <numerusform>Annuler l'importation de %2 faite le %1 ? Les %n fiches créées par cette importation seront supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, and the %n it updated get their earlier values back.</source>
        <translation>
            <numerusform>, et %n fiche mise à jour retrouvera ses valeurs antérieures.</numerusform>
            <numerusform>, et les %n fiches mises à jour retrouveront leurs valeurs antérieures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these records were changed after the import: those changes will be lost too.</source>
        <translation>
            <numerusform>%n de ces fiches a été modifiée après l'importation : cette modification sera perdue elle aussi.</numerusform>
            <numerusform>%n de ces fiches ont été modifiées après l'importation : ces modifications seront perdues elles aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo the Import</source>
        <translation>Annuler l'importation</translation>
    </message>
</context>
<context>
    <name>relais::ImportMappingPage</name>
    <message>
        <source>The columns</source>
        <translation>Les colonnes</translation>
    </message>
    <message>
        <source>Which field each column of the file goes to. Relais proposes them from the headers and remembers your choice for the next file like this one.</source>
        <translation>Le champ où va chaque colonne du fichier. Relais les propose d'après les en-têtes et retient vos choix pour le prochain fichier du même genre.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— non importée —</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (obligatoire)</translation>
    </message>
    <message>
        <source>Choose the column of: %1. Every row needs it.</source>
        <translation>Choisissez la colonne de : %1. Chaque ligne en a besoin.</translation>
    </message>
</context>
<context>
    <name>relais::ImportPlan</name>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>Le champ « %1 » est vide.</translation>
    </message>
    <message>
        <source>This row has %1 cells where the header has %2: a delimiter inside a cell may not be quoted.</source>
        <translation>Cette ligne a %1 cellules alors que l'en-tête en a %2 : un séparateur dans une cellule n'est peut-être pas entre guillemets.</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Fonction : %1</translation>
    </message>
    <message>
        <source>%1 cannot be imported yet.</source>
        <translation>Relais ne sait pas encore importer : %1.</translation>
    </message>
    <message>
        <source>No column is mapped to %1, which every row needs.</source>
        <translation>Aucune colonne n'est associée au champ « %1 », obligatoire pour chaque ligne.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>No meeting on %1 in Relais: create it in Meetings first.</source>
        <translation>Aucune réunion le %1 dans Relais : créez-la d'abord dans Réunions.</translation>
    </message>
    <message>
        <source>No meeting on %1 is titled “%2” (Relais has %3).</source>
        <translation>Aucune réunion du %1 ne s'intitule « %2 » (Relais a : %3).</translation>
    </message>
    <message>
        <source>Several meetings on %1 (%2): the row must give the title of one.</source>
        <translation>Plusieurs réunions le %1 (%2) : la ligne doit donner le titre de l'une d'elles.</translation>
    </message>
    <message>
        <source>A training half-day is attended, excused or missed: present, excused or absent.</source>
        <translation>Une demi-journée de formation est suivie, excusée ou manquée : présent, excusé ou absent.</translation>
    </message>
    <message>
        <source>No training session on %1 in Relais: create it in Training first.</source>
        <translation>Aucune séance de formation le %1 dans Relais : créez-la d'abord dans Formation.</translation>
    </message>
    <message>
        <source>No training session on %1 is of this cohort and module (Relais has %2).</source>
        <translation>Aucune séance du %1 n'est de ce groupe et de ce module (Relais a : %2).</translation>
    </message>
    <message>
        <source>Several training sessions on %1 (%2): the row must name the cohort or the module.</source>
        <translation>Plusieurs séances le %1 (%2) : la ligne doit nommer le groupe ou le module.</translation>
    </message>
    <message>
        <source>The session of %1 has no morning.</source>
        <translation>La séance du %1 n'a pas de matinée.</translation>
    </message>
    <message>
        <source>The session of %1 has no afternoon.</source>
        <translation>La séance du %1 n'a pas d'après-midi.</translation>
    </message>
    <message>
        <source>No meeting or SERD action of %1 is called “%2”.</source>
        <translation>Aucune réunion ni action SERD de %1 ne s'appelle « %2 ».</translation>
    </message>
    <message>
        <source>Several meetings or SERD actions of %1 are called “%2”: give the whole title.</source>
        <translation>Plusieurs réunions ou actions SERD de %1 s'appellent « %2 » : donnez le titre entier.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre de l'équipe</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne contact</translation>
    </message>
    <message>
        <source>SERD category</source>
        <translation>Catégorie SERD</translation>
    </message>
    <message>
        <source>SERD topic</source>
        <translation>Thème SERD</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>relais::ImportWizard</name>
    <message>
        <source>Import</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n'a été importé : %1</translation>
    </message>
</context>
<context>
    <name>relais::ImportWriter</name>
    <message>
        <source>A contact this import updates has just been deleted; read the file again.</source>
        <translation>Un contact que cette importation met à jour vient d'être supprimé ; relisez le fichier.</translation>
    </message>
    <message>
        <source>An organisation this import updates has just been deleted; read the file again.</source>
        <translation>Une structure que cette importation met à jour vient d'être supprimée ; relisez le fichier.</translation>
    </message>
    <message>
        <source>A SERD action this import adds to has just been deleted; read the file again.</source>
        <translation>Une action SERD que cet import complète vient d’être supprimée ; relisez le fichier.</translation>
    </message>
    <message>
        <source>A date of a SERD action this import updates has just been deleted; read the file again.</source>
        <translation>Une date d’action SERD que cet import met à jour vient d’être supprimée ; relisez le fichier.</translation>
    </message>
</context>
<context>
    <name>relais::IndicatorCharts</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No type</source>
        <translation>Sans type</translation>
    </message>
    <message>
        <source>Other types</source>
        <translation>Autres types</translation>
    </message>
    <message>
        <source>Actions held</source>
        <translation>Actions réalisées</translation>
    </message>
    <message>
        <source>Distinct actions</source>
        <translation>Actions distinctes</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Staff days</source>
        <translation>Jours agent</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Sans fonction</translation>
    </message>
    <message>
        <source>Valued contributions</source>
        <translation>Dépenses valorisées</translation>
    </message>
    <message>
        <source>No commune</source>
        <translation>Sans commune</translation>
    </message>
    <message>
        <source>Other communes (%1)</source>
        <translation>Autres communes (%1)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>€%1</source>
        <translation>%1 €</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Present half-days out of those expected (%)</source>
        <translation>Demi-journées de présence sur celles attendues (%)</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Euros</source>
        <translation>Euros</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Partners mobilised by type</source>
        <translation>Partenaires mobilisés par type</translation>
    </message>
    <message>
        <source>SERD actions held and distinct, by edition</source>
        <translation>Actions SERD réalisées et distinctes, par édition</translation>
    </message>
    <message>
        <source>Attendance at the actors&apos; councils</source>
        <translation>Présence aux conseils des acteurs</translation>
    </message>
    <message>
        <source>Training attendance</source>
        <translation>Présence en formation</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a month, and the number of councils held in it</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n session(s)</source>
        <translation>
            <numerusform>%1 · %n séance</numerusform>
            <numerusform>%1 · %n séances</numerusform>
        </translation>
    </message>
    <message>
        <source>Staff days by role</source>
        <translation>Jours agent par fonction</translation>
    </message>
    <message>
        <source>Valued contributions by kind</source>
        <translation>Dépenses valorisées par nature</translation>
    </message>
    <message>
        <source>SERD actions by commune</source>
        <translation>Actions SERD par commune</translation>
    </message>
</context>
<context>
    <name>relais::IntegrityCheck</name>
    <message numerus="yes">
        <source>%n record(s) of this file refer to records that no longer exist. Relais keeps working, but what they refer to is lost; restoring a backup may bring it back.</source>
        <translation>
            <numerusform>%n enregistrement de ce fichier renvoie à un enregistrement qui n'existe plus. Relais continue de fonctionner, mais ce à quoi il renvoie est perdu ; restaurer une sauvegarde peut le faire revenir.</numerusform>
            <numerusform>%n enregistrements de ce fichier renvoient à des enregistrements qui n'existent plus. Relais continue de fonctionner, mais ce à quoi ils renvoient est perdu ; restaurer une sauvegarde peut le faire revenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1, row %2 refers to a missing row of %3</source>
        <translation>dans %1, la ligne %2 renvoie à une ligne absente de %3</translation>
    </message>
    <message>
        <source>The database could not be checked: %1</source>
        <translation>La base de données n'a pas pu être vérifiée : %1</translation>
    </message>
    <message>
        <source>The database is damaged. Close Relais, keep this file aside and restore the newest backup (File &gt; Restore from backup).</source>
        <translation>La base de données est endommagée. Fermez Relais, mettez ce fichier de côté et restaurez la sauvegarde la plus récente (Fichier &gt; Restaurer une sauvegarde).</translation>
    </message>
    <message>
        <source>The database is sound: SQLite found no damage.</source>
        <translation>La base de données est saine : SQLite n'y a trouvé aucun dommage.</translation>
    </message>
    <message>
        <source>Every record refers only to records that exist.</source>
        <translation>Chaque enregistrement ne renvoie qu'à des enregistrements qui existent.</translation>
    </message>
</context>
<context>
    <name>relais::InteractionDialog</name>
    <message>
        <source>Interaction</source>
        <translation>Échange</translation>
    </message>
    <message>
        <source>e.g. SERD: composting workshop at the social centre</source>
        <translation>ex. : SERD : atelier compostage au centre social</translation>
    </message>
    <message>
        <source>What was said, what was agreed</source>
        <translation>Ce qui a été dit, ce qui a été convenu</translation>
    </message>
    <message>
        <source>Plan a &amp;follow-up</source>
        <translation>Prévoir une &amp;relance</translation>
    </message>
    <message>
        <source>e.g. Send the SERD poster, thank them for the workshop</source>
        <translation>ex. : envoyer l'affiche de la SERD, remercier pour l'atelier</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>À &amp;faire</translation>
    </message>
    <message>
        <source>B&amp;y</source>
        <translation>Pour &amp;le</translation>
    </message>
    <message>
        <source>Ass&amp;igned to</source>
        <translation>&amp;Confiée à</translation>
    </message>
    <message>
        <source>&amp;With</source>
        <translation>&amp;Avec</translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;By</source>
        <translation>&amp;Par</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Plan the &amp;next follow-up</source>
        <translation>Prévoir la relance &amp;suivante</translation>
    </message>
    <message>
        <source>Due %1: %2. Say what was done; saving marks it done.</source>
        <translation>Relance pour le %1 : %2. Indiquez ce qui a été fait ; l'enregistrement la marquera comme faite.</translation>
    </message>
    <message>
        <source>Logged: %1.</source>
        <translation>Échange noté : %1.</translation>
    </message>
    <message>
        <source>Mark done — %1</source>
        <translation>Marquer comme faite — %1</translation>
    </message>
    <message>
        <source>Interaction of %1</source>
        <translation>Échange du %1</translation>
    </message>
    <message>
        <source>New interaction</source>
        <translation>Nouvel échange</translation>
    </message>
</context>
<context>
    <name>relais::InteractionHistory</name>
    <message>
        <source>Interaction</source>
        <translation>Échange</translation>
    </message>
</context>
<context>
    <name>relais::InteractionRepository</name>
    <message>
        <source>This interaction no longer exists; it may have been deleted.</source>
        <translation>Cet échange n'existe plus ; il a peut-être été supprimé.</translation>
    </message>
</context>
<context>
    <name>relais::InviteDialog</name>
    <message>
        <source>Leave out those who &amp;refused to be contacted</source>
        <translation>Écarter les personnes qui ont &amp;refusé d'être contactées</translation>
    </message>
    <message>
        <source>Sa&amp;ve as a list…</source>
        <translation>Enregistrer comme &amp;liste…</translation>
    </message>
    <message>
        <source>Add people to the meeting</source>
        <translation>Ajouter des personnes à la réunion</translation>
    </message>
    <message>
        <source>People, by name</source>
        <translation>Des personnes, par leur nom</translation>
    </message>
    <message>
        <source>Everyone a filter of the actor file finds</source>
        <translation>Toutes les personnes trouvées par un filtre du fichier des acteurs</translation>
    </message>
    <message>
        <source>A saved list</source>
        <translation>Une liste enregistrée</translation>
    </message>
    <message>
        <source>The people of another meeting</source>
        <translation>Les personnes d'une autre réunion</translation>
    </message>
    <message>
        <source>Type names; an organisation brings all its members.</source>
        <translation>Saisissez des noms ; une structure ajoute tous ses membres.</translation>
    </message>
    <message>
        <source>No saved list yet: save a filter or another meeting&apos;s people as a list</source>
        <translation>Aucune liste enregistrée pour l'instant : enregistrez comme liste un filtre ou les personnes d'une autre réunion</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Only those:</source>
        <translation>Uniquement les personnes au statut :</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Who would be added:</source>
        <translation>Personnes qui seraient ajoutées :</translation>
    </message>
    <message>
        <source>Refused to be contacted</source>
        <translation>Refus d'être contacté</translation>
    </message>
    <message>
        <source>Not asked for consent yet</source>
        <translation>Consentement pas encore demandé</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) will be invited.</source>
        <translation>
            <numerusform>%Ln personne sera invitée.</numerusform>
            <numerusform>%Ln personnes seront invitées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already invited, left as they are.</source>
        <translation>
            <numerusform>%Ln personne déjà invitée, laissée telle quelle.</numerusform>
            <numerusform>%Ln personnes déjà invitées, laissées telles quelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused to be contacted and are left out.</source>
        <translation>
            <numerusform>%Ln personne a refusé d'être contactée et est écartée.</numerusform>
            <numerusform>%Ln personnes ont refusé d'être contactées et sont écartées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln refused to be contacted (in red).</source>
        <translation>
            <numerusform>%Ln personne a refusé d'être contactée (en rouge).</numerusform>
            <numerusform>%Ln personnes ont refusé d'être contactées (en rouge).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln have not been asked for their consent.</source>
        <translation>
            <numerusform>Le consentement de %Ln personne n'a pas été demandé.</numerusform>
            <numerusform>Le consentement de %Ln personnes n'a pas été demandé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation>Seules les %1 premières sont affichées.</translation>
    </message>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Inviter</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Invite %Ln</source>
        <translation>
            <numerusform>&amp;Inviter %Ln</numerusform>
            <numerusform>&amp;Inviter %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as a list</source>
        <translation>Enregistrer comme liste</translation>
    </message>
    <message>
        <source>Name of the list:</source>
        <translation>Nom de la liste :</translation>
    </message>
</context>
<context>
    <name>relais::InviteeExport</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sans invitation</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>relais::InviteeModel</name>
    <message>
        <source>%1 (walk-in)</source>
        <translation>%1 (sans invitation)</translation>
    </message>
    <message>
        <source>Came without having been invited</source>
        <translation>Venu sans avoir été invité</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Agreed to be contacted by e-mail</source>
        <translation>A accepté d’être contacté par courriel</translation>
    </message>
    <message>
        <source>Not asked yet whether they agree to be contacted by e-mail: left out of e-mails unless you include them</source>
        <translation>Pas encore sollicité pour être contacté par courriel : laissé de côté des envois, sauf si vous l’incluez</translation>
    </message>
    <message>
        <source>Refused to be contacted by e-mail: never in e-mails</source>
        <translation>A refusé d’être contacté par courriel : jamais dans les envois</translation>
    </message>
    <message>
        <source>Withdrew their consent to be contacted by e-mail: never in e-mails</source>
        <translation>A retiré son consentement à être contacté par courriel : jamais dans les envois</translation>
    </message>
</context>
<context>
    <name>relais::LogoPicker</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>%1 could not be read as an image: %2</source>
        <translation>%1 n'a pas pu être lu comme une image : %2</translation>
    </message>
    <message>
        <source>%1 could not be converted to PNG.</source>
        <translation>%1 n'a pas pu être converti en PNG.</translation>
    </message>
    <message>
        <source>Choose the Programme&apos;s Logo</source>
        <translation>Choisir le logo du programme</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Unreadable logo</source>
        <translation>Logo illisible</translation>
    </message>
</context>
<context>
    <name>relais::MainWindow</name>
    <message>
        <source>Relais databases (*.relais);;All files (*)</source>
        <translation>Bases Relais (*.relais);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Actors</source>
        <translation>Acteurs</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n'est ouverte.</translation>
    </message>
    <message>
        <source>Open a database…</source>
        <translation>Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>Nouvelle base de données…</translation>
    </message>
    <message>
        <source>Open the demo database</source>
        <translation>Ouvrir la base de démonstration</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir une base &amp;récente</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Actors</source>
        <translation>&amp;Acteurs</translation>
    </message>
    <message>
        <source>New &amp;contact</source>
        <translation>Nouveau &amp;contact</translation>
    </message>
    <message>
        <source>New &amp;organisation</source>
        <translation>Nouvelle &amp;structure</translation>
    </message>
    <message>
        <source>&amp;Reference lists…</source>
        <translation>&amp;Listes de référence…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Open the &amp;demo database</source>
        <translation>Ouvrir la base de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;About Relais</source>
        <translation>À &amp;propos de Relais</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base récente</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1
The undo history has been cleared.</source>
        <translation>%1
L'historique des annulations a été effacé.</translation>
    </message>
    <message>
        <source>%1 — Relais</source>
        <translation>%1 — Relais</translation>
    </message>
    <message>
        <source>Relais</source>
        <translation>Relais</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>This is the database that is open. Choose another name.</source>
        <translation>C'est la base de données actuellement ouverte. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>%1 could not be replaced.</source>
        <translation>%1 n'a pas pu être remplacé.</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Enregistrer une copie sous</translation>
    </message>
    <message>
        <source>Choose another file than the one that is open.</source>
        <translation>Choisissez un autre fichier que celui qui est ouvert.</translation>
    </message>
    <message>
        <source>Copy saved as %1.</source>
        <translation>Copie enregistrée sous %1.</translation>
    </message>
    <message>
        <source>This is a demo database in a temporary file: changes to it are not kept.</source>
        <translation>Ceci est une base de démonstration dans un fichier temporaire : vos modifications ne seront pas conservées.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Structures</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Relances</translation>
    </message>
    <message>
        <source>Log an &amp;interaction…</source>
        <translation>&amp;Noter un échange…</translation>
    </message>
    <message>
        <source>&amp;Plan a follow-up for each selected…</source>
        <translation>&amp;Prévoir une relance pour chaque acteur sélectionné…</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>Relances (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s) overdue</source>
        <translation>
            <numerusform>%Ln relance en retard</numerusform>
            <numerusform>%Ln relances en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>Ré&amp;unions</translation>
    </message>
    <message>
        <source>New &amp;meeting</source>
        <translation>Nouvelle &amp;réunion</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Formation</translation>
    </message>
    <message>
        <source>SERD</source>
        <translation>SERD</translation>
    </message>
    <message>
        <source>&amp;SERD</source>
        <translation>&amp;SERD</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Moyens</translation>
    </message>
    <message>
        <source>M&amp;eans</source>
        <translation>&amp;Moyens</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Annual re&amp;view…</source>
        <translation>&amp;Bilan annuel…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Annual review</source>
        <translation>Bilan annuel</translation>
    </message>
    <message>
        <source>Find &amp;duplicates…</source>
        <translation>Rechercher les &amp;doublons…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Undo &amp;import…</source>
        <translation>Annuler une &amp;importation…</translation>
    </message>
    <message>
        <source>Imported from %1: %2 created, %3 updated, %4 skipped, %5 refused. Edit &gt; Undo import… takes it back.</source>
        <translation>Importé depuis %1 — fiches créées : %2, mises à jour : %3 ; lignes ignorées : %4, refusées : %5. Édition &gt; Annuler une importation… permet de revenir en arrière.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>%1 (read-only) — Relais</source>
        <translation>%1 (lecture seule) — Relais</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Res&amp;taurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Check the database</source>
        <translation>&amp;Vérifier la base de données</translation>
    </message>
    <message>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Check the database</source>
        <translation>Vérifier la base de données</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Today&apos;s backup of this file could not be made: %1</source>
        <translation>La sauvegarde du jour de ce fichier n’a pas pu être faite : %1</translation>
    </message>
    <message>
        <source>Backed up as %1.</source>
        <translation>Sauvegardé sous %1.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>%1
The current file has been reopened.</source>
        <translation>%1
Le fichier actuel a été rouvert.</translation>
    </message>
    <message>
        <source>The file as it was is kept aside as %1.</source>
        <translation>Le fichier tel qu’il était est mis de côté sous le nom %1.</translation>
    </message>
    <message>
        <source>The backup of %1 has been restored.</source>
        <translation>La sauvegarde du %1 a été restaurée.</translation>
    </message>
    <message>
        <source>&amp;Export a person&apos;s data…</source>
        <translation>&amp;Exporter les données d’une personne…</translation>
    </message>
    <message>
        <source>Export a person&apos;s data</source>
        <translation>Exporter les données d’une personne</translation>
    </message>
    <message>
        <source>Select one contact in the Contacts list first.</source>
        <translation>Sélectionnez d’abord un contact dans la liste des contacts.</translation>
    </message>
    <message>
        <source>&amp;Anonymise the selected contacts…</source>
        <translation>A&amp;nonymiser les contacts sélectionnés…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Journal des modifications…</translation>
    </message>
    <message>
        <source>&amp;Retention review…</source>
        <translation>Revue de &amp;conservation…</translation>
    </message>
    <message>
        <source>Remove the &amp;lock…</source>
        <translation>Supprimer le &amp;verrou…</translation>
    </message>
    <message>
        <source>Remove the lock</source>
        <translation>Supprimer le verrou</translation>
    </message>
    <message>
        <source>Is Relais closed on %1?</source>
        <translation>Relais est-il fermé sur %1 ?</translation>
    </message>
    <message>
        <source>Remove the lock only if Relais no longer runs there (the machine crashed or was switched off). Two Relais writing the same file can damage it.</source>
        <translation>Ne supprimez le verrou que si Relais ne tourne plus sur ce poste (il a planté ou a été éteint). Deux Relais qui écrivent dans le même fichier peuvent l’endommager.</translation>
    </message>
    <message>
        <source>The lock could not be removed: %1</source>
        <translation>Le verrou n’a pas pu être supprimé : %1</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>Close this window first, then open %1 again.</source>
        <translation>Fermez d’abord cette fenêtre, puis ouvrez de nouveau %1.</translation>
    </message>
</context>
<context>
    <name>relais::Means</name>
    <message>
        <source>A valued contribution comes from an organisation.</source>
        <translation>Une dépense valorisée provient d'une structure.</translation>
    </message>
    <message>
        <source>The valued contribution needs a year.</source>
        <translation>La dépense valorisée doit avoir une année.</translation>
    </message>
    <message>
        <source>A valued contribution relates to a meeting or to a SERD action, not both.</source>
        <translation>Une dépense valorisée se rapporte à une réunion ou à une action SERD, pas aux deux.</translation>
    </message>
    <message>
        <source>Type the number of days.</source>
        <translation>Saisissez le nombre de jours.</translation>
    </message>
    <message>
        <source>Type the number of hours.</source>
        <translation>Saisissez le nombre d'heures.</translation>
    </message>
    <message>
        <source>Type the rate per day.</source>
        <translation>Saisissez le taux journalier.</translation>
    </message>
    <message>
        <source>Type the rate per hour.</source>
        <translation>Saisissez le taux horaire.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Le montant doit être supérieur à zéro.</translation>
    </message>
    <message>
        <source>Choose who spent the time.</source>
        <translation>Choisissez la personne qui a passé ce temps.</translation>
    </message>
    <message>
        <source>The staff time needs a date.</source>
        <translation>Le temps de travail doit avoir une date.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Choose what the time was spent on: a meeting, a training session, a SERD edition or a category.</source>
        <translation>Choisissez à quoi ce temps a été consacré : une réunion, une séance de formation, une édition de la SERD ou une catégorie.</translation>
    </message>
    <message>
        <source>Type the category of the activity.</source>
        <translation>Saisissez la catégorie de l'activité.</translation>
    </message>
    <message>
        <source>Choose the meeting, session or edition the time was spent on.</source>
        <translation>Choisissez la réunion, la séance ou l'édition à laquelle ce temps a été consacré.</translation>
    </message>
    <message>
        <source>Staff time is counted in half-days: 0.5, 1, 1.5…</source>
        <translation>Le temps de travail se compte en demi-journées : 0,5, 1, 1,5…</translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation>Temps de travail</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Mobilisation</source>
        <translation>Mobilisation</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>relais::MeansPage</name>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings it back until Relais is closed.</source>
        <translation>Édition &gt; Annuler (Ctrl+Z) la rétablit tant que Relais n'est pas fermé.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Anné&amp;e :</translation>
    </message>
    <message>
        <source>&amp;Contributions</source>
        <translation>&amp;Contributions</translation>
    </message>
    <message>
        <source>S&amp;taff time</source>
        <translation>&amp;Moyens humains</translation>
    </message>
    <message>
        <source>Every organisation</source>
        <translation>Toutes les structures</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Structure :</translation>
    </message>
    <message>
        <source>&amp;New contribution…</source>
        <translation>&amp;Nouvelle contribution…</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Delete the selected contributions (Delete key); Ctrl+Z brings them back</source>
        <translation>Supprimer les contributions sélectionnées (touche Suppr) ; Ctrl+Z les rétablit</translation>
    </message>
    <message>
        <source>Per&amp;son:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>Fonc&amp;tions…</translation>
    </message>
    <message>
        <source>The role of each person of the staff: programme officer, assistant…</source>
        <translation>La fonction de chaque membre de l'équipe : chargée de mission, assistante…</translation>
    </message>
    <message>
        <source>&amp;New entry…</source>
        <translation>&amp;Nouvelle saisie…</translation>
    </message>
    <message>
        <source>Delete the selected entries (Delete key); Ctrl+Z brings them back</source>
        <translation>Supprimer les saisies sélectionnées (touche Suppr) ; Ctrl+Z les rétablit</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>All the staff</source>
        <translation>Toute l'équipe</translation>
    </message>
    <message>
        <source>any year</source>
        <translation>toutes les années</translation>
    </message>
    <message>
        <source>No valued contribution from %1 for %2. Add one with “New contribution…”, or clear the organisation to see all.</source>
        <translation>Aucune dépense valorisée de %1 pour %2. Ajoutez-en une avec « Nouvelle contribution… », ou videz la structure pour tout voir.</translation>
    </message>
    <message>
        <source>No valued contribution for %1 yet.
When a partner tells what it put in — its staff&apos;s time, material, a hall lent — add it with “New contribution…”.</source>
        <translation>Aucune dépense valorisée pour %1 pour l'instant.
Quand un partenaire indique ce qu'il a apporté — le temps de ses salariés, du matériel, une salle prêtée — ajoutez-le avec « Nouvelle contribution… ».</translation>
    </message>
    <message>
        <source>No staff in the file yet.
Add the programme&apos;s people to the list Staff (Actors &gt; Reference lists…), then log their days here.</source>
        <translation>Aucun membre de l'équipe dans le fichier pour l'instant.
Ajoutez les personnes du programme à la liste Équipe (Acteurs &gt; Listes de référence…), puis saisissez leurs jours ici.</translation>
    </message>
    <message>
        <source>No staff time of %1 for %2. Log days with “New entry…”.</source>
        <translation>Aucun temps de %1 pour %2. Saisissez des jours avec « Nouvelle saisie… ».</translation>
    </message>
    <message>
        <source>No staff time logged for %1 yet.
Log the days spent with “New entry…”, or from a meeting&apos;s card with “Log preparation time…”.</source>
        <translation>Aucun temps saisi pour %1 pour l'instant.
Saisissez les jours passés avec « Nouvelle saisie… », ou depuis la fiche d'une réunion avec « Noter le temps de préparation… ».</translation>
    </message>
    <message>
        <source>Total %1: %2</source>
        <translation>Total %1 : %2</translation>
    </message>
    <message>
        <source>Total, all years: %1</source>
        <translation>Total, toutes années : %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s)</source>
        <translation>
            <numerusform>%Ln contribution</numerusform>
            <numerusform>%Ln contributions</numerusform>
        </translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>Par nature</translation>
    </message>
    <message>
        <source>By organisation</source>
        <translation>Par structure</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other organisation(s)</source>
        <translation>
            <numerusform>%Ln autre structure</numerusform>
            <numerusform>%Ln autres structures</numerusform>
        </translation>
    </message>
    <message>
        <source>By meeting or action</source>
        <translation>Par réunion ou action</translation>
    </message>
    <message>
        <source>Not tied to one</source>
        <translation>Sans rattachement</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other(s)</source>
        <translation>
            <numerusform>%Ln autre</numerusform>
            <numerusform>%Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Par année</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Total %1: %2 days</source>
        <translation>Total %1 : %2 jours</translation>
    </message>
    <message>
        <source>Total, all years: %1 days</source>
        <translation>Total, toutes années : %1 jours</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln saisie</numerusform>
            <numerusform>%Ln saisies</numerusform>
        </translation>
    </message>
    <message>
        <source>By role</source>
        <translation>Par fonction</translation>
    </message>
    <message>
        <source>No role set</source>
        <translation>Sans fonction</translation>
    </message>
    <message>
        <source>By activity</source>
        <translation>Par activité</translation>
    </message>
    <message numerus="yes">
        <source>%Ln other activity(ies)</source>
        <translation>
            <numerusform>%Ln autre activité</numerusform>
            <numerusform>%Ln autres activités</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the contribution of %1 from %2 (%3)?</source>
        <translation>Supprimer la contribution de %1 de %2 (%3) ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln valued contribution(s)?</source>
        <translation>
            <numerusform>Supprimer %Ln dépense valorisée ?</numerusform>
            <numerusform>Supprimer %Ln dépenses valorisées ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln staff time entry(ies)?</source>
        <translation>
            <numerusform>Supprimer %Ln saisie de temps ?</numerusform>
            <numerusform>Supprimer %Ln saisies de temps ?</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the contributions</source>
        <translation>Exporter les dépenses valorisées</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Dépenses valorisées</translation>
    </message>
    <message>
        <source>Export the staff time</source>
        <translation>Exporter les moyens humains</translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation>Moyens humains</translation>
    </message>
</context>
<context>
    <name>relais::MeansRepository</name>
    <message>
        <source>Training: %1</source>
        <translation>Formation : %1</translation>
    </message>
    <message>
        <source>SERD %1</source>
        <translation>SERD %1</translation>
    </message>
    <message>
        <source>No activity</source>
        <translation>Aucune activité</translation>
    </message>
    <message>
        <source>This valued contribution no longer exists; it may have been deleted.</source>
        <translation>Cette dépense valorisée n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>This person is no longer on the staff list.</source>
        <translation>Cette personne ne figure plus dans la liste du personnel.</translation>
    </message>
    <message>
        <source>This staff time no longer exists; it may have been deleted.</source>
        <translation>Ce temps de travail n'existe plus ; il a peut-être été supprimé.</translation>
    </message>
</context>
<context>
    <name>relais::MeetingDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Invitees</source>
        <translation>&amp;Invités</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>e.g. Actors&apos; council of March</source>
        <translation>ex. : Conseil d'acteurs de mars</translation>
    </message>
    <message>
        <source>Room, building, address</source>
        <translation>Salle, bâtiment, adresse</translation>
    </message>
    <message>
        <source>e.g. composting, reuse, the SERD programme</source>
        <translation>ex. : compostage, réemploi, programme de la SERD</translation>
    </message>
    <message>
        <source>Agenda, speakers, what to prepare</source>
        <translation>Ordre du jour, intervenants, ce qu'il faut préparer</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titre *</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>C&amp;ommune</source>
        <translation>C&amp;ommune</translation>
    </message>
    <message>
        <source>T&amp;hemes</source>
        <translation>T&amp;hèmes</translation>
    </message>
    <message>
        <source>Run &amp;by</source>
        <translation>Animée pa&amp;r</translation>
    </message>
    <message>
        <source>&amp;Add people…</source>
        <translation>A&amp;jouter des personnes…</translation>
    </message>
    <message>
        <source>One by one, from a filter of the actor file, a saved list or another meeting</source>
        <translation>Une à une, depuis un filtre du fichier des acteurs, une liste enregistrée ou une autre réunion</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Enle&amp;ver</translation>
    </message>
    <message>
        <source>Take the selected people off the list (Ctrl+Z puts them back)</source>
        <translation>Retirer de la liste les personnes sélectionnées (Ctrl+Z les y remet)</translation>
    </message>
    <message>
        <source>&amp;Enter attendance…</source>
        <translation>&amp;Saisir les présences…</translation>
    </message>
    <message>
        <source>After the meeting: tick who came from the signed sheet, with the keyboard</source>
        <translation>Après la réunion : pointez au clavier les présents d'après la feuille émargée</translation>
    </message>
    <message>
        <source>Attendance s&amp;heet…</source>
        <translation>&amp;Feuille d'émargement…</translation>
    </message>
    <message>
        <source>Print the sign-in sheet, or save it as PDF</source>
        <translation>Imprimer la feuille d'émargement, ou l'enregistrer en PDF</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>Copy the addresses (for Bcc)</source>
        <translation>Copier les adresses (pour le champ Cci)</translation>
    </message>
    <message>
        <source>Write an e-mail to them…</source>
        <translation>Leur écrire un courriel…</translation>
    </message>
    <message>
        <source>Export the list as CSV…</source>
        <translation>Exporter la liste en CSV…</translation>
    </message>
    <message>
        <source>Meeting — %1</source>
        <translation>Réunion — %1</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>The meeting needs a title.</source>
        <translation>La réunion doit avoir un titre.</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>La réunion se termine avant de commencer.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 : réunion enregistrée.</translation>
    </message>
    <message>
        <source>Invited %1 · registered %2 · excused %3 · present %4 · absent %5 · walk-ins %6 · attendance %7</source>
        <translation>Invités %1 · inscrits %2 · excusés %3 · présents %4 · absents %5 · sans invitation %6 · taux de présence %7</translation>
    </message>
    <message>
        <source>Organisations represented (%1): %2</source>
        <translation>Structures représentées (%1) : %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitee(s) refused to be contacted: they are left out of e-mails.</source>
        <translation>
            <numerusform>%Ln invité a refusé d'être contacté : il est écarté des courriels.</numerusform>
            <numerusform>%Ln invités ont refusé d'être contactés : ils sont écartés des courriels.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Invitees (%1)</source>
        <translation>&amp;Invités (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Addresses copied; %Ln invitee(s) without an address or consent left out.</source>
        <translation>
            <numerusform>Adresses copiées ; %Ln invité sans adresse ou sans consentement a été écarté.</numerusform>
            <numerusform>Adresses copiées ; %Ln invités sans adresse ou sans consentement ont été écartés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Addresses copied: paste them in the Bcc field.</source>
        <translation>Adresses copiées : collez-les dans le champ Cci.</translation>
    </message>
    <message>
        <source>There are too many addresses for a link to the mail client: they have been copied; paste them in the Bcc field of a new e-mail.</source>
        <translation>Il y a trop d'adresses pour un lien vers le logiciel de messagerie : elles ont été copiées ; collez-les dans le champ Cci d'un nouveau courriel.</translation>
    </message>
    <message>
        <source>No mail client could be opened. The addresses can be copied instead.</source>
        <translation>Aucun logiciel de messagerie n'a pu être ouvert. Vous pouvez copier les adresses à la place.</translation>
    </message>
    <message>
        <source>Export the invitees</source>
        <translation>Exporter les invités</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Liste exportée dans %1.</translation>
    </message>
    <message>
        <source>Descriptio&amp;n</source>
        <translation>Descriptio&amp;n</translation>
    </message>
    <message>
        <source>Set s&amp;tatus</source>
        <translation>&amp;Modifier le statut</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 autres</translation>
    </message>
    <message>
        <source>&amp;Log preparation time…</source>
        <translation>Noter le temps de &amp;préparation…</translation>
    </message>
    <message>
        <source>The days the staff spent on this meeting, for the staff-time figures</source>
        <translation>Les jours passés par l'équipe sur cette réunion, pour les chiffres des moyens humains</translation>
    </message>
    <message numerus="yes">
        <source>%Ln invitee(s) have not been asked whether they agree to be contacted by e-mail: they are left out of e-mails unless you include them.</source>
        <translation>
            <numerusform>%Ln invité n’a pas encore été sollicité pour être contacté par courriel : il est laissé de côté des envois, sauf si vous l’incluez.</numerusform>
            <numerusform>%Ln invités n’ont pas encore été sollicités pour être contactés par courriel : ils sont laissés de côté des envois, sauf si vous les incluez.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::MeetingHistory</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>present (walk-in)</source>
        <translation>présent (sans invitation)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>relais::MeetingListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusés</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absents</translation>
    </message>
    <message>
        <source>Walk-ins</source>
        <translation>Sans invitation</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
</context>
<context>
    <name>relais::MeetingRepository</name>
    <message>
        <source>This meeting no longer exists; it may have been deleted.</source>
        <translation>Cette réunion n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
</context>
<context>
    <name>relais::MeetingsPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No meeting yet. Plan the next actors&apos; council with New meeting (Ctrl+Shift+M).</source>
        <translation>Aucune réunion pour l'instant. Préparez le prochain conseil d'acteurs avec Nouvelle réunion (Ctrl+Maj+M).</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>Nouvelle &amp;réunion</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Maj+M</translation>
    </message>
    <message>
        <source>Delete the meeting and its list of invitees; Ctrl+Z brings them back</source>
        <translation>Supprimer la réunion et sa liste d'invités ; Ctrl+Z permet de les récupérer</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s), %1 invitations, %2 present</source>
        <translation>
            <numerusform>%Ln réunion, %1 invitations, %2 présents</numerusform>
            <numerusform>%Ln réunions, %1 invitations, %2 présents</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate the meeting</source>
        <translation>Dupliquer la réunion</translation>
    </message>
    <message>
        <source>A new meeting with the same type, place and invitees (all back to &quot;invited&quot;), on:</source>
        <translation>Une nouvelle réunion avec le même type, le même lieu et les mêmes invités (tous remis au statut « Invité »), à la date :</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Delete the meeting %1 of %2?</source>
        <translation>Supprimer la réunion « %1 » du %2 ?</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln invitation(s) go with it. Edit &gt; Undo (Ctrl+Z) brings it back until Relais is closed.</source>
        <translation>
            <numerusform>%Ln invitation sera supprimée avec elle. Édition &gt; Annuler (Ctrl+Z) la rétablit tant que Relais n'est pas fermé.</numerusform>
            <numerusform>%Ln invitations seront supprimées avec elle. Édition &gt; Annuler (Ctrl+Z) la rétablit tant que Relais n'est pas fermé.</numerusform>
        </translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Export the meetings</source>
        <translation>Exporter les réunions</translation>
    </message>
    <message>
        <source>Meetings %1</source>
        <translation>Réunions %1</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
</context>
<context>
    <name>relais::MembershipEditor</name>
    <message>
        <source>&amp;Add an organisation</source>
        <translation>&amp;Ajouter une structure</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role (e.g. president)</source>
        <translation>Fonction (ex. : président)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Remove this organisation from the person&apos;s card</source>
        <translation>Enlever cette structure de la fiche de cette personne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the file yet: it will be added as a new organisation.</source>
        <translation>« %1 » n'est pas encore dans le fichier : elle sera ajoutée comme nouvelle structure.</translation>
    </message>
    <message>
        <source>Add another organisation this person belongs to</source>
        <translation>Ajouter une autre structure dont cette personne fait partie</translation>
    </message>
    <message>
        <source>Add another organisation this person belongs to (%1)</source>
        <translation>Ajouter une autre structure dont cette personne fait partie (%1)</translation>
    </message>
</context>
<context>
    <name>relais::MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>Fusionner des contacts</translation>
    </message>
    <message>
        <source>Merge organisations</source>
        <translation>Fusionner des structures</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two contacts differ.</source>
        <translation>Choisissez la valeur à garder là où les deux contacts diffèrent.</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two organisations differ.</source>
        <translation>Choisissez la valeur à garder là où les deux structures diffèrent.</translation>
    </message>
    <message>
        <source>Record kept:</source>
        <translation>Fiche gardée :</translation>
    </message>
    <message>
        <source>&amp;1: %1</source>
        <translation>&amp;1 : %1</translation>
    </message>
    <message>
        <source>&amp;2: %1</source>
        <translation>&amp;2 : %1</translation>
    </message>
    <message>
        <source>Meetings, trainings, SERD actions, interactions, follow-ups and memberships of both are kept; the other record is removed. Edit &gt; Undo brings both back.</source>
        <translation>Les réunions, formations, actions SERD, échanges, relances et appartenances des deux sont gardés ; l'autre fiche est supprimée. Édition &gt; Annuler ramène les deux.</translation>
    </message>
    <message>
        <source>Members, SERD actions, contributions, interactions and follow-ups of both are kept; the other record is removed. Edit &gt; Undo brings both back.</source>
        <translation>Les membres, actions SERD, contributions, échanges et relances des deux sont gardés ; l'autre fiche est supprimée. Édition &gt; Annuler ramène les deux.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>Ms</source>
        <comment>civility</comment>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Mr</source>
        <comment>civility</comment>
        <translation>M.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mails (all kept)</source>
        <translation>E-mails (tous gardés)</translation>
    </message>
    <message>
        <source>Phones (all kept)</source>
        <translation>Téléphones (tous gardés)</translation>
    </message>
    <message>
        <source>Organisations (all kept)</source>
        <translation>Structures (toutes gardées)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Network head</source>
        <translation>Tête de réseau</translation>
    </message>
    <message>
        <source>Relay actor</source>
        <translation>Acteur relais</translation>
    </message>
    <message>
        <source>Yes, since %1</source>
        <translation>Oui, depuis le %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Municipal service</source>
        <translation>Service municipal</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>The two records could not be merged.</source>
        <translation>Les deux fiches n'ont pas pu être fusionnées.</translation>
    </message>
    <message>
        <source>Consent by e-mail</source>
        <translation>Consentement par courriel</translation>
    </message>
    <message>
        <source>Consent by post</source>
        <translation>Consentement par courrier</translation>
    </message>
</context>
<context>
    <name>relais::MergeReferenceDialog</name>
    <message>
        <source>Merge &quot;%1&quot;</source>
        <translation>Fusionner « %1 »</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <source>Merge &quot;%1&quot; &amp;into:</source>
        <translation>Fusionner « %1 » &amp;dans :</translation>
    </message>
    <message>
        <source>Edit &gt; Undo puts everything back as it was.</source>
        <translation>Édition &gt; Annuler permet de tout remettre comme avant.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <source>No record uses &quot;%1&quot;: it is simply removed from the list.</source>
        <translation>Aucune fiche n'utilise « %1 » : l'entrée est simplement supprimée de la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) will move from &quot;%1&quot; to &quot;%2&quot;, and &quot;%1&quot; will be removed from the list.</source>
        <translation>
            <numerusform>%Ln fiche passera de « %1 » à « %2 », et l'entrée « %1 » sera supprimée de la liste.</numerusform>
            <numerusform>%Ln fiches passeront de « %1 » à « %2 », et l'entrée « %1 » sera supprimée de la liste.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ModuleDialog</name>
    <message>
        <source>e.g. Composting</source>
        <translation>ex. Compostage</translation>
    </message>
    <message>
        <source>e.g. Running a shared compost site</source>
        <translation>ex. Animer un site de compostage partagé</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>&amp;Title *</source>
        <translation>&amp;Titre *</translation>
    </message>
    <message>
        <source>&amp;Objectives</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>&amp;Planned duration</source>
        <translation>&amp;Durée prévue</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Module: %1</source>
        <translation>Module : %1</translation>
    </message>
    <message>
        <source>New module</source>
        <translation>Nouveau module</translation>
    </message>
    <message>
        <source>A module needs a title.</source>
        <translation>Le module doit avoir un titre.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
</context>
<context>
    <name>relais::ModulesDialog</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Training Modules</source>
        <translation>Modules de formation</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>&amp;New module…</source>
        <translation>&amp;Nouveau module…</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the module %1?</source>
        <translation>Supprimer le module %1 ?</translation>
    </message>
</context>
<context>
    <name>relais::OccurrenceDialog</name>
    <message>
        <source>Not counted</source>
        <translation>Non compté</translation>
    </message>
    <message>
        <source>This date was &amp;cancelled</source>
        <translation>Cette date a été &amp;annulée</translation>
    </message>
    <message>
        <source>Date of the action</source>
        <translation>Date de l'action</translation>
    </message>
    <message>
        <source>New date of the action</source>
        <translation>Nouvelle date de l'action</translation>
    </message>
    <message>
        <source>Shop, hall, school, market…</source>
        <translation>Boutique, salle, école, marché…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>C&amp;ommune</source>
        <translation>C&amp;ommune</translation>
    </message>
    <message>
        <source>&amp;Expected participants</source>
        <translation>Participants a&amp;ttendus</translation>
    </message>
    <message>
        <source>Partici&amp;pants</source>
        <translation>Partici&amp;pants</translation>
    </message>
    <message>
        <source>The action ends after it starts.</source>
        <translation>L'action finit après avoir commencé.</translation>
    </message>
</context>
<context>
    <name>relais::OrganisationDialog</name>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>03 89 12 34 56</source>
        <translation>03 89 12 34 56</translation>
    </message>
    <message>
        <source>contact@example.fr</source>
        <translation>contact@exemple.fr</translation>
    </message>
    <message>
        <source>www.example.fr</source>
        <translation>www.exemple.fr</translation>
    </message>
    <message>
        <source>Network &amp;head</source>
        <translation>Tête de &amp;réseau</translation>
    </message>
    <message>
        <source>Relays information to many other actors</source>
        <translation>Relaie l'information auprès de nombreux autres acteurs</translation>
    </message>
    <message>
        <source>M&amp;unicipal service</source>
        <translation>Ser&amp;vice municipal</translation>
    </message>
    <message>
        <source>A service of the local authority itself</source>
        <translation>Un service de la collectivité elle-même</translation>
    </message>
    <message>
        <source>&amp;Name *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <source>A&amp;cronym</source>
        <translation>&amp;Sigle</translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Do&amp;mains</source>
        <translation>Do&amp;maines</translation>
    </message>
    <message>
        <source>C&amp;ommune</source>
        <translation>C&amp;ommune</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Site &amp;web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the list of communes yet: it will be added.</source>
        <translation>« %1 » n'est pas encore dans la liste des communes : elle sera ajoutée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>No one in the file belongs to this organisation yet.</source>
        <translation>Aucun contact du fichier n'est encore rattaché à cette structure.</translation>
    </message>
    <message>
        <source>&amp;Add a person…</source>
        <translation>A&amp;jouter une personne…</translation>
    </message>
    <message>
        <source>A new contact card in this organisation</source>
        <translation>Créer une nouvelle fiche contact rattachée à cette structure</translation>
    </message>
    <message>
        <source>Created %1 · last changed %2</source>
        <translation>Fiche créée le %1 · modifiée le %2</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 : fiche enregistrée.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>Already in the file? %1</source>
        <translation>Déjà dans le fichier ? %1</translation>
    </message>
    <message>
        <source>Organisation — %1</source>
        <translation>Structure — %1</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Nouvelle structure</translation>
    </message>
    <message>
        <source>Mem&amp;bers</source>
        <translation>Mem&amp;bres</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>Mem&amp;bers (%1)</source>
        <translation>Mem&amp;bres (%1)</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Contr&amp;ibutions</source>
        <translation>Contr&amp;ibutions</translation>
    </message>
    <message>
        <source>&amp;New contribution…</source>
        <translation>&amp;Nouvelle contribution…</translation>
    </message>
    <message>
        <source>A valued contribution of this organisation: its staff&apos;s time, material…</source>
        <translation>Une dépense valorisée de cette structure : le temps de ses salariés, du matériel…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln contribution(s), %1 in all</source>
        <translation>
            <numerusform>%Ln contribution, %1 en tout</numerusform>
            <numerusform>%Ln contributions, %1 en tout</numerusform>
        </translation>
    </message>
    <message>
        <source>No valued contribution recorded yet.</source>
        <translation>Aucune dépense valorisée enregistrée pour l'instant.</translation>
    </message>
    <message>
        <source>Contr&amp;ibutions (%1)</source>
        <translation>Contr&amp;ibutions (%1)</translation>
    </message>
</context>
<context>
    <name>relais::OrganisationRepository</name>
    <message>
        <source>This organisation no longer exists; it may have been deleted.</source>
        <translation>Cette structure n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
</context>
<context>
    <name>relais::OrganisationTableModel</name>
    <message>
        <source>Network head</source>
        <translation>Tête de réseau</translation>
    </message>
    <message>
        <source>Municipal service</source>
        <translation>Service municipal</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>relais::PartnerList</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>SERD</source>
        <translation>SERD</translation>
    </message>
    <message>
        <source>Valued contribution</source>
        <translation>Dépense valorisée</translation>
    </message>
</context>
<context>
    <name>relais::PersonalDataExport</name>
    <message>
        <source>This contact no longer exists; it may have been deleted.</source>
        <translation>Ce contact n’existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The personal data could not be saved as %1: %2</source>
        <translation>Les données personnelles n’ont pas pu être enregistrées sous %1 : %2</translation>
    </message>
    <message>
        <source>Export a person&apos;s data</source>
        <translation>Exporter les données d’une personne</translation>
    </message>
    <message>
        <source>%1 - personal data</source>
        <translation>%1 - données personnelles</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1 (to read or print) and %2 (to hand over to another program).</source>
        <translation>Enregistré sous %1 (à lire ou imprimer) et %2 (à transmettre à un autre logiciel).</translation>
    </message>
</context>
<context>
    <name>relais::PersonalDataReport</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Not asked</source>
        <translation>Non demandé</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Personal data held about %1</source>
        <translation>Données personnelles détenues sur %1</translation>
    </message>
    <message>
        <source>Everything the programme&apos;s file (Relais) holds about this person on %1, in answer to their right of access.</source>
        <translation>Tout ce que le fichier du programme (Relais) contient sur cette personne au %1, en réponse à son droit d’accès.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune donnée.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>The personal data could not be saved as %1.</source>
        <translation>Les données personnelles n’ont pas pu être enregistrées sous %1.</translation>
    </message>
</context>
<context>
    <name>relais::PersonalDataRepository</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Number in the file</source>
        <translation>Numéro dans le fichier</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Network head</source>
        <translation>Tête de réseau</translation>
    </message>
    <message>
        <source>Relay actor</source>
        <translation>Acteur relais</translation>
    </message>
    <message>
        <source>Relay actor since</source>
        <translation>Acteur relais depuis</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Consent to e-mails</source>
        <translation>Consentement aux e-mails</translation>
    </message>
    <message>
        <source>Date of the consent to e-mails</source>
        <translation>Date du consentement aux e-mails</translation>
    </message>
    <message>
        <source>Source of the consent to e-mails</source>
        <translation>Origine du consentement aux e-mails</translation>
    </message>
    <message>
        <source>Note on the consent to e-mails</source>
        <translation>Note sur le consentement aux e-mails</translation>
    </message>
    <message>
        <source>Consent to post</source>
        <translation>Consentement au courrier</translation>
    </message>
    <message>
        <source>Date of the consent to post</source>
        <translation>Date du consentement au courrier</translation>
    </message>
    <message>
        <source>Source of the consent to post</source>
        <translation>Origine du consentement au courrier</translation>
    </message>
    <message>
        <source>Note on the consent to post</source>
        <translation>Note sur le consentement au courrier</translation>
    </message>
    <message>
        <source>Entered in the file</source>
        <translation>Saisi dans le fichier</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Anonymised</source>
        <translation>Anonymisé</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historique des consentements</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Domains and tags</source>
        <translation>Domaines et étiquettes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Meetings: invitations and attendance</source>
        <translation>Réunions : invitations et présences</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Came without invitation</source>
        <translation>Venu sans invitation</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Formations</translation>
    </message>
    <message>
        <source>Training group</source>
        <translation>Groupe de formation</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Terminée le</translation>
    </message>
    <message>
        <source>Training half-days</source>
        <translation>Demi-journées de formation</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Half-day</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <source>SERD actions (contact person)</source>
        <translation>Actions SERD (personne référente)</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
</context>
<context>
    <name>relais::PlanFollowUpsDialog</name>
    <message>
        <source>Plan a follow-up for each</source>
        <translation>Prévoir une relance pour chacun</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One follow-up for each of the %Ln selected actor(s): %1.</source>
        <translation>
            <numerusform>Une relance pour %Ln acteur sélectionné : %1.</numerusform>
            <numerusform>Une relance pour chacun des %Ln acteurs sélectionnés : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. Thank them for SERD 2014</source>
        <translation>ex. : remercier pour la SERD 2014</translation>
    </message>
    <message>
        <source>&amp;What to do</source>
        <translation>À &amp;faire</translation>
    </message>
    <message>
        <source>B&amp;y</source>
        <translation>Pour &amp;le</translation>
    </message>
    <message>
        <source>Ass&amp;igned to</source>
        <translation>&amp;Confiée à</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Prévoir</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qu'il faut faire.</translation>
    </message>
</context>
<context>
    <name>relais::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The new language applies when Relais restarts.</source>
        <translation>La nouvelle langue s'appliquera au prochain démarrage de Relais.</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>e.g. Programme local de prévention des déchets</source>
        <translation>ex. : Programme local de prévention des déchets</translation>
    </message>
    <message>
        <source>e.g. Mulhouse Alsace Agglomération</source>
        <translation>ex. : Mulhouse Alsace Agglomération</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;Programme name:</source>
        <translation>&amp;Nom du programme :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Collectivité :</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>Printed on attendance sheets, certificates of attendance and reports.</source>
        <translation>Imprimé sur les feuilles d'émargement, les attestations de présence et les bilans.</translation>
    </message>
    <message>
        <source>Open a Relais file to set its programme&apos;s name and logo.</source>
        <translation>Ouvrez une base Relais pour définir le nom et le logo de son programme.</translation>
    </message>
    <message>
        <source>The programme settings could not be saved.</source>
        <translation>Les paramètres du programme n'ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>Beside each file, in “&lt;name&gt; backups”</source>
        <translation>À côté de chaque fichier, dans « &lt;nom&gt; backups »</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Backups folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Daily copies kept:</source>
        <translation>Copies &amp;quotidiennes conservées :</translation>
    </message>
    <message>
        <source>&amp;Weekly copies kept:</source>
        <translation>Copies hebdo&amp;madaires conservées :</translation>
    </message>
    <message>
        <source>Mon&amp;thly copies kept:</source>
        <translation>Copies mens&amp;uelles conservées :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>For ever</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal des modifications</translation>
    </message>
    <message>
        <source>&amp;Keep the changes for:</source>
        <translation>Conser&amp;ver les modifications :</translation>
    </message>
    <message>
        <source>Who changed personal data, when and how. Older entries are deleted when a file is opened.</source>
        <translation>Qui a modifié des données personnelles, quand et comment. Les entrées plus anciennes sont supprimées à l’ouverture d’un fichier.</translation>
    </message>
</context>
<context>
    <name>relais::PrintOutputs</name>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
</context>
<context>
    <name>relais::PrintableDocument</name>
    <message>
        <source>Page %1 / %2</source>
        <translation>Page %1 / %2</translation>
    </message>
    <message>
        <source>there is nothing to print</source>
        <translation>il n'y a rien à imprimer</translation>
    </message>
</context>
<context>
    <name>relais::ReassignDialog</name>
    <message>
        <source>Reassign</source>
        <translation>Réattribuer</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n follow-up(s) &amp;to:</source>
        <translation>
            <numerusform>&amp;Confier %n relance à :</numerusform>
            <numerusform>&amp;Confier %n relances à :</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reassign</source>
        <translation>&amp;Réattribuer</translation>
    </message>
</context>
<context>
    <name>relais::RecordDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save and close (Ctrl+S or Ctrl+Enter)</source>
        <translation>Enregistrer et fermer (Ctrl+S ou Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Save, then start a new card keeping the organisation and commune (Ctrl+Shift+S or Ctrl+Shift+Enter)</source>
        <translation>Enregistrer, puis commencer une nouvelle fiche avec la même structure et la même commune (Ctrl+Maj+S ou Ctrl+Maj+Entrée)</translation>
    </message>
    <message>
        <source>This card has changes that are not saved.</source>
        <translation>Cette fiche contient des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save and ne&amp;w</source>
        <translation>Enregistrer et no&amp;uvelle fiche</translation>
    </message>
    <message>
        <source>Change history…</source>
        <translation>Historique des modifications…</translation>
    </message>
    <message>
        <source>Who changed this record, when, and what</source>
        <translation>Qui a modifié cette fiche, quand, et ce qui a changé</translation>
    </message>
</context>
<context>
    <name>relais::RecordHistoryDialog</name>
    <message>
        <source>No change recorded for this record.</source>
        <translation>Aucune modification enregistrée pour cette fiche.</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>Change history — %1</source>
        <translation>Historique des modifications — %1</translation>
    </message>
</context>
<context>
    <name>relais::ReferenceChecklist</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
</context>
<context>
    <name>relais::ReferenceItemTableModel</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
    <message>
        <source>Retired: kept on the records that have it, no longer offered for new ones.</source>
        <translation>Retiré : conservé sur les fiches qui l'utilisent, mais plus proposé pour les nouvelles.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Fiches</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s) use this entry.</source>
        <translation>
            <numerusform>%Ln fiche utilise cette entrée.</numerusform>
            <numerusform>%Ln fiches utilisent cette entrée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::ReferenceListEditor</name>
    <message>
        <source>Name of a new actor type</source>
        <translation>Nom du nouveau type d'acteur</translation>
    </message>
    <message>
        <source>Name of a new domain</source>
        <translation>Nom du nouveau domaine</translation>
    </message>
    <message>
        <source>Name of a new commune</source>
        <translation>Nom de la nouvelle commune</translation>
    </message>
    <message>
        <source>Name of a new tag</source>
        <translation>Nom de la nouvelle étiquette</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>Rename the selected entry (%1)</source>
        <translation>Renommer l'entrée sélectionnée (%1)</translation>
    </message>
    <message>
        <source>&amp;Postcode</source>
        <translation>Code &amp;postal</translation>
    </message>
    <message>
        <source>Change the postcode of the selected commune</source>
        <translation>Modifier le code postal de la commune sélectionnée</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the selected entry up (%1)</source>
        <translation>Monter l'entrée sélectionnée (%1)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Move the selected entry down (%1)</source>
        <translation>Descendre l'entrée sélectionnée (%1)</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Reins&amp;tate</source>
        <translation>Ré&amp;tablir</translation>
    </message>
    <message>
        <source>&amp;Merge into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>Move every record from the selected entry to another one, then remove it</source>
        <translation>Transférer toutes les fiches de l'entrée sélectionnée vers une autre, puis la supprimer</translation>
    </message>
    <message>
        <source>&amp;New entry:</source>
        <translation>&amp;Nouvelle entrée :</translation>
    </message>
    <message>
        <source>Po&amp;stcode:</source>
        <translation>Code po&amp;stal :</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the new entry at the end of the list</source>
        <translation>Ajouter la nouvelle entrée en fin de liste</translation>
    </message>
    <message>
        <source>Offer the selected entry again for new records</source>
        <translation>Proposer à nouveau l'entrée sélectionnée pour les nouvelles fiches</translation>
    </message>
    <message>
        <source>Stop offering the selected entry; the records that have it keep it</source>
        <translation>Ne plus proposer l'entrée sélectionnée ; les fiches qui l'utilisent la conservent</translation>
    </message>
    <message>
        <source>Name of a new kind of interaction</source>
        <translation>Nom du nouveau type d'échange</translation>
    </message>
    <message>
        <source>Name of a staff member</source>
        <translation>Nom d'un membre de l'équipe</translation>
    </message>
    <message>
        <source>Name of a new type of meeting</source>
        <translation>Nom du nouveau type de réunion</translation>
    </message>
    <message>
        <source>Name of a new category of SERD action developer</source>
        <translation>Nom d'une nouvelle catégorie de porteur d'action SERD</translation>
    </message>
    <message>
        <source>Name of a new topic of SERD action</source>
        <translation>Nom d'un nouveau thème d'action SERD</translation>
    </message>
    <message>
        <source>Name of a new staff role</source>
        <translation>Nom d'une nouvelle fonction</translation>
    </message>
</context>
<context>
    <name>relais::ReferenceListModel</name>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (retiré)</translation>
    </message>
</context>
<context>
    <name>relais::ReferenceListRepository</name>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the list (retired). Reinstate it instead.</source>
        <translation>« %1 » figure déjà dans la liste, parmi les entrées retirées. Rétablissez-la plutôt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already in the list.</source>
        <translation>« %1 » est déjà dans la liste.</translation>
    </message>
    <message>
        <source>This entry is used by records: retire it or merge it instead.</source>
        <translation>Cette entrée est utilisée par des fiches : retirez-la ou fusionnez-la plutôt.</translation>
    </message>
    <message>
        <source>An entry cannot be merged into itself.</source>
        <translation>Une entrée ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n'existe plus.</translation>
    </message>
</context>
<context>
    <name>relais::ReferenceListsDialog</name>
    <message>
        <source>Actor t&amp;ypes</source>
        <translation>T&amp;ypes d'acteurs</translation>
    </message>
    <message>
        <source>D&amp;omains</source>
        <translation>D&amp;omaines</translation>
    </message>
    <message>
        <source>&amp;Communes</source>
        <translation>&amp;Communes</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <source>Reference lists</source>
        <translation>Listes de référence</translation>
    </message>
    <message>
        <source>Changes are saved at once; Edit &gt; Undo in the main window takes them back one by one. Entries are never deleted: retire them, or merge them into another.</source>
        <translation>Les modifications sont enregistrées immédiatement ; Édition &gt; Annuler, dans la fenêtre principale, les annule une à une. Les entrées ne sont jamais supprimées : retirez-les, ou fusionnez-les dans une autre.</translation>
    </message>
    <message>
        <source>&amp;Kinds of interaction</source>
        <translation>Types d'éc&amp;hange</translation>
    </message>
    <message>
        <source>Sta&amp;ff</source>
        <translation>Éq&amp;uipe</translation>
    </message>
    <message>
        <source>M&amp;eeting types</source>
        <translation>Typ&amp;es de réunion</translation>
    </message>
    <message>
        <source>SERD c&amp;ategories</source>
        <translation>C&amp;atégories SERD</translation>
    </message>
    <message>
        <source>SERD to&amp;pics</source>
        <translation>Thèmes S&amp;ERD</translation>
    </message>
    <message>
        <source>Staff &amp;roles</source>
        <translation>&amp;Fonctions</translation>
    </message>
</context>
<context>
    <name>relais::RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>Reporter</translation>
    </message>
    <message numerus="yes">
        <source>Move %n follow-up(s) &amp;to:</source>
        <translation>
            <numerusform>Reporter %n relance &amp;au :</numerusform>
            <numerusform>Reporter %n relances &amp;au :</numerusform>
        </translation>
    </message>
    <message>
        <source>T&amp;omorrow</source>
        <translation>&amp;Demain</translation>
    </message>
    <message>
        <source>&amp;Next week</source>
        <translation>&amp;Semaine prochaine</translation>
    </message>
    <message>
        <source>In a &amp;month</source>
        <translation>Dans un &amp;mois</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Reporter</translation>
    </message>
</context>
<context>
    <name>relais::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Relais backs up %1 each day it is opened, before every import and merge, and when you ask. Restoring puts a backup in place of the file; the file as it is now is kept aside.</source>
        <translation>Relais sauvegarde %1 chaque jour où il est ouvert, avant chaque import et chaque fusion, et quand vous le demandez. Restaurer remet une sauvegarde à la place du fichier ; le fichier tel qu’il est maintenant est mis de côté.</translation>
    </message>
    <message>
        <source>Backups folder: %1</source>
        <translation>Dossier des sauvegardes : %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>No backup of this file yet. One is made the first time it is opened each day, and File &gt; Back up now makes one at once.</source>
        <translation>Aucune sauvegarde de ce fichier pour l’instant. Une sauvegarde est faite à la première ouverture de chaque jour, et Fichier &gt; Sauvegarder maintenant en fait une tout de suite.</translation>
    </message>
    <message>
        <source>Open the backups &amp;folder</source>
        <translation>Ouvrir le &amp;dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Restore the backup of %1? The current file is kept aside as %2.</source>
        <translation>Restaurer la sauvegarde du %1 ? Le fichier actuel est mis de côté sous le nom %2.</translation>
    </message>
    <message>
        <source>What was changed since the backup will only be in the file kept aside.</source>
        <translation>Ce qui a été modifié depuis la sauvegarde ne se trouvera que dans le fichier mis de côté.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>relais::RetentionReviewDialog</name>
    <message>
        <source>&amp;Keep…</source>
        <translation>&amp;Conserver…</translation>
    </message>
    <message>
        <source>&amp;Re-contacted</source>
        <translation>&amp;Recontacté</translation>
    </message>
    <message>
        <source>&amp;Copy e-mail addresses</source>
        <translation>Copier les &amp;adresses e-mail</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>A&amp;nonymiser…</translation>
    </message>
    <message>
        <source>Retention review</source>
        <translation>Revue de conservation</translation>
    </message>
    <message>
        <source>People with no activity for</source>
        <translation>Personnes sans activité depuis</translation>
    </message>
    <message>
        <source>Activity is: being entered in the file, a consent given or renewed, an interaction, presence at a meeting or a training half-day, an enrolment, a SERD action they are the contact person of. Nothing changes until you choose what to do with the selected people.</source>
        <translation>Est une activité : la saisie dans le fichier, un consentement donné ou renouvelé, un échange, une présence à une réunion ou à une demi-journée de formation, une inscription, une action SERD dont la personne est référente. Rien ne change tant que vous n’avez pas choisi que faire des personnes sélectionnées.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Keep the selected people, with a reason; they are listed again once the period has passed.</source>
        <translation>Conserver les personnes sélectionnées, avec un motif ; elles réapparaîtront une fois la durée écoulée.</translation>
    </message>
    <message>
        <source>Note that the selected people were asked whether they want to stay in the file.</source>
        <translation>Noter que les personnes sélectionnées ont été interrogées sur leur souhait de rester dans le fichier.</translation>
    </message>
    <message>
        <source>Erase the selected people&apos;s identity; every past figure stays.</source>
        <translation>Effacer l’identité des personnes sélectionnées ; chaque chiffre passé est conservé.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Why are they kept? (for example: member of the steering committee)</source>
        <translation>Pourquoi les conserver ? (par exemple : membre du comité de pilotage)</translation>
    </message>
    <message>
        <source>Give a reason to keep them.</source>
        <translation>Indiquez un motif de conservation.</translation>
    </message>
    <message>
        <source>Kept on %1: %2</source>
        <translation>Conservé le %1 : %2</translation>
    </message>
    <message>
        <source>Re-contacted on %1</source>
        <translation>Recontacté le %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) with no activity since %1.</source>
        <translation>
            <numerusform>%Ln personne sans activité depuis le %1.</numerusform>
            <numerusform>%Ln personnes sans activité depuis le %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln address(es) copied, for the Bcc field of an e-mail.</source>
        <translation>
            <numerusform>%Ln adresse copiée, pour le champ Cci d’un e-mail.</numerusform>
            <numerusform>%Ln adresses copiées, pour le champ Cci d’un e-mail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> year(s)</source>
        <translation>
            <numerusform> an</numerusform>
            <numerusform> ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Everybody has had some activity since %1: there is nobody to review.</source>
        <translation>Tout le monde a eu une activité depuis le %1 : il n’y a personne à revoir.</translation>
    </message>
</context>
<context>
    <name>relais::SavedListRepository</name>
    <message>
        <source>The list needs a name.</source>
        <translation>La liste doit avoir un nom.</translation>
    </message>
    <message>
        <source>A saved list is already called &quot;%1&quot;.</source>
        <translation>Une liste enregistrée s'appelle déjà « %1 ».</translation>
    </message>
</context>
<context>
    <name>relais::Seed</name>
    <message>
        <source>Environment association</source>
        <translation>Association environnementale</translation>
    </message>
    <message>
        <source>Neighbourhood association</source>
        <translation>Association de quartier</translation>
    </message>
    <message>
        <source>Social centre</source>
        <translation>Centre social</translation>
    </message>
    <message>
        <source>Social &amp; solidarity economy</source>
        <translation>Économie sociale et solidaire</translation>
    </message>
    <message>
        <source>Artist</source>
        <translation>Artiste</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Municipal service</source>
        <translation>Service municipal</translation>
    </message>
    <message>
        <source>Inhabitant</source>
        <translation>Habitant</translation>
    </message>
    <message>
        <source>Citizen council</source>
        <translation>Conseil citoyen</translation>
    </message>
    <message>
        <source>University / hospital / student services</source>
        <translation>Université / hôpital / services étudiants</translation>
    </message>
    <message>
        <source>Large company</source>
        <translation>Grande entreprise</translation>
    </message>
    <message>
        <source>Social landlord</source>
        <translation>Bailleur social</translation>
    </message>
    <message>
        <source>Reuse &amp; repair craftsman</source>
        <translation>Artisan du réemploi et de la réparation</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Établissement scolaire</translation>
    </message>
    <message>
        <source>Cultural</source>
        <translation>Culturel</translation>
    </message>
    <message>
        <source>Educational</source>
        <translation>Éducatif</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Sportif</translation>
    </message>
    <message>
        <source>Economic</source>
        <translation>Économique</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Meeting in person</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Thank-you</source>
        <translation>Remerciement</translation>
    </message>
    <message>
        <source>Programme officer</source>
        <translation>Chargée de mission</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistante</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Communication officer</source>
        <translation>Chargée de communication</translation>
    </message>
    <message>
        <source>Actors&apos; council</source>
        <translation>Conseil d'acteurs</translation>
    </message>
    <message>
        <source>Thematic workshop</source>
        <translation>Atelier thématique</translation>
    </message>
    <message>
        <source>Network-head meeting</source>
        <translation>Réunion des têtes de réseau</translation>
    </message>
    <message>
        <source>SERD preparation</source>
        <translation>Préparation de la SERD</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>relais::Serd</name>
    <message>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>An action belongs to an edition of the SERD.</source>
        <translation>Une action appartient à une édition de la SERD.</translation>
    </message>
    <message>
        <source>The action needs a title.</source>
        <translation>L'action doit avoir un titre.</translation>
    </message>
    <message>
        <source>The date of the action is missing.</source>
        <translation>La date de l'action manque.</translation>
    </message>
    <message>
        <source>The action ends before it starts.</source>
        <translation>L'action se termine avant de commencer.</translation>
    </message>
    <message>
        <source>A number of participants cannot be negative.</source>
        <translation>Un nombre de participants ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The edition needs a year.</source>
        <translation>L'édition doit avoir une année.</translation>
    </message>
    <message>
        <source>The Week ends before it starts.</source>
        <translation>La Semaine se termine avant de commencer.</translation>
    </message>
</context>
<context>
    <name>relais::SerdActionModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Lead organiser</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Co-organisateurs</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Réalisées</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>On the EWWR platform</source>
        <translation>Sur la plateforme EWWR</translation>
    </message>
</context>
<context>
    <name>relais::SerdExport</name>
    <message>
        <source>Organised by %1</source>
        <translation>Organisé par %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Public : %1</translation>
    </message>
    <message>
        <source>SERD %1</source>
        <translation>SERD %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Lead organiser</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Co-organisers</source>
        <translation>Co-organisateurs</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Expected participants</source>
        <translation>Participants attendus</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>On the EWWR platform</source>
        <translation>Sur la plateforme SERD</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>SERD %1 - agenda</source>
        <translation>SERD %1 - agenda</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
</context>
<context>
    <name>relais::SerdHistory</name>
    <message>
        <source>SERD action</source>
        <translation>Action SERD</translation>
    </message>
    <message>
        <source>lead organiser</source>
        <translation>porteur</translation>
    </message>
    <message>
        <source>co-organiser</source>
        <translation>co-organisateur</translation>
    </message>
    <message>
        <source>contact person</source>
        <translation>personne de contact</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>SERD %1</source>
        <translation>SERD %1</translation>
    </message>
    <message numerus="yes">
        <source>held %n time(s)</source>
        <translation>
            <numerusform>réalisée %n fois</numerusform>
            <numerusform>réalisée %n fois</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::SerdImport</name>
    <message>
        <source>No date and no edition: say which year&apos;s Week the action belongs to.</source>
        <translation>Ni date ni édition : indiquez de quelle année est la Semaine de l’action.</translation>
    </message>
    <message>
        <source>The date %1 is not in %2, the year of the edition.</source>
        <translation>La date %1 n’est pas en %2, l’année de l’édition.</translation>
    </message>
    <message>
        <source>Times or participants without a date: give the date.</source>
        <translation>Des horaires ou des participants sans date : indiquez la date.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>relais::SerdOccurrenceModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Lead organiser</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <comment>a day of the SERD calendar</comment>
        <translation>ddd d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>relais::SerdPage</name>
    <message>
        <source>&amp;Edit edition…</source>
        <translation>&amp;Modifier l'édition…</translation>
    </message>
    <message>
        <source>Delete edition</source>
        <translation>Supprimer l'édition</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Cop&amp;y to the next edition</source>
        <translation>Cop&amp;ier dans l'édition suivante</translation>
    </message>
    <message>
        <source>Mark &amp;held</source>
        <translation>Marquer réalisé&amp;es</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>A&amp;genda (.ics)…</source>
        <translation>A&amp;genda (.ics)…</translation>
    </message>
    <message>
        <source>CS&amp;V…</source>
        <translation>CS&amp;V…</translation>
    </message>
    <message>
        <source>Delete the edition with its actions; Ctrl+Z brings them back</source>
        <translation>Supprimer l'édition avec ses actions ; Ctrl+Z les rétablit</translation>
    </message>
    <message>
        <source>The confirmed and held dates as an iCalendar file, for the website&apos;s agenda and partners&apos; calendars</source>
        <translation>Les dates confirmées et réalisées en fichier iCalendar, pour l'agenda du site et les calendriers des partenaires</translation>
    </message>
    <message>
        <source>Every date of the listed actions, for a spreadsheet</source>
        <translation>Toutes les dates des actions listées, pour un tableur</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <source>Any organiser</source>
        <translation>Tout organisateur</translation>
    </message>
    <message>
        <source>The selected actions again in the next edition: same organisers, dates moved by a year, status back to proposed</source>
        <translation>Les actions sélectionnées reprises dans l'édition suivante : mêmes organisateurs, dates décalées d'un an, statut « proposée »</translation>
    </message>
    <message>
        <source>After the Week: the selected actions took place</source>
        <translation>Après la Semaine : les actions sélectionnées ont eu lieu</translation>
    </message>
    <message>
        <source>New edi&amp;tion…</source>
        <translation>Nouvelle édi&amp;tion…</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Nouvelle action…</translation>
    </message>
    <message>
        <source>E&amp;dition:</source>
        <translation>É&amp;dition :</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>Co&amp;mmune:</source>
        <translation>Comm&amp;une :</translation>
    </message>
    <message>
        <source>O&amp;rganiser:</source>
        <translation>O&amp;rganisateur :</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>Ca&amp;lendar</source>
        <translation>Ca&amp;lendrier</translation>
    </message>
    <message>
        <source>SERD %1</source>
        <translation>SERD %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) held</source>
        <translation>
            <numerusform>%Ln action réalisée</numerusform>
            <numerusform>%Ln actions réalisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln distinct action(s)</source>
        <translation>
            <numerusform>%Ln action distincte</numerusform>
            <numerusform>%Ln actions distinctes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln organiser(s)</source>
        <translation>
            <numerusform>%Ln organisateur</numerusform>
            <numerusform>%Ln organisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <source>No SERD edition yet. Start this year&apos;s with New edition…, then add the partners&apos; actions.</source>
        <translation>Aucune édition de la SERD pour l'instant. Créez celle de l'année avec Nouvelle édition…, puis ajoutez les actions des partenaires.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) listed</source>
        <translation>
            <numerusform>%Ln action listée</numerusform>
            <numerusform>%Ln actions listées</numerusform>
        </translation>
    </message>
    <message>
        <source>held: %1</source>
        <translation>réalisées : %1</translation>
    </message>
    <message>
        <source>distinct: %1</source>
        <translation>distinctes : %1</translation>
    </message>
    <message>
        <source>organisers: %1</source>
        <translation>organisateurs : %1</translation>
    </message>
    <message>
        <source>participants: %1</source>
        <translation>participants : %1</translation>
    </message>
    <message>
        <source>Filtered — %1</source>
        <translation>Filtré — %1</translation>
    </message>
    <message>
        <source>Delete %1 with all its actions?</source>
        <translation>Supprimer %1 avec toutes ses actions ?</translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings it back until Relais is closed.</source>
        <translation>Édition &gt; Annuler (Ctrl+Z) la rétablit tant que Relais n'est pas fermé.</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Add the year&apos;s edition first (New edition…): actions belong to an edition.</source>
        <translation>Ajoutez d'abord l'édition de l'année (Nouvelle édition…) : les actions appartiennent à une édition.</translation>
    </message>
    <message>
        <source>Copy to the next edition</source>
        <translation>Copier dans l'édition suivante</translation>
    </message>
    <message>
        <source>There is no SERD %1 yet: add it with New edition… first.</source>
        <translation>Il n'y a pas encore de SERD %1 : créez-la d'abord avec Nouvelle édition….</translation>
    </message>
    <message numerus="yes">
        <source>%Ln action(s) copied into SERD %1, as proposed.</source>
        <translation>
            <numerusform>%Ln action copiée dans la SERD %1, comme proposée.</numerusform>
            <numerusform>%Ln actions copiées dans la SERD %1, comme proposées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark held</source>
        <translation>Marquer réalisées</translation>
    </message>
    <message>
        <source>Delete the action %1 with its dates?</source>
        <translation>Supprimer l'action %1 avec ses dates ?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln action(s) with their dates?</source>
        <translation>
            <numerusform>Supprimer %Ln action avec ses dates ?</numerusform>
            <numerusform>Supprimer %Ln actions avec leurs dates ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings them back until Relais is closed.</source>
        <translation>Édition &gt; Annuler (Ctrl+Z) les rétablit tant que Relais n'est pas fermé.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n'a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <translation>Exporter l'agenda</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Export the actions</source>
        <translation>Exporter les actions</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>Export the calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>calendar</source>
        <translation>calendrier</translation>
    </message>
</context>
<context>
    <name>relais::SerdRepository</name>
    <message>
        <source>There is already an edition for %1.</source>
        <translation>Il existe déjà une édition %1.</translation>
    </message>
    <message>
        <source>This edition no longer exists; it may have been deleted.</source>
        <translation>Cette édition n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>This action no longer exists; it may have been deleted.</source>
        <translation>Cette action n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>This date of the action no longer exists; it may have been deleted.</source>
        <translation>Cette date de l'action n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
</context>
<context>
    <name>relais::SessionDialog</name>
    <message>
        <source>Mo&amp;rning</source>
        <translation>&amp;Matin</translation>
    </message>
    <message>
        <source>A&amp;fternoon</source>
        <translation>&amp;Après-midi</translation>
    </message>
    <message>
        <source>Room session</source>
        <translation>Séance en salle</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <source>Room, site or address</source>
        <translation>Salle, site ou adresse</translation>
    </message>
    <message>
        <source>A contact of the file, or any name</source>
        <translation>Un contact du fichier, ou un autre nom</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sans limite</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Module *</source>
        <translation>Mo&amp;dule *</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>Half-days</source>
        <translation>Demi-journées</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>C&amp;ommune</source>
        <translation>C&amp;ommune</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>&amp;Intervenant</translation>
    </message>
    <message>
        <source>Ma&amp;ximum places</source>
        <translation>Places ma&amp;ximum</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Séance de %1</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>Choose the module (add modules with Modules…).</source>
        <translation>Choisissez le module (ajoutez des modules avec Modules…).</translation>
    </message>
    <message>
        <source>A session has a morning, an afternoon or both.</source>
        <translation>Une séance a lieu le matin, l’après-midi ou les deux.</translation>
    </message>
    <message>
        <source>A half-day ends after it starts.</source>
        <translation>Une demi-journée finit après avoir commencé.</translation>
    </message>
    <message>
        <source>Session of %1 saved.</source>
        <translation>Séance de %1 enregistrée.</translation>
    </message>
</context>
<context>
    <name>relais::SessionSheet</name>
    <message>
        <source>%1–%2</source>
        <comment>a half-day&apos;s start and end times</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>This session no longer exists; it may have been deleted.</source>
        <translation>Cette séance n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a half-day and its times: Morning 09:00–12:30</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <source>Room session</source>
        <translation>Séance en salle</translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Groupe : %1</translation>
    </message>
    <message>
        <source>Trainer: %1</source>
        <translation>Formateur / formatrice : %1</translation>
    </message>
    <message>
        <source>Please sign opposite your name for each half-day you attend.</source>
        <translation>Merci d'émarger en face de votre nom pour chaque demi-journée à laquelle vous assistez.</translation>
    </message>
    <message>
        <source>Please sign opposite your name.</source>
        <translation>Merci d'émarger en face de votre nom.</translation>
    </message>
    <message>
        <source>Not on the list? Please write your name and organisation in a blank row at the end.</source>
        <translation>Vous n'êtes pas sur la liste ? Merci d'inscrire vos nom et structure sur une ligne vide en fin de liste.</translation>
    </message>
    <message>
        <source>Training sign-in sheet</source>
        <translation>Feuille d'émargement de la formation</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Trainer&apos;s signature</source>
        <translation>Signature de l'intervenant</translation>
    </message>
    <message>
        <source>The sign-in sheet could not be saved as %1: %2</source>
        <translation>La feuille d'émargement n'a pas pu être enregistrée sous %1 : %2</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d'émargement</translation>
    </message>
</context>
<context>
    <name>relais::SessionSheetDialog</name>
    <message>
        <source>Sign-in Sheet — Print Preview</source>
        <translation>Feuille d'émargement — Aperçu avant impression</translation>
    </message>
    <message>
        <source>Print Sign-in Sheet</source>
        <translation>Imprimer la feuille d'émargement</translation>
    </message>
    <message>
        <source>Save Sign-in Sheet as PDF</source>
        <translation>Enregistrer la feuille d'émargement en PDF</translation>
    </message>
    <message>
        <source>The sign-in sheet could not be printed on %1.</source>
        <translation>La feuille d'émargement n'a pas pu être imprimée sur %1.</translation>
    </message>
    <message>
        <source>Training Sign-in Sheet</source>
        <translation>Feuille d'émargement de la séance</translation>
    </message>
    <message>
        <source>&amp;Blank rows for late additions:</source>
        <translation>&amp;Lignes vides pour les inscrits de dernière minute :</translation>
    </message>
    <message>
        <source>Trainees: %1</source>
        <translation>Stagiaires : %1</translation>
    </message>
    <message>
        <source>Blank rows: %1</source>
        <translation>Lignes vides : %1</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages : %1</translation>
    </message>
</context>
<context>
    <name>relais::SqlQuery</name>
    <message>
        <source>The database could not be updated: %1</source>
        <translation>La base de données n'a pas pu être mise à jour : %1</translation>
    </message>
    <message>
        <source>The disk is full: nothing of this change was saved. Free some space, then try again.</source>
        <translation>Le disque est plein : rien de cette modification n’a été enregistré. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>The file can no longer be written (it or its folder became read-only): nothing of this change was saved.</source>
        <translation>Le fichier ne peut plus être écrit (lui ou son dossier est passé en lecture seule) : rien de cette modification n’a été enregistré.</translation>
    </message>
    <message>
        <source>The disk could not be written (it is full, was removed or is failing): nothing of this change was saved.</source>
        <translation>Le disque n’a pas pu être écrit (il est plein, a été retiré ou est défaillant) : rien de cette modification n’a été enregistré.</translation>
    </message>
    <message>
        <source>Another program is using the file: nothing of this change was saved. Try again in a moment.</source>
        <translation>Un autre logiciel utilise le fichier : rien de cette modification n’a été enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The file is damaged: nothing of this change was saved. Use Tools &gt; Check the database, or File &gt; Restore from backup.</source>
        <translation>Le fichier est endommagé : rien de cette modification n’a été enregistré. Utilisez Outils &gt; Vérifier la base de données, ou Fichier &gt; Restaurer une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>relais::StaffRolesDialog</name>
    <message>
        <source>Staff roles</source>
        <translation>Fonctions de l'équipe</translation>
    </message>
    <message>
        <source>Staff time is added up by the role of each person. A change is saved at once; Edit &gt; Undo takes it back.</source>
        <translation>Les moyens humains s'additionnent par fonction de chaque personne. Un changement est enregistré aussitôt ; Édition &gt; Annuler le défait.</translation>
    </message>
    <message>
        <source>— no role —</source>
        <translation>— aucune fonction —</translation>
    </message>
    <message>
        <source>No staff yet: add the programme&apos;s people to the list Staff (Actors &gt; Reference lists…).</source>
        <translation>Aucun membre de l'équipe pour l'instant : ajoutez les personnes du programme à la liste Équipe (Acteurs &gt; Listes de référence…).</translation>
    </message>
</context>
<context>
    <name>relais::StaffTimeDialog</name>
    <message>
        <source>The last day, for time spent over a period; blank for one day (Ctrl+Delete blanks it)</source>
        <translation>Le dernier jour, pour un temps passé sur une période ; vide pour un seul jour (Ctrl+Suppr le vide)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Session de formation</translation>
    </message>
    <message>
        <source>SERD edition</source>
        <translation>Édition de la SERD</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>e.g. Mobilisation, Communication</source>
        <translation>ex. Mobilisation, Communication</translation>
    </message>
    <message>
        <source>In half-days: 0.5, 1, 1.5…</source>
        <translation>En demi-journées : 0,5, 1, 1,5…</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>jus&amp;qu'au</translation>
    </message>
    <message>
        <source>days, in half-day steps</source>
        <translation>jours, par demi-journées</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Activity *</source>
        <translation>&amp;Activité *</translation>
    </message>
    <message>
        <source>Da&amp;ys *</source>
        <translation>&amp;Jours *</translation>
    </message>
    <message>
        <source>&amp;Person *</source>
        <translation>&amp;Personne *</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Staff time</source>
        <translation>Moyens humains</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>SERD %1</source>
        <translation>SERD %1</translation>
    </message>
    <message>
        <source>— choose a meeting —</source>
        <translation>— choisir une réunion —</translation>
    </message>
    <message>
        <source>— choose a training session —</source>
        <translation>— choisir une session de formation —</translation>
    </message>
    <message>
        <source>— choose an edition —</source>
        <translation>— choisir une édition —</translation>
    </message>
    <message>
        <source>— no meeting around this date —</source>
        <translation>— aucune réunion autour de cette date —</translation>
    </message>
    <message>
        <source>— no training session around this date —</source>
        <translation>— aucune session de formation autour de cette date —</translation>
    </message>
    <message>
        <source>— no SERD edition yet —</source>
        <translation>— aucune édition de la SERD pour l'instant —</translation>
    </message>
    <message>
        <source>Staff time — %1</source>
        <translation>Moyens humains — %1</translation>
    </message>
    <message>
        <source>New staff time</source>
        <translation>Nouveau temps passé</translation>
    </message>
    <message>
        <source>Choose who spent the time.</source>
        <translation>Choisissez qui a passé ce temps.</translation>
    </message>
    <message>
        <source>There is no staff yet: add the programme&apos;s people to the list Staff (Actors &gt; Reference lists…).</source>
        <translation>Aucun membre de l'équipe pour l'instant : ajoutez les personnes du programme à la liste Équipe (Acteurs &gt; Listes de référence…).</translation>
    </message>
    <message>
        <source>The period ends before it starts: the last day comes after %1.</source>
        <translation>La période finit avant de commencer : le dernier jour vient après le %1.</translation>
    </message>
    <message>
        <source>Choose the meeting.</source>
        <translation>Choisissez la réunion.</translation>
    </message>
    <message>
        <source>Choose the training session.</source>
        <translation>Choisissez la session de formation.</translation>
    </message>
    <message>
        <source>Choose the SERD edition.</source>
        <translation>Choisissez l'édition de la SERD.</translation>
    </message>
    <message>
        <source>Type what the time was spent on, e.g. Mobilisation.</source>
        <translation>Indiquez à quoi le temps a été passé, ex. Mobilisation.</translation>
    </message>
    <message>
        <source>Type the days spent: 0.5, 1, 1.5…</source>
        <translation>Indiquez les jours passés : 0,5, 1, 1,5…</translation>
    </message>
    <message>
        <source>Staff time is counted in half-days: %1 is not one (0.5, 1, 1.5…).</source>
        <translation>Le temps se compte en demi-journées : %1 n'en est pas une (0,5, 1, 1,5…).</translation>
    </message>
    <message>
        <source>%1, %2 on %3: saved.</source>
        <translation>%1, %2 sur « %3 » : enregistré.</translation>
    </message>
</context>
<context>
    <name>relais::StaffTimeModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>relais::TableExport</name>
    <message>
        <source>CSV, %1 (*.csv)</source>
        <translation>CSV, %1 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n'a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Export to CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>The list as shown — these columns, in this order — in a file for a spreadsheet</source>
        <translation>La liste telle qu'elle est affichée — ces colonnes, dans cet ordre — dans un fichier pour un tableur</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Excel (French)</source>
        <translation>Excel (français)</translation>
    </message>
</context>
<context>
    <name>relais::TagLineEdit</name>
    <message>
        <source>Separated by commas</source>
        <translation>Séparées par des virgules</translation>
    </message>
</context>
<context>
    <name>relais::Training</name>
    <message>
        <source>No completion rule</source>
        <translation>Aucune règle de validation</translation>
    </message>
    <message numerus="yes">
        <source>At least one session of %Ln module(s)</source>
        <translation>
            <numerusform>Au moins une séance de %Ln module</numerusform>
            <numerusform>Au moins une séance de %Ln modules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln half-day(s) attended</source>
        <translation>
            <numerusform>Au moins %Ln demi-journée suivie</numerusform>
            <numerusform>Au moins %Ln demi-journées suivies</numerusform>
        </translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
</context>
<context>
    <name>relais::TrainingCertificates</name>
    <message>
        <source>This cohort no longer exists; it may have been deleted.</source>
        <translation>Ce groupe n'existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Half-days present</source>
        <translation>Demi-journées de présence</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Half-days: %1</source>
        <translation>Demi-journées : %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a trainee and their organisation</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This is to certify that %1 took part in the training “%2” from %3 to %4.</source>
        <translation>Nous attestons que %1 a participé à la formation « %2 » du %3 au %4.</translation>
    </message>
    <message>
        <source>This is to certify that %1 took part in the training “%2” on %3.</source>
        <translation>Nous attestons que %1 a participé à la formation « %2 » le %3.</translation>
    </message>
    <message>
        <source>This is to certify that %1 took part in the training “%2”.</source>
        <translation>Nous attestons que %1 a participé à la formation « %2 ».</translation>
    </message>
    <message>
        <source>Issued at %1 on %2</source>
        <translation>Fait à %1, le %2</translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation>Fait le %1</translation>
    </message>
    <message>
        <source>Issued at %1</source>
        <translation>Fait à %1</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Attestation de présence</translation>
    </message>
    <message>
        <source>Sessions attended</source>
        <translation>Séances suivies</translation>
    </message>
    <message>
        <source>Completion rule: %1</source>
        <translation>Règle de validation : %1</translation>
    </message>
    <message>
        <source>Modules attended: %1</source>
        <translation>Modules suivis : %1</translation>
    </message>
    <message>
        <source>%1 has completed the training.</source>
        <translation>%1 a validé la formation.</translation>
    </message>
    <message>
        <source>%1 has not completed the training.</source>
        <translation>%1 n'a pas validé la formation.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Certificates of attendance</source>
        <translation>Attestations de présence</translation>
    </message>
    <message>
        <source>The certificates could not be saved as %1: %2</source>
        <translation>Les attestations n'ont pas pu être enregistrées sous %1 : %2</translation>
    </message>
</context>
<context>
    <name>relais::TrainingHistory</name>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message numerus="yes">
        <source>%n half-day(s) present</source>
        <translation>
            <numerusform>%n demi-journée de présence</numerusform>
            <numerusform>%n demi-journées de présence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation>
            <numerusform>%n excusée</numerusform>
            <numerusform>%n excusées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n absence</numerusform>
            <numerusform>%n absences</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>relais::TrainingPage</name>
    <message>
        <source>&amp;Edit cohort…</source>
        <translation>&amp;Modifier le groupe…</translation>
    </message>
    <message>
        <source>Delete cohort</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>Remove from the cohort</source>
        <translation>Retirer du groupe</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the cohort with its sessions and attendance; Ctrl+Z brings them back</source>
        <translation>Supprimer le groupe avec ses séances et ses présences ; Ctrl+Z les rétablit</translation>
    </message>
    <message>
        <source>Take the selected trainees out of the cohort, with their attendance; Ctrl+Z brings them back</source>
        <translation>Retirer du groupe les stagiaires sélectionnés, avec leurs présences ; Ctrl+Z les rétablit</translation>
    </message>
    <message>
        <source>Flag the trainees who meet the cohort&apos;s rule as relay actors in the actor file, as of today</source>
        <translation>Marquer comme acteurs relais, à la date du jour, les stagiaires qui remplissent la règle du groupe</translation>
    </message>
    <message>
        <source>&amp;New cohort…</source>
        <translation>&amp;Nouveau groupe…</translation>
    </message>
    <message>
        <source>&amp;Modules…</source>
        <translation>M&amp;odules…</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>En&amp;rol trainees…</source>
        <translation>&amp;Inscrire des stagiaires…</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Half-days</source>
        <translation>Demi-journées</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>Tick this session&apos;s signed sheet in the grid</source>
        <translation>Cocher dans la grille la feuille signée de cette séance</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Présences</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Séances</translation>
    </message>
    <message>
        <source>No training cohort yet. Add the modules of the programme with Modules…, then the group of trainees with New cohort….</source>
        <translation>Aucun groupe en formation pour l'instant. Ajoutez les modules du programme avec Modules…, puis le groupe de stagiaires avec Nouveau groupe….</translation>
    </message>
    <message>
        <source>Field visit</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <source>Room session</source>
        <translation>Séance en salle</translation>
    </message>
    <message numerus="yes">
        <source>Recognise %Ln relay actor(s)…</source>
        <translation>
            <numerusform>Reconnaître %Ln acteur relais…</numerusform>
            <numerusform>Reconnaître %Ln acteurs relais…</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln trainee(s)</source>
        <translation>
            <numerusform>%Ln stagiaire</numerusform>
            <numerusform>%Ln stagiaires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln séance</numerusform>
            <numerusform>%Ln séances</numerusform>
        </translation>
    </message>
    <message>
        <source>no completion rule</source>
        <translation>pas de règle de validation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln completed</source>
        <translation>
            <numerusform>%Ln parcours validé</numerusform>
            <numerusform>%Ln parcours validés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training in %1: %Ln trainee(s) present at least once, %2 sessions, %3 half-days delivered, attendance %4, %5 completions</source>
        <translation>
            <numerusform>Formation en %1 : %Ln stagiaire présent au moins une fois, %2 séances, %3 demi-journées dispensées, assiduité %4, %5 parcours validés</numerusform>
            <numerusform>Formation en %1 : %Ln stagiaires présents au moins une fois, %2 séances, %3 demi-journées dispensées, assiduité %4, %5 parcours validés</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the cohort %1?</source>
        <translation>Supprimer le groupe %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>Its %Ln trainee(s), sessions and attendance go with it. Edit &gt; Undo (Ctrl+Z) brings them back until Relais is closed.</source>
        <translation>
            <numerusform>Son stagiaire, ses séances et ses présences sont supprimés avec lui. Édition &gt; Annuler (Ctrl+Z) les rétablit tant que Relais n'est pas fermé.</numerusform>
            <numerusform>Ses %Ln stagiaires, ses séances et ses présences sont supprimés avec lui. Édition &gt; Annuler (Ctrl+Z) les rétablit tant que Relais n'est pas fermé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from the cohort, with their attendance? Ctrl+Z brings them back.</source>
        <translation>Retirer %1 du groupe, avec ses présences ? Ctrl+Z les rétablit.</translation>
    </message>
    <message>
        <source>Recognise relay actors</source>
        <translation>Reconnaître des acteurs relais</translation>
    </message>
    <message numerus="yes">
        <source>Flag %Ln trainee(s) who met the rule (%1) as relay actors, as of %2?</source>
        <translation>
            <numerusform>Marquer %Ln stagiaire qui a rempli la règle (%1) comme acteur relais, à compter du %2 ?</numerusform>
            <numerusform>Marquer %Ln stagiaires qui ont rempli la règle (%1) comme acteurs relais, à compter du %2 ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognise</source>
        <translation>Reconnaître</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Delete the session %1?</source>
        <translation>Supprimer la séance %1 ?</translation>
    </message>
    <message>
        <source>Its attendance goes with it. Edit &gt; Undo (Ctrl+Z) brings it back until Relais is closed.</source>
        <translation>Ses présences sont supprimées avec elle. Édition &gt; Annuler (Ctrl+Z) la rétablit tant que Relais n'est pas fermé.</translation>
    </message>
    <message>
        <source>Cer&amp;tificates…</source>
        <translation>A&amp;ttestations…</translation>
    </message>
    <message>
        <source>Print the sheet the trainees sign at this session</source>
        <translation>Imprimer la feuille que les stagiaires signent à cette séance</translation>
    </message>
    <message>
        <source>Print certificates of attendance for the selected trainees, or for all</source>
        <translation>Imprimer les attestations de présence des stagiaires sélectionnés, ou de tous</translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>non saisi</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Enter atten&amp;dance</source>
        <translation>Saisir &amp;les présences</translation>
    </message>
    <message>
        <source>Sign-in s&amp;heet…</source>
        <translation>F&amp;euille d'émargement…</translation>
    </message>
    <message>
        <source>New sess&amp;ion…</source>
        <translation>Nouvelle s&amp;éance…</translation>
    </message>
    <message>
        <source>Recognise relay actors…</source>
        <translation>Reconnaître des acteurs relais…</translation>
    </message>
</context>
<context>
    <name>relais::TrainingRecordView</name>
    <message>
        <source>Cohort</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Half-days</source>
        <translation>Demi-journées</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Completed on %1</source>
        <translation>Validé le %1</translation>
    </message>
    <message>
        <source>Rule met, not recognised yet</source>
        <translation>Règle atteinte, pas encore reconnu</translation>
    </message>
    <message>
        <source>Not yet (%1)</source>
        <translation>Pas encore (%1)</translation>
    </message>
    <message numerus="yes">
        <source> (%n excused)</source>
        <translation>
            <numerusform> (%n excusée)</numerusform>
            <numerusform> (%n excusées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enrolled in any training.</source>
        <translation>Aucune inscription à une formation.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cohort(s): %1 half-days and %2 attended in all</source>
        <translation>
            <numerusform>%Ln groupe : %1 demi-journées et %2 suivies en tout</numerusform>
            <numerusform>%Ln groupes : %1 demi-journées et %2 suivies en tout</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>relais::TrainingRepository</name>
    <message>
        <source>This module no longer exists; it may have been deleted.</source>
        <translation>Ce module n'existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>This module is part of a cohort or has sessions: remove it from them first.</source>
        <translation>Ce module fait partie d'un groupe ou a des séances : retirez-le d'abord de ceux-ci.</translation>
    </message>
    <message>
        <source>This cohort no longer exists; it may have been deleted.</source>
        <translation>Ce groupe n'existe plus ; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>This session no longer exists; it may have been deleted.</source>
        <translation>Cette séance n'existe plus ; elle a peut-être été supprimée.</translation>
    </message>
</context>
<context>
    <name>relais::UserGuideWindow</name>
    <message>
        <source>Relais User Guide</source>
        <translation>Guide d’utilisation de Relais</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Top of the guide</source>
        <translation>&amp;Début du guide</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Rechercher dans le guide (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>relais::VCard</name>
    <message>
        <source>Ms</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>M.</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
</context>
<context>
    <name>relais::Validation</name>
    <message>
        <source>Enter a French number of 10 digits (e.g. 03 89 12 34 56) or an international number starting with +.</source>
        <translation>Saisissez un numéro français à 10 chiffres (ex. : 03 89 12 34 56) ou un numéro international commençant par +.</translation>
    </message>
    <message>
        <source>This is not an e-mail address (expected name@domain.fr).</source>
        <translation>Ce n'est pas une adresse de courriel valide (format attendu : nom@domaine.fr).</translation>
    </message>
    <message>
        <source>The last name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>Choose the organisation this role is in.</source>
        <translation>Choisissez la structure dans laquelle cette fonction est exercée.</translation>
    </message>
    <message>
        <source>This organisation is listed twice.</source>
        <translation>Cette structure figure deux fois.</translation>
    </message>
    <message>
        <source>The date of consent cannot be in the future.</source>
        <translation>La date du consentement ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The relay actor date cannot be in the future.</source>
        <translation>La date de formation d'acteur relais ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>This is not a web address (expected www.example.fr).</source>
        <translation>Ce n'est pas une adresse web valide (format attendu : www.exemple.fr).</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>La date est obligatoire.</translation>
    </message>
    <message>
        <source>This date is in the future: plan a follow-up instead.</source>
        <translation>Cette date est dans le futur : prévoyez plutôt une relance.</translation>
    </message>
    <message>
        <source>Say with whom: at least one contact or organisation.</source>
        <translation>Indiquez avec qui : au moins un contact ou une structure.</translation>
    </message>
    <message>
        <source>The due date is required.</source>
        <translation>L'échéance est obligatoire.</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Indiquez ce qu'il faut faire.</translation>
    </message>
</context>
<context>
    <name>relais::ValueParsers</name>
    <message>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <source>Type dates as 31/12/2014, 31/12/14, 31.12.2014, 31-12-2014 or 2014-12-31.</source>
        <translation>Saisissez les dates sous la forme 31/12/2014, 31/12/14, 31.12.2014, 31-12-2014 ou 2014-12-31.</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 n'est pas une date.</translation>
    </message>
    <message>
        <source>%1 is not a day of the calendar (day, month, year).</source>
        <translation>%1 n'est pas un jour du calendrier (jour, mois, année).</translation>
    </message>
    <message>
        <source>The period %1 ends before it starts.</source>
        <translation>La période %1 se termine avant de commencer.</translation>
    </message>
    <message>
        <source>%1 is not a time: type it as 14:30 or 14h30.</source>
        <translation>%1 n'est pas une heure : saisissez-la sous la forme 14:30 ou 14h30.</translation>
    </message>
    <message>
        <source>%1 is not a number: type it as 1234,5 or 1 234,5.</source>
        <translation>%1 n'est pas un nombre : saisissez-le sous la forme 1234,5 ou 1 234,5.</translation>
    </message>
    <message>
        <source>%1 is not a whole number: type it as 12 or 1 234.</source>
        <translation>%1 n'est pas un nombre entier : saisissez-le sous la forme 12 ou 1 234.</translation>
    </message>
    <message>
        <source>%1 is not an amount in euros: type it as 1234,50 or 1 234,50 €.</source>
        <translation>%1 n'est pas un montant en euros : saisissez-le sous la forme 1234,50 ou 1 234,50 €.</translation>
    </message>
    <message>
        <source>%1 is not a length of time: type it as 7,5 h or 2 days.</source>
        <translation>%1 n'est pas une durée : saisissez-la sous la forme 7,5 h ou 2 j.</translation>
    </message>
    <message>
        <source>%1 is neither yes nor no: type yes, no, x or leave it empty.</source>
        <translation>%1 n'est ni oui ni non : saisissez oui, non, x ou laissez vide.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address (expected name@domain.fr).</source>
        <translation>%1 n'est pas une adresse électronique (attendu : nom@domaine.fr).</translation>
    </message>
    <message>
        <source>%1 is not a civility: type Mr or Mrs, or leave it empty.</source>
        <translation>%1 n'est pas une civilité : saisissez M. ou Mme, ou laissez vide.</translation>
    </message>
    <message>
        <source>%1 is not an attendance status: type present, excused, absent, registered or invited (or P, E, A).</source>
        <translation>%1 n'est pas un statut de présence : saisissez présent, excusé, absent, inscrit ou invité (ou P, E, A).</translation>
    </message>
    <message>
        <source>%1 is not the status of an action: type proposed, confirmed, held or cancelled.</source>
        <translation>%1 n'est pas l'état d'une action : saisissez proposée, confirmée, réalisée ou annulée.</translation>
    </message>
    <message>
        <source>%1 is not a kind of contribution: type staff time, material or other.</source>
        <translation>%1 n'est pas une nature de dépense : saisissez temps de travail, matériel ou autre.</translation>
    </message>
    <message>
        <source>%1 is not a unit of time: type hours or days.</source>
        <translation>%1 n'est pas une unité de temps : saisissez heures ou jours.</translation>
    </message>
    <message>
        <source>%1 is not a half-day: type morning or afternoon.</source>
        <translation>%1 n'est pas une demi-journée : saisissez matin ou après-midi.</translation>
    </message>
    <message>
        <source>%1 is not a flag: type network head, relay actor or municipal service.</source>
        <translation>%1 n'est pas un indicateur : saisissez tête de réseau, acteur relais ou service municipal.</translation>
    </message>
</context>
<context>
    <name>relais::WalkInDialog</name>
    <message>
        <source>New walk-in</source>
        <translation>Nouvelle personne sans invitation</translation>
    </message>
    <message>
        <source>As written on the sheet; a new one is added to the file</source>
        <translation>Telle qu'écrite sur la feuille ; si elle est nouvelle, elle est ajoutée au fichier</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Not in the file yet: this person is added to it and recorded as present.</source>
        <translation>Pas encore dans le fichier : cette personne y est ajoutée et enregistrée comme présente.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation>&amp;Structure</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Add the walk-in</source>
        <translation>&amp;Ajouter la personne</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is already in the file. Record this person as the walk-in?</source>
        <translation>%1 figure déjà dans le fichier. Enregistrer cette fiche comme la personne venue sans invitation ?</translation>
    </message>
    <message>
        <source>Use the one in the file</source>
        <translation>Utiliser la fiche existante</translation>
    </message>
    <message>
        <source>Add a new person</source>
        <translation>Ajouter une nouvelle personne</translation>
    </message>
</context>
<context>
    <name>relais::WriterLock</name>
    <message>
        <source>This file is open in another Relais.</source>
        <translation>Ce fichier est ouvert dans un autre Relais.</translation>
    </message>
    <message>
        <source>This file is open in Relais on %1 since %2.</source>
        <translation>Ce fichier est ouvert dans Relais sur %1 depuis %2.</translation>
    </message>
    <message>
        <source>This file is open in Relais by %1 on %2 since %3.</source>
        <translation>Ce fichier est ouvert dans Relais par %1 sur %2 depuis %3.</translation>
    </message>
    <message>
        <source>%1 It is opened read-only here: changes cannot be saved.</source>
        <translation>%1 Il est ouvert ici en lecture seule : les modifications ne peuvent pas être enregistrées.</translation>
    </message>
</context>
</TS>
