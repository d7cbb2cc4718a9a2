<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <source>The group directory %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group directory %1 is larger than Kring accepts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For contact persons of a group: coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact persons certified by the network will be able to announce a cancelled or moved meeting here. Every announcement is signed, so nobody can send people to a fake meeting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryJson</name>
    <message numerus="yes">
        <source>%n more problem(s) not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <source>Find a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-help groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n self-help group(s), led by peers. Free and anonymous.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The group directory could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the groups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowedPage</name>
    <message>
        <source>My groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not follow any group yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following a group will show its next meetings and any changes here. It stays on this phone: nobody is told that you follow a group. Following arrives in a coming version of Kring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDetails</name>
    <message>
        <source>Wheelchair accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not wheelchair accessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some meeting places are wheelchair accessible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupListModel</name>
    <message>
        <source>For those concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For those concerned and relatives</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupPage</name>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also meets online: the link is in the meeting details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting days and times will be shown here in a coming version of Kring. Until then, ask the group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You reach a volunteer of the group, not a professional. You do not have to give your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupRow</name>
    <message>
        <source>%1 and online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Kring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting kit: coming soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here you will find your group&apos;s opening and closing texts, a speaking timer for rounds, the network&apos;s values and help lines, all without internet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenRenderer</name>
    <message>
        <source>There is no page &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; did not finish loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page &quot;%1&quot; could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kring has no accounts and no tracking. The whole group directory is on this phone, so what you search for and where you are never leave it. What Kring keeps is stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who can unlock this phone, or who installed monitoring software on it, may still see that you use Kring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (follows the language of your phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dutch (follows the language of your phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For contact persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person of a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announce changes to your group&apos;s meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Kring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kring is free software for self-help groups: peers who meet without professionals. The groups shown now are a fictional demo directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kring::DirectoryJson</name>
    <message>
        <source>expected a two-letter country code such as &quot;NL&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting in person needs a &quot;venue&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an online meeting has no venue; use &quot;hybrid&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with &quot;url&quot; and/or &quot;phone&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an https:// address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an online or hybrid meeting needs &quot;online&quot; with a &quot;url&quot; or a &quot;phone&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IANA time zone such as &quot;Europe/Amsterdam&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an RFC 5545 rule such as &quot;FREQ=WEEKLY;BYDAY=TU&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting with &quot;rrule&quot; needs a &quot;start&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;until&quot; is before &quot;from&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting needs a &quot;start&quot; or a &quot;schedule_note&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with &quot;email&quot;, &quot;phone&quot; and/or &quot;website&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a web address starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2, column %3: not valid JSON (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $: expected an object with &quot;format&quot;: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: $.format: expected &quot;%2&quot;; this is not a Kring directory or it is of a newer version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with &quot;name&quot; and &quot;website&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown venue &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kring::DirectoryJson::IdRegister</name>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kring::DirectoryJson::Reader</name>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an id (1-64 characters a-z, 0-9, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object with the text per language, such as {&quot;nl&quot;: &quot;...&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a local date-time such as &quot;2026-01-13T19:30&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date such as &quot;2026-07-01&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kring::EncryptionCheck</name>
    <message>
        <source>The database library does not encrypt (no SQLCipher). Kring will not store anything unencrypted and stops here. Please reinstall Kring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cryptography library could not start. Please reinstall Kring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kring cannot write in its data folder %1. Check that the disk is not full and that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kring could not create its encrypted database in %1. Check that the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database library wrote readable data instead of encrypted data. Kring stops so that nothing is stored unencrypted. Please reinstall Kring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Kring cannot create its data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
