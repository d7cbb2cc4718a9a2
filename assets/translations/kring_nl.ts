<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AboutPage</name>
    <message>
        <source>About Kring</source>
        <translation>Over Kring</translation>
    </message>
    <message>
        <source>Kring is free software for self-help groups: peers who meet without professionals. The groups shown now are a fictional demo directory.</source>
        <translation>Kring is vrije software voor zelfhulpgroepen: lotgenoten die samenkomen zonder hulpverleners. De groepen die je nu ziet, zijn een verzonnen voorbeeldlijst.</translation>
    </message>
    <message>
        <source>Your privacy, in plain words</source>
        <translation>Je privacy, in gewone woorden</translation>
    </message>
    <message>
        <source>Kring works without an account and does not keep track of what you do. It fetches the group directory, the same for everyone, and never sends what you search for, where you are, which groups you follow or what you write in your notes. What it keeps on this phone is encrypted. Notifications never name a group, a theme or a place.</source>
        <translation>Kring werkt zonder account en houdt niet bij wat je doet. Kring haalt de lijst met groepen op, voor iedereen dezelfde, en verstuurt nooit wat je zoekt, waar je bent, welke groepen je volgt of wat je in je notities schrijft. Wat Kring op deze telefoon bewaart, is versleuteld. Meldingen noemen nooit een groep, een thema of een plaats.</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Gemaakt met</translation>
    </message>
    <message>
        <source>%1, licence %2: read the licence</source>
        <translation>%1, licentie %2: lees de licentie</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Licence of %1</source>
        <translation>Licentie van %1</translation>
    </message>
</context>
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
        <translation>De mededeling zegt niet voor welke groep ze is.</translation>
    </message>
    <message>
        <source>The announcement has no date.</source>
        <translation>De mededeling heeft geen datum.</translation>
    </message>
    <message>
        <source>The announcement ends before it begins.</source>
        <translation>De mededeling eindigt voordat ze begint.</translation>
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
        <source>The announcement needs its last day.</source>
        <translation>De mededeling heeft een laatste dag nodig.</translation>
    </message>
    <message>
        <source>A withdrawal changes no date by itself.</source>
        <translation>Het intrekken van een mededeling verandert zelf geen datum.</translation>
    </message>
</context>
<context>
    <name>AnnouncementSheet</name>
    <message>
        <source>Meeting of %1</source>
        <translation>Bijeenkomst van %1</translation>
    </message>
    <message>
        <source>Holiday stop</source>
        <translation>Vakantiestop</translation>
    </message>
    <message>
        <source>New regular schedule</source>
        <translation>Nieuw vast rooster</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Gaat niet door</translation>
    </message>
    <message>
        <source>Other time</source>
        <translation>Ander tijdstip</translation>
    </message>
    <message>
        <source>Other place</source>
        <translation>Andere plek</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Start time, for example 19:30</source>
        <translation>Begintijd, bijvoorbeeld 19:30</translation>
    </message>
    <message>
        <source>Where: place and room</source>
        <translation>Waar: plek en zaal</translation>
    </message>
    <message>
        <source>This is how people will see it:</source>
        <translation>Zo zien mensen het:</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Aanpassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld bekijken</translation>
    </message>
    <message>
        <source>Your note (at most %1 characters)</source>
        <translation>Je notitie (hoogstens %1 tekens)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vanaf</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>New date</source>
        <translation>Nieuwe datum</translation>
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
        <source>Kring is locked with a PIN. Enter your PIN to open it.</source>
        <translation>Kring is vergrendeld met een pincode. Voer je pincode in om Kring te openen.</translation>
    </message>
    <message>
        <source>Kring&apos;s data is not open, so its PIN cannot be changed now.</source>
        <translation>De gegevens van Kring zijn niet open, dus de pincode kan nu niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>Kring cannot take announcements from links now, because its data cannot be changed.</source>
        <translation>Kring kan nu geen mededelingen uit links overnemen, omdat de gegevens niet gewijzigd kunnen worden.</translation>
    </message>
    <message>
        <source>Kring is still opening. Try again in a moment.</source>
        <translation>Kring wordt nog geopend. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Kring&apos;s data is not open, so the PIN cannot be checked now.</source>
        <translation>De gegevens van Kring zijn niet open, dus de pincode kan nu niet gecontroleerd worden.</translation>
    </message>
    <message>
        <source>This group is not in Kring&apos;s directory (any more). Search for it by name or place.</source>
        <translation>Deze groep staat (niet meer) in de gids van Kring. Zoek hem op naam of plaats.</translation>
    </message>
</context>
<context>
    <name>AppData</name>
    <message>
        <source>The group directory %1 could not be read: %2</source>
        <translation>De groepenlijst %1 kon niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The stored group directory was checked with another key than the one this app trusts, so it is not shown.</source>
        <translation>De bewaarde groepenlijst is gecontroleerd met een andere sleutel dan die deze app vertrouwt. Daarom wordt ze niet getoond.</translation>
    </message>
    <message>
        <source>Kring has no checked group directory yet.</source>
        <translation>Kring heeft nog geen gecontroleerde groepenlijst.</translation>
    </message>
    <message>
        <source>Kring could not check the group directory, so it may be out of date.</source>
        <translation>Kring kon de groepenlijst niet controleren. Ze is misschien niet meer actueel.</translation>
    </message>
    <message>
        <source>Kring could not check the group directory, so it may be out of date. Last checked: %1.</source>
        <translation>Kring kon de groepenlijst niet controleren. Ze is misschien niet meer actueel. Laatst gecontroleerd: %1.</translation>
    </message>
    <message>
        <source>the stored directory</source>
        <translation>de bewaarde groepenlijst</translation>
    </message>
</context>
<context>
    <name>AppLock</name>
    <message>
        <source>Enter your PIN.</source>
        <translation>Voer je pincode in.</translation>
    </message>
    <message>
        <source>Removing the PIN…</source>
        <translation>Pincode wordt verwijderd…</translation>
    </message>
    <message>
        <source>Setting the PIN…</source>
        <translation>Pincode wordt ingesteld…</translation>
    </message>
    <message>
        <source>The PIN is removed. Kring no longer locks.</source>
        <translation>De pincode is verwijderd. Kring gaat niet meer op slot.</translation>
    </message>
    <message>
        <source>The PIN is set. Kring now locks as chosen below.</source>
        <translation>De pincode is ingesteld. Kring gaat nu op slot zoals hieronder gekozen.</translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CalendarTitle</name>
    <message>
        <source>Appointment</source>
        <translation>Afspraak</translation>
    </message>
</context>
<context>
    <name>ChangeWords</name>
    <message>
        <source>New: the meeting on %1 is cancelled</source>
        <translation>Nieuw: bijeenkomst van %1 gaat niet door</translation>
    </message>
    <message>
        <source>New: the meeting on %1 has moved</source>
        <translation>Nieuw: bijeenkomst van %1 is verplaatst</translation>
    </message>
    <message>
        <source>New: the meeting on %1 has moved to %2</source>
        <translation>Nieuw: bijeenkomst van %1 is verplaatst naar %2</translation>
    </message>
    <message>
        <source>New: from %1 to %2 the meetings are at another place</source>
        <translation>Nieuw: van %1 tot en met %2 zijn de bijeenkomsten op een andere plek</translation>
    </message>
    <message>
        <source>New: the meeting on %1 is at another place</source>
        <translation>Nieuw: bijeenkomst van %1 is op een andere plek</translation>
    </message>
    <message>
        <source>New: the group is paused from %1 to %2</source>
        <translation>Nieuw: de groep ligt tijdelijk stil van %1 tot en met %2</translation>
    </message>
    <message>
        <source>New: the group is paused from %1</source>
        <translation>Nieuw: de groep ligt tijdelijk stil vanaf %1</translation>
    </message>
    <message>
        <source>New: other times or another place from %1</source>
        <translation>Nieuw: vanaf %1 andere tijden of een andere plek</translation>
    </message>
    <message>
        <source>New: a note from the contact person</source>
        <translation>Nieuw: een mededeling van de contactpersoon</translation>
    </message>
    <message>
        <source>Withdrawn: a note from the contact person</source>
        <translation>Ingetrokken: een mededeling van de contactpersoon</translation>
    </message>
    <message>
        <source>Withdrawn: the announcement about %1</source>
        <translation>Ingetrokken: de mededeling over %1</translation>
    </message>
    <message>
        <source>A meeting has been added</source>
        <translation>Er is een bijeenkomst bijgekomen</translation>
    </message>
    <message>
        <source>A meeting is no longer in the schedule</source>
        <translation>Een bijeenkomst staat niet meer in het rooster</translation>
    </message>
    <message>
        <source>The times have changed</source>
        <translation>De tijden zijn veranderd</translation>
    </message>
    <message>
        <source>The place has changed</source>
        <translation>De plek is veranderd</translation>
    </message>
    <message>
        <source>This group is no longer in the list</source>
        <translation>Deze groep staat niet meer in de lijst</translation>
    </message>
    <message numerus="yes">
        <source>and %n more change(s)</source>
        <translation>
            <numerusform>en nog %n wijziging</numerusform>
            <numerusform>en nog %n wijzigingen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>The network has withdrawn this certificate. Ask the network&apos;s contact for a new one.</source>
        <translation>Het netwerk heeft dit certificaat ingetrokken. Vraag je contact bij het netwerk om een nieuw certificaat.</translation>
    </message>
    <message>
        <source>This certificate expired on %1. Ask the network&apos;s contact for a new one.</source>
        <translation>Dit certificaat is verlopen op %1. Vraag je contact bij het netwerk om een nieuw certificaat.</translation>
    </message>
    <message>
        <source>This certificate is valid from %1 on.</source>
        <translation>Dit certificaat geldt vanaf %1.</translation>
    </message>
    <message>
        <source>This group cannot have a contact person in Kring yet.</source>
        <translation>Deze groep kan nog geen contactpersoon in Kring hebben.</translation>
    </message>
    <message>
        <source>This phone already has a contact key. Remove it first to start again.</source>
        <translation>Deze telefoon heeft al een contactsleutel. Verwijder die eerst om opnieuw te beginnen.</translation>
    </message>
    <message>
        <source>Ask for a certificate first: this phone has no contact key yet.</source>
        <translation>Vraag eerst een certificaat aan: deze telefoon heeft nog geen contactsleutel.</translation>
    </message>
    <message>
        <source>This is not a certificate code of Kring. Copy the whole code and try again.</source>
        <translation>Dit is geen certificaatcode van Kring. Kopieer de hele code en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This certificate does not come from the network Kring trusts; it was not taken.</source>
        <translation>Dit certificaat komt niet van het netwerk dat Kring vertrouwt; het is niet ingevoerd.</translation>
    </message>
    <message>
        <source>This certificate belongs to another contact key (another phone, or an older request). Send the request code shown here.</source>
        <translation>Dit certificaat hoort bij een andere contactsleutel (een andere telefoon of een oudere aanvraag). Stuur de aanvraagcode die hier staat.</translation>
    </message>
    <message>
        <source>This certificate is for another group than the one on this phone.</source>
        <translation>Dit certificaat is voor een andere groep dan die op deze telefoon.</translation>
    </message>
    <message>
        <source>Only a contact person with a certificate can send announcements.</source>
        <translation>Alleen een contactpersoon met een certificaat kan mededelingen versturen.</translation>
    </message>
    <message>
        <source>That date has passed; choose a coming date.</source>
        <translation>Die datum is al voorbij; kies een datum die nog komt.</translation>
    </message>
    <message>
        <source>That reaches further than your certificate allows (%1). Choose an earlier end.</source>
        <translation>Dat loopt verder door dan je certificaat toestaat (%1). Kies een eerder einde.</translation>
    </message>
    <message>
        <source>There is no such announcement to take back.</source>
        <translation>Die mededeling is er niet; er is niets in te trekken.</translation>
    </message>
    <message>
        <source>This announcement has been taken back already.</source>
        <translation>Deze mededeling is al ingetrokken.</translation>
    </message>
    <message>
        <source>This announcement has ended; there is nothing to take back.</source>
        <translation>Deze mededeling is al voorbij; intrekken hoeft niet meer.</translation>
    </message>
    <message>
        <source>Only the contact key that signed an announcement can take it back; that key is no longer on this phone.</source>
        <translation>Alleen de contactsleutel die een mededeling verstuurde kan die intrekken; die sleutel staat niet meer op deze telefoon.</translation>
    </message>
    <message>
        <source>The network has renewed its keys since this certificate was made, so it no longer counts. Ask the network&apos;s contact for a new one.</source>
        <translation>Het netwerk heeft nieuwe sleutels sinds dit certificaat is gemaakt, daarom geldt het niet meer. Vraag je contact bij het netwerk om een nieuw certificaat.</translation>
    </message>
