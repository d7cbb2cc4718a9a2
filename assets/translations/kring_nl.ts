<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AndroidSecretVault</name>
    <message>
        <source>The phone&apos;s keystore did not give Kring its key. Nothing was changed; restart the phone and try again.</source>
        <translation>De sleutelopslag van de telefoon gaf Kring zijn sleutel niet. Er is niets veranderd; herstart de telefoon en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Kring could not save its key: %1</source>
        <translation>Kring kon zijn sleutel niet bewaren: %1</translation>
    </message>
</context>
<context>
    <name>Announcement</name>
    <message>
        <source>The announcement does not say which group it is for.</source>
        <translation>De melding zegt niet voor welke groep ze is.</translation>
    </message>
    <message>
        <source>The announcement has no date.</source>
        <translation>De melding heeft geen datum.</translation>
    </message>
    <message>
        <source>The announcement ends before it begins.</source>
        <translation>De melding eindigt voordat ze begint.</translation>
    </message>
    <message>
        <source>A move needs the new date and time.</source>
        <translation>Voor een verplaatsing zijn de nieuwe datum en tijd nodig.</translation>
    </message>
    <message>
        <source>A change of place needs the new place.</source>
        <translation>Voor een andere plek is de nieuwe plek nodig.</translation>
    </message>
    <message>
        <source>A pause needs its last day.</source>
        <translation>Voor een pauze is de laatste dag nodig.</translation>
    </message>
    <message>
        <source>A new schedule needs a new rule, time or place.</source>
        <translation>Voor een nieuw rooster is een nieuwe regel, tijd of plek nodig.</translation>
    </message>
    <message>
        <source>A note needs a text.</source>
        <translation>Een bericht heeft tekst nodig.</translation>
    </message>
    <message>
        <source>A note has at most %1 characters.</source>
        <translation>Een bericht heeft ten hoogste %1 tekens.</translation>
    </message>
    <message>
        <source>A note needs the last day it applies.</source>
        <translation>Een bericht heeft de laatste dag nodig waarop het geldt.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The group directory %1 could not be read: %2</source>
        <translation>De lijst met groepen %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The group directory %1 is larger than Kring accepts.</source>
        <translation>De lijst met groepen %1 is groter dan Kring aanneemt.</translation>
    </message>
    <message>
        <source>the stored directory</source>
        <translation>de bewaarde groepenlijst</translation>
    </message>
    <message>
        <source>Kring is locked with a PIN. Enter your PIN to open it.</source>
        <translation>Kring is vergrendeld met een pincode. Voer je pincode in om Kring te openen.</translation>
    </message>
    <message>
        <source>Kring&apos;s data is not open, so its PIN cannot be changed now.</source>
        <translation>De gegevens van Kring zijn niet open, dus de pincode kan nu niet worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>For contact persons of a group: coming soon</source>
        <translation>Voor contactpersonen van een groep: komt binnenkort</translation>
    </message>
    <message>
        <source>Contact persons certified by the network will be able to announce a cancelled or moved meeting here. Every announcement is signed, so nobody can send people to a fake meeting.</source>
        <translation>Contactpersonen die het netwerk heeft erkend, kunnen hier straks een afgelaste of verplaatste bijeenkomst melden. Elke melding is ondertekend, zodat niemand mensen naar een nepbijeenkomst kan sturen.</translation>
    </message>