</context>
<context>
    <name>ContactController</name>
    <message>
        <source>Send the request code below to the network. You will get a certificate code back.</source>
        <translation>Stuur de aanvraagcode hieronder naar het netwerk. Je krijgt een certificaatcode terug.</translation>
    </message>
    <message>
        <source>Known to the network until %1.</source>
        <translation>Bij het netwerk bekend tot %1.</translation>
    </message>
    <message>
        <source>Your certificate expired on %1. Ask the network&apos;s contact for a new certificate and send them the request code below.</source>
        <translation>Je certificaat is verlopen op %1. Vraag je contact bij het netwerk om een nieuw certificaat en stuur de aanvraagcode hieronder mee.</translation>
    </message>
    <message>
        <source>The network has withdrawn your certificate. Ask the network&apos;s contact what to do.</source>
        <translation>Het netwerk heeft je certificaat ingetrokken. Vraag je contact bij het netwerk wat je kunt doen.</translation>
    </message>
    <message>
        <source>Your certificate is valid from %1.</source>
        <translation>Je certificaat geldt vanaf %1.</translation>
    </message>
    <message>
        <source>Delivered to the network</source>
        <translation>Bij het netwerk aangekomen</translation>
    </message>
    <message>
        <source>Not accepted by the network: %1</source>
        <translation>Niet aangenomen door het netwerk: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wacht om verstuurd te worden</translation>
    </message>
    <message>
        <source>Not sent yet; Kring tries again (%1)</source>
        <translation>Nog niet verstuurd; Kring probeert het opnieuw (%1)</translation>
    </message>
    <message>
        <source>Certificate taken. You can send announcements for your group now.</source>
        <translation>Certificaat ingevoerd. Je kunt nu mededelingen voor je groep versturen.</translation>
    </message>
    <message>
        <source>This kind of announcement is not known.</source>
        <translation>Dit soort mededeling kent Kring niet.</translation>
    </message>
    <message>
        <source>Signed. Kring sends it to the network; you can also share the link in your group&apos;s chat.</source>
        <translation>Klaar. Kring stuurt de mededeling naar het netwerk; je kunt de link ook meteen in de chat van je groep delen.</translation>
    </message>
    <message>
        <source>Copied. Paste it in a message or your group&apos;s chat.</source>
        <translation>Gekopieerd. Plak het in een bericht of in de chat van je groep.</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Gaat niet door: %1</translation>
    </message>
    <message>
        <source>%1 moved to %2 at %3</source>
        <translation>%1 verplaatst naar %2 om %3</translation>
    </message>
    <message>
        <source>%1 at another place: %2</source>
        <translation>%1 op een andere plek: %2</translation>
    </message>
    <message>
        <source>%1 to %2 at another place: %3</source>
        <translation>%1 tot en met %2 op een andere plek: %3</translation>
    </message>
    <message>
        <source>No meetings from %1 to %2</source>
        <translation>Vakantiestop van %1 tot en met %2</translation>
    </message>
    <message>
        <source>New schedule from %1</source>
        <translation>Nieuw rooster vanaf %1</translation>
    </message>
    <message>
        <source>Note until %1: %2</source>
        <translation>Notitie tot %1: %2</translation>
    </message>
    <message>
        <source>An earlier announcement taken back</source>
        <translation>Een eerdere mededeling ingetrokken</translation>
    </message>
    <message>
        <source>Taken back: %1</source>
        <translation>Ingetrokken: %1</translation>
    </message>
    <message>
        <source>%1 (taken back)</source>
        <translation>%1 (ingetrokken)</translation>
    </message>
    <message>
        <source>Taken back. Kring tells the network; phones that have the announcement drop it.</source>
        <translation>Ingetrokken. Kring laat het het netwerk weten; telefoons die de mededeling hebben, laten die vallen.</translation>
    </message>
    <message>
        <source>The network has renewed its keys since your certificate was made, so it no longer counts. Send the request code below to the network for a new certificate.</source>
        <translation>Het netwerk heeft nieuwe sleutels sinds je certificaat is gemaakt, daarom geldt het niet meer. Stuur de aanvraagcode hieronder naar het netwerk voor een nieuw certificaat.</translation>
    </message>
</context>
<context>
    <name>ContactLinks</name>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, spaces, + ( ) - . / are allowed</source>
        <translation>&quot;%1&quot; is geen telefoonnummer: alleen cijfers, spaties en + ( ) - . / mogen erin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no phone number</source>
        <translation>&quot;%1&quot; bevat geen telefoonnummer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: a + only at the start</source>
        <translation>&quot;%1&quot; is geen telefoonnummer: een + mag alleen vooraan staan</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: write the number with its country code, such as +31 40 123 4567</source>
        <translation>&quot;%1&quot;: schrijf het nummer met de landcode, zoals +31 40 123 4567</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a number in the country starts with 0 (040 …) or with its country code (+31 …)</source>
        <translation>&quot;%1&quot;: een nummer in het land begint met 0 (040 …) of met de landcode (+31 …)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a complete phone number (%2 digits with the country code)</source>
        <translation>&quot;%1&quot; is geen volledig telefoonnummer (%2 cijfers met de landcode)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one mail address (name@example.org, without spaces, ? , ; or &lt;&gt;)</source>
        <translation>&quot;%1&quot; is niet één e-mailadres (naam@example.org, zonder spaties, ? , ; of &lt;&gt;)</translation>
    </message>
    <message>
        <source>group %1: contact phone %2</source>
        <translation>groep %1: telefoon van het contact: %2</translation>
    </message>
    <message>
        <source>group %1: contact mail %2</source>
        <translation>groep %1: e-mail van het contact: %2</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact person</source>
        <translation>Contactpersoon</translation>
    </message>
    <message>
        <source>Are you the contact person of a group?</source>
        <translation>Ben je contactpersoon van een groep?</translation>
    </message>
    <message>
        <source>Look up your group and choose &quot;I am the contact person&quot; on its page. Kring makes a key on this phone, and the network confirms it is you. Then you can tell everyone when a meeting is cancelled or moved, and Kring checks every announcement.</source>
        <translation>Zoek je groep op en kies op de pagina van de groep &quot;Ik ben contactpersoon&quot;. Kring maakt dan een sleutel op deze telefoon en het netwerk bevestigt dat jij het bent. Daarna laat je iedereen weten als een bijeenkomst niet doorgaat of verschuift. Kring controleert elke mededeling.</translation>
    </message>
    <message>
        <source>Look up your group</source>
        <translation>Je groep opzoeken</translation>
    </message>
    <message>
        <source>Kring&apos;s data is not open, so there is nothing to show here now.</source>
        <translation>De gegevens van Kring zijn niet geopend, dus hier is nu niets te zien.</translation>
    </message>
    <message>
        <source>Your request code</source>
        <translation>Je aanvraagcode</translation>
    </message>
    <message>
        <source>Request code</source>
        <translation>Aanvraagcode</translation>
    </message>
    <message>
        <source>QR code of your request code</source>
        <translation>QR-code van je aanvraagcode</translation>
    </message>
    <message>
        <source>Copy request code</source>
        <translation>Aanvraagcode kopiëren</translation>
    </message>
    <message>
        <source>Certificate from the network</source>
        <translation>Certificaat van het netwerk</translation>
    </message>
    <message>
        <source>Paste the certificate code here</source>
        <translation>Plak hier de certificaatcode</translation>
    </message>
    <message>
        <source>Certificate code</source>
        <translation>Certificaatcode</translation>
    </message>
    <message>
        <source>Use certificate</source>
        <translation>Certificaat invoeren</translation>
    </message>
    <message>
        <source>Coming meetings</source>
        <translation>Komende bijeenkomsten</translation>
    </message>
    <message>
        <source>Tap a meeting to cancel it, move it or add a note.</source>
        <translation>Tik op een bijeenkomst om die af te zeggen, te verplaatsen of er een notitie bij te zetten.</translation>
    </message>
    <message>
        <source>Your group has no coming meetings in the list.</source>
        <translation>Je groep heeft geen komende bijeenkomsten in de lijst.</translation>
    </message>
    <message>
        <source>Holiday stop</source>
        <translation>Vakantiestop</translation>
    </message>
    <message>
        <source>No meetings for a while, for example in the summer</source>
        <translation>Een tijd geen bijeenkomsten, bijvoorbeeld in de zomer</translation>
    </message>
    <message>
        <source>Change the regular schedule</source>
        <translation>Vast rooster wijzigen</translation>
    </message>
    <message>
        <source>Propose a new day, time or place from a date on</source>
        <translation>Stel vanaf een datum een nieuwe dag, tijd of plek voor</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Copy link for your group&apos;s chat</source>
        <translation>Link kopiëren voor de chat van je groep</translation>
    </message>
    <message>
        <source>Remove the contact key from this phone</source>
        <translation>Contactsleutel van deze telefoon verwijderen</translation>
    </message>
    <message>
        <source>You can no longer send announcements from this phone. To start again, you need a new certificate from the network.</source>
        <translation>Je kunt dan geen mededelingen meer versturen vanaf deze telefoon. Om opnieuw te beginnen heb je een nieuw certificaat van het netwerk nodig.</translation>
    </message>
    <message>
        <source>Yes, remove the contact key</source>
        <translation>Ja, contactsleutel verwijderen</translation>
    </message>
    <message>
        <source>Take back</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Take back: %1</source>
        <translation>Intrekken: %1</translation>
    </message>
    <message>
        <source>Yes, take this announcement back</source>
        <translation>Ja, deze mededeling intrekken</translation>
    </message>
</context>
<context>
    <name>DataFolder</name>
    <message>
        <source>Kring cannot create its data folder %1.</source>
        <translation>Kring kan zijn gegevensmap %1 niet aanmaken.</translation>
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
    <message numerus="yes">
        <source>Choose a PIN of at least %n digits.</source>
        <translation>
            <numerusform>Kies een pincode van minstens %n cijfer.</numerusform>
            <numerusform>Kies een pincode van minstens %n cijfers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>no date chosen</source>
        <translation>geen datum gekozen</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Kies een datum</translation>
    </message>
</context>
<context>
    <name>DirectoryCatalog</name>
    <message>
        <source>Kring holds no group directory yet.</source>
        <translation>Kring heeft nog geen groepenlijst.</translation>
    </message>
    <message>
        <source>This group is no longer in the directory.</source>
        <translation>Deze groep staat niet meer in de groepenlijst.</translation>
    </message>
    <message>
        <source>the stored group</source>
        <translation>de bewaarde groep</translation>
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
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>geheel getal van %1 tot %2 verwacht</translation>
    </message>
    <message>
        <source>%1 does not exist in %2: the clocks go forward that night</source>
        <translation>%1 bestaat niet in %2: die nacht gaat de klok vooruit</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation>verwacht een van: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>&quot;%1&quot; staat er twee keer in</translation>
    </message>
    <message>
        <source>expected a phone number such as &quot;+31 40 123 45 67&quot;</source>
        <translation>telefoonnummer verwacht, zoals &quot;+31 40 123 45 67&quot;</translation>
    </message>
    <message>
        <source>expected an object with &quot;opening&quot;, &quot;agreements&quot; and/or &quot;closing&quot;</source>
        <translation>verwacht een object met &quot;opening&quot;, &quot;agreements&quot; en/of &quot;closing&quot;</translation>
    </message>
    <message>
        <source>more than %1 agreements</source>
        <translation>meer dan %1 afspraken</translation>
    </message>
</context>
<context>
    <name>DiscretionSection</name>
    <message>
        <source>Hide quickly</source>
        <translation>Snel verbergen</translation>
    </message>
    <message>
        <source>&quot;Hide&quot; at the top of every page, or a double tap with two fingers anywhere, switches at once to a plain screen that shows only &quot;Kring&quot;. With a PIN, Kring is then locked. On a computer, Ctrl+H does the same.</source>
        <translation>&quot;Verbergen&quot; bovenaan elke pagina, of twee keer tikken met twee vingers, schakelt meteen naar een leeg scherm waarop alleen &quot;Kring&quot; staat. Met een pincode gaat Kring dan ook op slot. Op een computer doet Ctrl+H hetzelfde.</translation>
    </message>
    <message>
        <source>Title in your calendar</source>
        <translation>Titel in je agenda</translation>
    </message>
    <message>
        <source>What &quot;Add to calendar&quot; calls a group&apos;s meetings. Others may see your calendar.</source>
        <translation>Hoe &quot;Zet in je agenda&quot; de bijeenkomsten van een groep noemt. Anderen kunnen je agenda zien.</translation>
    </message>
    <message>
        <source>&quot;Appointment&quot; for sensitive themes (such as addiction or mental health), otherwise the group&apos;s name</source>
        <translation>&quot;Afspraak&quot; bij gevoelige thema&apos;s (zoals verslaving of psychische klachten), anders de naam van de groep</translation>
    </message>
    <message>
        <source>Always &quot;Appointment&quot;, without the name of the place</source>
        <translation>Altijd &quot;Afspraak&quot;, zonder de naam van de plek</translation>
    </message>
    <message>
        <source>Always the group&apos;s name</source>
        <translation>Altijd de naam van de groep</translation>
    </message>
    <message>
        <source>Move your notes</source>
        <translation>Je notities meenemen</translation>
    </message>
    <message>
        <source>Your notes never leave this phone by themselves. To take them to a new phone, export them to a file locked with a passphrase, copy the file yourself, and import it there with the same passphrase. No server is involved.</source>
        <translation>Je notities gaan nooit vanzelf van deze telefoon af. Wil je ze meenemen naar een nieuwe telefoon, exporteer ze dan naar een bestand dat op slot zit met een wachtwoordzin, kopieer dat bestand zelf en importeer het daar met dezelfde wachtwoordzin. Er komt geen server aan te pas.</translation>
    </message>
    <message>
        <source>File for the notes</source>
        <translation>Bestand voor de notities</translation>
    </message>
    <message>
        <source>Passphrase (at least 8 characters)</source>
        <translation>Wachtwoordzin (minstens 8 tekens)</translation>
    </message>
    <message>
        <source>Passphrase for the notes file</source>
        <translation>Wachtwoordzin voor het notitiebestand</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>Export the notes to the file</source>
        <translation>De notities naar het bestand exporteren</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import the notes from the file</source>
        <translation>De notities uit het bestand importeren</translation>
    </message>
    <message>
        <source>Working on the notes file; this takes a few seconds</source>
        <translation>Bezig met het notitiebestand; dit duurt een paar seconden</translation>
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
    <name>Feed</name>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>no root metadata to publish</source>
        <translation>geen root-metadata om te publiceren</translation>
    </message>
    <message>
        <source>a root key given is not a key of root version %1</source>
        <translation>een opgegeven rootsleutel is geen sleutel van rootversie %1</translation>
    </message>
    <message>
        <source>the feed key is not a feed key of root version %1</source>
        <translation>de feedsleutel is geen feedsleutel van rootversie %1</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: de map kan niet worden aangemaakt</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kan niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1: missing from the feed</source>
        <translation>%1: ontbreekt in de feed</translation>
    </message>
    <message>
        <source>%1: %2 bytes, but the snapshot lists %3; refused</source>
        <translation>%1: %2 bytes, maar de snapshot noemt %3; geweigerd</translation>
    </message>
    <message>
        <source>%1: its hash differs from the snapshot&apos;s: the file was changed; refused</source>
        <translation>%1: de hash wijkt af van die in de snapshot: het bestand is veranderd; geweigerd</translation>
    </message>
    <message>
        <source>expected announcements in base64url</source>
        <translation>mededelingen in base64url verwacht</translation>
    </message>
    <message>
        <source>the pinned root</source>
        <translation>de vastgezette root</translation>
    </message>
    <message>
        <source>the feed&apos;s newest root is version %1, older than version %2 already trusted; refused</source>
        <translation>de nieuwste root van de feed is versie %1, ouder dan de al vertrouwde versie %2; geweigerd</translation>
    </message>
    <message>
        <source>%1: root version %2 expired on %3; the network has to publish a new root</source>
        <translation>%1: rootversie %2 is verlopen op %3; het netwerk moet een nieuwe root publiceren</translation>
    </message>
    <message>
        <source>%1: version %2 is older than version %3 already seen; refused (an old feed was served again)</source>
        <translation>%1: versie %2 is ouder dan de al geziene versie %3; geweigerd (een oude feed werd opnieuw aangeboden)</translation>
    </message>
    <message>
        <source>%1: expired on %2; the feed is not fresh, so the last checked directory stays in use</source>
        <translation>%1: verlopen op %2; de feed is niet vers, dus de laatst gecontroleerde groepenlijst blijft in gebruik</translation>
    </message>
    <message>
        <source>%1: lists root version %2, but the feed&apos;s newest root is version %3; refused</source>
        <translation>%1: noemt rootversie %2, maar de nieuwste root van de feed is versie %3; geweigerd</translation>
    </message>
    <message>
        <source>%1: differs from the root the snapshot lists; refused</source>
        <translation>%1: wijkt af van de root die de snapshot noemt; geweigerd</translation>
    </message>
    <message>
        <source>%1: version %2 is older than version %3 already seen; refused</source>
        <translation>%1: versie %2 is ouder dan de al geziene versie %3; geweigerd</translation>
    </message>
    <message>
        <source>%1: announcement %2</source>
        <translation>%1: mededeling %2</translation>
    </message>
    <message>
        <source>the shared announcement</source>
        <translation>de gedeelde mededeling</translation>
    </message>
    <message>
        <source>%1: version: expected a whole number from 1 to %2</source>
        <translation>%1: version: geheel getal van 1 tot %2 verwacht</translation>
    </message>
    <message>
        <source>directory: version %1 is lower than the version of the published directory (%2); apps never go back to an older directory: refused</source>
        <translation>directory: versie %1 is lager dan de versie van de gepubliceerde gids (%2); apps gaan nooit terug naar een oudere gids: geweigerd</translation>
    </message>
    <message>
        <source>directory: version %1 is the highest apps accept; a changed directory cannot be published</source>
        <translation>directory: versie %1 is de hoogste die apps aanvaarden; een gewijzigde gids kan niet worden gepubliceerd</translation>
    </message>
    <message>
        <source>%1 would be %2 bytes, over the %3 bytes apps accept (a signed file is about 4/3 of what it signs); nothing was written</source>
        <translation>%1 zou %2 bytes worden, meer dan de %3 bytes die apps aanvaarden (een ondertekend bestand is ongeveer 4/3 van wat het ondertekent); er is niets geschreven</translation>
    </message>
    <message>
        <source>%1: sequence number %2 is a replay or older than the newest published (%3) from this contact person; refused</source>
        <translation>%1: volgnummer %2 is een herhaling of ouder dan het nieuwste gepubliceerde (%3) van deze contactpersoon; geweigerd</translation>
    </message>
    <message>
        <source>snapshot version %1 would be above %2, the highest apps accept; nothing was written</source>
        <translation>snapshotversie %1 zou hoger zijn dan %2, de hoogste die apps aanvaarden; er is niets geschreven</translation>
    </message>
    <message>
        <source>the stored data was verified under another root than the one pinned now; refused</source>
        <translation>de bewaarde gegevens zijn gecontroleerd onder een andere root dan de root die nu vastligt; geweigerd</translation>
    </message>
    <message>
        <source>the stored root</source>
        <translation>de bewaarde root</translation>
    </message>
    <message>
        <source>the feed&apos;s root chain does not reach the root this app pins (version %1); refused</source>
        <translation>de rootketen van de feed komt niet bij de root die deze app vastlegt (versie %1); geweigerd</translation>
    </message>
    <message>
        <source>%1: issued on %2, after this device&apos;s clock (%3); refused. Check the date and time of the device.</source>
        <translation>%1: uitgegeven op %2, later dan de klok van dit apparaat (%3); geweigerd. Controleer de datum en tijd van het apparaat.</translation>
    </message>
    <message>
        <source>%1: version %2 jumps too far beyond version %3 already seen; refused</source>
        <translation>%1: versie %2 springt te ver voorbij de al geziene versie %3; geweigerd</translation>
    </message>
    <message>
        <source>Kring has no checked directory yet, so it cannot check this announcement.</source>
        <translation>Kring heeft nog geen gecontroleerde groepenlijst, dus het kan deze mededeling niet controleren.</translation>
    </message>
    <message>
        <source>%1: withdraws an announcement of another contact key or group; a contact person may withdraw only their own; refused</source>
        <translation>%1: trekt een mededeling van een andere contactsleutel of groep in; een contactpersoon mag alleen de eigen mededelingen intrekken; geweigerd</translation>
    </message>
    <message>
        <source>%1: a withdrawal cannot be withdrawn; refused</source>
        <translation>%1: een intrekking kan niet worden ingetrokken; geweigerd</translation>
    </message>
    <message>
        <source>%1: expires on %2, before the announcement it withdraws (%3); phones holding that one would not see it; refused</source>
        <translation>%1: verloopt op %2, eerder dan de mededeling die ze intrekt (%3); telefoons die die mededeling hebben, zouden de intrekking niet meer zien; geweigerd</translation>
    </message>
    <message>
        <source>%1: withdrawn by its contact person; refused</source>
        <translation>%1: ingetrokken door de contactpersoon; geweigerd</translation>
    </message>
    <message>
        <source>the link is for %1, and root version %2 names no link host: only kring:// links</source>
        <translation>de link is voor %1, en rootversie %2 noemt geen linkhost: alleen kring://-links</translation>
    </message>
    <message>
        <source>the link is for %1, not for %2, the link host of root version %3</source>
        <translation>de link is voor %1, niet voor %2, de linkhost van rootversie %3</translation>
    </message>
    <message>
        <source>no root key to sign the directory with: sign it where the root keys are kept (kring-publisher sign-directory) and build with the signed file</source>
        <translation>geen rootsleutel om de gids mee te ondertekenen: onderteken hem waar de rootsleutels bewaard worden (kring-publisher sign-directory) en bouw met het ondertekende bestand</translation>
    </message>
    <message>
        <source>%1: version %2 is older than the published directory (version %3); apps never go back: sign it again with --published and the published directory.json</source>
        <translation>%1: versie %2 is ouder dan de gepubliceerde gids (versie %3); apps gaan nooit terug: onderteken opnieuw met --published en de gepubliceerde directory.json</translation>
    </message>
    <message>
        <source>%1: version %2 is already published with other contents; sign it again with --published and the published directory.json</source>
        <translation>%1: versie %2 is al gepubliceerd met een andere inhoud; onderteken opnieuw met --published en de gepubliceerde directory.json</translation>
    </message>
    <message>
        <source>%1 (and %2 more such problems)</source>
        <translation>%1 (en nog %2 zulke problemen)</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kan niet lezen: %2</translation>
    </message>
    <message>
        <source>the signed news</source>
        <translation>het ondertekende nieuws</translation>
    </message>
    <message>
        <source>the signed news are version %1, older than the published news (version %2); apps would refuse them. Sign them again with --published</source>
        <translation>het ondertekende nieuws is versie %1, ouder dan het gepubliceerde nieuws (versie %2); apps zouden het weigeren. Onderteken het opnieuw met --published</translation>
    </message>
    <message>
        <source>the signed news carry version %1 like the published news, but differ from them; sign them again with --published</source>
        <translation>het ondertekende nieuws heeft versie %1, net als het gepubliceerde nieuws, maar wijkt ervan af; onderteken het opnieuw met --published</translation>
    </message>
    <message>
        <source>%1: version %2 is older than version %3 already seen; refused (old news served again)</source>
        <translation>%1: versie %2 is ouder dan de al geziene versie %3; geweigerd (oud nieuws werd opnieuw aangeboden)</translation>
    </message>
    <message>
        <source>%1: version %2 differs from the news already seen with that version; refused</source>
        <translation>%1: versie %2 wijkt af van het al geziene nieuws met die versie; geweigerd</translation>
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
    <message>
        <source>Women</source>
        <translation>Vrouwen</translation>
    </message>
    <message>
        <source>Groups for women</source>
        <translation>Groepen voor vrouwen</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>Mannen</translation>
    </message>
    <message>
        <source>Groups for men</source>
        <translation>Groepen voor mannen</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Jongeren</translation>
    </message>
    <message>
        <source>Groups for young people</source>
        <translation>Groepen voor jongeren</translation>
    </message>
    <message>
        <source>LGBTQ+</source>
        <translation>LHBTIQ+</translation>
    </message>
    <message>
        <source>Groups for LGBTQ+ people</source>
        <translation>Groepen voor LHBTIQ+-mensen</translation>
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
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>About your stored data</source>
        <translation>Over je bewaarde gegevens</translation>
    </message>
    <message>
        <source>About the group directory</source>
        <translation>Over de groepenlijst</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s), best match first</source>
        <translation>
            <numerusform>%n groep, beste match eerst</numerusform>
            <numerusform>%n groepen, beste match eerst</numerusform>
        </translation>
    </message>
    <message>
        <source>What are you looking for support with?</source>
        <translation>Waar zoek je steun bij?</translation>
    </message>
    <message>
        <source>e.g. grief, drink, divorce</source>
        <translation>Bijv. rouw, drank, scheiding</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Opnieuw beginnen</translation>
    </message>
    <message>
        <source>Start over: clear the search and show the themes</source>
        <translation>Opnieuw beginnen: de zoekopdracht wissen en de thema&apos;s tonen</translation>
    </message>
    <message>
        <source>Theme %1. Tap to show every theme again</source>
        <translation>Thema %1. Tik om weer alle thema&apos;s te zien</translation>
    </message>
    <message>
        <source>Try another word, such as grief, drink or caring. Looking for someone else? There are groups for relatives too.</source>
        <translation>Probeer een ander woord, zoals rouw, drank of mantelzorg. Zoek je voor iemand anders? Er zijn ook groepen voor naasten.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groepen</translation>
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
    <message>
        <source>Mental health</source>
        <translation>Geestelijke gezondheid</translation>
    </message>
    <message>
        <source>Physical health</source>
        <translation>Lichamelijke gezondheid</translation>
    </message>
    <message>
        <source>Addiction</source>
        <translation>Verslaving</translation>
    </message>
    <message>
        <source>Grief and loss</source>
        <translation>Rouw en verlies</translation>
    </message>
    <message>
        <source>Relationships</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <source>Caring for someone</source>
        <translation>Mantelzorg</translation>
    </message>
    <message>
        <source>Phobias and compulsions</source>
        <translation>Angst, fobie en dwang</translation>
    </message>
    <message>
        <source>Work and money</source>
        <translation>Werk en geld</translation>
    </message>
    <message>
        <source>Sexuality</source>
        <translation>Seksualiteit</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overige</translation>
    </message>
    <message>
        <source>Which group suits me?</source>
        <translation>Welke groep past bij mij?</translation>
    </message>
    <message>
        <source>in progress, until %1</source>
        <translation>bezig, tot %1</translation>
    </message>
    <message>
        <source>began at %1</source>
        <translation>begonnen om %1</translation>
    </message>