</context>
<context>
    <name>DatabaseKeys</name>
    <message>
        <source>The key to Kring&apos;s data is missing, so the data cannot be opened. The data is kept as it is; if the key comes back (for example when the keyring is unlocked), Kring opens it again.</source>
        <translation>De sleutel van de gegevens van Kring ontbreekt, dus de gegevens kunnen niet worden geopend. Ze blijven bewaard zoals ze zijn; komt de sleutel terug (bijvoorbeeld als de sleutelbos ontgrendeld is), dan opent Kring ze weer.</translation>
    </message>
    <message>
        <source>Enter your PIN to open Kring.</source>
        <translation>Voer je pincode in om Kring te openen.</translation>
    </message>
    <message>
        <source>The stored key to Kring&apos;s data is damaged, so the data cannot be opened. Nothing was changed.</source>
        <translation>De bewaarde sleutel van de gegevens van Kring is beschadigd, dus de gegevens kunnen niet worden geopend. Er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>DirectoryJson</name>
    <message numerus="yes">
        <source>%n more problem(s) not shown</source>
        <translation>
            <numerusform>nog %n probleem niet getoond</numerusform>
            <numerusform>nog %n problemen niet getoond</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>onbekende sleutel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation>verplichte sleutel &quot;%1&quot; ontbreekt</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>tekst verwacht</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>langer dan %1 tekens</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (1-64 characters a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation>&quot;%1&quot; is geen id (1-64 tekens a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>&quot;%1&quot; is niet een van: %2</translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation>getal van %1 tot %2 verwacht</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true of false verwacht</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>niet-lege tekst verwacht</translation>
    </message>
    <message>
        <source>expected an object with the text per language, such as {&quot;nl&quot;: &quot;...&quot;}</source>
        <translation>object met de tekst per taal verwacht, zoals {&quot;nl&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <source>expected a local date-time such as &quot;2026-01-13T19:30&quot;</source>
        <translation>lokale datum en tijd verwacht, zoals &quot;2026-01-13T19:30&quot;</translation>
    </message>
    <message>
        <source>expected a date such as &quot;2026-07-01&quot;</source>
        <translation>datum verwacht, zoals &quot;2026-07-01&quot;</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>lijst (array) verwacht</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>object verwacht</translation>
    </message>
    <message>
        <source>expected a two-letter country code such as &quot;NL&quot;</source>
        <translation>landcode van twee letters verwacht, zoals &quot;NL&quot;</translation>
    </message>
    <message>
        <source>a meeting in person needs a &quot;venue&quot;</source>
        <translation>een fysieke bijeenkomst heeft een &quot;venue&quot; nodig</translation>
    </message>
    <message>
        <source>an online meeting has no venue; use &quot;hybrid&quot;</source>
        <translation>een online bijeenkomst heeft geen locatie; gebruik &quot;hybrid&quot;</translation>
    </message>
    <message>
        <source>expected an object with &quot;url&quot; and/or &quot;phone&quot;</source>
        <translation>object met &quot;url&quot; en/of &quot;phone&quot; verwacht</translation>
    </message>
    <message>
        <source>expected an https:// address</source>
        <translation>https://-adres verwacht</translation>
    </message>
    <message>
        <source>an online or hybrid meeting needs &quot;online&quot; with a &quot;url&quot; or a &quot;phone&quot;</source>
        <translation>een online of hybride bijeenkomst heeft &quot;online&quot; met een &quot;url&quot; of &quot;phone&quot; nodig</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone such as &quot;Europe/Amsterdam&quot;</source>
        <translation>&quot;%1&quot; is geen IANA-tijdzone zoals &quot;Europe/Amsterdam&quot;</translation>
    </message>
    <message>
        <source>expected a whole number of minutes</source>
        <translation>heel aantal minuten verwacht</translation>
    </message>
    <message>
        <source>expected an RFC 5545 rule such as &quot;FREQ=WEEKLY;BYDAY=TU&quot;</source>
        <translation>RFC 5545-regel verwacht, zoals &quot;FREQ=WEEKLY;BYDAY=TU&quot;</translation>
    </message>
    <message>
        <source>a meeting with &quot;rrule&quot; needs a &quot;start&quot;</source>
        <translation>een bijeenkomst met &quot;rrule&quot; heeft een &quot;start&quot; nodig</translation>
    </message>
    <message>
        <source>&quot;until&quot; is before &quot;from&quot;</source>
        <translation>&quot;until&quot; ligt vóór &quot;from&quot;</translation>
    </message>
    <message>
        <source>a meeting needs a &quot;start&quot; or a &quot;schedule_note&quot;</source>
        <translation>een bijeenkomst heeft een &quot;start&quot; of een &quot;schedule_note&quot; nodig</translation>
    </message>
    <message>
        <source>expected an object with &quot;email&quot;, &quot;phone&quot; and/or &quot;website&quot;</source>
        <translation>object met &quot;email&quot;, &quot;phone&quot; en/of &quot;website&quot; verwacht</translation>
    </message>
    <message>
        <source>expected an e-mail address</source>
        <translation>e-mailadres verwacht</translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation>webadres verwacht dat begint met https://</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>id &quot;%1&quot; komt dubbel voor</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not valid JSON (%4)</source>
        <translation>%1: regel %2, kolom %3: geen geldige JSON (%4)</translation>
    </message>
    <message>
        <source>%1: $: expected an object with &quot;format&quot;: &quot;%2&quot;</source>
        <translation>%1: $: object met &quot;format&quot;: &quot;%2&quot; verwacht</translation>
    </message>
    <message>
        <source>%1: $.format: expected &quot;%2&quot;; this is not a Kring directory or it is of a newer version</source>
        <translation>%1: $.format: &quot;%2&quot; verwacht; dit is geen Kring-groepenlijst, of een van een nieuwere versie</translation>
    </message>
    <message>
        <source>expected an object with &quot;name&quot; and &quot;website&quot;</source>
        <translation>object met &quot;name&quot; en &quot;website&quot; verwacht</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;</source>
        <translation>onbekend thema &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown venue &quot;%1&quot;</source>
        <translation>onbekende locatie &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>EncryptionCheck</name>
    <message>
        <source>The database library does not encrypt (no SQLCipher). Kring will not store anything unencrypted and stops here. Please reinstall Kring.</source>
        <translation>De databasebibliotheek versleutelt niet (geen SQLCipher). Kring bewaart niets onversleuteld en stopt hier. Installeer Kring opnieuw.</translation>
    </message>
    <message>
        <source>The cryptography library could not start. Please reinstall Kring.</source>
        <translation>De versleutelingsbibliotheek kon niet starten. Installeer Kring opnieuw.</translation>
    </message>
    <message>
        <source>Kring cannot write in its data folder %1. Check that the disk is not full and that the folder is writable.</source>
        <translation>Kring kan niet schrijven in zijn gegevensmap %1. Controleer of de schijf niet vol is en of de map beschrijfbaar is.</translation>
    </message>
    <message>
        <source>Kring could not create its encrypted database in %1. Check that the disk is not full.</source>
        <translation>Kring kon zijn versleutelde database in %1 niet aanmaken. Controleer of de schijf niet vol is.</translation>
    </message>
    <message>
        <source>The database library wrote readable data instead of encrypted data. Kring stops so that nothing is stored unencrypted. Please reinstall Kring.</source>
        <translation>De databasebibliotheek schreef leesbare in plaats van versleutelde gegevens. Kring stopt, zodat niets onversleuteld wordt bewaard. Installeer Kring opnieuw.</translation>
    </message>
</context>
<context>
    <name>FilterChips</name>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>For myself</source>
        <translation>Voor mezelf</translation>
    </message>
    <message>
        <source>For relatives</source>
        <translation>Voor naasten</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Ochtend</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Middag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Avond</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Wheelchair access</source>
        <translation>Rolstoeltoegankelijk</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>maandag</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>dinsdag</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>woensdag</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>donderdag</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vrijdag</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>zaterdag</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>zondag</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Find a group</source>
        <translation>Zoek een groep</translation>
    </message>
    <message>
        <source>Self-help groups</source>
        <translation>Zelfhulpgroepen</translation>
    </message>
    <message>
        <source>The group directory could not be loaded</source>
        <translation>De lijst met groepen kon niet worden geladen</translation>
    </message>
    <message>
        <source>Loading the groups</source>
        <translation>De groepen worden geladen</translation>
    </message>
    <message>
        <source>What about? e.g. grief, drink, divorce</source>
        <translation>Waarover? Bijv. rouw, drank, scheiding</translation>
    </message>
    <message>
        <source>Search groups by subject</source>
        <translation>Zoek groepen op onderwerp</translation>
    </message>
    <message>
        <source>Near %1</source>
        <translation>In de buurt van %1</translation>
    </message>
    <message>
        <source>Choose a town or postcode</source>
        <translation>Kies een plaats of postcode</translation>
    </message>
    <message>
        <source>Searching near %1. Change the place</source>
        <translation>Zoekt in de buurt van %1. Andere plaats kiezen</translation>
    </message>
    <message>
        <source>Choose a town or postcode to see the nearest groups first</source>
        <translation>Kies een plaats of postcode om de dichtstbijzijnde groepen eerst te zien</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s), nearest first</source>
        <translation>
            <numerusform>%n groep, dichtstbijzijnde eerst</numerusform>
            <numerusform>%n groepen, dichtstbijzijnde eerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s), next meeting first</source>
        <translation>
            <numerusform>%n groep, eerstvolgende bijeenkomst eerst</numerusform>
            <numerusform>%n groepen, eerstvolgende bijeenkomst eerst</numerusform>
        </translation>
    </message>
    <message>
        <source>No groups found</source>
        <translation>Geen groepen gevonden</translation>
    </message>
    <message>
        <source>Fewer filters give more groups.</source>
        <translation>Met minder filters vind je meer groepen.</translation>
    </message>
    <message>
        <source>Try another word, such as grief, drink or caring. Groups for relatives are listed too.</source>
        <translation>Probeer een ander woord, zoals rouw, drank of mantelzorg. Ook groepen voor naasten staan erbij.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
</context>
<context>
    <name>FinderModel</name>
    <message>
        <source>today %1</source>
        <translation>vandaag %1</translation>
    </message>
    <message>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
</context>
<context>
    <name>FollowedPage</name>
    <message>
        <source>My groups</source>
        <translation>Mijn groepen</translation>
    </message>
    <message>
        <source>You do not follow any group yet</source>
        <translation>Je volgt nog geen groep</translation>
    </message>
    <message>
        <source>Following a group will show its next meetings and any changes here. It stays on this phone: nobody is told that you follow a group. Following arrives in a coming version of Kring.</source>
        <translation>Als je een groep volgt, zie je hier de volgende bijeenkomsten en wat er verandert. Dat blijft op deze telefoon: niemand krijgt te horen dat je een groep volgt. Volgen komt in een volgende versie van Kring.</translation>
    </message>
</context>
<context>
    <name>Gazetteer</name>
    <message>
        <source>The list of places is damaged. Please reinstall Kring.</source>
        <translation>De lijst met plaatsen is beschadigd. Installeer Kring opnieuw.</translation>
    </message>
    <message>
        <source>The list of places is missing. Please reinstall Kring.</source>
        <translation>De lijst met plaatsen ontbreekt. Installeer Kring opnieuw.</translation>
    </message>
</context>
<context>
    <name>GroupDetails</name>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Toegankelijk met een rolstoel</translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation>Niet toegankelijk met een rolstoel</translation>
    </message>
    <message>
        <source>Some meeting places are wheelchair accessible</source>
        <translation>Sommige plekken zijn toegankelijk met een rolstoel</translation>
    </message>
    <message>
        <source>%1 (paused for now)</source>
        <translation>%1 (voorlopig gepauzeerd)</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <source>For those concerned</source>
        <translation>Voor wie het zelf meemaakt</translation>
    </message>
    <message>
        <source>For relatives</source>
        <translation>Voor naasten</translation>
    </message>
    <message>
        <source>For those concerned and relatives</source>
        <translation>Voor betrokkenen en naasten</translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Also meets online: the link is in the meeting details.</source>
        <translation>Komt ook online samen: de link staat bij de bijeenkomst.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Contact the group</source>
        <translation>Contact met de groep</translation>
    </message>
    <message>
        <source>You reach a volunteer of the group, not a professional. You do not have to give your name.</source>
        <translation>Je krijgt een vrijwilliger van de groep, geen hulpverlener. Je hoeft je naam niet te geven.</translation>
    </message>
    <message>
        <source>Send an e-mail</source>
        <translation>Stuur een e-mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Bel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Next dates</source>
        <translation>Volgende data</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Zet in je agenda</translation>
    </message>
    <message>
        <source>All meetings of this group, with their breaks</source>
        <translation>Alle bijeenkomsten van deze groep, met hun pauzes</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Route to %1, in your maps app</source>
        <translation>Route naar %1, in je kaarten-app</translation>
    </message>
</context>
<context>
    <name>GroupRow</name>
    <message>
        <source>%1 and online</source>
        <translation>%1 en online</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>next meeting %1</source>
        <translation>volgende bijeenkomst %1</translation>
    </message>
</context>
<context>
    <name>ICalendar</name>
    <message>
        <source>there is no group &quot;%1&quot; in the directory</source>
        <translation>er is geen groep &quot;%1&quot; in de groepenlijst</translation>
    </message>
    <message>
        <source>no time zone data for &quot;%1&quot;</source>
        <translation>geen tijdzonegegevens voor &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>IosSecretVault</name>
    <message>
        <source>The keychain did not give Kring its key (error %1). Unlock the phone and try again; nothing was changed.</source>
        <translation>De sleutelhanger gaf Kring zijn sleutel niet (fout %1). Ontgrendel de telefoon en probeer het opnieuw; er is niets veranderd.</translation>
    </message>
</context>
<context>
    <name>KeyFileVault</name>
    <message>
        <source>Kring cannot use its key file %1: %2</source>
        <translation>Kring kan zijn sleutelbestand %1 niet gebruiken: %2</translation>
    </message>
    <message>
        <source>No keyring answered, so the key to Kring&apos;s data is kept in the file %1, readable only by you. Anyone who can read your files can also read Kring&apos;s data; an app PIN protects it better.</source>
        <translation>Er antwoordde geen sleutelbos, dus de sleutel van de gegevens van Kring staat in het bestand %1, dat alleen jij kunt lezen. Wie jouw bestanden kan lezen, kan ook de gegevens van Kring lezen; een pincode voor de app beschermt ze beter.</translation>
    </message>
</context>
<context>
    <name>KeyringVault</name>
    <message>
        <source>The keyring did not give Kring its key: %1</source>
        <translation>De sleutelbos gaf Kring zijn sleutel niet: %1</translation>
    </message>
</context>
<context>
    <name>Locator</name>
    <message>
        <source>Kring may not use your position. You can allow it in the phone&apos;s settings, or type a town or postcode.</source>
        <translation>Kring mag je locatie niet gebruiken. Je kunt dat toestaan in de instellingen van je telefoon, of een plaats of postcode typen.</translation>
    </message>
    <message>
        <source>Your position could not be found. Type a town or postcode instead.</source>
        <translation>Je locatie kon niet worden bepaald. Typ liever een plaats of postcode.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Kring</source>
        <translation>Kring</translation>
    </message>
</context>
<context>
    <name>MeetingGuide</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>geen JSON: %1 bij byte %2</translation>
    </message>
    <message>
        <source>expected a Meeting Guide array of meetings</source>
        <translation>Meeting Guide-lijst (array) met bijeenkomsten verwacht</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>entry %1 (slug &quot;%2&quot;)</source>
        <translation>item %1 (slug &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>geen object</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>geen naam</translation>
    </message>
    <message>
        <source>no slug</source>
        <translation>geen slug</translation>
    </message>
    <message>
        <source>duplicate slug</source>
        <translation>slug komt dubbel voor</translation>
    </message>
    <message>
        <source>no day (an appointment-only meeting has no place in a schedule)</source>
        <translation>geen dag (een bijeenkomst op afspraak past niet in een rooster)</translation>
    </message>
    <message>
        <source>day &quot;%1&quot; is not 0 (Sunday) to 6 (Saturday)</source>
        <translation>dag &quot;%1&quot; is niet 0 (zondag) tot 6 (zaterdag)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>geen tijd</translation>
    </message>
    <message>
        <source>impossible time &quot;%1&quot;</source>
        <translation>onmogelijke tijd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>impossible end_time &quot;%1&quot;</source>
        <translation>onmogelijke end_time &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no time zone (add &quot;timezone&quot; or pass --tz)</source>
        <translation>geen tijdzone (voeg &quot;timezone&quot; toe of geef --tz)</translation>
    </message>
    <message>
        <source>no coordinates for the meeting place</source>
        <translation>geen coördinaten voor de plek van de bijeenkomst</translation>
    </message>
    <message>
        <source>the meeting place is approximate</source>
        <translation>de plek van de bijeenkomst is bij benadering</translation>
    </message>
    <message>
        <source>no town for the meeting place</source>
        <translation>geen plaats voor de plek van de bijeenkomst</translation>
    </message>
    <message>
        <source>no country for the meeting place</source>
        <translation>geen land voor de plek van de bijeenkomst</translation>
    </message>
    <message>
        <source>, and conference_url is not https</source>
        <translation>, en conference_url is geen https</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Meeting kit: coming soon</source>
        <translation>Voor tijdens de bijeenkomst: komt binnenkort</translation>
    </message>
    <message>
        <source>Here you will find your group&apos;s opening and closing texts, a speaking timer for rounds, the network&apos;s values and help lines, all without internet.</source>
        <translation>Hier vind je straks de openings- en slotteksten van je groep, een spreektimer voor rondes, de waarden van het netwerk en hulplijnen, allemaal zonder internet.</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>My groups</source>
        <translation>Mijn groepen</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
</context>
<context>
    <name>NextDatesModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Gaat niet door</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Verplaatst van %1</translation>
    </message>
    <message>
        <source>Other place: %1</source>
        <translation>Andere plek: %1</translation>
    </message>
    <message>
        <source>No meeting (break)</source>
        <translation>Geen bijeenkomst (pauze)</translation>
    </message>
    <message>
        <source>New schedule</source>
        <translation>Nieuw rooster</translation>
    </message>
    <message>
        <source>New schedule, at %1</source>
        <translation>Nieuw rooster, in %1</translation>
    </message>
</context>
<context>
    <name>Occurrences</name>
    <message>
        <source>meeting %1: &quot;%2&quot; is not a known time zone</source>
        <translation>bijeenkomst %1: &quot;%2&quot; is geen bekende tijdzone</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
</context>
<context>
    <name>PinLock</name>
    <message>
        <source>Choose a PIN of at least one digit.</source>
        <translation>Kies een pincode van minstens één cijfer.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the key with a PIN.</source>
        <translation>Er is niet genoeg geheugen om de sleutel met een pincode te beschermen.</translation>
    </message>
    <message>
        <source>The PIN-protected key is damaged, so Kring cannot unlock its data. Nothing was changed.</source>
        <translation>De met een pincode beschermde sleutel is beschadigd, dus Kring kan zijn gegevens niet ontgrendelen. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>There is not enough memory to check the PIN. Close other apps and try again.</source>
        <translation>Er is niet genoeg geheugen om de pincode te controleren. Sluit andere apps en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>That PIN is not right. Try again.</source>
        <translation>Die pincode klopt niet. Probeer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <source>Search near</source>
        <translation>Zoek in de buurt van</translation>
    </message>
    <message>
        <source>Type a town or postcode. It stays on this phone: Kring never sends where you search.</source>
        <translation>Typ een plaats of postcode. Die blijft op deze telefoon: Kring stuurt nooit door waar je zoekt.</translation>
    </message>
    <message>
        <source>Town or postcode, e.g. Eindhoven or 3000</source>
        <translation>Plaats of postcode, bijv. Eindhoven of 3000</translation>
    </message>
    <message>
        <source>Town or postcode</source>
        <translation>Plaats of postcode</translation>
    </message>
    <message>
        <source>No town or postcode in the Netherlands or Belgium starts like that.</source>
        <translation>Geen plaats of postcode in Nederland of België begint zo.</translation>
    </message>
    <message>
        <source>Search everywhere (no place)</source>
        <translation>Overal zoeken (geen plaats)</translation>
    </message>
    <message>
        <source>your position</source>
        <translation>je locatie</translation>
    </message>
    <message>
        <source>Finding your position…</source>
        <translation>Je locatie wordt bepaald…</translation>
    </message>
    <message>
        <source>Use my position</source>
        <translation>Gebruik mijn locatie</translation>
    </message>
    <message>
        <source>Your position stays on this phone</source>
        <translation>Je locatie blijft op deze telefoon</translation>
    </message>
    <message>
        <source>Kring uses it only to show the nearest groups first. It is never sent or stored. Your phone may ask whether Kring may use your position.</source>
        <translation>Kring gebruikt hem alleen om de dichtstbijzijnde groepen eerst te tonen. Hij wordt nooit verstuurd of bewaard. Je telefoon vraagt misschien of Kring je locatie mag gebruiken.</translation>
    </message>
    <message>
        <source>Type a place</source>
        <translation>Typ een plaats</translation>
    </message>
</context>
<context>
    <name>PlaceSuggestions</name>
    <message>
        <source>Belgium</source>
        <translation>België</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederland</translation>
    </message>
</context>
<context>
    <name>PositionSource</name>
    <message>
        <source>The recorded positions %1 cannot be read.</source>
        <translation>De opgenomen posities %1 kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>This device cannot tell where you are. Type a town or postcode instead.</source>
        <translation>Dit toestel kan niet bepalen waar je bent. Typ liever een plaats of postcode.</translation>
    </message>
</context>
<context>
    <name>Recurrence</name>
    <message>
        <source>&quot;%1&quot; is not a recurrence rule such as &quot;FREQ=MONTHLY;BYDAY=2TU&quot;</source>
        <translation>&quot;%1&quot; is geen herhalingsregel zoals &quot;FREQ=MONTHLY;BYDAY=2TU&quot;</translation>
    </message>
    <message>
        <source>the recurrence rule &quot;%1&quot; cannot be expanded</source>
        <translation>de herhalingsregel &quot;%1&quot; kan niet worden uitgewerkt</translation>
    </message>
</context>
<context>
    <name>ScreenRenderer</name>
    <message>
        <source>There is no page &quot;%1&quot;.</source>
        <translation>Er is geen pagina &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; did not finish loading.</source>
        <translation>De pagina &quot;%1&quot; is niet klaar met laden.</translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; could not be rendered.</source>
        <translation>De pagina &quot;%1&quot; kon niet worden getekend.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>More</source>
        <translation>Meer</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Je privacy</translation>
    </message>
    <message>
        <source>Kring has no accounts and no tracking. The whole group directory is on this phone, so what you search for and where you are never leave it. What Kring keeps is stored encrypted.</source>
        <translation>Kring heeft geen accounts en volgt je niet. De hele lijst met groepen staat op deze telefoon, dus wat je zoekt en waar je bent, verlaat hem nooit. Wat Kring bewaart, staat versleuteld opgeslagen.</translation>
    </message>
    <message>
        <source>Someone who can unlock this phone, or who installed monitoring software on it, may still see that you use Kring.</source>
        <translation>Wie deze telefoon kan ontgrendelen, of er meekijksoftware op heeft gezet, kan toch zien dat je Kring gebruikt.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>English (follows the language of your phone)</source>
        <translation>Engels (volgt de taal van je telefoon)</translation>
    </message>
    <message>
        <source>Dutch (follows the language of your phone)</source>
        <translation>Nederlands (volgt de taal van je telefoon)</translation>
    </message>
    <message>
        <source>For contact persons</source>
        <translation>Voor contactpersonen</translation>
    </message>
    <message>
        <source>Contact person of a group</source>
        <translation>Contactpersoon van een groep</translation>
    </message>
    <message>
        <source>Announce changes to your group&apos;s meetings</source>
        <translation>Meld wijzigingen in de bijeenkomsten van je groep</translation>
    </message>
    <message>
        <source>About Kring</source>
        <translation>Over Kring</translation>
    </message>
    <message>
        <source>Kring is free software for self-help groups: peers who meet without professionals. The groups shown now are a fictional demo directory.</source>
        <translation>Kring is vrije software voor zelfhulpgroepen: lotgenoten die samenkomen zonder hulpverleners. De groepen die je nu ziet, zijn een verzonnen voorbeeldlijst.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Kring&apos;s data in %1 is open read-only, so this change is not saved.</source>
        <translation>De gegevens van Kring in %1 zijn alleen-lezen geopend, dus deze wijziging wordt niet bewaard.</translation>
    </message>
    <message>
        <source>Kring&apos;s database reported a problem: %1</source>
        <translation>De database van Kring meldde een probleem: %1</translation>
    </message>
    <message>
        <source>The database library ignored the setting &quot;%1&quot;. Kring stops so that nothing is stored unsafely. Please reinstall Kring.</source>
        <translation>De databasebibliotheek negeerde de instelling &quot;%1&quot;. Kring stopt, zodat niets onveilig wordt bewaard. Installeer Kring opnieuw.</translation>
    </message>
    <message>
        <source>Kring cannot unlock its data in %1: the key does not fit. Nothing was changed. Data copied from another device, or kept by a keyring that was reset, cannot be opened here.</source>
        <translation>Kring kan zijn gegevens in %1 niet ontgrendelen: de sleutel past niet. Er is niets veranderd. Gegevens die van een ander toestel zijn gekopieerd, of bewaard door een sleutelbos die opnieuw is ingesteld, kunnen hier niet worden geopend.</translation>
    </message>
    <message>
        <source>Kring&apos;s data file %1 is damaged.</source>
        <translation>Het gegevensbestand %1 van Kring is beschadigd.</translation>
    </message>
    <message>
        <source>The disk is full, so Kring could not save. Free some space and try again; what was saved before is not lost.</source>
        <translation>De schijf is vol, dus Kring kon niet bewaren. Maak ruimte vrij en probeer het opnieuw; wat eerder is bewaard, gaat niet verloren.</translation>
    </message>
    <message>
        <source>Kring cannot write in its data folder %1. Check that the folder exists and is writable.</source>
        <translation>Kring kan niet schrijven in zijn gegevensmap %1. Controleer of de map bestaat en beschrijfbaar is.</translation>
    </message>
    <message>
        <source>Kring&apos;s data in %1 was saved by a newer version of Kring. It is opened read-only, so nothing is changed; update Kring to make changes again.</source>
        <translation>De gegevens van Kring in %1 zijn bewaard door een nieuwere versie van Kring. Ze zijn alleen-lezen geopend, dus er verandert niets; werk Kring bij om weer wijzigingen te maken.</translation>
    </message>
    <message>
        <source>Kring&apos;s database reported a problem with %1.</source>
        <translation>De database van Kring meldde een probleem met %1.</translation>
    </message>
    <message>
        <source>Kring could not move its damaged data file %1 aside. Check that the folder is writable.</source>
        <translation>Kring kon zijn beschadigde gegevensbestand %1 niet opzijzetten. Controleer of de map beschrijfbaar is.</translation>
    </message>
</context>
<context>
    <name>StoreStartup</name>
    <message>
        <source>Kring&apos;s data file was damaged. It is kept, unchanged, as %1, and Kring started again with the directory that comes with the app. The groups you followed and your notes are in the damaged file; you decide whether to keep it or delete it.</source>
        <translation>Het gegevensbestand van Kring was beschadigd. Het is onveranderd bewaard als %1, en Kring is opnieuw begonnen met de groepenlijst die bij de app hoort. De groepen die je volgde en je notities staan in het beschadigde bestand; jij beslist of je het bewaart of verwijdert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kring cannot create its data folder %1.</source>
        <translation>Kring kan zijn gegevensmap %1 niet aanmaken.</translation>
    </message>
</context>
</TS>