</context>
<context>
    <name>FollowedChanges</name>
    <message>
        <source>There is news in Kring</source>
        <translation>Er is nieuws in Kring</translation>
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
        <source>Open a group and tap Follow to find it here quickly. It stays on this phone: nobody is told that you follow a group.</source>
        <translation>Open een groep en tik op Volgen om haar hier snel terug te vinden. Dat blijft op deze telefoon: niemand krijgt te horen dat je een groep volgt.</translation>
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
    <message>
        <source>Free</source>
        <translation>Gratis</translation>
    </message>
    <message>
        <source>Free; a voluntary contribution is welcome</source>
        <translation>Gratis; een vrijwillige bijdrage is welkom</translation>
    </message>
    <message>
        <source>A small amount per meeting</source>
        <translation>Een klein bedrag per bijeenkomst</translation>
    </message>
    <message>
        <source>For members of the association</source>
        <translation>Voor leden van de vereniging</translation>
    </message>
    <message>
        <source>You can just walk in.</source>
        <translation>Je kunt gewoon binnenlopen.</translation>
    </message>
    <message>
        <source>Call or e-mail the group first, before you go.</source>
        <translation>Bel of mail eerst even met de groep voor je gaat.</translation>
    </message>
    <message>
        <source>Open group: newcomers are welcome at any meeting.</source>
        <translation>Open groep: nieuwe mensen zijn elke bijeenkomst welkom.</translation>
    </message>
    <message>
        <source>Closed group: a fixed circle you join by arrangement.</source>
        <translation>Besloten groep: een vaste kring waar je op afspraak bij komt.</translation>
    </message>
    <message>
        <source>Led by volunteers who have been through it themselves, not by professionals.</source>
        <translation>Geleid door ervaringsdeskundige vrijwilligers, niet door hulpverleners.</translation>
    </message>
    <message>
        <source>Led by volunteers who have been through it themselves, with a professional present.</source>
        <translation>Geleid door ervaringsdeskundige vrijwilligers, met een hulpverlener erbij.</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Frans</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Duits</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turks</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>women</source>
        <translation>vrouwen</translation>
    </message>
    <message>
        <source>men</source>
        <translation>mannen</translation>
    </message>
    <message>
        <source>young people</source>
        <translation>jongeren</translation>
    </message>
    <message>
        <source>LGBTQ+ people</source>
        <translation>LHBTIQ+-mensen</translation>
    </message>
    <message>
        <source>Only for %1</source>
        <translation>Alleen voor %1</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefoon: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Something is not right: %1</source>
        <translation>Klopt er iets niet? %1</translation>
    </message>
    <message>
        <source>About the group &quot;%1&quot; (%2) in Kring:

</source>
        <translation>Over de groep &quot;%1&quot; (%2) in Kring:

</translation>
    </message>
    <message>
        <source>You do not have to say anything: just listening is fine too.</source>
        <translation>Je hoeft niets te vertellen: alleen luisteren mag ook.</translation>
    </message>
    <message>
        <source>Language: %1</source>
        <translation>Taal: %1</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Zaal: %1</translation>
    </message>
    <message>
        <source>Open in Kring: %1</source>
        <translation>Openen in Kring: %1</translation>
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
        <source>Call</source>
        <translation>Bel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Add to calendar</source>
        <translation>Zet in je agenda</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Route to %1, in your maps app</source>
        <translation>Route naar %1, in je kaarten-app</translation>
    </message>
    <message>
        <source>Following ✓</source>
        <translation>Je volgt deze groep ✓</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Volgen</translation>
    </message>
    <message>
        <source>You follow this group. Tap to stop following.</source>
        <translation>Je volgt deze groep. Tik om niet meer te volgen.</translation>
    </message>
    <message>
        <source>I am the contact person of this group</source>
        <translation>Ik ben contactpersoon van deze groep</translation>
    </message>
    <message>
        <source>Ask the network for a certificate, to announce changes to the meetings</source>
        <translation>Vraag het netwerk om een certificaat, om wijzigingen in de bijeenkomsten te melden</translation>
    </message>
    <message>
        <source>All meetings of this group, with their breaks, titled &quot;%1&quot; (see More)</source>
        <translation>Alle bijeenkomsten van deze groep, met vakantiestops, als &quot;%1&quot; (zie Meer)</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Je notitie</translation>
    </message>
    <message>
        <source>Only for you, encrypted on this phone</source>
        <translation>Alleen voor jou, versleuteld op deze telefoon</translation>
    </message>
    <message>
        <source>Your first time</source>
        <translation>De eerste keer</translation>
    </message>
    <message>
        <source>Also meets online: the link to join is on the date.</source>
        <translation>Komt ook online samen: de link om mee te doen staat bij de datum.</translation>
    </message>
    <message>
        <source>Coming meetings</source>
        <translation>Komende bijeenkomsten</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Mailen</translation>
    </message>
    <message>
        <source>Follow this group: its coming meetings and changes appear under My groups. It stays on this phone.</source>
        <translation>Volg deze groep: de komende bijeenkomsten en wijzigingen staan dan onder Mijn groepen. Dat blijft op deze telefoon.</translation>
    </message>
    <message>
        <source>Only you see which groups you follow. Kring does not tell anyone.</source>
        <translation>Alleen jij ziet welke groepen je volgt. Kring laat niemand iets weten.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Delen</translation>
    </message>
    <message>
        <source>For someone you refer: the group in a few lines, as text or a QR code</source>
        <translation>Voor iemand die je doorverwijst: de groep in een paar regels, als tekst of QR-code</translation>
    </message>
    <message>
        <source>QR code of this group&apos;s details</source>
        <translation>QR-code met de gegevens van deze groep</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Tekst kopiëren</translation>
    </message>
    <message>
        <source>Copy the group&apos;s details</source>
        <translation>De gegevens van de groep kopiëren</translation>
    </message>
    <message>
        <source>Something not right?</source>
        <translation>Klopt er iets niet?</translation>
    </message>
    <message>
        <source>Tell the network, by e-mail</source>
        <translation>Laat het het netwerk weten, per e-mail</translation>
    </message>
    <message>
        <source>Open in Meeting</source>
        <translation>Openen in Bijeenkomst</translation>
    </message>
    <message>
        <source>The group&apos;s texts, a timer for rounds and help lines, also without internet</source>
        <translation>De teksten van de groep, een timer voor rondes en hulplijnen, ook zonder internet</translation>
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
    <name>HelpLines</name>
    <message>
        <source>The help lines cannot be read: %1</source>
        <translation>De hulplijnen kunnen niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>HelpPanel</name>
    <message>
        <source>You do not have to carry this alone. You can talk to someone now, day and night, for free and without giving your name.</source>
        <translation>Je hoeft dit niet alleen te dragen. Je kunt nu met iemand praten, dag en nacht, gratis en zonder je naam te noemen.</translation>
    </message>
    <message>
        <source>Talk to someone now</source>
        <translation>Nu met iemand praten</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Bellen: %1</translation>
    </message>
    <message>
        <source>Call %1, %2. %3</source>
        <translation>%1 bellen, %2. %3</translation>
    </message>
    <message>
        <source>Ask the network</source>
        <translation>Vraag het netwerk</translation>
    </message>
    <message>
        <source>The people of %1 know the groups and help you find one that suits you.</source>
        <translation>De mensen van %1 kennen de groepen en helpen je er een te vinden die bij je past.</translation>
    </message>
    <message>
        <source>the network</source>
        <translation>het netwerk</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Bellen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Mailen</translation>
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
        <source>Other users of this device can open Kring&apos;s key file %1, so someone may have copied it, and with it the key to Kring&apos;s data. Kring does not use the file until only you can open it. If you are sure nobody copied it, run &quot;chmod 600 %1&quot; and start Kring again. Nothing was changed.</source>
        <translation>Andere gebruikers van dit apparaat kunnen het sleutelbestand %1 van Kring openen. Misschien heeft iemand het gekopieerd, en daarmee de sleutel van de gegevens van Kring. Kring gebruikt het bestand pas als alleen jij het kunt openen. Weet je zeker dat niemand het heeft gekopieerd? Voer dan &quot;chmod 600 %1&quot; uit en start Kring opnieuw. Er is niets veranderd.</translation>
    </message>
    <message>
        <source>No keyring answered, so the key to Kring&apos;s data is kept in the file %1, readable only by you. Anyone who can read your files, or has a copy of them, can also read Kring&apos;s data.</source>
        <translation>Er antwoordde geen sleutelbos, dus de sleutel van de gegevens van Kring staat in het bestand %1, dat alleen jij kunt lezen. Wie jouw bestanden kan lezen, of er een kopie van heeft, kan ook de gegevens van Kring lezen.</translation>
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
    <name>Licences</name>
    <message>
        <source>This app</source>
        <translation>Deze app</translation>
    </message>
    <message>
        <source>The screens and everything under them</source>
        <translation>De schermen en alles daaronder</translation>
    </message>
    <message>
        <source>Encrypts what Kring keeps on this phone</source>
        <translation>Versleutelt wat Kring op deze telefoon bewaart</translation>
    </message>
    <message>
        <source>Checks the directory&apos;s signatures, protects the PIN and the notes export</source>
        <translation>Controleert de handtekeningen van de groepenlijst, beschermt de pincode en de export van je notities</translation>
    </message>
    <message>
        <source>Works out the dates of meetings and writes calendar entries</source>
        <translation>Berekent de data van bijeenkomsten en maakt agenda-afspraken</translation>
    </message>
    <message>
        <source>Draws QR codes</source>
        <translation>Tekent QR-codes</translation>
    </message>
    <message>
        <source>Place names and postcodes, for searching nearby</source>
        <translation>Plaatsnamen en postcodes, om in de buurt te zoeken</translation>
    </message>
</context>
<context>
    <name>Link</name>
    <message>
        <source>This is not a Kring link.</source>
        <translation>Dit is geen Kring-link.</translation>
    </message>
    <message>
        <source>This link is incomplete or damaged. Ask for the link again.</source>
        <translation>Deze link is onvolledig of beschadigd. Vraag de link opnieuw.</translation>
    </message>
    <message>
        <source>This link does not come from the website of the network, so Kring does not open it.</source>
        <translation>Deze link komt niet van de website van het netwerk, dus Kring opent hem niet.</translation>
    </message>
    <message>
        <source>Kring has not been able to check the group directory yet, so it cannot check this link. Try again later.</source>
        <translation>Kring heeft de groepenlijst nog niet kunnen controleren, dus kan het deze link niet controleren. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Kring cannot confirm that this announcement comes from a contact person of the group, so it is not shown.</source>
        <translation>Kring kan niet bevestigen dat deze mededeling van een contactpersoon van de groep komt, dus ze wordt niet getoond.</translation>
    </message>
    <message>
        <source>This announcement is out of date, so it is not shown.</source>
        <translation>Deze mededeling is verlopen, dus ze wordt niet getoond.</translation>
    </message>
    <message>
        <source>The contact person has made a newer announcement since; this one no longer applies.</source>
        <translation>De contactpersoon heeft intussen een nieuwere mededeling gedaan; deze geldt niet meer.</translation>
    </message>
    <message>
        <source>The contact person has withdrawn this announcement.</source>
        <translation>De contactpersoon heeft deze mededeling ingetrokken.</translation>
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
    <name>LockScreen</name>
    <message>
        <source>Kring</source>
        <translation>Kring</translation>
    </message>
    <message>
        <source>Enter your PIN</source>
        <translation>Voer je pincode in</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Continue to Kring</source>
        <translation>Verder naar Kring</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Kring</source>
        <translation>Kring</translation>
    </message>
    <message>
        <source>This link was not opened</source>
        <translation>Deze link is niet geopend</translation>
    </message>
    <message>
        <source>grief</source>
        <translation>rouw</translation>
    </message>
    <message>
        <source>I do not want to live anymore</source>
        <translation>ik wil niet meer leven</translation>
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
    <message>
        <source>not kept: %1 (in %2 entries)</source>
        <translation>niet overgenomen: %1 (in %2 items)</translation>
    </message>
</context>
<context>
    <name>MeetingKit</name>
    <message>
        <source>Meeting now, %1</source>
        <translation>Bijeenkomst nu, %1</translation>
    </message>
    <message>
        <source>Next meeting: %1, %2</source>
        <translation>Volgende bijeenkomst: %1, %2</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Meeting</source>
        <translation>Bijeenkomst</translation>
    </message>
    <message>
        <source>Your group&apos;s meeting, on this phone</source>
        <translation>De bijeenkomst van je groep, op deze telefoon</translation>
    </message>
    <message>
        <source>Here you find your group&apos;s opening and closing texts and agreements, a timer for speaking rounds, and help lines, all without internet. Follow your group, or open it and tap &quot;Open in Meeting&quot;.</source>
        <translation>Hier vind je de openings- en slottekst en de afspraken van je groep, een timer voor spreekrondes en hulplijnen, allemaal zonder internet. Volg je groep, of open hem en tik op &quot;Openen in Bijeenkomst&quot;.</translation>
    </message>
    <message>
        <source>Find your group</source>
        <translation>Je groep zoeken</translation>
    </message>
    <message>
        <source>Keep this group</source>
        <translation>Deze groep houden</translation>
    </message>
    <message>
        <source>Choose another group</source>
        <translation>Een andere groep kiezen</translation>
    </message>
    <message>
        <source>From the groups you follow</source>
        <translation>Uit de groepen die je volgt</translation>
    </message>
    <message>
        <source>Which group meets?</source>
        <translation>Welke groep komt samen?</translation>
    </message>
    <message>
        <source>Large text for reading aloud</source>
        <translation>Grote tekst om voor te lezen</translation>
    </message>
    <message>
        <source>This group has no texts in the directory yet. The timer, the values and the help lines below work all the same.</source>
        <translation>Deze groep heeft nog geen teksten in de lijst. De timer, de waarden en de hulplijnen hieronder werken gewoon.</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Our agreements</source>
        <translation>Onze afspraken</translation>
    </message>
    <message>
        <source>Speaking rounds</source>
        <translation>Spreekrondes</translation>
    </message>
    <message>
        <source>One minute less per round</source>
        <translation>Eén minuut minder per ronde</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) per round</source>
        <translation>
            <numerusform>%n minuut per ronde</numerusform>
            <numerusform>%n minuten per ronde</numerusform>
        </translation>
    </message>
    <message>
        <source>One minute more per round</source>
        <translation>Eén minuut meer per ronde</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauzeren</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Volgende spreker</translation>
    </message>
    <message>
        <source>Vibrate gently when the time is up</source>
        <translation>Zacht trillen als de tijd om is</translation>
    </message>
    <message>
        <source>The timer never makes a sound. The screen stays on while it runs.</source>
        <translation>De timer maakt nooit geluid. Het scherm blijft aan zolang hij loopt.</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <source>Where the group has no texts of its own, these are the texts of %1.</source>
        <translation>Waar de groep geen eigen teksten heeft, zijn dit de teksten van %1.</translation>
    </message>
    <message>
        <source>Where the group has no texts of its own, these are the network&apos;s texts.</source>
        <translation>Waar de groep geen eigen teksten heeft, zijn dit de teksten van het netwerk.</translation>
    </message>
    <message>
        <source>What we stand for</source>
        <translation>Waar we voor staan</translation>
    </message>
    <message>
        <source>Peer contact</source>
        <translation>Lotgenotencontact</translation>
    </message>
    <message>
        <source>You talk with people who go through the same. What counts is their experience, not a diploma.</source>
        <translation>Je praat met mensen die hetzelfde meemaken. Hun ervaring telt, niet een diploma.</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonimiteit</translation>
    </message>
    <message>
        <source>You do not have to say who you are. Your first name is enough.</source>
        <translation>Je hoeft niet te zeggen wie je bent. Je voornaam is genoeg.</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Veiligheid</translation>
    </message>
    <message>
        <source>Everyone can speak here, or keep quiet, without being judged.</source>
        <translation>Iedereen kan hier praten, of zwijgen, zonder dat er over je geoordeeld wordt.</translation>
    </message>
    <message>
        <source>Equality</source>
        <translation>Gelijkwaardigheid</translation>
    </message>
    <message>
        <source>Nobody stands above anyone else. Whoever leads the group is a peer too.</source>
        <translation>Niemand staat boven een ander. Wie de groep leidt, is ook een lotgenoot.</translation>
    </message>
    <message>
        <source>Voluntariness</source>
        <translation>Vrijwilligheid</translation>
    </message>
    <message>
        <source>You come because you want to, and you are free to stay away.</source>
        <translation>Je komt omdat je dat zelf wilt, en je mag altijd wegblijven.</translation>
    </message>
    <message>
        <source>Own strength</source>
        <translation>Eigen kracht</translation>
    </message>
    <message>
        <source>You know best what is good for you. The group helps you find your own way.</source>
        <translation>Jij weet het best wat goed is voor jou. De groep helpt je je eigen weg te vinden.</translation>
    </message>
    <message>
        <source>Talk to someone now</source>
        <translation>Nu met iemand praten</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Bellen: %1</translation>
    </message>
    <message>
        <source>Call %1, %2. %3</source>
        <translation>%1 bellen, %2. %3</translation>
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
    <name>NavigationTab</name>
    <message numerus="yes">
        <source>%1, %n with news</source>
        <translation>
            <numerusform>%1, %n met nieuws</numerusform>
            <numerusform>%1, %n met nieuws</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>News</name>
    <message>
        <source>title: expected a text of 1 to %1 characters</source>
        <translation>title: een tekst van 1 tot %1 tekens verwacht</translation>
    </message>
    <message>
        <source>text: expected a text of 1 to %1 characters</source>
        <translation>text: een tekst van 1 tot %1 tekens verwacht</translation>
    </message>
    <message>
        <source>date: expected a date YYYY-MM-DD</source>
        <translation>date: een datum JJJJ-MM-DD verwacht</translation>
    </message>
    <message>
        <source>until: expected a date YYYY-MM-DD, not before the date</source>
        <translation>until: een datum JJJJ-MM-DD verwacht, niet vóór de datum</translation>
    </message>
    <message>
        <source>until: %1 is more than %2 days after the news were signed</source>
        <translation>until: %1 is meer dan %2 dagen na het ondertekenen van het nieuws</translation>
    </message>
    <message>
        <source>regions: expected 1 to %1 regions</source>
        <translation>regions: 1 tot %1 regio&apos;s verwacht</translation>
    </message>
    <message>
        <source>regions: &quot;%1&quot; is not &quot;everyone&quot;, NL, BE or a province or region of the gazetteer</source>
        <translation>regions: &quot;%1&quot; is niet &quot;everyone&quot;, NL, BE of een provincie of regio van de plaatsenlijst</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not &quot;everyone&quot;, NL, BE or a province or region (%2)</source>
        <translation>&quot;%1&quot; is niet &quot;everyone&quot;, NL, BE of een provincie of regio (%2)</translation>
    </message>
    <message>
        <source>a link may have at most %1 characters</source>
        <translation>een link mag hoogstens %1 tekens hebben</translation>
    </message>
    <message>
        <source>a link is written in plain letters, digits and signs, without spaces</source>
        <translation>een link bestaat uit gewone letters, cijfers en tekens, zonder spaties</translation>
    </message>
    <message>
        <source>only https:// links are allowed</source>
        <translation>alleen https://-links zijn toegestaan</translation>
    </message>
    <message>
        <source>a link needs a plain host name in lower case, without a user name or port</source>
        <translation>een link heeft een gewone hostnaam in kleine letters nodig, zonder gebruikersnaam of poort</translation>
    </message>
    <message>
        <source>version: expected a whole number from 1 to %1</source>
        <translation>version: een geheel getal van 1 tot %1 verwacht</translation>
    </message>
    <message>
        <source>issued: expected a time</source>
        <translation>issued: een tijd verwacht</translation>
    </message>
    <message>
        <source>at most %1 news items</source>
        <translation>hoogstens %1 nieuwsberichten</translation>
    </message>
    <message>
        <source>item %1 (%2): %3</source>
        <translation>bericht %1 (%2): %3</translation>
    </message>
    <message>
        <source>the signed news would be %1 bytes, over the %2 bytes apps accept; leave items out</source>
        <translation>het ondertekende nieuws zou %1 bytes worden, meer dan de %2 bytes die apps aanvaarden; laat berichten weg</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>een object verwacht</translation>
    </message>
    <message>
        <source>%1: over %2 bytes</source>
        <translation>%1: meer dan %2 bytes</translation>
    </message>
    <message>
        <source>is before the date %1</source>
        <translation>ligt vóór de datum %1</translation>
    </message>
</context>
<context>
    <name>NewsController</name>
    <message>
        <source>The network&apos;s latest news could not be checked, so Kring shows the news it had before.</source>
        <translation>Het nieuwste nieuws van het netwerk kon niet worden gecontroleerd. Kring toont het nieuws dat het al had.</translation>
    </message>
</context>
<context>
    <name>NewsEntry</name>
    <message>
        <source>News from the network</source>
        <translation>Nieuws van het netwerk</translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s)</source>
        <translation>
            <numerusform>%n nieuw bericht</numerusform>
            <numerusform>%n nieuwe berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), all seen</source>
        <translation>
            <numerusform>%n bericht, gelezen</numerusform>
            <numerusform>%n berichten, alle gelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>No news</source>
        <translation>Geen nieuws</translation>
    </message>
</context>
<context>
    <name>NewsPage</name>
    <message>
        <source>News from the network</source>
        <translation>Nieuws van het netwerk</translation>
    </message>
    <message>
        <source>No news</source>
        <translation>Geen nieuws</translation>
    </message>
    <message>
        <source>When the network shares news for everyone or for your region, you read it here. Kring checks it is really from the network.</source>
        <translation>Als het netwerk nieuws deelt voor iedereen of voor jouw regio, lees je het hier. Kring controleert of het echt van het netwerk komt.</translation>
    </message>
    <message>
        <source>New · %1</source>
        <translation>Nieuw · %1</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Lees meer</translation>
    </message>
    <message>
        <source>On %1, in your browser</source>
        <translation>Op %1, in je browser</translation>
    </message>
    <message>
        <source>Read more on %1</source>
        <translation>Lees meer op %1</translation>
    </message>
    <message>
        <source>This opens %1 in your browser. The website can see that someone visits it; Kring sends nothing along.</source>
        <translation>Dit opent %1 in je browser. De website kan zien dat iemand hem bezoekt; Kring stuurt niets mee.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
</context>
<context>
    <name>NextDateRow</name>
    <message>
        <source>Join online</source>
        <translation>Online meedoen</translation>
    </message>
    <message>
        <source>Join this meeting online, in your browser</source>
        <translation>Online meedoen met deze bijeenkomst, in je browser</translation>
    </message>
    <message>
        <source>Dial in: %1</source>
        <translation>Inbellen: %1</translation>
    </message>
    <message>
        <source>Join this meeting by phone: call %1</source>
        <translation>Meedoen per telefoon: bel %1</translation>
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
    <message>
        <source>in progress, until %1</source>
        <translation>bezig, tot %1</translation>
    </message>
</context>
<context>
    <name>NotesFile</name>
    <message>
        <source>This is not a file of notes exported by Kring.</source>
        <translation>Dit is geen bestand met notities dat Kring heeft gemaakt.</translation>
    </message>
    <message>
        <source>This file is incomplete or was changed after it was made, so Kring does not read it. Nothing was imported.</source>
        <translation>Dit bestand is onvolledig of is veranderd nadat het gemaakt is, dus Kring leest het niet. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>There is not enough memory to protect the notes with the passphrase. Close other apps and try again.</source>
        <translation>Er is niet genoeg geheugen om de notities met de wachtwoordzin te beschermen. Sluit andere apps en probeer het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a passphrase of at least %n characters.</source>
        <translation>
            <numerusform>Kies een wachtwoordzin van minstens %n teken.</numerusform>
            <numerusform>Kies een wachtwoordzin van minstens %n tekens.</numerusform>
        </translation>
    </message>
    <message>
        <source>The notes are too large to export.</source>
        <translation>De notities zijn te groot om te exporteren.</translation>
    </message>
    <message>
        <source>The passphrase is not right, or the file was changed. Nothing was imported.</source>
        <translation>De wachtwoordzin klopt niet, of het bestand is veranderd. Er is niets geïmporteerd.</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Your note</source>
        <translation>Je notitie</translation>
    </message>
    <message>
        <source>Only for you: kept encrypted on this phone and never sent. To move it to another phone, use &quot;Move your notes&quot; under More.</source>
        <translation>Alleen voor jou: versleuteld bewaard op deze telefoon en nooit verstuurd. Meenemen naar een andere telefoon kan met &quot;Je notities meenemen&quot; onder Meer.</translation>
    </message>
    <message>
        <source>What you want to remember about this group</source>
        <translation>Wat je over deze groep wilt onthouden</translation>
    </message>
    <message>
        <source>Your note about %1</source>
        <translation>Je notitie over %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Bewaren</translation>
    </message>
    <message>
        <source>Keep this note on this phone</source>
        <translation>Deze notitie op deze telefoon bewaren</translation>
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
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide Kring at once</source>
        <translation>Kring meteen verbergen</translation>
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
    <name>PinPad</name>
    <message numerus="yes">
        <source>%n digit(s) entered</source>
        <translation>
            <numerusform>%n cijfer ingetikt</numerusform>
            <numerusform>%n cijfers ingetikt</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking your PIN…</source>
        <translation>Je pincode wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Laatste cijfer wissen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Open with this PIN</source>
        <translation>Openen met deze pincode</translation>
    </message>
</context>
<context>
    <name>PinSection</name>
    <message>
        <source>Kring is locked with a PIN.</source>
        <translation>Kring zit op slot met een pincode.</translation>
    </message>
    <message>
        <source>Kring has no PIN now: anyone who can unlock this phone can open it.</source>
        <translation>Kring heeft nu geen pincode: wie deze telefoon kan ontgrendelen, kan Kring openen.</translation>
    </message>
    <message>
        <source>New PIN (digits)</source>
        <translation>Nieuwe pincode (cijfers)</translation>
    </message>
    <message>
        <source>PIN (digits)</source>
        <translation>Pincode (cijfers)</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Dezelfde pincode nog eens</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>De twee pincodes zijn niet hetzelfde.</translation>
    </message>
    <message>
        <source>Change PIN</source>
        <translation>Pincode wijzigen</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Pincode instellen</translation>
    </message>
    <message>
        <source>Remove PIN</source>
        <translation>Pincode verwijderen</translation>
    </message>
    <message>
        <source>Remove the PIN: Kring no longer locks</source>
        <translation>Pincode verwijderen: Kring gaat niet meer op slot</translation>
    </message>
    <message>
        <source>Lock when Kring is left alone</source>
        <translation>Op slot als Kring niet gebruikt wordt</translation>
    </message>
    <message>
        <source>Left alone: not touched, or not on the screen (another app, the phone&apos;s lock screen).</source>
        <translation>Niet gebruikt: niet aangeraakt, of niet op het scherm (een andere app, het vergrendelscherm van de telefoon).</translation>
    </message>
    <message>
        <source>At once, as soon as Kring leaves the screen</source>
        <translation>Meteen, zodra Kring van het scherm gaat</translation>
    </message>
    <message>
        <source>After 1 minute</source>
        <translation>Na 1 minuut</translation>
    </message>
    <message>
        <source>After 5 minutes</source>
        <translation>Na 5 minuten</translation>
    </message>
    <message>
        <source>After 15 minutes</source>
        <translation>Na 15 minuten</translation>
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
    <name>PrivateNotesController</name>
    <message>
        <source>Kring&apos;s data is not open, so notes cannot be kept now.</source>
        <translation>De gegevens van Kring zijn niet open, dus notities kunnen nu niet bewaard worden.</translation>
    </message>
    <message>
        <source>Note removed.</source>
        <translation>Notitie verwijderd.</translation>
    </message>
    <message>
        <source>Note kept on this phone.</source>
        <translation>Notitie bewaard op deze telefoon.</translation>
    </message>
    <message>
        <source>Say where the file should go.</source>
        <translation>Geef aan waar het bestand moet komen.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) exported. Keep the passphrase: without it nobody can read the file.</source>
        <translation>
            <numerusform>%n notitie geëxporteerd. Onthoud de wachtwoordzin: zonder die kan niemand het bestand lezen.</numerusform>
            <numerusform>%n notities geëxporteerd. Onthoud de wachtwoordzin: zonder die kan niemand het bestand lezen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Het bestand %1 kon niet geschreven worden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) imported.</source>
        <translation>
            <numerusform>%n notitie geïmporteerd.</numerusform>
            <numerusform>%n notities geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) on this phone were newer and stayed.</source>
        <translation>
            <numerusform>%n notitie op deze telefoon was nieuwer en is gebleven.</numerusform>
            <numerusform>%n notities op deze telefoon waren nieuwer en zijn gebleven.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Het bestand %1 kon niet gelezen worden: %2</translation>
    </message>
    <message>
        <source>This file is too large to be a file of notes.</source>
        <translation>Dit bestand is te groot voor een bestand met notities.</translation>
    </message>
</context>
<context>
    <name>PullToRefresh</name>
    <message>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <source>Release to update</source>
        <translation>Loslaten om bij te werken</translation>
    </message>
    <message>
        <source>Pull down to update</source>
        <translation>Trek omlaag om bij te werken</translation>
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
    <name>SearchIndex</name>
    <message>
        <source>The stored search index cannot be read.</source>
        <translation>De bewaarde zoekindex kan niet worden gelezen.</translation>
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
        <translation>Kring werkt zonder account en houdt niet bij wat je doet. De hele lijst met groepen staat op deze telefoon: Kring verstuurt nooit waar je bent of wat je zoekt. Wat Kring bewaart, staat versleuteld opgeslagen.</translation>
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
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>How your data is locked</source>
        <translation>Hoe je gegevens zijn vergrendeld</translation>
    </message>
    <message>
        <source>A PIN keeps your data in Kring locked for someone who picks up your unlocked phone or gets a copy of your files. It does not protect against someone who knows your PIN or sees you type it, nor against monitoring software on your phone. If you forget your PIN, nobody can open your data again, not even the makers of Kring.</source>
        <translation>Met een pincode blijven je gegevens in Kring op slot voor wie je ontgrendelde telefoon oppakt of een kopie van je bestanden krijgt. Ze beschermt niet tegen iemand die je pincode kent of ziet intikken, en niet tegen software die je telefoon in de gaten houdt. Vergeet je je pincode, dan kan niemand je gegevens nog openen, ook de makers van Kring niet.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Show a notification when a group you follow has news</source>
        <translation>Een melding als er nieuws is over een groep die je volgt</translation>
    </message>
    <message>
        <source>It only says &quot;There is news in Kring&quot;: never which group, where or when.</source>
        <translation>De melding zegt alleen &quot;Er is nieuws in Kring&quot;, nooit welke groep, waar of wanneer.</translation>
    </message>
    <message>
        <source>A link to an announcement</source>
        <translation>Een link naar een mededeling</translation>
    </message>
    <message>
        <source>Did you get a link from your group that does not open Kring by itself? Paste it here. Kring checks it on this phone.</source>
        <translation>Kreeg je van je groep een link die Kring niet vanzelf opent? Plak hem hier. Kring controleert hem op deze telefoon.</translation>
    </message>
    <message>
        <source>Paste the link here</source>
        <translation>Plak hier de link</translation>
    </message>
    <message>
        <source>Link to an announcement</source>
        <translation>Link naar een mededeling</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link openen</translation>
    </message>
    <message>
        <source>What Kring protects, and what it cannot</source>
        <translation>Wat Kring beschermt, en wat niet</translation>
    </message>
    <message>
        <source>The note you saw when you first started Kring</source>
        <translation>De uitleg die je zag toen je Kring voor het eerst opende</translation>
    </message>
    <message>
        <source>App lock</source>
        <translation>App-slot</translation>
    </message>
    <message>
        <source>Kring speaks English now.</source>
        <translation>Kring is nu in het Engels.</translation>
    </message>
    <message>
        <source>Kring speaks Dutch now.</source>
        <translation>Kring is nu in het Nederlands.</translation>
    </message>
    <message>
        <source>Follow the language of the phone</source>
        <translation>De taal van de telefoon volgen</translation>
    </message>
    <message>
        <source>A new choice takes effect the next time Kring starts.</source>
        <translation>Een nieuwe keuze werkt vanaf de volgende keer dat Kring start.</translation>
    </message>
    <message>
        <source>Privacy, credits and licences</source>
        <translation>Privacy, makers en licenties</translation>
    </message>
</context>
<context>
    <name>SignedText</name>
    <message>
        <source>a line break is not allowed here</source>
        <translation>een regeleinde is hier niet toegestaan</translation>
    </message>
    <message>
        <source>contains the control character %1</source>
        <translation>bevat het stuurteken %1</translation>
    </message>
    <message>
        <source>contains the text direction control %1</source>
        <translation>bevat het tekstrichtingsteken %1</translation>
    </message>
</context>
<context>
    <name>SpeakingRing</name>
    <message>
        <source>Time is up for speaker %1</source>
        <translation>De tijd is om voor spreker %1</translation>
    </message>
    <message>
        <source>%1 left for speaker %2</source>
        <translation>Nog %1 voor spreker %2</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <source>Speaker %1</source>
        <translation>Spreker %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Type what you are looking for support with, choose a place, or browse the themes. Looking for someone else? There are groups for relatives too.</source>
        <translation>Typ waar je steun bij zoekt, kies een plaats of kijk bij de thema&apos;s. Zoek je voor iemand anders? Er zijn ook groepen voor naasten: familie en vrienden.</translation>
    </message>
    <message>
        <source>Show groups about %1</source>
        <translation>Groepen over %1 tonen</translation>
    </message>
    <message>
        <source>Kring works without an account and does not keep track of what you do. What you search for stays on this phone.</source>
        <translation>Kring werkt zonder account en houdt niet bij wat je doet. Wat je zoekt, blijft op deze telefoon.</translation>
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
    <name>StrictJson</name>
    <message>
        <source>%1: JSON nested deeper than %2 levels</source>
        <translation>%1: JSON dieper genest dan %2 niveaus</translation>
    </message>
    <message>
        <source>%1: duplicate key &quot;%2&quot;</source>
        <translation>%1: sleutel &quot;%2&quot; komt dubbel voor</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2 (%3)</source>
        <translation>%1: geen geldige JSON bij byte %2 (%3)</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: JSON-object verwacht</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>not a web address</source>
        <translation>geen webadres</translation>
    </message>
    <message>
        <source>the feed must be fetched over https</source>
        <translation>de feed moet via https worden opgehaald</translation>
    </message>
    <message>
        <source>a feed address has no user name, query or fragment</source>
        <translation>een feedadres heeft geen gebruikersnaam, zoekvraag of fragment</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: redirected elsewhere; refused</source>
        <translation>%1: naar elders doorgestuurd; geweigerd</translation>
    </message>
    <message>
        <source>%1 could not be fetched: %2</source>
        <translation>%1 kon niet worden opgehaald: %2</translation>
    </message>
    <message>
        <source>the network&apos;s inbox refused it as too large</source>
        <translation>het netwerk nam het niet aan: te groot</translation>
    </message>
    <message>
        <source>the network could not be reached (%1)</source>
        <translation>het netwerk was niet bereikbaar (%1)</translation>
    </message>
    <message>
        <source>the network&apos;s inbox is busy (%1)</source>
        <translation>het netwerk heeft het druk (%1)</translation>
    </message>
    <message>
        <source>the network&apos;s inbox refused it (%1)</source>
        <translation>het netwerk nam het niet aan (%1)</translation>
    </message>
    <message>
        <source>Write the proxy as address:port, for example 127.0.0.1:9050.</source>
        <translation>Schrijf de proxy als adres:poort, bijvoorbeeld 127.0.0.1:9050.</translation>
    </message>
    <message>
        <source>%1: the server said unchanged, but Kring has no copy</source>
        <translation>%1: de server zei dat er niets veranderd is, maar Kring heeft er geen kopie van</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Updating the groups</source>
        <translation>De groepen bijwerken</translation>
    </message>
    <message>
        <source>The last update did not work</source>
        <translation>Het laatste bijwerken is niet gelukt</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <source>Update now</source>
        <translation>Nu bijwerken</translation>
    </message>
    <message>
        <source>Update the group directory now</source>
        <translation>De groepenlijst nu bijwerken</translation>
    </message>
    <message>
        <source>Update by itself</source>
        <translation>Vanzelf bijwerken</translation>
    </message>
    <message>
        <source>Every 15 minutes</source>
        <translation>Elke 15 minuten</translation>
    </message>
    <message>
        <source>Update by itself: %1</source>
        <translation>Vanzelf bijwerken: %1</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Elk uur</translation>
    </message>
    <message>
        <source>Off: only when you ask</source>
        <translation>Uit: alleen als je erom vraagt</translation>
    </message>
    <message>
        <source>Kring also updates when you open it. When this is off, Kring only updates when you tap Update now or pull a list down.</source>
        <translation>Kring werkt ook bij als je de app opent. Staat dit uit, dan werkt Kring alleen bij als je op Nu bijwerken tikt of een lijst omlaag trekt.</translation>
    </message>
    <message>
        <source>Through a proxy, such as Orbot for Tor</source>
        <translation>Via een proxy, zoals Orbot voor Tor</translation>
    </message>
    <message>
        <source>Proxy address and port</source>
        <translation>Adres en poort van de proxy</translation>
    </message>
    <message>
        <source>Every update then goes through this SOCKS5 proxy, web addresses included. Orbot listens on 127.0.0.1:9050.</source>
        <translation>Elk bijwerken gaat dan via deze SOCKS5-proxy, ook het opzoeken van webadressen. Orbot luistert op 127.0.0.1:9050.</translation>
    </message>
    <message>
        <source>Advanced: address of the group directory</source>
        <translation>Geavanceerd: adres van de groepenlijst</translation>
    </message>
    <message>
        <source>https://… (empty: the network&apos;s own)</source>
        <translation>https://… (leeg: dat van het netwerk)</translation>
    </message>
    <message>
        <source>Address of the group directory</source>
        <translation>Adres van de groepenlijst</translation>
    </message>
    <message>
        <source>Kring was started with another address (%1); it is used for now.</source>
        <translation>Kring is gestart met een ander adres (%1); dat wordt nu gebruikt.</translation>
    </message>
</context>
<context>
    <name>SyncSettings</name>
    <message>
        <source>Kring could not keep this setting: %1</source>
        <translation>Kring kon deze instelling niet bewaren: %1</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Bijwerken…</translation>
    </message>
    <message>
        <source>Updated on %1 at %2</source>
        <translation>Bijgewerkt op %1 om %2</translation>
    </message>
    <message>
        <source>No address to update from is set.</source>
        <translation>Er is geen adres ingesteld om van bij te werken.</translation>
    </message>
    <message>
        <source>Not updated yet.</source>
        <translation>Nog niet bijgewerkt.</translation>
    </message>
    <message>
        <source>The groups shown are those of the last update.</source>
        <translation>Je ziet de groepen van de laatste keer bijwerken.</translation>
    </message>
    <message>
        <source>What the server sent did not pass Kring&apos;s checks, so it was not used.</source>
        <translation>Wat de server stuurde, kwam niet door de controle van Kring. Het is niet gebruikt.</translation>
    </message>
    <message>
        <source>Kring could not reach the proxy at %1. Is Orbot (or your other proxy) on?</source>
        <translation>Kring kon de proxy op %1 niet bereiken. Staat Orbot (of je andere proxy) aan?</translation>
    </message>
    <message>
        <source>Kring could not reach the network&apos;s server. Are you online?</source>
        <translation>Kring kon de server van het netwerk niet bereiken. Heb je verbinding met internet?</translation>
    </message>
    <message>
        <source>The network&apos;s server did not answer as expected.</source>
        <translation>De server van het netwerk gaf geen bruikbaar antwoord.</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>expected a time such as &quot;19:30&quot;</source>
        <translation>tijd verwacht, zoals &quot;19:30&quot;</translation>
    </message>
    <message>
        <source>needed for a %1 announcement</source>
        <translation>nodig voor een mededeling van het soort %1</translation>
    </message>
    <message>
        <source>not allowed in a %1 announcement</source>
        <translation>niet toegestaan in een mededeling van het soort %1</translation>
    </message>
    <message>
        <source>before the date it starts</source>
        <translation>vóór de datum waarop ze begint</translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation>langer dan %1 tekens</translation>
    </message>
    <message>
        <source>before it was issued</source>
        <translation>vóór het moment van uitgifte</translation>
    </message>
    <message>
        <source>the announcement is %1 bytes, over the limit of %2; shorten the text</source>
        <translation>de mededeling is %1 bytes, meer dan de grens van %2; maak de tekst korter</translation>
    </message>
    <message>
        <source>%1: cert: missing</source>
        <translation>%1: cert: ontbreekt</translation>
    </message>
    <message>
        <source>%1: the certificate %2 of this contact person was revoked by the network; refused</source>
        <translation>%1: het certificaat %2 van deze contactpersoon is door het netwerk ingetrokken; geweigerd</translation>
    </message>
    <message>
        <source>expected a local date-time such as &quot;2026-12-24T19:30&quot;</source>
        <translation>lokale datum en tijd verwacht, zoals &quot;2026-12-24T19:30&quot;</translation>
    </message>
    <message>
        <source>%1: the certificate of this contact person does not name group %2; refused</source>
        <translation>%1: het certificaat van deze contactpersoon noemt groep %2 niet; geweigerd</translation>
    </message>
    <message>
        <source>%1: issued on %2, outside its certificate&apos;s validity (%3 to %4); refused</source>
        <translation>%1: uitgegeven op %2, buiten de geldigheid van het certificaat (%3 tot %4); geweigerd</translation>
    </message>
    <message>
        <source>%1: the announcement expired on %2</source>
        <translation>%1: de mededeling is verlopen op %2</translation>
    </message>
    <message>
        <source>the link is too long to be an announcement</source>
        <translation>de link is te lang voor een mededeling</translation>
    </message>
    <message>
        <source>not a Kring announcement link</source>
        <translation>geen link naar een Kring-mededeling</translation>
    </message>
    <message>
        <source>the link is damaged or incomplete</source>
        <translation>de link is beschadigd of onvolledig</translation>
    </message>
    <message>
        <source>not a group id</source>
        <translation>geen groeps-id</translation>
    </message>
    <message>
        <source>before not_before</source>
        <translation>vóór not_before</translation>
    </message>
    <message>
        <source>%1: the certificate expired on %2; ask the network team for a new one</source>
        <translation>%1: het certificaat is verlopen op %2; vraag het netwerkteam om een nieuw</translation>
    </message>
    <message>
        <source>%1: the certificate is not valid before %2</source>
        <translation>%1: het certificaat is niet geldig vóór %2</translation>
    </message>
    <message>
        <source>not a certificate code (it starts with %1)</source>
        <translation>geen certificaatcode (hij begint met %1)</translation>
    </message>
    <message>
        <source>the certificate code is damaged or incomplete</source>
        <translation>de certificaatcode is beschadigd of onvolledig</translation>
    </message>
    <message>
        <source>the request code is mistyped or incomplete (its checksum does not match)</source>
        <translation>de aanvraagcode is verkeerd overgetypt of onvolledig (de controlesom klopt niet)</translation>
    </message>
    <message>
        <source>not a request code (it starts with %1)</source>
        <translation>geen aanvraagcode (hij begint met %1)</translation>
    </message>
    <message>
        <source>the request code comes from a newer app version</source>
        <translation>de aanvraagcode komt van een nieuwere versie van de app</translation>
    </message>
    <message>
        <source>the request code names an invalid group id</source>
        <translation>de aanvraagcode noemt een ongeldige groeps-id</translation>
    </message>
    <message>
        <source>a secret key must be %1 bytes</source>
        <translation>een geheime sleutel moet %1 bytes zijn</translation>
    </message>
    <message>
        <source>%1: %2 bytes is over the limit of %3 bytes</source>
        <translation>%1: %2 bytes is meer dan de grens van %3 bytes</translation>
    </message>
    <message>
        <source>%1: payload: expected base64 text</source>
        <translation>%1: payload: base64-tekst verwacht</translation>
    </message>
    <message>
        <source>%1: payload: not valid base64</source>
        <translation>%1: payload: geen geldige base64</translation>
    </message>
    <message>
        <source>%1: signatures: expected 1 to %2 signatures</source>
        <translation>%1: signatures: 1 tot %2 handtekeningen verwacht</translation>
    </message>
    <message>
        <source>%1: signatures: expected objects</source>
        <translation>%1: signatures: objecten verwacht</translation>
    </message>
    <message>
        <source>expected 32 hex digits</source>
        <translation>32 hexadecimale cijfers verwacht</translation>
    </message>
    <message>
        <source>%1: signed as type %2, not as %3; refused</source>
        <translation>%1: ondertekend als soort %2, niet als %3; geweigerd</translation>
    </message>
    <message>
        <source>%1: the signature does not match: the file was changed after signing; refused</source>
        <translation>%1: de handtekening klopt niet: het bestand is na het ondertekenen veranderd; geweigerd</translation>
    </message>
    <message>
        <source>%1: signed by a key that is not trusted for this; refused</source>
        <translation>%1: ondertekend met een sleutel die hiervoor niet wordt vertrouwd; geweigerd</translation>
    </message>
    <message>
        <source>%1: signed by %2 trusted key(s), %3 needed; refused</source>
        <translation>%1: ondertekend met %2 vertrouwde sleutel(s), %3 nodig; geweigerd</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>onbekende sleutel</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ontbreekt</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; verwacht</translation>
    </message>
    <message>
        <source>expected a text of 1 to %1 characters</source>
        <translation>tekst van 1 tot %1 tekens verwacht</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>geheel getal van %1 tot %2 verwacht</translation>
    </message>
    <message>
        <source>expected a UTC time such as &quot;2026-11-22T19:30:00Z&quot;</source>
        <translation>UTC-tijd verwacht, zoals &quot;2026-11-22T19:30:00Z&quot;</translation>
    </message>
    <message>
        <source>expected a date such as &quot;2026-12-24&quot;</source>
        <translation>datum verwacht, zoals &quot;2026-12-24&quot;</translation>
    </message>
    <message>
        <source>expected %1 bytes in base64</source>
        <translation>%1 bytes in base64 verwacht</translation>
    </message>
    <message>
        <source>expected 1 to %1 texts</source>
        <translation>1 tot %1 teksten verwacht</translation>
    </message>
    <message>
        <source>expected texts</source>
        <translation>teksten verwacht</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>object verwacht</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>lijst (array) verwacht</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kan niet lezen: %2</translation>
    </message>
    <message>
        <source>%1: larger than %2 bytes</source>
        <translation>%1: groter dan %2 bytes</translation>
    </message>
    <message>
        <source>%1: cannot create the key file (%2); an existing key is never overwritten</source>
        <translation>%1: het sleutelbestand kan niet worden aangemaakt (%2); een bestaande sleutel wordt nooit overschreven</translation>
    </message>
    <message>
        <source>%1: cannot write the key file</source>
        <translation>%1: het sleutelbestand kan niet worden geschreven</translation>
    </message>
    <message>
        <source>%1: not a %2 key file</source>
        <translation>%1: geen sleutelbestand van het soort %2</translation>
    </message>
    <message>
        <source>%1: the public key does not match the secret key</source>
        <translation>%1: de publieke sleutel past niet bij de geheime sleutel</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kan niet schrijven: %2</translation>
    </message>
    <message>
        <source>%1: already holds keys; nothing was changed</source>
        <translation>%1: bevat al sleutels; er is niets veranderd</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: de map kan niet worden aangemaakt</translation>
    </message>
    <message>
        <source>%1: not a key folder made by `kring-publisher init` (%2)</source>
        <translation>%1: geen sleutelmap van `kring-publisher init` (%2)</translation>
    </message>
    <message>
        <source>expected distinct 32-byte public keys in base64</source>
        <translation>verschillende publieke sleutels van 32 bytes in base64 verwacht</translation>
    </message>
    <message>
        <source>needs 1 to %1 keys and a threshold no larger than the number of keys</source>
        <translation>heeft 1 tot %1 sleutels nodig en een drempel die niet groter is dan het aantal sleutels</translation>
    </message>
    <message>
        <source>%1: not signed by enough keys of root version %2: %3</source>
        <translation>%1: niet ondertekend met genoeg sleutels van rootversie %2: %3</translation>
    </message>
    <message>
        <source>%1: root version %2 does not follow version %3; a root may not skip or repeat a version</source>
        <translation>%1: rootversie %2 volgt niet op versie %3; een root mag geen versie overslaan of herhalen</translation>
    </message>
    <message>
        <source>%1: not signed by enough of its own new root keys: %2</source>
        <translation>%1: niet ondertekend met genoeg van zijn eigen nieuwe rootsleutels: %2</translation>
    </message>
    <message>
        <source>expected 64 hex digits</source>
        <translation>64 hexadecimale cijfers verwacht</translation>
    </message>
    <message>
        <source>%1: sequence number %2 is a replay or older than the newest seen (%3) from this contact person; refused</source>
        <translation>%1: volgnummer %2 is een herhaling of ouder dan het nieuwste (%3) van deze contactpersoon; geweigerd</translation>
    </message>
    <message>
        <source>%1: cannot read the trust state: %2</source>
        <translation>%1: de vertrouwensstatus kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>%1: the trust state is too large</source>
        <translation>%1: de vertrouwensstatus is te groot</translation>
    </message>
    <message>
        <source>%1: cannot write the trust state: %2</source>
        <translation>%1: de vertrouwensstatus kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>%1: valid until %2, later than an announcement may be (%3: 90 days after its certificate ends, at most a year after it was issued); refused</source>
        <translation>%1: geldig tot %2, langer dan een mededeling mag (%3: 90 dagen na het einde van het certificaat, hoogstens een jaar na uitgifte); geweigerd</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: dat bestand bestaat niet</translation>
    </message>
    <message>
        <source>%1: not a regular file, so not a root</source>
        <translation>%1: geen gewoon bestand, dus geen root</translation>
    </message>
    <message>
        <source>%1: %2 bytes is not the size of a root (1 byte to %3 bytes)</source>
        <translation>%1: %2 bytes is niet de grootte van een root (1 tot %3 bytes)</translation>
    </message>
    <message>
        <source>%1 is not a root this app can pin: %2</source>
        <translation>%1 is geen root die deze app kan vastleggen: %2</translation>
    </message>
    <message>
        <source>expected base64</source>
        <translation>base64 verwacht</translation>
    </message>
    <message>
        <source>expected root versions with 64 hex digits</source>
        <translation>rootversies met 64 hexadecimale cijfers verwacht</translation>
    </message>
    <message>
        <source>%1: first seen on %2, outside its certificate&apos;s validity (%3 to %4); refused</source>
        <translation>%1: voor het eerst gezien op %2, buiten de geldigheid van het certificaat (%3 tot %4); geweigerd</translation>
    </message>
    <message>
        <source>a withdrawal, and only a withdrawal, names the digest of the announcement it withdraws</source>
        <translation>een intrekking, en alleen een intrekking, noemt de digest van de mededeling die ze intrekt</translation>
    </message>
    <message>
        <source>expected cancel, move, relocate, pause, reschedule, note or withdraw</source>
        <translation>cancel, move, relocate, pause, reschedule, note of withdraw verwacht</translation>
    </message>
    <message>
        <source>expected a digest of 64 lowercase hex digits</source>
        <translation>een digest van 64 hexadecimale cijfers in kleine letters verwacht</translation>
    </message>
    <message>
        <source>%1 is not a host name in lower case</source>
        <translation>%1 is geen hostnaam in kleine letters</translation>
    </message>
    <message>
        <source>expected a host name in lower case, such as &quot;kring.example.nl&quot;</source>
        <translation>een hostnaam in kleine letters verwacht, zoals &quot;kring.example.nl&quot;</translation>
    </message>
    <message>
        <source>%1: withdrawn by its contact person; refused</source>
        <translation>%1: ingetrokken door de contactpersoon; geweigerd</translation>
    </message>
    <message>
        <source>%1: holds no root key of root version %2 (a server&apos;s key folder); do this where the root keys are kept</source>
        <translation>%1: bevat geen rootsleutel van rootversie %2 (de sleutelmap van een server); doe dit waar de rootsleutels bewaard worden</translation>
    </message>
    <message>
        <source>%1: is the key folder itself</source>
        <translation>%1: is de sleutelmap zelf</translation>
    </message>
    <message>
        <source>%1: holds another feed key than this key folder; nothing was changed</source>
        <translation>%1: bevat een andere feedsleutel dan deze sleutelmap; er is niets veranderd</translation>
    </message>
    <message>
        <source>%1: not a list of issued certificates</source>
        <translation>%1: geen lijst van uitgegeven certificaten</translation>
    </message>
    <message>
        <source>%1: entry %2 is not an issued certificate</source>
        <translation>%1: item %2 is geen uitgegeven certificaat</translation>
    </message>
    <message>
        <source>expected objects</source>
        <translation>objecten verwacht</translation>
    </message>
    <message>
        <source>expected a group id</source>
        <translation>groeps-id verwacht</translation>
    </message>
    <message>
        <source>%1/%2 listed twice</source>
        <translation>%1/%2 staat er twee keer in</translation>
    </message>
    <message>
        <source>%1: %2 bytes is over the limit of %3 bytes; refused</source>
        <translation>%1: %2 bytes is meer dan de grens van %3 bytes; geweigerd</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Before you start</source>
        <translation>Voor je begint</translation>
    </message>
    <message>
        <source>What Kring protects</source>
        <translation>Wat Kring beschermt</translation>
    </message>
    <message>
        <source>Kring works without an account and does not keep track of what you do.</source>
        <translation>Kring werkt zonder account en houdt niet bij wat je doet.</translation>
    </message>
    <message>
        <source>What you search for, where you are and which groups you follow stay on this phone. Kring only fetches the group directory, which is the same for everyone.</source>
        <translation>Wat je zoekt, waar je bent en welke groepen je volgt, blijft op deze telefoon. Kring haalt alleen de lijst met groepen op, en die is voor iedereen dezelfde.</translation>
    </message>
    <message>
        <source>What Kring keeps on this phone is stored encrypted.</source>
        <translation>Wat Kring op deze telefoon bewaart, is versleuteld.</translation>
    </message>
    <message>
        <source>What Kring cannot protect against</source>
        <translation>Waar Kring niet tegen beschermt</translation>
    </message>
    <message>
        <source>Someone who can unlock your phone can also open Kring, unless you lock Kring with its own PIN.</source>
        <translation>Wie je telefoon kan ontgrendelen, kan ook Kring openen, tenzij je Kring een eigen pincode geeft.</translation>
    </message>
    <message>
        <source>Monitoring software on your phone can see everything you see, in Kring too.</source>
        <translation>Software die je telefoon in de gaten houdt, kan alles zien wat jij ziet, ook in Kring.</translation>
    </message>
    <message>
        <source>Someone who sees Kring on your phone knows you have it. Its name and icon say nothing about groups or themes.</source>
        <translation>Wie Kring op je telefoon ziet, weet dat je het hebt. De naam en het pictogram zeggen niets over groepen of thema&apos;s.</translation>
    </message>
    <message>
        <source>&quot;Hide&quot; at the top of every page switches at once to a plain screen.</source>
        <translation>&quot;Verbergen&quot; bovenaan elke pagina schakelt meteen naar een leeg scherm.</translation>
    </message>
    <message>
        <source>Lock Kring with a PIN</source>
        <translation>Kring op slot zetten met een pincode</translation>
    </message>
    <message>
        <source>In the settings, under App lock</source>
        <translation>Bij de instellingen, onder App-slot</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Continue to Kring</source>
        <translation>Verder naar Kring</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>--trust-root: %1: root version %2 expired on %3; pin the network&apos;s newest root</source>
        <translation>--trust-root: %1: rootversie %2 is verlopen op %3; leg de nieuwste root van het netwerk vast</translation>
    </message>
</context>
</TS>
